package coach

import "testing"

// Wave 5 (brand agents' replies on Twitter): shapes of care-desk tweets the
// engine misread, written in our own words. Each guard sits beside a
// message of the same wording that must still be flagged.

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
