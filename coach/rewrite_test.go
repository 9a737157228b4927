package coach

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// goldenRewrite is one line of testdata/rewrites.golden.
type goldenRewrite struct {
	Text    string   `json:"text"`
	Rules   []string `json:"rules"`
	Rewrite string   `json:"rewrite"`
}

// TestGoldenRewrites checks the rule rewrite of every line of
// testdata/rewrites.txt against testdata/rewrites.golden (-update rewrites it).
func TestGoldenRewrites(t *testing.T) {
	a := newTestAnalyzer(t)
	in, err := os.ReadFile(filepath.Join("testdata", "rewrites.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var got []goldenRewrite
	for _, line := range strings.Split(strings.TrimRight(string(in), "\n"), "\n") {
		res := a.Check(line, Context{})
		g := goldenRewrite{Text: line, Rewrite: res.Rewrite, Rules: []string{}}
		for _, f := range res.Findings {
			g.Rules = append(g.Rules, f.Rule)
		}
		got = append(got, g)
	}
	path := filepath.Join("testdata", "rewrites.golden")
	if *update {
		var b strings.Builder
		for _, g := range got {
			j, _ := json.Marshal(g)
			b.Write(j)
			b.WriteByte('\n')
		}
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("%v (run go test -run TestGoldenRewrites -update)", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for i := 0; sc.Scan(); i++ {
		var want goldenRewrite
		if err := json.Unmarshal(sc.Bytes(), &want); err != nil {
			t.Fatal(err)
		}
		if i >= len(got) {
			t.Fatalf("golden has more lines than rewrites.txt")
		}
		if got[i].Text != want.Text || got[i].Rewrite != want.Rewrite || strings.Join(got[i].Rules, ",") != strings.Join(want.Rules, ",") {
			t.Errorf("line %d %q:\n got %q %v\nwant %q %v", i+1, want.Text, got[i].Rewrite, got[i].Rules, want.Rewrite, want.Rules)
		}
	}
}

// TestRewriteExamples pins the behaviours SPEC and the issue name.
func TestRewriteExamples(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []struct{ in, want string }{
		{"No problem!", "You're welcome!"},
		{"Just restart it.", "Restart it."},
		{"The DNS server is down.", "The DNS (the internet's address book) server is down."},
		{"That's impossible.", "That's unexpected, so let's check what's happening."},
		{"I'll get back to you tomorrow.", "I'll get back to you tomorrow."},
		{"This is the third time this week!!!", "This is the third time this week!!!"},
		{"Thanks, all clear.", "Thanks, all clear."},
	}
	for _, tt := range tests {
		if got := a.Check(tt.in, Context{}).Rewrite; got != tt.want {
			t.Errorf("rewrite(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// Jargon is glossed the first time only.
	got := a.Check("DNS is down, so DNS lookups fail.", Context{}).Rewrite
	if strings.Count(got, "address book") != 1 {
		t.Errorf("rewrite %q: want exactly one gloss", got)
	}
}

// TestRewriteFamilies checks that the broadened rule families rewrite into
// grammatical sentences, and that rules with no safe rewrite keep the text.
func TestRewriteFamilies(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []struct{ in, rule, want string }{
		{"I bet you clicked the link again", "blame.guess", "It's possible you clicked the link again"},
		{"You deleted the shared calendar.", "blame.verdict", "It looks like you deleted the shared calendar."},
		{"you keep closing the VPN window before it connects", "blame.habit", "you keep closing the VPN window before it connects"},
		{"There's nothing wrong with the server.", "contradiction.nothing-wrong", "I can't see a fault from here, so let's look at the server."},
		{"you're confusing it with the old VPN", "contradiction.confusing", "I think this might be the old VPN"},
		{"Outlook doesn't work like that.", "contradiction.works-like-that", "Outlook may not work quite like that, so let's check what you're seeing."},
		{"How may I assist you today?", "robotic.assist", "How can I help today?"},
		{"Is there anything else I can assist you with today?", "robotic.anything-else", "Anything else I can help with today?"},
		{"Dear user, your mailbox is full.", "robotic.dear-user", "Hi, your mailbox is full."},
		{"Please find attached the requested document.", "robotic.find-attached", "Here's the requested document."},
		{"At this point in time we are unable to action your request.", "robotic.office-speak", "Right now we are not able to sort out your request."},
		{"Please note that this ticket will be closed automatically if no response is received within 48 hours.", "robotic.please-note", "This ticket will close by itself if we don't hear back within 48 hours."},
		{"We thank you for your cooperation.", "robotic.thank-cooperation", "Thanks for bearing with us."},
		{"Did you try reading the error?", "condescending.try-reading", "Could you check the error?"},
		{"Tomorrow I'll reinstall Office on your laptop.", "promise.time-first", "Tomorrow I'll reinstall Office on your laptop."},
		{"Are you sure? The dashboard shows it online.", "contradiction.are-you-sure", "Thanks for flagging that; let's compare notes. The dashboard shows it online."},
		{"Are you sure that's what it said? The system doesn't send that.", "contradiction.are-you-sure", "Are you sure that's what it said? The system doesn't send that."},
		{"Who told you it was ok to install that?", "blame.who-said-ok", "What made it seem ok to install that?"},
		{"If you hadn't ignored the warning, we wouldn't be restoring now.", "blame.counterfactual", "If you hadn't ignored the warning, we wouldn't be restoring now."},
	}
	for _, tt := range tests {
		res := a.Check(tt.in, Context{})
		found := false
		for _, f := range res.Findings {
			found = found || f.Rule == tt.rule
		}
		if !found {
			t.Errorf("%q: no %s finding in %+v", tt.in, tt.rule, res.Findings)
		}
		if res.Rewrite != tt.want {
			t.Errorf("rewrite(%q) = %q, want %q", tt.in, res.Rewrite, tt.want)
		}
	}
}

func TestRulesRewriter(t *testing.T) {
	a := newTestAnalyzer(t)
	var rw Rewriter = RulesRewriter{Analyzer: a}
	text := "Just restart it."
	got, err := rw.Rewrite(context.Background(), text, a.Analyze(text, Context{}))
	if err != nil || got.Text != "Restart it." || got.By != "rules" {
		t.Errorf("Rewrite = %+v, %v; want Restart it. by rules", got, err)
	}
}

// TestRewriteKeepsProtected is the property: whatever the message, every
// protected token (code, links, mentions, quotes, numbers, paths) appears in
// the rewrite unchanged, as often as in the original.
func TestRewriteKeepsProtected(t *testing.T) {
	a := newTestAnalyzer(t)
	in, err := os.ReadFile(filepath.Join("testdata", "rewrites.txt"))
	if err != nil {
		t.Fatal(err)
	}
	corpus, _ := os.ReadFile(filepath.Join("testdata", "corpus.jsonl"))
	texts := strings.Split(string(in), "\n")
	for _, line := range strings.Split(string(corpus), "\n") {
		var l labelled
		if json.Unmarshal([]byte(line), &l) == nil {
			texts = append(texts, l.Text)
		}
	}
	for _, text := range texts {
		checkProtectedSurvive(t, a, text)
	}
}

func checkProtectedSurvive(t *testing.T, a *Analyzer, text string) {
	t.Helper()
	res := a.Check(text, Context{})
	for _, tok := range ProtectedTokens(text) {
		if strings.Count(res.Rewrite, tok) < strings.Count(text, tok) {
			t.Errorf("rewrite of %q lost protected %q:\n%q", text, tok, res.Rewrite)
		}
	}
}
