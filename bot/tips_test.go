package bot_test

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	_ "time/tzdata" // Europe/Berlin wherever the tests run

	"github.com/rapport-bot/rapport/bot"
	"github.com/rapport-bot/rapport/bot/slackfake"
	"github.com/rapport-bot/rapport/coach"
	"github.com/rapport-bot/rapport/storage"
)

const (
	tipChan   = "C0TIPS"
	weeklyTip = "0 9 * * MON"
)

// tipBot describes one run of a Bot for the tip tests. The shared harness
// always uses the whole tip library; these tests also need small ones.
type tipBot struct {
	channel  string // "" means tipChan; "-" means no tip channel
	schedule string // "" means weeklyTip
	loc      *time.Location
	tips     []coach.Tip // nil: the library
	clock    *clock      // nil: real time
	dbPath   string      // "": a fresh database
	fake     *slackfake.Server
	log      *slog.Logger
	noWait   bool // do not wait for the connection
	seed     uint64
}

// startTipBot runs a real Bot against a fake Slack (a fresh one unless given)
// and a real SQLite file, and stops it when the test ends.
func startTipBot(t *testing.T, o tipBot) *harness {
	t.Helper()
	if o.fake == nil {
		o.fake = slackfake.New(t, slackfake.WithPingInterval(50*time.Millisecond))
	}
	if o.dbPath == "" {
		o.dbPath = filepath.Join(t.TempDir(), "rapport.db")
	}
	cfg := bot.Config{
		AppToken:    "xapp-1-test",
		BotToken:    "xoxb-test",
		APIURL:      o.fake.APIURL(),
		Workers:     1,
		TipChannel:  o.channel,
		TipSchedule: o.schedule,
		Location:    o.loc,
	}
	switch cfg.TipChannel {
	case "":
		cfg.TipChannel = tipChan
	case "-":
		cfg.TipChannel = ""
	}
	if cfg.TipSchedule == "" {
		cfg.TipSchedule = weeklyTip
	}
	analyzer, err := tipAnalyzer()
	if err != nil {
		t.Fatalf("analyzer: %v", err)
	}
	if o.tips == nil {
		o.tips = tipLibrary(t)
	}
	return newHarness(t, func(s *setup) {
		s.cfg = cfg
		s.fake, s.dbPath, s.clock, s.noWait = o.fake, o.dbPath, o.clock, o.noWait
		s.deps.Analyzer = analyzer
		s.deps.Tips = o.tips
		s.deps.Log = o.log
		s.deps.Rand = rand.New(rand.NewPCG(1, 2+o.seed))
	})
}

// tipWaitConnected waits for the bot's socket. A missed slot is posted beside
// the connection: stop the bot to be sure its catch-up has finished.
func tipWaitConnected(h *harness) {
	h.t.Helper()
	if err := h.fake.WaitConnected(waitFor, 1); err != nil {
		h.t.Fatalf("bot did not connect: %v", err)
	}
}

// tipRunErr waits for Run to return on its own and gives its error.
func tipRunErr(h *harness) error {
	h.t.Helper()
	select {
	case err := <-h.done:
		h.stopped = true
		h.db.Close()
		return err
	case <-time.After(waitFor):
		h.t.Fatalf("Run did not return")
		return nil
	}
}

// The tip tests start dozens of bots; they share one analyzer and one
// loaded library (both are read-only once built).
var (
	tipAnalyzer = sync.OnceValues(func() (*coach.Analyzer, error) { return coach.NewAnalyzer(coach.Options{}) })
	tipLoad     = sync.OnceValues(coach.LoadTips)
)

func tipLibrary(t *testing.T) []coach.Tip {
	t.Helper()
	tips, err := tipLoad()
	if err != nil {
		t.Fatalf("tips: %v", err)
	}
	return tips
}

// tipWith returns the first library tip (by ID) that speaks to want and to
// none of avoid.
func tipWith(t *testing.T, lib []coach.Tip, want coach.Category, avoid ...coach.Category) coach.Tip {
	t.Helper()
	lib = slices.Clone(lib)
	slices.SortFunc(lib, func(a, b coach.Tip) int { return strings.Compare(a.ID, b.ID) })
	for _, tip := range lib {
		if want != "" && !slices.Contains(tip.Categories, want) {
			continue
		}
		if slices.ContainsFunc(avoid, func(c coach.Category) bool { return slices.Contains(tip.Categories, c) }) {
			continue
		}
		return tip
	}
	t.Fatalf("no library tip for %q without %v", want, avoid)
	return coach.Tip{}
}

