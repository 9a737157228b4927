package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/slack-go/slack"

	"github.com/rapport-bot/rapport/coach"
	"github.com/rapport-bot/rapport/storage"
)

// Action IDs of the Home tab's own buttons (Done and Snooze reuse the
// reminder's).
const (
	actHomeCoachingOn  = "rapport_home_coaching_on"
	actHomeCoachingOff = "rapport_home_coaching_off"
	actHomeUnmute      = "rapport_home_unmute"
)

// homeWindow is the span of the Home tab's statistics: the last four weeks.
const homeWindow = 28 * 24 * time.Hour

// maxHomePromises bounds the promises listed, so the view stays under
// Slack's 100 blocks; the rest are counted.
const maxHomePromises = 15

// maxHomeMuted bounds the muted rules listed, for the same reason.
const maxHomeMuted = 20

// homeData is everything the Home tab shows. It holds no message text: only
// the user's own settings, counts and promises.
type homeData struct {
	First     bool // the first open: show the onboarding
	OptedOut  bool
	Counts    map[string]int // nudges by category, last four weeks
	Muted     []string       // rule IDs
	Promises  []storage.Promise
	Tip       *coach.Tip
	Now       time.Time
	Location  *time.Location
	ruleWords func(id string) string
}

// openHome answers app_home_opened on the Home tab: it records the visit
// (the first one is the onboarding) and publishes the user's view.
func (b *Bot) openHome(ctx context.Context, user string) {
	first, err := b.store.OpenHome(ctx, user)
	if err != nil {
		b.log.Error("record home visit", "err", err)
	}
	b.publishHomeIf(ctx, user, first, true)
}

// refreshHome republishes the Home tab after the user changed something it
// shows, if they have ever opened it.
func (b *Bot) refreshHome(ctx context.Context, user string) {
	seen, err := b.store.HomeOpened(ctx, user)
	if err != nil || !seen {
		return
	}
	b.publishHome(ctx, user, false)
}

// publishHome reads the user's state and publishes their Home tab. When the
// state cannot be read, it publishes a short apology rather than a view
// that looks complete but is not.
func (b *Bot) publishHome(ctx context.Context, user string, first bool) {
	b.publishHomeIf(ctx, user, first, false)
}

// publishHomeIf publishes user's Home tab; when onlyChanged, not if Slack
// already shows exactly this view (published by this process lately).
// One user's publishes run one at a time, so the last view read is the
// last one published.
func (b *Bot) publishHomeIf(ctx context.Context, user string, first, onlyChanged bool) {
	unlock := b.homes.lock(user)
	defer unlock()
	d, err := b.homeData(ctx, user)
	var blocks []slack.Block
	if err != nil {
		b.log.Error("read home", "err", err)
		blocks = []slack.Block{section(":warning: Sorry, I couldn't load your Rapport page. Open the tab again in a moment.")}
	} else {
		d.First = first
		blocks = homeBlocks(d)
	}
	view := slack.HomeTabViewRequest{Type: slack.VTHomeTab, Blocks: slack.Blocks{BlockSet: blocks}, CallbackID: "rapport_home"}
	sum := viewHash(view)
	if onlyChanged && err == nil && b.homes.shown(user, sum, b.now()) {
		b.metrics.EventsDropped.WithLabelValues("home_unchanged").Inc()
		return
	}
	if b.homes.paused(b.now()) {
		// Slack asked us to wait: this view is skipped, and the next open
		// after the pause publishes the current one.
		b.homes.forget(user)
		b.metrics.EventsDropped.WithLabelValues("home_rate_limited").Inc()
		return
	}
	perr := b.retryTransient(ctx, "views.publish", func() error {
		_, err := b.homeAPI.PublishViewContext(ctx, slack.PublishViewContextRequest{UserID: user, View: view})
		return err
	})
	if perr != nil {
		b.homes.forget(user)
		if slackCode(perr) == "ratelimited" {
			b.homes.pause(b.now().Add(retryAfter(perr)))
		}
		b.noteSlackError("views.publish", perr)
		return
	}
	if err == nil {
		b.homes.sent(user, sum, b.now())
	} else {
		b.homes.forget(user) // the apology: the next open tries again
	}
}

