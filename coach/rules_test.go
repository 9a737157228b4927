package coach

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const userRule = `
rules:
  - id: custom.synergy
    category: robotic
    source: welch-personal
    message: Corporate buzzwords sound scripted.
    suggestion: Say what you mean plainly.
    phrase:
      match: ["leverage|leveraging our|the synergies"]
    rewrite:
      replace: use what we have
`

func writeRules(t *testing.T, name, body string) string {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestUserRules(t *testing.T) {
	path := writeRules(t, "extra.yaml", userRule+"disable: [no-problem.np, condescending.just]\n")
	for _, p := range []string{path, filepath.Dir(path)} {
		a, err := NewAnalyzer(Options{RulesPath: p})
		if err != nil {
			t.Fatalf("NewAnalyzer(%s): %v", p, err)
		}
		fs := a.Analyze("We should leverage our synergies.", Context{})
		if len(fs) != 1 || fs[0].Rule != "custom.synergy" || fs[0].Source != "It's All Personal" {
			t.Errorf("user rule: got %+v", fs)
		}
		if got := a.Check("We should leverage our synergies.", Context{}).Rewrite; got != "We should use what we have." {
			t.Errorf("user rule rewrite = %q", got)
		}
		if fs := a.Analyze("np, just restart it", Context{}); len(fs) != 0 {
			t.Errorf("disabled rules still fire: %+v", fs)
		}
		if _, ok := a.Rule("no-problem.np"); ok {
			t.Error("a disabled rule is still described")
		}
	}
}

func TestBadRules(t *testing.T) {
	valid := func(extra string) string {
		return "rules:\n  - id: x.one\n    category: robotic\n    source: welch-personal\n    message: m\n    suggestion: s\n" + extra
	}
	tests := []struct {
		name, body string
		want       []string // substrings of the error
	}{
		{"unknown category", strings.Replace(valid("    phrase: {match: [a]}\n"), "robotic", "rude", 1), []string{"bad.yaml:2", `"x.one"`, `unknown category "rude"`}},
		{"unknown source", strings.Replace(valid("    phrase: {match: [a]}\n"), "welch-personal", "nobody", 1), []string{`"x.one"`, `unknown source article "nobody"`}},
		{"empty message", strings.Replace(valid("    phrase: {match: [a]}\n"), "message: m", "message: ''", 1), []string{`"x.one"`, "empty message"}},
		{"unknown key", valid("    phrase: {match: [a], colour: red}\n"), []string{`"x.one"`, "colour"}},
		{"no kind", valid(""), []string{`"x.one"`, "exactly one of phrase, glossary, signal"}},
		{"duplicate id", valid("    phrase: {match: [a]}\n") + "  - id: x.one\n    category: robotic\n    source: welch-personal\n    message: m\n    suggestion: s\n    phrase: {match: [b]}\n", []string{"bad.yaml:8", "duplicate rule id"}},
		{"clash with built-in", strings.Replace(valid("    phrase: {match: [a]}\n"), "x.one", "no-problem.np", 1), []string{"duplicate rule id"}},
		{"unknown list", valid("    phrase: {match: ['@nolist']}\n"), []string{"unknown list @nolist"}},
		{"bad boundary", valid("    phrase: {match: ['$']}\n"), []string{"only work in after/before"}},
		{"disable unknown", "disable: [no-such-rule]\n", []string{`unknown rule id "no-such-rule"`}},
		{"top-level key", "rulez: []\n", []string{"rulez"}},
		{"not yaml", "rules: [\n", []string{"bad.yaml"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewAnalyzer(Options{RulesPath: writeRules(t, "bad.yaml", tt.body)})
			if err == nil {
				t.Fatal("NewAnalyzer accepted a bad rule file")
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
	if _, err := NewAnalyzer(Options{RulesPath: filepath.Join(t.TempDir(), "missing.yaml")}); err == nil || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing rules file: got %v, want a not-exist error", err)
	}
}

// TestClauseEndInEveryCondition: a phrase ending in "$" must close a
// clause wherever it stands, as the README's pattern language says, not
// only in after/before. An except or a then ending in "$" used to compile
// the "$" as a literal character and so never matched.
func TestClauseEndInEveryCondition(t *testing.T) {
	path := writeRules(t, "clause.yaml", `rules:
  - id: team.defrag
    category: robotic
    source: welch-personal
    message: m
    suggestion: s
    phrase:
      match: ["defrag the drive"]
      except: ["defrag the drive tonight $"]
  - id: team.reimage
    category: robotic
    source: welch-personal
    message: m
    suggestion: s
    phrase:
      match: ["reimage"]
      then: ["the laptop $"]
`)
	a, err := NewAnalyzer(Options{RulesPath: path})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, rule string
		want       bool
	}{
		{"Please defrag the drive tonight.", "team.defrag", false},
		{"Please defrag the drive tonight, then call me.", "team.defrag", false},
		{"Please defrag the drive tonight or tomorrow.", "team.defrag", true},
		{"Please defrag the drive tomorrow.", "team.defrag", true},
		{"We will reimage it and return the laptop.", "team.reimage", true},
		{"We will reimage it and return the laptop tomorrow.", "team.reimage", false},
	} {
		got := false
		for _, f := range a.Analyze(c.text, Context{}) {
			got = got || f.Rule == c.rule
		}
		if got != c.want {
			t.Errorf("%q: %s found = %v, want %v", c.text, c.rule, got, c.want)
		}
	}
}
