package due

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// clockWord matches a word written as a clock, "14:05", "9:30pm", "25:99",
// whether or not the clock can exist.
var clockWord = regexp.MustCompile(`(?i)^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:am|pm|a\.m\.|p\.m\.|a|p)?$`)

// wordTrim is what may surround a word without being part of it.
const wordTrim = gluePunct + `()[]"'“”‘’`

// checkClocks refuses a text holding a clock that cannot exist ("25:99",
// "23:60") or a time written with digits other than 0-9 ("３pm"), wherever
// it stands. Left alone, such a word is not read as a time, so "tomorrow
// 25:99 call Dana" would be stored for tomorrow 09:00: a time the user never
// asked for.
func (p *Parser) checkClocks(text string) error {
	for _, w := range wordSpans(text) {
		word := strings.Trim(text[w.start:w.end], wordTrim)
		if word == "" {
			continue
		}
		if folded, changed := foldDigits(word); changed {
			if p.readsAsTime(folded) {
				return ErrNonASCIIDigits
			}
			continue
		}
		if m := clockWord.FindStringSubmatch(word); m != nil && !clockExists(m[1], m[2], m[3]) {
			return ErrNoSuchTime
		}
	}
	return nil
}

// clockExists reports whether hours, minutes and (optional) seconds name a
// time of day. 24:00 is refused, as Parse refuses it.
func clockExists(h, m, s string) bool {
	hh, _ := strconv.Atoi(h)
	mm, _ := strconv.Atoi(m)
	ss, _ := strconv.Atoi(s) // "" reads as 0
	return hh < 24 && mm < 60 && ss < 60
}

// foldDigits rewrites full-width forms (U+FF01 to U+FF5E) as their ASCII
// twins and every other non-ASCII decimal digit as "1", which keeps the
// word's shape: "３pm" becomes "3pm", "٣pm" becomes "1pm". changed is false
// when the word has neither.
func foldDigits(word string) (string, bool) {
	changed := false
	out := []rune(word)
	for i, r := range out {
		switch {
		case r >= 0xFF01 && r <= 0xFF5E:
			out[i] = r - 0xFF01 + '!'
			changed = true
		case r > unicode.MaxASCII && unicode.IsDigit(r):
			out[i] = '1'
			changed = true
		}
	}
	if !changed {
		return word, false
	}
	return string(out), true
}

// readsAsTime reports whether a folded word has digits and reads as a time
// ("3pm", "15:30"); a bare number ("3456") does not.
func (p *Parser) readsAsTime(word string) bool {
	if !strings.ContainsAny(word, "0123456789") {
		return false
	}
	w := strings.ToLower(word)
	if isDigits(w) {
		return false
	}
	if clockWord.MatchString(w) || p.iso.MatchString(w) {
		return true
	}
	for _, r := range p.rules {
		if m := r.find(w); m != nil {
			return true
		}
	}
	return false
}
