package coach

import "testing"

// Wave 5, helper "irc": shapes of IRC-channel and beginner-forum answers
// about Linux and open-source tools. Every case is our own sentence on the
// shape, beside the same words used harmlessly.

// TestJargonZ5IRCGlossaryShapes: mounting and partitions as forum answers
// name them.
func TestJargonZ5IRCGlossaryShapes(t *testing.T) {
	runFlagCases(t, Jargon, []flagCase{
		// Mounting: a few words may stand between the verb and the share,
		// and the thing is often said to be mounted.
		{"Then mount the two group shares on every desk.", true},
		{"Where should the teachers' home folders be mounted?", true},
		{"Mount the backup volume before the copy starts.", true},
		{"The projector is mounted on the ceiling in room 4.", false},
		{"We mounted the new whiteboard on the wall yesterday.", false},
		{"Mount the camera to the tripod before you start.", false},
		// A partition given a size is a disk's.
		{"Only 12 GB of that partition is left free.", true},
		{"Give the new partition about 40 gigs.", true},
		{"The partition wall in the office is 3 m high.", false},
		{"The partition of the estate took two years.", false},
		// Software named by its kind of packaging, and apt as the way it
		// comes.
		{"Remove the snap packages and use the ones from the archive.", true},
		{"Get it through apt rather than the website.", true},
		{"That's an apt name for the new printer.", false},
		{"Your parcel is a large package, so it goes by van.", false},
	})
}

// TestJargonZ5IRCPackageHalves: a package built on a listed component and
// the part of it the package holds ("grub-efi") is a term; a describing
// suffix ("vim-like") is not a package.
func TestJargonZ5IRCPackageHalves(t *testing.T) {
	runTermCases(t, []termCase{
		{"component and its half", "That box still has grub-pc from the old install.", "grub-pc"},
		{"component and its firmware", "Check whether grub-efi is there.", "grub-efi"},
		{"describing suffix", "We want a vim-like editor for the kiosk.", ""},
	})
}

// TestJargonZ5IRCReleaseNames: a name the message gives a release number is
// a product's or a project's name, not a term, everywhere in the message.
func TestJargonZ5IRCReleaseNames(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []struct {
		name, text, want string // want "" means no detector finding
	}{
		{"release glued on", "We keep QRXB on the lab machines and QRXB7 on the new ones.", ""},
		{"release glued on, lower case", "we tried qrxb12 today and the qrxb server boots fine", ""},
		{"release given apart", "After moving to QRXB 19 the QRXB setup was simpler.", ""},
		{"unnumbered acronym still a term", "Check the QRXB lease before you restart it.", "QRXB"},
		{"three letters and a digit still a term", "Turn on PXQ2 on the access point.", "PXQ2"},
		{"listed standard with its version still a term", "The page is served over HTTP2 only.", "HTTP2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantOneTerm(t, tt.text, unknownTermsIn(a, tt.text, Context{}), tt.want)
		})
	}
}

// TestJargonZ5IRCSharedLibrary: a shared library file ("lib….so") is a term;
// ".so" after an everyday word is a missing space.
func TestJargonZ5IRCSharedLibrary(t *testing.T) {
	runTermCases(t, []termCase{
		{"library file", "The build stops because libqrx.so is missing.", "libqrx.so"},
		{"library file with its version", "Copy libqrx.so.2 next to the program.", "libqrx.so.2"},
		{"missing space after a word", "I went to the library.so it was closed.", ""},
	})
}

// TestCondescendingZ5IRCCantYouJust: "can't you just …?" calls the step
// trivial whatever the step; the writer's own limits and a request to be
// told or sent something are not that.
func TestCondescendingZ5IRCCantYouJust(t *testing.T) {
	runFlagCases(t, Condescending, []flagCase{
		{"Can't you just checksum both files?", true},
		{"Couldn't you simply copy the folder across?", true},
		{"Could you not just rename the old one?", true},
		{"I can't just leave the lab like that overnight.", false},
		{"Can't you just send me the log file?", false},
		{"If we can't simply restart it, we'll call the vendor.", false},
	})
}

// TestJargonZ5IRCQuotedComponent: an error message pasted in quotes names
// the part that failed; scare quotes around everyday words do not.
func TestJargonZ5IRCQuotedComponent(t *testing.T) {
	runFlagCases(t, Jargon, []flagCase{
		{`The laptop stops at "initramfs unpacking failed" every morning.`, true},
		{`It only shows "GRUB rescue" and a blinking line.`, true},
		{`We used the "usual" sign-in page for the event.`, false},
		{`She wrote "the grubby lab coats are in the bin" on the board.`, false},
	})
}

