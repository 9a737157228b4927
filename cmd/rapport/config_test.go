package main

import (
	"bytes"
	"errors"
	"flag"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/rapport-bot/rapport/bot"
	"github.com/rapport-bot/rapport/coach"
)

const (
	testAppToken = "xapp-1-A0123-4567-abcdefSECRETapp"
	testBotToken = "xoxb-1234-5678-SECRETbotTOKEN"
)

// lookupMap is an environment for loadConfig.
func lookupMap(m map[string]string) func(string) (string, bool) {
	return func(k string) (string, bool) { v, ok := m[k]; return v, ok }
}

// minimalEnv is the least a working `rapport run` needs.
func minimalEnv() map[string]string {
	return map[string]string{"SLACK_APP_TOKEN": testAppToken, "SLACK_BOT_TOKEN": testBotToken}
}

func TestLoadConfigDefaults(t *testing.T) {
	cfg, lc, err := loadConfig(nil, lookupMap(minimalEnv()))
	if err != nil {
		t.Fatalf("loadConfig: %v", err)
	}
	want := bot.Config{
		AppToken:      testAppToken,
		BotToken:      testBotToken,
		APIURL:        "https://slack.com/api/",
		DBPath:        "rapport.db",
		TipSchedule:   "0 9 * * MON",
		Location:      time.UTC,
		HTTPAddr:      "127.0.0.1:9090",
		LLMTimeout:    4 * time.Second,
		RetentionDays: 90,
		NudgeLimit:    5,
		NudgeWindow:   10 * time.Minute,
		Workers:       128,
	}
	if diff := cmp.Diff(want, cfg, cmpopts.IgnoreUnexported(time.Location{})); diff != "" {
		t.Errorf("defaults (-want +got):\n%s", diff)
	}
	if cfg.Location.String() != "UTC" {
		t.Errorf("Location: got %s, want UTC", cfg.Location)
	}
	if want := (LogConfig{Format: "text", Level: "info"}); lc != want {
		t.Errorf("LogConfig: got %+v, want %+v", lc, want)
	}
}

