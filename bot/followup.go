package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/rapport-bot/rapport/coach/due"
	"github.com/rapport-bot/rapport/storage"
)

// maxPromiseText bounds a promise's text.
const maxPromiseText = 2000

// jsonLen is the length of s once JSON-encoded as slack-go encodes the ack.
func jsonLen(s string) int {
	b, _ := json.Marshal(s) // a string always encodes
	return len(b)
}

// maxListed and maxListBytes bound `/followup list` so the reply fits in
// the ack (Slack refuses 20 KB or more).
const (
	maxListed    = 40
	maxListBytes = 12 << 10
)

// mentionPrefix matches a leading escaped user mention: <@U123> or <@U123|dana>.
var mentionPrefix = regexp.MustCompile(`^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>\s*`)

// mentionAnywhere matches an escaped user mention inside a promise's text.
var mentionAnywhere = regexp.MustCompile(`&lt;@([UW][A-Z0-9]+)(?:\|[^&<>]*)?&gt;`)

// userZoneTimeout bounds users.info inside a command, which must answer in the ack.
const userZoneTimeout = 800 * time.Millisecond

const followupHelp = "*/followup* records a promise and reminds you when it falls due.\n" +
	"• `/followup tomorrow 3pm call Dana back`: record a promise (the time can also come last)\n" +
	"• `/followup @dana friday send the VPN guide`: record a promise made to someone\n" +
	"• `/followup list`: your open promises\n" +
	"• `/followup done ID`, `/followup cancel ID`: close one\n" +
	"• `/followup snooze ID in 2 hours`: move its reminder\n" +
	"Times are in your Slack time zone: “in 2 hours”, “tomorrow 9am”, “friday”, “next monday 9am”, “dec 1 2pm”, “noon tomorrow”, “eod”, “2026-12-01 14:00”."

func (b *Bot) handleSlashCommand(ctx context.Context, cmd slack.SlashCommand) any {
	switch cmd.Command {
	case "/followup":
		// The Home tab lists open promises: show the change there too.
		defer b.enqueue("home", func(jctx context.Context) { b.refreshHome(jctx, cmd.UserID) })
		return b.followupCommand(ctx, cmd)
	case "/coach":
		return b.coachCommand(ctx, cmd)
	}
	return ephemeral(fmt.Sprintf("Rapport doesn't know the command %s.", escape(truncateUTF8(cmd.Command, 40))))
}

func (b *Bot) followupCommand(ctx context.Context, cmd slack.SlashCommand) any {
	// Invalid UTF-8 reaches us as U+FFFD: JSON decoding replaces it.
	if !utf8.ValidString(cmd.Text) || strings.ContainsRune(cmd.Text, utf8.RuneError) {
		return usage(dueErrorText(due.ErrInvalidText), followupHelp)
	}
	if utf8.RuneCountInString(cmd.Text) > maxPromiseText {
		return usage(dueErrorText(due.ErrTooLong), followupHelp)
	}
	text := strings.TrimSpace(cmd.Text)
	fields := strings.Fields(text)
	if len(fields) == 0 {
		return usage("Say when and what: `/followup tomorrow 3pm call Dana back`.", followupHelp)
	}
	sub := strings.ToLower(fields[0])
	// "cancel the meeting friday 2pm" is a promise, not a malformed cancel:
	// a subcommand word followed by more than it takes, when the whole text
	// reads as a promise, is recorded as one.
	// But "done abcd extra words tomorrow" names a promise ID: it is a
	// mistyped close, never a new promise.
	switch {
	case (sub == "help" || sub == "list") && len(fields) > 1,
		(sub == "done" || sub == "cancel") && len(fields) > 2 && !looksLikeID(fields[1]):
		if b.readsAsPromise(ctx, cmd.UserID, text) {
			return b.followupRecord(ctx, cmd, text)
		}
	}
	switch sub {
	case "help":
		return ephemeral(followupHelp)
	case "list":
		if len(fields) != 1 {
			return usage("`/followup list` takes nothing after it.", followupHelp)
		}
		return b.followupList(ctx, cmd.UserID)
	case "done", "cancel":
		if len(fields) > 2 && looksLikeID(fields[1]) {
			return usage(fmt.Sprintf("`/followup %s ID` takes only the ID, nothing after it. "+
				"To record a promise that starts with “%s”, put the time first: `/followup tomorrow 3pm %s …`.", sub, sub, sub), followupHelp)
		}
		if len(fields) != 2 {
			return usage(fmt.Sprintf("Say which promise: `/followup %s ID` (IDs are in `/followup list`).", sub), followupHelp)
		}
		id := promiseID(fields[1])
		status, verb := storage.PromiseDone, ":white_check_mark: Done"
		if sub == "cancel" {
			status, verb = storage.PromiseCancelled, ":wastebasket: Cancelled"
		}
		p, err := b.store.ClosePromise(ctx, cmd.UserID, id, status)
		if err != nil {
			b.notePromiseError("close promise", err)
			return ephemeral(promiseLookupError(err, id))
		}
		return ephemeral(fmt.Sprintf("%s: %s (`%s`)", verb, promiseText(p.Text), p.ID))
	case "snooze":
		if len(fields) < 3 {
			return usage("Say which promise and until when: `/followup snooze ID tomorrow 9am`.", followupHelp)
		}
		id := promiseID(fields[1])
		loc, known := b.userZone(ctx, cmd.UserID)
		now := b.now()
		when, err := b.dates.Parse(strings.Join(fields[2:], " "), now, loc)
		if err != nil {
			return usage(dueErrorText(err), followupHelp)
		}
		p, err := b.store.SnoozePromise(ctx, cmd.UserID, id, when)
		if err != nil {
			b.notePromiseError("snooze promise", err)
			return ephemeral(promiseLookupError(err, id))
		}
		return ephemeral(fmt.Sprintf(":alarm_clock: Snoozed: I'll remind you %s: %s (`%s`)%s",
			describeDue(p.Due, now, loc), promiseText(p.Text), p.ID, zoneNote(loc, known)))
	}
	return b.followupRecord(ctx, cmd, text)
}

