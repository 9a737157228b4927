package llm_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net/http"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rapport-bot/rapport/coach"
	"github.com/rapport-bot/rapport/coach/llm"
	"github.com/rapport-bot/rapport/coach/llm/openaifake"
)

const testKey = "sk-test-0123456789abcdef"

// msg is a support reply with every kind of private detail, two findings'
// worth of phrasing, and technical facts a rewrite must keep.
const msg = "No problem! Just restart the VPN client from https://vpn.example.com/download?token=s3cr3t " +
	"and ping 10.0.0.15. Ask <@U024BE7LH> or mail ann@corp.example.com, phone +1 555 123 4567."

// How Redact writes msg, and a good answer in the same placeholder space.
const (
	msgRedacted = "No problem! Just restart the VPN client from https://vpn.example.com/download?[[QUERY_1]] " +
		"and ping [[IP_1]]. Ask [[MENTION_1]] or mail [[EMAIL_1]], phone [[PHONE_1]]."
	goodAnswer = "You're welcome! Please restart the VPN client from https://vpn.example.com/download?[[QUERY_1]] " +
		"and ping [[IP_1]]. Ask [[MENTION_1]] or mail [[EMAIL_1]], phone [[PHONE_1]]."
	goodRestored = "You're welcome! Please restart the VPN client from https://vpn.example.com/download?token=s3cr3t " +
		"and ping 10.0.0.15. Ask <@U024BE7LH> or mail ann@corp.example.com, phone +1 555 123 4567."
)

// The private details of msg: none may reach the server.
var secrets = []string{"s3cr3t", "token=", "10.0.0.15", "U024BE7LH", "ann@corp.example.com", "555 123 4567", testKey}

// phraseCheck stands in for the analyzer (being written elsewhere): it flags
// a few phrases, enough for the tests to see a rewrite rejected.
func phraseCheck(text string) []coach.Finding {
	rules := []struct {
		phrase, rule string
		cat          coach.Category
	}{
		{"no problem", "no-problem.reply", coach.NoProblem},
		{"just restart", "condescending.just", coach.Condescending},
		{"i'll get back to you", "promise.later", coach.Promise},
	}
	var out []coach.Finding
	lower := strings.ToLower(text)
	for _, r := range rules {
		if i := strings.Index(lower, r.phrase); i >= 0 {
			out = append(out, coach.Finding{Rule: r.rule, Category: r.cat, Start: i, End: i + len(r.phrase),
				Match: text[i : i+len(r.phrase)], Message: "why " + r.rule, Suggestion: "You're welcome!",
				Source: "Eight Simple Ways to Show You Care as an IT Professional"})
		}
	}
	return out
}

// ruleRewriter stands in for the rule rewrite: recognisable output.
type ruleRewriter struct{ calls atomic.Int32 }

const ruleText = "RULE REWRITE"

func (r *ruleRewriter) Rewrite(_ context.Context, _ string, _ []coach.Finding) (coach.Rewrite, error) {
	r.calls.Add(1)
	return coach.Rewrite{Text: ruleText, By: "rules"}, nil
}