// tipPost is a scheduled tip as a reader sees it.
type tipPost struct {
	Channel  string
	Fallback string
	Intro    string // context line before the header, "" if none
	Header   string
	Body     string
	Try      string
	Source   string // the context line after the tip
	Raw      string
}

var tipUnescape = strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">")

func parseTipPost(t *testing.T, c slackfake.Call) tipPost {
	t.Helper()
	var blocks []struct {
		Type string `json:"type"`
		Text *struct {
			Text string `json:"text"`
		} `json:"text"`
		Elements []struct {
			Text string `json:"text"`
		} `json:"elements"`
	}
	if err := json.Unmarshal([]byte(c.Params["blocks"]), &blocks); err != nil {
		t.Fatalf("tip post blocks: %v\n%s", err, c.Params["blocks"])
	}
	p := tipPost{Channel: c.Params["channel"], Fallback: c.Params["text"], Raw: blocksText(c)}
	var sections []string
	for _, b := range blocks {
		switch b.Type {
		case "header":
			p.Header = b.Text.Text
		case "section":
			sections = append(sections, tipUnescape.Replace(b.Text.Text))
		case "context":
			if len(b.Elements) != 1 {
				t.Fatalf("context block with %d elements: %s", len(b.Elements), c.Params["blocks"])
			}
			if p.Header == "" {
				p.Intro = tipUnescape.Replace(b.Elements[0].Text)
			} else {
				p.Source = tipUnescape.Replace(b.Elements[0].Text)
			}
		default:
			t.Errorf("unexpected %q block in a tip post", b.Type)
		}
	}
	if len(sections) != 2 {
		t.Fatalf("tip post has %d sections, want body and try: %s", len(sections), c.Params["blocks"])
	}
	p.Body, p.Try = sections[0], sections[1]
	return p
}

// tipOf finds the tip a post shows, by its header, and checks the post
// shows all of it.
func tipOf(t *testing.T, tips []coach.Tip, p tipPost) coach.Tip {
	t.Helper()
	for _, tip := range tips {
		if p.Header != ":bulb: "+tip.Title {
			continue
		}
		if p.Body != tip.Body {
			t.Errorf("tip %s body = %q, want %q", tip.ID, p.Body, tip.Body)
		}
		if p.Try != "*Try this week:* "+tip.Try {
			t.Errorf("tip %s try = %q, want it to offer %q", tip.ID, p.Try, tip.Try)
		}
		if !strings.Contains(p.Source, tip.Source.Title) || !strings.Contains(p.Source, tip.Source.Author) {
			t.Errorf("tip %s source line %q lacks %q by %q", tip.ID, p.Source, tip.Source.Title, tip.Source.Author)
		}
		if !strings.Contains(p.Fallback, tip.Title) {
			t.Errorf("tip %s fallback text %q lacks the title", tip.ID, p.Fallback)
		}
		return tip
	}
	t.Fatalf("post header %q is not a tip's title", p.Header)
	return coach.Tip{}
}

// tipPosts are the chat.postMessage calls to the tip channel that Slack accepted.
func tipPosts(fake *slackfake.Server) []slackfake.Call {
	var out []slackfake.Call
	for _, c := range fake.Calls("chat.postMessage") {
		if c.Params["channel"] == tipChan && c.Error == "" {
			out = append(out, c)
		}
	}
	return out
}

func tipBerlin(t *testing.T) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatalf("load zone: %v", err)
	}
	return loc
}

// firstSlot is the weekly slot the catch-up tests start from: Monday
// 2 March 2026, 09:00 in Berlin (CET, UTC+1).
func tipFirstSlot(t *testing.T) time.Time {
	return time.Date(2026, 3, 2, 9, 0, 0, 0, tipBerlin(t))
}

// weeklyRun starts a bot on dbPath with the clock at now, with a fresh fake
// Slack, and returns the tips it posted while starting (the catch-up).
func tipWeeklyRun(t *testing.T, o tipBot, now time.Time) []tipPost {
	t.Helper()
	o.clock = &clock{}
	o.clock.Set(now)
	if o.loc == nil {
		o.loc = tipBerlin(t)
	}
	o.fake = nil
	h := startTipBot(t, o)
	// Stopping waits for the catch-up, which runs beside the connection.
	h.stop()
	var out []tipPost
	for _, c := range tipPosts(h.fake) {
		out = append(out, parseTipPost(t, c))
	}
	return out
}