// viewHash identifies a view's content.
func viewHash(v slack.HomeTabViewRequest) uint64 {
	raw, err := json.Marshal(v)
	if err != nil {
		return 0
	}
	h := fnv.New64a()
	h.Write(raw)
	return h.Sum64()
}

// homeShownFor is how long a published view is trusted to be what Slack
// shows: another process (a rolling deploy) may publish meanwhile.
const homeShownFor = 5 * time.Minute

// homeGate keeps Home tab publishing per user in order and cheap: at most
// one app_home_opened job waits per user, one publish runs at a time per
// user, and an open whose view is unchanged publishes nothing.
type homeGate struct {
	mu     sync.Mutex
	until  time.Time // no publishing before this: Slack's Retry-After
	queued map[string]bool
	locks  map[string]*userLock
	last   map[string]homeSent
}

type userLock struct {
	mu   sync.Mutex
	refs int
}

type homeSent struct {
	sum uint64
	at  time.Time
}

func newHomeGate() *homeGate {
	return &homeGate{queued: map[string]bool{}, locks: map[string]*userLock{}, last: map[string]homeSent{}}
}

// queue reports whether an open for user should be queued: false when one
// is already waiting (it will read the newest state when it runs).
func (g *homeGate) queue(user string) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.queued[user] {
		return false
	}
	g.queued[user] = true
	return true
}

// started marks user's queued open as running: a later open queues anew.
func (g *homeGate) started(user string) {
	g.mu.Lock()
	delete(g.queued, user)
	g.mu.Unlock()
}

// lock serialises user's publishes; the returned func unlocks.
func (g *homeGate) lock(user string) func() {
	g.mu.Lock()
	l := g.locks[user]
	if l == nil {
		l = &userLock{}
		g.locks[user] = l
	}
	l.refs++
	g.mu.Unlock()
	l.mu.Lock()
	return func() {
		l.mu.Unlock()
		g.mu.Lock()
		if l.refs--; l.refs == 0 {
			delete(g.locks, user)
		}
		g.mu.Unlock()
	}
}

// shown reports whether sum is the view last published for user, lately.
func (g *homeGate) shown(user string, sum uint64, now time.Time) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	s, ok := g.last[user]
	return ok && s.sum == sum && now.Sub(s.at) < homeShownFor
}

func (g *homeGate) sent(user string, sum uint64, now time.Time) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if len(g.last) >= 50000 {
		clear(g.last) // forgetting only costs a publish
	}
	g.last[user] = homeSent{sum: sum, at: now}
}

func (g *homeGate) forget(user string) {
	g.mu.Lock()
	delete(g.last, user)
	g.mu.Unlock()
}

func (b *Bot) homeData(ctx context.Context, user string) (homeData, error) {
	now := b.now()
	d := homeData{Now: now, ruleWords: b.ruleInWords}
	var err error
	if d.OptedOut, err = b.store.OptedOut(ctx, user); err != nil {
		return d, err
	}
	if d.Counts, err = b.store.NudgeCounts(ctx, user, now.Add(-homeWindow), now.Add(time.Second)); err != nil {
		return d, err
	}
	if d.Muted, err = b.store.MutedRules(ctx, user); err != nil {
		return d, err
	}
	if d.Promises, err = b.store.OpenPromises(ctx, user); err != nil {
		return d, err
	}
	d.Location = b.userLocation(ctx, user)
	d.Tip = b.currentTip(ctx)
	return d, nil
}

// currentTip is the tip posted most recently to the team, or, before the
// first one, the tip of the week.
func (b *Bot) currentTip(ctx context.Context) *coach.Tip {
	if len(b.tips) == 0 {
		return nil
	}
	if used, err := b.store.UsedTips(ctx); err == nil {
		if id := lastUsed(used); id != "" {
			for i := range b.tips {
				if b.tips[i].ID == id {
					return &b.tips[i]
				}
			}
		}
	}
	_, week := b.now().ISOWeek()
	return &b.tips[week%len(b.tips)]
}

// placeholder matches a rule template's {name} slots.
var placeholder = regexp.MustCompile(`\{[a-z_]+\}`)

// fillGeneric fills a rule template's slots with general words, for places
// that show a rule without a finding (the Home tab, old Why? buttons): no
// raw {term} may ever reach Slack.
func fillGeneric(s string) string {
	return placeholder.ReplaceAllStringFunc(s, func(p string) string {
		switch p {
		case "{term}":
			return "the term"
		case "{gloss}":
			return "what it means"
		}
		return "…"
	})
}

