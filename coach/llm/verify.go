package llm

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"github.com/rapport-bot/rapport/coach"
)

// ErrRejected wraps every reason an answer is refused; the error text is the
// one-line reason shown to the user ("dropped a link").
var ErrRejected = errors.New("rejected")

// rejection is a refused answer and why, in words for the user.
type rejection struct{ why string }

func (r *rejection) Error() string { return r.why }
func (r *rejection) Unwrap() error { return ErrRejected }

func reject(format string, args ...any) error { return &rejection{fmt.Sprintf(format, args...)} }

// Length bounds: an answer may grow to about twice the original, plus room
// for a short message to gain a courteous phrase, and may not collapse.
const (
	maxGrowth    = 2
	growthSlack  = 60 // characters
	minShrinkLen = 60 // originals shorter than this may shrink freely
	minShrink    = 3  // otherwise the answer keeps at least a third
)

// allowedToRemain are categories a rewrite may still trip: a promise is the
// author's to keep, and frustration belongs to the other person's message.
var allowedToRemain = [...]coach.Category{coach.Promise, coach.Frustration}

// verifier checks a model's answer against the original message.
type verifier struct {
	check     func(string) []coach.Finding
	protected func(string) []string
}

// verify checks answer (in placeholder space) for the message original, whose
// redaction is red, and returns the answer with the private details restored.
// Every error it returns wraps ErrRejected.
func (v verifier) verify(original string, red *redaction, answer string) (string, error) {
	answer = strings.TrimSpace(answer)
	if answer == "" {
		return "", reject("empty answer")
	}
	for _, p := range red.placeholders() {
		if !strings.Contains(answer, p) {
			return "", reject("dropped %s", describePlaceholder(p))
		}
	}
	restored, err := red.restore(answer)
	if err != nil {
		return "", reject("changed a private detail")
	}
	n, m := runeLen(original), runeLen(restored)
	if m > maxGrowth*n+growthSlack {
		return "", reject("too long")
	}
	if n >= minShrinkLen && m*minShrink < n {
		return "", reject("too short")
	}
	for _, tok := range v.protected(original) {
		if !containsToken(restored, tok) {
			return "", reject("dropped %s", describeToken(tok))
		}
	}
	for _, tok := range coach.CommandSpans(original) {
		if cmd := original[tok.Start:tok.End]; !strings.Contains(restored, cmd) {
			return "", reject("changed a command")
		}
	}
	if err := sameContent(original, restored, v.check(original)); err != nil {
		return "", err
	}
	for _, f := range v.check(restored) {
		if !allowed(f.Category) {
			return "", reject("still %s (%s)", f.Category, f.Rule)
		}
	}
	return restored, nil
}

var (
	linkRE = regexp.MustCompile(`(?i)<?(?:https?|ftp)://[^\s<>|"']+|\bwww\.[^\s<>|"']+|\b(?:[a-z0-9-]+\.)+[a-z]{2,}/[^\s<>|"']*`)
	// Mentions and broadcasts in Slack markup and as typed.
	mentionRE = regexp.MustCompile(`<[@!#][^<>]+>|(?i)(?:^|[\s(])@(?:channel|here|everyone|[a-z0-9._-]+)\b`)
	// Requests for secrets: the model must never add one.
	credentialAskRE = regexp.MustCompile(`(?i)\b(?:passwords?|passcodes?|passphrases?|pins?|2fa|mfa|otp|one[- ]time (?:code|password)|verification codes?|security codes?|auth(?:entication)? codes?|credentials?|login details|sign[- ]in details|recovery codes?|secret)\b`)
	numberRE        = regexp.MustCompile(`\d+(?:[.,:]\d+)*`)
	wordRE          = regexp.MustCompile(`[\p{L}\p{N}][\p{L}\p{N}'’-]*`)
)

