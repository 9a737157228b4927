package coach

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// glossEdits places one gloss per sentence right after its term, when the
// term is a whole word not leading into a compound ("DNS server") nor
// inside a command; every other gloss goes in a short note after the
// sentence: " (SSO: single sign-on, one login for many apps)".
func (a *Analyzer) glossEdits(text string, fs []Finding, code []Span, done []spanEdit) []spanEdit {
	var out []spanEdit
	inline := map[int]bool{}  // sentence start → a gloss is already inline
	notes := map[int]int{}    // sentence end → index in out of its note
	given := map[string]int{} // gloss → index in out of the edit that gives it
	for k, f := range fs {
		r := a.byID[f.Rule]
		if r == nil || r.kind != kindGlossary {
			continue
		}
		gone := false
		for _, e := range done {
			if !e.insert && f.Start >= e.start && f.End <= e.end {
				gone = true
			}
		}
		if gone {
			continue
		}
		orig := text[f.Start:f.End]
		t := a.glosses[orig]
		if t == nil {
			t = a.glosses[strings.ToLower(orig)]
		}
		if t == nil {
			continue
		}
		if i, ok := given[t.gloss]; ok {
			// "BIOS/UEFI", "uefi or bios?": two names for one thing are
			// explained once; the same words twice read as a mistake.
			out[i].covers = append(out[i].covers, k)
			if prev := fs[out[i].covers[0]]; strings.HasPrefix(out[i].rep, " ("+text[prev.Start:prev.End]+": ") && text[prev.End:f.Start] == "/" {
				out[i].rep = " (" + text[prev.Start:f.End] + strings.TrimPrefix(out[i].rep, " ("+text[prev.Start:prev.End])
			}
			continue
		}
		given[t.gloss] = len(out)
		sStart, sEnd := sentenceOf(text, f, code)
		if !inline[sStart] && !overlapsAny(code, f.Start, f.End) && !leadsCompound(text, f.End) && !followsGloss(text, f.End) && !inParens(text, sStart, f.Start) && !objectFollows(text, f.End) {
			inline[sStart] = true
			out = append(out, spanEdit{start: f.End, end: f.End, rep: " (" + t.gloss + ")", insert: true, safe: true, covers: []int{k}})
			continue
		}
		note := orig + ": " + t.gloss
		if i, ok := notes[sEnd]; ok {
			out[i].rep = strings.TrimSuffix(out[i].rep, ")") + "; " + note + ")"
			out[i].covers = append(out[i].covers, k)
			continue
		}
		notes[sEnd] = len(out)
		at := sEnd
		rep := " (" + note + ")"
		if m := signOff.FindStringSubmatchIndex(text[sStart:sEnd]); m != nil && sStart+m[2] > f.End {
			// "…power cycle your 1 ^XS": the note goes before the
			// agent's sign-off, not after it; a sign-off glued to the
			// sentence ("router?^JT") gets a space after the note.
			at = sStart + m[2]
			if text[at-1] == ' ' || text[at-1] == '\t' {
				at = sStart + m[0]
			}
		}
		for at > f.End && strings.IndexByte(",;", text[at-1]) >= 0 {
			// "…the router and the switch," : the note goes before
			// a comma the writer left at the end, not after it.
			at--
		}
		if at < len(text) && strings.IndexByte(" \t\n,;", text[at]) < 0 {
			rep += " "
		}
		out = append(out, spanEdit{start: at, end: at, rep: rep, insert: true, safe: true, covers: []int{k}})
	}
	return out
}

// inParens reports whether at lies inside a parenthesis opened in its
// sentence: a gloss there would nest one in another.
func inParens(text string, sStart, at int) bool {
	return strings.Count(text[sStart:at], "(") > strings.Count(text[sStart:at], ")")
}

// followsGloss reports whether a parenthesis already follows the term.
func followsGloss(text string, end int) bool {
	return strings.HasPrefix(strings.TrimLeft(text[end:], " "), "(")
}

// leadsCompound reports whether the word after a term goes on with it as
// one noun ("DNS server", "SSO cert", "sudo stuff"), so a gloss there would
// split it.
func leadsCompound(text string, end int) bool {
	rest := text[end:]
	if rest == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if r == '-' || r == '/' || unicode.IsLetter(r) || unicode.IsDigit(r) {
		return true // glued on: "DNS-based", "VPN/proxy"
	}
	if r != ' ' {
		return false
	}
	w := strings.ToLower(firstWord(strings.TrimLeft(rest, " ")))
	if w == "" {
		return false
	}
	return !functionWord(w)
}

// objectFollows reports whether the term is used as a verb with its object
// right after it ("power cycle the modem", "the app caches your files"): a
// gloss there would split the verb from its object, so it goes in the
// note after the sentence.
func objectFollows(text string, end int) bool {
	rest := text[end:]
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	next := strings.ToLower(firstWord(strings.TrimLeft(rest, " ")))
	switch next {
	case "the", "your", "a", "an", "my", "our", "their", "his", "her", "these", "those", "it", "them", "everything":
		return true
	case "to", "into":
		// "to rdp to us from home", "to ssh into it": after "to", a term
		// that goes on to a person or into a place is a verb ("connect
		// to rdp from the laptop" keeps it a noun).
		before := strings.Fields(strings.ToLower(text[:end]))
		after := strings.Fields(strings.ToLower(rest))
		if len(before) < 2 || before[len(before)-2] != "to" || len(after) < 2 {
			return false
		}
		switch strings.Trim(after[1], ".,;:!?") {
		case "me", "us", "him", "her", "them", "it", "my", "your", "the":
			return true
		}
	}
	return false
}

// signOff is an agent's sign-off closing a message: "^XS", "/MT", "-AL",
// "*Cassy".
var signOff = regexp.MustCompile(`(?:\s+|[.!?,;])(\^[A-Z]{1,3}|/[A-Z]{1,3}|-[A-Z]{1,3}|\*[A-Z]\w*)\s*$`)
