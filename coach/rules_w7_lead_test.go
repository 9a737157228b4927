package coach

import (
	"strings"
	"testing"
)

// Wave 7, lead: form-letter "revert" said plainly without breaking the
// sentence, a blame line the split-alternative trap had disabled, and an
// apostrophe typed as a backtick. Our own sentences.

func init() {
	addRuleCases("robotic.revert-to-you",
		[]string{
			"We'll revert back to you by text this afternoon.",
			"Our billing team will revert to you shortly.",
		},
		[]string{
			"Please revert to the previous version of the add-in.",
			"If you revert the change, the old menu comes back.",
		})
	addRuleCases("blame.supposed-to",
		[]string{
			"You know you're not supposed to install games on the work laptop.",
			"You know you are not allowed to share the admin password.",
		},
		[]string{
			"You know you're allowed to take the loan laptop home.",
		})
}

// TestRevertRewrites: the form-letter "revert" is replaced by words that fit
// the rest of the sentence, not by a fixed phrase that strands "to us".
func TestRevertRewrites(t *testing.T) {
	a := newTestAnalyzer(t)
	wantRewrites(t, a, []rewriteCase{
		{"We'll revert back to you by text this afternoon.", "We'll get back to you by text this afternoon."},
		{"Kindly revert back to us with the ticket number.", "Please reply with the ticket number."},
		{"Please revert back to me when the laptop is free.", "Let me know when the laptop is free."},
		{"Kindly respond to us.", "Let me know."},
	})
}

// TestBacktickApostrophe: "we`re", "don`t" are read as the contractions
// (some keyboards type the apostrophe so); a backtick opening inline code
// still ends the word.
func TestBacktickApostrophe(t *testing.T) {
	a := newTestAnalyzer(t)
	in := "Thanks for the report, and we`re sorry for any inconvenience."
	want := "Thanks for the report, and I'm sorry for the trouble."
	if got := a.RuleRewrite(in, a.Analyze(in, Context{})); got != want {
		t.Errorf("%q: rewrite %q, want %q", in, got, want)
	}
	tz := &tokenizer{}
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"I don`t know", []string{"i", "don't", "know"}},
		{"it`s fine", []string{"it's", "fine"}},
		{"a`b c", []string{"a", "`", "b", "c"}},
	} {
		var got []string
		for _, tk := range tz.tokenize(tc.text) {
			got = append(got, tk.norm)
		}
		if len(got) < len(tc.want) || got[0] != tc.want[0] || got[1] != tc.want[1] {
			t.Errorf("%q: tokens %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestExtendStopsAtNewClause: a finding extended to its sentence's end
// stops where "and"/"but"/"so" opens a clause with its own subject, so the
// apology after a promise can still be rewritten whole.
func TestExtendStopsAtNewClause(t *testing.T) {
	a := newTestAnalyzer(t)
	in := "The team will look into it and we're sorry for any inconvenience."
	want := "The team will look into it and I'm sorry for the trouble."
	fs := a.Analyze(in, Context{})
	for _, f := range fs {
		if f.Rule == "promise.team-will" && strings.Contains(f.Match, "we're") {
			t.Errorf("promise span %q runs into the next clause", f.Match)
		}
	}
	if got := a.RuleRewrite(in, fs); got != want {
		t.Errorf("rewrite %q, want %q", got, want)
	}
	in = "The team will look into it tomorrow and send you the report."
	for _, f := range a.Analyze(in, Context{}) {
		if f.Rule == "promise.team-will" && !strings.HasSuffix(f.Match, "report") {
			t.Errorf("promise span %q: want it to run to the sentence's end", f.Match)
		}
	}
}
