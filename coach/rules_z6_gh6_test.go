package coach

import "testing"

// Wave 6, maintainers' and helpers' replies to problem reports: shapes read
// on issue threads (a private set outside the repository), written here in
// our own words. A report's own history ("it worked fine before the
// update", "it didn't happen again") is not a denial; "no timeouts on my
// end" set against a report is, and so is "works on latest, closing"; a
// breakage put down to the reader's own change, a choice questioned as a
// lapse ("why are you still using…") and a skipped report template are
// blame; "it says so right in the README" talks down; "obviously"
// stressing how bad the fault is does not.

func init() {
	addRuleCases("contradiction.none-on-my-end",
		[]string{
			"No timeouts on my end.",
			"Strange. I had no signs of lost data on my side. Try the older build.",
			"Zero problems at all on my end with the same settings.",
		},
		[]string{
			"No issues on my end so far, could you send a screenshot of the error?",
			"I had no problems on my end until the last update.",
			"No crashes on my side yet, which version were you on before?",
		})
	addRuleCases("contradiction.works-on-latest",
		[]string{
			"Works on latest. Closing.",
			"Runs fine for me on master, so closing this.",
		},
		[]string{
			"It works on the newest release now, thanks! Closing.",
			"Fixed on master; it works on the latest build, closing.",
			"Can you check whether it works on the latest version? I'll keep this open.",
			"Works on the latest version, please update and let us know. Closing for now.",
		})
	addRuleCases("contradiction.no-way-unless",
		[]string{
			"There's no way the sync removes your photos unless another device deleted them first.",
			"There is no way the tool overwrote the file unless you ran it twice.",
		},
		[]string{
			"There's no way to bring them back unless you kept a backup.",
			"There's no way we can tell unless you send the log.",
			"There is no way around the limit unless you upgrade the plan.",
			"Is there no way it deletes files unless asked?",
		})
	addRuleCases("blame.why-still-using",
		[]string{
			"Why are you still using Windows 7?",
			"Why are you running such an outdated release?",
		},
		[]string{
			"Why are you using the beta? Just curious, it helps me narrow it down.",
			"Why are you still seeing the banner after the update?",
			"I wonder why you are still on the old version.",
		})
	addRuleCases("blame.skipped-template",
		[]string{
			"You didn't fill in the template.",
			"This issue doesn't follow the bug template, closing.",
		},
		[]string{
			"No worries that you didn't fill in the template.",
			"You didn't use the right cable for the dock.",
			"Did you see the template when you opened the issue?",
		})
	addRuleCases("condescending.in-the-docs",
		[]string{"It says so right in the README."},
		[]string{"Does it say so in the docs?", "The FAQ says so, but that page is out of date, sorry."})
	addRuleCases("condescending.in-the-docs",
		[]string{"It's in the changelog.", "That's all in the release notes."},
		[]string{"It's listed in the changelog for 2.3, here's the link: https://example.com/changes"})
	addRuleCases("blame.your-change-caused",
		[]string{
			"I think the broken menu is a result of your rewrite of the header.",
			"The build failure was caused by your last commit.",
			"The form stopped saving because of your edits yesterday.",
		},
		[]string{
			"This is not a result of your change; it was broken before.",
			"Was the slowdown caused by your changes, do you think?",
			"Thanks, the faster load is a result of your refactor.",
			"The delay is due to your change request still waiting for approval.",
		})
}

// TestContradictionReportHistory: a report that says when it worked or
// when it recurs tells its own story; the same words as a flat verdict on
// someone else's report still dismiss it.
func TestContradictionReportHistory(t *testing.T) {
	runFlagCases(t, Contradiction, []flagCase{
		{"Everything was definitely working just fine before the latest update.", false},
		{"The problem is, I'm on the office network and it connects just fine.", false},
		{"I'll try to make it fail again, as it didn't happen again today.", false},
		{"It never happened since the reinstall.", false},
		{"Weirdly, it didn't happen this time.", false},
		{"It's working just fine.", true},
		{"It definitely works.", true},
		{"That didn't happen.", true},
	})
}

// TestContradictionNoneOnMyEnd: "no <trouble> on my end" said to a report,
// and the near-misses that ask for more or tell a history.
func TestContradictionNoneOnMyEnd(t *testing.T) {
	runFlagCases(t, Contradiction, []flagCase{
		{"No disconnects on my side.", true},
		{"Not a single crash on my end.", true},
		{"Odd. I saw no errors on my end. Try clearing the app data.", true},
		{"No errors on my end yet, could you share the log?", false},
		{"I had no trouble on my end before the move to the new office.", false},
	})
}

// TestBlameYourChangeCaused: a breakage put down to the reader's own
// change, and the same nouns used as a ticket, thanks, a question or a
// denial.
func TestBlameYourChangeCaused(t *testing.T) {
	runFlagCases(t, Blame, []flagCase{
		{"Pretty sure the login page broke as a side-effect of your cleanup.", true},
		{"The export is empty because of your recent changes.", true},
		{"Your change request is with the approvers.", false},
		{"Is this a result of your edits, or was it like this before?", false},
		{"It isn't a result of your commit; the test was already failing.", false},
	})
}

// TestCondescendingObviouslyAFault: "obviously" stressing how bad a fault
// is judges the product; "obviously" on a step or on the person's error
// still talks down.
func TestCondescendingObviouslyAFault(t *testing.T) {
	runFlagCases(t, Condescending, []flagCase{
		{"Losing the reminders is obviously a serious problem for a calendar app.", false},
		{"That's obviously a bug in the sync.", false},
		{"This is obviously a user error.", true},
		{"It's obviously a proxy cache issue, just clear it.", true},
		{"Obviously you need to restart it first.", true},
	})
}

// TestContradictionMaintainerNearMisses: maintainers' replies that use a
// dismissal's words but find the failure too, answer what the software can
// do, go to check, say what can't be done, or take the fault on; the bare
// dismissals stay flagged.
func TestContradictionMaintainerNearMisses(t *testing.T) {
	runFlagCases(t, Contradiction, []flagCase{
		{"It loads fine for me on macOS, but I can reproduce it on Windows.", false},
		{"Works for me in Firefox; I could reproduce it in Chrome though.", false},
		{"No, it doesn't support that format yet, but it's planned.", false},
		{"I don't think so, but let me check the release notes.", false},
		{"There's no way for us to open your files, so please attach a screenshot.", false},
		{"That's not a bug in your script, it's ours.", false},
		{"It works for me.", true},
		{"No, it doesn't.", true},
		{"I don't think so.", true},
		{"We haven't changed anything on our side, so it's not us.", true},
		{"That is not a bug, closing.", true},
	})
}

// TestCondescendingPraiseForTheirFix: "your patch is simple" praises the
// reader's own work; a step called simple still talks down.
func TestCondescendingPraiseForTheirFix(t *testing.T) {
	runFlagCases(t, Condescending, []flagCase{
		{"Your patch is simple and does the job, thanks!", false},
		{"Your approach is really simple, I like it.", false},
		{"Changing the theme is simple.", true},
		{"The fix is simple: reinstall it.", true},
	})
}
