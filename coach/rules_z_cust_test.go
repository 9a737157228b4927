package coach

import "testing"

// Wave 5, customers' own messages (helper "cust"): shapes of frustration
// that customers of airlines, telecoms and apps use without a marked cue
// word, each beside the same words used calmly or happily, which
// LABELING.md keeps clean. Our own sentences throughout.

// TestCustCountedTroubleDoneToWriter: what was done to the writer's
// booking, bill or call, counted ("rebooked three times"), is a count of
// failures like "called five times".
func TestCustCountedTroubleDoneToWriter(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"@Skyway my trip to Leeds has been rescheduled 4 times now", true},
		{"they've cancelled my install twice this month", true},
		{"the helpline hung up on me three times tonight", true},
		{"If it gets delayed a second time, rebook me on the evening one.", false},
		{"Your flight was rescheduled once, the new time is on the app.", false},
	})
}

// TestCustHelpfulPraise: "Very helpful!" is thanks unless it sits beside a
// grievance, when it is a jab.
func TestCustHelpfulPraise(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"great, thanks! very helpful! best bank app I've used", false},
		{"So helpful. Thanks again, Priya.", false},
		{"two hours on hold and then cut off. Very helpful.", true},
	})
}

// TestCustComplaintTags: a hashtag that names the time lost or passes a
// verdict signs a complaint.
func TestCustComplaintTags(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"@Railco 40 mins outside the station #wastedtime", true},
		{"@Cellnet dropped again #yousuck", true},
		{"@Cellnet new phone arrived today #happy", false},
		{"@Railco made it home with time to spare #wastenot", false},
	})
}

// TestCustDispleasureNamed: the writer naming their own displeasure with
// the service ("very unhappy with", "dissatisfied with").
func TestCustDispleasureNamed(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"Really unhappy with the broadband this month", true},
		{"Dissatisfied with how my complaint was handled", true},
		{"highly disappointed in the new billing page", true},
		{"Is there a way to see why a customer is unhappy in the report?", false},
		{"We were never happier with a provider, thank you!", false},
	})
}

// TestCustNeverAgainWithVerb: refusing the company for good, with words
// between ("never fly with you guys again", "not book them ever again").
func TestCustNeverAgainWithVerb(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"I will never shop with you lot again", true},
		{"we will not book Sunwings ever again", true},
		{"honestly never be ordering from this store again", true},
		{"the patch held, it never crashed again", false},
		{"I never had to phone them again after the fix, thanks", false},
	})
}

// TestCustServiceVerdict: a clause that rates the service itself badly
// ("the network is very poor here", "bad customer care"), not the same
// words about something else.
func TestCustServiceVerdict(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"Mobile network is very very poor in our street.", true},
		{"your airline is doing pretty poor today", true},
		{"My signal is poor upstairs, which setting should I change?", false},
		{"Sorry the service was poor yesterday, it's fixed now.", false},
		{"Blaming the app for a typed-in wrong PIN is a stretch.", false},
	})
}

// TestCustWaitKeptInPlace: the writer kept in place for a length of time
// ("sat at the gate for 3 hours") or a wait named by its length ("a two
// hour queue") is a long wait; a forecast or a pleasant hour is not.
func TestCustWaitKeptInPlace(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"@Railco sat outside Didcot for 2 hours with no announcement", true},
		{"stranded at the depot for over three hours", true},
		{"@Cellnet there's a two hour queue on your chat", true},
		{"Heads up: expect a 2 hour delay on the ring road tonight.", false},
		{"sat in the lounge for an hour and loved it", false},
	})
}

// TestCustJabsAtTheCompany: jabs at how the company runs things ("get
// your act together", "train your staff", "do they not care about…"), not
// the same words about training or caring in plain talk.
func TestCustJabsAtTheCompany(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"@Bankly please train your staff, three branches three answers", true},
		{"Shopsy needs to get its act together", true},
		{"you can do better than this @Parcelly", true},
		{"do they not care about their riders at all?", true},
		{"We train our staff on the new till every spring.", false},
		{"Train your model on the cleaned set, then compare.", false},
		{"Don't worry if you can't do better than 80% on the first quiz.", false},
	})
}

// TestCustRouteCodes: two three-letter capitals joined as a route ("BHX to
// GLA") are places, even in a message with no word of travel; a lone code
// in a step is still a term. (A guard in coach/jargon.go.)
func TestCustRouteCodes(t *testing.T) {
	runTermCases(t, []termCase{
		{text: "@Skyway 3 seats left on the 7:40 from BHX to GLA? need two", want: ""},
		{text: "any space on LBA-AMS tomorrow evening?", want: ""},
		{text: "Set the QZR value to 40 and restart.", want: "QZR"},
	})
}

// TestCustRefusalNotPromise: "will do my best to never…" refuses the
// company; it commits to no task. (A guard in coach/rules/promise.yaml.)
func TestCustRefusalNotPromise(t *testing.T) {
	runFlagCases(t, Promise, []flagCase{
		{"will do my best to never book with Sunwings again", false},
		{"I'll do my best not to use this bank again", false},
		{"We'll do our best to get you on the 6pm instead.", true},
	})
}

