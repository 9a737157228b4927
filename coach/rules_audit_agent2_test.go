package coach

import "testing"

// The second audit round's shapes from brand agents' replies read on real
// text (a private set outside the repository, two more airlines): hopes
// and habits said with "we'll", the reader's own flight time, "yes, no
// problem" granting a request, cabin crew and ground staff as the writer's
// people, the onus put on the customer, and the harmless uses of the same
// words. Our own sentences, not the real ones.

// addRuleCases adds table cases to a rule's entry without dropping the
// cases other files hold for it.
func addRuleCases(id string, hit, miss []string) {
	c := ruleCases[id]
	c.hit = append(c.hit, hit...)
	c.miss = append(c.miss, miss...)
	ruleCases[id] = c
}

func init() {
	addRuleCases("promise.will",
		[]string{
			"We'll pass your note about the seat map on to the app team.",
			"I'll raise this with the catering team.",
		},
		[]string{
			"We'll keep our fingers crossed for sunny weather!",
			"We'll usually only upgrade passengers when the cabin is full.",
			"I will also need the barcode and the store you bought it from.",
			"Sorry for the mix-up, I will answer your question: the lounge opens at six.",
			"We'll normally open the extra desks an hour earlier in August.",
		})
	addRuleCases("promise.later",
		[]string{"We'll send the new card out tomorrow."},
		[]string{
			"We'll keep everything crossed that the match goes well tonight.",
			"We'll sometimes add more flights in the summer.",
		})
	addRuleCases("promise.team-will",
		[]string{
			"Our cabin crew will look after her from boarding to landing.",
			"Our ground staff at the gate will help you with the transfer.",
			"A colleague from our baggage desk will call you this afternoon.",
			"Our crew on board will bring you a blanket after take-off.",
		},
		[]string{
			"We're sure the crew will be really pleased to read this!",
			"The crew will not let anyone board without a pass.",
			"Our staff on board will be delighted to hear it.",
		})
	addRuleCases("no-problem.reply",
		[]string{"No problem at all, glad the voucher worked!"},
		[]string{
			"Hi, yes no problem. You can take two small bags on board.",
			"Yes, no problem, the pram can go in the hold for free.",
		})
	addRuleCases("frustration.deadline",
		[]string{"My flight is in 2 hours and the app won't load my boarding pass"},
		[]string{"The desk isn't open yet. Is your flight within 24 hours?"})
	addRuleCases("frustration.waiting",
		[]string{"We've had no internet for 3 days now"},
		[]string{"All promo codes expire after 7 days without fail."})
	addRuleCases("blame.responsibility",
		[]string{
			"I'm afraid the onus is on the passenger to check their visa.",
			"The onus is on you to pack the parcel securely.",
		},
		[]string{"The onus is on us to get this right for you."})
	addRuleCases("frustration.emotion",
		[]string{"I'm so disappointed, the flight was cancelled again and nobody told us"},
		[]string{
			"You must be very disappointed. When did you travel with us?",
			"Apologies for your frustrations with the checkout page. Could you DM us the error?",
			"I can appreciate how frustrating this must have been, and I'm very sorry the milk was off.",
			"I know how annoying that is. Which store was it?",
		})
	addRuleCases("jargon.unknown-term",
		[]string{"The notifyEvent handler fails when the page loads."},
		[]string{
			"We were joined by ex-England captain Sam Ward on the flight.",
			"Our pre-Christmas sale ends on Sunday.",
			"The fare is 40-75 EUR depending on the day.",
			"Flights from LHR to JNB leave daily at nine.",
			"Add your KTN to the booking and quote the PNR at the desk.",
		})
}

// TestHyphenNameNotCamel: a capital after a hyphen starts a name, so
// "ex-Man" or "mid-May" is not read as camelCase code.
func TestHyphenNameNotCamel(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"notifyEvent", true},
		{"getElementById", true},
		{"ex-Man", false},
		{"mid-May", false},
		{"pre-Christmas", false},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			if got := isLowerCamel(tt.word); got != tt.want {
				t.Errorf("isLowerCamel(%q): got %v, want %v", tt.word, got, tt.want)
			}
		})
	}
}
