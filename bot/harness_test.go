package bot_test

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rapport-bot/rapport/bot"
	"github.com/rapport-bot/rapport/bot/slackfake"
	"github.com/rapport-bot/rapport/coach"
	"github.com/rapport-bot/rapport/storage"
)

// Test users. Staff are coached; the requester is not, when staff is set.
const (
	staffUser     = "U0STAFF"
	otherStaff    = "U0STAFF2"
	requesterUser = "U0REQ"
	supportChan   = "C0SUPPORT"
	otherChan     = "C0OTHER"
	waitFor       = 5 * time.Second
)

// clock is a settable test clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Set(t time.Time) {
	c.mu.Lock()
	c.t = t
	c.mu.Unlock()
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// harness runs a real Bot against the fake Slack and a real SQLite file.
type harness struct {
	t          testing.TB
	fake       *slackfake.Server
	db         *storage.DB
	dbPath     string
	bot        *bot.Bot
	metrics    *bot.Metrics
	clock      *clock // nil: real time
	cancel     context.CancelFunc
	done       chan error
	stopped    bool
	botStopped bool
}

type setup struct {
	cfg   bot.Config
	deps  bot.Deps
	clock *clock
	// dbPath reuses a database file (restarts); empty: a fresh one.
	dbPath string
	fake   *slackfake.Server
	// noWait skips waiting for the connection (for tests of start failures).
	noWait bool
}

