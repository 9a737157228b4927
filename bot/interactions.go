package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/rapport-bot/rapport/coach"
	"github.com/rapport-bot/rapport/coach/due"
	"github.com/rapport-bot/rapport/storage"
)

// maxWhenText bounds the "Remind me" field of the modal.
const maxWhenText = 200

// Action IDs of the feedback and /coach forget buttons.
const (
	actUndoNotHelpful = "rapport_undo_not_helpful"
	actForgetConfirm  = "rapport_forget_confirm"
	actForgetCancel   = "rapport_forget_cancel"
)

// notHelpfulMuteAfter is how many "Not helpful" votes mute a rule for a user.
const notHelpfulMuteAfter = 3

// Callback IDs of the modal and the message shortcut (see manifest.yaml).
const (
	viewFollowup     = "rapport_followup"
	shortcutFollowup = "record_followup"
)

func (b *Bot) handleInteraction(ctx context.Context, cb slack.InteractionCallback) {
	switch cb.Type {
	case slack.InteractionTypeBlockActions:
		if len(cb.ActionCallback.BlockActions) == 0 {
			return
		}
		act := cb.ActionCallback.BlockActions[0]
		if fromHome(cb) {
			// Whatever the button changed, the Home tab shows it at once.
			defer b.publishHome(ctx, cb.User.ID, false)
		}
		if b.homeAction(ctx, cb.User.ID, act.ActionID, act.Value) {
			return
		}
		switch act.ActionID {
		case actWhy:
			w := decodeWhy(act.Value)
			b.metrics.nudgeOutcome(b.leadCategory(splitIDs(w.Rules)), outcomeWhy)
			b.respond(ctx, cb.ResponseURL, true, "Why Rapport suggested this", b.whyBlocks(w))
		case actDismiss:
			b.metrics.nudgeOutcome(act.Value, outcomeDismissed)
			b.deleteOriginal(ctx, cb.ResponseURL)
		case actNotHelpful:
			b.notHelpful(ctx, cb, splitIDs(act.Value))
		case actUndoNotHelpful:
			b.undoNotHelpful(ctx, cb, act.Value)
		case actForgetConfirm:
			b.forgetConfirmed(ctx, cb, act.Value)
		case actForgetCancel:
			b.respond(ctx, cb.ResponseURL, true, "Kept: nothing was deleted.", []slack.Block{section("Kept: nothing was deleted.")})
		case actRecordFollowup:
			var ref followupRef
			if err := json.Unmarshal([]byte(act.Value), &ref); err != nil || !ref.valid() {
				b.respond(ctx, cb.ResponseURL, false, "That button is from an old message. Use `/followup <when> <what>` instead.", nil)
				return
			}
			b.openFollowupModal(ctx, cb.TriggerID, cb.User.ID, ref)
		case actPromiseDone:
			b.promiseDone(ctx, cb, act.Value)
		case actSnoozeHour, actSnoozeTomorrow:
			b.promiseSnooze(ctx, cb, act.ActionID, act.Value)
		default:
			// The action_id is whatever the sender chose: never logged.
			b.log.Debug("ignoring an unknown button", "action_id_bytes", len(act.ActionID))
		}
	case slack.InteractionTypeMessageAction:
		if cb.CallbackID != shortcutFollowup {
			return
		}
		text := cb.Message.Text
		promise := ""
		for _, f := range b.analyzer.Analyze(text, coach.Context{}) {
			if f.Category == coach.Promise {
				promise = coach.PromiseSentence(text, f)
				break
			}
		}
		if promise == "" {
			promise = truncateUTF8(strings.TrimSpace(text), maxPromiseText)
		}
		b.openFollowupModal(ctx, cb.TriggerID, cb.User.ID, followupRef{Channel: cb.Channel.ID, TS: cb.Message.Timestamp, Promise: slackUnescape(promise)})
	}
}

// splitIDs reads the rule IDs a button carries: each once (a forged value
// repeating one ID counts it once), well-formed, at most 20.
func splitIDs(v string) []string {
	var ids []string
	for _, id := range strings.Split(truncateUTF8(v, maxButtonValue), ",") {
		id = strings.TrimSpace(id)
		if !ruleIDShape(id) || slices.Contains(ids, id) {
			continue
		}
		ids = append(ids, id)
		if len(ids) == 20 {
			break
		}
	}
	return ids
}