func TestLoadConfigEverySetting(t *testing.T) {
	dir := t.TempDir()
	rules := filepath.Join(dir, "rules.yaml")
	if err := os.WriteFile(rules, []byte("rules: []\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{
		"SLACK_APP_TOKEN":        testAppToken,
		"SLACK_BOT_TOKEN":        testBotToken,
		"SLACK_API_URL":          "http://127.0.0.1:8080/api",
		"RAPPORT_DB":             filepath.Join(dir, "r.db"),
		"RAPPORT_CHANNELS":       "C0123456789, G0ABCDEF ,C0123456789,",
		"RAPPORT_STAFF":          "U012ABC,W0XYZ,S0GROUP",
		"RAPPORT_TIP_CHANNEL":    "C0TIPS",
		"RAPPORT_TIP_SCHEDULE":   "@every 1m",
		"RAPPORT_TZ":             "America/New_York",
		"RAPPORT_HTTP_ADDR":      "0.0.0.0:9091",
		"OPENAI_API_KEY":         "sk-test-key-123456",
		"OPENAI_BASE_URL":        "https://llm.example.com/v1/",
		"RAPPORT_LLM_MODEL":      "gpt-4o-mini",
		"RAPPORT_LLM_TIMEOUT":    "2500ms",
		"RAPPORT_PROMPTS_DIR":    dir,
		"RAPPORT_RULES":          rules,
		"RAPPORT_LOG_FORMAT":     "JSON",
		"RAPPORT_LOG_LEVEL":      "debug",
		"RAPPORT_RETENTION_DAYS": "30",
		"RAPPORT_NUDGE_LIMIT":    "3",
		"RAPPORT_NUDGE_WINDOW":   "1h",
		"RAPPORT_WORKERS":        "16",
	}
	cfg, lc, err := loadConfig(nil, lookupMap(env))
	if err != nil {
		t.Fatalf("loadConfig: %v", err)
	}
	want := bot.Config{
		AppToken:      testAppToken,
		BotToken:      testBotToken,
		APIURL:        "http://127.0.0.1:8080/api/", // trailing slash added
		DBPath:        filepath.Join(dir, "r.db"),
		Channels:      []string{"C0123456789", "G0ABCDEF"},
		Staff:         []string{"U012ABC", "W0XYZ", "S0GROUP"},
		TipChannel:    "C0TIPS",
		TipSchedule:   "@every 1m",
		HTTPAddr:      "0.0.0.0:9091",
		OpenAIKey:     "sk-test-key-123456",
		OpenAIBaseURL: "https://llm.example.com/v1",
		LLMModel:      "gpt-4o-mini",
		LLMTimeout:    2500 * time.Millisecond,
		PromptsDir:    dir,
		RulesPath:     rules,
		RetentionDays: 30,
		NudgeLimit:    3,
		NudgeWindow:   time.Hour,
		Workers:       16,
	}
	if diff := cmp.Diff(want, cfg, cmpopts.IgnoreFields(bot.Config{}, "Location")); diff != "" {
		t.Errorf("config (-want +got):\n%s", diff)
	}
	if got := cfg.Location.String(); got != "America/New_York" {
		t.Errorf("Location: got %s, want America/New_York", got)
	}
	if want := (LogConfig{Format: "json", Level: "debug"}); lc != want {
		t.Errorf("LogConfig: got %+v, want %+v", lc, want)
	}
}

// Every flag overrides its variable, and --http-addr= (empty) disables HTTP
// even though the variable's default is an address.
func TestLoadConfigFlagsOverrideEnv(t *testing.T) {
	env := minimalEnv()
	env["RAPPORT_DB"] = "from-env.db"
	env["RAPPORT_WORKERS"] = "2"
	env["RAPPORT_TIP_SCHEDULE"] = "not a cron spec" // overridden, so never validated
	env["RAPPORT_TZ"] = "Europe/Paris"
	args := []string{
		"--slack-bot-token", "xoxb-from-flag",
		"--db=from-flag.db",
		"--workers", "4",
		"--tip-schedule", "@daily",
		"--channels", "C0AAA,C0BBB",
		"--http-addr=",
		"-nudge-window", "30s",
	}
	cfg, _, err := loadConfig(args, lookupMap(env))
	if err != nil {
		t.Fatalf("loadConfig: %v", err)
	}
	for _, c := range []struct{ name, got, want string }{
		{"BotToken", cfg.BotToken, "xoxb-from-flag"},
		{"AppToken", cfg.AppToken, testAppToken},
		{"DBPath", cfg.DBPath, "from-flag.db"},
		{"TipSchedule", cfg.TipSchedule, "@daily"},
		{"HTTPAddr", cfg.HTTPAddr, ""},
		{"Location", cfg.Location.String(), "Europe/Paris"},
		{"Channels", strings.Join(cfg.Channels, ","), "C0AAA,C0BBB"},
	} {
		if c.got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, c.got, c.want)
		}
	}
	if cfg.Workers != 4 || cfg.NudgeWindow != 30*time.Second {
		t.Errorf("Workers, NudgeWindow: got %d, %s; want 4, 30s", cfg.Workers, cfg.NudgeWindow)
	}
}

// An empty RAPPORT_HTTP_ADDR disables the HTTP server (SPEC); other empty
// variables mean their default.
func TestLoadConfigEmptyValues(t *testing.T) {
	env := minimalEnv()
	env["RAPPORT_HTTP_ADDR"] = ""
	env["RAPPORT_WORKERS"] = ""
	env["RAPPORT_TZ"] = ""
	env["SLACK_API_URL"] = ""
	cfg, _, err := loadConfig(nil, lookupMap(env))
	if err != nil {
		t.Fatalf("loadConfig: %v", err)
	}
	if cfg.HTTPAddr != "" || cfg.Workers != 128 || cfg.Location != time.UTC || cfg.APIURL != "https://slack.com/api/" {
		t.Errorf("got HTTPAddr %q, Workers %d, Location %s, APIURL %q; want \"\", 128, UTC, https://slack.com/api/",
			cfg.HTTPAddr, cfg.Workers, cfg.Location, cfg.APIURL)
	}
}

