package coach

import (
	"context"
	"regexp"
	"strings"
)

type conversationKey struct{}

// WithConversation attaches what is known of the conversation to ctx, so a
// Rewriter can fit its rewrite to it (a specific acknowledgement of stress).
func WithConversation(ctx context.Context, c Context) context.Context {
	return context.WithValue(ctx, conversationKey{}, c)
}

// conversationFrom returns the Context attached by WithConversation, or
// the zero Context.
func conversationFrom(ctx context.Context) Context {
	c, _ := ctx.Value(conversationKey{}).(Context)
	return c
}

// Suggestion is advice on one finding when no whole rewrite is safe: the
// phrase, why it may land badly, and a concrete alternative.
type Suggestion struct {
	Rule     string   `json:"rule"`
	Category Category `json:"category"`
	Phrase   string   `json:"phrase"`
	Why      string   `json:"why"`
	Try      string   `json:"try"`
}

// Advice is what the coach offers for a message: EITHER a whole-message
// rewrite that is safe to send as is (Safe), OR per-finding Suggestions,
// with Rewrite equal to the text. A message whose findings need no edit
// (a promise, the other person's frustration) gets neither.
type Advice struct {
	Rewrite     string
	Safe        bool
	Suggestions []Suggestion
}

// fixable reports whether a finding asks the author to change their words:
// a promise is theirs to keep, and frustration belongs to the other person,
// except a staff reply that skips past it (frustration.unacknowledged).
func (a *Analyzer) fixable(f Finding) bool {
	if f.Category == Promise {
		return false
	}
	if f.Category == Frustration {
		return a.unacknowledged(f)
	}
	return true
}

func (a *Analyzer) unacknowledged(f Finding) bool {
	r := a.byID[f.Rule]
	return r != nil && r.kind == kindSignal && r.detector == "unacknowledged"
}

// Advise chooses between a whole rewrite and suggestions. The rewrite is
// offered only when every finding was addressed by a safe edit and the
// result passes the guards of rewrites that must never happen: a fixable
// finding left, a protected or code-like span changed or broken, a double
// negative, a leftover laugh after a deleted joke, or invented content.
func (a *Analyzer) Advise(text string, c Context, findings []Finding) Advice {
	adv := Advice{Rewrite: text}
	need := false
	for _, f := range findings {
		if a.fixable(f) {
			need = true
		}
	}
	if !need {
		return adv
	}
	var rest []Finding
	ack := ""
	for _, f := range findings {
		if f.Category == Frustration && a.unacknowledged(f) {
			ack = acknowledgement(c.PrevStress)
			continue
		}
		rest = append(rest, f)
	}
	base := text
	if ack != "" {
		// The reply as written, behind a short acknowledgement; it is
		// judged afresh, as its words now follow one.
		base = ack + " " + text
		rest = rest[:0]
		for _, f := range a.Analyze(base, c) {
			if !(f.Category == Frustration && a.unacknowledged(f)) {
				rest = append(rest, f)
			}
		}
	}
	out, notes := a.ruleEdit(base, rest)
	safe := true
	thanked := c.PrevThanked || answersThanks(text)
	for _, n := range notes {
		if n.f.Category == NoProblem && !thanked &&
			n.f.End <= len(base) && n.f.Start >= 0 &&
			(strings.Contains(strings.ToLower(n.f.Match), "worr") || clauseFollows(base, n.f.End) && !reportsHelp(base[n.f.End:])) {
			// Unless the message plainly answers thanks, "You're welcome"
			// may not fit: "no worries" mostly answers an apology, and "np,
			// understandable concern" may too. Only a bare "np" or one
			// before a report of help done is swapped.
			n.safe = false
		}
		if a.fixable(n.f) && !(n.done && n.safe) {
			safe = false
		}
	}
	if safe && out != text && a.guardsHold(base, out, c, findings) && keepsTokens(out, CodeTokens(text)) {
		adv.Rewrite, adv.Safe = out, true
		return adv
	}
	for _, f := range findings {
		if !a.fixable(f) {
			continue
		}
		try := TryFor(f)
		if hs, he := a.termHead(text, f); hs != f.Start || he != f.End {
			// "Say what console means…", not "what in the console means".
			try = regexp.MustCompile(`(?i)`+regexp.QuoteMeta(f.Match)).ReplaceAllLiteralString(try, text[hs:he])
		}
		try = unquoteExample(try, f.Match)
		if m := strings.Trim(f.Match, "\"“”'‘’"); f.Category == Jargon && a.glosses[m] != nil {
			// "thin clients (each a small computer …)", as in a rewrite.
			// Only where the example names the writer's plural itself; an
			// example naming the entry's singular keeps its gloss.
			t := a.glosses[m]
			if g := a.glossFor(m, t); g != t.gloss {
				try = strings.Replace(try, m+" ("+t.gloss+")", m+" ("+g+")", 1)
			}
		}
		adv.Suggestions = append(adv.Suggestions, Suggestion{
			Rule: f.Rule, Category: f.Category, Phrase: phraseOf(text, f),
			Why: firstSentenceOf(f.Message), Try: try,
		})
	}
	return adv
}