// TestCustHelpThatNeverCame: help denied as part of a complaint ("no help
// from you", "not helpful at all"), not help offered or declined kindly.
func TestCustHelpThatNeverCame(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"40 minutes in the queue and no help from anyone", true},
		{"chat agent was not helpful at all, left without a word", true},
		{"No help needed, I found the setting. Thanks!", false},
		{"The forum was not much help but your guide sorted it, thank you", false},
	})
}

// TestCustSarcasmAnnounced: a message that tags itself "#sarcasm" means
// the opposite of its praise.
func TestCustSarcasmAnnounced(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"love paying extra for a seat that doesn't recline #sarcasm", true},
		{"what a great start to the holiday #sarcastic", true},
		{"what a great start to the holiday #grateful", false},
	})
}

// TestCustDelightNotExasperation: a word of surprise in a message of
// thanks that names no grievance is delight; beside a grievance it is
// still exasperation.
func TestCustDelightNotExasperation(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"@Skyway This is unbelievable... thank you so much! #bestday", false},
		{"I can't believe it, you found my ring! Thank you thank you", false},
		{"unbelievable. bag lost again and nobody answers the phone", true},
		{"I can't believe I've been on hold for 3 hours", true},
	})
}

// TestCustInfoNotFound: "I can't access anything regarding…" is
// information not found, not a writer locked out of their work.
func TestCustInfoNotFound(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"Is the Lisbon route running? I can't find anything about it on your site", false},
		{"I can't access anything regarding my booking on your website--", false},
		{"locked out since 8, I can't access anything and the payroll run is at noon", true},
	})
}

// TestCustAccusedOfLyingOrCheating: the company accused of lying to or
// cheating the writer ("your agent lied to me", "screwed up our
// booking"); the writer's own slip and a story about lying stay calm.
func TestCustAccusedOfLyingOrCheating(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"the woman at the desk lied to us about the refund", true},
		{"Parcelly screwed up my order for the second week", true},
		{"they screw customers over at every renewal", true},
		{"I screwed up my settings, how do I reset them?", false},
		{"The plot is about a butler lying to the family.", false},
	})
}

// TestCustRefusedThenAskedTheLeast: a refusal of help and the least the
// writer now asks for ("you won't rebook us. Can you at least…") is a
// complaint; "at least" as a count or a consolation is not.
func TestCustRefusedThenAskedTheLeast(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"They refused to rebook me. Could you at least tell me which desk to try?", true},
		{"Passwords need at least 12 characters, and you won't need to change them often.", false},
		{"The train is late but at least the heating works.", false},
	})
}

// TestCustTakingCustomElsewhere: custom moved to another company ("next
// trip will be on another airline") beside another sign of stress.
func TestCustTakingCustomElsewhere(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"why can't I pick a seat anymore? next trip will be with another airline", true},
		{"Moved to a new bank last spring; how do I close the old direct debit?", false},
	})
}

// TestCustBookingReference: a code quoted after "locator", "confirmation"
// or "booking ref" is a reference, not a term. (A guard in
// coach/jargon.go.)
func TestCustBookingReference(t *testing.T) {
	runTermCases(t, []termCase{
		{text: "rebooked twice, locator QZXWVT, can someone check it?", want: ""},
		{text: "my booking ref: KLMNPQ still shows the old seat", want: ""},
		{text: "Flush the KLM cache on the gateway and try again.", want: "KLM"},
	})
}

// TestCustJustReachedATime: "just hit 4hrs" is a length of time reached,
// not a step called trivial. (A guard in coach/rules/condescending.yaml.)
func TestCustJustReachedATime(t *testing.T) {
	runFlagCases(t, Condescending, []flagCase{
		{"@Railco just hit 3 hours on this platform", false},
		{"just passed 45 minutes in the chat queue", false},
		{"Just hit the reset button on the back.", true},
	})
}

// TestCustStressAsAnOrdeal: stress named as a quantity or an ordeal ("a
// huge amount of stress", "put us through hell"), not a plan to reduce it.
func TestCustStressAsAnOrdeal(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"the move caused a huge amount of stress and still no landline", true},
		{"your billing team put us through hell this month", true},
		{"The new portal should save our teams a lot of hassle next year.", false},
	})
}

// TestCustMeasuredAgainstTheWorst: the company measured against the worst
// ("almost as bad as", "every bit as useless as"); a fear that did not
// come true stays calm.
func TestCustMeasuredAgainstTheWorst(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"@Cellnet you're nearly as bad as my old provider", true},
		{"the new app is every bit as useless as the last one", true},
		{"The fix was not as bad as I feared, thanks for the steps.", false},
	})
}

// TestCustSomeoneElsesCheat: only the writer as subject makes "screwed up"
// a slip; "they really screwed us over" still accuses.
func TestCustSomeoneElsesCheat(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"they really screwed us over with the new fees", true},
		{"we screwed up our own router config, sorry for the noise", false},
	})
}
