package coach

import "testing"

// TestCondescendingJustMeaningOnly: after the heavier step is waved off,
// "just" means "only" ("you don't need to reinstall, just sign out"), which
// LABELING.md keeps clean; "just" before a step on its own, or after a need
// that is not waved off, still minimises it.
func TestCondescendingJustMeaningOnly(t *testing.T) {
	runFlagCases(t, Condescending, []flagCase{
		{"You don't need to reinstall the app, just sign out and back in.", false},
		{"No need to restart the laptop, just close the tab.", false},
		{"You do not have to send the whole log, just the last ten lines.", false},
		{"It's not necessary to wipe the phone, just reset the network settings.", false},
		{"Just sign out and back in.", true},
		{"You need to reinstall it, just download the installer first.", true},
		{"Don't worry about the cable. Just restart the router.", true},
	})
}

func init() {
	addRuleCases("promise.asked-then",
		[]string{"Can you DM us the booking number and we'll take a look?", "Could you DM us your postcode and we'll have a look?"},
		[]string{"Can you DM us the booking number and we can take a look?", "Can you send the photos and we'll look forward to seeing them?"})
}

// TestPromiseAskedThen: a request put as a question and then "we'll …" is
// the conditional promise LABELING.md lists; the question mark is the
// request's. Willingness ("we can") and a question about the future stay
// clean.
func TestPromiseAskedThen(t *testing.T) {
	runFlagCases(t, Promise, []flagCase{
		{"Can you DM us the booking number and we'll take a look?", true},
		{"Could you send the log file and I will check it tomorrow?", true},
		{"Can you follow us back and we'll DM you the details?", true},
		{"Can you DM us the booking number and we can take a look?", false},
		{"Can you restart it and see whether the light turns green?", false},
		{"Will you be in the office, and will we meet on Friday?", false},
	})
}

func TestPromiseAskedThenHaveALook(t *testing.T) {
	runFlagCases(t, Promise, []flagCase{
		{"Could you DM us your postcode and we'll have a look?", true},
		{"Can you send the photos and we'll look forward to seeing them?", false},
	})
}
