package coach

import "testing"

// Wave 5 (brand agents' replies on Twitter): shapes of care-desk tweets the
// engine misread, written in our own words. Each guard sits beside a
// message of the same wording that must still be flagged.

func init() {
	addRuleCases("promise.can-pass",
		[]string{"I can certainly pass along your suggestion to the app team.", "We can pass that on to the driver's depot."},
		[]string{"You can pass it on to the store manager if you like.", "Can I pass this along to my manager?"})
	addRuleCases("promise.they-will",
		[]string{"I've passed your photos to our baggage team. They'll be in touch by Friday.", "We're looping in a specialist now; they will reply here shortly."},
		[]string{"I rang the shop and they said they'll call me back.", "Will they reply today? I've sent it to our office."})
}

// TestAgentJargonTweetArtifacts: what a data set or a tweet thread leaves
// in a reply is not a term to explain.
func TestAgentJargonTweetArtifacts(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []struct {
		name, text, want string // want "" means no detector finding
	}{
		// A redaction mask stands for the address or the number hidden.
		{"email mask", "@5521 Please write to us at __email__ with your booking code.", ""},
		{"card mask", "@5521 Never post your card number (__credit_card__) here, send it by DM.", ""},
		{"code dunder still a term", "Define __init__ in the class before you run it.", "init__"},
		// "2/2" glued to a sentence's last word counts the tweets of a reply.
		{"part count after a full stop", "@5521 If it drops again, DM us your account number.2/2 ^RT", ""},
		{"part count in brackets", "@5521 The refund shows within five working days.(2/2)", ""},
		{"part count after an exclamation", "@5521 Have a lovely trip!3/3", ""},
		{"path with a number still a term", "Open /etc/modem.2/3 and change the line.", "/etc/modem.2/3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantOneTerm(t, tt.text, unknownTermsIn(a, tt.text, Context{}), tt.want)
		})
	}
}

// TestAgentPromiseReaderWish: "the day you wish to travel" is the
// reader's plan, not the writer's hedge; the writer's own wish still is.
func TestAgentPromiseReaderWish(t *testing.T) {
	runFlagCases(t, Promise, []flagCase{
		{"Tell me the date you wish to fly and I'll check which seats are free.", true},
		{"If you wish to keep the booking, we'll move it to Friday for you.", true},
		{"Let me know which store you wish to collect from and I'll reserve it.", true},
		// the writer's wish is still a hedge
		{"I wish we could move it, but the flight is full.", false},
		{"Wish I could say we'll have it back by Friday.", false},
		{"We really wish we'll have better news for you soon.", false},
	})
}

// TestAgentPromiseSentToWriter: a passive future that lands with the
// writer ("it will be delivered to me") is news of someone else's task;
// the same verb aimed at the reader is the team's commitment.
func TestAgentPromiseSentToWriter(t *testing.T) {
	runFlagCases(t, Promise, []flagCase{
		{"Good news, it will be delivered to me by lunchtime!", false},
		{"They rang, the new router will be sent to us on Monday.", false},
		{"Your new router will be sent to you on Monday.", true},
		{"Your feedback will be passed to the station manager.", true},
	})
}

// TestAgentPromiseCanPassOn: "I can certainly pass along your suggestion"
// hands the feedback on as "we'll pass it on" does; the reader's "you can
// pass it on" and a question commit the writer to nothing.
func TestAgentPromiseCanPassOn(t *testing.T) {
	runFlagCases(t, Promise, []flagCase{
		{"Thanks Rita, I can definitely pass your idea on to the menu team.", true},
		{"We can pass this along to the depot manager!", true},
		{"We can certainly pass along your comments about the seats.", true},
		{"You can pass your comments on through the form on our site.", false},
		{"Can we pass this along to the depot manager?", false},
		{"We can pass on the lower price to everyone who booked early.", false},
	})
}

// TestAgentJargonPartnerAtWork: initials that are looking into a problem
// or are aware of it name a team or a partner, not a term.
func TestAgentJargonPartnerAtWork(t *testing.T) {
	runTermCases(t, []termCase{
		{"studio looking into it", "@4410 QVG is looking into the missing rewards now, hang tight!", ""},
		{"rail partner aware", "@4410 Sorry Jo. NRX are aware of the signal fault and on site.", ""},
		{"term that fails still a term", "@4410 QVG is failing on every boot since the update", "QVG"},
	})
}

// TestAgentPromiseGoingPublic: a customer's threat to go to the press is
// not a task anyone waits on; the same words about our own next step are.
func TestAgentPromiseGoingPublic(t *testing.T) {
	runFlagCases(t, Promise, []flagCase{
		{"Three weeks and no refund. Going to media with this tomorrow.", false},
		{"Going to press tonight, enjoy the coverage.", false},
		{"Will pass your comments to our press office today.", true},
		{"Going to chase the depot for you first thing tomorrow.", true},
	})
}

// TestAgentJargonNumberedHandle: a tweet set numbers its handles; a
// message that names one is a tweet even when it opens with a word, and a
// word cut short there is not a term.
func TestAgentJargonNumberedHandle(t *testing.T) {
	runTermCases(t, []termCase{
		{"typo in a tweet with a numbered handle", "never flying wth @BigAir at @552211 again, lost my bag twice", ""},
		{"listed component still a term", "thanks @552211 but apt-get still fails on the box", "apt-get"},
		{"named handle mid-text is not a tweet", "thanks to @maria, run npm first and the build works", "npm"},
	})
}

// TestAgentPromiseTheyOurPeople: "they" after the writer hands the case to
// their own people commits those people, as "our team will" does; the
// customer's report of someone else's word does not.
func TestAgentPromiseTheyOurPeople(t *testing.T) {
	runFlagCases(t, Promise, []flagCase{
		{"We've escalated this to our refunds desk. They will contact you directly.", true},
		{"Looping in our tech folks, they'll get back to you today.", true},
		{"I spoke to the depot and they said they'll ring me tomorrow.", false},
		{"They will contact you directly if anything changes.", false},
		{"Our neighbours are away, they'll be back on Sunday.", false},
	})
}