// RewriteFor is Advise in the Rewriter's terms: Text is the safe rewrite,
// or the text itself with Suggestions.
func (a *Analyzer) RewriteFor(text string, c Context, findings []Finding) Rewrite {
	adv := a.Advise(text, c, findings)
	return Rewrite{Text: adv.Rewrite, By: "rules", Suggestions: adv.Suggestions}
}

// TryFor is the concrete alternative offered for one finding. The rule's own
// suggestion serves, except where an example would put a cause in the
// writer's mouth: a joke is dropped, not swapped for an invented cause.
func TryFor(f Finding) string {
	switch f.Category {
	case InJoke:
		if f.Match == "" {
			return "Leave out the joke, with any \u201clol\u201d or laughing emoji beside it; if the person needs the cause, say what actually happened."
		}
		return "Leave out \u201c" + f.Match + "\u201d, with any \u201clol\u201d or laughing emoji beside it; if the person needs the cause, say what actually happened."
	case Blame:
		if f.Suggestion == "" {
			return "Say what happened without naming a culprit, e.g. \u201cthe file was moved\u201d rather than \u201cyou moved the file\u201d."
		}
	case Contradiction:
		if f.Suggestion == "" {
			return "Take in what they see, then offer to check, e.g. \u201cThanks for flagging it; let's look at it together.\u201d"
		}
	}
	if f.Category == Condescending && strings.Contains(f.Suggestion, "\"just\"") {
		// "try simply…": the advice names the writer's own word.
		for _, w := range strings.Fields(strings.ToLower(f.Match)) {
			switch w = strings.Trim(w, ",.!?"); w {
			case "simply", "merely", "only", "literally", "basically":
				return strings.Replace(f.Suggestion, "\"just\"", "\""+w+"\"", 1)
			}
		}
	}
	if f.Category == Jargon {
		// A path, a setting or a command is typed, not read: it is not
		// reworded in plain words but kept as it is, with what it is for.
		switch codeShape(f.Match) {
		case "setting":
			return "Keep the setting exactly as it is and say what it changes, e.g. \u201cthis line tells the clients which print server to use: \u2026\u201d."
		case "path":
			return "Keep the path exactly as it is and say what the file or folder is for, e.g. \u201cthe file that holds the printer settings, \u2026\u201d."
		case "code":
			return "Keep \u201c" + f.Match + "\u201d exactly as written and add, in a few plain words, what it is or does."
		}
	}
	if f.Suggestion == "" {
		return "Rephrase \u201c" + f.Match + "\u201d in your own words."
	}
	return f.Suggestion
}

// codeShape tells what kind of typed thing a jargon match is: a
// "setting" (KEY=value), a "path" (/etc/printers, ~/.config, $HOME/bin,
// kiosk.conf), other "code" (anything in backticks, a /command), or "" for a
// word to explain.
func codeShape(m string) string {
	if strings.HasPrefix(m, "`") {
		return "code"
	}
	m = strings.Trim(m, "\"'")
	switch {
	case settingRE.MatchString(m):
		return "setting"
	case strings.ContainsAny(m, " \t\"'=") || m == "":
		return ""
	case strings.HasPrefix(m, "~/") || strings.HasPrefix(m, "./") || strings.HasPrefix(m, "$") && strings.Contains(m, "/"):
		return "path"
	case strings.HasPrefix(m, "$") || flagRE.MatchString(m):
		return "code" // a variable ("$ROOT") or an option ("-rf", "--force")
	case strings.HasPrefix(m, "/"):
		if strings.Count(strings.TrimSuffix(m, "/"), "/") > 1 {
			return "path" // "/etc/printers", not "/join"
		}
		return "code"
	}
	if k := strings.LastIndexByte(m, '.'); k > 0 && k < len(m)-1 {
		switch strings.ToLower(m[k+1:]) {
		case "conf", "cfg", "ini", "img", "iso", "xsl", "xml", "sh", "py", "json", "yml", "yaml", "toml", "log", "txt",
			"service", "desktop", "md", "rc":
			return "path" // a file named by itself: "kiosk.conf", "backup.img"
		}
	}
	return ""
}

// flagRE is a command-line option as typed: "-rf", "--force".
var flagRE = regexp.MustCompile(`^--?[A-Za-z][\w-]*$`)

// settingRE is a setting as typed: KEY=value.
var settingRE = regexp.MustCompile(`^[A-Za-z_][\w.-]*=\S`)