// ruleInWords names a rule for a person: its category and what it suggests,
// never its internal ID alone.
func (b *Bot) ruleInWords(id string) string {
	info, ok := b.analyzer.Rule(id)
	if !ok {
		return "a rule that no longer exists (" + id + ")"
	}
	// The advice without its example: "Say what the term means the first
	// time you use it".
	what := fillGeneric(info.Suggestion)
	for _, cut := range []string{", e.g.", " e.g.", " (e.g."} {
		if i := strings.Index(what, cut); i > 0 {
			what = what[:i]
		}
	}
	what = strings.TrimRight(firstSentence(what), ".:; ")
	if what == "" {
		what = strings.TrimRight(firstSentence(fillGeneric(info.Message)), ". ")
	}
	if strings.HasPrefix(what, `"`) || strings.HasPrefix(what, "“") {
		what = "try " + what // a suggestion that is only the words to use
	}
	return categoryLabel(info.Category) + ": " + what
}

// homeBlocks renders the Home tab.
func homeBlocks(d homeData) []slack.Block {
	blocks := []slack.Block{slack.NewHeaderBlock(plain(":seedling: Rapport"))}
	if d.First {
		blocks = append(blocks, onboardingBlocks()...)
	}

	// Coaching on or off.
	if d.OptedOut {
		on := button(actHomeCoachingOn, "Turn coaching on", "on")
		on.Style = slack.StylePrimary
		blocks = append(blocks, slack.NewSectionBlock(mrkdwn("*Coaching is off.* I won't nudge you. Drafts you send me are still checked."), nil, slack.NewAccessory(on)))
	} else {
		blocks = append(blocks, slack.NewSectionBlock(mrkdwn("*Coaching is on.* When something you write might land badly, I'll suggest a kinder way to say it, privately."), nil,
			slack.NewAccessory(button(actHomeCoachingOff, "Turn coaching off", "off"))))
	}
	blocks = append(blocks, slack.NewDividerBlock())

	// The last four weeks.
	var lines []string
	total := 0
	for _, c := range coach.Categories() {
		if n := d.Counts[string(c)]; n > 0 {
			total += n
			lines = append(lines, fmt.Sprintf("• %s: %d", categoryLabel(c), n))
		}
	}
	stats := "*Your last four weeks*\n"
	if total == 0 {
		stats += "No nudges. Nice work!"
	} else {
		stats += fmt.Sprintf("%s, by what they were about:\n%s", plural(total, "nudge"), strings.Join(lines, "\n"))
	}
	blocks = append(blocks, section(stats),
		slack.NewContextBlock("", mrkdwn("Only you can see this page. Rapport keeps counts, never the text of your messages.")),
		slack.NewDividerBlock())

	// Open promises.
	if len(d.Promises) == 0 {
		blocks = append(blocks, section("*Your open promises*\nNone. When you promise someone a follow-up, `/followup` or the *Record follow-up* button reminds you."))
	} else {
		blocks = append(blocks, section("*Your open promises*"))
		for i, p := range d.Promises {
			if i == maxHomePromises {
				blocks = append(blocks, slack.NewContextBlock("", mrkdwn(fmt.Sprintf("…and %d more: `/followup list` shows them all.", len(d.Promises)-i))))
				break
			}
			text := fmt.Sprintf("%s\nDue %s", promiseText(preview(p.Text)), describeDue(p.Due, d.Now, d.Location))
			if p.Permalink != "" {
				text += fmt.Sprintf(" · <%s|conversation>", p.Permalink)
			}
			done := button(actPromiseDone, "Done", p.ID)
			done.Style = slack.StylePrimary
			blocks = append(blocks, section(text), slack.NewActionBlock("rapport_home_promise_"+p.ID,
				done,
				button(actSnoozeHour, "Snooze 1 hour", p.ID),
				button(actSnoozeTomorrow, "Snooze to tomorrow", p.ID)))
		}
	}
	blocks = append(blocks, slack.NewDividerBlock())

	// Muted rules.
	if len(d.Muted) > 0 {
		blocks = append(blocks, section("*Suggestions you muted*\nYou marked these “Not helpful”. Unmute one to see it again."))
		for i, id := range d.Muted {
			if i == maxHomeMuted {
				blocks = append(blocks, slack.NewContextBlock("", mrkdwn(fmt.Sprintf("…and %d more.", len(d.Muted)-i))))
				break
			}
			blocks = append(blocks, slack.NewSectionBlock(mrkdwn(escape(d.ruleWords(id))), nil,
				slack.NewAccessory(button(actHomeUnmute, "Unmute", id))))
		}
		blocks = append(blocks, slack.NewDividerBlock())
	}

	// The current tip.
	if d.Tip != nil {
		blocks = append(blocks, tipBlocks(*d.Tip, "This week's tip")...)
	}
	if !d.First {
		blocks = append(blocks, slack.NewContextBlock("", mrkdwn("`/coach off` stops coaching · `/coach forget` deletes what Rapport stores about you · `/coach help` lists every command")))
	}
	return blocks
}