type fixture struct {
	srv   *openaifake.Server
	rw    *llm.Rewriter
	rules *ruleRewriter
	logs  *syncBuffer
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func setup(t *testing.T, opts openaifake.Options, mutate func(*llm.Config)) *fixture {
	t.Helper()
	srv := openaifake.New(opts)
	t.Cleanup(srv.Close)
	f := &fixture{srv: srv, rules: &ruleRewriter{}, logs: &syncBuffer{}}
	cfg := llm.Config{
		APIKey:    testKey,
		BaseURL:   srv.URL(),
		Model:     "test-model",
		Timeout:   2 * time.Second,
		Check:     phraseCheck,
		Protected: coach.ProtectedTokens,
		Fallback:  f.rules,
		Logger:    slog.New(slog.NewTextHandler(f.logs, nil)),
	}
	if mutate != nil {
		mutate(&cfg)
	}
	rw, err := llm.New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	f.rw = rw
	return f
}

func (f *fixture) rewrite(t *testing.T, text string) coach.Rewrite {
	t.Helper()
	got, err := f.rw.Rewrite(context.Background(), text, phraseCheck(text))
	if err != nil {
		t.Fatalf("Rewrite: %v", err)
	}
	return got
}

func wantRules(t *testing.T, got coach.Rewrite, reason string) {
	t.Helper()
	if got.By != "rules" || got.Text != ruleText || got.Reason != reason {
		t.Fatalf("got %+v, want the rule rewrite with reason %q", got, reason)
	}
}

func TestGoodAnswerJSONMode(t *testing.T) {
	f := setup(t, openaifake.Options{APIKey: testKey}, nil)
	f.srv.Enqueue(openaifake.JSON(goodAnswer, "Warmer opening, no minimizer, kept [[EMAIL_1]]"))

	got := f.rewrite(t, msg)
	want := coach.Rewrite{Text: goodRestored, By: "llm", Reason: "Warmer opening, no minimizer, kept ann@corp.example.com"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %+v\nwant %+v", got, want)
	}
	reqs := f.srv.Requests()
	if len(reqs) != 1 {
		t.Fatalf("got %d requests, want 1", len(reqs))
	}
	r := reqs[0]
	if !r.JSONMode() || r.Model != "test-model" || r.Path != "/v1/chat/completions" {
		t.Errorf("got json=%v model=%q path=%q, want JSON mode, test-model, /v1/chat/completions", r.JSONMode(), r.Model, r.Path)
	}
	if len(r.Messages) != 2 || r.Messages[0].Role != "system" || r.Messages[1].Role != "user" {
		t.Fatalf("got messages %+v, want system then user", r.Messages)
	}
	if !strings.Contains(r.Messages[1].Content, msgRedacted) {
		t.Errorf("user prompt %q does not carry the redacted message", r.Messages[1].Content)
	}
	for _, w := range []string{`"No problem"`, "no-problem", "why no-problem.reply", "You're welcome!", "Eight Simple Ways"} {
		if !strings.Contains(r.Messages[1].Content, w) {
			t.Errorf("user prompt lacks the finding detail %q", w)
		}
	}
	if st := f.rw.Stats(); st.Calls != 1 || st.Failures != 0 || st.Fallbacks != 0 || st.LatencyCount != 1 {
		t.Errorf("stats %+v, want 1 call, no failure or fallback, 1 latency sample", st)
	}
	if f.rules.calls.Load() != 0 {
		t.Errorf("the rule rewrite ran although the model's answer was good")
	}
}

func TestRequestIsRedacted(t *testing.T) {
	f := setup(t, openaifake.Options{}, nil)
	f.srv.Enqueue(openaifake.JSON(goodAnswer, "ok"))
	// A finding whose phrase runs into an e-mail address: its phrase must be
	// redacted too.
	findings := phraseCheck(msg)
	i := strings.Index(msg, "mail ann@")
	findings = append(findings, coach.Finding{Rule: "robotic.x", Category: coach.Robotic, Start: i, End: i + len("mail ann@corp.example.com"),
		Match: "mail ann@corp.example.com", Message: "why", Suggestion: "write to ann@corp.example.com"})
	if _, err := f.rw.Rewrite(context.Background(), msg, findings); err != nil {
		t.Fatal(err)
	}
	reqs := f.srv.Requests()
	if len(reqs) != 1 {
		t.Fatalf("got %d requests, want 1", len(reqs))
	}
	body := string(reqs[0].Body)
	for _, s := range secrets {
		if strings.Contains(body, s) {
			t.Errorf("request body contains %q", s)
		}
	}
	for _, p := range []string{"[[QUERY_1]]", "[[IP_1]]", "[[MENTION_1]]", "[[EMAIL_1]]", "[[PHONE_1]]", "https://vpn.example.com/download?"} {
		if !strings.Contains(body, p) {
			t.Errorf("request body lacks %q", p)
		}
	}
	if !strings.Contains(reqs[0].Messages[1].Content, `"mail [[EMAIL_1]]"`) {
		t.Errorf("the overlapping finding's phrase is not shown redacted: %q", reqs[0].Messages[1].Content)
	}
}

func TestPlainTextWhenJSONModeUnsupported(t *testing.T) {
	f := setup(t, openaifake.Options{RejectResponseFormat: true}, nil)
	f.srv.Enqueue(openaifake.Text(goodAnswer), openaifake.Text("Happy to help! Ping [[IP_1]] again."))

	if got := f.rewrite(t, msg); got.By != "llm" || got.Text != goodRestored {
		t.Fatalf("got %+v, want the model's rewrite %q", got, goodRestored)
	}
	second := "No problem! Ping 10.0.0.16 again."
	if got := f.rewrite(t, second); got.By != "llm" || got.Text != "Happy to help! Ping 10.0.0.16 again." {
		t.Fatalf("second: got %+v", got)
	}
	reqs := f.srv.Requests()
	var modes []bool
	for _, r := range reqs {
		modes = append(modes, r.JSONMode())
	}
	// JSON refused (400), plain retry; then plain straight away.
	if want := []bool{true, false, false}; len(modes) != 3 || modes[0] != want[0] || modes[1] != want[1] || modes[2] != want[2] {
		t.Fatalf("got JSON modes %v, want %v", modes, want)
	}
	if strings.Contains(reqs[1].Messages[0].Content, `{"rewrite":`) {
		t.Errorf("plain-mode system prompt still asks for JSON")
	}
}

func TestNonJSONContentRetriedInPlainMode(t *testing.T) {
	f := setup(t, openaifake.Options{}, nil)
	f.srv.Enqueue(openaifake.Text("Sure! Here is a kinder version."), openaifake.Text("```\n"+goodAnswer+"\n```"))
	if got := f.rewrite(t, msg); got.By != "llm" || got.Text != goodRestored {
		t.Fatalf("got %+v, want the model's rewrite", got)
	}
	if reqs := f.srv.Requests(); len(reqs) != 2 || !reqs[0].JSONMode() || reqs[1].JSONMode() {
		t.Fatalf("want a JSON request then one plain retry, got %d requests", len(reqs))
	}
}

func TestFallbacks(t *testing.T) {
	dropURL := "You're welcome! Please restart the VPN client and ping [[IP_1]]. Ask [[MENTION_1]] or mail [[EMAIL_1]], phone [[PHONE_1]]."
	dropMention := strings.Replace(goodAnswer, "Ask [[MENTION_1]] or mail", "Mail", 1)
	altered := strings.Replace(goodAnswer, "[[EMAIL_1]]", "[[EMAIL_1]] ([[EMAIL_2]])", 1)
	stillNoProblem := strings.Replace(goodAnswer, "You're welcome!", "No problem at all!", 1)
	tests := []struct {
		name   string
		resp   openaifake.Response
		reason string
	}{
		{"slow answer", openaifake.Slow(10*time.Second, openaifake.JSON(goodAnswer, "")), llm.ReasonTimeout},
		{"429", openaifake.RateLimited(""), llm.ReasonRateLimited},
		{"500", openaifake.ServerError(), llm.ReasonError},
		{"invalid JSON body", openaifake.InvalidBody(), llm.ReasonError},
		{"drops a URL (and its query placeholder)", openaifake.JSON(dropURL, ""), "rejected: dropped a link"},
		{"drops a mention placeholder", openaifake.JSON(dropMention, ""), "rejected: dropped a mention"},
		{"invents a placeholder", openaifake.JSON(altered, ""), "rejected: changed a private detail"},
		{"still no problem", openaifake.JSON(stillNoProblem, ""), "rejected: still no-problem (no-problem.reply)"},
		{"empty", openaifake.JSON("  ", ""), "rejected: empty answer"},
		{"far longer", openaifake.JSON(goodAnswer+strings.Repeat(" Let me know if there is anything else.", 10), ""), "rejected: too long"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := setup(t, openaifake.Options{}, func(c *llm.Config) { c.Timeout = 300 * time.Millisecond })
			f.srv.Enqueue(tt.resp)
			got := f.rewrite(t, msg)
			wantRules(t, got, tt.reason)
			st := f.rw.Stats()
			if st.Fallbacks != 1 {
				t.Errorf("stats %+v, want 1 fallback", st)
			}
			rejected := strings.HasPrefix(tt.reason, llm.ReasonRejected)
			if rejected && (st.Rejected != 1 || st.Failures != 0) || !rejected && (st.Failures != 1 || st.Rejected != 0) {
				t.Errorf("stats %+v: want a rejection xor a failure counted", st)
			}
			if log := f.logs.String(); !strings.Contains(log, "fell back") || strings.Contains(log, testKey) || strings.Contains(log, "VPN") {
				t.Errorf("log %q: want one fallback line without key or message text", log)
			}
		})
	}
}

