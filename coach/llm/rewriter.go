// Package llm rewrites support messages with a language model behind any
// OpenAI-compatible API (OpenAI, Azure OpenAI, Ollama, vLLM, llama.cpp's
// server), with the rule rewrite as the floor.
//
// Before anything leaves the process the message is redacted (see Redact):
// only the redacted message, the findings (their phrases redacted the same
// way) and the prompt templates are sent. The answer is verified: it must
// keep every placeholder and every protected token, stay about as long, and
// no longer trip the rules. A slow, failing, rate-limited or untrustworthy
// model falls back to the rule rewrite, and the Rewrite says why.
package llm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/rapport-bot/rapport/coach"
	"github.com/rapport-bot/rapport/prompts"
)

// Defaults of Config.
const (
	DefaultTimeout         = 4 * time.Second
	DefaultMaxConcurrent   = 4
	DefaultCacheSize       = 256
	DefaultModel           = "gpt-4o-mini" // only with OpenAI itself (no BaseURL)
	DefaultAzureAPIVersion = "2024-10-21"  // the first GA version with JSON mode
	maxCooldown            = 5 * time.Minute
)

// Values of Rewrite.By.
const (
	ByLLM   = "llm"
	ByRules = "rules"
)

// Reasons a rewrite fell back to the rules, in Rewrite.Reason. A rejected
// answer's reason starts with ReasonRejected, followed by what was wrong
// ("rejected: dropped a link").
const (
	ReasonTimeout     = "timeout"
	ReasonRateLimited = "rate limited"
	ReasonBusy        = "busy"
	ReasonError       = "error"
	ReasonCanceled    = "canceled"
	ReasonRejected    = "rejected: "
)

// ErrConfig wraps every configuration error of New.
var ErrConfig = errors.New("llm configuration")

// Config configures a Rewriter. The zero value of each optional field picks
// its default.
type Config struct {
	// APIKey is OPENAI_API_KEY. Keyless local servers (Ollama, vLLM,
	// llama.cpp) need only BaseURL.
	APIKey string
	// BaseURL is OPENAI_BASE_URL, such as http://localhost:11434/v1; empty
	// means OpenAI. For Azure, the resource endpoint.
	BaseURL string
	// Model is RAPPORT_LLM_MODEL (the deployment name on Azure). Required
	// with a BaseURL; DefaultModel otherwise.
	Model string
	// Timeout bounds every Rewrite: the user never waits longer.
	Timeout time.Duration
	// MaxConcurrent bounds the requests in flight; more wait for a slot
	// only until the timeout, then fall back.
	MaxConcurrent int
	// CacheSize bounds the answer cache (entries); negative disables it.
	CacheSize int
	// Azure selects Azure OpenAI (api-key header, deployment URLs).
	Azure           bool
	AzureAPIVersion string
	// Prompts are the templates; nil loads the embedded ones.
	Prompts *prompts.Set
	// Check re-analyses a rewrite; an answer with findings other than
	// promise and frustration is rejected. Required.
	Check func(text string) []coach.Finding
	// Protected lists what a rewrite must keep verbatim (URLs, code,
	// mentions, numbers, paths, quoted text). Required.
	Protected func(text string) []string
	// Fallback is the rule rewrite, used whenever the model's answer is not.
	// Required.
	Fallback coach.Rewriter
	// HTTPClient sends the requests; nil uses a new http.Client.
	HTTPClient *http.Client
	// Logger receives one line per fallback with its cause (never message
	// text or the key); nil discards.
	Logger *slog.Logger
	// Now is the clock, for Retry-After; nil uses time.Now.
	Now func() time.Time
}

// Rewriter is a coach.Rewriter backed by a language model. It is safe for
// concurrent use.
type Rewriter struct {
	client    *openai.Client
	model     string
	reasoning bool // o-series and gpt-5 models take max_completion_tokens
	timeout   time.Duration
	prompts   *prompts.Set
	verify    verifier
	fallback  coach.Rewriter
	sem       chan struct{}
	cache     *cache
	log       *slog.Logger
	now       func() time.Time
	key       string // only to scrub it from anything logged

	plainOnly     atomic.Bool  // the server does not do JSON mode
	cooldownUntil atomic.Int64 // unix nanoseconds; a 429's Retry-After
	stats         counters
}

var _ coach.Rewriter = (*Rewriter)(nil)

func configErr(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrConfig}, args...)...)
}

