package coach

import (
	"strings"
	"testing"
)

// TestContractionsSpelledOut: a rule written with a contraction also
// matches the words spelled out, in its match and in its conditions, and
// a case-sensitive rule matches as written. (Nonsense phrases, so that no
// built-in rule takes the span.)
func TestContractionsSpelledOut(t *testing.T) {
	body := ruleWith("'it''s|that''s not a banana'", "'we can''t juggle'", "'you''re purple'", "'they can’t whistle'") +
		"      not_after: ['i don''t think']\n" +
		"  - id: x.exact\n    category: robotic\n    source: welch-personal\n    message: m\n    suggestion: s\n    phrase:\n      match: ['It''s Friday']\n      case_sensitive: true\n"
	a, err := NewAnalyzer(Options{RulesPath: writeRules(t, "spelled.yaml", body)})
	if err != nil {
		t.Fatalf("NewAnalyzer: %v", err)
	}
	for _, tc := range []struct {
		text, rule string
		want       bool
	}{
		{"it's not a banana", "x.bounded", true},
		{"It is not a banana.", "x.bounded", true},
		{"that is not a banana", "x.bounded", true},
		{"thats not a banana", "x.bounded", true},
		{"this is not a banana", "x.bounded", false},
		{"we cannot juggle", "x.bounded", true},
		{"we can not juggle", "x.bounded", true},
		{"we can juggle", "x.bounded", false},
		// A curly apostrophe in the rule file reads the same.
		{"they cannot whistle", "x.bounded", true},
		{"they can not whistle", "x.bounded", true},
		{"you are purple", "x.bounded", true},
		// The condition is spelled out too.
		{"I do not think you are purple", "x.bounded", false},
		{"I don't think you're purple", "x.bounded", false},
		{"It's Friday", "x.exact", true},
		{"It is Friday", "x.exact", false},
	} {
		if got := ruleFound(a, tc.text, tc.rule); got != tc.want {
			t.Errorf("%q: %s found %v, want %v", tc.text, tc.rule, got, tc.want)
		}
	}
}

// TestSpelledVariantsBounded: a pattern of many contractions gains at
// most maxSpelledVariants variants, and fields that are not plain words
// are left alone.
func TestSpelledVariantsBounded(t *testing.T) {
	many := strings.Fields(strings.Repeat("don't it's we're ", 6))
	if got := len(spelledVariants(many)); got > maxSpelledVariants {
		t.Errorf("%d contractions: %d variants, want at most %d", len(many), got, maxSpelledVariants)
	}
	for _, f := range []string{"<0-2 it's>", "@thanks", "~apologise", "it's?", "%caps"} {
		if got := spelledVariants([]string{"x", f}); len(got) != 1 {
			t.Errorf("field %q: %d variants, want it left alone", f, len(got))
		}
	}
	got := spelledVariants([]string{"it's|don't|nope", "work"})
	want := [][]string{{"it's|don't|nope", "work"}, {"it", "is", "work"}, {"do", "not", "work"}}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if strings.Join(got[i], " ") != strings.Join(want[i], " ") {
			t.Errorf("variant %d: got %q, want %q", i, got[i], want[i])
		}
	}
}

// TestIntensifiersSteppedOver: an intensifier the pattern does not name
// ("really", "truly", "totally") may stand between its words, and between a
// match and its context phrase; at most maxIntensSkips in one match.
func TestIntensifiersSteppedOver(t *testing.T) {
	a, err := NewAnalyzer(Options{RulesPath: writeRules(t, "intens.yaml", ruleWith("'it''s broken beyond repair'")+
		"      not_after: ['not']\n")})
	if err != nil {
		t.Fatalf("NewAnalyzer: %v", err)
	}
	for _, tc := range []struct {
		text, rule string
		want       bool
	}{
		{"it's broken beyond repair", "x.bounded", true},
		{"it's totally broken beyond repair", "x.bounded", true},
		{"it's really truly broken beyond repair", "x.bounded", true},
		{"it's really really truly broken beyond repair", "x.bounded", false},
		// Words that carry a meaning of their own are not stepped over.
		{"it's probably broken beyond repair", "x.bounded", false},
		{"it's just broken beyond repair", "x.bounded", false},
		// A context phrase before the intensifiers still counts.
		{"not really it's broken beyond repair", "x.bounded", false},
		// Built-in rules read the same.
		{"That's really impossible.", "contradiction.impossible", true},
		{"You're totally wrong about the invoice.", "contradiction.wrong", true},
		{"We truly appreciate your patience and understanding.", "robotic.patience-understanding", true},
	} {
		if got := ruleFound(a, tc.text, tc.rule); got != tc.want {
			t.Errorf("%q: %s found %v, want %v", tc.text, tc.rule, got, tc.want)
		}
	}
}

// TestSignOffEndsClause: an agent's initials closing a reply ("^JS",
// "-kt") end the clause before them, as a full stop would.
func TestSignOffEndsClause(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, tc := range []struct {
		text, rule string
		want       bool
	}{
		{"no prob ^JS", "no-problem.reply", true},
		{"no prob. ^JS", "no-problem.reply", true},
		{"no prob -kt 1/2", "no-problem.reply", true},
		// Not initials: a word after them, or a single letter.
		{"no prob ^JS will sort it", "no-problem.reply", false},
		{"no problem /s", "no-problem.reply", false},
	} {
		if got := ruleFound(a, tc.text, tc.rule); got != tc.want {
			t.Errorf("%q: %s found %v, want %v", tc.text, tc.rule, got, tc.want)
		}
	}
}

// ruleFound reports whether analysing text, with no role, finds rule.
func ruleFound(a *Analyzer, text, rule string) bool {
	for _, f := range a.Analyze(text, Context{}) {
		if f.Rule == rule {
			return true
		}
	}
	return false
}
