package coach

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRewritesThatMustNeverHappen: for each message, whatever Rapport
// offers (a whole rewrite, or the text kept with suggestions) must not do
// the listed harm. These are the failure shapes of the old rewriter.
func TestRewritesThatMustNeverHappen(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []struct {
		name, in string
		never    []string // none of these may appear in the rewrite
		keep     []string // each of these must appear whole
	}{
		// Broken commands: no gloss inside a bare, quoted or code command.
		{"bare command", "Just type netsh wlan show profiles and send me the DHCP server line.", []string{"netsh (", "wlan ("}, []string{"netsh wlan show profiles"}},
		{"quoted command", "Run 'ipconfig /flushdns' to clear the DNS cache.", []string{"ipconfig (", "'ipconfig ("}, []string{"'ipconfig /flushdns'"}},
		{"code span", "Just run `gpupdate /force` and restart.", []string{"gpupdate ("}, []string{"`gpupdate /force`"}},
		{"compound term", "The SSO cert expired overnight.", []string{"SSO (", "cert (a security certificate, a digital ID) ("}, []string{"The SSO cert expired overnight."}},
		{"one gloss a sentence", "The DNS server and the DHCP scope and the VLAN are fine.", nil, nil},
		// Invented causes and impacts.
		{"joke beside a real cause", "Classic PEBKAC lol, the cable was unplugged.", []string{"mix-up", "settings", "PEBKAC", "lol"}, []string{"cable was unplugged"}},
		{"outage apology", "We apologize for any inconvenience this may have caused.", []string{"your work", "got in the way"}, nil},
		{"always DNS", "It's always DNS. I flushed the cache and it resolves now.", []string{"name-lookup"}, []string{"it resolves now"}},
		// Double negatives.
		{"negated contradiction", "Your VPN isn't dropping.", []string{"shouldn't be not", "not not", "n't be not"}, nil},
		{"negated state", "The printer isn't offline.", []string{"not offline", "n't be not"}, []string{"offline"}},
		// Kept dismissals.
		{"dismissal with evidence", "That's impossible, the mailbox works.", []string{"impossible", "let's check, the mailbox works"}, []string{"mailbox"}},
		{"dismissal before check", "That can't happen, the server is up.", []string{"can't happen"}, []string{"server"}},
		// Leftover quips and laughs.
		{"quip decorations", "Classic PEBKAC lol. I've reset the password, try now.", []string{"Classic", "lol"}, []string{"I've reset the password, try now."}},
		{"laughing emoji", "PEBKAC strikes again 😂 the monitor was switched to HDMI 2", []string{"😂", "strikes again"}, []string{"HDMI 2"}},
		{"quip with emoji code", "have you tried turning it off and on again? :joy:", []string{":joy:", "tried turning"}, nil},
		// Blame kept in a softened frame.
		{"hedged blame", "You deleted the shared calendar.", []string{"It looks like you", "you deleted"}, []string{"shared calendar"}},
		// Shapes found by reading every offer on the wild probes (the
		// rubric in README, "Rewrites"): each was once offered whole.
		{"preposition left without its object", "There's no problem with the server, it's all green.", []string{"look at,", "look at."}, []string{"all green"}},
		{"look-at object runs on", "@sam There is nothing wrong with the scanner, please check the cable is seated", []string{"look at the scanner, please"}, []string{"cable is seated"}},
		{"another look at a time span", "Typical, you skipped the warning for weeks and now it's broken.", []string{"another look at the warning for weeks"}, nil},
		{"next step, again", "you forgot to lock the screen, again", []string{"is to lock the screen, again"}, nil},
		{"passive verdict noun", "You made the mess, you sort it out.", []string{"mess was made"}, nil},
		{"hedge beside certainty", "You must have typed the wrong PIN, nothing else does that.", []string{"may have been typed, nothing else"}, nil},
		{"web-search joke is no guide", "Let me google that for you.", []string{"guide"}, nil},
		{"joke told across sentences", "It isn't DNS. It can't be DNS. It was DNS.", []string{"isn't DNS (", "was DNS ("}, nil},
		{"joke's echo left alone", "it's always DNS, each and every time", []string{"Each and every time"}, nil},
		{"plain word in a mocking frame", "Another luser for the wall of shame.", []string{"user for the wall"}, nil},
		{"two-clause reply runs on", "That's impossible, the backup job doesn't even touch that folder.", []string{"what's happening, the"}, []string{"backup job"}},
		{"gloss between verb and object", "Could you power cycle the router and tell me what the lights do?", []string{"power cycle (switching"}, []string{"power cycle the router"}},
		{"intensifier before the apology", "So sorry for the inconvenience, the form is fixed now.", []string{"So I'm sorry"}, []string{"the form is fixed now"}},
		{"opener's that left behind", "It's common knowledge that you need a PIN for the printer.", []string{"That you need"}, []string{"PIN for the printer"}},
		{"rhetorical frame's question mark", "You do realise the dock needs its own power?", []string{"power?"}, []string{"dock needs its own power"}},
		{"bare nope kept", "nope, it's not offline", []string{"nope, let's"}, nil},
		{"unread thing in the passive", "You didn't read the release notes.", []string{"weren't read"}, []string{"release notes"}},
		{"greeting keeps the form letter's noun", "Dear valued customer, your parcel has shipped.", []string{"Hi customer", "valued"}, []string{"your parcel has shipped"}},
		{"decoration's full stop on a question", "Did you try switching it off and on? Classic.", []string{"see.", "Classic"}, nil},
		{"tongue out left after the joke", "kai: have you tried turning it off and on again? :P", []string{":P", "turning it off"}, nil},
		{"wink left after the joke", "Not a bug, it's an undocumented feature 😉", []string{"😉", "undocumented"}, nil},
		{"recap said twice", "RTFM, it's all in section 4 of the handbook.", []string{"guide, it's all", "RTFM"}, []string{"section 4 of the handbook"}},
		{"scare quotes keep the sneer", "Of course the scanner 'jammed' the moment she touched it.", []string{"The scanner 'jammed'"}, nil},
		{"recap keeps the pointer back", "As I explained twice already, the VPN needs the new client.", []string{"twice", "already", "To recap twice"}, []string{"the VPN needs the new client"}},
		{"not a recap", "As per our records, the laptop was returned on Monday.", []string{"To recap"}, []string{"returned on Monday"}},
		// Shapes found by reading every offer on real flagged messages
		// (brand agents, an IRC help channel, issue trackers): each was
		// once offered whole.
		{"stock condition swapped before a request", "Your PIN is reset. If we can be of further assistance please ring the desk on 2210.", []string{"any time please", "Message me any time"}, []string{"ring the desk on 2210"}},
		{"conditional request made unconditional", "If you need any further assistance, please call after 5pm.", []string{"further assistance", "Message me"}, []string{"If you need anything else, please call after 5pm."}},
		{"stock condition swapped after the main clause", "Let us know if we can be of further assistance.", []string{"know message me", "know Message me"}, nil},
		{"slash alternative left after the greeting", "Dear Sir/Madam, your badge is ready at reception.", []string{"/Madam", "Hi/"}, []string{"your badge is ready at reception"}},
		{"thanks for custom made thanks for writing", "Glad it's printing again. Thank you for choosing us.", []string{"reaching out"}, nil},
		{"relative clause before a purpose clause", "I'll pass your notes to our concerned department to review.", []string{"looks after this to"}, nil},
		{"this twice", "Thanks, I've escalated this to the appropriate team today.", []string{"looks after this"}, nil},
		{"neutral question about a person", "Everything broke after the update. What did you do to us?", []string{"What happened to us"}, nil},
		{"capital after i.e.", "I.e. just tap the blue button twice", []string{"I.e. Tap"}, []string{"tap the blue button twice"}},
		{"one thing glossed twice", "Check the boot order in your BIOS/UEFI", []string{") (", "(the computer's start-up settings) ("}, []string{"BIOS/UEFI"}},
		{"note after a glued sign-off", "Could you power cycle the router?^JT", []string{"^JT (", "?^JT"}, []string{"^JT"}},
		{"note after a trailing comma", "Could you power cycle the router and the switch,", []string{", ("}, nil},
		{"adverb run into the new clause", "The form is fixed now. Again my apologies for the inconvenience.", []string{"Again I'm"}, nil},
		{"apology's subject said twice across messages", "...and for any inconvenience on the day. ^RT 2/2", []string{"...I'm sorry"}, nil},
		{"gloss after a term used as a verb", "Install the client first to rdp to us from home.", []string{"rdp (remote"}, []string{"to rdp to us"}},
		{"stock tail after a named thing", "I'm sorry about the noisy fan and any resulting inconvenience; a new one is on order.", []string{"inconvenience", "trouble"}, []string{"noisy fan", "a new one is on order"}},
		{"manual joke alone made a pointer to nowhere", "rtfm!", []string{"steps are in the guide"}, nil},
		// Promises and frustration: no fake rewrite.
		{"promise", "I'll get back to you tomorrow with the quote.", nil, []string{"I'll get back to you tomorrow with the quote."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := a.Check(tt.in, Context{})
			if len(res.Findings) == 0 {
				t.Fatalf("%q: no findings; the case no longer tests a rewrite", tt.in)
			}
			for _, n := range tt.never {
				if strings.Contains(res.Rewrite, n) && res.Rewrite != tt.in {
					t.Errorf("rewrite of %q contains %q:\n%q", tt.in, n, res.Rewrite)
				}
			}
			for _, k := range tt.keep {
				if !strings.Contains(res.Rewrite, k) {
					t.Errorf("rewrite of %q lost %q:\n%q", tt.in, k, res.Rewrite)
				}
			}
			if res.Rewrite == tt.in && fixableIn(a, res.Findings) && len(res.Suggestions) == 0 {
				t.Errorf("%q: kept without suggestions", tt.in)
			}
			// At most one inline gloss per sentence.
			for _, s := range strings.Split(res.Rewrite, ". ") {
				if strings.Count(s, " (") > 1 && !strings.Contains(s, "; ") {
					t.Errorf("rewrite of %q has two glosses in one sentence: %q", tt.in, s)
				}
			}
		})
	}
}