func TestDroppedProtectedURLWithoutQuery(t *testing.T) {
	f := setup(t, openaifake.Options{}, nil)
	text := "No problem, the outage is tracked at https://status.example.com/incidents/42 and should clear by 3pm."
	f.srv.Enqueue(
		openaifake.JSON("You're welcome! The outage is tracked on our status page and should clear by 3pm.", ""),
		openaifake.JSON("You're welcome! The outage is tracked at https://status.example.com/incidents/42 and should clear by 4pm.", ""),
	)
	wantRules(t, f.rewrite(t, text), "rejected: dropped a link")
	wantRules(t, f.rewrite(t, text), "rejected: dropped a number")
}

func TestFarShorterRejected(t *testing.T) {
	f := setup(t, openaifake.Options{}, nil)
	text := "No problem! Just restart the laptop, sign in again, open the company portal and install the pending updates before lunch."
	f.srv.Enqueue(openaifake.JSON("You're welcome! Restart it.", ""))
	wantRules(t, f.rewrite(t, text), "rejected: too short")
}

func TestPromiseMayRemain(t *testing.T) {
	f := setup(t, openaifake.Options{}, nil)
	text := "No problem, I'll get back to you tomorrow."
	f.srv.Enqueue(openaifake.JSON("You're welcome, I'll get back to you tomorrow.", "warmer"))
	if got := f.rewrite(t, text); got.By != "llm" || got.Text != "You're welcome, I'll get back to you tomorrow." {
		t.Fatalf("got %+v, want the model's rewrite (a promise may remain)", got)
	}
}

