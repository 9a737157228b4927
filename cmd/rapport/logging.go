package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"regexp"
	"strings"
)

// LogConfig is how `rapport run` logs: RAPPORT_LOG_FORMAT and
// RAPPORT_LOG_LEVEL, already validated by loadConfig.
type LogConfig struct {
	Format string // "text" or "json"
	Level  string // "debug", "info", "warn" or "error"
}

// redacted replaces every secret in log output.
const redacted = "[redacted]"

// minSecretLen is the shortest explicit secret that is redacted: replacing
// every occurrence of a one- or two-letter placeholder key ("x" for a local
// LLM server that ignores keys) would garble every log line.
const minSecretLen = 6

// tokenShape matches Slack tokens (xoxb-, xoxp-, xoxa-, xoxe-, xoxr-, xoxs-,
// xoxo-, xapp-) and OpenAI-style keys (sk-…), wherever they appear.
var tokenShape = regexp.MustCompile(`xox[abeoprs]-[0-9A-Za-z-]+|xapp-[0-9A-Za-z-]+|sk-[0-9A-Za-z_-]{20,}`)

// newLogger returns a logger writing lc.Format at lc.Level to w. Every
// occurrence of secrets, and anything shaped like a Slack token, is replaced
// by "[redacted]" in the message and in every attribute, however deeply
// nested, including error values. An unknown format or level falls back to
// text and info.
func newLogger(w io.Writer, lc LogConfig, secrets ...string) *slog.Logger {
	var level slog.Level
	if err := level.UnmarshalText([]byte(lc.Level)); err != nil {
		level = slog.LevelInfo
	}
	opts := &slog.HandlerOptions{Level: level}
	var h slog.Handler
	if lc.Format == "json" {
		h = slog.NewJSONHandler(w, opts)
	} else {
		h = slog.NewTextHandler(w, opts)
	}
	return slog.New(newRedactHandler(h, secrets))
}

// redactor replaces known secrets and token-shaped strings.
type redactor struct{ secrets []string }

func newRedactor(secrets []string) redactor {
	var keep []string
	for _, s := range secrets {
		if len(s) >= minSecretLen {
			keep = append(keep, s)
		}
	}
	return redactor{secrets: keep}
}

// redact replaces the secrets and token-shaped strings in s.
func (r redactor) redact(s string) string {
	for _, secret := range r.secrets {
		if strings.Contains(s, secret) {
			s = strings.ReplaceAll(s, secret, redacted)
		}
	}
	if strings.Contains(s, "xox") || strings.Contains(s, "xapp-") || strings.Contains(s, "sk-") {
		s = tokenShape.ReplaceAllString(s, redacted)
	}
	return s
}

// redactHandler scrubs secrets from records before the wrapped handler
// formats them.
type redactHandler struct {
	redactor
	next slog.Handler
}

func newRedactHandler(next slog.Handler, secrets []string) *redactHandler {
	return &redactHandler{redactor: newRedactor(secrets), next: next}
}

// Enabled implements slog.Handler.
func (h *redactHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return h.next.Enabled(ctx, l)
}

// Handle implements slog.Handler.
func (h *redactHandler) Handle(ctx context.Context, r slog.Record) error {
	out := slog.NewRecord(r.Time, r.Level, h.redact(r.Message), r.PC)
	r.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(h.redactAttr(a))
		return true
	})
	return h.next.Handle(ctx, out)
}

// WithAttrs implements slog.Handler.
func (h *redactHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	clean := make([]slog.Attr, len(attrs))
	for i, a := range attrs {
		clean[i] = h.redactAttr(a)
	}
	return &redactHandler{redactor: h.redactor, next: h.next.WithAttrs(clean)}
}

// WithGroup implements slog.Handler.
func (h *redactHandler) WithGroup(name string) slog.Handler {
	return &redactHandler{redactor: h.redactor, next: h.next.WithGroup(h.redact(name))}
}

func (h *redactHandler) redactAttr(a slog.Attr) slog.Attr {
	a.Key = h.redact(a.Key)
	v := a.Value.Resolve() // LogValuer: scrub what will really be printed
	switch v.Kind() {
	case slog.KindString:
		a.Value = slog.StringValue(h.redact(v.String()))
	case slog.KindGroup:
		group := v.Group()
		clean := make([]slog.Attr, len(group))
		for i, g := range group {
			clean[i] = h.redactAttr(g)
		}
		a.Value = slog.GroupValue(clean...)
	case slog.KindAny:
		switch x := v.Any().(type) {
		case error:
			a.Value = slog.StringValue(h.redact(x.Error()))
		default:
			// Structs, slices, maps, Stringers: the text handler prints them
			// with %+v, the JSON handler marshals them (following pointers
			// %+v does not). Keep the value unless either form holds a
			// secret; then log its scrubbed %+v text instead.
			s := fmt.Sprintf("%+v", x)
			j, _ := json.Marshal(x)
			if h.redact(s) != s || h.redact(string(j)) != string(j) {
				a.Value = slog.StringValue(h.redact(s))
			} else {
				a.Value = v
			}
		}
	default:
		a.Value = v
	}
	return a
}