// ruleIDShape reports whether s looks like a rule ID ("no-problem.reply"):
// short, ASCII letters, digits and . _ - : /. Whether the rule exists is
// the analyzer's to say.
func ruleIDShape(s string) bool {
	if s == "" || len(s) > 80 {
		return false
	}
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '-', r == '_', r == ':', r == '/':
		default:
			return false
		}
	}
	return true
}

// Shapes of the Slack IDs an interaction payload may carry back to us.
var (
	conversationIDShape = regexp.MustCompile(`^[CGD][A-Z0-9]{2,30}$`)
	messageTSShape      = regexp.MustCompile(`^[0-9]{1,12}\.[0-9]{1,8}$`)
	userIDShape         = regexp.MustCompile(`^[UW][A-Z0-9]{2,30}$`)
)

// valid reports whether a follow-up reference from a button or a modal's
// metadata is one Rapport could have made: a conversation ID and a message
// timestamp of Slack's shapes (or neither), and promise text that is valid
// UTF-8 of a sane length. Anything else was forged or corrupted.
func (r followupRef) valid() bool {
	if (r.Channel == "") != (r.TS == "") {
		return false
	}
	if r.Channel != "" && (!conversationIDShape.MatchString(r.Channel) || !messageTSShape.MatchString(r.TS)) {
		return false
	}
	return validInputText(r.Promise) && len(r.Promise) <= maxButtonValue
}

// validInputText reports whether text typed into Slack arrived intact:
// valid UTF-8, and no U+FFFD, which is how JSON decoding marks bytes that
// were not (the same test the slash commands apply).
func validInputText(s string) bool {
	return utf8.ValidString(s) && !strings.ContainsRune(s, utf8.RuneError)
}

// respond answers through an interaction's response_url: replacing the
// original message, or as a new private message.
func (b *Bot) respond(ctx context.Context, url string, replace bool, text string, blocks []slack.Block) {
	if url == "" {
		return
	}
	opts := []slack.MsgOption{slack.MsgOptionText(text, false)}
	if replace {
		opts = append(opts, slack.MsgOptionReplaceOriginal(url))
	} else {
		opts = append(opts, slack.MsgOptionResponseURL(url, slack.ResponseTypeEphemeral))
	}
	if len(blocks) > 0 {
		opts = append(opts, slack.MsgOptionBlocks(blocks...))
	}
	if _, _, _, err := b.api.SendMessageContext(ctx, "", opts...); err != nil {
		b.noteSlackError("response_url", err)
	}
}

func (b *Bot) deleteOriginal(ctx context.Context, url string) {
	if url == "" {
		return
	}
	if _, _, _, err := b.api.SendMessageContext(ctx, "", slack.MsgOptionDeleteOriginal(url)); err != nil {
		b.noteSlackError("response_url", err)
	}
}

// notHelpful counts a "Not helpful" click for one rule: the finding the
// nudge leads with (the first of the value), or the one a Why? section
// names. The reply names the rule in words and offers Undo.
func (b *Bot) notHelpful(ctx context.Context, cb slack.InteractionCallback, ids []string) {
	rule := ""
	for _, id := range ids {
		if _, ok := b.analyzer.Rule(id); ok {
			rule = id
			break
		}
	}
	if rule == "" {
		// A button from an old message whose rules are all gone.
		b.respond(ctx, cb.ResponseURL, true, "Thanks for the feedback.", []slack.Block{section("Thanks for the feedback.")})
		return
	}
	_, muted, err := b.store.RecordNotHelpful(ctx, cb.User.ID, rule, notHelpfulMuteAfter)
	if err != nil {
		b.log.Error("record feedback", "err", err)
		b.respond(ctx, cb.ResponseURL, false, "Sorry, I couldn't save that feedback. Please try again.", nil)
		return
	}
	if err := b.store.RecordRuleVote(ctx, rule); err != nil {
		b.log.Error("record rule vote", "err", err)
	}
	b.metrics.nudgeOutcome(b.leadCategory([]string{rule}), outcomeNotHelpful)
	words := "*" + escape(b.ruleInWords(rule)) + "*"
	text := fmt.Sprintf("Thanks: noted that %s wasn't helpful here. After %d such clicks I stop suggesting it to you.", words, notHelpfulMuteAfter)
	if muted {
		text = fmt.Sprintf("Thanks: you won't see %s again. Your Rapport page in the Home tab (or `/coach unmute %s`) brings it back.", words, rule)
	}
	b.respond(ctx, cb.ResponseURL, true, text, []slack.Block{
		section(text),
		slack.NewActionBlock("rapport_feedback", button(actUndoNotHelpful, "Undo", rule)),
	})
	if muted {
		b.refreshHome(ctx, cb.User.ID)
	}
}

