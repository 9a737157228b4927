package coach

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// unknownTermsIn returns the matches of the jargon detector's findings.
func unknownTermsIn(a *Analyzer, text string, c Context) []string {
	var out []string
	for _, f := range a.Analyze(text, c) {
		if f.Rule == "jargon.unknown-term" {
			out = append(out, f.Match)
		}
	}
	return out
}

// TestJargonDetector: terms no glossary holds are found by their shape or
// rarity; everyday words, brands, names and typos are not.
func TestJargonDetector(t *testing.T) {
	runTermCases(t, []termCase{
		// technical in shape
		{"unix path", "Edit /etc/fstab and add the new share at the bottom.", "/etc/fstab"},
		{"home path", "Your settings live in ~/.config/teams, delete that folder.", "~/.config/teams"},
		{"windows system path", `Copy the driver into C:\Windows\System32\drivers and reboot.`, `C:\Windows\System32\drivers`},
		{"registry key", `Set the value under HKLM\Software\Contoso\Agent to 1.`, `HKLM\Software\Contoso\Agent`},
		{"long flag", "Try the installer again with --skip-checks this time.", "--skip-checks"},
		{"short flag", "Add -rf to the end and it will go through.", "-rf"},
		{"dll file", "The crash comes from winsock.dll, so I'm replacing it.", "winsock.dll"},
		{"config file", "I changed a line in smb.conf for you.", "smb.conf"},
		{"snake_case", "Set max_retries to 5 and the upload should finish.", "max_retries"},
		{"camelCase", "The portal calls getUserToken before your page loads.", "getUserToken"},
		{"version in a name", "The gateway runs nginx-1.24 now, the same as last month.", "nginx-1.24"},
		{"unknown acronym", "Your DSLAM port was reset overnight, it should be stable now.", "DSLAM"},
		{"plural acronym", "Both LTSCs were patched last night.", "LTSCs"},
		{"consonant code", "Install npm first, then the setup will work.", "npm"},
		{"rare word after a command verb", "Run dmesg and send me the last ten lines.", "dmesg"},
		{"rare word before a technical noun", "The avahi daemon was using all the memory.", "avahi"},
		{"Linux component anywhere", "Systemd restarted it twice overnight.", "Systemd"},
		{"Linux component in capitals", "Your GRUB menu should show two entries now.", "GRUB"},
		{"hyphenated command", "I ran apt-get for you, it's all current.", "apt-get"},
		{"Ubuntu tool with no frame", "nick: gparted from the live session can shrink it", "gparted"},
		{"desktop internals", "beryl crashed again, switch back to metacity", "metacity"},
		{"developer tool", "The segfault goes away once webpack is on the new major.", "webpack"},
		{"file system by its shape", "is that disk formatted as reiserfs?", "reiserfs"},
		{"control tool by its shape", "The pods restart when kubectl applies the old manifest.", "kubectl"},
		{"listed file whose ending is a word", "comment out the cdrom line in sources.list", "sources.list"},
		{"boot menu file", "add the option to menu.lst and reboot", "menu.lst"},
		{"C source file", "the crash is in main.c, around the parser", "main.c"},
		{"new clause after a comma is no gloss", "try alsamixer, the master channel is probably muted", "alsamixer"},
		{"inline code", "Your note was about the script `build.py`, not the page.", "`build.py`"},
		{"command in inline code", "The count was off because of `$(date +%s)` in the loop.", "`$(date +%s)`"},
		{"C directive after a hash", "wrap the windows part in an #ifdef", "ifdef"},
		{"boot option", "add nomodeset to the boot line and try again", "nomodeset"},
		{"listed abbreviation SCOWL holds as a word", "Merging once CI is green.", "CI"},
		{"chat client command", "type /join and then the channel's name", "/join"},
		// everyday words, brands and names stay clean
		{"sarcasm tag", "oh great, another outage /s", ""},
		{"release label and chat shorthand", "hth, the 22.04 LTS is the one to use, bbl", ""},
		{"hashtag of a component's name", "loving the new release #ubuntu #systemd", ""},
		{"a number formatted as code", "Type `0` in the box and press Save.", ""},
		{"code handed over to type", "Please run `npm ci` and send me what it prints.", ""},
		{"fenced block to paste", "```\nGet-Printer | Select Name\n```\nsend me what that shows", ""},
		{"error code formatted as code", "It stopped with `0x80070643` again, I'm retrying now.", ""},
		{"consumer app in lower case", "zed: open the Software app and search for vlc", ""},
		{"product line in capitals", "anyone know if the new Dell XPS works with ubuntu?", ""},
		{"consumer words", "Your Wi-Fi router needs a restart; unplug it for ten seconds and the app will reconnect.", ""},
		{"everyday acronyms", "I've sent the PDF to your email, and the CEO's TV is fixed ASAP.", ""},
		{"brands", "The Netflix app on your Xbox needs an update before it plays again.", ""},
		{"brand in capitals", "Your new LENOVO laptop is ready at the desk.", ""},
		{"lower-case brand", "Is your iphone on the latest ios yet?", ""},
		{"document path", `Open C:\Users\sam\Documents\budget.xlsx and save a copy.`, ""},
		{"email and domain", "Write to help@example.com or visit example.com for the form.", ""},
		{"ticket number", "INC0012345 is closed now, thanks for your patience.", ""},
		{"initials signing off", "Glad it works again, have a good weekend. -JT", ""},
		{"stretched words and laughs", "heyyy, sooo sorry about that hahaha", ""},
		{"typo", "I recieved your note, the printer is working.", ""},
		{"missing apostrophe with a typo", "it woudlnt print yesterday but it's fine today", ""},
		{"compound of common words", "The smartboard and the timesheet portal are back online.", ""},
		{"prefixed common word", "You can redownload the file from the portal.", ""},
		{"name addressed", "jordan: your badge works again.", ""},
		{"name addressed after a greeting", "hi there, zorbly42x: your badge works again.", ""},
		{"camel-case name addressed after a greeting", "Hey, kimOnLaptop, your badge works again.", ""},
		{"rare word outside a technical frame", "You can pick it up at the zorbly counter downstairs.", ""},
		{"shouting", "PLEASE CALL ME BACK TODAY", ""},
		{"homonym of a component", "There are clean cups in the kitchen and the samba class is at six.", ""},
		{"text-speak without vowels", "hmmm ok, lmk tmrw if the pkg came, thx xx", ""},
		{"two-letter shorthand", "my gf says the hw on her laptop is fine", ""},
		{"consonant code still counts", "Install pgp first, then open the key file.", "pgp"},
		{"emoticon", "well, it works on my laptop ¯\\_(ツ)_/¯", ""},
		{"italics", "Don't forget to _save_ before you close it.", ""},
		{"models with a slash", "It happens on both the PS4/PS5 and the iPhone7/8.", ""},
		{"known product with a version", "Is this since iOS11.2 or earlier?", ""},
		{"missing space after a full stop", "It printed fine.so I left it there, the customer.service desk agreed.", ""},
		{"lower-case initials signing off", "All sorted, enjoy the rest of your day -jt", ""},
		{"a name with a year or number", "Since the covid-19 lockdown the wi-fi on floor 2 is busier.", ""},
		{"words with digits", "Your mp3s and the win10 laptop are both fine, and the b2b portal too.", ""},
		{"hyphenated words", "The sign-up form and the office-or-home question are on the intranet.", ""},
		{"deep relative path", "The log is in app/logs/today, attach it please.", "app/logs/today"},
		// explained terms
		{"explained after a comma", "Run dmesg, which is a list of what the computer logged while starting.", ""},
		{"explained after a colon", "The DSLAM: the box at the exchange your line plugs into, was reset.", ""},
		{"explained at a later use", "Check the DSLAM light. The DSLAM (the box at the exchange your line plugs into) restarts at night.", ""},
		{"repeated, flagged once", "Run dmesg now and run dmesg again after the restart.", "dmesg"},
		{"explained with 'just means'", "A red DSLAM just means the box at the exchange has lost power.", ""},
		{"explained with ', it means'", "If it says DSLAM, it means the box at the exchange your line plugs into.", ""},
		{"explained in brackets", "Your DSLAM (the box at the exchange your line plugs into) was reset.", ""},
	})
}