// saveErrorText is what the user is told when a promise cannot be stored;
// a failure that is not the user's doing is logged.
func (b *Bot) saveErrorText(err error) string {
	if errors.Is(err, storage.ErrTooManyOpen) {
		return fmt.Sprintf("You have %d open promises, the most I keep for one person, so I didn't save this one. "+
			"Close the ones you've kept with `/followup done ID` (IDs are in `/followup list`), then record it again.", storage.DefaultMaxOpen)
	}
	b.log.Error("save promise", "err", err)
	if errors.Is(err, storage.ErrNotDurable) {
		return "Sorry, I couldn't save that promise: my database file has gone missing, so it would be lost. " +
			"Please tell whoever runs Rapport, and record it again once it's back."
	}
	return "Sorry, I couldn't save that promise. Please try again."
}

// readsAsPromise reports whether text has a time and something to do.
func (b *Bot) readsAsPromise(ctx context.Context, user, text string) bool {
	loc := b.userLocation(ctx, user)
	_, _, err := b.dates.Extract(text, b.now(), loc)
	return err == nil
}

// looksLikeID reports whether a word has the shape of a promise ID: 4 to 6
// characters of storage.IDAlphabet, in either case.
func looksLikeID(word string) bool {
	id := strings.ToLower(promiseID(word))
	if len(id) < 4 || len(id) > 6 {
		return false
	}
	for _, c := range id {
		if !strings.ContainsRune(storage.IDAlphabet, c) {
			return false
		}
	}
	return true
}

// promiseID reads an ID as typed or pasted: `abcd` from a code span works.
func promiseID(s string) string {
	return strings.Trim(s, "`'\"“”‘’.,;:")
}

// notePromiseError logs a store failure that is not the user's doing.
func (b *Bot) notePromiseError(op string, err error) {
	if !errors.Is(err, storage.ErrNotFound) && !errors.Is(err, storage.ErrClosed) {
		b.log.Error(op, "err", err)
	}
}

func (b *Bot) followupRecord(ctx context.Context, cmd slack.SlashCommand, text string) any {
	text = slackUnescape(text) // stored as typed; escaped again when shown
	requester := ""
	if m := mentionPrefix.FindStringSubmatch(text); m != nil {
		requester = m[1]
		text = strings.TrimSpace(text[len(m[0]):])
	} else if strings.HasPrefix(text, "@") {
		name, rest, _ := strings.Cut(text, " ")
		requester, text = name, strings.TrimSpace(rest)
	}
	loc, known := b.userZone(ctx, cmd.UserID)
	now := b.now()
	when, what, err := b.dates.Extract(text, now, loc)
	if err != nil {
		if errors.Is(err, due.ErrNoTime) && requester == "" && len(strings.Fields(text)) == 1 {
			return usage(fmt.Sprintf("I don't know `/followup %s`.", escape(truncateUTF8(text, 40))), followupHelp)
		}
		return usage(dueErrorText(err), followupHelp)
	}
	if strings.TrimSpace(what) == "" {
		return usage(dueErrorText(due.ErrNoWhat), followupHelp)
	}
	p := storage.Promise{Owner: cmd.UserID, Requester: requester, Text: what, ChannelID: cmd.ChannelID, Due: when}
	if err := b.store.CreatePromise(ctx, &p); err != nil {
		return ephemeral(b.saveErrorText(err))
	}
	// The reply goes out only after the commit above.
	return ephemeral(confirmText(p, now, loc) + zoneNote(loc, known))
}

