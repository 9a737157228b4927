package bot

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/robfig/cron/v3"
	"github.com/slack-go/slack"

	"github.com/rapport-bot/rapport/coach"
	"github.com/rapport-bot/rapport/storage"
)

// tipCatchUp is how old a missed slot may be and still be posted at start.
const tipCatchUp = 12 * time.Hour

// tipPostTimeout bounds the work for one slot: claiming, choosing, posting.
const tipPostTimeout = 30 * time.Second

// parseTipSchedule parses RAPPORT_TIP_SCHEDULE (five fields, a descriptor
// such as @weekly, or @every 1h) and rejects a spec that never fires.
func parseTipSchedule(spec string, loc *time.Location, now time.Time) (cron.Schedule, error) {
	sched, err := cron.ParseStandard(spec)
	if err != nil {
		return nil, fmt.Errorf("RAPPORT_TIP_SCHEDULE: invalid cron spec %q: %w", spec, err)
	}
	if sched.Next(now.In(loc)).IsZero() {
		return nil, fmt.Errorf("RAPPORT_TIP_SCHEDULE: cron spec %q never fires", spec)
	}
	return sched, nil
}

// startTips schedules the weekly tip. Each slot is claimed in the database
// before posting, so restarts and several processes sharing one database
// post a slot at most once. The schedule is validated even when no tip
// channel is set, so a typo is reported at start rather than later.
//
// Slot work runs on workCtx, which shutdown cancels only when its deadline
// passes: a claimed slot gets every chance to be posted, within that bound.
func (b *Bot) startTips(workCtx context.Context) (stop func(), err error) {
	sched, err := parseTipSchedule(b.cfg.TipSchedule, b.cfg.Location, b.now())
	if err != nil {
		return nil, err
	}
	if b.cfg.TipChannel == "" || len(b.tips) == 0 {
		return func() {}, nil
	}
	slotCtx := workCtx
	logger := cronLogger{b}
	c := cron.New(cron.WithLocation(b.cfg.Location), cron.WithChain(cron.Recover(logger), cron.SkipIfStillRunning(logger)))
	var id cron.EntryID
	id = c.Schedule(sched, cron.FuncJob(func() {
		// Entry is answered by cron's own loop after it has moved Prev to
		// this run's scheduled time: the slot every process agrees on.
		slot := c.Entry(id).Prev
		if slot.IsZero() {
			b.log.Error("tip schedule fired without a slot time; skipping it")
			return
		}
		b.postTipSlot(slotCtx, slot.Truncate(time.Second))
	}))
	// The catch-up runs beside the connection, never in front of it.
	var catchUp sync.WaitGroup
	if _, constant := sched.(cron.ConstantDelaySchedule); !constant {
		catchUp.Go(func() { b.catchUpTip(slotCtx, sched) })
	}
	c.Start()
	return func() {
		<-c.Stop().Done()
		catchUp.Wait()
	}, nil
}

// catchUpTip posts the latest slot missed while Rapport was down, if it is
// recent enough to still be useful.
func (b *Bot) catchUpTip(ctx context.Context, sched cron.Schedule) {
	now := b.now().In(b.cfg.Location)
	var last time.Time
	for t := now.Add(-tipCatchUp); ; {
		n := sched.Next(t)
		if n.IsZero() || n.After(now) {
			break
		}
		last, t = n, n
	}
	if last.IsZero() {
		return
	}
	prev, err := b.store.LastTipSlot(ctx)
	if err != nil && !errors.Is(err, storage.ErrNotFound) {
		b.log.Error("read last tip slot", "err", err)
		return
	}
	if err == nil && !prev.Before(last) {
		return
	}
	b.log.Info("posting a tip slot missed while Rapport was down", "slot", last.UTC().Format(time.RFC3339))
	b.postTipSlot(ctx, last.Truncate(time.Second))
}

