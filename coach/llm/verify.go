package llm

import (
	"errors"
	"fmt"
	"strings"

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
	for _, f := range v.check(restored) {
		if !allowed(f.Category) {
			return "", reject("still %s (%s)", f.Category, f.Rule)
		}
	}
	return restored, nil
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
