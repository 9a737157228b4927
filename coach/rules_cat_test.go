package coach

import (
	"slices"
	"testing"
)

// flagCase is a message and whether one category must be found in it. Unlike
// categoryCase, a near-miss only has to stay clear of that category: "DNS"
// in a contradiction near-miss may still be jargon.
type flagCase struct {
	text string
	want bool
}

// runFlagCases judges each text alone, as `rapport check` does, for category c.
func runFlagCases(t *testing.T, c Category, tests []flagCase) {
	t.Helper()
	a := newTestAnalyzer(t)
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := categoriesOf(a, tt.text, Context{})
			if has := slices.Contains(got, c); has != tt.want {
				t.Errorf("got %v, want %s: %v", got, c, tt.want)
			}
		})
	}
}

// TestContradictionRealLanguage: the ways real support replies wave a report
// away ("works fine for me", "can't reproduce, closing", "the problem is on
// your end", "not a bug"), and the same words used harmlessly.
func TestContradictionRealLanguage(t *testing.T) {
	runFlagCases(t, Contradiction, []flagCase{
		// our own check set against the report
		{"Runs fine for me on a clean install.", true},
		{"Hmm, it loads just fine on my end.", true},
		{"Printing works perfectly here.", true},
		{"Odd, works for me... make sure you're on the latest build.", true},
		{"It always works for me.", true},
		{"It's working just fine.", true},
		{"Mine still works.", true},
		{"Nope, it works.", true},
		{"Friday works fine for me.", false},
		{"That works for me, thanks!", false},
		{"Works for me.", false},
		{"Works fine for me now, thanks for the quick fix!", false},
		{"It worked fine for me until last week's update.", false},
		{"The old version was fine for me, the new one keeps crashing.", false},
		{"It works fine for me on Wi-Fi but not on mobile data.", false},
		{"Once you restart, it should work fine for you.", false},
		{"No, it's working now, thanks.", false},
		// "can't reproduce" closing the matter, or standing alone
		{"Cannot reproduce, closing.", true},
		{"Couldn't replicate it here. Closing this ticket.", true},
		{"Can't reproduce.", true},
		{"I can't reproduce it yet, could you send a screenshot?", false},
		{"We couldn't reproduce this so far; please share the steps you took.", false},
		// the fault put on the person's side without a shared check
		{"The problem is on your end.", true},
		{"That's an issue with your router, not us.", true},
		{"It's something on your side.", true},
		{"If the page still won't load, the issue might be with your browser.", false},
		{"Is the problem on your end or ours?", false},
		{"We found the issue with your account and fixed it.", false},
		{"Nothing is needed on your end, we'll handle it.", false},
		// ruling the report out
		{"That's not really a bug.", true},
		{"Everything is working as intended.", true},
		{"It's not our problem.", true},
		{"That has nothing to do with our app.", true},
		{"Not a bug, it's a feature!", false},
		{"This is not a bug report template, sorry.", false},
		{"Sorry, it's not a big problem to fix, I'll do it today.", false},
		{"It isn't a bug in your setup; we broke it and we're fixing it.", false},
		// flat denials and "we changed nothing"
		{"Wrong.", true},
		{"Nope, wrong.", true},
		{"Wrong password.", false},
		{"Something's wrong.", false},
		{"We didn't make any changes to your mailbox.", true},
		{"We haven't made any changes yet, so nothing on your side will move.", false},
		// a report that stops working, by the person having the trouble
		{"Everything was working fine until this morning.", false},
	})
}
