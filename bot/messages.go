package bot

import (
	"context"
	"errors"
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
	if ev.SubType == "message_changed" {
		b.handleEdit(ctx, ev, received)
		return
	}
	if !humanMessage(ev) || ev.User == b.self.UserID {
		return
	}
	text := ev.Text
	if len(text) > maxAnalyzed {
		text = truncateUTF8(text, maxAnalyzed)
	}
	if ev.ChannelType == "im" {
		if !isDirectMessageChannel(ev.Channel) {
			// Says "im" but names a channel others can read: answering
			// there would make coaching public.
			b.metrics.EventsDropped.WithLabelValues("not_a_dm").Inc()
			b.log.Warn("ignoring a direct-message event whose channel is not a DM")
			return
		}
		b.handleDirectMessage(ctx, ev, text)
		return
	}
	if !b.watched(ev.Channel) {
		return
	}

	keys := conversationKeys(ev)
	convo := b.threads.context(keys[0], ev.User, received)
	staff := b.staff.isStaff(ctx, ev.User)
	convo.Role = coach.RoleRequester
	if staff {
		convo.Role = coach.RoleStaff
	}
	// One reading gives both what to remember and what to coach.
	an := b.analyzer.AnalyzeMessage(text, convo)
	b.threads.remember(keys, ev.User, an.Signals, received)
	if !staff {
		return // a requester: remembered for context, never coached
	}

	findings := an.Findings
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
	if an.Truncated {
		blocks = append(blocks, slack.NewContextBlock("", mrkdwn("This message is long: I only read its first part.")))
	}
	opts := []slack.MsgOption{slack.MsgOptionText(nudgeFallback(findings), false), slack.MsgOptionBlocks(blocks...)}
	if ev.ThreadTimeStamp != "" {
		opts = append(opts, slack.MsgOptionTS(ev.ThreadTimeStamp))
	}
	err := b.retryTransient(ctx, "chat.postEphemeral", func() error {
		_, err := b.api.PostEphemeralContext(ctx, ev.Channel, ev.User, opts...)
		return err
	})
	if err != nil {
		b.noteSlackError("chat.postEphemeral", err)
		return
	}
	b.metrics.Nudges.Inc()
	b.metrics.nudgeOutcome(string(findings[0].Category), outcomeShown)
	b.metrics.NudgeLatency.Observe(b.now().Sub(received).Seconds())
	if err := b.store.RecordNudge(ctx, ev.User, string(findings[0].Category)); err != nil {
		b.log.Error("record nudge", "err", err)
	}
}

// applySettings drops the findings a user muted; ok is false when the user
// opted out or the settings could not be read (then nothing is sent: a
// missed nudge is better than an unwanted one).
func (b *Bot) applySettings(ctx context.Context, user string, findings []coach.Finding) ([]coach.Finding, bool) {
	out, err := b.store.OptedOut(ctx, user)
	if err != nil {
		b.logJobError(ctx, "read settings", err)
		return nil, false
	}
	if out {
		return nil, false
	}
	muted, err := b.store.MutedRules(ctx, user)
	if err != nil {
		b.logJobError(ctx, "read muted rules", err)
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
		b.logJobError(ctx, "record statistics", err)
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
	// ev.Channel is a DM (checked by the caller): only its author reads it.
	err := b.retryTransient(ctx, "chat.postMessage", func() error {
		_, _, err := b.api.PostMessageContext(ctx, ev.Channel, opts...)
		return err
	})
	if err != nil {
		b.noteSlackError("chat.postMessage", err)
	}
}

// isDirectMessageChannel reports whether a conversation ID is a direct
// message's: Slack gives those IDs a D prefix (C is a public channel, G a
// private channel or group DM).
func isDirectMessageChannel(id string) bool {
	return len(id) > 1 && id[0] == 'D'
}

// logJobError logs a failure inside a job, unless the job's context was
// cancelled by shutdown: those are counted once, in the drain line.
func (b *Bot) logJobError(ctx context.Context, what string, err error) {
	if ctx.Err() != nil && errors.Is(err, context.Canceled) {
		b.log.Debug(what+": cancelled by shutdown", "err", err)
		return
	}
	b.log.Error(what, "err", err)
}
