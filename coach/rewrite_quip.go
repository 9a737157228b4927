package coach

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// quipDecor are words that only dress a joke up ("Classic PEBKAC lol",
// "another ID10T error strikes again 😂"): a sentence or clause made of the
// joke and these alone says nothing the person needs.
var quipDecor = map[string]bool{
	"classic": true, "another": true, "typical": true, "textbook": true, "total": true, "pure": true, "a": true,
	"an": true, "the": true, "case": true, "of": true, "strikes": true, "again": true, "lol": true, "lmao": true,
	"haha": true, "hahaha": true, "hehe": true, "rofl": true, "lul": true, "xd": true, "tbh": true, "yep": true,
	"yeah": true, "ah": true, "oh": true, "well": true, "good": true, "old": true, "ol'": true, "certified": true,
	"moment": true, "situation": true, "error": true, "problem": true, "issue": true, "strike": true, "wins": true,
	"it's": true, "its": true, "that's": true, "thats": true, "this": true, "is": true, "was": true, "must": true,
	"be": true, "probably": true, "just": true, "day": true, "in": true, "at": true, "here": true, "yet": true,
	"one": true, "more": true, "been": true, "has": true, "as": true, "usual": true, "always": true, "lmfao": true,
	"ha": true, "kek": true, "omg": true, "smh": true, "welp": true, "sigh": true, "story": true, "ticket": true,
	"again.": true, "alert": true, "type": true, "like": true, "so": true, "and": true, "lolz": true, "bingo": true,
}

// laughs are the decorations that make a sentence a laugh at someone.
var laughs = []string{"lol", "lmao", "lmfao", "haha", "hehe", "rofl", "😂", "🤣", "😆", "😅", "😹", ":joy:", ":laughing:", ":rofl:", ":sweat_smile:", ";)", ";-)", ":p", ":-p", "xd",
	"😉", "😏", "😜", "🙃", ":wink:", ":smirk:", ":stuck_out_tongue_winking_eye:", ":upside_down_face:"}

// isLaugh reports whether w, one word, is a laugh or a wink: "lol", "😉",
// ":joy:", or a run of laughing emoji.
func isLaugh(w string) bool {
	lw := strings.ToLower(w)
	for lw != "" {
		found := false
		for _, l := range laughs {
			if strings.HasPrefix(lw, l) {
				lw, found = lw[len(l):], true
				break
			}
		}
		if !found {
			if r, size := utf8.DecodeRuneInString(lw); r == 0xFE0F {
				lw = lw[size:]
				continue
			}
			return false
		}
	}
	return true
}

// saysSomething reports whether s, what stays of a sentence after a joke
// is cut, is a statement of its own: it has a subject pronoun, a verb form
// or an auxiliary. "every single time" is only the joke's echo.
func saysSomething(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Trim(w, ".,;:!?()[]\"'“”‘’")
		w = strings.ReplaceAll(w, "’", "'")
		switch w {
		case "i", "you", "we", "he", "she", "they", "it", "is", "are", "was", "were", "be", "been", "has", "have", "had",
			"do", "does", "did", "can", "could", "will", "would", "should", "may", "might", "must", "need", "needs",
			"try", "check", "restart", "run", "open", "click", "send", "let", "please", "works", "worked", "fixed":
			return true
		}
		if strings.Contains(w, "'") || len(w) > 4 && strings.HasSuffix(w, "ed") {
			return true // "it's", "I've", "can't", "unplugged"
		}
	}
	return false
}

// echoed reports whether the joke in text[s:e] is told across sentences:
// another short sentence of the message ends on the same word ("It's not
// DNS. It can't be DNS. ...It was DNS.").
func echoed(text string, s, e int, f Finding) bool {
	fw := strings.Fields(strings.ToLower(text[f.Start:f.End]))
	if len(fw) == 0 {
		return false
	}
	key := strings.Trim(fw[len(fw)-1], ".,;:!?")
	if len(key) < 2 {
		return false
	}
	for _, part := range []string{text[:s], text[e:]} {
		for _, sent := range strings.FieldsFunc(part, func(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '\n' }) {
			w := strings.Fields(strings.ToLower(sent))
			if n := len(w); n > 0 && n <= 4 && strings.Trim(w[n-1], ".,;:!?") == key {
				return true
			}
		}
	}
	return false
}

