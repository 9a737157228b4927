package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"time"

	"github.com/rapport-bot/rapport/bot"
	"github.com/rapport-bot/rapport/coach"
	"github.com/rapport-bot/rapport/coach/llm"
	"github.com/rapport-bot/rapport/storage"
)

// App is `rapport run`: the database, the engine, the Slack bot and the
// HTTP endpoints, wired together.
type App struct {
	cfg     bot.Config
	log     *slog.Logger
	db      *storage.DB
	bot     *bot.Bot
	http    *bot.HTTPServer
	metrics *bot.Metrics
}

// NewApp builds everything `run` needs and opens the database (applying
// migrations). Nothing talks to Slack until Run.
func NewApp(ctx context.Context, cfg bot.Config, log *slog.Logger) (*App, error) {
	analyzer, err := coach.NewAnalyzer(coach.Options{RulesPath: cfg.RulesPath})
	if err != nil {
		return nil, fmt.Errorf("RAPPORT_RULES: %w", err)
	}
	tips, err := coach.LoadTips()
	if err != nil {
		return nil, fmt.Errorf("tip library: %w", err)
	}
	db, err := storage.Open(ctx, cfg.DBPath)
	if err != nil {
		return nil, fmt.Errorf("RAPPORT_DB: %w", err)
	}
	a := &App{cfg: cfg, log: log, db: db, metrics: bot.NewMetrics()}
	bi := readBuildInfo()
	a.metrics.SetBuildInfo(bi.Version, bi.Commit)
	rewriter, err := newRewriter(cfg, analyzer, a.metrics, log)
	if err != nil {
		db.Close()
		return nil, err
	}
	a.bot, err = bot.New(cfg, bot.Deps{
		Store:    db,
		Analyzer: analyzer,
		Rewriter: rewriter,
		Tips:     tips,
		Metrics:  a.metrics,
		Log:      log,
	})
	if err != nil {
		db.Close()
		return nil, err
	}
	if cfg.HTTPAddr != "" {
		// Coaching matters more than its health endpoints: a busy port is
		// reported loudly (and shows as an unhealthy container) but does not
		// stop the bot, e.g. a second process sharing the database.
		srv := bot.NewHTTPServer(cfg.HTTPAddr, a.bot.Ready, a.metrics, log)
		if err := srv.Start(); err != nil {
			log.Error("RAPPORT_HTTP_ADDR: cannot listen; /healthz, /readyz and /metrics are off", "addr", cfg.HTTPAddr, "err", err)
		} else {
			a.http = srv
		}
	}
	return a, nil
}

// Run serves until ctx is cancelled (then drains and returns nil) or the bot
// fails for good.
func (a *App) Run(ctx context.Context) error {
	return a.bot.Run(ctx)
}

// Close stops the HTTP server and closes the database.
func (a *App) Close() error {
	var errs []error
	if a.http != nil {
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		errs = append(errs, a.http.Shutdown(sctx))
		cancel()
	}
	errs = append(errs, a.db.Close())
	return errors.Join(errs...)
}

func runRun(ctx context.Context, env *Env, args []string) int {
	cfg, lc, err := loadConfig(args, env.Lookup)
	if errors.Is(err, flag.ErrHelp) {
		runUsage(env.Out)
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(env.Err, "rapport run: %v\n", err)
		return exitUsage
	}
	log := newLogger(env.Err, lc, cfg.AppToken, cfg.BotToken, cfg.OpenAIKey)
	app, err := NewApp(ctx, cfg, log)
	if err != nil {
		// A setting that looked right but does not work (a database path
		// that is a directory, a port in use): a configuration error.
		log.Error("cannot start", "err", err)
		return exitUsage
	}
	log.Info("starting", startupSummary(cfg)...)
	runErr := app.Run(ctx)
	if err := app.Close(); err != nil {
		log.Error("shutdown", "err", err)
	}
	if runErr != nil {
		log.Error("stopped", "err", runErr)
		return exitFindings
	}
	log.Info("stopped")
	return exitOK
}

// startupSummary is the one log line that says what this process will do,
// so an admin can check the set-up at a glance. No tokens, no keys.
func startupSummary(cfg bot.Config) []any {
	bi := readBuildInfo()
	channels := "every channel the bot is in"
	if len(cfg.Channels) > 0 {
		channels = strings.Join(cfg.Channels, ",")
	}
	staff := "every human: set RAPPORT_STAFF so requesters are not coached"
	if len(cfg.Staff) > 0 {
		staff = strings.Join(cfg.Staff, ",")
	}
	tips := "off (RAPPORT_TIP_CHANNEL is not set)"
	if cfg.TipChannel != "" {
		zone := "UTC"
		if cfg.Location != nil {
			zone = cfg.Location.String()
		}
		tips = fmt.Sprintf("%s at %q (%s)", cfg.TipChannel, cfg.TipSchedule, zone)
	}
	llmState := "off: rewrites come from the rules"
	if llmSettingsOf(cfg).configured() {
		model := cfg.LLMModel
		if model == "" {
			model = llm.DefaultModel + " (default)"
		}
		where := "OpenAI"
		if u, err := url.Parse(cfg.OpenAIBaseURL); cfg.OpenAIBaseURL != "" && err == nil {
			u.User = nil // never log credentials in a URL
			where = u.String()
		}
		llmState = fmt.Sprintf("on: %s at %s", model, where)
	}
	http := "off"
	if cfg.HTTPAddr != "" {
		http = cfg.HTTPAddr
	}
	return []any{
		"version", bi.Version, "commit", bi.Commit,
		"database", cfg.DBPath,
		"channels", channels,
		"staff", staff,
		"tips", tips,
		"llm", llmState,
		"http", http,
	}
}