// onboardingBlocks introduce Rapport on the first open of its Home tab:
// what it does, what it stores, how to opt out.
func onboardingBlocks() []slack.Block {
	return []slack.Block{
		section("*Welcome!* Rapport is a private coach for the way we write to the people we help."),
		section("*What it does*\n" +
			"• When a message of yours in a channel I'm in might come across as talking down, unexplained jargon, an in-joke, blame or a scripted phrase, I show you, and only you, a kinder way to say it. Nobody else sees the nudge.\n" +
			"• When you promise a follow-up, I can remind you: `/followup tomorrow 3pm call back about the VPN`.\n" +
			"• Send me a draft here in Messages, or type `/coach check <draft>`, to check it before you post."),
		section("*What it stores*\n" +
			"• Counts of your nudges by category and time, the suggestions you marked “Not helpful”, and whether coaching is on.\n" +
			"• The promises you ask me to remember, until they are done.\n" +
			"• Never the text of the messages I coach."),
		section("*How to opt out*\n" +
			"• The button below, or `/coach off`, stops the nudges; `/coach on` brings them back.\n" +
			"• `/coach forget` deletes everything Rapport stores about you."),
		slack.NewDividerBlock(),
	}
}

// plural writes n with a noun, "1 nudge" or "3 nudges".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// homeAction handles the Home tab's own buttons. It reports whether the
// action was one of them.
func (b *Bot) homeAction(ctx context.Context, user, actionID, value string) bool {
	switch actionID {
	case actHomeCoachingOn, actHomeCoachingOff:
		if err := b.store.SetOptedOut(ctx, user, actionID == actHomeCoachingOff); err != nil {
			b.log.Error("save settings", "err", err)
		}
	case actHomeUnmute:
		// The value comes back from the client: a forged one (not a rule
		// ID's shape, or not muted) changes nothing and is never logged.
		if !ruleIDShape(value) {
			return true
		}
		if err := b.store.UnmuteRule(ctx, user, value); err != nil && !errors.Is(err, storage.ErrNotFound) {
			b.log.Warn("unmute rule from home failed", "err_kind", storageErrKind(err))
		}
	default:
		return false
	}
	return true
}

// fromHome reports whether an interaction came from the user's Home tab.
func fromHome(cb slack.InteractionCallback) bool {
	return cb.View.Type == slack.VTHomeTab || (cb.Container.Type == "view" && cb.View.Type == "")
}

// storageErrKind names a storage failure for a log line without the
// error's text, which may quote values a client sent.
func storageErrKind(err error) string {
	switch {
	case errors.Is(err, storage.ErrNotDurable):
		return "not_durable"
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return "timeout"
	}
	return "storage"
}

// pause stops publishing until t.
func (g *homeGate) pause(t time.Time) {
	g.mu.Lock()
	if t.After(g.until) {
		g.until = t
	}
	g.mu.Unlock()
}

// paused reports whether publishing is paused at now.
func (g *homeGate) paused(now time.Time) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return now.Before(g.until)
}

// retryAfter is how long Slack asked to wait after a 429: its Retry-After,
// or a second when it gave none; at most ten minutes.
func retryAfter(err error) time.Duration {
	d := time.Second
	var rl *slack.RateLimitedError
	if errors.As(err, &rl) && rl.RetryAfter > 0 {
		d = rl.RetryAfter
	}
	return min(d, 10*time.Minute)
}
