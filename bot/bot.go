package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"

	"github.com/rapport-bot/rapport/coach"
	"github.com/rapport-bot/rapport/coach/due"
)

// Deps are the parts a Bot is built from. Store, Analyzer and Tips are
// required; the rest have defaults.
type Deps struct {
	Store    Store
	Analyzer *coach.Analyzer
	// Rewriter produces the rewrite shown in a nudge; nil means the rules.
	Rewriter coach.Rewriter
	Tips     []coach.Tip
	Metrics  *Metrics
	Log      *slog.Logger
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Rand seeds the tip choice; nil means a random seed.
	Rand *rand.Rand
	// HTTPClient carries the Web API calls; nil means a client with a 10 s timeout.
	HTTPClient *http.Client
	// ReminderInterval is how often due promises are looked for; 0 means 2 s.
	ReminderInterval time.Duration
	// DrainTimeout bounds the drain at shutdown; 0 means 9 s.
	DrainTimeout time.Duration
	// PingInterval is how long to wait for Slack's pings before reconnecting; 0 means slack-go's default.
	PingInterval time.Duration
}

// Bot is Rapport's Slack app: one Socket Mode connection, a bounded pool of
// workers for events, and the reminder and tip schedulers.
type Bot struct {
	cfg      Config
	store    Store
	analyzer *coach.Analyzer
	rewriter coach.Rewriter
	rules    coach.Rewriter
	tips     []coach.Tip
	dates    *due.Parser
	metrics  *Metrics
	log      *slog.Logger
	now      func() time.Time

	randMu sync.Mutex
	rand   *rand.Rand

	api *slack.Client
	// homeAPI publishes Home tabs without waiting out 429s: a rate-limited
	// views.publish pauses publishing (homeGate) instead of holding a worker.
	homeAPI *slack.Client
	sm      *socketmode.Client

	reminderEvery time.Duration
	drainTimeout  time.Duration

	self        identity
	staff       *staffDirectory
	threads     *threadMemory
	seen        *recentSet
	edits       *recentSet // findings already nudged on edited messages
	homes       *homeGate  // coalesces Home tab publishes per user
	limiter     *nudgeLimiter
	zones       *zoneCache
	frameLog    *logThrottle
	commands    chan struct{}  // bounds concurrent slash commands and modal submissions
	interactive chan struct{}  // bounds concurrent button and shortcut handlers
	inflight    sync.WaitGroup // commands running outside the pool, drained at shutdown

	queue   *workQueue
	running atomic.Int64 // jobs running in the pool now

	// lastAck is when the last ack was queued (Unix nanoseconds). slack-go
	// queues acks for its writer; shutdown waits for a fresh one to leave
	// before it closes the socket (flushAcks).
	lastAck atomic.Int64

	connectedMu sync.Mutex
	connected   bool

	fatalOnce sync.Once
	fatal     chan error
}

type identity struct {
	UserID string
	BotID  string
	TeamID string
}

// ErrFatalSlack is returned by Run when Slack refuses the tokens
// (invalid_auth, token_revoked, account_inactive): retrying cannot help.
var ErrFatalSlack = errors.New("slack refused the credentials")