// TestAdviceNamesTheWritersTerm: a glossary entry with several forms
// ("swap|efi|… partition", "JRE|JVM") advises on the words the writer used,
// not the entry's first form.
func TestAdviceNamesTheWritersTerm(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []struct{ in, term, not string }{
		{"your EFI partition is nearly full, tidy it with the vendor tool first", "EFI partition", "swap partition"},
		{"make sure it starts with the newer jvm", "jvm", "JRE"},
	}
	for _, tt := range tests {
		t.Run(tt.term, func(t *testing.T) {
			var found *Finding
			for _, f := range a.Analyze(tt.in, Context{}) {
				if f.Category == Jargon && strings.EqualFold(f.Match, tt.term) {
					f := f
					found = &f
				}
			}
			if found == nil {
				t.Fatalf("%q: no jargon finding on %q", tt.in, tt.term)
			}
			if !strings.Contains(found.Suggestion, tt.term) || strings.Contains(found.Suggestion, tt.not) {
				t.Errorf("suggestion for %q = %q, want it to name %q and not %q", tt.term, found.Suggestion, tt.term, tt.not)
			}
		})
	}
}

// TestAdviceKeepsTypedThings: a path, a setting or a piece of code is
// typed, not read, so the advice for one keeps it as written and asks for
// what it is for; it never asks to "explain /etc/printers/queue.conf in plain
// words".
func TestAdviceKeepsTypedThings(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []struct{ in, phrase, want string }{
		{"Put that line in /etc/printers/queue.conf and restart the service.", "/etc/printers/queue.conf", "path exactly as it is"},
		{"Set PRINT_QUEUE=floor2 in that file and log in again.", "PRINT_QUEUE=floor2", "setting exactly as it is"},
		{"What does `lpstat -p` show on your machine?", "`lpstat -p`", "exactly as written"},
		{"The settings are in kiosk.conf on the server.", "kiosk.conf", "path exactly as it is"},
		{"Check what $BACKUP_DIR points at before the job runs.", "$BACKUP_DIR", "exactly as written"},
	}
	for _, tt := range tests {
		t.Run(tt.phrase, func(t *testing.T) {
			res := a.Check(tt.in, Context{})
			var got string
			for _, s := range res.Suggestions {
				if s.Phrase == tt.phrase {
					got = s.Try
				}
			}
			if got == "" {
				t.Fatalf("%q: no suggestion for %q (got %+v)", tt.in, tt.phrase, res.Suggestions)
			}
			if !strings.Contains(got, tt.want) || strings.Contains(got, "in plain words the first time") {
				t.Errorf("advice for %q = %q, want it to say %q and not ask to explain it in plain words", tt.phrase, got, tt.want)
			}
		})
	}
}

