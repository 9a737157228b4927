package coach

import "testing"

// Wave 14, helper "fr2": frustration recall on customers' tweets to
// brands, third pass. Each family keeps its near-miss:
//   - the company accused of lying in more words ("the courier lied
//     about trying to deliver", "a bunch of liars", "resorted to lying");
//     "lying on the sofa", "the cables lying about the house" and "where
//     the fault lies" are no accusation;
//   - the company given a last chance after earlier failures ("I gave
//     you one more try", "giving y'all another chance"); "give it another
//     try" is advice and "give us another chance" an agent's plea.
func TestW14Fr2FrustrationFamilies(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		// accusations of lying
		{"The driver lied about knocking, I was home all afternoon.", true},
		{"Your courier lied again, the parcel was never even on the van.", true},
		{"You are all liars, my refund was never sent.", true},
		{"Stop lying to customers about next day delivery.", true},
		{"Why have you resorted to lying about my order?", true},
		{"The agent was lying about not having my booking on file.", true},
		{"I was lying on the sofa when the doorbell went, all good now.", false},
		{"There are old cables lying about the house, can I recycle them here?", false},
		{"The fault lies with the router, so we'll swap it for you.", false},
		{"My dog was lying by the door waiting for the parcel, thanks for the quick delivery!", false},
		// a last chance
		{"I gave you one more try and the train was late again. Unreal.", true},
		{"Giving you guys another chance after last month, and my order is lost. Brilliant.", true},
		{"Gave y'all one last shot and the bag still went missing. Never again.", true},
		{"Gave you guys one more chance and the delivery is late again.", true},
		{"If the app freezes, give it another try after a restart.", false},
		{"Please give us another chance to put this right, send us a DM.", false},
		{"I gave you a try for the first time today and the staff were lovely.", false},
		{"Happy to give you one more try at the password if you'd like.", false},
	})
}
