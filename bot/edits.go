package bot

import (
	"context"
	"hash/fnv"
	"strings"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/rapport-bot/rapport/coach"
)

// editMemory is how long an edited message's nudged findings are
// remembered, so a finding that is removed and added back is not nudged twice.
const editMemory = 24 * time.Hour

// handleEdit re-checks an edited message and nudges only for findings the
// earlier version did not have, and never twice for the same one.
func (b *Bot) handleEdit(ctx context.Context, ev slackevents.MessageEvent, received time.Time) {
	m := ev.Message
	if m == nil || m.BotID != "" || m.User == "" || m.User == b.self.UserID || m.SubType != "" && m.SubType != "thread_broadcast" {
		return
	}
	if ev.ChannelType == "im" || !b.watched(ev.Channel) {
		return // drafts in a DM are checked when sent; edits there are not nudges
	}
	if !b.staff.isStaff(ctx, m.User) {
		return
	}
	text := truncateUTF8(m.Text, maxAnalyzed)
	prevText := ""
	if ev.PreviousMessage != nil {
		prevText = truncateUTF8(ev.PreviousMessage.Text, maxAnalyzed)
	}
	if text == prevText {
		return // an unfurl or a file change, not new words
	}
	key := threadKey{ev.Channel, m.ThreadTimestamp}
	convo := b.threads.context(key, m.User, received)
	convo.Role = coach.RoleStaff
	before := map[string]bool{}
	for _, f := range b.analyzer.Analyze(prevText, convo) {
		before[findingKey(f)] = true
	}
	var fresh []coach.Finding
	for _, f := range b.analyzer.Analyze(text, convo) {
		if !before[findingKey(f)] {
			fresh = append(fresh, f)
		}
	}
	fresh, ok := b.applySettings(ctx, m.User, fresh)
	if !ok || len(fresh) == 0 {
		return
	}
	// Never twice for the same finding of the same message.
	kept := fresh[:0]
	for _, f := range fresh {
		if b.edits.add(editKey(ev.Channel, m.Timestamp, f), received) {
			kept = append(kept, f)
		}
	}
	if len(kept) == 0 {
		return
	}
	b.recordFindings(ctx, m.User, kept)
	if !b.limiter.allow(m.User, b.now()) {
		b.metrics.EventsDropped.WithLabelValues("nudge_cap").Inc()
		return
	}
	rw := b.rewrite(ctx, text, kept)
	blocks := nudgeBlocks(kept, rw, ev.Channel, m.Timestamp, b.promiseSentence(text, kept))
	blocks = append([]slack.Block{slack.NewContextBlock("", mrkdwn("After your edit:"))}, blocks...)
	opts := []slack.MsgOption{slack.MsgOptionText(nudgeFallback(kept), false), slack.MsgOptionBlocks(blocks...)}
	if m.ThreadTimestamp != "" && m.ThreadTimestamp != m.Timestamp {
		opts = append(opts, slack.MsgOptionTS(m.ThreadTimestamp))
	}
	// Retried on 5xx like a first nudge: a rare duplicate beats a loss.
	err := b.retryTransient(ctx, "chat.postEphemeral", func() error {
		_, err := b.api.PostEphemeralContext(ctx, ev.Channel, m.User, opts...)
		return err
	})
	if err != nil {
		b.noteSlackError("chat.postEphemeral", err)
		return
	}
	b.metrics.Nudges.Inc()
	b.metrics.nudgeOutcome(string(kept[0].Category), outcomeShown)
	if err := b.store.RecordNudge(ctx, m.User, string(kept[0].Category)); err != nil {
		b.log.Error("record nudge", "err", err)
	}
}

// findingKey identifies a finding across versions of a message: its rule
// and the words it matched, not their position (an edit moves them).
func findingKey(f coach.Finding) string {
	return f.Rule + "\x00" + strings.ToLower(f.Match)
}

// editKey is what the edit memory keeps for a nudged finding: a hash, so
// the words matched are not held in memory for its 24 hours.
func editKey(channel, ts string, f coach.Finding) string {
	h := fnv.New128a()
	h.Write([]byte(channel + "\x00" + ts + "\x00" + findingKey(f)))
	return string(h.Sum(nil))
}