// stressRank orders what a stressed message was about by how specific an
// acknowledgement of it can be: a repeat or a long wait beats a deadline,
// which beats a general sign of upset.
func stressRank(kind string) int {
	switch kind {
	case "repeat", "same-problem", "again":
		return 3
	case "ignored":
		return 3
	case "urgency", "event", "deadline":
		return 2
	}
	return 1
}

// answersThanks reports whether the message itself reads as a reply to
// thanks ("glad it works", "happy to help", "enjoy"), so "no worries" in it
// answers thanks rather than an apology.
func answersThanks(text string) bool {
	low := strings.ToLower(text)
	for _, w := range []string{"glad", "happy to", "enjoy", "any time", "anytime", "my pleasure", "welcome"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// clauseFollows reports whether words follow end in its sentence.
func clauseFollows(text string, end int) bool {
	rest := text[end:]
	if k := strings.IndexAny(rest, ".!?\n"); k >= 0 {
		rest = rest[:k]
	}
	return hasWords(rest)
}

// reportsHelp reports whether the words after a "no problem" say what the
// writer did or arranged for the person ("I've re-shared it", "the licence
// is assigned now"): then it answers thanks and "Happy to help" fits. After
// anything else ("np, understandable concern") it may answer an apology,
// where it would not.
func reportsHelp(after string) bool {
	if k := strings.IndexAny(after, ".!?\n"); k >= 0 {
		after = after[:k] // its own sentence only
	}
	low := " " + strings.ToLower(after) + " "
	for _, w := range []string{" i've ", " i have ", " i'll ", " we've ", " should work", " now", " went through", " is done",
		" is sorted", " is fixed", " is updated", " is assigned", " is set up", " is back", " is ready", " done", " sorted", " fixed"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// acknowledgement opens a reply to a stressed message: short, and about
// what the person said, never about a cause we cannot know.
func acknowledgement(stress string) string {
	switch stress {
	case "repeat", "same-problem", "again":
		return "Sorry this has come back again."
	case "urgency", "event", "deadline":
		return "I know this is urgent, so here's the quickest route."
	case "ignored":
		return "Sorry for the wait on this."
	}
	return "I'm sorry, I know this is frustrating."
}

// offerThenClose is an offer to check followed by closing the report.
var offerThenClose = regexp.MustCompile(`(?i)\blet's (?:look|check)\b[^.!?\n]*[.!?]\s+(?:closing|closed|i'm closing|i am closing|i'll close|i will close|we're closing|marking (?:this|it) (?:as )?(?:closed|resolved))\b`)

// inventedContent are words a rule rewrite once put in a writer's mouth: a
// cause or an impact the message never mentioned.
var inventedContent = []string{"settings mix-up", "mix-up", "got in the way of your work", "name-lookup", "your work"}

var (
	doubleNegative = regexp.MustCompile(`(?i)\b(?:not|n't|never)\s+(?:be\s+|been\s+)?(?:not|never|no longer)\b|n't be (?:un|not)|shouldn't be not|might not not`)
	laughRE        = regexp.MustCompile(`(?i)\b(?:lol|lmao|lmfao|haha\w*|hehe\w*|rofl)\b|😂|🤣|😆|😹|😅|😉|😏|😜|🙃|:joy:|:laughing:|:rofl:|:sweat_smile:|:wink:|:smirk:|(?:^|\s)[:;]-?[pP](?:\s|$)|(?:^|\s);-?\)`)
)

// guardsHold checks a candidate rewrite against the never-happen list.
func (a *Analyzer) guardsHold(text, out string, c Context, findings []Finding) bool {
	// Every finding fixed: nothing the author should change is left.
	for _, f := range a.Analyze(out, c) {
		if a.fixable(f) && !partOfGlossed(f, findings) && !a.headNoted(out, f) {
			return false
		}
	}
	// Protected and code-like spans kept, whole and unbroken.
	if !keepsTokens(out, CodeTokens(text)) {
		return false
	}
	// Nothing inserted inside them: the rewrite has no more code-like
	// spans of its own than the original, and none new.
	for _, tok := range CodeTokens(out) {
		if !strings.Contains(text, tok) && !strings.Contains(tok, "(") {
			return false
		}
	}
	lowIn, lowOut := strings.ToLower(text), strings.ToLower(out)
	if negations(lowOut) >= 2 && doubleNegative.MatchString(out) && !doubleNegative.MatchString(text) {
		return false
	}
	for _, w := range inventedContent {
		if strings.Contains(lowOut, w) && !strings.Contains(lowIn, w) {
			return false
		}
	}
	if offerThenClose.MatchString(out) && !offerThenClose.MatchString(text) {
		// "It looks fine for me, so let's look at what's happening on
		// your side. Closing.": an offer to check cannot be followed by
		// closing the report; the writer gets suggestions.
		return false
	}
	joke := false
	for _, f := range findings {
		if f.Category == InJoke {
			joke = true
		}
	}
	if joke && laughRE.MatchString(out) {
		return false // a laugh left after the joke went
	}
	// Broken punctuation or doubled words left by deletions.
	if strings.Contains(out, " ,") && !strings.Contains(text, " ,") || strings.Contains(out, ",,") && !strings.Contains(text, ",,") ||
		strings.Contains(out, ", .") || strings.Contains(out, "  ") && !strings.Contains(text, "  ") {
		return false
	}
	if doubledWord(out) && !doubledWord(text) {
		return false
	}
	return true
}

// negations counts the words of s that can negate, cheaply, so the double
// negative pattern runs only where two are present.
func negations(s string) int {
	return strings.Count(s, "not") + strings.Count(s, "n't") + strings.Count(s, "never") + strings.Count(s, "no longer")
}

// keepsTokens reports whether every token occurs in out, as often as it was
// listed.
func keepsTokens(out string, toks []string) bool {
	need := map[string]int{}
	for _, t := range toks {
		need[t]++
	}
	for t, n := range need {
		if strings.Count(out, t) < n {
			return false
		}
	}
	return true
}

// doubledWord reports "the the", "you you" and the like.
func doubledWord(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	for i := 1; i < len(f); i++ {
		if f[i] == f[i-1] && len(f[i]) > 1 && strings.IndexFunc(f[i], func(r rune) bool { return r >= 'a' && r <= 'z' }) >= 0 {
			return true
		}
	}
	return false
}

// firstSentenceOf returns the first sentence of s.
func firstSentenceOf(s string) string {
	for i := 0; i+1 < len(s); i++ {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i+1] == ' ' {
			return s[:i+1]
		}
	}
	return s
}

// headNoted reports whether a glossary finding of the rewrite out is a
// term whose head a note of out already explains ("in the console … (console:
// the panel …)"): the note names the term itself, not the words around it.
func (a *Analyzer) headNoted(out string, f Finding) bool {
	hs, he := a.termHead(out, f)
	if hs == f.Start && he == f.End {
		return false
	}
	head := out[hs:he]
	return strings.Contains(out, "("+head+": ") || strings.Contains(out, "; "+head+": ")
}

// partOfGlossed reports whether a jargon finding of the rewrite is a part
// of a longer term the rewrite glossed ("DNS" of "DNS cache"), or another
// form of one of its words ("cached").
func partOfGlossed(f Finding, orig []Finding) bool {
	if f.Category != Jargon {
		return false
	}
	for _, o := range orig {
		if o.Category == Jargon && len(o.Match) > len(f.Match) && strings.Contains(strings.ToLower(o.Match), strings.ToLower(f.Match)) {
			return true
		}
		if o.Category == Jargon && strings.Contains(o.Match, " ") && !strings.Contains(f.Match, " ") {
			// "cached" after "DNS cache" was explained: one word, one gloss.
			for _, w := range strings.Fields(o.Match) {
				if sameWordFamily(w, f.Match) {
					return true
				}
			}
		}
	}
	return false
}

// unquoteExample drops the writer's own quote marks from a term where the
// advice quotes it again as the start of an example: e.g. ""sudo" (…)"
// reads as e.g. "sudo (…)". The term named in the advice's own words
// ("Say what "sudo" means") keeps them.
func unquoteExample(try, match string) string {
	if len(match) < 3 {
		return try
	}
	inner := ""
	for _, q := range [][2]string{{"\"", "\""}, {"“", "”"}, {"'", "'"}, {"‘", "’"}} {
		if strings.HasPrefix(match, q[0]) && strings.HasSuffix(match, q[1]) && len(match) > len(q[0])+len(q[1]) {
			inner = match[len(q[0]) : len(match)-len(q[1])]
			break
		}
	}
	if inner == "" {
		return try
	}
	for _, open := range []string{"\"", "“"} {
		try = strings.ReplaceAll(try, open+match, open+inner)
	}
	return try
}

// phraseOf is the phrase a suggestion quotes: the match, or, when the
// match is only a pronoun ("you"), the clause it opens, so the advice
// says which words it means ("you cancelled the job halfway through").
func phraseOf(text string, f Finding) string {
	switch strings.ToLower(strings.ReplaceAll(f.Match, "’", "'")) {
	case "you", "you've", "you're", "your", "you'd", "u":
	default:
		return f.Match
	}
	if f.Start < 0 || f.End > len(text) || f.Start >= f.End {
		return f.Match
	}
	end := f.End
	if k := strings.IndexAny(text[end:], ",;:.!?\n"); k >= 0 {
		end += k
	} else {
		end = len(text)
	}
	words := strings.Fields(text[f.Start:end])
	if len(words) > 8 {
		words = words[:8]
	}
	return strings.Join(words, " ")
}
