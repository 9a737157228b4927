package bot

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
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

// escapedUserMention is a user mention after escape: &lt;@U123&gt; or
// &lt;@U123|dana&gt;.
var escapedUserMention = regexp.MustCompile(`&lt;@([UW][A-Z0-9]{2,30})(?:\|[^&<>]*)?&gt;`)

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
		if (r == '.' || r == '!' || r == '?') && i+1 < len(s) && s[i+1] == ' ' && !abbreviationEnds(s[:i+1]) {
			return s[:i+1]
		}
	}
	return s
}

// abbreviationEnds reports whether s ends with an abbreviation whose full
// stop does not end the sentence ("e.g.", "i.e.", "etc.").
func abbreviationEnds(s string) bool {
	low := strings.ToLower(s)
	for _, a := range []string{"e.g.", "i.e.", "etc.", "vs."} {
		if strings.HasSuffix(low, a) && (len(low) == len(a) || !isLetter(low[len(low)-len(a)-1])) {
			return true
		}
	}
	return false
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' }

// rewriteBlock shows the rewrite so it can be copied: a code block, or a
// quote when the text itself contains a code fence.
func rewriteBlock(text string) string {
	// The rewrite is the user's text: every form shows it escaped, so a
	// <!channel>, a mention or a link in it reads as text and never acts.
	raw := slackUnescape(text)
	cut := raw
	body := escape(cut)
	for len(body) > maxSectionText-80 {
		cut = truncateUTF8(cut, len(cut)-(len(body)-(maxSectionText-80)))
		body = escape(cut)
	}
	// A user mention stays a mention (only its author sees the nudge, and
	// it is part of what the rewrite keeps); nothing else acts.
	body = escapedUserMention.ReplaceAllString(body, "<@$1>")
	more := ""
	if len(cut) < len(raw) {
		more = "\n_(shortened: the message is long)_"
	}
	if strings.Contains(body, "```") {
		return "*Suggested rewrite*\n>" + strings.ReplaceAll(body, "\n", "\n>") + more
	}
	return "*Suggested rewrite*\n```" + body + "```" + more
}

// rewriteNote says where a rewrite came from when the reader needs to know:
// a language model's, or the rules' in place of one. A plain rules rewrite
// needs no note.
func rewriteNote(rw coach.Rewrite) string {
	switch {
	case rw.By == "llm":
		return "Rewrite suggested by the team's language model; check it before you use it."
	case rw.Reason != "":
		return "Rewrite from Rapport's rules (" + rw.Reason + ")."
	default:
		return ""
	}
}

func nudgeFallback(findings []coach.Finding) string {
	if onlyPromises(findings) {
		return "Rapport: you made a promise in that message. Record it so you keep it?"
	}
	if len(findings) == 1 {
		return "Rapport: one phrase in your message might land badly. Here is a kinder way to say it."
	}
	return fmt.Sprintf("Rapport: %d phrases in your message might land badly. Here is a kinder way to say it.", len(findings))
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
	blocks := []slack.Block{section(rewriteBlock(rw.Text))}
	if note := rewriteNote(rw); note != "" {
		blocks = append(blocks, slack.NewContextBlock("", mrkdwn(note)))
	}
	return blocks
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
// prompt when there is a promise, then the findings with the rewrite or the
// suggestions, whichever was chosen. Slack labels an ephemeral message "Only
// visible to you" itself, so the nudge does not.
func nudgeBlocks(findings []coach.Finding, rw coach.Rewrite, channel, ts, promise string) []slack.Block {
	var ref *followupRef
	if promise != "" || hasCategory(findings, coach.Promise) {
		ref = &followupRef{Channel: channel, TS: ts, Promise: promise}
	}
	var blocks []slack.Block
	if onlyPromises(findings) {
		blocks = append(blocks, section(":seedling: "+promiseLine(promise)))
	} else {
		head := ":seedling: A small change could make this land better:\n"
		if hasCategory(findings, coach.Frustration) {
			head = ":seedling: Their last message showed stress; a short acknowledgement first helps the fix land:\n"
		}
		blocks = append(blocks, section(head+findingLines(findings)))
		if ref != nil {
			blocks = append(blocks, section(promiseLine(promise)))
		}
		blocks = append(blocks, adviceBlocks(rw)...)
	}
	rewrite := rw.Text
	if len(rw.Suggestions) > 0 || onlyPromises(findings) {
		rewrite = ""
	}
	return append(blocks, slack.NewActionBlock("rapport_nudge", nudgeButtons(findings, rewrite, len(rw.Suggestions) > 0, ref)...))
}

// nudgeButtons are the buttons of a nudge: for a promise Record follow-up
// first, then Why?, Dismiss and Not helpful.
func nudgeButtons(findings []coach.Finding, rewrite string, suggested bool, ref *followupRef) []slack.BlockElement {
	ids := ruleIDs(findings)
	lead := ""
	if len(findings) > 0 {
		lead = string(findings[0].Category)
	}
	var buttons []slack.BlockElement
	if ref != nil {
		buttons = append(buttons, recordButton(*ref)) // a promise: recording it comes first
	}
	return append(buttons,
		button(actWhy, "Why?", encodeWhy(whyFor(findings, rewrite, suggested, ref))),
		button(actDismiss, "Dismiss", lead),
		button(actNotHelpful, "Not helpful", ids),
	)
}

func recordButton(ref followupRef) *slack.ButtonBlockElement {
	rec := button(actRecordFollowup, "Record follow-up", encodeRef(ref))
	rec.Style = slack.StylePrimary
	return rec
}

// whyRef is what the Why? button carries: the rules with the findings' own
// explanations (a rule's template has {slots} only a finding fills), the
// rewrite, and the promise to record, when they fit (an ephemeral nudge
// cannot be read back from Slack).
type whyRef struct {
	Rules    string       `json:"r"`
	Rewrite  string       `json:"w,omitempty"`
	Why      []whyNote    `json:"m,omitempty"`
	Followup *followupRef `json:"f,omitempty"`
	// Suggested: the nudge gave per-phrase suggestions, not a rewrite.
	Suggested bool `json:"s,omitempty"`
}

// whyNote is one rule's explanation as its finding worded it.
type whyNote struct {
	Message    string `json:"m,omitempty"`
	Suggestion string `json:"s,omitempty"`
}

// maxWhyNote bounds each explanation carried in a Why? button.
const maxWhyNote = 220

func whyFor(findings []coach.Finding, rewrite string, suggested bool, ref *followupRef) whyRef {
	w := whyRef{Rules: ruleIDs(findings), Rewrite: rewrite, Followup: ref, Suggested: suggested}
	seen := map[string]bool{}
	for _, f := range findings {
		if seen[f.Rule] {
			continue
		}
		seen[f.Rule] = true
		w.Why = append(w.Why, whyNote{Message: truncateUTF8(f.Message, maxWhyNote), Suggestion: truncateUTF8(f.Suggestion, maxWhyNote)})
	}
	return w
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

// encodeWhy fits a whyRef in a button value, giving up first the rewrite,
// then the explanations, then the promise's sentence.
func encodeWhy(w whyRef) string {
	if v := encodeJSON(w); len(v) <= maxButtonValue {
		return v
	}
	w.Rewrite = ""
	if v := encodeJSON(w); len(v) <= maxButtonValue {
		return v
	}
	w.Why = nil
	if v := encodeJSON(w); len(v) <= maxButtonValue {
		return v
	}
	if w.Followup != nil {
		f := *w.Followup
		f.Promise = ""
		w.Followup = &f
	}
	return encodeJSON(w)
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

// whyBlocks explains each rule of a nudge in the finding's own words, with
// its guidance and source and a Not helpful button of its own, and keeps the
// rewrite and the buttons of the nudge it replaces (Record follow-up too).
func (b *Bot) whyBlocks(w whyRef) []slack.Block {
	ids := splitIDs(w.Rules)
	var blocks []slack.Block
	for i, id := range ids {
		info, ok := b.analyzer.Rule(id)
		if !ok {
			continue
		}
		msg, sugg := fillGeneric(info.Message), fillGeneric(info.Suggestion)
		if i < len(w.Why) {
			if w.Why[i].Message != "" {
				msg = fillGeneric(w.Why[i].Message)
			}
			if w.Why[i].Suggestion != "" {
				sugg = fillGeneric(w.Why[i].Suggestion)
			}
		}
		text := fmt.Sprintf("*%s*\n%s", categoryLabel(info.Category), escape(msg))
		if sugg != "" {
			text += "\n_Try:_ " + escape(sugg)
		}
		blocks = append(blocks,
			slack.NewSectionBlock(mrkdwn(truncateUTF8(text, maxSectionText)), nil, slack.NewAccessory(button(actNotHelpful, "Not helpful", id))),
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
	buttons := []slack.BlockElement{button(actDismiss, "Dismiss", b.leadCategory(ids))}
	if w.Followup != nil {
		buttons = append(buttons, recordButton(*w.Followup))
	}
	return append(blocks, slack.NewActionBlock("rapport_why", buttons...))
}

// leadCategory is the category of the first rule still known, for metrics.
func (b *Bot) leadCategory(ids []string) string {
	for _, id := range ids {
		if info, ok := b.analyzer.Rule(id); ok {
			return string(info.Category)
		}
	}
	return ""
}