func TestTipPostedOnFastScheduleWithBlocks(t *testing.T) {
	t.Parallel()
	lib := tipLibrary(t)
	h := startTipBot(t, tipBot{schedule: "@every 1s"})
	c, err := h.fake.WaitCall(waitFor, "chat.postMessage", func(c slackfake.Call) bool { return c.Params["channel"] == tipChan })
	if err != nil {
		t.Fatalf("no tip posted: %v", err)
	}
	if c.Error != "" {
		t.Fatalf("Slack refused the tip post: %s", c.Error)
	}
	p := parseTipPost(t, c)
	tipOf(t, lib, p)
	if p.Intro != "" {
		t.Errorf("intro %q without any findings", p.Intro)
	}
	if !strings.HasPrefix(p.Source, "From ") {
		t.Errorf("source line = %q", p.Source)
	}
}

func TestTipScheduleTwoBotsOneDatabasePostEachSlotOnce(t *testing.T) {
	t.Parallel()
	lib := tipLibrary(t)
	dbPath := filepath.Join(t.TempDir(), "shared.db")
	a := startTipBot(t, tipBot{schedule: "@every 1s", dbPath: dbPath, noWait: true})
	b := startTipBot(t, tipBot{schedule: "@every 1s", dbPath: dbPath, noWait: true})
	tipWaitConnected(a)
	tipWaitConnected(b)

	total := func() int { return len(tipPosts(a.fake)) + len(tipPosts(b.fake)) }
	deadline := time.Now().Add(8 * time.Second)
	for total() < 3 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	a.stop()
	b.stop()
	posts := append(tipPosts(a.fake), tipPosts(b.fake)...)
	if len(posts) < 3 {
		t.Fatalf("%d tips posted in 8 s on an @every 1s schedule, want at least 3", len(posts))
	}

	// Both bots fire every slot; each slot must reach Slack once.
	completed, claimed := tipSlots(t, dbPath)
	if len(posts) != completed || completed != claimed {
		t.Errorf("%d posts across both bots for %d completed of %d claimed slots: want one post per slot", len(posts), completed, claimed)
	}
	seen := map[string]bool{}
	for _, c := range posts {
		tip := tipOf(t, lib, parseTipPost(t, c))
		if seen[tip.ID] {
			t.Errorf("tip %s posted twice in one cycle of %d tips", tip.ID, len(lib))
		}
		seen[tip.ID] = true
	}
	if len(tipPosts(a.fake)) == 0 && len(tipPosts(b.fake)) == 0 {
		t.Error("no bot posted")
	}
}

// tipSlots counts the tip slots recorded in the database file: completed
// (posted) and claimed.
func tipSlots(t *testing.T, dbPath string) (completed, claimed int) {
	t.Helper()
	db, err := sql.Open("sqlite3", storage.DSN(dbPath))
	if err != nil {
		t.Fatalf("open db: %v", err)
	}
	defer db.Close()
	if err := db.QueryRow(`SELECT count(tip_id), count(*) FROM tip_slots`).Scan(&completed, &claimed); err != nil {
		t.Fatalf("count tip slots: %v", err)
	}
	return completed, claimed
}

func TestTipRotationNoRepeatsUntilAllUsed(t *testing.T) {
	t.Parallel()
	lib := tipLibrary(t)
	tips := []coach.Tip{
		tipWith(t, lib, coach.NoProblem),
		tipWith(t, lib, coach.Jargon, coach.NoProblem),
		tipWith(t, lib, "", coach.NoProblem, coach.Jargon),
	}
	dbPath := filepath.Join(t.TempDir(), "rapport.db")
	var order []string
	for week := range 7 {
		// Each start is an hour after that week's slot: the catch-up posts it.
		now := tipFirstSlot(t).AddDate(0, 0, 7*week).Add(time.Hour)
		posts := tipWeeklyRun(t, tipBot{tips: tips, dbPath: dbPath}, now)
		if len(posts) != 1 {
			t.Fatalf("week %d: %d posts, want 1", week, len(posts))
		}
		tip := tipOf(t, tips, posts[0])
		if posts[0].Intro != "" {
			t.Errorf("week %d: intro %q without findings", week, posts[0].Intro)
		}
		order = append(order, tip.ID)
	}
	for _, cycle := range [][]string{order[0:3], order[3:6]} {
		got := slices.Sorted(slices.Values(cycle))
		want := []string{tips[0].ID, tips[1].ID, tips[2].ID}
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("cycle %v: want each of the 3 tips once (order %v)", cycle, order)
		}
	}
	if order[6] == order[5] {
		t.Errorf("week 7 repeats week 6's tip %s (order %v)", order[6], order)
	}
}

