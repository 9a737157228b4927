package bot

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"strconv"
	"strings"
	"time"

	"github.com/slack-go/slack"

	"github.com/rapport-bot/rapport/coach"
	"github.com/rapport-bot/rapport/storage"
)

const coachHelp = "*/coach* controls your private coaching.\n" +
	"• `/coach on` / `/coach off`: turn nudges on or off for yourself\n" +
	"• `/coach stats`: your nudges by category, last 30 days against the 30 before\n" +
	"• `/coach tip`: a tip now\n" +
	"• `/coach check <draft>`: check a draft privately before you post it\n" +
	"• `/coach unmute <rule>`: bring back a rule you muted with “Not helpful”\n" +
	"• `/coach forget`: delete everything Rapport stores about you (I ask first)\n" +
	"You can also send me a direct message to check a draft, and open my *Home* tab for your settings, promises and muted suggestions."

func (b *Bot) coachCommand(ctx context.Context, cmd slack.SlashCommand) any {
	text := strings.TrimSpace(cmd.Text)
	word, rest, _ := strings.Cut(text, " ")
	rest = strings.TrimSpace(rest)
	switch strings.ToLower(word) {
	case "on":
		if err := b.store.SetOptedOut(ctx, cmd.UserID, false); err != nil {
			b.log.Error("save settings", "err", err)
			return ephemeral("Sorry, I couldn't save that. Please try again.")
		}
		b.enqueue("home", func(jctx context.Context) { b.refreshHome(jctx, cmd.UserID) })
		return ephemeral("Coaching is on. I'll privately suggest kinder phrasing when I notice something. `/coach off` stops it.")
	case "off":
		if err := b.store.SetOptedOut(ctx, cmd.UserID, true); err != nil {
			b.log.Error("save settings", "err", err)
			return ephemeral("Sorry, I couldn't save that. Please try again.")
		}
		b.enqueue("home", func(jctx context.Context) { b.refreshHome(jctx, cmd.UserID) })
		return ephemeral("Coaching is off: I won't nudge you. `/coach on` brings it back. `/coach check` still works.")
	case "stats":
		return b.coachStats(ctx, cmd.UserID)
	case "tip":
		if len(b.tips) == 0 {
			return ephemeral("The tip library is empty.")
		}
		t := b.tips[b.randIntN(len(b.tips))]
		return ephemeral(tipFallback(t), tipBlocks(t, "")...)
	case "check":
		if rest == "" {
			return usage("Give me a draft to check: `/coach check Just restart it, no problem!`", coachHelp)
		}
		if len(rest) > maxAnalyzed {
			rest = truncateUTF8(rest, maxAnalyzed)
		}
		findings := b.analyzer.Analyze(rest, coach.Context{})
		if len(findings) == 0 {
			return ephemeral("Looks good: nothing in this draft needs a second look.")
		}
		rw := b.rewrite(ctx, rest, findings)
		return ephemeral(nudgeFallback(findings), checkBlocks(findings, rw)...)
	case "unmute":
		if rest == "" || strings.ContainsAny(rest, " \t") {
			return usage("Say which rule: `/coach unmute no-problem.reply` (the rule is named when you mute it).", coachHelp)
		}
		if err := b.store.UnmuteRule(ctx, cmd.UserID, rest); err != nil {
			if errors.Is(err, storage.ErrNotFound) {
				return ephemeral(fmt.Sprintf("`%s` isn't muted for you.", escape(truncateUTF8(rest, 80))))
			}
			b.log.Error("unmute rule", "err", err)
			return ephemeral("Sorry, I couldn't save that. Please try again.")
		}
		b.enqueue("home", func(jctx context.Context) { b.refreshHome(jctx, cmd.UserID) })
		return ephemeral(fmt.Sprintf("*%s* is back on for you.", escape(b.ruleInWords(rest))))
	case "forget":
		return b.forgetPrompt(ctx, cmd.UserID)
	case "", "help":
		return ephemeral(coachHelp)
	}
	return usage(fmt.Sprintf("I don't know `/coach %s`.", escape(truncateUTF8(word, 40))), coachHelp)
}

func (b *Bot) coachStats(ctx context.Context, user string) any {
	// The ranges end just after now: a finding recorded this second counts.
	now := b.now().Add(time.Second)
	const month = 30 * 24 * time.Hour
	recent, err := b.store.NudgeCounts(ctx, user, now.Add(-month), now)
	if err != nil {
		b.log.Error("read statistics", "err", err)
		return ephemeral("Sorry, I couldn't read your statistics. Please try again.")
	}
	before, err := b.store.NudgeCounts(ctx, user, now.Add(-2*month), now.Add(-month))
	if err != nil {
		b.log.Error("read statistics", "err", err)
		return ephemeral("Sorry, I couldn't read your statistics. Please try again.")
	}
	var sb strings.Builder
	sb.WriteString("*Your nudges*, by the category each one led with\n```")
	fmt.Fprintf(&sb, "%-24s %8s %12s\n", "category", "last 30d", "30d before")
	total, totalBefore := 0, 0
	for _, c := range coach.Categories() {
		n, m := recent[string(c)], before[string(c)]
		total += n
		totalBefore += m
		if n == 0 && m == 0 {
			continue
		}
		fmt.Fprintf(&sb, "%-24s %8d %12d\n", categoryLabel(c), n, m)
	}
	fmt.Fprintf(&sb, "%-24s %8d %12d```", "total", total, totalBefore)
	if total == 0 && totalBefore == 0 {
		return ephemeral("No nudges in the last 60 days. Nice work!")
	}
	switch {
	case totalBefore == 0:
		sb.WriteString("\nNothing to compare with yet: this is your first month of nudges.")
	case total < totalBefore:
		sb.WriteString("\nFewer nudges than the month before. Nice work!")
	case total > totalBefore:
		sb.WriteString("\nMore nudges than the month before. `/coach tip` has ideas.")
	}
	return ephemeral(sb.String())
}