func TestLoadConfigErrors(t *testing.T) {
	missingDir := filepath.Join(t.TempDir(), "nope")
	notDir := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(notDir, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		env  map[string]string // applied over minimalEnv; "" with unset deletes
		del  []string
		args []string
		want string // the error starts with this
	}{
		{name: "app token missing", del: []string{"SLACK_APP_TOKEN"}, want: "SLACK_APP_TOKEN is not set"},
		{name: "bot token empty", env: map[string]string{"SLACK_BOT_TOKEN": ""}, want: "SLACK_BOT_TOKEN is not set"},
		{name: "app token is a bot token", env: map[string]string{"SLACK_APP_TOKEN": testBotToken}, want: `SLACK_APP_TOKEN must start with "xapp-"`},
		{name: "bot token is a user token", env: map[string]string{"SLACK_BOT_TOKEN": "xoxp-123-SECRETuser"}, want: `SLACK_BOT_TOKEN must start with "xoxb-"`},
		{name: "bot token with newline", env: map[string]string{"SLACK_BOT_TOKEN": testBotToken + "\n"}, want: "SLACK_BOT_TOKEN contains whitespace"},
		{name: "bot token quoted", env: map[string]string{"SLACK_BOT_TOKEN": `"` + testBotToken + `"`}, want: "SLACK_BOT_TOKEN contains quote characters"},
		{name: "app token flag malformed", args: []string{"--slack-app-token", "SECRETxyz"}, want: `SLACK_APP_TOKEN must start with "xapp-"`},
		{name: "api url relative", env: map[string]string{"SLACK_API_URL": "slack.com/api"}, want: "SLACK_API_URL: \"slack.com/api\" is not an absolute http(s) URL"},
		{name: "api url ftp", env: map[string]string{"SLACK_API_URL": "ftp://slack.com/api/"}, want: "SLACK_API_URL:"},
		{name: "db dir missing", env: map[string]string{"RAPPORT_DB": filepath.Join(missingDir, "r.db")}, want: "RAPPORT_DB: directory"},
		{name: "channel name", env: map[string]string{"RAPPORT_CHANNELS": "C0123,foo"}, want: `RAPPORT_CHANNELS: "foo" is not a channel ID`},
		{name: "channel with hash", env: map[string]string{"RAPPORT_CHANNELS": "#support"}, want: `RAPPORT_CHANNELS: "#support" is not a channel ID`},
		{name: "channel is a user", env: map[string]string{"RAPPORT_CHANNELS": "U0123"}, want: "RAPPORT_CHANNELS:"},
		{name: "staff name", env: map[string]string{"RAPPORT_STAFF": "U0123,@bob"}, want: `RAPPORT_STAFF: "@bob" is not a user ID`},
		{name: "staff channel", env: map[string]string{"RAPPORT_STAFF": "C0123"}, want: "RAPPORT_STAFF:"},
		{name: "tip channel name", env: map[string]string{"RAPPORT_TIP_CHANNEL": "general"}, want: `RAPPORT_TIP_CHANNEL: "general" is not a channel ID`},
		{name: "cron garbage", env: map[string]string{"RAPPORT_TIP_SCHEDULE": "every monday"}, want: `RAPPORT_TIP_SCHEDULE: invalid cron spec "every monday"`},
		{name: "cron six fields", env: map[string]string{"RAPPORT_TIP_SCHEDULE": "0 0 9 * * MON"}, want: "RAPPORT_TIP_SCHEDULE: invalid cron spec"},
		{name: "cron bad descriptor", args: []string{"--tip-schedule", "@fortnightly"}, want: "RAPPORT_TIP_SCHEDULE: invalid cron spec"},
		{name: "tz unknown", env: map[string]string{"RAPPORT_TZ": "Mars/Base"}, want: `RAPPORT_TZ: unknown time zone "Mars/Base"`},
		{name: "http addr no port", env: map[string]string{"RAPPORT_HTTP_ADDR": "localhost"}, want: `RAPPORT_HTTP_ADDR: "localhost" is not host:port`},
		{name: "http addr bad port", env: map[string]string{"RAPPORT_HTTP_ADDR": "127.0.0.1:http9"}, want: "RAPPORT_HTTP_ADDR:"},
		{name: "http addr port too big", env: map[string]string{"RAPPORT_HTTP_ADDR": ":70000"}, want: "RAPPORT_HTTP_ADDR:"},
		{name: "openai key with space", env: map[string]string{"OPENAI_API_KEY": "sk-abc SECRET", "RAPPORT_LLM_MODEL": "m"}, want: "OPENAI_API_KEY contains whitespace"},
		{name: "openai base url relative", env: map[string]string{"OPENAI_BASE_URL": "localhost:11434/v1", "RAPPORT_LLM_MODEL": "m"}, want: "OPENAI_BASE_URL:"},
		{name: "llm base url without model", env: map[string]string{"OPENAI_BASE_URL": "http://localhost:11434/v1"}, want: "RAPPORT_LLM_MODEL must be set when OPENAI_BASE_URL is set"},
		{name: "llm model without key", env: map[string]string{"RAPPORT_LLM_MODEL": "gpt-4o-mini"}, want: "RAPPORT_LLM_MODEL is set but OPENAI_API_KEY is not"},
		{name: "llm timeout no unit", env: map[string]string{"RAPPORT_LLM_TIMEOUT": "4"}, want: `RAPPORT_LLM_TIMEOUT: "4" is not a duration`},
		{name: "llm timeout negative", env: map[string]string{"RAPPORT_LLM_TIMEOUT": "-1s"}, want: "RAPPORT_LLM_TIMEOUT: -1s must be positive"},
		{name: "prompts dir is a file", env: map[string]string{"RAPPORT_PROMPTS_DIR": notDir}, want: "RAPPORT_PROMPTS_DIR:"},
		{name: "rules missing", env: map[string]string{"RAPPORT_RULES": missingDir}, want: "RAPPORT_RULES:"},
		{name: "log format", env: map[string]string{"RAPPORT_LOG_FORMAT": "logfmt"}, want: `RAPPORT_LOG_FORMAT: "logfmt" is not text or json`},
		{name: "log level", args: []string{"--log-level", "verbose"}, want: `RAPPORT_LOG_LEVEL: "verbose"`},
		{name: "retention words", env: map[string]string{"RAPPORT_RETENTION_DAYS": "ninety"}, want: `RAPPORT_RETENTION_DAYS: "ninety" is not a whole number`},
		{name: "retention zero", env: map[string]string{"RAPPORT_RETENTION_DAYS": "0"}, want: "RAPPORT_RETENTION_DAYS: 0 must be at least 1"},
		{name: "nudge limit zero", env: map[string]string{"RAPPORT_NUDGE_LIMIT": "0"}, want: "RAPPORT_NUDGE_LIMIT: 0 must be at least 1"},
		{name: "nudge window", env: map[string]string{"RAPPORT_NUDGE_WINDOW": "10 minutes"}, want: `RAPPORT_NUDGE_WINDOW: "10 minutes" is not a duration`},
		{name: "workers zero", args: []string{"--workers=0"}, want: "RAPPORT_WORKERS: 0 must be between 1 and 1024"},
		{name: "workers float", env: map[string]string{"RAPPORT_WORKERS": "2.5"}, want: `RAPPORT_WORKERS: "2.5" is not a whole number`},
		{name: "token pasted as staff", env: map[string]string{"RAPPORT_STAFF": "xoxb-99-SECRETpasted"}, want: `RAPPORT_STAFF: "[redacted]" is not a user ID`},
		{name: "app token pasted as channel", env: map[string]string{"RAPPORT_CHANNELS": testAppToken}, want: `RAPPORT_CHANNELS: "[redacted]" is not a channel ID`},
		{name: "odd key pasted as tip channel", env: map[string]string{"OPENAI_API_KEY": "SECRETkey", "RAPPORT_LLM_MODEL": "m", "RAPPORT_TIP_CHANNEL": "SECRETkey"}, want: `RAPPORT_TIP_CHANNEL: "[redacted]" is not a channel ID`},
		{name: "token typed as a flag", args: []string{"-xoxb-1-SECRETflag"}, want: "unknown flag -[redacted] (see 'rapport run --help')"},
		{name: "unknown flag", args: []string{"--slak-bot-token=xoxb-SECRET"}, want: "unknown flag --slak-bot-token (see 'rapport run --help')"},
		{name: "positional argument", args: []string{"xoxb-SECRETpositional"}, want: "rapport run takes no arguments"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			env := minimalEnv()
			for k, v := range tc.env {
				env[k] = v
			}
			for _, k := range tc.del {
				delete(env, k)
			}
			_, _, err := loadConfig(tc.args, lookupMap(env))
			if err == nil {
				t.Fatalf("got no error, want %q", tc.want)
			}
			msg := err.Error()
			t.Log(msg)
			if !strings.HasPrefix(msg, tc.want) {
				t.Errorf("got %q, want it to start with %q", msg, tc.want)
			}
			if strings.Contains(msg, "\n") {
				t.Errorf("got %q, want one line", msg)
			}
			if strings.Contains(msg, "SECRET") {
				t.Errorf("error shows a secret: %q", msg)
			}
		})
	}
}