// sameContent rejects an answer that changes what the message says: an
// added link, mention, broadcast or request for credentials; a dropped or
// added name, place or number; a flipped negation. Words inside the
// findings are the model's to change.
func sameContent(original, answer string, findings []coach.Finding) error {
	for _, l := range linkRE.FindAllString(answer, -1) {
		if !strings.Contains(original, strings.TrimLeft(strings.TrimRight(l, ".,;:!?)"), "<")) {
			return reject("added a link")
		}
	}
	for _, m := range mentionRE.FindAllString(answer, -1) {
		m = strings.TrimLeft(m, " \t\n(")
		if !strings.Contains(original, m) {
			if strings.Contains(m, "channel") || strings.Contains(m, "here") || strings.Contains(m, "everyone") {
				return reject("added a broadcast")
			}
			return reject("added a mention")
		}
	}
	if n, m := len(credentialAskRE.FindAllString(answer, -1)), len(credentialAskRE.FindAllString(original, -1)); n > m {
		return reject("asks for credentials")
	}
	orig := numberRE.FindAllString(original, -1)
	ans := numberRE.FindAllString(answer, -1)
	if !sameMultiset(orig, ans) {
		return reject("changed a number")
	}
	if droppedSentence(original, answer, findings) {
		return reject("dropped a sentence")
	}
	if w := changedName(original, answer, findings); w != "" {
		return reject("%s a name or place", w)
	}
	if flippedNegation(original, answer, findings) {
		return reject("flipped a negation")
	}
	return nil
}

func sameMultiset(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	n := map[string]int{}
	for _, x := range a {
		n[x]++
	}
	for _, x := range b {
		n[x]--
		if n[x] < 0 {
			return false
		}
	}
	return true
}

// properNames returns the capitalised words of s that do not open a
// sentence, outside the given byte ranges: names, places, products.
func properNames(s string, skip []coach.Finding, skipParens bool) map[string]bool {
	out := map[string]bool{}
	depth := 0
	for _, loc := range wordRE.FindAllStringIndex(s, -1) {
		depth += strings.Count(s[:loc[0]], "(") - strings.Count(s[:loc[0]], ")") - depth
		w := s[loc[0]:loc[1]]
		r := []rune(w)[0]
		if !unicode.IsUpper(r) || w == "I" || strings.HasPrefix(w, "I'") || strings.HasPrefix(w, "I’") {
			continue
		}
		if skipParens && depth > 0 {
			continue // a gloss: "DNS (Domain Name System)"
		}
		inFinding := false
		for _, f := range skip {
			if loc[0] < f.End && f.Start < loc[1] {
				inFinding = true
			}
		}
		if inFinding {
			continue
		}
		before := strings.TrimRight(s[:loc[0]], " \t\"'“‘(*_")
		if before == "" || strings.ContainsAny(before[len(before)-1:], ".!?:\n") || strings.HasSuffix(before, ">") {
			continue // opens a sentence, or follows a mention
		}
		out[w] = true
	}
	return out
}

// changedName reports "dropped" or "added" when a capitalised name or place
// of one text is missing from the other.
func changedName(original, answer string, findings []coach.Finding) string {
	lowAns, lowOrig := strings.ToLower(answer), strings.ToLower(original)
	for w := range properNames(original, findings, false) {
		if !containsWord(lowAns, strings.ToLower(w)) {
			return "dropped"
		}
	}
	for w := range properNames(answer, nil, true) {
		if !containsWord(lowOrig, strings.ToLower(w)) {
			return "added"
		}
	}
	return ""
}

func containsWord(s, w string) bool { return containsToken(s, w) }

// negators and the words skipped to find what a negation is about.
var (
	negators = map[string]bool{"not": true, "no": true, "never": true, "cannot": true, "none": true, "nothing": true, "nobody": true, "without": true, "neither": true, "nor": true}
	fillers  = map[string]bool{"be": true, "been": true, "being": true, "is": true, "are": true, "was": true, "were": true, "have": true, "has": true, "had": true, "do": true, "does": true, "did": true, "a": true, "an": true, "the": true, "any": true, "yet": true, "currently": true, "really": true, "at": true, "all": true, "longer": true, "even": true, "actually": true, "been,": true, "get": true, "got": true, "to": true}
)

type negFact struct {
	head    string
	negated bool
}

// facts lists, for each content word of s outside the findings, whether a
// negation governs it (within three words before it).
func facts(s string, skip []coach.Finding) []negFact {
	var out []negFact
	neg := -10
	i := 0
	for _, loc := range wordRE.FindAllStringIndex(s, -1) {
		w := strings.ToLower(s[loc[0]:loc[1]])
		inFinding := false
		for _, f := range skip {
			if loc[0] < f.End && f.Start < loc[1] {
				inFinding = true
			}
		}
		i++
		if inFinding {
			neg = -10
			continue
		}
		if negators[w] || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			neg = i
			continue
		}
		if fillers[w] {
			continue
		}
		out = append(out, negFact{head: w, negated: i-neg <= 3})
		neg = -10
	}
	return out
}