func TestCacheByRedactedText(t *testing.T) {
	f := setup(t, openaifake.Options{}, nil)
	f.srv.Enqueue(openaifake.JSON(goodAnswer, "cached"))
	first := f.rewrite(t, msg)
	second := f.rewrite(t, msg)
	if !reflect.DeepEqual(first, second) || second.By != "llm" {
		t.Fatalf("second rewrite %+v differs from first %+v", second, first)
	}
	// Same message shape, another person's address: same redacted text, so
	// the cached answer serves it, restored with this message's details.
	other := strings.Replace(msg, "ann@corp.example.com", "bob@corp.example.com", 1)
	third := f.rewrite(t, other)
	if want := strings.Replace(goodRestored, "ann@", "bob@", 1); third.Text != want || third.By != "llm" {
		t.Fatalf("third: got %+v, want %q by llm", third, want)
	}
	if n := f.srv.Calls(); n != 1 {
		t.Fatalf("server called %d times, want 1", n)
	}
	if st := f.rw.Stats(); st.CacheHits != 2 || st.Calls != 1 {
		t.Fatalf("stats %+v, want 2 cache hits and 1 call", st)
	}
}

func TestFallbackIsNotCached(t *testing.T) {
	f := setup(t, openaifake.Options{}, nil)
	f.srv.Enqueue(openaifake.ServerError(), openaifake.JSON(goodAnswer, ""))
	wantRules(t, f.rewrite(t, msg), llm.ReasonError)
	if got := f.rewrite(t, msg); got.By != "llm" {
		t.Fatalf("after a failure the model should be asked again, got %+v", got)
	}
}

