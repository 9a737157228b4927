package coach

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// ruleWith is a user rule file holding one phrase rule with the given
// match patterns (YAML flow strings, quoted by the caller).
func ruleWith(matches ...string) string {
	return "rules:\n  - id: x.bounded\n    category: robotic\n    source: welch-personal\n    message: m\n    suggestion: s\n    phrase:\n      match: [" +
		strings.Join(matches, ", ") + "]\n"
}

// aliasBomb nests aliases levels deep, each level ten times the one below:
// a few hundred bytes that expand to 10^levels nodes.
func aliasBomb(levels int) string {
	var b strings.Builder
	b.WriteString("lists:\n  bomb0: &a0 [x, x, x, x, x, x, x, x, x, x]\nrules:\n  - id: x.bomb\n    category: robotic\n    source: welch-personal\n    message: m\n    suggestion: s\n    phrase:\n      match: [foo]\n      not_after:\n")
	// The anchors live inside the rule, so that decoding the rule expands them.
	b.WriteString("        - &b0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i <= levels; i++ {
		fmt.Fprintf(&b, "        - &b%d [*b%d, *b%d, *b%d, *b%d, *b%d, *b%d, *b%d, *b%d, *b%d, *b%d]\n", i, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1)
	}
	return b.String()
}

func TestCompileBounds(t *testing.T) {
	optional24 := strings.TrimSpace(strings.Repeat("maybe? ", 24)) + " done"
	var manyPatterns []string
	for i := 0; i < 600; i++ {
		// 8 sequences each: 4,800 for the rule.
		manyPatterns = append(manyPatterns, fmt.Sprintf("'w%d a? b? c?'", i))
	}
	tests := []struct {
		name, body string
		want       []string // substrings of the error
	}{
		{"24 optional words", ruleWith("'" + optional24 + "'"), []string{"bad.yaml:2", `"x.bounded"`, "expands to more than 1024 sequences"}},
		{"a rule of many patterns", ruleWith(manyPatterns...), []string{`"x.bounded"`, "more than 4096 sequences"}},
		{"alias bomb in a rule", aliasBomb(9), []string{"bad.yaml:4", `"x.bomb"`, "aliases expand to more than"}},
		{"stray bar", ruleWith("'no problem |'"), []string{`"x.bounded"`, "empty alternative"}},
		{"bar between phrases", ruleWith("'no problem | no worries'"), []string{`"x.bounded"`, "empty alternative"}},
		{"word with a comma", ruleWith("'no problem, mate'"), []string{`"x.bounded"`, `"problem,"`, "can never match"}},
		{"word with a slash", ruleWith("'and/or'"), []string{`"x.bounded"`, `"and/or"`, "can never match"}},
		{"emoticon as punctuation", "rules:\n  - id: x.bounded\n    category: robotic\n    source: welch-personal\n    message: m\n    suggestion: s\n    phrase:\n      match: [thanks]\n      before: [':)']\n", []string{`"x.bounded"`, `":)"`, "can never match"}},
		{"alias bomb in lists", "lists:\n  a: &a [x, x, x, x, x, x, x, x, x, x]\n  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n  c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n  d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n  e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n  f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n  g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n  h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]\n", []string{"bad.yaml"}},
		{"oversized file", "# " + strings.Repeat("x", maxRuleFileBytes) + "\n", []string{"bad.yaml", "more than the"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewAnalyzer(Options{RulesPath: writeRules(t, "bad.yaml", tt.body)})
			if err == nil {
				t.Fatal("NewAnalyzer accepted the file, want an error")
			}
			if !errors.Is(err, ErrBadRules) {
				t.Errorf("error %v does not wrap ErrBadRules", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
}

// TestCompileWithinBounds: patterns just inside the caps load and match.
func TestCompileWithinBounds(t *testing.T) {
	ten := strings.TrimSpace(strings.Repeat("very? ", 10)) + " sorry"
	a, err := NewAnalyzer(Options{RulesPath: writeRules(t, "ok.yaml", ruleWith("'"+ten+"'")+aliasedOK)})
	if err != nil {
		t.Fatalf("NewAnalyzer: %v", err)
	}
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"I am very very very sorry about that", []string{"x.bounded"}},
		{"sorry!", []string{"x.bounded"}},
		{"a small alias works", []string{"x.aliased"}},
		{"nothing here", nil},
	} {
		var got []string
		for _, f := range a.Analyze(tc.text, Context{}) {
			if strings.HasPrefix(f.Rule, "x.") {
				got = append(got, f.Rule)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}

const aliasedOK = `  - id: x.aliased
    category: robotic
    source: welch-personal
    message: &m a shared message
    suggestion: *m
    phrase:
      match: &words ["small alias"]
      not_after: *words
`

// TestBuiltinDeadWords pins the built-in pattern words that messages never
// hold as one token (so they never match). A user file with such a word is
// refused; the built-in ones are listed for their owners to fix: when you
// fix one, remove it here.
func TestBuiltinDeadWords(t *testing.T) {
	a := newTestAnalyzer(t)
	got := slices.Compact(slices.Sorted(slices.Values(a.deadWords)))
	for _, w := range got {
		t.Logf("dead built-in pattern word: %s", w)
	}
	for _, w := range got {
		if !slices.Contains(knownDeadWords, w) {
			t.Errorf("new dead pattern word %s: write it as messages are split into words", w)
		}
	}
}

// knownDeadWords are the dead words of the built-in files when the check
// was added, owned by the rules, jargon and in-joke work.
var knownDeadWords = []string{
	"blame.fault: 's", "blame.flat-cause: 'cause", "contradiction.are-you-sure: 'cause",
	"contradiction.nothing-wrong: 's", "contradiction.on-our-side: 's", "frustration.exclaim: :)",
	"frustration.urgency: non-", "jargon.devices-and-accounts: =", "jargon.network: =",
	"jargon.network: TCP/IP", "jargon.network: TCP/IPs", "jargon.network: tcp/ip",
	"jargon.network: tcp/ips", "jargon.systems: =",
}

// TestCompileBoundAcrossFiles: files each under the per-file cap cannot add
// up past the total one.
func TestCompileBoundAcrossFiles(t *testing.T) {
	dir := t.TempDir()
	words := make([]string, 60000)
	for i := range words {
		words[i] = fmt.Sprintf("w%d", i)
	}
	list := "[" + strings.Join(words, ", ") + "]"
	for f := 0; f < 5; f++ {
		var b strings.Builder
		fmt.Fprintf(&b, "lists:\n  big%d: %s\nrules:\n  - id: x.f%d\n    category: robotic\n    source: welch-personal\n    message: m\n    suggestion: s\n    phrase:\n      match: [", f, list, f)
		for k := 0; k < 8; k++ {
			if k > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "'@big%d tail%d'", f, k)
		}
		b.WriteString("]\n")
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("f%d.yaml", f)), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// One file alone loads.
	if _, err := NewAnalyzer(Options{RulesPath: filepath.Join(dir, "f0.yaml")}); err != nil {
		t.Fatalf("one file: %v", err)
	}
	_, err := NewAnalyzer(Options{RulesPath: dir})
	if err == nil || !errors.Is(err, ErrBadRules) || !strings.Contains(err.Error(), "in all files") {
		t.Errorf("five files: got %v, want an error about the total", err)
	}
}

// TestGlossaryTermExpansionBounded: a glossary term of twenty four-way
// alternatives (4^20 spellings) is refused at start, naming the rule,
// instead of being listed spelling by spelling until memory runs out.
func TestGlossaryTermExpansionBounded(t *testing.T) {
	var words []string
	for i := range 20 {
		words = append(words, fmt.Sprintf("a%d|b%d|c%d|d%d", i, i, i, i))
	}
	body := "rules:\n  - id: team.huge-term\n    category: jargon\n    source: welch-personal\n    message: m\n    suggestion: s\n    glossary:\n      terms:\n        - {term: \"" + strings.Join(words, " ") + "\", gloss: \"g\"}\n"
	_, err := NewAnalyzer(Options{RulesPath: writeRules(t, "huge.yaml", body)})
	if err == nil || !errors.Is(err, ErrBadRules) || !strings.Contains(err.Error(), "team.huge-term") {
		t.Fatalf("got %v, want a bad-rules error naming team.huge-term", err)
	}
}

// TestPatternWordsNormalisedLikeMessages: a rule's word is normalised as a
// message's word is, so a bare contraction in a team's rule matches both
// spellings, and so does the written form.
func TestPatternWordsNormalisedLikeMessages(t *testing.T) {
	a, err := NewAnalyzer(Options{RulesPath: writeRules(t, "bare.yaml", ruleWith("'it doesnt sync'", "'that’s odd'", "'it cant|wont print'", "'printer <0-1 !dont> print'"))})
	if err != nil {
		t.Fatalf("NewAnalyzer: %v", err)
	}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"it doesnt sync", true},
		{"it doesn't sync", true},
		{"it doesn’t sync", true},
		{"thats odd", true},
		{"that's odd", true},
		{"it cant print", true},
		{"it won't print", true},
		{"printer will print", true},
		{"printer dont print", false},
		{"printer don't print", false},
		{"it does sync", false},
	} {
		got := false
		for _, f := range a.Analyze(tc.text, Context{}) {
			got = got || f.Rule == "x.bounded"
		}
		if got != tc.want {
			t.Errorf("%q: x.bounded found %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestBuiltinAlternationSlips: "|" binds tighter than a space, so "it is|that
// is" reads it (is|that) is, and matches neither phrase. A pattern whose
// alternation holds the very word standing next to it is that slip; write
// the phrases as separate patterns, or share the word ("it|that is").
func TestBuiltinAlternationSlips(t *testing.T) {
	forEachBuiltinPattern(t, func(file, id, pat string) {
		if a, w, ok := alternationSlip(pat); ok {
			t.Errorf("%s %s: %q: the alternation %q holds the word %q that stands next to it", file, id, pat, a, w)
		}
	})
}

// forEachBuiltinPattern calls f with every pattern of every phrase rule in
// the built-in rule files, and the file and rule it comes from.
func forEachBuiltinPattern(t *testing.T, f func(file, id, pat string)) {
	t.Helper()
	files, err := readBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	for _, lf := range files {
		for i := range lf.file.Rules {
			r, err := decodeRule(&lf.file.Rules[i])
			if err != nil {
				t.Fatalf("%s: %v", lf.name, err)
			}
			if r.Phrase == nil {
				continue
			}
			for _, pat := range phrasePatterns(r.Phrase) {
				f(lf.name, r.ID, pat)
			}
		}
	}
}

// phrasePatterns lists every pattern of a phrase rule: its matches and the
// phrases of its conditions.
func phrasePatterns(p *phraseSpec) []string {
	var pats []string
	for _, l := range [][]string{p.Match, p.After, p.NotAfter, p.Before, p.NotBefore, p.Then, p.SentenceLacks, p.MessageLacks, p.MessageHas, p.Except} {
		pats = append(pats, l...)
	}
	for _, w := range p.When {
		pats = append(pats, w.Has...)
		pats = append(pats, w.Lacks...)
	}
	return pats
}

func TestAlternationSlipFound(t *testing.T) {
	tests := []struct {
		pat  string
		want bool
	}{
		{"it is|that is fine", true},
		{"you need to|should|must|have to be careful", true},
		{"it|that is fine", false},
		{"lost all? my|of my? work", false}, // an optional word beside it is meant
		{"not a bug , a|but|just a? feature", false},
		{"you're|you are kidding", true},
		{"i think they're|they are wrong", true},
		{"i am|we are going to", true},
		{"(you're|you are) kidding", false},
		{"you're|we're kidding", false},
		{"it's|that's fine", false},
		{"we|they are on it", false},
		{"i|we will|shall look", false},
	}
	for _, tt := range tests {
		if _, _, got := alternationSlip(tt.pat); got != tt.want {
			t.Errorf("alternationSlip(%q) = %v, want %v", tt.pat, got, tt.want)
		}
	}
}