// TestJargonAdviceWithoutGloss: a detected term has no gloss on file, so the
// finding asks for a plain explanation and the rule rewrite invents none.
func TestJargonAdviceWithoutGloss(t *testing.T) {
	a := newTestAnalyzer(t)
	text := "Run dmesg and send me the last ten lines."
	res := a.Check(text, Context{})
	var found *Finding
	for i := range res.Findings {
		if res.Findings[i].Rule == "jargon.unknown-term" {
			found = &res.Findings[i]
		}
	}
	if found == nil {
		t.Fatalf("no jargon.unknown-term finding in %q: %+v", text, res.Findings)
	}
	if found.Category != Jargon || found.Match != "dmesg" || text[found.Start:found.End] != "dmesg" {
		t.Errorf("finding %+v, want category jargon on \"dmesg\"", *found)
	}
	if !strings.Contains(found.Suggestion, "dmesg") || !strings.Contains(found.Suggestion, "plain words") {
		t.Errorf("suggestion %q, want advice to explain dmesg in plain words", found.Suggestion)
	}
	if !strings.Contains(found.Message, `"dmesg"`) || strings.Contains(found.Message, "{term}") {
		t.Errorf("message %q, want it to name the term", found.Message)
	}
	if found.Source == "" {
		t.Errorf("finding has no source article")
	}
	if res.Rewrite != text {
		t.Errorf("rewrite %q, want the text unchanged (no gloss on file)", res.Rewrite)
	}
}

