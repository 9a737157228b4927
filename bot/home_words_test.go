package bot

import (
	"regexp"
	"strings"
	"testing"

	"github.com/rapport-bot/rapport/coach"
)

// TestEveryRuleCanBeNamedInWords: the Home tab and the Not helpful reply
// name a rule by its category and advice, for every built-in rule: no
// placeholder, no dangling "e.g", never empty.
func TestEveryRuleCanBeNamedInWords(t *testing.T) {
	a, err := coach.NewAnalyzer(coach.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b := &Bot{analyzer: a}
	slot := regexp.MustCompile(`\{[a-z_]+\}`)
	for _, r := range a.Rules() {
		got := b.ruleInWords(r.ID)
		label := categoryLabel(r.Category) + ": "
		advice := strings.TrimPrefix(got, label)
		if !strings.HasPrefix(got, label) || len(advice) < 8 || slot.MatchString(got) || strings.HasSuffix(got, "e.g") {
			t.Errorf("%s: got %q, want %q followed by the advice in words", r.ID, got, label)
		}
	}
	if got := b.ruleInWords("gone.rule"); !strings.Contains(got, "no longer exists") {
		t.Errorf("unknown rule: got %q", got)
	}
}

func TestFirstSentenceSkipsAbbreviations(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Say it plainly, e.g. restart it. Then ask.", "Say it plainly, e.g. restart it."},
		{"Short. Then more.", "Short."},
		{"Lists, i.e. the usual ones, etc. are fine. Next.", "Lists, i.e. the usual ones, etc. are fine."},
		{"No full stop", "No full stop"},
		{"Ends here.", "Ends here."},
	}
	for _, tt := range tests {
		if got := firstSentence(tt.in); got != tt.want {
			t.Errorf("firstSentence(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