// flippedNegation reports whether a word the original negates appears in
// the answer un-negated (or dropped), or the answer negates a word the
// original states plainly: "is not affected" must not become "is affected".
func flippedNegation(original, answer string, findings []coach.Finding) bool {
	of, af := facts(original, findings), facts(answer, nil)
	state := func(fs []negFact, head string) (neg, plain bool) {
		for _, f := range fs {
			if f.head == head {
				if f.negated {
					neg = true
				} else {
					plain = true
				}
			}
		}
		return
	}
	for _, f := range of {
		aNeg, aPlain := state(af, f.head)
		oNeg, oPlain := state(of, f.head)
		if f.negated && !aNeg && (aPlain || !oPlain) {
			return true
		}
		if !f.negated && !oNeg && aNeg && !aPlain {
			return true
		}
	}
	return false
}

func allowed(c coach.Category) bool {
	for _, a := range allowedToRemain {
		if c == a {
			return true
		}
	}
	return false
}

// containsToken reports whether tok occurs in s as a whole token: a token
// that starts or ends with a letter or digit must not be glued to another
// one there, so "3" is not found in "13" nor "v2" in "v22".
func containsToken(s, tok string) bool {
	if tok == "" {
		return true
	}
	for from := 0; from <= len(s)-len(tok); {
		i := strings.Index(s[from:], tok)
		if i < 0 {
			return false
		}
		start, end := from+i, from+i+len(tok)
		okStart := start == 0 || !isWordByte(tok[0]) || !isWordByte(s[start-1])
		okEnd := end == len(s) || !isWordByte(tok[len(tok)-1]) || !isWordByte(s[end])
		if okStart && okEnd {
			return true
		}
		from = start + 1
	}
	return false
}

func describePlaceholder(p string) string {
	m := placeholderRE.FindStringSubmatch(p)
	if m == nil {
		return "a private detail"
	}
	switch m[1] {
	case kindEmail:
		return "an e-mail address"
	case kindPhone:
		return "a phone number"
	case kindIP:
		return "an IP address"
	case kindQuery:
		return "a link"
	case kindMention:
		return "a mention"
	case kindChannel:
		return "a channel link"
	}
	return "a private detail"
}

// describeToken names what kind of protected token was lost, without
// repeating it (reasons may reach logs).
func describeToken(tok string) string {
	lower := strings.ToLower(tok)
	switch {
	case strings.Contains(lower, "://") || strings.HasPrefix(lower, "www."):
		return "a link"
	case strings.HasPrefix(tok, "<@") || strings.HasPrefix(tok, "<!") || strings.HasPrefix(tok, "@"):
		return "a mention"
	case strings.HasPrefix(tok, "<#"):
		return "a channel link"
	case strings.HasPrefix(tok, "`"):
		return "code"
	case strings.HasPrefix(tok, "\"") || strings.HasPrefix(tok, "“") || strings.HasPrefix(tok, "'"):
		return "quoted text"
	case strings.ContainsAny(tok, "/\\") && !strings.ContainsAny(tok, " "):
		return "a path"
	case strings.IndexFunc(tok, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0:
		return "a number"
	}
	return "a technical term"
}

// droppedSentence reports whether a sentence of the original that holds no
// finding lost most of its words: the model left out something the author
// said, or obeyed an instruction hidden in the message instead of keeping
// it.
func droppedSentence(original, answer string, findings []coach.Finding) bool {
	lowAns := strings.ToLower(answer)
	start := 0
	for i := 0; i <= len(original); i++ {
		if i < len(original) && !(strings.IndexByte(".!?\n", original[i]) >= 0 && (i+1 == len(original) || original[i+1] == ' ' || original[i+1] == '\n')) {
			continue
		}
		sStart, sEnd := start, min(i+1, len(original))
		start = sEnd
		touched := false
		for _, f := range findings {
			if f.Start < sEnd && sStart < f.End {
				touched = true
			}
		}
		if touched {
			continue
		}
		var words, kept int
		for _, w := range wordRE.FindAllString(original[sStart:sEnd], -1) {
			w = strings.ToLower(w)
			if len(w) < 3 || fillers[w] || commonWord[w] {
				continue
			}
			words++
			if containsToken(lowAns, w) {
				kept++
			}
		}
		if words >= 3 && kept*2 < words {
			return true
		}
	}
	return false
}

// commonWord are words whose loss says nothing about the content.
var commonWord = map[string]bool{"and": true, "but": true, "the": true, "for": true, "you": true, "your": true, "this": true, "that": true, "with": true, "from": true, "they": true, "them": true, "will": true, "can": true, "just": true, "please": true, "thanks": true, "then": true}
