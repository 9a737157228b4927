// Package bot is Rapport's Slack adapter: the Socket Mode loop, event and
// command routing, Block Kit rendering, reminders and the tip schedule. It is
// the only package that imports slack-go.
package bot

import "time"

// Config is everything `rapport run` needs, already parsed and validated by
// cmd/rapport. Field comments name the environment variable of SPEC.
type Config struct {
	AppToken string // SLACK_APP_TOKEN, xapp-…
	BotToken string // SLACK_BOT_TOKEN, xoxb-…
	APIURL   string // SLACK_API_URL, ends with "/"

	DBPath string // RAPPORT_DB

	Channels []string // RAPPORT_CHANNELS; empty: every channel the bot is in
	Staff    []string // RAPPORT_STAFF: user IDs and user-group IDs (S…); empty: every human

	TipChannel  string         // RAPPORT_TIP_CHANNEL; empty: no scheduled tips
	TipSchedule string         // RAPPORT_TIP_SCHEDULE, robfig/cron spec
	Location    *time.Location // RAPPORT_TZ

	HTTPAddr string // RAPPORT_HTTP_ADDR; empty disables the HTTP server

	OpenAIKey     string        // OPENAI_API_KEY
	OpenAIBaseURL string        // OPENAI_BASE_URL
	LLMModel      string        // RAPPORT_LLM_MODEL
	LLMTimeout    time.Duration // RAPPORT_LLM_TIMEOUT
	PromptsDir    string        // RAPPORT_PROMPTS_DIR; empty: embedded prompts

	RulesPath string // RAPPORT_RULES: extra rules file or directory

	RetentionDays int // RAPPORT_RETENTION_DAYS

	NudgeLimit  int           // RAPPORT_NUDGE_LIMIT: nudges per user per window
	NudgeWindow time.Duration // RAPPORT_NUDGE_WINDOW

	Workers int // RAPPORT_WORKERS: event worker pool size
}