// New checks cfg and returns a Rewriter. Errors name the setting at fault and
// never contain the API key.
func New(cfg Config) (*Rewriter, error) {
	switch {
	case cfg.Fallback == nil:
		return nil, configErr("a fallback rewriter is required")
	case cfg.Check == nil:
		return nil, configErr("a check function is required")
	case cfg.Protected == nil:
		return nil, configErr("a protected-tokens function is required")
	case strings.TrimSpace(cfg.APIKey) != cfg.APIKey || strings.ContainsAny(cfg.APIKey, " \t\r\n"):
		return nil, configErr("OPENAI_API_KEY contains white space")
	case cfg.APIKey == "" && cfg.BaseURL == "":
		return nil, configErr("set OPENAI_API_KEY for OpenAI, or OPENAI_BASE_URL for a local server")
	case cfg.Azure && (cfg.APIKey == "" || cfg.BaseURL == ""):
		return nil, configErr("Azure OpenAI needs OPENAI_API_KEY and OPENAI_BASE_URL (the resource endpoint)")
	case cfg.Timeout < 0:
		return nil, configErr("RAPPORT_LLM_TIMEOUT must be positive, got %s", cfg.Timeout)
	case cfg.MaxConcurrent < 0:
		return nil, configErr("concurrency limit must be positive, got %d", cfg.MaxConcurrent)
	}
	if cfg.BaseURL != "" {
		u, err := url.Parse(cfg.BaseURL)
		if err != nil {
			return nil, configErr("OPENAI_BASE_URL is not a URL")
		}
		if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, configErr("OPENAI_BASE_URL %s: want an http:// or https:// URL", u.Redacted())
		}
	}
	model := cfg.Model
	if model == "" {
		if cfg.BaseURL != "" {
			return nil, configErr("RAPPORT_LLM_MODEL is required with OPENAI_BASE_URL")
		}
		model = DefaultModel
	}
	r := &Rewriter{
		model:    model,
		timeout:  orDefault(cfg.Timeout, DefaultTimeout),
		prompts:  cfg.Prompts,
		verify:   verifier{check: cfg.Check, protected: cfg.Protected},
		fallback: cfg.Fallback,
		sem:      make(chan struct{}, orDefault(cfg.MaxConcurrent, DefaultMaxConcurrent)),
		log:      cfg.Logger,
		now:      cfg.Now,
		key:      cfg.APIKey,
	}
	lower := strings.ToLower(model)
	for _, p := range []string{"o1", "o3", "o4", "gpt-5"} {
		if strings.HasPrefix(lower, p) {
			r.reasoning = true
		}
	}
	if r.prompts == nil {
		p, err := prompts.Load("")
		if err != nil {
			return nil, fmt.Errorf("llm: %w", err)
		}
		r.prompts = p
	}
	if size := orDefault(cfg.CacheSize, DefaultCacheSize); size > 0 {
		r.cache = newCache(size)
	}
	if r.log == nil {
		r.log = slog.New(slog.DiscardHandler)
	}
	if r.now == nil {
		r.now = time.Now
	}

	var oc openai.ClientConfig
	if cfg.Azure {
		oc = openai.DefaultAzureConfig(cfg.APIKey, cfg.BaseURL)
		oc.APIVersion = cfg.AzureAPIVersion
		if oc.APIVersion == "" {
			oc.APIVersion = DefaultAzureAPIVersion
		}
		oc.AzureModelMapperFunc = func(m string) string { return m } // Model is the deployment name
	} else {
		oc = openai.DefaultConfig(cfg.APIKey)
		if cfg.BaseURL != "" {
			oc.BaseURL = cfg.BaseURL
		}
	}
	hc := cfg.HTTPClient
	if hc == nil {
		hc = &http.Client{}
	}
	oc.HTTPClient = retryAfterDoer{client: hc, r: r}
	r.client = openai.NewClientWithConfig(oc)
	return r, nil
}

func orDefault[T int | time.Duration](v, def T) T {
	if v == 0 {
		return def
	}
	return v
}

// Stats returns the counters since New.
func (r *Rewriter) Stats() Stats { return r.stats.snapshot() }

// Rewrite rewrites text so that its findings are addressed. Without findings
// it returns text unchanged and sends nothing. Otherwise it asks the model
// (within the timeout) and verifies the answer; when anything goes wrong it
// returns the Fallback's rewrite with By "rules" and Reason saying why. The
// error is non-nil only when the fallback itself fails.
func (r *Rewriter) Rewrite(ctx context.Context, text string, findings []coach.Finding) (coach.Rewrite, error) {
	if len(findings) == 0 {
		return coach.Rewrite{Text: text, By: ByRules}, nil
	}
	red := newRedaction(text)
	data := prompts.Data{Message: red.text, Findings: promptFindings(red, text, findings)}
	key := cacheKey(data.Message, data.Findings)

	if a, ok := r.cache.get(key); ok {
		if out, err := r.verify.verify(text, red, a.text); err == nil {
			r.stats.cacheHits.Add(1)
			return coach.Rewrite{Text: out, By: ByLLM, Reason: restoreReason(red, a.reason)}, nil
		}
	}
	if until := r.cooldownUntil.Load(); until != 0 && r.now().UnixNano() < until {
		return r.fallBack(ctx, text, findings, ReasonRateLimited, nil)
	}

	tctx, cancel := context.WithTimeout(ctx, r.timeout)
	defer cancel()
	select {
	case r.sem <- struct{}{}:
	case <-tctx.Done():
		reason := ReasonBusy
		if errors.Is(ctx.Err(), context.Canceled) {
			reason = ReasonCanceled
		}
		return r.fallBack(ctx, text, findings, reason, tctx.Err())
	}
	a, err := r.ask(tctx, data)
	<-r.sem
	if err != nil {
		return r.fallBack(ctx, text, findings, r.classify(ctx, tctx, err), err)
	}
	out, err := r.verify.verify(text, red, a.text)
	if err != nil {
		r.stats.rejected.Add(1)
		return r.fallBack(ctx, text, findings, ReasonRejected+err.Error(), nil)
	}
	r.cache.put(key, a)
	return coach.Rewrite{Text: out, By: ByLLM, Reason: restoreReason(red, a.reason)}, nil
}

