package bot_test

import (
	"strings"
	"testing"
	"time"

	"github.com/rapport-bot/rapport/coach"
	"github.com/rapport-bot/rapport/coach/llm"
	"github.com/rapport-bot/rapport/coach/llm/openaifake"
)

// withLLM gives the bot an LLM rewriter backed by the fake OpenAI server.
func withLLM(t *testing.T, srv *openaifake.Server, timeout time.Duration) func(*setup) {
	return func(s *setup) {
		a, err := coach.NewAnalyzer(coach.Options{})
		if err != nil {
			t.Fatal(err)
		}
		rw, err := llm.New(llm.Config{
			BaseURL:   srv.URL(),
			Model:     "test-model",
			Timeout:   timeout,
			Check:     func(text string) []coach.Finding { return a.Analyze(text, coach.Context{}) },
			Protected: coach.ProtectedTokens,
			Fallback:  coach.RulesRewriter{Analyzer: a},
		})
		if err != nil {
			t.Fatal(err)
		}
		s.deps.Rewriter = rw
	}
}

func TestNudgeUsesModelRewriteAndSendsOnlyRedactedText(t *testing.T) {
	srv := openaifake.New(openaifake.Options{})
	t.Cleanup(srv.Close)
	const msg = "No problem <@U0DANA>, just send the log to dana.smith@example.com"
	redacted, _ := llm.Redact(msg)
	answer := strings.Replace(strings.Replace(redacted, "No problem", "You're welcome", 1), "just send", "please send", 1)
	srv.Enqueue(openaifake.JSON(answer, "warmer"))
	h := newHarness(t, withLLM(t, srv, 2*time.Second))
	h.say(staffUser, supportChan, msg)
	c := h.ephemeralTo(staffUser, supportChan)
	reqs := srv.Requests()
	if len(reqs) == 0 {
		t.Fatal("the model was never asked")
	}
	body := string(reqs[0].Body)
	for _, secret := range []string{"dana.smith@example.com", "U0DANA"} {
		if strings.Contains(body, secret) {
			t.Errorf("request to the model contains %q", secret)
		}
	}
	text := blocksText(c)
	if !strings.Contains(text, "language model") {
		t.Errorf("nudge does not show the model's rewrite:\n%s", text)
	}
	const want = "You're welcome <@U0DANA>, please send the log to dana.smith@example.com"
	if !strings.Contains(blocksPlain(t, c), want) {
		t.Errorf("nudge lacks the restored rewrite %q:\n%s", want, blocksPlain(t, c))
	}
}

func TestSlowModelFallsBackToRules(t *testing.T) {
	srv := openaifake.New(openaifake.Options{})
	t.Cleanup(srv.Close)
	srv.Enqueue(openaifake.Slow(5*time.Second, openaifake.JSON("You're welcome!", "x")))
	h := newHarness(t, withLLM(t, srv, 200*time.Millisecond))
	start := time.Now()
	h.say(staffUser, supportChan, "No problem!")
	c := h.ephemeralTo(staffUser, supportChan)
	if !strings.Contains(blocksText(c), "Rewrite from Rapport's rules (") {
		t.Errorf("fallback nudge does not say the rules were used and why:\n%s", blocksText(c))
	}
	if time.Since(start) > 4*time.Second {
		t.Errorf("the nudge waited for the slow model")
	}
}