// TestJargonRolesAndColleagues: a known requester's terms and a request to
// a colleague stay quiet; the same words judged alone are jargon.
func TestJargonRolesAndColleagues(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []struct {
		name string
		text string
		c    Context
		want bool
	}{
		// LABELING.md: `check` knows no roles, so a requester-sounding
		// message is jargon when its reader would need the term explained:
		// a glossary term, a command, a path. An unknown acronym in the
		// writer's own report is most often their product's name.
		{"requester report judged alone", "my DSLAM light keeps blinking red, is that expected?", Context{}, false},
		{"channel name in a customer's report", "@cablecare my NBCSN channel keeps freezing, any fix?", Context{}, false},
		{"requester report with a command judged alone", "my wifi only comes back after i run modprobe, anyone else?", Context{}, true},
		{"requester report in everyday words", "my laptop won't wake up from sleep since the update, anyone else?", Context{}, false},
		{"known requester, detected term", "my DSLAM light keeps blinking red, is that expected?", Context{Role: RoleRequester}, false},
		{"glossary term in a requester report judged alone", "the SSO page keeps looping for me, any known issue?", Context{}, true},
		{"known requester", "the SSO page keeps looping for me, any known issue?", Context{Role: RoleRequester}, false},
		{"staff writing as a requester", "the SSO page keeps looping for me, any known issue?", Context{Role: RoleStaff}, false},
		{"staff venting to colleagues", "honestly this is ridiculous, the MDM console logged me out again", Context{Role: RoleStaff}, false},
		{"the same venting judged alone", "honestly this is ridiculous, the MDM console logged me out again", Context{}, true},
		{"staff telling a user", "Your SSO session expired, so sign in again and it will work.", Context{Role: RoleStaff}, true},
		{"known requester, unknown term", "Run dmesg and send me the last ten lines.", Context{Role: RoleRequester}, false},
		{"staff to a user", "Run dmesg and send me the last ten lines.", Context{Role: RoleStaff}, true},
		{"request to a colleague", "<@U04NET> can you check the DSLAM port on floor 2?", Context{Role: RoleStaff}, false},
		{"colleague asked about the reader's things", "<@U04NET> your DSLAM port was reset, can you check it now?", Context{Role: RoleStaff}, true},
		{"change note", "Change note: moved max_retries to 5 on the upload service.", Context{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := false
			for _, f := range a.Analyze(tt.text, tt.c) {
				got = got || f.Category == Jargon
			}
			if got != tt.want {
				t.Errorf("%q (role %d): got jargon %v, want %v", tt.text, tt.c.Role, got, tt.want)
			}
		})
	}
}