func TestNoFindingsSendsNothing(t *testing.T) {
	f := setup(t, openaifake.Options{}, nil)
	text := "Thanks for waiting, ann@corp.example.com: the printer is back."
	got, err := f.rw.Rewrite(context.Background(), text, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got.Text != text || got.By != "rules" {
		t.Fatalf("got %+v, want the text unchanged", got)
	}
	if n := f.srv.Calls(); n != 0 {
		t.Fatalf("server called %d times, want 0", n)
	}
}

func TestKeylessLocalServer(t *testing.T) {
	f := setup(t, openaifake.Options{}, func(c *llm.Config) { c.APIKey = ""; c.Model = "llama3.2" })
	f.srv.Enqueue(openaifake.JSON(goodAnswer, ""))
	if got := f.rewrite(t, msg); got.By != "llm" {
		t.Fatalf("got %+v, want the model's rewrite", got)
	}
	r := f.srv.Requests()[0]
	if h := r.Header.Get("Authorization"); h != "" {
		t.Errorf("keyless request sent Authorization %q", h)
	}
	if r.Model != "llama3.2" {
		t.Errorf("model %q, want llama3.2", r.Model)
	}
}

func TestAzure(t *testing.T) {
	srv := openaifake.New(openaifake.Options{APIKey: testKey})
	t.Cleanup(srv.Close)
	srv.Enqueue(openaifake.JSON(goodAnswer, ""))
	rw, err := llm.New(llm.Config{Azure: true, APIKey: testKey, BaseURL: srv.RootURL(), Model: "rapport-gpt4o",
		Check: phraseCheck, Protected: coach.ProtectedTokens, Fallback: &ruleRewriter{}})
	if err != nil {
		t.Fatal(err)
	}
	got, err := rw.Rewrite(context.Background(), msg, phraseCheck(msg))
	if err != nil || got.By != "llm" {
		t.Fatalf("got %+v, %v; want the model's rewrite", got, err)
	}
	r := srv.Requests()[0]
	if r.Path != "/openai/deployments/rapport-gpt4o/chat/completions" || r.Query != "api-version="+llm.DefaultAzureAPIVersion {
		t.Errorf("got %s?%s, want the deployment path with api-version %s", r.Path, r.Query, llm.DefaultAzureAPIVersion)
	}
	if r.Header.Get("api-key") != testKey || r.Header.Get("Authorization") != "" {
		t.Errorf("Azure auth should use the api-key header only")
	}
}

func TestWrongKeyFallsBackWithoutLeakingIt(t *testing.T) {
	f := setup(t, openaifake.Options{APIKey: "sk-the-right-one"}, nil)
	wantRules(t, f.rewrite(t, msg), llm.ReasonError)
	if log := f.logs.String(); !strings.Contains(log, "HTTP 401") || strings.Contains(log, testKey) {
		t.Fatalf("log %q: want the status, never the key", log)
	}
}

func TestRetryAfterCoolsDown(t *testing.T) {
	var now atomic.Int64
	now.Store(time.Date(2026, 11, 18, 10, 30, 0, 0, time.UTC).UnixNano())
	f := setup(t, openaifake.Options{}, func(c *llm.Config) {
		c.Now = func() time.Time { return time.Unix(0, now.Load()) }
	})
	f.srv.Enqueue(openaifake.RateLimited("30"), openaifake.JSON(goodAnswer, ""))
	wantRules(t, f.rewrite(t, msg), llm.ReasonRateLimited)
	wantRules(t, f.rewrite(t, msg), llm.ReasonRateLimited)
	if n := f.srv.Calls(); n != 1 {
		t.Fatalf("during Retry-After the server was called %d times, want 1", n)
	}
	now.Add(int64(31 * time.Second))
	if got := f.rewrite(t, msg); got.By != "llm" {
		t.Fatalf("after Retry-After: got %+v, want the model's rewrite", got)
	}
}

func TestConcurrencyLimitFallsBackWhenFull(t *testing.T) {
	f := setup(t, openaifake.Options{}, func(c *llm.Config) {
		c.MaxConcurrent = 1
		c.Timeout = 500 * time.Millisecond
	})
	f.srv.Enqueue(openaifake.Slow(10*time.Second, openaifake.JSON(goodAnswer, "")))
	done := make(chan coach.Rewrite)
	go func() {
		got, _ := f.rw.Rewrite(context.Background(), msg, phraseCheck(msg))
		done <- got
	}()
	for f.srv.Calls() == 0 {
		time.Sleep(time.Millisecond)
	}
	// The slot is taken; this caller's deadline passes before it frees up.
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	other := "No problem, ping 10.0.0.99."
	got, err := f.rw.Rewrite(ctx, other, phraseCheck(other))
	if err != nil {
		t.Fatal(err)
	}
	wantRules(t, got, llm.ReasonBusy)
	wantRules(t, <-done, llm.ReasonTimeout)
	if n := f.srv.Calls(); n != 1 {
		t.Fatalf("server called %d times, want 1", n)
	}
}

func TestCallerCancelFallsBack(t *testing.T) {
	f := setup(t, openaifake.Options{}, nil)
	f.srv.Enqueue(openaifake.Slow(10*time.Second, openaifake.JSON(goodAnswer, "")))
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		for f.srv.Calls() == 0 {
			time.Sleep(time.Millisecond)
		}
		cancel()
	}()
	got, err := f.rw.Rewrite(ctx, msg, phraseCheck(msg))
	if err != nil {
		t.Fatal(err)
	}
	wantRules(t, got, llm.ReasonCanceled)
}