// quipEdit deletes an in-joke with its decorations when its sentence (or
// clause, or bracketed tag) says nothing else; where the rule has a plain
// replacement for the joke ("could you restart it and tell me what you
// see"), the sentence or clause becomes that instead, without the laugh.
func quipEdit(text string, f Finding, code []Span, rw rewriteSpec) (spanEdit, bool) {
	// A joke talked about rather than told ("RTFM is a classic", "PICNIC
	// stands for…") is the subject of its sentence: not ours to cut.
	switch strings.ToLower(firstWord(strings.TrimLeft(text[f.End:], " "))) {
	case "is", "was", "means", "meant", "stands", "sounds", "has", "isn't", "wasn't", "refers":
		return spanEdit{}, false
	}
	rep := ""
	if rw.Safe != safeNever && rw.Replace != "" && !strings.Contains(rw.Replace, "{") && !strings.HasPrefix(rw.Replace, "a ") && fits(text[f.Start:f.End], rw.Fits) {
		rep = rw.Replace
	}
	// A bracketed tag: "[PEBKAC] the option needs an argument".
	if f.Start > 0 && f.End < len(text) {
		if o, c := text[f.Start-1], text[f.End]; (o == '[' && c == ']') || (o == '(' && c == ')') {
			s, e := f.Start-1, f.End+1
			for e < len(text) && text[e] == ' ' {
				e++
			}
			if (strings.TrimSpace(text[:s]) == "" || e == len(text) || text[s-1] == ' ') && hasWords(text[:s]+text[e:]) {
				return spanEdit{start: s, end: e, safe: true}, true
			}
		}
	}
	sStart, sEnd := sentenceOf(text, f, code)
	// A mention opening the sentence is whom it is for: it stays.
	for {
		k := sStart
		for k < f.Start && text[k] == ' ' {
			k++
		}
		if !strings.HasPrefix(text[k:], "<@") {
			break
		}
		e := strings.IndexByte(text[k:], '>')
		if e < 0 || k+e+1 > f.Start {
			break
		}
		sStart = k + e + 1
	}
	if onlyDecor(text, sStart, sEnd, f) {
		// Neighbouring sentences of decoration alone go too ("Classic.").
		for sStart > 0 {
			ps, _ := sentenceAround(text, sStart-1, code)
			if ps >= sStart || !onlyDecor(text, ps, sStart, Finding{Start: sStart, End: sStart}) {
				break
			}
			sStart = ps
		}
		// So do laughs and emoji trailing after it ("…again? 😅").
		for sEnd < len(text) {
			_, ne := sentenceAround(text, sEnd, code)
			if ne <= sEnd || !onlyDecor(text, sEnd, ne, Finding{Start: sEnd, End: sEnd}) {
				break
			}
			sEnd = ne
		}
		s := sStart
		for s < len(text) && text[s] == ' ' {
			s++
		}
		e := sEnd
		if rep != "" && repeatsSentence(text, s, e, rep) {
			rep = ""
		}
		if echoed(text, s, e, f) {
			// "It's not DNS. It can't be DNS. ...It was DNS.": the joke is
			// told across the sentences; cutting one leaves the rest, so
			// no whole rewrite: a suggestion.
			return spanEdit{start: f.Start, end: f.End, rep: text[f.Start:f.End]}, true
		}
		if rep != "" && strings.HasPrefix(strings.ToLower(rep), "the steps are in") && !hasWords(text[:s]+text[min(e+1, len(text)):]) {
			// "RTFM" and nothing else: "The steps are in the guide." points
			// nowhere; the advice (leave it out, link the exact step) helps.
			return spanEdit{}, false
		}
		if rep != "" {
			// Keep the sentence's own mark: "…again? 😅" → "…see?"
			mark := "."
			if q := strings.IndexAny(text[f.End:sEnd], ".!?"); q >= 0 {
				// The joke's own mark, not that of a decoration after it
				// ("…again? Classic.").
				mark = text[f.End+q : f.End+q+1]
			} else if strings.IndexByte(".!?", text[f.End-1]) >= 0 {
				mark = text[f.End-1 : f.End]
			} else if asksQuestion(rep) {
				mark = "?" // "have u tried turning it off and on again lol"
			}
			if mark == "?" && !asksQuestion(rep) {
				mark = "." // "Did you try blowing on it?" → "Restart it."
			}
			return spanEdit{start: s, end: e, rep: capitalise(rep) + mark, safe: true}, true
		}
		for e < len(text) && (text[e] == ' ' || text[e] == '\t') {
			e++
		}
		if !hasWords(text[:s] + text[e:]) {
			return spanEdit{}, false // the joke is the whole message
		}
		if e == len(text) {
			// The last sentence: drop the space before it instead.
			for s > 0 && text[s-1] == ' ' {
				s--
			}
		}
		return spanEdit{start: s, end: e, safe: true}, true
	}
	cStart, cEnd := clauseAround(text, f.Start, f.End, sStart, sEnd, code)
	if (cStart == sStart && cEnd == sEnd) || !onlyDecor(text, cStart, cEnd, f) {
		return spanEdit{}, false
	}
	// What stays of the sentence must say something of its own, not just
	// lead in ("As I said, <joke>").
	left := text[sStart:cStart] + " " + text[cEnd:sEnd]
	if leadInOnly(left) {
		if rep == "" {
			return spanEdit{}, false
		}
	}
	if rep != "" && repeatsSentence(text, cStart, cEnd, rep) {
		rep = "" // "RTFM, it's all in the guide": the sentence says it already
	}
	if rep != "" {
		r := rep
		if strings.TrimSpace(text[sStart:cStart]) == "" {
			r = capitalise(r)
		}
		// A wink or laugh closing the joke goes with it: "it's an
		// undocumented feature 😉" → "it's designed to do that, …".
		e := cEnd
		for e < sEnd {
			k := e
			for k < sEnd && text[k] == ' ' {
				k++
			}
			w := text[k:sEnd]
			if j := strings.IndexAny(w, " .!?"); j >= 0 {
				w = w[:j]
			}
			if w == "" || !isLaugh(w) {
				break
			}
			e = k + len(w)
		}
		for e > cStart && e < sEnd && text[e-1] == ' ' {
			e-- // keep the space before what follows ("… 🙂")
		}
		return spanEdit{start: cStart, end: e, rep: r, safe: true}, true
	}
	// Delete the clause and the separator after it; a last clause takes
	// the separator before it instead.
	e := cEnd
	if r, size := utf8.DecodeRuneInString(text[min(e, len(text)):]); e < sEnd && r >= 0x1F300 {
		// An emoji closed the joke: it goes with it.
		e += size
		for e < sEnd {
			r, size := utf8.DecodeRuneInString(text[e:])
			if r != ' ' && r < 0x1F300 && r != 0xFE0F {
				break
			}
			e += size
		}
		return spanEdit{start: cStart, end: e, safe: true}, true
	}
	if e < sEnd && strings.IndexByte(",;:—–-", text[e]) >= 0 {
		e++
		for e < len(text) && text[e] == ' ' {
			e++
		}
		return spanEdit{start: cStart, end: e, safe: true}, true
	}
	s := cStart
	for s > sStart && strings.IndexByte(" ,;:—–-", text[s-1]) >= 0 {
		s--
	}
	return spanEdit{start: s, end: cEnd, safe: true}, true
}

