package coach

import "testing"

// Wave 7, jargon on consumer and chat text: shapes of the building blocks,
// written here in our own words. A digit-led size is a quantity and a dash
// glued to "to" before a time is a range; a document or a key press in
// backticks is what anyone reads; a hidden folder or file named by the
// noun after it, and a dotted name called with brackets, are terms.

// TestJG7QuantitiesAndRanges: a size written with its unit and a range's
// "to" glued to the dash are not acronyms or switches.
func TestJG7QuantitiesAndRanges(t *testing.T) {
	runTermCases(t, []termCase{
		{"size after a sign", "After a day the app was using >2GB of memory.", ""},
		{"size glued to a bracket", "It grew to (4TB) before the disk filled.", ""},
		{"acronym still a term", "After a day the QXV cache was full.", "QXV"},
		{"range to a time", "The desk is staffed 8:00 a.m. -to 6:00 p.m. on weekdays.", ""},
		{"range through a day", "Open Mon -thru Fri only.", ""},
		{"one-letter switch still a term", "Run df -h and read the last line.", "df -h"},
	})
}

// TestJG7CodeSpans: inline code holding a document's name or a key press is
// read as plain text; a rare name, or a word in backticks (a command as
// often as emphasis), is still a term.
func TestJG7CodeSpans(t *testing.T) {
	runTermCases(t, []termCase{
		{"document name", "Could you attach the `notes.txt` from your desktop?", ""},
		{"key press", "Sometimes `Ctrl-V` and `Cmd+P` do nothing at all.", ""},
		{"rare name still a term", "Could you attach the `qrxbtool.py` from your desktop?", "`qrxbtool.py`"},
		{"everyday word still read as code", "Use `free` to see the memory.", "`free`"},
		{"key name without a key", "Press the `ctrl-` key twice.", "`ctrl-`"},
	})
}

// TestJG7HiddenFoldersAndCalls: a hidden folder written without "~/", a
// hidden name before "folder" or "file(s)", and a dotted name called with
// brackets are terms; a file type before "files" is not.
func TestJG7HiddenFoldersAndCalls(t *testing.T) {
	runTermCases(t, []termCase{
		{"hidden folder path", "The crash report sits in .qrxbapp/reports on your disk.", ".qrxbapp/reports"},
		{"hidden folder by its noun", "Delete the .thumbcache folder and open it again.", ".thumbcache"},
		{"hidden file by its noun", "Keep the .syncmarker files where they are.", ".syncmarker"},
		{"media type stays clean", "I only have .flac files on that card.", ""},
		{"document type stays clean", "I only have .pages files on that card.", ""},
		{"ellipsis stays clean", "It worked... then it stopped.", ""},
		{"call on a dotted name", "Then print the result of os.path.getsize() here.", "os.path.getsize("},
		{"two-part call", "What does reader.open() return for you?", "reader.open("},
		{"words joined by a dot", "It works now.thanks a lot", ""},
	})
}

// TestJG7MountedAndExecutable: storage told how it is mounted, and a
// program file's permission to run, are terms; a screen mounted on a wall,
// or "executable" as plain English, is not.
func TestJG7MountedAndExecutable(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The stick can be mounted and read, but nothing can be written to it.", true},
		{"Your share will be mounted as a folder on the desktop.", true},
		{"The second disk is mounted read-only after the crash.", true},
		{"Set the executable bit on the script and try again.", true},
		{"Make the file executable, then double-click it.", true},
		{"The screen can be mounted on the wall with the bracket.", false},
		{"The shelf was mounted again after the move.", false},
		{"We made an executable plan for the office move.", false},
	} {
		if got := ruleFound(a, tc.text, "jargon.devices-and-accounts"); got != tc.want {
			t.Errorf("%q: devices-and-accounts %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestJG7GlossaryPlurals: a glossary noun counts in the plural too; the
// chipset is a term.
func TestJG7GlossaryPlurals(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Bugs like this are common in kernels of every system.", true},
		{"Compare the checksums of both copies before you open them.", true},
		{"Which chipset does the card use?", true},
		{"Check the seeds and the husk before you plant them.", false},
	} {
		got := false
		for _, c := range categoriesOf(a, tc.text, Context{}) {
			if c == Jargon {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%q: jargon %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestJG7ProgrammingWords: words of developer chat in the forms only code
// has are terms; the same words in their everyday sense are not.
func TestJG7ProgrammingWords(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The table is worked out at compile time, so it costs nothing later.", true},
		{"Pull the submodules before you build the app.", true},
		{"Can I change what it holds if I pass in a pointer?", true},
		{"You could monkey patch the class, but I wouldn't.", true},
		{"Store both sizes as data members of the list.", true},
		{"Move the mouse pointer to the top corner of the screen.", false},
		{"The estate went to his sister as an inheritance.", false},
		{"Thanks for the pointer, I found the form.", false},
		{"It takes some time to compile the report every Friday.", false},
	} {
		got := false
		for _, c := range categoriesOf(a, tc.text, Context{}) {
			if c == Jargon {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%q: jargon %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestJG7MoneyAcronyms: a payment's, a bill's or a benefit's acronym is
// what the customer reads on their statement; a line or a box of the
// network is still a term.
func TestJG7MoneyAcronyms(t *testing.T) {
	runTermCases(t, []termCase{
		{"bank transfer code", "@bank please send the IBAN and the NEFT reference again", ""},
		{"mobile money", "@telco the MPESA payment left my account twice", ""},
		{"benefit plan", "Is the PPO plan or the FSA cheaper for me?", ""},
		{"network box still a term", "Is the light on the ONT green or red?", "ONT"},
	})
}
