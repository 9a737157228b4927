package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
	_ "time/tzdata" // RAPPORT_TZ must work on distroless images without /usr/share/zoneinfo

	"github.com/caarlos0/env/v11"
	"github.com/robfig/cron/v3"

	"github.com/rapport-bot/rapport/bot"
)

// runSettings is every setting of `rapport run`, as the environment spells
// it. The struct tags are the single source of the variable names, flag
// names, defaults and help text:
//
//	env            the environment variable (parsed by caarlos0/env)
//	envDefault     used when the variable is unset or empty
//	absentDefault  used only when the variable is unset: empty has a meaning
//	flag           the flag of `rapport run` that overrides the variable
//	help           one line for `rapport run --help`
//	secret         never echoed in errors or help
type runSettings struct {
	AppToken string `env:"SLACK_APP_TOKEN" flag:"slack-app-token" secret:"true" help:"app-level token, xapp-… with connections:write (required)"`
	BotToken string `env:"SLACK_BOT_TOKEN" flag:"slack-bot-token" secret:"true" help:"bot token, xoxb-… (required)"`
	APIURL   string `env:"SLACK_API_URL" flag:"slack-api-url" envDefault:"https://slack.com/api/" help:"Slack Web API base URL (GovSlack, tests)"`

	DB string `env:"RAPPORT_DB" flag:"db" envDefault:"rapport.db" help:"SQLite database file"`

	Channels []string `env:"RAPPORT_CHANNELS" flag:"channels" envSeparator:"," help:"comma list of channel IDs to watch; empty: every channel the bot is in"`
	Staff    []string `env:"RAPPORT_STAFF" flag:"staff" envSeparator:"," help:"comma list of user IDs (U…, W…) and user-group IDs (S…) to coach; empty: every human"`

	TipChannel  string `env:"RAPPORT_TIP_CHANNEL" flag:"tip-channel" help:"channel ID for the weekly tip; empty: no scheduled tips"`
	TipSchedule string `env:"RAPPORT_TIP_SCHEDULE" flag:"tip-schedule" envDefault:"0 9 * * MON" help:"cron spec for tips (5 fields or @every 1h, @daily …)"`
	TZ          string `env:"RAPPORT_TZ" flag:"tz" envDefault:"UTC" help:"IANA time zone of the tip schedule"`

	HTTPAddr string `env:"RAPPORT_HTTP_ADDR" flag:"http-addr" absentDefault:"127.0.0.1:9090" help:"host:port for /healthz, /readyz, /metrics; empty disables"`

	OpenAIKey     string        `env:"OPENAI_API_KEY" flag:"openai-api-key" secret:"true" help:"API key for LLM rewrites; unset: rule rewrites only"`
	OpenAIBaseURL string        `env:"OPENAI_BASE_URL" flag:"openai-base-url" help:"OpenAI-compatible API base URL; unset: api.openai.com"`
	LLMModel      string        `env:"RAPPORT_LLM_MODEL" flag:"llm-model" help:"model for LLM rewrites (default gpt-4o-mini with OpenAI; required with OPENAI_BASE_URL)"`
	LLMTimeout    time.Duration `env:"RAPPORT_LLM_TIMEOUT" flag:"llm-timeout" envDefault:"4s" help:"longest wait for an LLM rewrite before the rule rewrite is used"`
	PromptsDir    string        `env:"RAPPORT_PROMPTS_DIR" flag:"prompts-dir" help:"directory of prompt templates overriding the embedded ones"`

	Rules string `env:"RAPPORT_RULES" flag:"rules" help:"extra rules file or directory"`

	LogFormat string `env:"RAPPORT_LOG_FORMAT" flag:"log-format" envDefault:"text" help:"log format: text or json"`
	LogLevel  string `env:"RAPPORT_LOG_LEVEL" flag:"log-level" envDefault:"info" help:"log level: debug, info, warn or error"`

	RetentionDays int `env:"RAPPORT_RETENTION_DAYS" flag:"retention-days" envDefault:"90" help:"days statistics and closed promises are kept"`

	NudgeLimit  int           `env:"RAPPORT_NUDGE_LIMIT" flag:"nudge-limit" envDefault:"5" help:"most nudges per user per window"`
	NudgeWindow time.Duration `env:"RAPPORT_NUDGE_WINDOW" flag:"nudge-window" envDefault:"10m" help:"window of the nudge limit"`

	Workers int `env:"RAPPORT_WORKERS" flag:"workers" envDefault:"128" help:"event worker pool size (workers mostly wait on Slack)"`
}

// setting describes one field of runSettings, read from its tags.
type setting struct {
	field, env, flag, help, def string
	absentDefault, secret       bool
}

