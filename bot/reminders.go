package bot

import (
	"context"
	crand "crypto/rand"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/slack-go/slack"

	"github.com/rapport-bot/rapport/storage"
)

// Reminder delivery bounds.
const (
	// reminderBatch is how many due promises are read at a time.
	reminderBatch = 50
	// reminderTimeout bounds one reminder: the user lookup and the DM.
	reminderTimeout = 10 * time.Second
	// reminderMaxAttempts is how often a reminder Slack refuses for a reason
	// we do not know is tried before it is given up (logged, not retried).
	reminderMaxAttempts = 5
	// reminderBackoff is the first wait after such a refusal; it doubles.
	reminderBackoff = 30 * time.Second
	// reminderLease is how long a claim on a reminder keeps other processes
	// from sending it: well past reminderTimeout and the mark that follows,
	// so a live claimant always finishes first. A claimant that dies lets it
	// lapse, and the reminder goes out up to this much late.
	reminderLease = time.Minute
)

// reminderKey names one due time of one promise: each is reminded once.
type reminderKey struct {
	id  string
	due int64
}

// reminderFailure counts refusals of one reminder and says when to try again.
type reminderFailure struct {
	attempts int
	next     time.Time
}

// reminderOutcome is what became of one reminder.
type reminderOutcome int

const (
	reminderSettled   reminderOutcome = iota // sent, or given up for good
	reminderLater                            // refused for now; try again later
	reminderSlackDown                        // Slack is unreachable: stop this round
)

// reminders is the state of the reminder loop; it belongs to runReminders.
type reminders struct {
	failures map[reminderKey]*reminderFailure
	// claimant names this loop in its reminder claims; unique even between
	// two bots in one process.
	claimant string
}

// newClaimant names a reminder loop: the bot, host and process, and a
// random part.
func (b *Bot) newClaimant() string {
	var r [4]byte
	_, _ = crand.Read(r[:]) // crypto/rand.Read never fails
	return fmt.Sprintf("%s/%x", b.tipOwner(), r)
}

// runReminders DMs owners when their promises fall due. It looks at once on
// start, so promises that fell due while Rapport was down are reminded, and
// then every reminder interval. A reminder is claimed in the database before
// it is sent, so processes sharing the database never both send it, and
// marked sent only after Slack accepted it: after a crash one may repeat
// (once the claim lapses), but none is lost.
func (b *Bot) runReminders(ctx context.Context) {
	t := time.NewTicker(b.reminderEvery)
	defer t.Stop()
	r := &reminders{failures: make(map[reminderKey]*reminderFailure), claimant: b.newClaimant()}
	for {
		b.sendDueReminders(ctx, r)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// sendDueReminders sends every reminder that is due, in batches.
func (b *Bot) sendDueReminders(ctx context.Context, r *reminders) {
	for {
		now := b.now()
		// Reminders waiting to be retried are skipped below: read past them.
		limit := reminderBatch + len(r.failures)
		due, err := b.store.DuePromises(ctx, now, limit)
		if err != nil {
			if ctx.Err() == nil {
				b.log.Error("read due promises", "err", err)
			}
			return
		}
		settled := 0
		for _, p := range due {
			if ctx.Err() != nil {
				return
			}
			key := reminderKey{p.ID, p.Due.Unix()}
			if f := r.failures[key]; f != nil && now.Before(f.next) {
				continue
			}
			switch b.remind(ctx, p, r, key) {
			case reminderSettled:
				settled++
			case reminderSlackDown:
				return // try again on the next tick
			}
		}
		if len(due) < limit {
			r.forgetSettled(due)
			return
		}
		if settled == 0 {
			return
		}
	}
}

// forgetSettled drops retry state for reminders no longer due (sent, closed,
// snoozed), judged from a complete list of due promises.
func (r *reminders) forgetSettled(due []storage.Promise) {
	if len(r.failures) == 0 {
		return
	}
	still := make(map[reminderKey]bool, len(due))
	for _, p := range due {
		still[reminderKey{p.ID, p.Due.Unix()}] = true
	}
	for k := range r.failures {
		if !still[k] {
			delete(r.failures, k)
		}
	}
}

// remind sends one reminder and marks it sent.
func (b *Bot) remind(ctx context.Context, p storage.Promise, r *reminders, key reminderKey) reminderOutcome {
	// Once started, a reminder is finished even if shutdown begins: a DM
	// that Slack delivered but we never marked would be sent again.
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), reminderTimeout)
	defer cancel()
	// Claim it first. The claim fails when another process holds it, or
	// the owner has closed or snoozed it since the batch was read.
	claimed, err := b.store.ClaimReminder(rctx, p.ID, p.Due, r.claimant, reminderLease)
	if err != nil {
		if ctx.Err() == nil {
			b.log.Error("claim reminder", "err", err)
		}
		return reminderSlackDown // shutting down, or the database is in trouble: stop the round
	}
	if !claimed {
		return reminderSettled
	}
	outcome := b.sendReminder(ctx, rctx, p, r, key)
	if outcome != reminderSettled {
		// Not sent: give the claim back so any process may try again. Its
		// own deadline: rctx may have run out waiting on Slack.
		lctx, lcancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer lcancel()
		if err := b.store.ReleaseReminder(lctx, p.ID, p.Due, r.claimant); err != nil {
			b.log.Error("release reminder", "err", err) // it lapses after reminderLease
		}
	}
	return outcome
}