func TestTipNewCycleDoesNotStartWithTheLastTip(t *testing.T) {
	t.Parallel()
	lib := tipLibrary(t)
	tips := []coach.Tip{tipWith(t, lib, coach.NoProblem), tipWith(t, lib, coach.Jargon, coach.NoProblem)}
	for run := range uint64(4) {
		t.Run(fmt.Sprint("run", run), func(t *testing.T) {
			t.Parallel()
			dbPath := filepath.Join(t.TempDir(), "rapport.db")
			var order []string
			for week := range 3 {
				now := tipFirstSlot(t).AddDate(0, 0, 7*week).Add(time.Hour)
				// A different seed each start: the choice is not replayed.
				posts := tipWeeklyRun(t, tipBot{tips: tips, dbPath: dbPath, seed: run*10 + uint64(week)}, now)
				if len(posts) != 1 {
					t.Fatalf("week %d: %d posts, want 1", week, len(posts))
				}
				order = append(order, tipOf(t, tips, posts[0]).ID)
			}
			if order[0] == order[1] {
				t.Errorf("a tip repeated within its cycle: %v", order)
			}
			if order[2] == order[1] {
				t.Errorf("the new cycle started with the tip that ended the old one: %v", order)
			}
		})
	}
}

func TestTipChosenForTheWeeksMostCommonNudge(t *testing.T) {
	t.Parallel()
	lib := tipLibrary(t)
	np := tipWith(t, lib, coach.NoProblem)
	jg := tipWith(t, lib, coach.Jargon, coach.NoProblem)
	other := tipWith(t, lib, "", coach.NoProblem, coach.Jargon)
	tips := []coach.Tip{jg, other, np}
	const intro = `This week's most common nudge was about "no problem" replies.`
	people := []string{staffUser, otherStaff, "U0ALICE"}

	dbPath := filepath.Join(t.TempDir(), "rapport.db")
	db, err := storage.Open(context.Background(), dbPath)
	if err != nil {
		t.Fatalf("open db: %v", err)
	}
	defer db.Close()
	var got []string
	for week := range 4 {
		now := tipFirstSlot(t).AddDate(0, 0, 7*week).Add(time.Hour)
		recs := []storage.FindingRecord{
			{UserID: people[0], Rule: "no-problem", Category: string(coach.NoProblem), At: now.Add(-2 * time.Hour)},
			{UserID: people[1], Rule: "no-problem", Category: string(coach.NoProblem), At: now.Add(-26 * time.Hour)},
			{UserID: people[2], Rule: "no-problem", Category: string(coach.NoProblem), At: now.Add(-6 * 24 * time.Hour)},
			{UserID: people[0], Rule: "jargon", Category: string(coach.Jargon), At: now.Add(-3 * time.Hour)},
		}
		// Older than seven days: jargon would win if they counted.
		for range 6 {
			recs = append(recs, storage.FindingRecord{UserID: people[1], Rule: "jargon", Category: string(coach.Jargon), At: now.Add(-8 * 24 * time.Hour)})
		}
		if err := db.RecordFindings(context.Background(), recs); err != nil {
			t.Fatalf("record findings: %v", err)
		}
		posts := tipWeeklyRun(t, tipBot{tips: tips, dbPath: dbPath}, now)
		if len(posts) != 1 {
			t.Fatalf("week %d: %d posts, want 1", week, len(posts))
		}
		p := posts[0]
		tip := tipOf(t, tips, p)
		got = append(got, tip.ID)
		for _, u := range people {
			if strings.Contains(p.Raw, u) {
				t.Errorf("week %d: tip post names %s", week, u)
			}
		}
		switch week {
		case 0, 3: // a fresh cycle: the "no problem" tip is unused
			if tip.ID != np.ID {
				t.Errorf("week %d: posted %s, want %s for the week's most common nudge", week, tip.ID, np.ID)
			}
			if p.Intro != intro {
				t.Errorf("week %d: intro = %q, want %q", week, p.Intro, intro)
			}
		default: // the "no problem" tip is used this cycle: any other, no intro
			if tip.ID == np.ID {
				t.Errorf("week %d: %s repeated within its cycle", week, np.ID)
			}
			if p.Intro != "" {
				t.Errorf("week %d: intro %q on a tip not chosen for the category", week, p.Intro)
			}
		}
	}
	if got[1] == got[2] {
		t.Errorf("weeks 2 and 3 posted the same tip: %v", got)
	}
}