func TestLoadConfigHelp(t *testing.T) {
	for _, arg := range []string{"-h", "--help", "-help"} {
		if _, _, err := loadConfig([]string{arg}, lookupMap(nil)); !errors.Is(err, flag.ErrHelp) {
			t.Errorf("%s: got %v, want flag.ErrHelp", arg, err)
		}
	}
}

// --help lists every variable with its flag and default.
func TestRunUsage(t *testing.T) {
	var buf bytes.Buffer
	runUsage(&buf)
	out := buf.String()
	lines := strings.Split(out, "\n")
	find := func(variable string) string {
		for _, l := range lines {
			if strings.Contains(l, " "+variable+" ") {
				return l
			}
		}
		return ""
	}
	for _, c := range []struct{ variable, flag, def string }{
		{"SLACK_APP_TOKEN", "--slack-app-token", "required"},
		{"SLACK_BOT_TOKEN", "--slack-bot-token", "required"},
		{"SLACK_API_URL", "--slack-api-url", `"https://slack.com/api/"`},
		{"RAPPORT_DB", "--db", `"rapport.db"`},
		{"RAPPORT_CHANNELS", "--channels", "every channel the bot is in"},
		{"RAPPORT_STAFF", "--staff", "every human"},
		{"RAPPORT_TIP_CHANNEL", "--tip-channel", "no scheduled tips"},
		{"RAPPORT_TIP_SCHEDULE", "--tip-schedule", `"0 9 * * MON"`},
		{"RAPPORT_TZ", "--tz", `"UTC"`},
		{"RAPPORT_HTTP_ADDR", "--http-addr", `"127.0.0.1:9090"`},
		{"OPENAI_API_KEY", "--openai-api-key", ""},
		{"OPENAI_BASE_URL", "--openai-base-url", ""},
		{"RAPPORT_LLM_MODEL", "--llm-model", ""},
		{"RAPPORT_LLM_TIMEOUT", "--llm-timeout", `"4s"`},
		{"RAPPORT_PROMPTS_DIR", "--prompts-dir", ""},
		{"RAPPORT_RULES", "--rules", ""},
		{"RAPPORT_LOG_FORMAT", "--log-format", `"text"`},
		{"RAPPORT_LOG_LEVEL", "--log-level", `"info"`},
		{"RAPPORT_RETENTION_DAYS", "--retention-days", `"90"`},
		{"RAPPORT_NUDGE_LIMIT", "--nudge-limit", `"5"`},
		{"RAPPORT_NUDGE_WINDOW", "--nudge-window", `"10m"`},
		{"RAPPORT_WORKERS", "--workers", `"128"`},
	} {
		l := find(c.variable)
		if l == "" {
			t.Errorf("--help does not list %s", c.variable)
			continue
		}
		if !strings.Contains(l, c.flag+" ") || !strings.Contains(l, c.def) {
			t.Errorf("--help line %q: want flag %s and %s", l, c.flag, c.def)
		}
	}
	if n := len(settings()); strings.Count(out, "\n  --") != n {
		t.Errorf("--help lists %d flags, want %d", strings.Count(out, "\n  --"), n)
	}
}

