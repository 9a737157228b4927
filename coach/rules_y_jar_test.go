package coach

import "testing"

// TestJargonPrecisionShapes (wave 4): shapes of real language the jargon
// detector took for terms. Each guard has a near-miss that must stay clean
// and a positive that must still be flagged. Examples are our own words.
func TestJargonPrecisionShapes(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []struct {
		name, text, want string // want "" means no detector finding
	}{
		// A tweet cuts plain words short; a run of consonants there is
		// not letters to type.
		{"tweet: cut-short word", "@shopdesk the delivery slip says to ask the mfr about it, is that right?", ""},
		{"tweet: short form of a plain word", "@railhelp the bldg lift at the station is out again", ""},
		{"tweet: listed component still a term", "@hostcare restart nginx on the box and it comes back", "nginx"},
		{"not a tweet: consonant code still a term", "Install npm first, then the setup will work.", "npm"},
		// A tweet that is one word in capitals is a shout or a foreign
		// word; inside a sentence an acronym is still judged.
		{"tweet: one word in capitals", "@friend @bigstore CINCO", ""},
		{"tweet: acronym in a sentence still judged", "@bankhelp is the new card reader even PXQ certified?", "PXQ"},
		// Money written short in a tweet is not a variable.
		{"tweet: money shorthand", "@bankhelp it took $amt twice from my card today", ""},
		{"not a tweet: shell variable", "Check that $HOME points at the share before you log in.", "$HOME"},
		{"tweet: shell variable in capitals", "@devhelp the script wipes $TMPDIR on every start", "$TMPDIR"},
		// A word glued to "=" is not a setting.
		{"word glued to an equals sign", "they keep saying please wait =nobody is coming", ""},
		{"setting with a name", "Put retries=5 in the file and save it.", "retries=5"},
		// Chat commands are typed bare; an inflected verb after "/" acts
		// something out.
		{"slash before a past-tense verb", "and then the storm /flooded the whole car park", ""},
		{"chat command still a term", "Type /lusers to see who is on.", "/lusers"},
		// A page to read is named like a link; a file to edit is a term.
		{"readme in code", "I added the missing step to `README.md` just now.", ""},
		{"guide under a docs folder", "See docs/setup.md and docs/faq.md for the steps.", ""},
		{"page beside another page", "The notes.md/notes.html pair now say the same thing.", ""},
		{"configuration file still a term", "I changed a line in smb.conf for you.", "smb.conf"},
		// A name at a sentence's start that does things is a product
		// talked about; the same name inside a step is a term.
		{"name that helps", "Most labs buy thin boxes. QRX helps you run one install for all of them.", ""},
		{"name with a modal after a handle", "@reader ZBK would be the right place to ask about that title", ""},
		{"name that supports, in a clause", "fine, but keep in mind that qrxd mostly supports the big distros", ""},
		{"name inside a step still a term", "Check the QRX lease on the desk phone and read me the number.", "QRX"},
		{"component at a sentence's start still a term", "Systemd restarted it twice overnight.", "Systemd"},
		{"served page under a system folder", "Replace /var/www/html/index.html with the new one.", "/var/www/html/index.html"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantOneTerm(t, tt.text, unknownTermsIn(a, tt.text, Context{}), tt.want)
		})
	}
}
