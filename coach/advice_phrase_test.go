package coach

import "testing"

// TestSuggestionQuotesTheClause: a blame finding whose match is only the
// pronoun is quoted with the clause it opens, so the advice says which
// words it means; other matches are quoted as they are.
func TestSuggestionQuotesTheClause(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []struct{ in, want string }{
		{"The reason the queue is stuck is that you cancelled the print job halfway.", "you cancelled the print job halfway"},
		{"Don't blame the app, you deleted the folder.", "you deleted the folder"},
		{"As I said before the meeting, we need the budget approved.", "As I said before"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			res := a.Check(tt.in, Context{})
			var got []string
			for _, s := range res.Suggestions {
				got = append(got, s.Phrase)
				if s.Phrase == tt.want {
					return
				}
			}
			t.Errorf("suggestions for %q quote %q, want one quoting %q (rewrite %q)", tt.in, got, tt.want, res.Rewrite)
		})
	}
}
