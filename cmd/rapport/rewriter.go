package main

import (
	"context"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/rapport-bot/rapport/bot"
	"github.com/rapport-bot/rapport/coach"
	"github.com/rapport-bot/rapport/coach/llm"
	"github.com/rapport-bot/rapport/prompts"
)

// llmSettings are the parts of the configuration the LLM rewriter needs;
// `run` and `check --llm` both fill them.
type llmSettings struct {
	APIKey, BaseURL, Model, PromptsDir string
	Timeout                            time.Duration
}

func llmSettingsOf(cfg bot.Config) llmSettings {
	return llmSettings{APIKey: cfg.OpenAIKey, BaseURL: cfg.OpenAIBaseURL, Model: cfg.LLMModel, PromptsDir: cfg.PromptsDir, Timeout: cfg.LLMTimeout}
}

// configured reports whether an LLM is set up: a key, or a base URL for a
// keyless local server.
func (s llmSettings) configured() bool { return s.APIKey != "" || s.BaseURL != "" }

// newLLMRewriter builds the LLM rewriter, with the rules as its fallback.
func newLLMRewriter(s llmSettings, analyzer *coach.Analyzer, log *slog.Logger) (*llm.Rewriter, error) {
	set, err := prompts.Load(s.PromptsDir)
	if err != nil {
		return nil, fmt.Errorf("RAPPORT_PROMPTS_DIR: %w", err)
	}
	return llm.New(llm.Config{
		APIKey:  s.APIKey,
		BaseURL: s.BaseURL,
		Model:   s.Model,
		Timeout: s.Timeout,
		Azure:   isAzure(s.BaseURL),
		Prompts: set,
		Check: func(text string) []coach.Finding {
			return analyzer.Analyze(text, coach.Context{})
		},
		Protected: coach.ProtectedTokens,
		Fallback:  coach.RulesRewriter{Analyzer: analyzer},
		Logger:    log,
	})
}

// isAzure reports whether the base URL is an Azure OpenAI resource endpoint,
// which takes the api-key header and deployment URLs.
func isAzure(base string) bool {
	u, err := url.Parse(base)
	if err != nil {
		return false
	}
	h := strings.ToLower(u.Hostname())
	return strings.HasSuffix(h, ".openai.azure.com") || strings.HasSuffix(h, ".cognitiveservices.azure.com")
}

// newRewriter returns the LLM rewriter when one is configured, reporting to
// the metrics, or nil: the bot then uses the rules.
func newRewriter(cfg bot.Config, analyzer *coach.Analyzer, m *bot.Metrics, log *slog.Logger) (coach.Rewriter, error) {
	s := llmSettingsOf(cfg)
	if !s.configured() {
		return nil, nil
	}
	rw, err := newLLMRewriter(s, analyzer, log)
	if err != nil {
		return nil, err
	}
	return &meteredRewriter{rw: rw, m: m}, nil
}

// meteredRewriter exports the LLM rewriter's counters to Prometheus. The
// counters are monotonic, so adding each call's difference keeps the totals
// exact whatever the interleaving.
type meteredRewriter struct {
	rw *llm.Rewriter
	m  *bot.Metrics

	mu   sync.Mutex
	last llm.Stats
}

func (r *meteredRewriter) Rewrite(ctx context.Context, text string, findings []coach.Finding) (coach.Rewrite, error) {
	out, err := r.rw.Rewrite(ctx, text, findings)
	r.mu.Lock()
	defer r.mu.Unlock()
	now := r.rw.Stats() // read under the lock, so last only moves forward
	if now.Calls > r.last.Calls {
		r.m.LLMCalls.Add(float64(now.Calls - r.last.Calls))
	}
	if f := now.Failures + now.Rejected; f > r.last.Failures+r.last.Rejected {
		r.m.LLMFailures.Add(float64(f - r.last.Failures - r.last.Rejected))
	}
	if now.Fallbacks > r.last.Fallbacks {
		r.m.LLMFallbacks.Add(float64(now.Fallbacks - r.last.Fallbacks))
	}
	if n := now.LatencyCount - r.last.LatencyCount; n > 0 {
		// The mean of the requests this call made (usually one).
		r.m.LLMLatency.Observe((now.LatencySum - r.last.LatencySum).Seconds() / float64(n))
	}
	r.last = now
	return out, err
}