// New builds a Bot. It does not touch the network: Run does.
func New(cfg Config, d Deps) (*Bot, error) {
	if d.Store == nil || d.Analyzer == nil {
		return nil, errors.New("bot: store and analyzer are required")
	}
	if d.Log == nil {
		d.Log = slog.New(slog.DiscardHandler)
	}
	if d.Metrics == nil {
		d.Metrics = NewMetrics()
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.Rand == nil {
		d.Rand = rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64()))
	}
	if cfg.Workers <= 0 {
		cfg.Workers = DefaultWorkers
	}
	if d.HTTPClient == nil {
		// Every worker may be waiting on Slack at once: keep that many
		// connections open for reuse, or each call pays for a new TLS
		// handshake (Go keeps 2 per host by default).
		tr := http.DefaultTransport.(*http.Transport).Clone()
		tr.MaxIdleConnsPerHost = cfg.Workers + 32
		tr.MaxIdleConns = cfg.Workers + 64
		d.HTTPClient = &http.Client{Timeout: 10 * time.Second, Transport: tr}
	}
	if d.DrainTimeout <= 0 {
		d.DrainTimeout = drainTimeout
	}
	if d.ReminderInterval <= 0 {
		d.ReminderInterval = 2 * time.Second
	}
	if cfg.Location == nil {
		cfg.Location = time.UTC
	}
	if cfg.NudgeLimit <= 0 {
		cfg.NudgeLimit = 5
	}
	if cfg.NudgeWindow <= 0 {
		cfg.NudgeWindow = 10 * time.Minute
	}
	if cfg.TipSchedule == "" {
		cfg.TipSchedule = "0 9 * * MON"
	}
	rules := coach.RulesRewriter{Analyzer: d.Analyzer}
	rw := d.Rewriter
	if rw == nil {
		rw = rules
	}
	opts := []slack.Option{
		slack.OptionAppLevelToken(cfg.AppToken),
		slack.OptionHTTPClient(d.HTTPClient),
		// 429s are waited out as Slack asks; the job and shutdown deadlines
		// bound the total, and the wait ends with its context.
		slack.OptionRetryConfig(slack.RetryConfig{MaxRetries: 10, RetryAfterDuration: time.Second}),
	}
	if cfg.APIURL != "" {
		opts = append(opts, slack.OptionAPIURL(cfg.APIURL))
	}
	api := slack.New(cfg.BotToken, opts...)
	homeOpts := []slack.Option{slack.OptionHTTPClient(d.HTTPClient)}
	if cfg.APIURL != "" {
		homeOpts = append(homeOpts, slack.OptionAPIURL(cfg.APIURL))
	}
	homeAPI := slack.New(cfg.BotToken, homeOpts...)
	smOpts := []socketmode.Option{
		socketmode.OptionLog(slogPrinter{d.Log}),
		// One frame may not take the process's memory: Slack's envelopes
		// are tens of kilobytes, far below this.
		socketmode.OptionReadLimit(MaxEnvelopeBytes),
	}
	if d.PingInterval > 0 {
		smOpts = append(smOpts, socketmode.OptionPingInterval(d.PingInterval))
	}
	b := &Bot{
		cfg:           cfg,
		store:         d.Store,
		analyzer:      d.Analyzer,
		rewriter:      rw,
		rules:         rules,
		tips:          d.Tips,
		dates:         due.NewParser(),
		metrics:       d.Metrics,
		log:           d.Log,
		now:           d.Now,
		rand:          d.Rand,
		api:           api,
		homeAPI:       homeAPI,
		sm:            socketmode.New(api, smOpts...),
		reminderEvery: d.ReminderInterval,
		drainTimeout:  d.DrainTimeout,
		threads:       newThreadMemory(10*time.Minute, 10000),
		seen:          newRecentSet(20000, 30*time.Minute),
		edits:         newRecentSet(20000, editMemory),
		homes:         newHomeGate(),
		limiter:       newNudgeLimiter(cfg.NudgeLimit, cfg.NudgeWindow),
		zones:         newZoneCache(time.Hour),
		frameLog:      &logThrottle{period: 10 * time.Second},
		commands:      make(chan struct{}, 32),
		interactive:   make(chan struct{}, 32),
		queue:         newWorkQueue(maxQueuedJobs, maxQueuedBytes),
		fatal:         make(chan error, 1),
	}
	b.staff = newStaffDirectory(cfg.Staff, b.resolveGroup, d.Log)
	return b, nil
}

// Ready reports whether the bot is connected to Slack and its database answers.
func (b *Bot) Ready(ctx context.Context) error {
	b.connectedMu.Lock()
	ok := b.connected
	b.connectedMu.Unlock()
	if !ok {
		return errors.New("not connected to Slack")
	}
	if err := b.store.Ping(ctx); err != nil {
		return fmt.Errorf("database: %w", err)
	}
	return nil
}

func (b *Bot) setConnected(v bool) {
	b.connectedMu.Lock()
	b.connected = v
	b.connectedMu.Unlock()
	if v {
		b.metrics.SlackConnected.Set(1)
	} else {
		b.metrics.SlackConnected.Set(0)
	}
}