// TestCondescendingZ5IRCOwnCaveat: "as I said" pointing back at the
// writer's own doubt repeats a caveat; pointing back at a step still
// talks down. A concession ("of course it would be nicer, but…") is not
// talk-down either.
func TestCondescendingZ5IRCOwnCaveat(t *testing.T) {
	runFlagCases(t, Condescending, []flagCase{
		{"Like I said, I haven't tried it on the old laptops.", false},
		{"As I said before, I'm not sure the scanner supports it.", false},
		{"As mentioned earlier, I don't know who owns that mailbox.", false},
		{"As I said before, you need to sign out first.", true},
		{"Like I said, restart it and try again.", true},
		{"Of course it would be nicer in one place, but two pages work for now.", false},
		{"Of course there's no guarantee the vendor answers today.", false},
		{"Of course it won't print without the driver.", true},
	})
}

// TestContradictionZ5IRCCleft: "it's the spec that's wrong" names the
// faulty thing; a bare "That's wrong." still shuts the person down.
func TestContradictionZ5IRCCleft(t *testing.T) {
	runFlagCases(t, Contradiction, []flagCase{
		{"If every client does it this way, it's the standard that's wrong.", false},
		{"It's the clock on the server that's incorrect, not your watch.", false},
		{"No, that's wrong.", true},
	})
}

// TestBlameZ5IRCRelative: "a permission that you shouldn't have" is a thing
// the person should not hold; "you shouldn't have." still lectures.
func TestBlameZ5IRCRelative(t *testing.T) {
	runFlagCases(t, Blame, []flagCase{
		{"The old token gives you a permission that you shouldn't have, so we revoke it.", false},
		{"Well, you shouldn't have.", true},
	})
}

// TestBlameZ5IRCWhatAreYouDoing: "What are you doing?" on its own is a
// reprimand; asking what happens when it fails, or about plans, is not.
func TestBlameZ5IRCWhatAreYouDoing(t *testing.T) {
	runFlagCases(t, Blame, []flagCase{
		{"What are you doing? Why is the whole config gone?", true},
		{"Wait, what are you even doing?", true},
		{"What are you doing when the scanner freezes?", false},
		{"What are you doing for lunch today?", false},
		{"OK, what are you doing now, the second step?", false},
	})
}

// TestJargonZ5IRCArchAndBoot: processor architectures as download and
// package answers name them, and the boot manager, are terms.
func TestJargonZ5IRCArchAndBoot(t *testing.T) {
	runFlagCases(t, Jargon, []flagCase{
		{"Grab the amd64 image, not the other one.", true},
		{"Does the printer app run on arm64 machines?", true},
		{"The boot manager is on the second disk.", true},
		{"The office manager will book the room.", false},
		{"She manages the boot room at the ski school.", false},
	})
}

// TestJargonZ5IRCCommandOutput: a command line in backticks that the
// sentence says what it should print is handed over to run; a file named
// in backticks is still a term.
func TestJargonZ5IRCCommandOutput(t *testing.T) {
	runTermCases(t, []termCase{
		{"command line to run and read", "`lpq -a | wc -l` should show 0 when the queue is empty.", ""},
		{"file named in backticks", "`printers.conf` should show the new queue.", "`printers.conf`"},
		{"command line named, not handed over", "The `lpstat -p` output lists the queues.", "`lpstat -p`"},
	})
}

// TestContradictionZ5IRCCapability: "nah, X can't be used" answers what
// the software can do; "nah, that can't be right" still denies.
func TestContradictionZ5IRCCapability(t *testing.T) {
	runFlagCases(t, Contradiction, []flagCase{
		{"Nah, the old plugin can't be used with the new version.", false},
		{"Nope, macros can't be nested in that editor.", false},
		{"Nah, that can't be right.", true},
		{"Nope, it didn't crash.", true},
	})
}

// TestJargonZ5IRCAttacks: attacks named in security answers are terms; a
// denial of a claim is not.
func TestJargonZ5IRCAttacks(t *testing.T) {
	runFlagCases(t, Jargon, []flagCase{
		{"The firewall stops your PC being used in a denial of service attack.", true},
		{"The school site went down after a DDoS last night.", true},
		{"His denial of the story surprised everyone.", false},
	})
}

// TestCondescendingZ5IRCNotWindows: "remember, this is not Windows" calls
// the person's habits the problem; a version or a scope is a fact.
func TestCondescendingZ5IRCNotWindows(t *testing.T) {
	runFlagCases(t, Condescending, []flagCase{
		{"Keep in mind Linux is NOT Windows, so there's no antivirus to install.", true},
		{"Linux is not Windows; the settings live somewhere else.", true},
		{"This is not Windows 10, the lab has 11 now.", false},
		{"The bug is not Windows-specific, Macs have it too.", false},
		{"It's not Windows that's the problem, it's the driver.", false},
	})
}

// TestBlameZ5IRCTypoPointed: pointing at a typo in a command ("you forgot
// the 1") gives the fix; forgetting the task itself is still a verdict.
func TestBlameZ5IRCTypoPointed(t *testing.T) {
	runFlagCases(t, Blame, []flagCase{
		{"You forgot the closing quote after the folder name.", false},
		{"You missed a semicolon at the end of line 4.", false},
		{"You forgot the 2 in the printer name.", false},
		{"You forgot the password again, didn't you.", true},
		{"You forgot to save it.", true},
	})
}
