package coach

import "testing"

// TestJargonIRCComponents: file-system, boot and session names that Linux
// help channels write bare, in any case (a line's first word, a quoted boot
// error), and the chat around them that stays clean. Our own sentences.
func TestJargonIRCComponents(t *testing.T) {
	runFlagCases(t, Jargon, []flagCase{
		{"Overlayfs refuses the upper dir on that stick", true},
		{"BCACHEFS error: mount failed, bad superblock", true},
		{"zram is already on by default there", true},
		{"is the tablet starting in efi mode?", true},
		{"chainload ipxe from the stick", true},
		{"the tool is linked against ncurses", true},
		{"that one is only a metapackage", true},
		{"pkill the tray app and start it again", true},
		{"thnx, all good now", false},
		{"txs!!", false},
		{"thanks, it boots now", false},
		{"which release are you on?", false},
	})
}

// TestJargonIRCPaths: system paths whose last part ends in an everyday word,
// hidden folders written without "~", unit files of a listed component, and
// the near-misses: a document's path, a missing space, a dash glued to a word.
func TestJargonIRCPaths(t *testing.T) {
	runFlagCases(t, Jargon, []flagCase{
		{"drop a launcher into /usr/share/applications/notes.desktop", true},
		{"it should be under /.config/pulse/ on that image", true},
		{"is sshd.service enabled on the box?", true},
		{"lightdm.service keeps restarting", true},
		{"the contract is in /home/ana/offer.pdf", false},
		{"thanks for contacting customer.service today", false},
		{"I mean -the other laptop, not this one", false},
		{"then ls -la in that folder", true},
	})
}

// TestJargonIRCPackageHalves: a project's name nobody says aloud, split
// into the package half it installs ("-server", "-client"), names a package
// without an install frame; everyday halves and brand acronyms stay clean.
func TestJargonIRCPackageHalves(t *testing.T) {
	runFlagCases(t, Jargon, []flagCase{
		{"is nfs-common on the client too?", true},
		{"we could split it into an xyzp-server and an xyzp-client later", true},
		{"the web-server is down again", false},
		{"our mail-server rejected the message", false},
		{"the vpn-client wants an update", false},
		{"my cnn-data folder is gone", false},
		{"the dev-tools panel is open", false},
	})
}

// TestContradictionIRCTerse: a chat reply that stops at "that can't be"
// sets the report aside; the same words that go on to say what cannot be
// done, and a helper's hedged finding ("appears to be working fine"), stay
// clean.
func TestContradictionIRCTerse(t *testing.T) {
	runFlagCases(t, Contradiction, []flagCase{
		{"that can't be, the updater never touches /home", true},
		{"this can't be.", true},
		{"no, it's working fine here", true},
		{"that can't be done from the settings app", false},
		{"it can't be installed on a 32-bit machine", false},
		{"if that can't be, use the other port", false},
		{"that can't be, can it?", false},
		{"the print spooler appears to be working fine now", false},
		{"the backup job seems to be working fine since the restart", false},
	})
}

// TestJargonIRCManPages: a command or file named with its manual section
// ("adduser(1)") is a term whatever the word; an everyday word before a
// bracketed number is a count or a footnote.
func TestJargonIRCManPages(t *testing.T) {
	runFlagCases(t, Jargon, []flagCase{
		{"useradd(8) does the same in one go", true},
		{"the format is in crontab(5)", true},
		{"we have three kids(3) on the plan", false},
		{"pick option a(1) or b(2)", false},
	})
}

// TestCondescendingIRCReadTheWiki: "read the wiki" that goes on after a
// comma to no pointer is as bare as one ending in a full stop; naming the
// section, or the writer's own reading, stays clean.
func TestCondescendingIRCReadTheWiki(t *testing.T) {
	runFlagCases(t, Condescending, []flagCase{
		{"read the wiki, it's all there", true},
		{"read the manual, everything is in it", true},
		{"check the wiki, section 4 covers the setup", false},
		{"I read the wiki, but it didn't help", false},
		{"see the wiki; the install page has the steps", false},
	})
}

