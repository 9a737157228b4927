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