// settings lists runSettings' fields in declaration order.
func settings() []setting {
	t := reflect.TypeFor[runSettings]()
	out := make([]setting, 0, t.NumField())
	for i := range t.NumField() {
		f := t.Field(i)
		s := setting{
			field:  f.Name,
			env:    f.Tag.Get("env"),
			flag:   f.Tag.Get("flag"),
			help:   f.Tag.Get("help"),
			def:    f.Tag.Get("envDefault"),
			secret: f.Tag.Get("secret") == "true",
		}
		if d, ok := f.Tag.Lookup("absentDefault"); ok {
			s.def, s.absentDefault = d, true
		}
		out = append(out, s)
	}
	return out
}

// loadConfig reads the settings of `rapport run` from the environment (through
// lookup) and from args, the flags after "run", which override the
// environment. It validates every value and returns the first problem as one
// line that names the variable; the line never contains a token. With -h or
// --help it returns an error wrapping flag.ErrHelp: print runUsage then.
func loadConfig(args []string, lookup func(string) (string, bool)) (bot.Config, LogConfig, error) {
	all := settings()
	environ := make(map[string]string, len(all))
	for _, s := range all {
		if v, ok := lookup(s.env); ok {
			environ[s.env] = v
		}
	}

	flags := flag.NewFlagSet("rapport run", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	flagValues := make(map[string]*string, len(all))
	for _, s := range all {
		flagValues[s.flag] = flags.String(s.flag, "", s.help)
	}
	if bad := unknownFlag(flags, args); bad != "" {
		// Scrubbed in case a token was typed as a flag.
		return bot.Config{}, LogConfig{}, scrubError(fmt.Errorf("unknown flag %s (see 'rapport run --help')", bad))
	}
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return bot.Config{}, LogConfig{}, err
		}
		// A flag name is echoed: scrub it in case a token was typed as one.
		return bot.Config{}, LogConfig{}, scrubError(fmt.Errorf("%w (see 'rapport run --help')", err))
	}
	if flags.NArg() > 0 {
		// The arguments are not echoed: a misplaced token must not be printed.
		return bot.Config{}, LogConfig{}, fmt.Errorf("rapport run takes no arguments, got %d; settings are flags or environment variables (see 'rapport run --help')", flags.NArg())
	}
	byFlag := make(map[string]setting, len(all))
	for _, s := range all {
		byFlag[s.flag] = s
	}
	flags.Visit(func(f *flag.Flag) { environ[byFlag[f.Name].env] = *flagValues[f.Name] })

	for _, s := range all {
		if _, ok := environ[s.env]; !ok && s.absentDefault {
			environ[s.env] = s.def
		}
	}

	var raw runSettings
	if err := env.ParseWithOptions(&raw, env.Options{Environment: environ}); err != nil {
		return bot.Config{}, LogConfig{}, scrubError(envError(err, all, environ), raw.AppToken, raw.BotToken, raw.OpenAIKey)
	}
	cfg, lc, err := raw.validate()
	if err != nil {
		// Values are echoed to say what is wrong; a token pasted into the
		// wrong variable must still not be.
		return bot.Config{}, LogConfig{}, scrubError(err, raw.AppToken, raw.BotToken, raw.OpenAIKey)
	}
	return cfg, lc, nil
}

// envError turns caarlos0/env's error into one line naming the variable.
func envError(err error, all []setting, environ map[string]string) error {
	var pe env.ParseError
	if !errors.As(err, &pe) {
		return err
	}
	for _, s := range all {
		if s.field != pe.Name {
			continue
		}
		if s.secret { // cannot happen (secrets are strings), but never echo one
			return fmt.Errorf("%s: invalid value", s.env)
		}
		v := environ[s.env]
		switch pe.Type {
		case reflect.TypeFor[time.Duration]():
			return fmt.Errorf("%s: %q is not a duration (write it with a unit: 4s, 10m, 1h)", s.env, v)
		case reflect.TypeFor[int]():
			return fmt.Errorf("%s: %q is not a whole number", s.env, v)
		}
		return fmt.Errorf("%s: invalid value %q", s.env, v)
	}
	return err
}

var (
	channelID = regexp.MustCompile(`^[CG][A-Z0-9]{2,}$`)
	staffID   = regexp.MustCompile(`^[UWS][A-Z0-9]{2,}$`)
)