func TestTipCatchUpAtStart(t *testing.T) {
	t.Parallel()
	slot := tipFirstSlot(t)
	// After the change to summer time: 09:00 CEST is 07:00 UTC.
	summerSlot := time.Date(2026, 3, 30, 7, 0, 0, 0, time.UTC)
	tests := []struct {
		name     string
		now      time.Time
		loc      *time.Location
		schedule string
		want     time.Time // the slot posted; zero: none
	}{
		{name: "4h after the slot", now: slot.Add(4 * time.Hour), want: slot},
		{name: "13h after the slot", now: slot.Add(13 * time.Hour)},
		{name: "just under 12h", now: slot.Add(12*time.Hour - time.Second), want: slot},
		{name: "exactly 12h", now: slot.Add(12 * time.Hour)},
		{name: "at the slot", now: slot, want: slot},
		{name: "a minute before the slot", now: slot.Add(-time.Minute)},
		{name: "slot is in RAPPORT_TZ, not UTC", now: time.Date(2026, 3, 2, 8, 30, 0, 0, time.UTC), want: slot},
		{name: "UTC zone: not yet 09:00", now: time.Date(2026, 3, 2, 8, 30, 0, 0, time.UTC), loc: time.UTC},
		{name: "summer time", now: summerSlot.Add(3 * time.Hour), want: summerSlot},
		{name: "CRON_TZ in the spec", now: time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC), schedule: "CRON_TZ=America/New_York 0 9 * * MON", loc: time.UTC, want: time.Date(2026, 3, 2, 14, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			o := tipBot{loc: tt.loc, schedule: tt.schedule, clock: &clock{}}
			o.clock.Set(tt.now)
			if o.loc == nil {
				o.loc = tipBerlin(t)
			}
			h := startTipBot(t, o)
			h.stopBot() // the catch-up runs beside the connection: let it finish
			posts := tipPosts(h.fake)
			last, err := h.db.LastTipSlot(context.Background())
			if tt.want.IsZero() {
				if len(posts) != 0 {
					t.Errorf("%d tips posted at start, want none", len(posts))
				}
				if err == nil {
					t.Errorf("slot %v claimed, want none", last)
				}
				return
			}
			if len(posts) != 1 {
				t.Fatalf("%d tips posted at start, want 1", len(posts))
			}
			if err != nil || !last.Equal(tt.want) {
				t.Errorf("claimed slot %v (%v), want %v", last, err, tt.want.UTC())
			}
		})
	}
}

func TestTipRestartNeverRepostsASlot(t *testing.T) {
	t.Parallel()
	dbPath := filepath.Join(t.TempDir(), "rapport.db")
	slot := tipFirstSlot(t)
	if n := len(tipWeeklyRun(t, tipBot{dbPath: dbPath}, slot.Add(4*time.Hour))); n != 1 {
		t.Fatalf("first start: %d posts, want 1", n)
	}
	for _, later := range []time.Duration{4*time.Hour + time.Minute, 6 * time.Hour, 11 * time.Hour} {
		if n := len(tipWeeklyRun(t, tipBot{dbPath: dbPath}, slot.Add(later))); n != 0 {
			t.Errorf("restart %v after the slot: %d posts, want 0", later, n)
		}
	}

	// Two bots starting together on one database after a missed slot.
	next := slot.AddDate(0, 0, 7)
	clk := &clock{}
	clk.Set(next.Add(2 * time.Hour))
	a := startTipBot(t, tipBot{dbPath: dbPath, loc: tipBerlin(t), clock: clk, noWait: true})
	b := startTipBot(t, tipBot{dbPath: dbPath, loc: tipBerlin(t), clock: clk, noWait: true})
	tipWaitConnected(a)
	tipWaitConnected(b)
	a.stop() // waits for each bot's catch-up
	b.stop()
	if n := len(tipPosts(a.fake)) + len(tipPosts(b.fake)); n != 1 {
		t.Errorf("two bots catching up the same slot posted %d tips, want 1", n)
	}
}