type failingRules struct{}

var errRules = errors.New("rules broke")

func (failingRules) Rewrite(context.Context, string, []coach.Finding) (coach.Rewrite, error) {
	return coach.Rewrite{}, errRules
}

func TestFallbackErrorIsReturned(t *testing.T) {
	f := setup(t, openaifake.Options{}, func(c *llm.Config) { c.Fallback = failingRules{} })
	f.srv.Enqueue(openaifake.ServerError())
	_, err := f.rw.Rewrite(context.Background(), msg, phraseCheck(msg))
	if !errors.Is(err, errRules) {
		t.Fatalf("got %v, want the fallback's error", err)
	}
}

func TestNewConfigErrors(t *testing.T) {
	base := func() llm.Config {
		return llm.Config{Check: phraseCheck, Protected: coach.ProtectedTokens, Fallback: &ruleRewriter{}}
	}
	tests := []struct {
		name   string
		mutate func(*llm.Config)
		want   string
	}{
		{"nothing set", func(c *llm.Config) {}, "OPENAI_API_KEY"},
		{"base URL without model", func(c *llm.Config) { c.BaseURL = "http://localhost:11434/v1" }, "RAPPORT_LLM_MODEL"},
		{"base URL not http", func(c *llm.Config) { c.BaseURL = "localhost:11434"; c.Model = "m" }, "OPENAI_BASE_URL"},
		{"base URL with password", func(c *llm.Config) { c.BaseURL = "ftp://me:" + testKey + "@h/v1"; c.Model = "m" }, "OPENAI_BASE_URL"},
		{"key with newline", func(c *llm.Config) { c.APIKey = testKey + "\n" }, "white space"},
		{"azure without endpoint", func(c *llm.Config) { c.Azure = true; c.APIKey = testKey; c.Model = "d" }, "Azure"},
		{"negative timeout", func(c *llm.Config) { c.APIKey = testKey; c.Timeout = -time.Second }, "RAPPORT_LLM_TIMEOUT"},
		{"no fallback", func(c *llm.Config) { c.APIKey = testKey; c.Fallback = nil }, "fallback"},
		{"no check", func(c *llm.Config) { c.APIKey = testKey; c.Check = nil }, "check"},
		{"no protected", func(c *llm.Config) { c.APIKey = testKey; c.Protected = nil }, "protected"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := base()
			tt.mutate(&cfg)
			_, err := llm.New(cfg)
			if !errors.Is(err, llm.ErrConfig) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want an ErrConfig naming %q", err, tt.want)
			}
			if strings.Contains(err.Error(), testKey) {
				t.Fatalf("error %q echoes the key", err)
			}
		})
	}
	cfg := base()
	cfg.APIKey = testKey
	if _, err := llm.New(cfg); err != nil {
		t.Fatalf("OpenAI with only a key: %v", err)
	}
}

func TestFakeRejectsUnknownPaths(t *testing.T) {
	srv := openaifake.New(openaifake.Options{})
	t.Cleanup(srv.Close)
	resp, err := http.Get(srv.URL() + "/models")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound || srv.Calls() != 0 {
		t.Fatalf("got %d and %d calls, want 404 and none recorded", resp.StatusCode, srv.Calls())
	}
}