// TestPatternClauseEndInPhrase: a context phrase may end in "$" (its words
// must close a clause: a comma, a sentence mark or the message's end), as
// "^" and "$" alone already do in after/before.
func TestPatternClauseEndInPhrase(t *testing.T) {
	a, err := NewAnalyzer(Options{RulesPath: writeRules(t, "lang.yaml", patternRule([]string{"lime"}, `not_before: ["soda|juice? $"]`))})
	if err != nil {
		t.Fatalf("NewAnalyzer: %v", err)
	}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"lime", false},
		{"a lime soda", false},
		{"a lime soda, please", false},
		{"one lime juice.", false},
		{"a lime soda today", true},
		{"a lime tart", true},
		{"lime soda and mint", true},
	} {
		got := false
		for _, f := range a.Analyze(tc.text, Context{}) {
			got = got || f.Rule == "x.lang"
		}
		if got != tc.want {
			t.Errorf("%q: got match %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestPromiseIRCTryingASuggestion: taking up a suggestion in a chat reply
// ("ok, I'll try that", "will give it a go") is the writer's next step
// while the helper waits; a time or a report back keeps it a promise.
func TestPromiseIRCTryingASuggestion(t *testing.T) {
	runFlagCases(t, Promise, []flagCase{
		{"ok, I'll try that", false},
		{"thanks, will try.", false},
		{"will give it a go first", false},
		{"I'll keep fiddling with it", false},
		{"I'll try that, cheers", false},
		{"I'll try it tonight and report back", true},
		{"I'll try that and let you know", true},
		{"I'll try to have it fixed by Friday", true},
		{"I'll keep digging and update you", true},
	})
}

// TestBlameIRCWhyDontYou: "why don't you…" in the present offers a step;
// "ever" or "even", or the past ("why didn't you"), puts the person on
// trial. A modal before "you let your…" offers too.
func TestBlameIRCWhyDontYou(t *testing.T) {
	runFlagCases(t, Blame, []flagCase{
		{"why don't you let them log in first and then start the remote session?", false},
		{"Why don't you try the other port?", false},
		{"could you let your manager know it works now", false},
		{"why don't you ever read what I send", true},
		{"why didn't you call sooner", true},
		{"you let your kids use the work laptop", true},
	})
}

// TestCondescendingIRCTrivially: "trivially" before a step minimises it as
// "simply" does, also after "you should be"; a bare "trivially, yes" and a
// verdict on a bug stay clean.
func TestCondescendingIRCTrivially(t *testing.T) {
	runFlagCases(t, Condescending, []flagCase{
		{"you should be trivially able to add the accounts with a script", true},
		{"you can trivially script it", true},
		{"you should be simply able to sign in", true},
		{"trivially, yes", false},
		{"it's trivially reproducible on the new release", false},
		{"you'll be able to sign in once it syncs", false},
	})
}

// TestJargonIRCPlurals: the plural of a listed component name is as much a
// term; a plural that is an English word stays clean.
func TestJargonIRCPlurals(t *testing.T) {
	runFlagCases(t, Jargon, []flagCase{
		{"it already supports chroots", true},
		{"both initrds are in /srv/images", true},
		{"the birds ate the grubs in the garden", false},
	})
}

// TestJargonIRCChoiceNotGloss: ", or …?" running straight to the question
// mark offers a choice, not a gloss; a gloss set off by commas still
// explains the term, in a question too.
func TestJargonIRCChoiceNotGloss(t *testing.T) {
	runFlagCases(t, Jargon, []flagCase{
		{"is it on a chroot, or chrootless?", true},
		{"is it DHCP, or a fixed address?", true},
		{"Is the MTU, or packet size, set to 1500?", false},
		{"check the DNS, or domain name system, settings", false},
	})
}

// TestContradictionIRCBareNoWithFact: a one-word "no" that goes on to give
// a number answers a question with a fact.
func TestContradictionIRCBareNoWithFact(t *testing.T) {
	runFlagCases(t, Contradiction, []flagCase{
		{"no, 32 bit", false},
		{"nope, 24.04", false},
		{"wrong.", true},
	})
}

// TestContradictionBareNoIsAnAnswer: without the message it answers, a
// bare "no" is an answer ("is it plugged in?" "no"), while a bare verdict
// on what the person said ("wrong", "nonsense") dismisses it.
func TestContradictionBareNoIsAnAnswer(t *testing.T) {
	runFlagCases(t, Contradiction, []flagCase{
		{"no", false},
		{"Nope.", false},
		{"nah", false},
		{"nonsense", true},
		{"Incorrect.", true},
		{"no, you're wrong", true},
	})
}

// TestFrustrationIRCOathAlone: a chat line that is only an oath at what
// just happened is the writer's exasperation; surprise, relief and a
// shrug stay clean.
func TestFrustrationIRCOathAlone(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"dammit", true},
		{"damn it.", true},
		{"oh crap", true},
		{"damn, that was quick!", false},
		{"damn it works now lol", false},
		{"shit happens", false},
	})
}

// TestJargonIRCGreetings: a greeting in another language, even shouted, is
// chat, not an acronym.
func TestJargonIRCGreetings(t *testing.T) {
	runFlagCases(t, Jargon, []flagCase{
		{"HOLA", false},
		{"ciao all", false},
		{"MOIN, anyone around?", false},
	})
}

// TestCondescendingIRCExampleJust: "i.e." or "e.g." opens a new
// instruction, so "just" after it minimises the step; "just" of time after
// it stays clean.
func TestCondescendingIRCExampleJust(t *testing.T) {
	runFlagCases(t, Condescending, []flagCase{
		{"I.e. just run the wrapper script", true},
		{"eg just restart the service", true},
		{"e.g. I just restarted it", false},
		{"e.g. just now it failed again", false},
	})
}

// TestJargonIRCPrintingService: CUPS, Linux's printing service, in
// capitals or in its printing frame; cups of tea and the World Cups stay
// clean.
func TestJargonIRCPrintingService(t *testing.T) {
	runFlagCases(t, Jargon, []flagCase{
		{"CUPS keeps crashing on the server", true},
		{"open the cups web interface on port 631", true},
		{"is the cups daemon running?", true},
		{"restart cups and print a test page", true},
		{"two cups of tea please", false},
		{"the cups are in the dishwasher", false},
		{"World Cups are fun to watch", false},
	})
}