// TestJargonLinkIsNotAGloss: a colon followed by a link explains nothing.
func TestJargonLinkIsNotAGloss(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, text := range []string{
		"Please clear your cache: https://example.com/help",
		"Please clear your cache (https://example.com/help) and try again.",
	} {
		if got := categoriesOf(a, text, Context{}); len(got) != 1 || got[0] != Jargon {
			t.Errorf("%q: got %v, want [jargon]", text, got)
		}
	}
	if got := categoriesOf(a, "Please clear your cache: the saved copies of pages, in Settings.", Context{}); len(got) != 0 {
		t.Errorf("explained cache: got %v, want no findings", got)
	}
}

// TestJargonFindingsCapped: a list of terms gets at most three nudges.
func TestJargonFindingsCapped(t *testing.T) {
	a := newTestAnalyzer(t)
	text := "Check /etc/fstab, smb.conf, winsock.dll, max_retries and --skip-checks."
	if got := unknownTermsIn(a, text, Context{}); len(got) != maxUnknownTerms {
		t.Errorf("got %d unknown-term findings %q, want %d", len(got), got, maxUnknownTerms)
	}
}

// TestJargonDetectorDisabled: a user rule file can turn the detector off
// by id, leaving the glossary on.
func TestJargonDetectorDisabled(t *testing.T) {
	path := filepath.Join(t.TempDir(), "team.yaml")
	if err := os.WriteFile(path, []byte("disable: [jargon.unknown-term]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	a, err := NewAnalyzer(Options{RulesPath: path})
	if err != nil {
		t.Fatalf("NewAnalyzer: %v", err)
	}
	if got := unknownTermsIn(a, "Run dmesg and send me the last ten lines.", Context{}); len(got) != 0 {
		t.Errorf("got %q, want no detector findings when disabled", got)
	}
	if got := categoriesOf(a, "Your DNS settings were wrong.", Context{}); len(got) != 1 || got[0] != Jargon {
		t.Errorf("glossary: got %v, want [jargon]", got)
	}
}

// TestJargonLexicon checks the embedded word lists: common words are known,
// technical coinages are not, and typos sit one edit from a common word.
func TestJargonLexicon(t *testing.T) {
	lx := lexicon()
	if n := len(lx.common); n < 80000 {
		t.Fatalf("SCOWL list has %d words, want the size-60 list (80,000+)", n)
	}
	for _, w := range []string{"printer", "colour", "color", "laptop", "reboot", "don't"} {
		if !lx.known(w) {
			t.Errorf("%q: got unknown, want known", w)
		}
	}
	for _, w := range []string{"dmesg", "fstab", "nslookup", "dslam"} {
		if lx.known(w) {
			t.Errorf("%q: got known, want rare", w)
		}
	}
	var buf []byte
	for _, tt := range []struct {
		w    string
		want bool
	}{{"recieve", true}, {"printr", true}, {"pritner", true}, {"dmesg", false}, {"nslookup", false}} {
		if got := lx.nearCommon(tt.w, &buf); got != tt.want {
			t.Errorf("nearCommon(%q): got %v, want %v", tt.w, got, tt.want)
		}
	}
}

// TestJargonHugeInput: a megabyte of terms, one enormous word and one
// enormous path are judged without blowing up, and still give at most
// three nudges.
func TestJargonHugeInput(t *testing.T) {
	a := newTestAnalyzer(t)
	for name, text := range map[string]string{
		"repeated terms": strings.Repeat("run zqxdmesg on /etc/zq.conf with --zq-flag ", 1<<20/44),
		"enormous word":  "run " + strings.Repeat("zqx", 1<<18) + " now",
		"enormous path":  "open /" + strings.Repeat("zq/", 1<<18),
	} {
		t.Run(name, func(t *testing.T) {
			if got := unknownTermsIn(a, text, Context{}); len(got) > maxUnknownTerms {
				t.Errorf("got %d unknown-term findings, want at most %d", len(got), maxUnknownTerms)
			}
		})
	}
}

// BenchmarkJargonLongMessage is a 64 KB message dense with terms: the cost
// grows with its length, not with its square.
func BenchmarkJargonLongMessage(b *testing.B) {
	a := newTestAnalyzer(b)
	text := strings.Repeat("Run dmesg, check /var/log/syslog and smb.conf, then retry with --verbose. ", 64<<10/76)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = a.Analyze(text, Context{})
	}
}

// jargonMatches returns the matched text of every jargon finding.
func jargonMatches(a *Analyzer, text string, c Context) []string {
	var out []string
	for _, f := range a.Analyze(text, c) {
		if f.Category == Jargon {
			out = append(out, f.Match)
		}
	}
	return out
}

// TestJargonConsumerAndLinuxTerms: terms agents use in replies to consumers
// and forum answers (phone settings, start-up modes, drivers, ping, the
// browser console, Ubuntu's package tools, root, Android tools) are jargon
// where they name the technical thing, and clean where the same word is
// everyday English (a delivery driver, "ping me", a games console, "apt to").
func TestJargonConsumerAndLinuxTerms(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []struct {
		name, text, want string // want "" means no jargon finding
	}{
		{"APN", "Check that the APN on your handset matches the one on our site.", "APN"},
		{"PUK", "If it asks for a PUK, ring us before you type anything.", "PUK"},
		{"safe mode", "Start the laptop in safe mode and uninstall the last update.", "safe mode"},
		{"boot loop", "That update put the tablet into a boot loop, so hold both buttons.", "boot loop"},
		{"bootloop in one word", "It is stuck in a bootloop after the update.", "bootloop"},
		{"sideload", "You can sideload the older version while we fix the store listing.", "sideload"},
		{"graphics driver", "Roll back the graphics driver and the flicker should stop.", "graphics driver"},
		{"nvidia drivers", "Reinstall the nvidia drivers from the vendor's page.", "nvidia drivers"},
		{"ping test", "Could you run a ping test and tell me the numbers?", "ping test"},
		{"ping the router", "Try to ping the router from your laptop first.", "ping the router"},
		{"browser console", "Open the browser console and copy what is in red.", "browser console"},
		{"errors in the console", "Are there any errors in the console when it freezes?", "in the console"},
		{"PPA", "Add the PPA and the newer version will show up.", "PPA"},
		{"apt install", "Then type apt install and the package name.", "apt install"},
		{"run the binary", "Download it again and run the binary from your home folder.", "run the binary"},
		{"have root", "You need to have root on that box to change it.", "have root on"},
		{"root password", "It will ask for the root password at this step.", "root password"},
		{"rooted phone", "Banking apps refuse to open on a rooted phone.", "rooted phone"},
		{"toast notification", "You'll now see a toast notification when the save fails.", "toast notification"},
		{"magic numbers", "Those magic numbers in the config are why it broke.", "magic numbers"},
		{"forward the ports", "Forward the ports on your router and the game will connect.", "Forward the ports"},
		{"custom ROM", "A custom ROM voids the warranty, so we can't help with it.", "custom ROM"},
		{"Android tool", "Connect the cable and open adb on your computer.", "adb"},
		{"Linux command", "Boot from the stick and run fsck on the drive.", "fsck"},
		{"update the drivers", "Update the drivers from the maker's site and restart.", "Update the drivers"},
		{"partition", "Make the Ubuntu partition bigger before you install.", "Ubuntu partition"},
		{"live USB", "Boot from a live USB and copy your files off first.", "live USB"},
		{"dual boot", "If you dual boot, pick the second entry at start-up.", "dual boot"},
		{"mount the drive", "You have to mount the drive before the files show up.", "mount the drive"},
		{"from source", "The shop version is old, so build it from source.", "from source"},
		{"dependencies", "It stopped because two dependencies are missing.", "dependencies"},
		{"port number", "Open port 443 on the firewall for the new box.", "port 443"},
		{"repository", "Enable the universe repository and search again.", "universe repository"},
		{"command line", "It is quicker from the command line than from the menus.", "command line"},
		// what is not an explanation, nor a note to colleagues
		{"'as a' names a role, not a meaning", "Burn it to a disc as an ISO image, not as files.", "ISO"},
		{"'to explain' inside a sentence", "Your ISP may block it, and I can't speak their language to explain the problem.", "ISP"},
		{"'to explain,' opening a gloss", "To explain, the APN is the setting your phone uses to reach mobile data.", ""},
		{"Windows command outside a frame", "After that, chkdsk may take an hour while the laptop starts.", "chkdsk"},
		{"ping an address", "Can you ping 8.8.8.8 and tell me if it answers?", "ping 8.8.8.8"},
		{"my ping", "my ping jumps to 300 every evening, any idea why?", "my ping jumps"},
		{"cached", "Your old password is cached, so sign out first.", "cached"},
		{"power cycle in one word", "please powercycle the box and tell me which lights come on", "powercycle"},
		{"X server", "the X server crashed when you unplugged the screen", "X server"},
		{"restart X", "press ctrl+alt+f1 and restart X from there", "restart X"},
		{"a term in quotes", "The “30 second power cycle” rarely fixes anything on its own.", "“30 second power cycle”"},
		// the same words in everyday English stay clean
		{"X the social network", "I posted the outage notice on X yesterday.", ""},
		{"quoted speech holding a term", "He wrote “it's always DNS” on the whiteboard.", ""},
		{"a long quote holding a term", `She said "please power cycle the box downstairs when you leave" at lunch.`, ""},
		{"delivery driver", "The driver left the parcel with your neighbour this morning.", ""},
		{"ping me", "Ping me when you're back at your desk and I'll walk you through it.", ""},
		{"games console", "Is the console plugged straight into the wall?", ""},
		{"apt as an adjective", "The new layout is apt to confuse people at first.", ""},
		{"root of the problem", "We found the root of the problem: a loose cable.", ""},
		{"binary choice", "It isn't a binary choice, you can keep both apps.", ""},
		{"port on the laptop", "Plug the charger into the other port on the laptop.", ""},
		{"safe place", "Keep the recovery letter in a safe place.", ""},
		{"a line of people", "There is a long line at the desk, so use the form instead.", ""},
		{"driver of a van", "The driver will call you an hour before he arrives.", ""},
		{"partition wall", "They are putting up a partition wall next to your desk.", ""},
		{"mount a screen", "We'll mount the screen on the wall on Friday.", ""},
		{"port in a quantity", "Both ports are loose, and the 2 cables are frayed.", ""},
		{"airport codes and a time zone", "My flight from SFO to ORD leaves at 9am PST, can I still change seats?", ""},
		{"consumer acronyms in capitals", "Is the BOGO offer on AMEX cards, and does the DLC come with it?", ""},
		{"Outlook's PST file", "Your PST file is over the size limit, so archive older mail.", "PST file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantOneTerm(t, tt.text, jargonMatches(a, tt.text, Context{}), tt.want)
		})
	}
}

// wantOneTerm checks that text yields exactly the term want, or none when
// want is empty.
func wantOneTerm(t *testing.T, text string, got []string, want string) {
	t.Helper()
	if want == "" {
		if len(got) != 0 {
			t.Errorf("%q: got %q, want none", text, got)
		}
		return
	}
	if len(got) != 1 || got[0] != want {
		t.Errorf("%q: got %q, want [%q]", text, got, want)
	}
}

// termCase is one message and the single unknown term the detector should
// report in it ("" for none); name defaults to the text.
type termCase struct {
	name, text, want string
}

// runTermCases checks the detector's unknown terms on each case.
func runTermCases(t *testing.T, tests []termCase) {
	t.Helper()
	a := newTestAnalyzer(t)
	for _, tt := range tests {
		name := tt.name
		if name == "" {
			name = tt.text
		}
		t.Run(name, func(t *testing.T) {
			wantOneTerm(t, tt.text, unknownTermsIn(a, tt.text, Context{}), tt.want)
		})
	}
}