func newHarness(t testing.TB, mods ...func(*setup)) *harness {
	t.Helper()
	s := &setup{cfg: bot.Config{
		AppToken: "xapp-1-test",
		BotToken: "xoxb-test",
		Workers:  1, // one worker keeps events in order, so "nothing was posted" is checkable
	}}
	for _, m := range mods {
		m(s)
	}
	if s.fake == nil {
		s.fake = slackfake.New(t, slackfake.WithPingInterval(50*time.Millisecond))
	}
	s.cfg.APIURL = s.fake.APIURL()
	if s.dbPath == "" {
		s.dbPath = filepath.Join(t.TempDir(), "rapport.db")
	}
	db, err := storage.Open(context.Background(), s.dbPath)
	if err != nil {
		t.Fatalf("open db: %v", err)
	}
	d := s.deps
	d.Store = db
	if d.Analyzer == nil {
		if d.Analyzer, err = coach.NewAnalyzer(coach.Options{}); err != nil {
			t.Fatalf("analyzer: %v", err)
		}
	}
	if d.Tips == nil {
		if d.Tips, err = coach.LoadTips(); err != nil {
			t.Fatalf("tips: %v", err)
		}
	}
	if d.Metrics == nil {
		d.Metrics = bot.NewMetrics()
	}
	if d.Log == nil {
		d.Log = slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	if d.ReminderInterval == 0 {
		d.ReminderInterval = 20 * time.Millisecond
	}
	if d.PingInterval == 0 {
		d.PingInterval = 2 * time.Second
	}
	if d.Rand == nil {
		d.Rand = rand.New(rand.NewPCG(1, 2))
	}
	if s.clock != nil {
		db.Now = s.clock.Now
		d.Now = s.clock.Now
	}
	b, err := bot.New(s.cfg, d)
	if err != nil {
		t.Fatalf("new bot: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	h := &harness{t: t, fake: s.fake, db: db, dbPath: s.dbPath, bot: b, metrics: d.Metrics, clock: s.clock, cancel: cancel, done: make(chan error, 1)}
	go func() { h.done <- b.Run(ctx) }()
	t.Cleanup(h.stop)
	if !s.noWait {
		if err := s.fake.WaitConnected(waitFor, 1); err != nil {
			t.Fatalf("bot did not connect: %v", err)
		}
	}
	return h
}

// stop shuts the bot down gracefully and closes the database.
func (h *harness) stop() {
	if h.stopped {
		return
	}
	h.stopBot()
	h.stopped = true
	h.db.Close()
}

// stopBot shuts the bot down gracefully (waiting for everything it runs,
// such as a tip catch-up) and leaves the database open for inspection.
func (h *harness) stopBot() {
	if h.botStopped {
		return
	}
	h.botStopped = true
	h.cancel()
	select {
	case err := <-h.done:
		if err != nil && !errors.Is(err, context.Canceled) {
			h.t.Logf("bot stopped with: %v", err)
		}
	case <-time.After(15 * time.Second):
		h.t.Errorf("bot did not stop within 15s")
	}
}

// testWriter sends logs to t.Log, so a failing test shows them.
type testWriter struct{ t testing.TB }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// say sends a channel message and waits for its ack.
func (h *harness) say(user, channel, text string, opts ...func(*slackfake.Message)) string {
	h.t.Helper()
	m := slackfake.Message{Channel: channel, User: user, Text: text}
	for _, o := range opts {
		o(&m)
	}
	env, err := h.fake.SendMessage(m)
	if err != nil {
		h.t.Fatalf("send message: %v", err)
	}
	if _, err := h.fake.WaitAck(waitFor, env); err != nil {
		h.t.Fatalf("message was not acked: %v", err)
	}
	return env
}

func inThread(ts string) func(*slackfake.Message) {
	return func(m *slackfake.Message) { m.ThreadTS = ts }
}

// ephemeralTo waits for an ephemeral to user in channel.
func (h *harness) ephemeralTo(user, channel string) slackfake.Call {
	h.t.Helper()
	c, err := h.fake.WaitCall(waitFor, "chat.postEphemeral", func(c slackfake.Call) bool {
		return c.Params["user"] == user && c.Params["channel"] == channel
	})
	if err != nil {
		h.t.Fatalf("no ephemeral to %s in %s: %v", user, channel, err)
	}
	return c
}

// sync sends a flagged sentinel message from otherStaff in otherChan and waits for its
// nudge. With one worker, everything sent before it has been handled.
func (h *harness) sync() {
	h.t.Helper()
	start := time.Now()
	h.say(otherStaff, otherChan, "No problem, just reboot it. PEBKAC.")
	// The predicate runs under the fake's lock: it must not call the fake.
	_, err := h.fake.WaitCall(waitFor, "chat.postEphemeral", func(c slackfake.Call) bool {
		return c.Params["channel"] == otherChan && !c.At.Before(start)
	})
	if err != nil {
		h.t.Fatalf("sentinel nudge never came: %v", err)
	}
}

// ephemeralsIn counts ephemerals posted in channel.
func (h *harness) ephemeralsIn(channel string) []slackfake.Call {
	return h.callsWith("chat.postEphemeral", "channel", channel)
}

// callsWith returns the calls of method whose param has the value.
func (h *harness) callsWith(method, param, value string) []slackfake.Call {
	var out []slackfake.Call
	for _, c := range h.fake.Calls(method) {
		if c.Params[param] == value {
			out = append(out, c)
		}
	}
	return out
}

// command sends a slash command and returns the text of the ack's reply.
func (h *harness) command(user, cmd, text string) string {
	h.t.Helper()
	env := h.fake.SendSlashCommand(slackfake.SlashCommand{Command: cmd, Text: text, UserID: user, ChannelID: supportChan})
	ack, err := h.fake.WaitAck(waitFor, env)
	if err != nil {
		h.t.Fatalf("%s %q was not acked: %v", cmd, text, err)
	}
	var reply struct {
		ResponseType string            `json:"response_type"`
		Text         string            `json:"text"`
		Blocks       []json.RawMessage `json:"blocks"`
	}
	if len(ack.Payload) > 0 {
		if err := json.Unmarshal(ack.Payload, &reply); err != nil {
			h.t.Fatalf("ack payload: %v", err)
		}
	}
	if reply.ResponseType != "ephemeral" && reply.Text != "" {
		h.t.Errorf("%s reply is %q, want ephemeral", cmd, reply.ResponseType)
	}
	out := reply.Text
	for _, b := range reply.Blocks {
		out += "\n" + string(b)
	}
	return out
}

// blocksText is the text of a call's blocks and fallback text.
func blocksText(c slackfake.Call) string {
	return c.Params["text"] + "\n" + c.Params["blocks"]
}

// blocksPlain is every text in a call's blocks, decoded, joined by newlines.
func blocksPlain(t *testing.T, c slackfake.Call) string {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(c.Params["blocks"]), &v); err != nil {
		t.Fatalf("blocks: %v", err)
	}
	var sb strings.Builder
	var walk func(any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if s, ok := x["text"].(string); ok {
				sb.WriteString(s + "\n")
			}
			for k, e := range x {
				if k != "text" || func() bool { _, ok := e.(string); return !ok }() {
					walk(e)
				}
			}
		case []any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	walk(v)
	return sb.String()
}

// buttonValue finds the value of the button with actionID in a call's blocks.
func buttonValue(t *testing.T, c slackfake.Call, actionID string) (string, bool) {
	t.Helper()
	return buttonIn(t, []byte(c.Params["blocks"]), actionID)
}

// buttonIn finds the value of the first button with actionID in blocks
// (JSON), in an actions block or as a section's accessory.
func buttonIn(t *testing.T, raw []byte, actionID string) (string, bool) {
	t.Helper()
	type elem struct {
		ActionID string `json:"action_id"`
		Value    string `json:"value"`
	}
	var blocks []struct {
		Elements  []elem `json:"elements"`
		Accessory *elem  `json:"accessory"`
	}
	if err := json.Unmarshal(raw, &blocks); err != nil {
		t.Fatalf("blocks: %v", err)
	}
	for _, b := range blocks {
		if b.Accessory != nil && b.Accessory.ActionID == actionID {
			return b.Accessory.Value, true
		}
		for _, e := range b.Elements {
			if e.ActionID == actionID {
				return e.Value, true
			}
		}
	}
	return "", false
}

// click sends a block_actions interaction and returns its response_url id.
func (h *harness) click(user, channel, actionID, value string) string {
	h.t.Helper()
	payload := map[string]any{
		"type":    "block_actions",
		"user":    map[string]any{"id": user},
		"channel": map[string]any{"id": channel},
		"actions": []map[string]any{{"action_id": actionID, "value": value, "type": "button", "block_id": "b"}},
	}
	env, err := h.fake.SendInteraction(payload)
	if err != nil {
		h.t.Fatalf("send interaction: %v", err)
	}
	if _, err := h.fake.WaitAck(waitFor, env); err != nil {
		h.t.Fatalf("interaction not acked: %v", err)
	}
	return env
}

// responseTo waits for the response_url call answering the envelope.
func (h *harness) responseTo(env string) slackfake.Call {
	h.t.Helper()
	c, err := h.fake.WaitCall(waitFor, "response_url", func(c slackfake.Call) bool { return c.ResponseURLID == env })
	if err != nil {
		h.t.Fatalf("no response_url answer: %v", err)
	}
	return c
}