// Run connects to Slack and serves until ctx is cancelled, then drains the
// work in flight (at most drainTimeout) and returns nil. It returns an error
// when Slack refuses the credentials or the connection cannot be made.
func (b *Bot) Run(ctx context.Context) error {
	who, err := b.authenticate(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return nil // stopped while starting: a clean exit
		}
		return err
	}
	b.self = identity{UserID: who.UserID, BotID: who.BotID, TeamID: who.TeamID}
	b.log.Info("authenticated", "bot_user", who.UserID, "team", who.TeamID)

	runCtx, cancelRun := context.WithCancel(ctx)
	defer cancelRun()

	// Workers and schedulers get their own context: they keep going while
	// the socket closes, so in-flight work can finish during the drain.
	workCtx, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()

	var workers sync.WaitGroup
	for range b.cfg.Workers {
		workers.Go(func() { b.worker(workCtx) })
	}

	var background sync.WaitGroup
	background.Go(func() { b.staff.run(runCtx) })
	background.Go(func() { b.runReminders(runCtx) })
	background.Go(func() { b.runRetention(runCtx) })
	stopTips, err := b.startTips(workCtx)
	if err != nil {
		cancelRun()
		background.Wait()
		b.queue.stop()
		workers.Wait()
		return err
	}

	// The socket outlives the loop at shutdown, so that commands already
	// running can still send their replies in the ack.
	sockCtx, cancelSock := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelSock()
	sockErr := make(chan error, 1)
	go func() { sockErr <- b.sm.RunContext(sockCtx) }()

	var runErr error
	loopDone := make(chan struct{})
	go func() {
		defer close(loopDone)
		b.loop(runCtx)
	}()

	select {
	case <-ctx.Done():
	case err := <-b.fatal:
		runErr = err
	case err := <-sockErr:
		sockErr <- err // for the shutdown below
		if err != nil && !errors.Is(err, context.Canceled) {
			if isFatalAuth(err) {
				runErr = fmt.Errorf("%w: socket mode: %s", ErrFatalSlack, slackCode(err))
			} else {
				runErr = fmt.Errorf("socket mode: %w", err)
			}
		}
	}

	// Shutdown: stop taking events, let running commands reply, close the
	// socket, stop the schedulers, then work through what was acknowledged.
	// Everything shares one deadline, taken now; what is left at the
	// deadline is counted in one line, not logged job by job.
	b.log.Info("shutting down", "queued", b.queue.len())
	deadlineAt := time.Now().Add(b.drainTimeout)
	cancelRun()
	<-loopDone
	waitTimeout(&b.inflight, commandTimeout+time.Second)
	b.flushAcks()
	cancelSock()
	<-sockErr
	b.setConnected(false)
	stopTips()
	background.Wait()
	b.queue.close()
	drained := make(chan struct{})
	go func() { workers.Wait(); close(drained) }()
	deadline := time.NewTimer(max(time.Until(deadlineAt), 0))
	defer deadline.Stop()
	var left map[string]int
	var cut int64
	select {
	case <-drained:
	case <-deadline.C:
		left = b.queue.stop()
		cut = b.running.Load()
		cancelWork() // running jobs see their context end and return
		<-drained
	}
	waitTimeout(&b.inflight, max(time.Until(deadlineAt), 0)+time.Second)
	b.logDrain(left, cut)
	return runErr
}

// logDrain writes the one line that says how the drain ended: everything
// acknowledged was handled, or how much was left when the deadline came.
func (b *Bot) logDrain(left map[string]int, cut int64) {
	queued := 0
	for _, n := range left {
		queued += n
	}
	b.metrics.EventsDropped.WithLabelValues("shutdown").Add(float64(queued) + float64(cut))
	b.metrics.QueueDepth.Set(0)
	if queued == 0 && cut == 0 {
		b.log.Info("drained: all acknowledged work was handled")
		return
	}
	b.log.Warn("drain deadline reached; acknowledged work left unhandled",
		"timeout", b.drainTimeout.String(), "queued", queued, "interrupted", cut, "queued_messages", left["message"])
}

// ackFlushGrace is how long an ack queued just before shutdown is given to
// reach the socket. slack-go's writer sends a queued ack within
// microseconds on a healthy connection; the grace covers a busy machine.
// An ack lost anyway costs a redelivery from Slack, which the bot drops as
// already seen.
const ackFlushGrace = 500 * time.Millisecond

// flushAcks waits, at most ackFlushGrace after the last queued ack, so that
// an envelope acknowledged just before a stop (a revoked token found while
// handling it, a SIGTERM) is not cut off in slack-go's send queue when the
// socket closes.
func (b *Bot) flushAcks() {
	last := b.lastAck.Load()
	if last == 0 {
		return
	}
	if wait := ackFlushGrace - time.Since(time.Unix(0, last)); wait > 0 {
		time.Sleep(wait)
	}
}

// waitTimeout waits for wg, at most d.
func waitTimeout(wg *sync.WaitGroup, d time.Duration) {
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(d):
	}
}

// drainTimeout bounds how long shutdown waits for work in flight, so that
// the process exits within Docker's default 10 s stop timeout.
const drainTimeout = 9 * time.Second