// restoreReason puts private details back into the model's one-line reason,
// or drops the reason when it holds a placeholder of its own invention.
func restoreReason(red *redaction, reason string) string {
	s, err := red.restore(reason)
	if err != nil {
		return ""
	}
	return s
}

// promptFindings is what the model is told about each finding, redacted with
// the message's own mapping. The phrase is cut from the redacted message when
// the offsets allow, so a phrase that overlaps a private detail shows its
// placeholder, never a piece of the detail.
func promptFindings(red *redaction, text string, findings []coach.Finding) []prompts.Finding {
	out := make([]prompts.Finding, 0, len(findings))
	for _, f := range findings {
		match := red.also(f.Match)
		if 0 <= f.Start && f.Start < f.End && f.End <= len(text) {
			match = red.also(text[f.Start:f.End])
		}
		out = append(out, prompts.Finding{
			Rule:       f.Rule,
			Category:   string(f.Category),
			Match:      match,
			Why:        red.also(f.Message),
			Suggestion: red.also(f.Suggestion),
			Source:     f.Source,
		})
	}
	return out
}

// fallBack returns the rule rewrite, marked with why the model's was not used.
func (r *Rewriter) fallBack(ctx context.Context, text string, findings []coach.Finding, reason string, cause error) (coach.Rewrite, error) {
	r.stats.fallbacks.Add(1)
	attrs := []any{"reason", reason}
	if cause != nil {
		attrs = append(attrs, "cause", r.describe(cause))
	}
	r.log.WarnContext(ctx, "llm rewrite fell back to rules", attrs...)
	rw, err := r.fallback.Rewrite(ctx, text, findings)
	if err != nil {
		return coach.Rewrite{}, fmt.Errorf("rule rewrite after llm %s: %w", reason, err)
	}
	rw.By = ByRules
	rw.Reason = reason
	return rw, nil
}

// classify names why a request failed, for Rewrite.Reason.
func (r *Rewriter) classify(ctx, tctx context.Context, err error) string {
	if status(err) == http.StatusTooManyRequests {
		return ReasonRateLimited
	}
	if ctx.Err() != nil && !errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return ReasonCanceled
	}
	if errors.Is(err, context.DeadlineExceeded) || tctx.Err() != nil {
		return ReasonTimeout
	}
	return ReasonError
}

// status is the HTTP status of a failed request, or 0.
func status(err error) int {
	var apiErr *openai.APIError
	if errors.As(err, &apiErr) {
		return apiErr.HTTPStatusCode
	}
	var reqErr *openai.RequestError
	if errors.As(err, &reqErr) {
		return reqErr.HTTPStatusCode
	}
	return 0
}

// describe says what went wrong for the log, without the server's message
// (which may quote the request) and without the key.
func (r *Rewriter) describe(err error) string {
	var s string
	if code := status(err); code != 0 {
		s = "HTTP " + strconv.Itoa(code)
		var apiErr *openai.APIError
		if errors.As(err, &apiErr) && apiErr.Type != "" {
			s += " " + apiErr.Type
		}
	} else {
		s = err.Error()
	}
	if r.key != "" {
		s = strings.ReplaceAll(s, r.key, "[key]")
	}
	return s
}

// ask sends the prompt and returns the answer still in placeholder space. In
// JSON mode, a 400 (the server refuses response_format) or an answer that is
// not the JSON asked for is retried once in plain-text mode; when that works,
// the Rewriter stays in plain-text mode.
func (r *Rewriter) ask(ctx context.Context, data prompts.Data) (answer, error) {
	if r.plainOnly.Load() {
		return r.askPlain(ctx, data)
	}
	data.JSON = true
	content, err := r.complete(ctx, data)
	if err == nil {
		if a, ok := parseJSONAnswer(content); ok {
			return a, nil
		}
	} else if status(err) != http.StatusBadRequest {
		return answer{}, err
	}
	a, err := r.askPlain(ctx, data)
	if err != nil {
		return answer{}, err
	}
	r.plainOnly.Store(true)
	return a, nil
}