// hasWords reports whether s holds a word that is not decoration.
func hasWords(s string) bool {
	for _, w := range strings.Fields(s) {
		w = strings.ToLower(strings.Trim(w, ".,;:!?()[]\"'“”‘’*_~-—–"))
		if w == "" || quipDecor[w] || strings.HasPrefix(w, ":") {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// leadInOnly reports whether s is no more than a lead-in: fewer than three
// words that are not decoration, or a stock opener.
func leadInOnly(s string) bool {
	low := strings.ToLower(strings.Trim(strings.TrimSpace(s), ".,;:!? "))
	switch low {
	case "as i said", "like i said", "as i told you", "like i told you", "to recap", "as mentioned", "again", "so", "anyway", "honestly", "well", "ok", "okay", "right", "yeah",
		"i think", "i guess", "i bet", "i reckon", "i suspect", "i'd say", "pretty sure", "probably", "maybe",
		"i'm afraid", "im afraid", "i fear", "sadly", "unfortunately", "sorry", "i'm sorry", "sorry to say":
		return true
	}
	n, done := 0, false
	for _, w := range strings.Fields(low) {
		w = strings.Trim(w, ".,;:!?")
		if !quipDecor[w] {
			n++
			done = done || len(w) > 4 && strings.HasSuffix(w, "ed")
		}
	}
	// "the cable was unplugged" is short but tells what happened; "every
	// single time" is only the joke's echo, "I'm afraid" a hedge.
	if n == 2 {
		return !done
	}
	return n < 3 || !saysSomething(low)
}

// onlyDecor reports whether text[s:e] holds nothing but the finding and
// decorations: quip words, laughs, emoji and punctuation.
func onlyDecor(text string, s, e int, f Finding) bool {
	rest := text[s:f.Start] + " " + text[f.End:e]
	for _, l := range laughs {
		rest = strings.ReplaceAll(strings.ToLower(rest), l, " ")
	}
	for _, w := range strings.Fields(rest) {
		if t := strings.TrimRight(w, ".,;!?"); len(t) > 2 && strings.HasPrefix(t, ":") && strings.HasSuffix(t, ":") {
			continue // an emoji code
		}
		if strings.HasPrefix(w, "<") {
			return false // a mention or link is content
		}
		w = strings.Trim(w, ".,;:!?()[]\"'“”‘’*_~-—–")
		if w == "" || quipDecor[strings.ToLower(w)] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue // an emoji
		}
		return false
	}
	return true
}

// asksQuestion reports whether a replacement opens as a question ("could
// you restart it…"), so it ends with a question mark when the writer's
// sentence had no mark of its own.
func asksQuestion(rep string) bool {
	switch strings.ToLower(firstWord(rep)) {
	case "could", "can", "would", "will", "did", "do", "does", "have", "has", "is", "are", "what", "how", "which", "when", "where", "why", "who":
		return true
	}
	return false
}
