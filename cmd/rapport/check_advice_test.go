package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestCheckShowsRewriteOrSuggestions: check prints whichever the coach
// chose, in JSON and for people, and the two agree.
func TestCheckShowsRewriteOrSuggestions(t *testing.T) {
	tests := []struct {
		name, text  string
		wantRewrite string // "" means the text is kept
		wantSuggest bool
		wantHuman   string
	}{
		{"safe rewrite", "Just restart Outlook and it'll pick up the new mailbox.", "Restart Outlook and it'll pick up the new mailbox.", false,
			"Rewrite: Restart Outlook and it'll pick up the new mailbox."},
		{"no safe rewrite", "haha we can blame user error on this one", "", true, "Rewrite: none that is safe to send as is"},
		{"promise only", "I'll send you the quote by Friday.", "", false, "You promised “I'll send you the quote by Friday.” — record it with /followup"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, out, _ := runCheckCmd(t, nil, nil, "--json", tt.text)
			var res struct {
				Text        string `json:"text"`
				Rewrite     string `json:"rewrite"`
				Suggestions []struct {
					Phrase string `json:"phrase"`
					Try    string `json:"try"`
				} `json:"suggestions"`
			}
			if err := json.Unmarshal([]byte(out), &res); err != nil {
				t.Fatalf("json: %v\n%s", err, out)
			}
			want := tt.wantRewrite
			if want == "" {
				want = tt.text
			}
			if res.Rewrite != want {
				t.Errorf("rewrite: got %q, want %q", res.Rewrite, want)
			}
			if got := len(res.Suggestions) > 0; got != tt.wantSuggest {
				t.Errorf("suggestions given: got %v, want %v (%s)", got, tt.wantSuggest, out)
			}
			_, human, _ := runCheckCmd(t, nil, nil, tt.text)
			if !strings.Contains(human, tt.wantHuman) {
				t.Errorf("human output lacks %q:\n%s", tt.wantHuman, human)
			}
			for _, s := range res.Suggestions {
				if !strings.Contains(human, s.Try) {
					t.Errorf("human output lacks the suggestion %q the JSON gives:\n%s", s.Try, human)
				}
			}
		})
	}
}