func TestTipInvalidScheduleStopsRun(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ name, spec, channel string }{
		{"garbage", "every monday", ""},
		{"six fields", "0 0 9 * * MON", ""},
		{"bad descriptor", "@fortnightly", ""},
		{"never fires", "0 9 30 2 *", ""},
		{"no tip channel", "every monday", "-"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			h := startTipBot(t, tipBot{schedule: tt.spec, channel: tt.channel, noWait: true})
			err := tipRunErr(h)
			if err == nil || !strings.Contains(err.Error(), "RAPPORT_TIP_SCHEDULE") || !strings.Contains(err.Error(), tt.spec) {
				t.Errorf("Run = %v, want an error naming RAPPORT_TIP_SCHEDULE and %q", err, tt.spec)
			}
			if n := h.fake.Connections(); n != 0 {
				t.Errorf("%d socket connections with an invalid schedule", n)
			}
		})
	}
}

// tipLogBuffer collects log output from several goroutines.
type tipLogBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *tipLogBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *tipLogBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestTipFailedPostIsLoggedAndBotCarriesOn(t *testing.T) {
	t.Parallel()
	var logs tipLogBuffer
	log := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelWarn}))
	fake := slackfake.New(t, slackfake.WithPingInterval(50*time.Millisecond))
	fake.FailNext("chat.postMessage", 1, slackfake.SlackError("not_in_channel"))
	clk := &clock{}
	slot := tipFirstSlot(t)
	clk.Set(slot.Add(time.Hour))
	dbPath := filepath.Join(t.TempDir(), "rapport.db")
	h := startTipBot(t, tipBot{fake: fake, clock: clk, loc: tipBerlin(t), dbPath: dbPath, log: log})

	// The catch-up runs beside the connection: wait for its refused post.
	if _, err := fake.WaitCall(waitFor, "chat.postMessage", nil); err != nil {
		t.Fatalf("the missed slot was never posted: %v", err)
	}
	deadline := time.Now().Add(waitFor)
	for !strings.Contains(logs.String(), "not_in_channel") && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	calls := fake.Calls("chat.postMessage")
	if len(calls) != 1 || calls[0].Error != "not_in_channel" {
		t.Fatalf("chat.postMessage calls = %+v, want one refused with not_in_channel", calls)
	}
	out := logs.String()
	for _, want := range []string{"scheduled tip", "not_in_channel", tipChan} {
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %q:\n%s", want, out)
		}
	}
	// Still serving.
	if reply := h.command(staffUser, "/coach", "tip"); !strings.Contains(reply, "Try this week") {
		t.Errorf("/coach tip after a failed post = %q", reply)
	}
	h.stop()

	// The refused slot stays claimed (never posted twice); next week posts.
	if n := len(tipWeeklyRun(t, tipBot{dbPath: dbPath}, slot.Add(2*time.Hour))); n != 0 {
		t.Errorf("restart after the failed post: %d posts, want 0", n)
	}
	if n := len(tipWeeklyRun(t, tipBot{dbPath: dbPath}, slot.AddDate(0, 0, 7).Add(time.Hour))); n != 1 {
		t.Errorf("next week: %d posts, want 1", n)
	}
}

func TestTipCoachCommandAnswersPrivately(t *testing.T) {
	t.Parallel()
	lib := tipLibrary(t)
	h := startTipBot(t, tipBot{channel: "-"})
	env := h.fake.SendSlashCommand(slackfake.SlashCommand{Command: "/coach", Text: "tip", UserID: staffUser, ChannelID: supportChan})
	ack, err := h.fake.WaitAck(waitFor, env)
	if err != nil {
		t.Fatalf("/coach tip not acked: %v", err)
	}
	var reply struct {
		ResponseType string          `json:"response_type"`
		Text         string          `json:"text"`
		Blocks       json.RawMessage `json:"blocks"`
	}
	if err := json.Unmarshal(ack.Payload, &reply); err != nil {
		t.Fatalf("ack payload: %v", err)
	}
	if reply.ResponseType != "ephemeral" {
		t.Errorf("response_type = %q, want ephemeral", reply.ResponseType)
	}
	p := parseTipPost(t, slackfake.Call{Params: map[string]string{"text": reply.Text, "blocks": string(reply.Blocks)}})
	tipOf(t, lib, p)
	if n := len(h.fake.Calls("chat.postMessage")); n != 0 {
		t.Errorf("/coach tip made %d chat.postMessage calls, want none", n)
	}
}