// postTipSlot claims slot and, if this process won it, posts the next tip
// to the tip channel.
func (b *Bot) postTipSlot(ctx context.Context, slot time.Time) {
	ctx, cancel := context.WithTimeout(ctx, tipPostTimeout)
	defer cancel()
	claimed, err := b.store.ClaimTipSlot(ctx, slot, b.tipOwner())
	if err != nil {
		b.log.Error("claim tip slot", "err", err)
		return
	}
	if !claimed {
		return // another process, or an earlier run, has it
	}
	choice, err := b.chooseTip(ctx)
	if err != nil {
		b.log.Error("choose tip", "err", err)
		return
	}
	blocks := tipBlocks(choice.Tip, choice.Intro())
	_, _, err = b.api.PostMessageContext(ctx, b.cfg.TipChannel, slack.MsgOptionText(tipFallback(choice.Tip), false), slack.MsgOptionBlocks(blocks...))
	if err != nil {
		b.noteSlackError("chat.postMessage", err)
		b.log.Error("could not post the scheduled tip; this slot is skipped",
			"channel", b.cfg.TipChannel, "slot", slot.UTC().Format(time.RFC3339), "tip", choice.Tip.ID, "code", slackCode(err))
		return
	}
	b.metrics.TipsPosted.Inc()
	now := b.now()
	if err := b.store.RecordTipUsed(ctx, choice.Tip.ID, now); err != nil {
		b.log.Error("record tip use", "err", err)
	}
	if err := b.store.CompleteTipSlot(ctx, slot, choice.Tip.ID); err != nil {
		b.log.Error("complete tip slot", "err", err)
	}
}

// tipOwner names this process in a slot claim, for diagnostics.
func (b *Bot) tipOwner() string {
	host, err := os.Hostname()
	if err != nil {
		host = "unknown"
	}
	return fmt.Sprintf("%s@%s:%d", b.self.UserID, host, os.Getpid())
}

// chooseTip picks the next tip: none repeats until all have been used, and
// the team's most frequent finding category of the week goes first.
func (b *Bot) chooseTip(ctx context.Context) (coach.TipChoice, error) {
	usedAt, err := b.store.UsedTips(ctx)
	if err != nil {
		return coach.TipChoice{}, err
	}
	used := make(map[string]bool, len(usedAt))
	for id := range usedAt {
		used[id] = true
	}
	now := b.now()
	top, _, err := b.store.TopCategory(ctx, now.Add(-7*24*time.Hour), now)
	if err != nil && !errors.Is(err, storage.ErrNotFound) {
		return coach.TipChoice{}, err
	}
	b.randMu.Lock()
	choice, newCycle := coach.ChooseTip(b.tips, used, coach.Category(top), b.rand)
	if newCycle && len(b.tips) > 1 {
		// Every tip has been used: a new cycle starts, but not with the tip
		// that ended the old one, which would post the same tip twice running.
		choice, _ = coach.ChooseTip(b.tips, map[string]bool{lastUsed(usedAt): true}, coach.Category(top), b.rand)
	}
	b.randMu.Unlock()
	if newCycle {
		if err := b.store.ResetTipCycle(ctx); err != nil {
			return coach.TipChoice{}, err
		}
	}
	return choice, nil
}

// lastUsed is the tip used most recently, "" if none (ties go to the
// smallest ID, so the answer does not depend on map order).
func lastUsed(usedAt map[string]time.Time) string {
	var id string
	var at time.Time
	for k, t := range usedAt {
		if id == "" || t.After(at) || (t.Equal(at) && k < id) {
			id, at = k, t
		}
	}
	return id
}

func tipFallback(t coach.Tip) string {
	return "Tip: " + t.Title + ". " + t.Body
}

// tipBlocks renders a tip: title, body, what to try, and its source.
func tipBlocks(t coach.Tip, intro string) []slack.Block {
	var blocks []slack.Block
	if intro != "" {
		blocks = append(blocks, slack.NewContextBlock("", mrkdwn(escape(intro))))
	}
	return append(blocks,
		slack.NewHeaderBlock(plain(truncateUTF8(":bulb: "+t.Title, 150))),
		section(escape(t.Body)),
		section("*Try this week:* "+escape(t.Try)),
		slack.NewContextBlock("", mrkdwn(fmt.Sprintf("From _%s_ by %s", escape(t.Source.Title), escape(t.Source.Author)))),
	)
}

// cronLogger routes robfig/cron's messages to the bot's logger.
type cronLogger struct{ b *Bot }

func (l cronLogger) Info(msg string, kv ...any) { l.b.log.Debug("cron: "+msg, kv...) }
func (l cronLogger) Error(err error, msg string, kv ...any) {
	l.b.log.Error("cron: "+msg, append(kv, "err", err)...)
}
