package coach

import "testing"

// TestJargonIRC2ChatShapes: what a project help channel writes that looks
// like a path or a setting but is not one: a nick spoken to, a link written
// without "https://", plain words joined by slashes. The technical near-misses
// stay jargon. Our own sentences.
func TestJargonIRC2ChatShapes(t *testing.T) {
	runFlagCases(t, Jargon, []flagCase{
		{"pat_w: try the installer again, it should pick it up", false},
		{"you're welcome, lee_92!", false},
		{"thanks, rio_m.", false},
		{"the archives are at lists.example.org/pipermail/users", false},
		{"ask on forum.example.com/c/help and paste the error", false},
		{"how do I clear all users/subgroups/roles before going live?", false},
		{"do you want the yes/no/maybe version?", false},
		{"set max_conn higher in the settings file", true},
		{"check src/app/main before you rebuild", true},
		{"the log is under /var/log/app", true},
		{"look in etc/nginx/sites for the old one", true},
		{"edit conf/server.xml and restart it", true},
	})
}

// TestFrustrationIRC2FinishedClause: "I'm done" after a word of time or
// condition is finishing a step, not giving up.
func TestFrustrationIRC2FinishedClause(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"I copy the setup, test on it, and delete it when I'm done.", false},
		{"ping me once I'm done with the backup", false},
		{"I'll hand the laptop back after I'm done.", false},
		{"I'm done. Cancelling the whole plan.", true},
		{"I'm done with this stupid printer!!", true},
	})
}

// TestPromiseIRC2Habitual: what usually happens on a list or a queue is a
// habit reported, not the writer's commitment; a plain "someone will" is.
func TestPromiseIRC2Habitual(t *testing.T) {
	runFlagCases(t, Promise, []flagCase{
		{"usually someone will reply within a day on that list", false},
		{"someone on the list will typically answer by morning", false},
		{"normally somebody will pick these up fast", false},
		{"someone from our team will call you tomorrow", true},
		{"a technician will visit on Friday morning", true},
	})
}

// TestJargonIRC2WordLists: singular words joined by slashes are choices
// unless the sentence names them as a place on disk.
func TestJargonIRC2WordLists(t *testing.T) {
	runFlagCases(t, Jargon, []flagCase{
		{"pick one of the morning/afternoon/evening slots", false},
		{"is it a yes/no/maybe answer?", false},
		{"delete the old folders/subfolders/files first", false},
		{"the file is in config/default/app", true},
		{"the config/default/app folder is missing", true},
		{"copy it to home/user/documents", true},
		{"the log is in app/logs/today", true},
	})
}

// TestJargonIRC2QuotedPath: a path or script name in double quotes is still
// the path; quoted words and a quoted document name stay clean.
func TestJargonIRC2QuotedPath(t *testing.T) {
	runFlagCases(t, Jargon, []flagCase{
		{`when I run "$APP_HOME/bin/start.sh", nothing happens`, true},
		{`type "/etc/hosts" into the box`, true},
		{`the file is called "budget.xlsx"`, false},
		{`it just says "error" and stops`, false},
		{`she said "no thanks" and left`, false},
	})
}

// TestContradictionIRC2OwnCheck: "there is no such file" after the writer
// says they looked is a finding shared, not a dismissal.
func TestContradictionIRC2OwnCheck(t *testing.T) {
	runFlagCases(t, Contradiction, []flagCase{
		{"I have observed that in the bin folder there is no such file", false},
		{"I looked in the menu, there is no such setting there", false},
		{"we checked the account, there is no such user", false},
		{"There is no such file.", true},
		{"There's no such setting, you're wrong.", true},
	})
}

// TestCondescendingIRC2Habit: "just" in a habit or a liking told of oneself
// is no instruction; "just" before a step for the reader still is.
func TestCondescendingIRC2Habit(t *testing.T) {
	runFlagCases(t, Condescending, []flagCase{
		{"I tend to just rebuild the test box when I need one", false},
		{"I prefer to just start over with a clean copy", false},
		{"we used to just reboot the server weekly", false},
		{"try to just restart it", true},
		{"just restart it and it'll be fine", true},
	})
}

// TestBlameIRC2PoliteOffer: "if you cared to <do it>" is a polite "if you'd
// like to"; "if you'd bothered to" still points at what was missed.
func TestBlameIRC2PoliteOffer(t *testing.T) {
	runFlagCases(t, Blame, []flagCase{
		{"if you cared to send the patch, we could review it", false},
		{"if you care to share the config, I can compare it with mine", false},
		{"if you'd bothered to read the notes you'd know", true},
		{"if you bothered to check the log, it says why", true},
	})
}

// TestCondescendingIRC2OwnConfusion: a thing that "doesn't make it any
// clearer to me" is the writer's own confusion; "I can't make it any
// clearer" still talks down.
func TestCondescendingIRC2OwnConfusion(t *testing.T) {
	runFlagCases(t, Condescending, []flagCase{
		{"the new label doesn't make it any clearer to me ;)", false},
		{"renaming it didn't make it any easier for us", false},
		{"I don't know how to make it any clearer", true},
		{"I can't make this any simpler for you", true},
	})
}

// TestPromiseIRC2Comparison: "will be as <adj> as" says how a thing will
// be, not a task the writer takes on.
func TestPromiseIRC2Comparison(t *testing.T) {
	runFlagCases(t, Promise, []flagCase{
		{"in the end, the folders (all of them) will be as searchable as the files", false},
		{"Will fix it in the next release.", true},
		{"ok, will send the logs tonight", true},
	})
}
