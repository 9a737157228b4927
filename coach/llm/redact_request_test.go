package llm_test

import (
	"context"
	"strings"
	"testing"

	"github.com/rapport-bot/rapport/coach/llm"
	"github.com/rapport-bot/rapport/coach/llm/openaifake"
)

// TestHostileDetailsNeverReachTheServer sends, through the rewriter to the
// fake OpenAI server, a message holding each kind of private detail the red
// team saw leak: none is in the request, and each is back in the rewrite.
func TestHostileDetailsNeverReachTheServer(t *testing.T) {
	details := []string{
		"415 555 0134", "4155550134", "020 7946 0958",
		"josé.núñez@correo.example.es", "010.000.000.015",
		"q8Rz2LmN4vXw7KpT1sYd9HgF", "Tr0ub4dor", "4111 1111 1111 1111",
		"Summer2026!", "hunter2", "123-45-6789", "AKIAIOSFODNN7EXAMPLE",
		"xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOp",
	}
	text := "No problem! Call 415 555 0134 or 4155550134 (London: 020 7946 0958), mail josé.núñez@correo.example.es, " +
		"ping 010.000.000.015, post to https://hooks.slack.com/services/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, " +
		"clone https://bob:Tr0ub4dor@git.example.com/repo.git, card 4111 1111 1111 1111, pw: Summer2026! and password=hunter2, " +
		"SSN 123-45-6789, key AKIAIOSFODNN7EXAMPLE, token xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOp."
	redacted, _ := llm.Redact(text)
	f := setup(t, openaifake.Options{}, nil)
	f.srv.Enqueue(openaifake.JSON(strings.Replace(redacted, "No problem!", "You're welcome!", 1), "ok"))
	got, err := f.rw.Rewrite(context.Background(), text, phraseCheck(text))
	if err != nil {
		t.Fatal(err)
	}
	reqs := f.srv.Requests()
	if len(reqs) != 1 {
		t.Fatalf("got %d requests, want 1", len(reqs))
	}
	body := string(reqs[0].Body)
	for _, d := range details {
		if strings.Contains(body, d) {
			t.Errorf("request body contains %q", d)
		}
	}
	want := strings.Replace(text, "No problem!", "You're welcome!", 1)
	if got.Text != want {
		t.Errorf("rewrite:\n got %q\nwant %q", got.Text, want)
	}
}