// forgetPrompt asks before /coach forget deletes anything, saying what
// will go: nothing is deleted until the person confirms.
func (b *Bot) forgetPrompt(ctx context.Context, user string) any {
	text, blocks, err := b.forgetQuestion(ctx, user)
	if err != nil {
		return ephemeral("Sorry, I couldn't read your data. Please try again.")
	}
	return ephemeral(text, blocks...)
}

// forgetAskedFor is how long a Delete everything button stays good; after
// that (or once what it listed has changed) it asks again.
const forgetAskedFor = 15 * time.Minute

// forgetQuestion is the confirmation: what will go, and buttons. The
// Delete everything button carries when it was asked and a fingerprint of
// what it listed, so an old or replayed click cannot delete what the
// person was never shown.
func (b *Bot) forgetQuestion(ctx context.Context, user string) (string, []slack.Block, error) {
	promises, err := b.store.OpenPromises(ctx, user)
	if err != nil {
		b.log.Error("read promises", "err", err)
		return "", nil, err
	}
	muted, err := b.store.MutedRules(ctx, user)
	if err != nil {
		b.log.Error("read muted rules", "err", err)
		return "", nil, err
	}
	var sb strings.Builder
	sb.WriteString("*Delete everything Rapport stores about you?* This will go:\n")
	sb.WriteString("• your coaching setting and nudge statistics\n")
	fmt.Fprintf(&sb, "• your feedback, including %s\n", plural(len(muted), "muted suggestion"))
	fmt.Fprintf(&sb, "• %s", plural(len(promises), "open promise"))
	for i, p := range promises {
		if i == 5 {
			fmt.Fprintf(&sb, "\n   …and %d more", len(promises)-i)
			break
		}
		fmt.Fprintf(&sb, "\n   ◦ %s", promiseText(preview(p.Text)))
	}
	sb.WriteString("\nThis cannot be undone.")
	value := fmt.Sprintf("forget:%d:%x", b.now().Unix(), forgetFingerprint(promises, muted))
	del := button(actForgetConfirm, "Delete everything", value)
	del.Style = slack.StyleDanger
	return "Delete everything Rapport stores about you? Nothing is deleted until you confirm.",
		[]slack.Block{section(sb.String()), slack.NewActionBlock("rapport_forget", del, button(actForgetCancel, "Keep it", "keep"))}, nil
}

// forgetFingerprint sums up what a forget confirmation listed.
func forgetFingerprint(promises []storage.Promise, muted []string) uint64 {
	h := fnv.New64a()
	for _, p := range promises {
		fmt.Fprintf(h, "p%s\x00", p.ID)
	}
	for _, r := range muted {
		fmt.Fprintf(h, "m%s\x00", r)
	}
	return h.Sum64()
}

// forgetConfirmed deletes the user's data after they confirmed what the
// question listed. A click on an old question, one whose list is out of
// date, or a forged value deletes nothing: the question is asked again.
func (b *Bot) forgetConfirmed(ctx context.Context, cb slack.InteractionCallback, value string) {
	if !b.forgetStillCurrent(ctx, cb.User.ID, value) {
		text, blocks, err := b.forgetQuestion(ctx, cb.User.ID)
		if err != nil {
			b.respond(ctx, cb.ResponseURL, false, "Sorry, I couldn't read your data. Please try again.", nil)
			return
		}
		blocks = append([]slack.Block{section("_What you have stored changed since I asked (or the question is old), so here it is again._")}, blocks...)
		b.respond(ctx, cb.ResponseURL, true, text, blocks)
		return
	}
	hadHome, _ := b.store.HomeOpened(ctx, cb.User.ID)
	if err := b.store.Forget(ctx, cb.User.ID); err != nil {
		b.log.Error("forget user", "err", err)
		b.respond(ctx, cb.ResponseURL, false, "Sorry, I couldn't delete your data. Please try again.", nil)
		return
	}
	text := "Done. Everything Rapport stored about you (settings, feedback, statistics and promises) is deleted."
	b.respond(ctx, cb.ResponseURL, true, text, []slack.Block{section(text)})
	if hadHome {
		// The old page would still show what is gone: show a fresh start.
		b.publishHome(ctx, cb.User.ID, true)
	}
}

// forgetStillCurrent reports whether a Delete everything value was made by
// forgetQuestion lately and what it listed is still what would go.
func (b *Bot) forgetStillCurrent(ctx context.Context, user, value string) bool {
	parts := strings.Split(value, ":")
	if len(parts) != 3 || parts[0] != "forget" {
		return false
	}
	asked, err := strconv.ParseInt(parts[1], 10, 64)
	if err != nil {
		return false
	}
	age := b.now().Sub(time.Unix(asked, 0))
	if age < -time.Minute || age > forgetAskedFor {
		return false
	}
	promises, err := b.store.OpenPromises(ctx, user)
	if err != nil {
		return false
	}
	muted, err := b.store.MutedRules(ctx, user)
	if err != nil {
		return false
	}
	return parts[2] == fmt.Sprintf("%x", forgetFingerprint(promises, muted))
}