// sendReminder DMs one claimed reminder and marks it sent.
func (b *Bot) sendReminder(ctx, rctx context.Context, p storage.Promise, r *reminders, key reminderKey) reminderOutcome {
	text, blocks := b.reminderMessage(rctx, p)
	_, _, err := b.api.PostMessageContext(rctx, p.Owner, slack.MsgOptionText(text, false), slack.MsgOptionBlocks(blocks...))
	if err != nil {
		b.noteSlackError("chat.postMessage", err)
		switch {
		case isDroppable(err):
			// This reminder can never be delivered (user_not_found, …).
		case isFatalAuth(err) || reminderTransient(err):
			return reminderSlackDown
		default:
			f := r.failures[key]
			if f == nil {
				f = &reminderFailure{}
				r.failures[key] = f
			}
			f.attempts++
			if f.attempts < reminderMaxAttempts {
				f.next = b.now().Add(reminderBackoff << (f.attempts - 1))
				return reminderLater
			}
			b.log.Warn("giving up a reminder Slack keeps refusing", "promise", p.ID, "code", slackCode(err), "attempts", f.attempts)
		}
	} else {
		b.metrics.RemindersSent.Inc()
	}
	delete(r.failures, key)
	// Sent: record it even if shutdown has begun, so it is not sent twice.
	mctx, mcancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer mcancel()
	if err := b.store.MarkReminded(mctx, p.ID, p.Due); err != nil {
		// The claim stays: another process repeats the reminder once it
		// lapses, rather than at once.
		b.log.Error("mark reminded", "err", err)
	}
	return reminderSettled
}

// reminderMessage is the reminder DM: the promise, whom it was made to, a
// link to the conversation, and the Done and Snooze buttons.
func (b *Bot) reminderMessage(ctx context.Context, p storage.Promise) (string, []slack.Block) {
	loc := b.userLocation(ctx, p.Owner)
	text := fmt.Sprintf(":bell: Reminder to follow up: *%s*%s", promiseText(strings.TrimRight(p.Text, ".!? ")), promiseContext(p))
	blocks := []slack.Block{
		section(text),
		// Its own block: however long the promise, the time and ID show.
		slack.NewContextBlock("", mrkdwn(fmt.Sprintf("Due %s. ID `%s`.", describeDue(p.Due, b.now(), loc), p.ID))),
		slack.NewActionBlock("rapport_reminder",
			button(actPromiseDone, "Done", p.ID),
			button(actSnoozeHour, "Snooze 1 hour", p.ID),
			button(actSnoozeTomorrow, "Snooze until tomorrow 9:00", p.ID)),
	}
	return text, blocks
}

// reminderTransient reports failures that say nothing about the reminder
// itself (Slack unreachable, overloaded or rate limiting): retried on every
// tick, never given up.
func reminderTransient(err error) bool {
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return true
	}
	switch code := slackCode(err); code {
	case "ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout":
		return true
	default:
		return isNetworkCode(code) || len(code) == len("http_500") && code[:6] == "http_5"
	}
}
