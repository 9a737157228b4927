package main

import (
	"github.com/rapport-bot/rapport/bot"
	"github.com/rapport-bot/rapport/coach"
)

// newRewriter returns the LLM rewriter when one is configured, else nil
// (the bot then uses the rules).
func newRewriter(cfg bot.Config, analyzer *coach.Analyzer, m *bot.Metrics) (coach.Rewriter, error) {
	return nil, nil
}