func (r *Rewriter) askPlain(ctx context.Context, data prompts.Data) (answer, error) {
	data.JSON = false
	content, err := r.complete(ctx, data)
	if err != nil {
		return answer{}, err
	}
	return parsePlainAnswer(content), nil
}

var errNoChoices = errors.New("answer has no choices")

// complete sends one chat completion and returns the answer's content.
func (r *Rewriter) complete(ctx context.Context, data prompts.Data) (string, error) {
	system, err := r.prompts.Render("system", data)
	if err != nil {
		return "", err
	}
	user, err := r.prompts.Render("user", data)
	if err != nil {
		return "", err
	}
	req := openai.ChatCompletionRequest{
		Model: r.model,
		Messages: []openai.ChatCompletionMessage{
			{Role: openai.ChatMessageRoleSystem, Content: system},
			{Role: openai.ChatMessageRoleUser, Content: user},
		},
	}
	// About four characters a token; an answer may be twice the message,
	// plus the JSON wrapping and the reason.
	limit := 2*len(data.Message)/4 + 200
	if r.reasoning {
		req.MaxCompletionTokens = limit + 2000 // reasoning tokens count too
	} else {
		// max_tokens, deprecated by OpenAI in favour of
		// max_completion_tokens, is what local OpenAI-compatible servers
		// (llama.cpp, Ollama) read; OpenAI's own non-reasoning models take
		// both.
		//lint:ignore SA1019 kept for OpenAI-compatible servers that only know max_tokens
		req.MaxTokens = limit
		req.Temperature = 0.3
	}
	if data.JSON {
		req.ResponseFormat = &openai.ChatCompletionResponseFormat{Type: openai.ChatCompletionResponseFormatTypeJSONObject}
	}
	r.stats.calls.Add(1)
	start := r.now()
	resp, err := r.client.CreateChatCompletion(ctx, req)
	r.stats.observe(r.now().Sub(start))
	if err == nil && len(resp.Choices) == 0 {
		err = errNoChoices
	}
	if err != nil {
		r.stats.failures.Add(1)
		return "", fmt.Errorf("chat completion: %w", err)
	}
	return resp.Choices[0].Message.Content, nil
}

// parseJSONAnswer reads {"rewrite": "...", "reason": "..."}, tolerating a
// code fence around it.
func parseJSONAnswer(content string) (answer, bool) {
	var v struct {
		Rewrite *string `json:"rewrite"`
		Reason  string  `json:"reason"`
	}
	if err := json.Unmarshal([]byte(stripFence(content)), &v); err != nil || v.Rewrite == nil {
		return answer{}, false
	}
	return answer{text: *v.Rewrite, reason: oneLine(v.Reason)}, true
}

// parsePlainAnswer takes a plain-text answer as the rewrite, without the
// wrapping models sometimes add (a code fence, the prompt's markers, quotes).
func parsePlainAnswer(content string) answer {
	s := stripFence(content)
	if a, ok := parseJSONAnswer(s); ok {
		return a
	}
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(s, "<<<DRAFT"), "DRAFT>>>"))
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' && !strings.Contains(s[1:len(s)-1], `"`) {
		s = s[1 : len(s)-1]
	}
	return answer{text: s}
}

func stripFence(s string) string {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "```") || !strings.HasSuffix(s, "```") || len(s) < 6 {
		return s
	}
	s = strings.TrimSuffix(s[3:], "```")
	if i := strings.IndexByte(s, '\n'); i >= 0 && !strings.ContainsAny(s[:i], " {\"") {
		s = s[i+1:] // a language tag such as ```json
	}
	return strings.TrimSpace(s)
}

func oneLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, "\r\n"); i >= 0 {
		s = strings.TrimSpace(s[:i])
	}
	return s
}

// retryAfterDoer sends requests and notes a 429's Retry-After, so that the
// Rewriter stops calling the model until then instead of adding to the load.
type retryAfterDoer struct {
	client *http.Client
	r      *Rewriter
}

func (d retryAfterDoer) Do(req *http.Request) (*http.Response, error) {
	resp, err := d.client.Do(req)
	if err == nil && resp.StatusCode == http.StatusTooManyRequests {
		if wait, ok := parseRetryAfter(resp.Header.Get("Retry-After"), d.r.now()); ok {
			d.r.cooldownUntil.Store(d.r.now().Add(min(wait, maxCooldown)).UnixNano())
		}
	}
	return resp, err
}

// parseRetryAfter reads delay-seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if n, err := strconv.Atoi(v); err == nil && n >= 0 {
		return time.Duration(n) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now), true
	}
	return 0, false
}
