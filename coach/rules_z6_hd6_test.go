package coach

import (
	"slices"
	"testing"
)

// Wave 6, help given to non-experts (forum answers to beginners and
// questions on a mail client's community forum): the shapes of jargon those
// answers use, and the harmless look-alikes the detector took for terms.
// Our own sentences, not the real ones.

func init() {
	// Drives told they are mounted, the file system by its one-word name,
	// software sources called "repos", and partitions named by their
	// system or by what is done to them.
	addRuleCases("jargon.devices-and-accounts",
		[]string{
			"Both disks were mounted on the desktop before the upgrade.",
			"After a restart the drives are no longer mounted.",
			"The shared filesystem on that laptop is nearly full.",
			"The photo tool is in the repos, so the software centre has it.",
			"Add the team's repo and then refresh the list.",
			"Put the new system on its own partition first.",
			"Shrink the partition in the disk tool before you start.",
		},
		[]string{
			"The projector is mounted on the ceiling of room 4.",
			"The bank sent my car to the repo lot last spring.",
			"The office partition between the two desks came loose.",
			"Drive carefully, the car park is icy this morning.",
		})
	// Mail-client answers: two-step sign-in by its digits, a mail's hidden
	// routing lines, and mail kept one file per folder.
	addRuleCases("jargon.systems",
		[]string{
			"Switch on 2FA before you add the phone.",
			"Forward us the full headers of the bounced reply.",
			"Import the old mbox files into the new profile.",
		},
		[]string{
			"The page header still shows last year's logo.",
			"Put the date in the header of the letter.",
		})
	// "Easy to reproduce" rates a fault, not a step for the reader.
	addRuleCases("condescending.is-easy",
		[]string{"Resetting the password is easy."},
		[]string{"The crash is very simple to reproduce: open two windows at once."})
	// A whole platform coping with what the person wants is no verdict
	// on their report (contradiction.yaml, a guard named in the report).
	addRuleCases("contradiction.not-a-bug",
		[]string{"It's not a problem with our app, it's on your side."},
		[]string{"Two screens at once are not a problem in Linux; plug the second one in."})
	// "Is there a way to just …": the asker's wish, not a step waved off.
	addRuleCases("condescending.just",
		[]string{"Just drag the file onto the window."},
		[]string{"Is there a way to just drag the whole folder across?"})
}

// TestJargonHelpForumShapes: pasted error output, server names, makers'
// product lines and typos, read as forum answers write them.
func TestJargonHelpForumShapes(t *testing.T) {
	runTermCases(t, []termCase{
		// GNU-style quotes in pasted errors: `name' opens no code span.
		{"gnu quotes around plain names", "it said: cannot open `holiday': no such file, and `notes': missing", ""},
		{"gnu quote around a path still a term", "it said: cannot stat `/etc/fstab': denied, and `notes': missing", "`/etc/fstab': denied, and `"},
		{"inline code still a term", "The `lsblk` output shows two disks.", "`lsblk`"},
		// A mail or web server's name whose country ending is also a
		// file ending (".pl", ".sh") is an address.
		{"mail server with a country ending", "Set the incoming server to imap.example.pl and save.", ""},
		{"web server with a country ending", "The page moved to www.example.sh last week.", ""},
		{"script file still a term", "Open backup.pl in the editor and change the date.", "backup.pl"},
		// A placeholder for the reader's own value reads as plain words;
		// a setting's name is still a term.
		{"placeholder to fill in", "Type your own folder where it says name_of_folder.", ""},
		{"placeholder that speaks to the reader", "Replace your_login with the name on your badge.", ""},
		{"setting name still a term", "Raise max_retries to five and save.", "max_retries"},
		// A program's data file is named like one.
		{"program data file", "Remove the state.dat file and open the app again.", "state.dat"},
		{"document stays clean", "Open the invoice.pdf I sent and check the date.", ""},
		// A maker's name before its product line and model number.
		{"maker before product line and model", "My card is an XQT Zorvexa 4410 from an old desktop.", ""},
		{"unknown acronym still a term", "Check the XQT settings before you restart.", "XQT"},
		// A doubled letter in the wrong place is a typo, not a term.
		{"misplaced double letter", "Start the install procces again from the stick.", ""},
		{"rare word in a frame still a term", "Start the zorvexa daemon again from the menu.", "zorvexa"},
	})
}

// TestJargonMenuLabel: a glossary term written as a step of a menu path is
// what the reader sees on screen; the same term in a sentence is a term.
func TestJargonMenuLabel(t *testing.T) {
	wantJargon(t, []jargonCase{
		{"Open System > Administration > Hardware Drivers and pick the first one.", false},
		{"Go to Settings>Network>Proxy Server and untick it.", false},
		{"Your hardware drivers are out of date, so update the drivers first.", true},
		{"The proxy server is refusing the connection.", true},
	})
}

// TestJargonFYIPlace: "FYI" opening a message marks a note to colleagues,
// where terms are shared; a reply's "just fyi" further on tells its reader.
func TestJargonFYIPlace(t *testing.T) {
	wantJargon(t, []jargonCase{
		{"FYI the QRXB link on floor 2 is flapping again.", false},
		{"fyi: the QRXB link on floor 2 is flapping again.", false},
		{"Thanks for waiting. So just fyi, the QRXB link on your floor may drop tonight.", true},
	})
}

// TestNearCommonDoubled: a letter doubled in the wrong place is one slip.
func TestNearCommonDoubled(t *testing.T) {
	lx := lexicon()
	var buf []byte
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"procces", true},
		{"proffesional", true},
		{"zorvexxa", false},
	} {
		if got := lx.nearCommon(tc.w, &buf); got != tc.want {
			t.Errorf("nearCommon(%q): got %v, want %v", tc.w, got, tc.want)
		}
	}
}

// jargonCase is a message and whether it must get a jargon finding.
type jargonCase struct {
	text string
	want bool
}

// wantJargon checks, for each case, whether the message gets a jargon
// finding of any rule.
func wantJargon(t *testing.T, tests []jargonCase) {
	t.Helper()
	a := newTestAnalyzer(t)
	for _, tc := range tests {
		got := slices.Contains(categoriesOf(a, tc.text, Context{}), Jargon)
		if got != tc.want {
			t.Errorf("%q: jargon %v, want %v", tc.text, got, tc.want)
		}
	}
}