// validate checks every setting in declaration order and converts them to
// the bot's Config.
func (r runSettings) validate() (bot.Config, LogConfig, error) {
	fail := func(format string, a ...any) (bot.Config, LogConfig, error) {
		return bot.Config{}, LogConfig{}, fmt.Errorf(format, a...)
	}
	if err := checkToken("SLACK_APP_TOKEN", r.AppToken, "xapp-", "the app-level token with connections:write"); err != nil {
		return fail("%w", err)
	}
	if err := checkToken("SLACK_BOT_TOKEN", r.BotToken, "xoxb-", "the bot user OAuth token"); err != nil {
		return fail("%w", err)
	}
	apiURL, err := httpURL("SLACK_API_URL", r.APIURL)
	if err != nil {
		return fail("%w", err)
	}
	if !strings.HasSuffix(apiURL.Path, "/") {
		apiURL.Path += "/" // slack-go needs it, else "invalid port"
	}

	if dir := filepath.Dir(r.DB); !isDir(dir) {
		return fail("RAPPORT_DB: directory %q does not exist", dir)
	}

	channels, err := idList("RAPPORT_CHANNELS", r.Channels, channelID, "a channel ID (C… or G…; use the ID from the channel's details, not its name)")
	if err != nil {
		return fail("%w", err)
	}
	staff, err := idList("RAPPORT_STAFF", r.Staff, staffID, "a user ID (U…, W…) or user-group ID (S…)")
	if err != nil {
		return fail("%w", err)
	}

	tipChannel := strings.TrimSpace(r.TipChannel)
	if tipChannel != "" && !channelID.MatchString(tipChannel) {
		return fail("RAPPORT_TIP_CHANNEL: %q is not a channel ID (C… or G…; use the ID from the channel's details, not its name)", tipChannel)
	}
	schedule := strings.TrimSpace(r.TipSchedule)
	sched, err := cron.ParseStandard(schedule)
	if err != nil {
		return fail("RAPPORT_TIP_SCHEDULE: invalid cron spec %q: %v (want 5 fields like \"0 9 * * MON\" or a descriptor like \"@every 1h\")", schedule, err)
	}
	loc, err := time.LoadLocation(strings.TrimSpace(r.TZ))
	if err != nil {
		return fail("RAPPORT_TZ: unknown time zone %q (want an IANA name like Europe/Berlin)", r.TZ)
	}
	if sched.Next(time.Now().In(loc)).IsZero() {
		return fail("RAPPORT_TIP_SCHEDULE: cron spec %q never fires (check the day of the month)", schedule)
	}

	httpAddr := strings.TrimSpace(r.HTTPAddr)
	if httpAddr != "" {
		if err := checkHostPort(httpAddr); err != nil {
			return fail("RAPPORT_HTTP_ADDR: %q is not host:port (%v); e.g. 127.0.0.1:9090, or empty to disable", httpAddr, err)
		}
	}

	if err := checkSecretShape("OPENAI_API_KEY", r.OpenAIKey); err != nil {
		return fail("%w", err)
	}
	baseURL := strings.TrimSpace(r.OpenAIBaseURL)
	if baseURL != "" {
		u, err := httpURL("OPENAI_BASE_URL", baseURL)
		if err != nil {
			return fail("%w", err)
		}
		// go-openai appends "/chat/completions" itself.
		baseURL = strings.TrimRight(u.String(), "/")
	}
	model := strings.TrimSpace(r.LLMModel)
	switch {
	case model == "" && baseURL != "":
		// With OpenAI itself the model defaults to llm.DefaultModel, as in
		// `check --llm`; another server's model names differ, so say it.
		return fail("RAPPORT_LLM_MODEL must be set when OPENAI_BASE_URL is set")
	case model != "" && r.OpenAIKey == "" && baseURL == "":
		return fail("RAPPORT_LLM_MODEL is set but OPENAI_API_KEY is not (set OPENAI_BASE_URL instead for a server without keys)")
	}
	if r.LLMTimeout <= 0 {
		return fail("RAPPORT_LLM_TIMEOUT: %s must be positive", r.LLMTimeout)
	}
	if r.PromptsDir != "" && !isDir(r.PromptsDir) {
		return fail("RAPPORT_PROMPTS_DIR: %q is not a directory", r.PromptsDir)
	}
	if r.Rules != "" {
		if _, err := os.Stat(r.Rules); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return fail("RAPPORT_RULES: %q does not exist", r.Rules)
			}
			return fail("RAPPORT_RULES: %v", err)
		}
	}

	lc := LogConfig{Format: strings.ToLower(strings.TrimSpace(r.LogFormat)), Level: strings.ToLower(strings.TrimSpace(r.LogLevel))}
	if lc.Format != "text" && lc.Format != "json" {
		return fail("RAPPORT_LOG_FORMAT: %q is not text or json", r.LogFormat)
	}
	switch lc.Level {
	case "debug", "info", "warn", "error":
	default:
		return fail("RAPPORT_LOG_LEVEL: %q is not debug, info, warn or error", r.LogLevel)
	}

	if r.RetentionDays < 1 {
		return fail("RAPPORT_RETENTION_DAYS: %d must be at least 1", r.RetentionDays)
	}
	if r.NudgeLimit < 1 {
		return fail("RAPPORT_NUDGE_LIMIT: %d must be at least 1 (a user can turn coaching off with /coach off)", r.NudgeLimit)
	}
	if r.NudgeWindow <= 0 {
		return fail("RAPPORT_NUDGE_WINDOW: %s must be positive", r.NudgeWindow)
	}
	if r.Workers < 1 || r.Workers > 1024 {
		return fail("RAPPORT_WORKERS: %d must be between 1 and 1024", r.Workers)
	}

	return bot.Config{
		AppToken:      r.AppToken,
		BotToken:      r.BotToken,
		APIURL:        apiURL.String(),
		DBPath:        r.DB,
		Channels:      channels,
		Staff:         staff,
		TipChannel:    tipChannel,
		TipSchedule:   schedule,
		Location:      loc,
		HTTPAddr:      httpAddr,
		OpenAIKey:     r.OpenAIKey,
		OpenAIBaseURL: baseURL,
		LLMModel:      model,
		LLMTimeout:    r.LLMTimeout,
		PromptsDir:    r.PromptsDir,
		RulesPath:     r.Rules,
		RetentionDays: r.RetentionDays,
		NudgeLimit:    r.NudgeLimit,
		NudgeWindow:   r.NudgeWindow,
		Workers:       r.Workers,
	}, lc, nil
}