// undoNotHelpful takes a "Not helpful" click back.
func (b *Bot) undoNotHelpful(ctx context.Context, cb slack.InteractionCallback, rule string) {
	err := storage.ErrNotFound // a forged value: not a rule ID's shape
	if ruleIDShape(rule) {
		err = b.store.UndoNotHelpful(ctx, cb.User.ID, rule, notHelpfulMuteAfter)
	}
	switch {
	case errors.Is(err, storage.ErrNotFound):
		b.respond(ctx, cb.ResponseURL, true, "Nothing to undo.", []slack.Block{section("Nothing to undo.")})
		return
	case err != nil:
		b.log.Error("undo feedback failed", "err_kind", storageErrKind(err))
		b.respond(ctx, cb.ResponseURL, false, "Sorry, I couldn't undo that. Please try again.", nil)
		return
	}
	text := fmt.Sprintf("Undone: *%s* counts as helpful again.", escape(b.ruleInWords(rule)))
	b.respond(ctx, cb.ResponseURL, true, text, []slack.Block{section(text)})
	b.refreshHome(ctx, cb.User.ID)
}

// openFollowupModal opens the Record follow-up modal prefilled with the
// promise and, when the sentence names one, its time (written out in full,
// so it means the same when the modal is submitted later).
func (b *Bot) openFollowupModal(ctx context.Context, triggerID, user string, ref followupRef) {
	if triggerID == "" {
		return
	}
	// A trigger expires 3 s after the click: open the modal without delay.
	octx, cancel := context.WithTimeout(ctx, 2500*time.Millisecond)
	defer cancel()
	what, when := strings.TrimSpace(ref.Promise), ""
	if what != "" {
		loc := b.userLocation(octx, user)
		if t, rest, ok := b.findDue(what, b.now(), loc); ok {
			what, when = rest, t.In(loc).Format("2006-01-02 15:04")
		}
	}
	meta, _ := json.Marshal(followupRef{Channel: ref.Channel, TS: ref.TS})
	whatInput := slack.NewPlainTextInputBlockElement(plain("What did you promise?"), "what")
	whatInput.Multiline = true
	whatInput.MaxLength = maxPromiseText
	whatInput.InitialValue = truncateRunes(what, maxPromiseText)
	whenInput := slack.NewPlainTextInputBlockElement(plain("tomorrow 3pm"), "when")
	whenInput.InitialValue = when
	view := slack.ModalViewRequest{
		Type:            slack.VTModal,
		CallbackID:      viewFollowup,
		Title:           plain("Record follow-up"),
		Submit:          plain("Save"),
		Close:           plain("Cancel"),
		PrivateMetadata: string(meta),
		Blocks: slack.Blocks{BlockSet: []slack.Block{
			slack.NewInputBlock("what", plain("Promise"), nil, whatInput),
			slack.NewInputBlock("when", plain("Remind me"), plain("For example: tomorrow 3pm, friday, in 2 hours, eod, 2026-12-01 14:00"), whenInput),
		}},
	}
	if _, err := b.api.OpenViewContext(octx, triggerID, view); err != nil {
		b.noteSlackError("views.open", err)
	}
}