func (b *Bot) followupList(ctx context.Context, user string) any {
	ps, err := b.store.OpenPromises(ctx, user)
	if err != nil {
		b.log.Error("list promises", "err", err)
		return ephemeral("Sorry, I couldn't read your promises. Please try again.")
	}
	if len(ps) == 0 {
		return ephemeral("You have no open promises. Record one with `/followup tomorrow 3pm call Dana back`.")
	}
	now := b.now()
	loc, known := b.userZone(ctx, user)
	var sb strings.Builder
	fmt.Fprintf(&sb, "*Your open promises (%d)*\n", len(ps))
	size := 0
	for i, p := range ps {
		mark := ""
		if !p.Due.After(now) {
			mark = ":warning: *overdue* "
		}
		line := fmt.Sprintf("• `%s` %s%s: %s%s\n", p.ID, mark, describeDue(p.Due, now, loc), promiseText(preview(p.Text)), promiseContext(p))
		// The reply travels in the ack, which Slack caps at 20 KB of JSON;
		// count encoded bytes (json.Marshal writes & as \u0026).
		cost := jsonLen(line)
		if i == maxListed || size+cost > maxListBytes {
			fmt.Fprintf(&sb, "…and %d more.\n", len(ps)-i)
			break
		}
		size += cost
		sb.WriteString(line)
	}
	sb.WriteString(zoneNote(loc, known))
	return ephemeral(sb.String())
}

