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
//     try" is advice and "give us another chance" an agent's plea;
//   - "bad" turned up by a degree word is a verdict ("your customer
//     service is so bad", "this update is really bad"); "bad" alone stays
//     unrated ("bad gateway"), and sympathy, longing and self-deprecation
//     ("I feel so bad for asking", "that sounds really bad", "I want it
//     so bad", "I'm so bad at this") and litotes ("not so bad") are calm;
//   - an assurance recalled beside what happened ("I was told my parcel
//     would come by 7pm" and it is delayed all day, "we were assured it
//     would be fixed"); on its own, or asking whether it still holds ("I
//     was told it would arrive Monday, is that right?"), it is a calm
//     recall, and "I was told insufficient balance" quotes a screen;
//   - what the company said dismissed as nonsense ("I got some rubbish
//     about it being locked in", "utter nonsense", "what a load of
//     drivel"); the rubbish collection, a screen of "nonsense
//     characters" and "a lot of nonsense in the log" are calm.
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
		// "bad" turned up
		{"Why is your customer service so bad?", true},
		{"Your delivery service is really bad, third parcel left in the rain.", true},
		{"The signal in town is so bad I can't even send a text.", true},
		{"I feel so bad for asking again, could you check my order?", false},
		{"Oh no, that sounds really bad, sorry to hear it.", false},
		{"The queue was not so bad after all, thanks!", false},
		{"I want this phone so bad!", false},
		{"I'm so bad at tech stuff, can you walk me through it?", false},
		{"The log shows a bad sector on the old drive, we'll swap it today.", false},
		// an assurance recalled
		{"I was told my order would be here by noon and it's been stuck at the depot all day.", true},
		{"We were assured it would be fixed by Friday, still broken two days later.", true},
		{"I was told I'd get a call back within the hour, that was three hours ago.", true},
		{"I was told it would arrive Monday, is that still right?", false},
		{"I was told my refund would take 5 days, just checking where it is.", false},
		{"I was told insufficient balance when I tried to top up.", false},
		{"When I rang I was told the engineer would bring the part, thanks for sorting it.", false},
	})
}

func init() {
	addRuleCases("frustration.emotion",
		[]string{
			"Then the agent fed me some rubbish about the offer being locked in.",
			"That is utter nonsense, I never got any email.",
			"What a load of drivel from your call centre.",
		},
		[]string{
			"Which day is the rubbish collection on my street?",
			"The printer prints nonsense characters after the update, any ideas?",
			"The log has a lot of nonsense in it, which line matters?",
		})
}