// handleViewSubmission records the promise from the modal. Its return value
// is the ack payload: validation errors keep the modal open.
func (b *Bot) handleViewSubmission(ctx context.Context, cb slack.InteractionCallback) any {
	if cb.View.CallbackID != viewFollowup {
		return nil
	}
	value := func(block string) string {
		if cb.View.State == nil {
			return ""
		}
		return strings.TrimSpace(cb.View.State.Values[block][block].Value)
	}
	what, when := value("what"), value("when")
	var ref followupRef
	if json.Unmarshal([]byte(cb.View.PrivateMetadata), &ref) != nil || !ref.valid() {
		ref = followupRef{} // not ours: record the promise without a link
	}

	// users.info and chat.getPermalink at once: the answer travels in the ack.
	permalink := make(chan string, 1)
	if ref.Channel != "" && ref.TS != "" {
		go func() { permalink <- b.permalink(ctx, ref.Channel, ref.TS) }()
	} else {
		permalink <- ""
	}
	loc, known := b.userZone(ctx, cb.User.ID)
	now := b.now()

	errs := map[string]string{}
	switch {
	case what == "":
		errs["what"] = "Say what you promised."
	case !validInputText(what):
		errs["what"] = dueErrorText(due.ErrInvalidText)
	case utf8.RuneCountInString(what) > maxPromiseText:
		errs["what"] = fmt.Sprintf("Keep it under %d characters.", maxPromiseText)
	}
	var t time.Time
	switch {
	case !validInputText(when):
		errs["when"] = dueErrorText(due.ErrInvalidText)
	case utf8.RuneCountInString(when) > maxWhenText:
		errs["when"] = dueErrorText(due.ErrTooLong)
	default:
		var err error
		if t, err = b.dates.Parse(when, now, loc); err != nil {
			errs["when"] = dueErrorText(err)
		}
	}
	// The Remind me field holds the time: a time left in the promise
	// ("call Dana back tomorrow at 3pm") would read stale when reminded.
	if _, rest, ok := b.findDue(what, now, loc); ok && strings.TrimSpace(rest) != "" && len(errs) == 0 {
		what = strings.TrimSpace(rest)
	}
	if len(errs) > 0 {
		<-permalink
		return map[string]any{"response_action": "errors", "errors": errs}
	}
	p := storage.Promise{Owner: cb.User.ID, Text: what, ChannelID: ref.Channel, MessageTS: ref.TS, Due: t, Permalink: <-permalink}
	if err := b.store.CreatePromise(ctx, &p); err != nil {
		return map[string]any{"response_action": "errors", "errors": map[string]string{"what": b.saveErrorText(err)}}
	}
	// Committed: now it is safe to confirm.
	confirm := confirmText(p, now, loc) + zoneNote(loc, known)
	b.enqueue("confirm", func(jctx context.Context) {
		if _, _, err := b.api.PostMessageContext(jctx, p.Owner, slack.MsgOptionText(confirm, false), slack.MsgOptionBlocks(section(confirm))); err != nil {
			b.noteSlackError("chat.postMessage", err)
		}
		b.refreshHome(jctx, p.Owner)
	})
	return nil
}

// promiseDone closes a promise from its reminder's Done button. Only the
// owner can: anyone else is told, privately, that there is no such promise.
func (b *Bot) promiseDone(ctx context.Context, cb slack.InteractionCallback, id string) {
	p, err := b.store.ClosePromise(ctx, cb.User.ID, id, storage.PromiseDone)
	if err != nil {
		b.notePromiseError("close promise", err)
		b.respond(ctx, cb.ResponseURL, false, promiseLookupError(err, id), nil)
		return
	}
	text := fmt.Sprintf(":white_check_mark: Done: %s", promiseText(p.Text))
	b.respond(ctx, cb.ResponseURL, true, text, []slack.Block{section(text)})
	if !fromHome(cb) { // a Home click republishes the tab itself
		b.refreshHome(ctx, cb.User.ID)
	}
}

// promiseSnooze moves a promise from its reminder's Snooze buttons: an hour
// from now, or 09:00 tomorrow in the owner's zone. Only the owner can.
func (b *Bot) promiseSnooze(ctx context.Context, cb slack.InteractionCallback, action, id string) {
	now := b.now()
	loc := b.userLocation(ctx, cb.User.ID)
	until := now.Add(time.Hour)
	if action == actSnoozeTomorrow {
		t := now.In(loc)
		until = time.Date(t.Year(), t.Month(), t.Day()+1, 9, 0, 0, 0, loc)
	}
	p, err := b.store.SnoozePromise(ctx, cb.User.ID, id, until)
	if err != nil {
		b.notePromiseError("snooze promise", err)
		b.respond(ctx, cb.ResponseURL, false, promiseLookupError(err, id), nil)
		return
	}
	text := fmt.Sprintf(":alarm_clock: Snoozed until %s: %s", describeDue(p.Due, now, loc), promiseText(p.Text))
	b.respond(ctx, cb.ResponseURL, true, text, []slack.Block{
		section(text),
		slack.NewActionBlock("rapport_reminder", button(actPromiseDone, "Done", p.ID)),
	})
	if !fromHome(cb) {
		b.refreshHome(ctx, cb.User.ID)
	}
}

// promiseLookupError is what the user sees when a promise cannot be closed
// or snoozed. Another user's ID reads exactly like one that never existed.
func promiseLookupError(err error, id string) string {
	shown := escape(truncateRunes(id, 20))
	if errors.Is(err, storage.ErrClosed) {
		return fmt.Sprintf("Promise `%s` is already closed.", shown)
	}
	if errors.Is(err, storage.ErrNotFound) {
		return fmt.Sprintf("I can't find an open promise `%s` of yours. `/followup list` shows them.", shown)
	}
	return "Sorry, something went wrong saving that. Please try again."
}