// authenticate asks Slack who the bot is. Refused credentials fail at once;
// a Slack that cannot be reached is retried with backoff until ctx ends.
func (b *Bot) authenticate(ctx context.Context) (*slack.AuthTestResponse, error) {
	wait := time.Second
	for {
		who, err := b.api.AuthTestContext(ctx)
		if err == nil {
			return who, nil
		}
		if isFatalAuth(err) {
			return nil, fmt.Errorf("%w: auth.test: %s", ErrFatalSlack, slackCode(err))
		}
		b.noteSlackError("auth.test", err)
		b.log.Warn("cannot reach Slack; retrying", "cause", slackCode(err), "hint", causeHint(slackCode(err)), "in", wait.String())
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
		wait = min(2*wait, 30*time.Second)
	}
}

// stopFatal makes Run return err (once).
func (b *Bot) stopFatal(err error) {
	b.fatalOnce.Do(func() { b.fatal <- err })
}

// worker runs queued jobs until the queue is closed and empty, or stopped.
// A job that went stale while it waited is dropped and counted.
func (b *Bot) worker(ctx context.Context) {
	for {
		j, ok := b.queue.next()
		if !ok {
			return
		}
		b.metrics.QueueDepth.Set(float64(b.queue.len()))
		if !j.staleAt.IsZero() && b.now().After(j.staleAt) {
			b.metrics.EventsDropped.WithLabelValues("stale").Inc()
		} else {
			b.running.Add(1)
			b.runJob(ctx, j.run)
			b.running.Add(-1)
		}
		b.queue.done(j.key)
	}
}

// runJob runs one unit of work under its own timeout and survives its panics:
// nothing a Slack user sends may take the process down.
func (b *Bot) runJob(ctx context.Context, job func(context.Context)) {
	jctx, cancel := context.WithTimeout(ctx, jobTimeout)
	defer cancel()
	defer func() {
		if r := recover(); r != nil {
			b.log.Error("recovered from a panic while handling an event", "panic", fmt.Sprint(r))
			b.metrics.EventsDropped.WithLabelValues("panic").Inc()
		}
	}()
	job(jctx)
}

// jobTimeout bounds the handling of one event.
const jobTimeout = 15 * time.Second

// enqueue hands work that concerns no one user to the pool without ever
// blocking the socket loop.
func (b *Bot) enqueue(kind string, run func(context.Context)) {
	b.enqueueJob(job{kind: kind, bytes: jobOverhead, run: run})
}

// enqueueJob hands j to the pool without ever blocking the socket loop. Jobs
// with the same key run in order, one at a time.
func (b *Bot) enqueueJob(j job) {
	if !b.queue.push(j) {
		b.metrics.EventsDropped.WithLabelValues("queue_full").Inc()
		b.log.Warn("event queue full; dropping work", "kind", j.kind)
		return
	}
	b.metrics.QueueDepth.Set(float64(b.queue.len()))
}

// Sizing of the pool. A worker spends most of a job waiting on Slack (and
// the LLM, when configured), not on the CPU, so the pool is sized for
// Slack's latency: 128 workers keep up with 200 acknowledged messages even
// when Slack takes 2 s a call (two rounds inside the 9 s drain), and at
// 200 ms a call a burst of 10,000 is through well before it goes stale.
const (
	// DefaultWorkers is the pool size when Config.Workers is 0.
	DefaultWorkers = 128
	// maxQueuedJobs and maxQueuedBytes bound the work waiting for a worker.
	maxQueuedJobs  = 20000
	maxQueuedBytes = 256 << 20
	// jobOverhead is what a queued job costs besides its message text.
	jobOverhead = 1 << 10
	// messageStaleAfter is how long a message may wait for its nudge: after
	// that the conversation has moved on and the nudge would only confuse.
	messageStaleAfter = 2 * time.Minute
	// MaxEnvelopeBytes is the largest websocket frame read from Slack. Real
	// envelopes are tens of kilobytes (a 40,000-character message with its
	// blocks stays well under 1 MB); a bigger frame closes the connection
	// and slack-go reconnects.
	MaxEnvelopeBytes = 8 << 20
)

func (b *Bot) randIntN(n int) int {
	b.randMu.Lock()
	defer b.randMu.Unlock()
	return b.rand.IntN(n)
}

// slogPrinter adapts slog to slack-go's logger interface. slack-go only logs
// through it in debug mode, which Rapport never enables.
type slogPrinter struct{ log *slog.Logger }

func (p slogPrinter) Output(_ int, s string) error {
	p.log.Debug("slack-go", "msg", s)
	return nil
}
