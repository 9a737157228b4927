package bot

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/rapport-bot/rapport/coach"
)

// Action IDs of Rapport's buttons. They are part of every message already
// posted, so they never change.
const (
	actWhy            = "rapport_why"
	actDismiss        = "rapport_dismiss"
	actNotHelpful     = "rapport_not_helpful"
	actRecordFollowup = "rapport_record_followup"
	actPromiseDone    = "rapport_promise_done"
	actSnoozeHour     = "rapport_snooze_hour"
	actSnoozeTomorrow = "rapport_snooze_tomorrow"
)

// Slack's limits that shape what we render.
const (
	maxSectionText  = 2900 // a section's text is capped at 3000 characters
	maxButtonValue  = 1900 // a button's value is capped at 2000 characters
	maxListedFinds  = 8
	maxPlainPreview = 150
)

// followupRef is what the Record follow-up button carries: where the
// message is, and the promise sentence to prefill.
type followupRef struct {
	Channel string `json:"c"`
	TS      string `json:"t"`
	Promise string `json:"p"`
}

func mrkdwn(text string) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.MarkdownType, text, false, false)
}

func plain(text string) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.PlainTextType, text, true, false)
}

func section(text string) *slack.SectionBlock {
	return slack.NewSectionBlock(mrkdwn(truncateUTF8(text, maxSectionText)), nil, nil)
}

func button(actionID, label, value string) *slack.ButtonBlockElement {
	return slack.NewButtonBlockElement(actionID, truncateUTF8(value, maxButtonValue), plain(label))
}

// escape makes user text safe to show in mrkdwn.
func escape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// slackUnescape undoes Slack's escaping of &, < and > in message and
// command text, so promises are stored as the user typed them. Mentions
// (<@U…>) are markup, not escaped text, and pass through unchanged.
func slackUnescape(s string) string {
	return strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(s)
}

// truncateUTF8 cuts s to at most n bytes without splitting a character.
func truncateUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func preview(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > maxPlainPreview {
		return truncateUTF8(s, maxPlainPreview) + "…"
	}
	return s
}

func ruleIDs(findings []coach.Finding) string {
	var ids []string
	for _, f := range findings {
		if !strings.Contains(","+strings.Join(ids, ",")+",", ","+f.Rule+",") {
			ids = append(ids, f.Rule)
		}
	}
	return strings.Join(ids, ",")
}

// categoryLabel is how a category reads in a nudge.
func categoryLabel(c coach.Category) string {
	switch c {
	case coach.NoProblem:
		return "“no problem”"
	case coach.Condescending:
		return "talking down"
	case coach.Jargon:
		return "jargon"
	case coach.InJoke:
		return "in-joke"
	case coach.Blame:
		return "blame"
	case coach.Contradiction:
		return "contradiction"
	case coach.Robotic:
		return "scripted phrase"
	case coach.Promise:
		return "promise"
	case coach.Frustration:
		return "stress to acknowledge"
	}
	return string(c)
}

// findingLines lists the findings, a line each: phrase, category, short why.
func findingLines(findings []coach.Finding) string {
	var sb strings.Builder
	for i, f := range findings {
		if i == maxListedFinds {
			fmt.Fprintf(&sb, "…and %d more\n", len(findings)-i)
			break
		}
		fmt.Fprintf(&sb, "• *%s* (%s): %s\n", escape(preview(f.Match)), categoryLabel(f.Category), escape(firstSentence(f.Message)))
	}
	return sb.String()
}

func firstSentence(s string) string {
	for i, r := range s {
		if (r == '.' || r == '!' || r == '?') && i+1 < len(s) && s[i+1] == ' ' {
			return s[:i+1]
		}
	}
	return s
}

// rewriteBlock shows the rewrite so it can be copied: a code block, or a
// quote when the text itself contains a code fence.
func rewriteBlock(text string) string {
	body := truncateUTF8(text, maxSectionText-80)
	more := ""
	if len(body) < len(text) {
		more = "\n_(shortened: the message is long)_"
	}
	if strings.Contains(body, "```") {
		return "*Suggested rewrite*\n>" + strings.ReplaceAll(body, "\n", "\n>") + more
	}
	return "*Suggested rewrite*\n```" + body + "```" + more
}

