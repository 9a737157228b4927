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
		if hs, he := a.termHead(text, f); t == nil && (hs != f.Start || he != f.End) {
			// "the disk can be mounted": a gap pattern whose rule names
			// the term's head; the gloss goes after the head alone.
			t = a.termOfFinding(f)
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
		if i, ok := glossedKin(text, fs, out, orig); ok {
			// "…clear its DNS cache … a NAT that cached the wrong entry":
			// a form of a word already explained in this message is
			// explained with it, not noted again.
			out[i].covers = append(out[i].covers, k)
			continue
		}
		given[t.gloss] = len(out)
		sStart, sEnd := sentenceOf(text, f, code)
		// "modules to load on boot", "your swap file": the gloss goes
		// after the term itself, not after the words around it.
		hs, he := a.termHead(text, f)
		// "the MTU's set too high": the note names "MTU", never inline.
		name, poss := trimPossessive(text[hs:he])
		if !poss && !inline[sStart] && !overlapsAny(code, f.Start, f.End) && !leadsCompound(text, he) && !followsGloss(text, he) && !inParens(text, sStart, hs) && !objectFollows(text, he) {
			inline[sStart] = true
			out = append(out, spanEdit{start: he, end: he, rep: " (" + a.glossFor(text[hs:he], t) + ")", insert: true, safe: true, covers: []int{k}})
			continue
		}
		note := name + ": " + a.glossFor(name, t)
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

// termOfFinding returns the glossary entry behind finding f when its words
// are no spelling the glossary lists: a term pattern with a gap ("drive
// <0-4 words> mounted" matches "disk can be mounted") is found by its rule
// and the advice it gave. Only such findings whose rule names a head in
// them pay for the look-up; a verb phrase with a gap ("mount the other
// shares") keeps its suggestion, as its gloss would not fit the words.
func (a *Analyzer) termOfFinding(f Finding) *termInfo {
	for _, t := range a.terms {
		if t.rule == nil || t.rule.id != f.Rule || t.gloss == "" {
			continue
		}
		if t.suggestion == f.Suggestion || (t.display != "" && strings.ReplaceAll(t.suggestion, t.display, f.Match) == f.Suggestion) {
			return t
		}
	}
	return nil
}

// glossFor returns t's gloss as it reads after term, the writer's words
// for it. A gloss that describes one thing ("a small computer that runs
// everything from a server") after the plural of its term ("thin
// clients") takes "each": "thin clients (each a small computer …)". The
// plural is the writer's word with "s" or "es" dropped that the same
// glossary entry knows; a term that only ends in "s" ("NFS", "iOS") has no
// such singular, and a plural with a gloss of its own ("VMs") is another
// entry.
func (a *Analyzer) glossFor(term string, t *termInfo) string {
	g := t.gloss
	if !strings.HasPrefix(g, "a ") && !strings.HasPrefix(g, "an ") {
		return g
	}
	if len(term) < 4 || (term[len(term)-1] != 's' && term[len(term)-1] != 'S') {
		return g
	}
	for _, cut := range []int{1, 2} {
		one := term[:len(term)-cut]
		if cut == 2 && !strings.HasSuffix(strings.ToLower(one), "e") {
			break
		}
		if cut == 2 {
			one = one[:len(one)-1]
		}
		if a.glosses[one] == t || a.glosses[strings.ToLower(one)] == t {
			return "each " + g
		}
	}
	return g
}

// termHead returns the span of the term itself within glossary finding f:
// the longest of its rule's heads found in the match as whole words and
// not going on into a compound ("in the console" → "console", "modules to
// load on boot" → "modules", but "registry fix" stays whole), or the whole
// match when the rule names none or none is there.
func (a *Analyzer) termHead(text string, f Finding) (int, int) {
	r := a.byID[f.Rule]
	if r == nil || len(r.rewrite.Heads) == 0 || f.Start < 0 || f.End > len(text) || f.Start >= f.End {
		return f.Start, f.End
	}
	low := strings.ToLower(text[f.Start:f.End])
	best, bl := -1, 0
	for _, h := range r.rewrite.Heads {
		h = strings.ToLower(h)
		for from := 0; from < len(low); {
			k := strings.Index(low[from:], h)
			if k < 0 {
				break
			}
			k += from
			if wordEdgeAt(low, k-1) && wordEdgeAt(low, k+len(h)) && headEnds(low[k+len(h):]) {
				if len(h) > bl {
					best, bl = k, len(h)
				}
				break
			}
			from = k + 1
		}
	}
	if best < 0 {
		return f.Start, f.End
	}
	if !strings.HasSuffix(low[best:best+bl], "ed") {
		// A head names a thing ("partition"); when the entry's gloss
		// tells an action ("mount the partition": "make the files
		// reachable…", "partition the drive": "split the disk…") the
		// term is the whole act, and the head would get the verb's gloss.
		t := a.glosses[f.Match]
		if t == nil {
			t = a.glosses[low]
		}
		if t == nil {
			t = a.termOfFinding(f)
		}
		if t != nil && actionGloss(t.gloss) {
			return f.Start, f.End
		}
	}
	return f.Start + best, f.Start + best + bl
}

// actionGloss reports whether a gloss tells an action, opening with a verb
// ("make the files reachable", "split the disk", "switching it off").
func actionGloss(g string) bool {
	w := strings.ToLower(firstWord(g))
	switch w {
	case "make", "send", "start", "split", "restart", "remove", "re-link", "put", "let", "drop", "switch", "run", "turn", "take", "set", "move", "copy", "change":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ing")
}

// headEnds reports whether what follows a head within its match is no part
// of the term: nothing, or words after a function word ("modules to load on
// boot"). "registry fix" or "SAN certificate" is a term of its own.
func headEnds(rest string) bool {
	w := strings.ToLower(firstWord(strings.TrimLeft(rest, " ")))
	return w == "" || functionWord(w)
}

// wordEdgeAt reports whether s has no letter or digit at byte i.
func wordEdgeAt(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// glossedKin returns the gloss edit among out that explains a longer term
// holding another form of the one-word term orig ("cache" of "DNS cache"
// for "cached").
func glossedKin(text string, fs []Finding, out []spanEdit, orig string) (int, bool) {
	if strings.ContainsAny(orig, " \t") {
		return 0, false
	}
	for i, e := range out {
		for _, k := range e.covers {
			m := text[fs[k].Start:fs[k].End]
			if !strings.ContainsAny(m, " \t") {
				continue
			}
			for _, w := range strings.Fields(m) {
				if sameWordFamily(w, orig) {
					return i, true
				}
			}
		}
	}
	return 0, false
}

// sameWordFamily reports whether a and b are forms of one word: "cache",
// "caches", "cached", "caching".
func sameWordFamily(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	if a == b || len(a) < 4 || len(b) < 4 {
		return false
	}
	return wordStem(a) == wordStem(b)
}

func wordStem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s", "d", "e"} {
		if t, ok := strings.CutSuffix(w, suf); ok && len(t) >= 3 {
			return t
		}
	}
	return w
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
	case "than":
		// "a separate partition than Windows", "a newer kernel than
		// yours": the comparison goes on after the term; a gloss in
		// between would cut it off from its "than".
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