// The configuration tables of the README and the operations guide name
// every setting with its flag.
func TestOperationsDocListsEverySetting(t *testing.T) {
	for _, file := range []string{"../../README.md", "../../docs/operations.md"} {
		doc, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range settings() {
			if !bytes.Contains(doc, []byte("`"+s.env+"`")) || !bytes.Contains(doc, []byte("`--"+s.flag+"`")) {
				t.Errorf("%s does not list `%s` with `--%s`", file, s.env, s.flag)
			}
		}
	}
}

// TestRunAcceptsAnOpenAIKeyWithoutAModel: like `check --llm`, `run` uses
// the default model with OpenAI itself.
func TestRunAcceptsAnOpenAIKeyWithoutAModel(t *testing.T) {
	env := map[string]string{"SLACK_APP_TOKEN": testAppToken, "SLACK_BOT_TOKEN": testBotToken, "OPENAI_API_KEY": "sk-SECRETkey1234"}
	cfg, _, err := loadConfig(nil, func(k string) (string, bool) { v, ok := env[k]; return v, ok })
	if err != nil {
		t.Fatalf("got %v, want the key alone accepted", err)
	}
	if cfg.LLMModel != "" || cfg.OpenAIKey == "" {
		t.Errorf("got model %q key set %v, want the default model (empty) and the key", cfg.LLMModel, cfg.OpenAIKey != "")
	}
	analyzer, err := coach.NewAnalyzer(coach.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := newRewriter(cfg, analyzer, bot.NewMetrics(), slog.New(slog.DiscardHandler))
	if err != nil || r == nil {
		t.Errorf("newRewriter: %v, %v; want an LLM rewriter with the default model", r, err)
	}
}
