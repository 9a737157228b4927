package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"
)

const (
	secretApp = "xapp-1-A0SECRET-1234-abcdef"
	secretBot = "xoxb-1111-2222-SECRETbot"
	secretKey = "sk-SECRETopenai0123456789abcdef"
)

// holder is a value logged with slog.Any, as a careless caller might log a
// config struct.
type holder struct {
	Name  string
	Token string
	Inner *holder
}

// tokenValuer resolves to a secret through slog.LogValuer.
type tokenValuer struct{}

func (tokenValuer) LogValue() slog.Value { return slog.StringValue("token=" + secretBot) }

func TestLoggerRedacts(t *testing.T) {
	for _, format := range []string{"text", "json"} {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			log := newLogger(&buf, LogConfig{Format: format, Level: "debug"}, secretApp, secretBot, secretKey, "")
			log = log.With("conn", "app="+secretApp).WithGroup("slack")
			log.Info("auth with "+secretBot+" failed",
				"err", fmt.Errorf("post: %w", errors.New("bad token "+secretBot)),
				"key", secretKey,
				slog.Group("nested", "deeper", slog.GroupValue(slog.String("tok", "Bearer "+secretBot))),
				"user_token", "xoxp-9999-8888-someoneelse", // shaped like a token, not passed in
				"refresh", "xoxe.xoxp-1-Mi0yLTE", // rotated token form
				"config", holder{Name: "cfg", Token: secretBot},
				"ptr", &holder{Name: "outer", Inner: &holder{Token: secretApp}},
				"valuer", tokenValuer{},
				"count", 3,
				"channel", "C0123",
			)
			out := buf.String()
			for _, leak := range []string{"SECRET", "xoxp-9999", "Mi0yLTE", "abcdef"} {
				if strings.Contains(out, leak) {
					t.Errorf("output contains %q:\n%s", leak, out)
				}
			}
			for _, keep := range []string{"auth with [redacted] failed", "C0123", "[redacted]"} {
				if !strings.Contains(out, keep) {
					t.Errorf("output lacks %q:\n%s", keep, out)
				}
			}
			if format == "json" {
				var rec map[string]any
				if err := json.Unmarshal(buf.Bytes(), &rec); err != nil {
					t.Fatalf("not one JSON object: %v\n%s", err, out)
				}
				slack, _ := rec["slack"].(map[string]any)
				if slack["count"] != float64(3) || slack["channel"] != "C0123" {
					t.Errorf("plain attributes changed: %v", slack)
				}
			}
		})
	}
}

// Values without secrets keep their shape: the JSON handler still writes a
// struct as an object.
func TestLoggerKeepsCleanValues(t *testing.T) {
	var buf bytes.Buffer
	log := newLogger(&buf, LogConfig{Format: "json", Level: "info"}, secretBot)
	log.Info("started", "config", holder{Name: "cfg"}, "channels", []string{"C1", "C2"})
	var rec struct {
		Config   holder   `json:"config"`
		Channels []string `json:"channels"`
	}
	if err := json.Unmarshal(buf.Bytes(), &rec); err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	if rec.Config.Name != "cfg" || len(rec.Channels) != 2 {
		t.Errorf("got %+v, want the struct and slice as JSON", rec)
	}
}

// The validation messages name the token prefix; those must stay readable.
func TestLoggerKeepsPrefixesInMessages(t *testing.T) {
	var buf bytes.Buffer
	log := newLogger(&buf, LogConfig{Format: "text", Level: "info"})
	log.Error(`SLACK_BOT_TOKEN must start with "xoxb-"`)
	if !strings.Contains(buf.String(), `xoxb-`) {
		t.Errorf("got %s, want the prefix kept", buf.String())
	}
}

// Short placeholder keys are not redacted: "x" would garble every line.
func TestLoggerIgnoresShortSecrets(t *testing.T) {
	var buf bytes.Buffer
	log := newLogger(&buf, LogConfig{Format: "text", Level: "info"}, "x")
	log.Info("next step", "k", "xyz")
	if strings.Contains(buf.String(), "[redacted]") {
		t.Errorf("got %s, want no redaction", buf.String())
	}
}

func TestLoggerLevelAndFormat(t *testing.T) {
	tests := []struct {
		lc        LogConfig
		debugSeen bool
		warnSeen  bool
		json      bool
	}{
		{LogConfig{"text", "debug"}, true, true, false},
		{LogConfig{"text", "info"}, false, true, false},
		{LogConfig{"json", "warn"}, false, true, true},
		{LogConfig{"json", "error"}, false, false, true},
	}
	for _, tc := range tests {
		t.Run(tc.lc.Format+"/"+tc.lc.Level, func(t *testing.T) {
			var buf bytes.Buffer
			log := newLogger(&buf, tc.lc)
			log.Debug("d-line")
			log.Warn("w-line")
			out := buf.String()
			if got := strings.Contains(out, "d-line"); got != tc.debugSeen {
				t.Errorf("debug shown: got %v, want %v", got, tc.debugSeen)
			}
			if got := strings.Contains(out, "w-line"); got != tc.warnSeen {
				t.Errorf("warn shown: got %v, want %v", got, tc.warnSeen)
			}
			if got := strings.HasPrefix(out, "{"); out != "" && got != tc.json {
				t.Errorf("JSON: got %v, want %v: %s", got, tc.json, out)
			}
		})
	}
}

// BenchmarkLogger measures what redaction adds to a typical log line.
func BenchmarkLogger(b *testing.B) {
	for _, redact := range []bool{false, true} {
		name := "plain"
		var secrets []string
		if redact {
			name = "redacting"
			secrets = []string{secretApp, secretBot, secretKey}
		}
		b.Run(name, func(b *testing.B) {
			var log *slog.Logger
			if redact {
				log = newLogger(io.Discard, LogConfig{Format: "json", Level: "info"}, secrets...)
			} else {
				log = slog.New(slog.NewJSONHandler(io.Discard, nil))
			}
			err := errors.New("chat.postEphemeral: not_in_channel")
			b.ReportAllocs()
			for b.Loop() {
				log.Info("nudge failed", "channel", "C0123456789", "user", "U0123456789", "err", err, "latency", 3*time.Millisecond)
			}
		})
	}
}