func rewriteNote(rw coach.Rewrite) string {
	switch {
	case rw.By == "llm":
		return "Rewrite suggested by the team's language model; check it before you use it."
	case rw.Reason != "":
		return "Rewrite from Rapport's rules (" + rw.Reason + ")."
	default:
		return "Rewrite from Rapport's rules."
	}
}

func nudgeFallback(findings []coach.Finding) string {
	if onlyPromises(findings) {
		return "Rapport (only you can see this): you made a promise in that message. Record it so you keep it?"
	}
	if len(findings) == 1 {
		return "Rapport (only you can see this): one phrase in your message might land badly. Here is a kinder way to say it."
	}
	return fmt.Sprintf("Rapport (only you can see this): %d phrases in your message might land badly. Here is a kinder way to say it.", len(findings))
}

// onlyPromises reports whether every finding is a promise: the words can
// stay, and the nudge is about keeping it.
func onlyPromises(findings []coach.Finding) bool {
	for _, f := range findings {
		if f.Category != coach.Promise {
			return false
		}
	}
	return len(findings) > 0
}

// adviceBlocks shows whichever the coach chose: the whole rewrite, safe to
// copy as is, or, when no rewrite was safe, a suggestion per phrase.
func adviceBlocks(rw coach.Rewrite) []slack.Block {
	if len(rw.Suggestions) > 0 {
		return []slack.Block{section(suggestionText(rw.Suggestions))}
	}
	return []slack.Block{section(rewriteBlock(rw.Text)), slack.NewContextBlock("", mrkdwn(rewriteNote(rw)))}
}

// suggestionText lists the per-phrase suggestions.
func suggestionText(ss []coach.Suggestion) string {
	var sb strings.Builder
	sb.WriteString("*No rewrite is safe to send as is. Try changing these phrases:*\n")
	for i, s := range ss {
		if i == maxListedFinds {
			fmt.Fprintf(&sb, "…and %d more\n", len(ss)-i)
			break
		}
		fmt.Fprintf(&sb, "• *%s* (%s): %s\n", escape(preview(s.Phrase)), categoryLabel(s.Category), escape(s.Try))
	}
	return sb.String()
}

// promiseLine is the promise nudge: the words can stay; keeping it is what
// matters.
func promiseLine(promise string) string {
	if promise == "" {
		return "You made a promise in this message. Record it so you keep it?"
	}
	return "You promised “" + escape(preview(promise)) + "” — record it so you keep it?"
}

// nudgeBlocks renders the private nudge for a flagged message: the promise
// prompt with Record follow-up first when there is a promise, then the
// findings with the rewrite or the suggestions, whichever was chosen.
func nudgeBlocks(findings []coach.Finding, rw coach.Rewrite, channel, ts, promise string) []slack.Block {
	hasPromise := promise != "" || hasCategory(findings, coach.Promise)
	var blocks []slack.Block
	if onlyPromises(findings) {
		blocks = append(blocks, section(":seedling: *Only you can see this.* "+promiseLine(promise)))
	} else {
		head := ":seedling: *Only you can see this.* A small change could make this land better:\n"
		if hasCategory(findings, coach.Frustration) {
			head = ":seedling: *Only you can see this.* Their last message showed stress; a short acknowledgement first helps the fix land:\n"
		}
		blocks = append(blocks, section(head+findingLines(findings)))
		if hasPromise {
			blocks = append(blocks, section(promiseLine(promise)))
		}
		blocks = append(blocks, adviceBlocks(rw)...)
	}
	ids := ruleIDs(findings)
	var buttons []slack.BlockElement
	if hasPromise {
		rec := button(actRecordFollowup, "Record follow-up", encodeRef(followupRef{Channel: channel, TS: ts, Promise: promise}))
		rec.Style = slack.StylePrimary
		buttons = append(buttons, rec)
	}
	why := rw.Text
	if len(rw.Suggestions) > 0 || onlyPromises(findings) {
		why = ""
	}
	buttons = append(buttons,
		button(actWhy, "Why?", encodeWhy(ids, why, len(rw.Suggestions) > 0)),
		button(actDismiss, "Dismiss", "dismiss"),
		button(actNotHelpful, "Not helpful", ids),
	)
	return append(blocks, slack.NewActionBlock("rapport_nudge", buttons...))
}

