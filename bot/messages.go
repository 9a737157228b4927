package bot

import (
	"context"
	"slices"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/rapport-bot/rapport/coach"
	"github.com/rapport-bot/rapport/storage"
)

// maxAnalyzed bounds the text the engine reads from one message. Slack caps
// messages at 40,000 characters; anything longer is not a real message.
const maxAnalyzed = 64 << 10

// humanMessage reports whether a message event is one a person wrote:
// no bot_id, and a subtype that carries fresh text.
func humanMessage(ev slackevents.MessageEvent) bool {
	if ev.BotID != "" || ev.User == "" {
		return false
	}
	switch ev.SubType {
	case "", "thread_broadcast", "file_share":
		return true
	}
	return false
}

func (b *Bot) watched(channel string) bool {
	return len(b.cfg.Channels) == 0 || slices.Contains(b.cfg.Channels, channel)
}

// conversationKeys are the places a message is remembered: its thread (or
// the channel's main timeline) and, for a top-level message, the thread that
// replies to it would open.
func conversationKeys(ev slackevents.MessageEvent) []threadKey {
	if ev.ThreadTimeStamp != "" {
		return []threadKey{{ev.Channel, ev.ThreadTimeStamp}}
	}
	return []threadKey{{ev.Channel, ""}, {ev.Channel, ev.TimeStamp}}
}

func (b *Bot) handleMessage(ctx context.Context, ev slackevents.MessageEvent, received time.Time) {
	if !humanMessage(ev) || ev.User == b.self.UserID {
		return
	}
	text := ev.Text
	if len(text) > maxAnalyzed {
		text = truncateUTF8(text, maxAnalyzed)
	}
	if ev.ChannelType == "im" {
		b.handleDirectMessage(ctx, ev, text)
		return
	}
	if !b.watched(ev.Channel) {
		return
	}

	keys := conversationKeys(ev)
	convo := b.threads.context(keys[0], ev.User, received)
	b.threads.remember(keys, ev.User, b.analyzer.Signals(text), received)
	if !b.staff.isStaff(ctx, ev.User) {
		return // a requester: remembered for context, never coached
	}
	convo.Role = coach.RoleStaff

	findings := b.analyzer.Analyze(text, convo)
	if len(findings) == 0 {
		return
	}
	findings, ok := b.applySettings(ctx, ev.User, findings)
	if !ok || len(findings) == 0 {
		return
	}
	b.recordFindings(ctx, ev.User, findings)
	if !b.limiter.allow(ev.User, b.now()) {
		b.metrics.EventsDropped.WithLabelValues("nudge_cap").Inc()
		return
	}

	rw := b.rewrite(coach.WithConversation(ctx, convo), text, findings)
	blocks := nudgeBlocks(findings, rw, ev.Channel, ev.TimeStamp, b.promiseSentence(text, findings))
	opts := []slack.MsgOption{slack.MsgOptionText(nudgeFallback(findings), false), slack.MsgOptionBlocks(blocks...)}
	if ev.ThreadTimeStamp != "" {
		opts = append(opts, slack.MsgOptionTS(ev.ThreadTimeStamp))
	}
	if _, err := b.api.PostEphemeralContext(ctx, ev.Channel, ev.User, opts...); err != nil {
		b.noteSlackError("chat.postEphemeral", err)
		return
	}
	b.metrics.Nudges.Inc()
	b.metrics.NudgeLatency.Observe(b.now().Sub(received).Seconds())
}

// applySettings drops the findings a user muted; ok is false when the user
// opted out or the settings could not be read (then nothing is sent: a
// missed nudge is better than an unwanted one).
func (b *Bot) applySettings(ctx context.Context, user string, findings []coach.Finding) ([]coach.Finding, bool) {
	out, err := b.store.OptedOut(ctx, user)
	if err != nil {
		b.log.Error("read settings", "err", err)
		return nil, false
	}
	if out {
		return nil, false
	}
	muted, err := b.store.MutedRules(ctx, user)
	if err != nil {
		b.log.Error("read muted rules", "err", err)
		return nil, false
	}
	if len(muted) == 0 {
		return findings, true
	}
	kept := findings[:0:0]
	for _, f := range findings {
		if !slices.Contains(muted, f.Rule) {
			kept = append(kept, f)
		}
	}
	return kept, true
}

func (b *Bot) recordFindings(ctx context.Context, user string, findings []coach.Finding) {
	now := b.now()
	recs := make([]storage.FindingRecord, 0, len(findings))
	for _, f := range findings {
		recs = append(recs, storage.FindingRecord{UserID: user, Rule: f.Rule, Category: string(f.Category), At: now})
		b.metrics.Findings.WithLabelValues(string(f.Category)).Inc()
	}
	if err := b.store.RecordFindings(ctx, recs); err != nil {
		b.log.Error("record statistics", "err", err)
	}
}

// rewrite asks the configured rewriter, falling back to the rules on any
// error so a nudge always carries a rewrite.
func (b *Bot) rewrite(ctx context.Context, text string, findings []coach.Finding) coach.Rewrite {
	rw, err := b.rewriter.Rewrite(ctx, text, findings)
	if err == nil && rw.Text != "" {
		return rw
	}
	rw, _ = b.rules.Rewrite(ctx, text, findings)
	if err != nil {
		rw.Reason = "the language model was unavailable"
	}
	return rw
}

// promiseSentence is the text of the first promise finding's sentence, or "".
func (b *Bot) promiseSentence(text string, findings []coach.Finding) string {
	for _, f := range findings {
		if f.Category == coach.Promise {
			return slackUnescape(coach.PromiseSentence(text, f))
		}
	}
	return ""
}

// handleDirectMessage treats a DM to the bot as a private check of a draft.
func (b *Bot) handleDirectMessage(ctx context.Context, ev slackevents.MessageEvent, text string) {
	// The rewrite comes from b.rewrite alone (Check would make a rule
	// rewrite first, to be thrown away).
	findings := b.analyzer.Analyze(text, coach.Context{})
	var blocks []slack.Block
	fallback := "Looks good: nothing in this draft needs a second look."
	if len(findings) > 0 {
		rw := b.rewrite(ctx, text, findings)
		blocks = checkBlocks(findings, rw)
		fallback = nudgeFallback(findings)
	}
	opts := []slack.MsgOption{slack.MsgOptionText(fallback, false)}
	if len(blocks) > 0 {
		opts = append(opts, slack.MsgOptionBlocks(blocks...))
	}
	if ev.ThreadTimeStamp != "" {
		opts = append(opts, slack.MsgOptionTS(ev.ThreadTimeStamp))
	}
	if _, _, err := b.api.PostMessageContext(ctx, ev.Channel, opts...); err != nil {
		b.noteSlackError("chat.postMessage", err)
	}
}