// TestCommandSpans: bare and single-quoted commands are found whole, and
// prose that only names a program is not a command.
func TestCommandSpans(t *testing.T) {
	tests := []struct{ in, want string }{
		{"type netsh wlan show profiles and send me the output", "netsh wlan show profiles"},
		{"Run 'ipconfig /flushdns' then restart.", "'ipconfig /flushdns'"},
		{"ipconfig /all", "ipconfig /all"},
		{"then run: gpupdate /force.", "gpupdate /force"},
		{"sudo apt-get install vlc, then reboot", "sudo apt-get install vlc"},
		{"try running the command with sudo.", ""},
		{"the ping to the server was slow", ""},
		{"it's the user's laptop, isn't it", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var got []string
			for _, s := range CommandSpans(tt.in) {
				got = append(got, tt.in[s.Start:s.End])
			}
			if tt.want == "" && len(got) > 0 || tt.want != "" && (len(got) != 1 || got[0] != tt.want) {
				t.Errorf("CommandSpans(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestRewriteFieldsAreChecked: a rule file with a safe value Rapport does
// not know fails at load, naming the file and the rule.
func TestRewriteFieldsAreChecked(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "local.yaml")
	rule := `rules:
  - id: local.quick
    category: condescending
    source: powell-lens
    message: Says the task is trivial.
    suggestion: Give the step plainly.
    phrase:
      match: ["dead easy"]
    rewrite:
      replace: quick to do
      safe: sometimes
`
	if err := os.WriteFile(path, []byte(rule), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := NewAnalyzer(Options{RulesPath: path})
	if err == nil || !strings.Contains(err.Error(), "local.yaml") || !strings.Contains(err.Error(), "local.quick") || !strings.Contains(err.Error(), "safe") {
		t.Fatalf("got error %v, want one naming local.yaml, local.quick and safe", err)
	}
}