// scrubError hides secrets and token-shaped strings in err's text, the same
// way the logger does.
func scrubError(err error, secrets ...string) error {
	msg := newRedactor(secrets).redact(err.Error())
	if msg == err.Error() {
		return err
	}
	return errors.New(msg)
}

// checkToken reports a missing or malformed Slack token without ever
// including the token's value.
func checkToken(name, v, prefix, what string) error {
	if v == "" {
		return fmt.Errorf("%s is not set (%s, %s…)", name, what, prefix)
	}
	if err := checkSecretShape(name, v); err != nil {
		return err
	}
	if !strings.HasPrefix(v, prefix) {
		return fmt.Errorf("%s must start with %q", name, prefix)
	}
	return nil
}

// checkSecretShape catches the usual copy-paste damage (a trailing newline
// from a file, quotes kept by an env file) without echoing the secret.
func checkSecretShape(name, v string) error {
	if strings.ContainsFunc(v, func(r rune) bool { return r <= ' ' || r == 0x7f }) {
		return fmt.Errorf("%s contains whitespace or control characters (a trailing newline?)", name)
	}
	if strings.ContainsAny(v, `"'`) {
		return fmt.Errorf("%s contains quote characters (remove the quotes around the value)", name)
	}
	return nil
}

// httpURL parses an absolute http(s) URL.
func httpURL(name, v string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(v))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		shown := v
		if err == nil {
			shown = u.Redacted()
		}
		return nil, fmt.Errorf("%s: %q is not an absolute http(s) URL", name, shown)
	}
	return u, nil
}

// idList trims, de-duplicates and checks a comma list of Slack IDs.
func idList(name string, in []string, re *regexp.Regexp, what string) ([]string, error) {
	var out []string
	seen := make(map[string]bool, len(in))
	for _, id := range in {
		id = strings.TrimSpace(id)
		if id == "" || seen[id] {
			continue
		}
		if !re.MatchString(id) {
			return nil, fmt.Errorf("%s: %q is not %s", name, id, what)
		}
		seen[id] = true
		out = append(out, id)
	}
	return out, nil
}

func checkHostPort(addr string) error {
	_, port, err := net.SplitHostPort(addr)
	if ae := (*net.AddrError)(nil); errors.As(err, &ae) {
		return errors.New(ae.Err) // without the address, which the caller shows
	} else if err != nil {
		return err
	}
	if _, err := strconv.ParseUint(port, 10, 16); err != nil {
		return fmt.Errorf("port %q is not a number from 0 to 65535", port)
	}
	return nil
}

func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}

// runUsage prints `rapport run --help`: every setting with its flag,
// variable, meaning and default.
func runUsage(w io.Writer) {
	fmt.Fprintln(w, "Usage: rapport run [flags]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Connects to Slack over Socket Mode and coaches until SIGINT or SIGTERM.")
	fmt.Fprintln(w, "Every setting is an environment variable and also a flag; a flag wins.")
	fmt.Fprintln(w, "Prefer the environment for tokens: flags show up in process listings.")
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  flag\tvariable\tmeaning")
	for _, s := range settings() {
		help := s.help
		if s.def != "" {
			help += fmt.Sprintf(" (default %q)", s.def)
		}
		fmt.Fprintf(tw, "  --%s\t%s\t%s\n", s.flag, s.env, help)
	}
	tw.Flush()
}