// whyRef is what the Why? button carries: the rules, and the rewrite when it
// fits, so the explanation can keep showing it (an ephemeral nudge cannot be
// read back from Slack).
type whyRef struct {
	Rules   string `json:"r"`
	Rewrite string `json:"w,omitempty"`
	// Suggested: the nudge gave per-phrase suggestions, not a rewrite.
	Suggested bool `json:"s,omitempty"`
}

// encodeJSON marshals without HTML escaping: a button value counts bytes,
// and \u003c would triple the size of every < in a message.
func encodeJSON(v any) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v) // plain strings always encode
	return strings.TrimSuffix(buf.String(), "\n")
}

func encodeWhy(ids, rewrite string, suggested bool) string {
	if v := encodeJSON(whyRef{Rules: ids, Rewrite: rewrite, Suggested: suggested}); len(v) <= maxButtonValue {
		return v
	}
	return encodeJSON(whyRef{Rules: ids, Suggested: suggested})
}

// decodeWhy reads a Why? value; older nudges carried the rule IDs alone.
func decodeWhy(v string) whyRef {
	var w whyRef
	if strings.HasPrefix(v, "{") && json.Unmarshal([]byte(v), &w) == nil {
		return w
	}
	return whyRef{Rules: v}
}

// encodeRef encodes the Record follow-up reference, shortening the promise
// until the whole value fits in a button: a cut value would not decode.
func encodeRef(ref followupRef) string {
	for {
		v := encodeJSON(ref)
		if len(v) <= maxButtonValue || ref.Promise == "" {
			return v
		}
		ref.Promise = truncateUTF8(ref.Promise, max(0, len(ref.Promise)-(len(v)-maxButtonValue)-8))
	}
}

// checkBlocks renders the answer to a private check of a draft.
func checkBlocks(findings []coach.Finding, rw coach.Rewrite) []slack.Block {
	if onlyPromises(findings) {
		return []slack.Block{section(promiseLine("") + " The words can stay as they are; after posting, `/followup <when> <what>` records it.")}
	}
	return append([]slack.Block{section("*Here is what might land badly in your draft:*\n" + findingLines(findings))}, adviceBlocks(rw)...)
}

func hasCategory(findings []coach.Finding, c coach.Category) bool {
	for _, f := range findings {
		if f.Category == c {
			return true
		}
	}
	return false
}

// whyBlocks explains each rule of a nudge, the guidance and its source, and
// keeps the rewrite and the feedback buttons of the nudge it replaces.
func (b *Bot) whyBlocks(w whyRef) []slack.Block {
	ids := splitIDs(w.Rules)
	var blocks []slack.Block
	for _, id := range ids {
		info, ok := b.analyzer.Rule(id)
		if !ok {
			continue
		}
		text := fmt.Sprintf("*%s*\n%s", categoryLabel(info.Category), escape(info.Message))
		if try := coach.TryFor(coach.Finding{Rule: info.ID, Category: info.Category, Suggestion: info.Suggestion}); try != "" {
			text += "\n_Try:_ " + escape(try)
		}
		blocks = append(blocks, section(text),
			slack.NewContextBlock("", mrkdwn(fmt.Sprintf("Source: _%s_ by %s", escape(info.Source.Title), escape(info.Source.Author)))))
		if len(blocks) >= 40 {
			break
		}
	}
	if len(blocks) == 0 {
		blocks = append(blocks, section("This suggestion is no longer available (the rule may have been removed)."))
	}
	switch {
	case w.Suggested:
		blocks = append(blocks, section("_No rewrite was safe to send as is, so change the phrases above in your own words._"))
	case w.Rewrite != "":
		blocks = append(blocks, section(rewriteBlock(w.Rewrite)))
	}
	return append(blocks, slack.NewActionBlock("rapport_why",
		button(actDismiss, "Dismiss", "dismiss"),
		button(actNotHelpful, "Not helpful", strings.Join(ids, ","))))
}