// promiseContext names the requester and links the conversation, when known.
func promiseContext(p storage.Promise) string {
	var parts []string
	if p.Requester != "" {
		parts = append(parts, "for "+requesterRef(p.Requester))
	}
	if p.Permalink != "" {
		parts = append(parts, "<"+p.Permalink+"|conversation>")
	} else if p.ChannelID != "" && !strings.HasPrefix(p.ChannelID, "D") {
		parts = append(parts, "in <#"+p.ChannelID+">")
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

func requesterRef(r string) string {
	if len(r) > 1 && (r[0] == 'U' || r[0] == 'W') && strings.ToUpper(r) == r {
		return "<@" + r + ">"
	}
	return escape(r)
}

func confirmText(p storage.Promise, now time.Time, loc *time.Location) string {
	return fmt.Sprintf(":memo: Got it. I'll remind you %s: %s%s\nID `%s`: `/followup done %s` when it's kept.",
		describeDue(p.Due, now, loc), promiseText(p.Text), promiseContext(p), p.ID, p.ID)
}

// promiseText renders a promise's text for mrkdwn: escaped, except that
// user mentions it contains ("call <@U123|dana> back") still show as mentions.
func promiseText(s string) string {
	return mentionAnywhere.ReplaceAllString(escape(s), "<@$1>")
}

// zoneNote says which zone times are shown in when the user's own zone
// could not be read, so a time read in the wrong zone is not taken on trust.
func zoneNote(loc *time.Location, known bool) string {
	if known {
		return ""
	}
	return fmt.Sprintf("\n_Times are in %s: I couldn't read your Slack time zone._", loc.String())
}

func describeDue(t, now time.Time, loc *time.Location) string {
	return "*" + due.Describe(t, now, loc) + "*"
}

func usage(problem, help string) any {
	return ephemeral(problem + "\n\n" + help)
}

func dueErrorText(err error) string {
	switch {
	case errors.Is(err, due.ErrPast):
		return "That time has already passed. Pick a time in the future."
	case errors.Is(err, due.ErrTooFar):
		return "That's more than a year away. Pick a nearer time."
	case errors.Is(err, due.ErrNoSuchTime):
		return "That date or time doesn't exist (check the day of the month, the hour and the minutes)."
	case errors.Is(err, due.ErrNoWhat):
		return "Say what you promised as well as when: `/followup tomorrow 3pm call Dana back`."
	case errors.Is(err, due.ErrTooLong):
		return fmt.Sprintf("That's too long to remember: keep a promise under %d characters.", maxPromiseText)
	case errors.Is(err, due.ErrNonASCIIDigits):
		return "Please write times with ordinary digits (0-9), like “3pm” or “15:30”."
	case errors.Is(err, due.ErrInvalidText):
		return "That text has characters I can't read. Please type it again."
	case errors.Is(err, due.ErrAmbiguous):
		return "I'm not sure which time you mean. Try “tomorrow 3pm”, “friday 9am” or “2026-12-01 14:00”."
	default:
		return "I couldn't find a time in that. Try “tomorrow 3pm”, “in 2 hours”, “friday” or “2026-12-01 14:00”."
	}
}

// userLocation is the user's Slack time zone (users.info, cached), or the
// configured zone when Slack doesn't say.
func (b *Bot) userLocation(ctx context.Context, user string) *time.Location {
	loc, _ := b.userZone(ctx, user)
	return loc
}

// userZone is userLocation, and whether the zone is the user's own (false:
// the configured zone, because Slack did not answer or gave no zone).
func (b *Bot) userZone(ctx context.Context, user string) (*time.Location, bool) {
	now := b.now()
	if loc, ok := b.zones.get(user, now); ok {
		if loc == nil {
			return b.cfg.Location, false // a failure, cached
		}
		return loc, true
	}
	lctx, cancel := context.WithTimeout(ctx, userZoneTimeout)
	defer cancel()
	u, err := b.api.GetUserInfoContext(lctx, user)
	if err != nil {
		b.noteSlackError("users.info", err)
		if ctx.Err() == nil {
			code := slackCode(err)
			b.zones.fail(user, code == "user_not_found" || code == "user_not_visible", now)
		}
		return b.cfg.Location, false
	}
	if u.TZ == "" {
		b.zones.fail(user, true, now)
		return b.cfg.Location, false
	}
	loc, err := time.LoadLocation(u.TZ)
	if err != nil {
		b.log.Warn("unknown time zone from Slack", "tz", logToken(u.TZ))
		b.zones.fail(user, true, now)
		return b.cfg.Location, false
	}
	b.zones.put(user, loc, now)
	return loc, true
}

func (b *Bot) permalink(ctx context.Context, channel, ts string) string {
	pctx, cancel := context.WithTimeout(ctx, userZoneTimeout)
	defer cancel()
	link, err := b.api.GetPermalinkContext(pctx, &slack.PermalinkParameters{Channel: channel, Ts: ts})
	if err != nil {
		b.noteSlackError("chat.getPermalink", err)
		return ""
	}
	return link
}

// Bounds on the search for a time inside a sentence (findDue).
const (
	scanMaxWords  = 40
	scanMaxPhrase = 6
)

// strongTimeWords may stand alone as a time inside a sentence; other single
// words that read as times ("sun", "sat", "may") are too often something else.
var strongTimeWords = map[string]bool{
	"tomorrow": true, "tonight": true, "today": true, "noon": true, "midnight": true,
	"eod": true, "eow": true, "cob": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true,
}

// findDue finds when a promise sentence says it will be kept, to prefill the
// Record follow-up modal: "I'll call you back tomorrow at 3pm about the
// printer". A time at either end is cut from the text, as /followup does;
// one in the middle is left in place. ok is false when no time is found.
func (b *Bot) findDue(text string, now time.Time, loc *time.Location) (when time.Time, what string, ok bool) {
	trimmed := strings.TrimRight(strings.TrimSpace(text), ".!?")
	if t, rest, err := b.dates.Extract(trimmed, now, loc); err == nil {
		return t, rest, true
	}
	words := strings.Fields(trimmed)
	if len(words) > scanMaxWords {
		words = words[:scanMaxWords]
	}
	// The longest phrase wins; among equals, the first.
	for size := min(scanMaxPhrase, len(words)); size >= 1; size-- {
		for start := 0; start+size <= len(words); start++ {
			phrase := strings.Join(words[start:start+size], " ")
			phrase = strings.Trim(phrase, ".,;:!?()\"'")
			if size == 1 && !strongTimeWords[strings.ToLower(phrase)] && !strings.ContainsAny(phrase, "0123456789") {
				continue
			}
			if t, err := b.dates.Parse(phrase, now, loc); err == nil {
				return t, strings.TrimSpace(text), true
			}
		}
	}
	return time.Time{}, strings.TrimSpace(text), false
}

// truncateRunes cuts s to at most n characters, as Slack counts them.
func truncateRunes(s string, n int) string {
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos]
		}
		i++
	}
	return s
}
