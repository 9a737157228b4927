package coach

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Values of rewriteSpec.Safe.
const (
	safeAlways = "always"
	safeAlone  = "alone"
	safeNever  = "never"
)

// spanEdit replaces text[start:end] with rep (or, when insert is set, puts
// rep at start), addressing the findings fs[covers].
type spanEdit struct {
	start, end int
	rep        string
	insert     bool
	safe       bool
	covers     []int
}

// clauseEdits plans the edits that work above the level of a matched
// phrase: quips deleted with their decorations, dismissals reordered
// behind an offer to check, blame turned into a neutral account, and
// jargon glosses placed where they fit. The result is sorted and has no
// overlaps; a finding it cannot place is left to the phrase swaps.
func (a *Analyzer) clauseEdits(text string, fs []Finding, code []Span) []spanEdit {
	var edits []spanEdit
	taken := func(s, e int) bool {
		for _, x := range edits {
			if !x.insert && x.start < e && s < x.end {
				return true
			}
		}
		return false
	}
	for k, f := range fs {
		if overlapsAny(code, f.Start, f.End) {
			continue
		}
		var e spanEdit
		ok := false
		switch f.Category {
		case InJoke:
			e, ok = quipEdit(text, f, code)
		case Contradiction:
			e, ok = dismissalEdit(text, f, code)
		case Blame:
			e, ok = neutralAccount(text, f, code)
		}
		if ok && !taken(e.start, e.end) {
			e.covers = []int{k}
			edits = append(edits, e)
		}
	}
	// Findings inside a deleted or rewritten span go with it.
	for i := range edits {
		for k, f := range fs {
			if f.Start >= edits[i].start && f.End <= edits[i].end && !containsInt(edits[i].covers, k) {
				edits[i].covers = append(edits[i].covers, k)
			}
		}
	}
	edits = append(edits, a.glossEdits(text, fs, code, edits)...)
	sort.SliceStable(edits, func(i, j int) bool {
		if edits[i].start != edits[j].start {
			return edits[i].start < edits[j].start
		}
		return edits[i].insert && !edits[j].insert
	})
	return edits
}

func containsInt(xs []int, v int) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}

// glossEdits places one gloss per sentence right after its term, when the
// term is a whole word not leading into a compound ("DNS server") nor
// inside a command; every other gloss goes in a short note after the
// sentence: " (SSO: single sign-on, one login for many apps)".
func (a *Analyzer) glossEdits(text string, fs []Finding, code []Span, done []spanEdit) []spanEdit {
	var out []spanEdit
	inline := map[int]bool{} // sentence start → a gloss is already inline
	notes := map[int]int{}   // sentence end → index in out of its note
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
		sStart, sEnd := sentenceOf(text, f, code)
		if !inline[sStart] && !overlapsAny(code, f.Start, f.End) && !leadsCompound(text, f.End) && !followsGloss(text, f.End) {
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
		out = append(out, spanEdit{start: sEnd, end: sEnd, rep: " (" + note + ")", insert: true, safe: true, covers: []int{k}})
	}
	return out
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

// functionWord lists words that never carry on a noun compound.
func functionWord(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "and", "or", "but", "so", "to", "on", "in", "at", "for", "with",
		"from", "by", "of", "as", "that", "which", "who", "when", "if", "then", "than", "the", "a", "an", "your",
		"my", "our", "their", "this", "these", "those", "it", "its", "will", "would", "should", "can", "could",
		"may", "might", "must", "has", "have", "had", "does", "do", "did", "isn't", "aren't", "wasn't", "doesn't",
		"don't", "didn't", "won't", "can't", "couldn't", "shouldn't", "again", "too", "now", "here", "there",
		"first", "instead", "before", "after", "because", "since", "until", "while", "into", "onto", "over",
		"under", "up", "down", "out", "off", "anyway", "though", "also", "still", "yet", "please", "thanks",
		"lol", "tbh", "not", "no", "just", "only", "you", "we", "i", "they", "he", "she", "me", "us", "them",
		"isnt", "doesnt", "dont", "wont", "cant", "settings", "properly", "correctly", "fine", "ok", "okay":
		return true
	}
	return false
}

// sentenceAround returns the bounds of the sentence holding offset at:
// from after the previous sentence mark to just after its own (or to a
// line break). Marks inside code or protected spans do not count.
func sentenceAround(text string, at int, code []Span) (int, int) {
	start := 0
	for i := at - 1; i >= 0; i-- {
		c := text[i]
		if c == '\n' || (strings.IndexByte(".!?", c) >= 0 && i+1 < len(text) && text[i+1] == ' ' && !insideAny(code, i)) {
			start = i + 1
			break
		}
	}
	end := len(text)
	for i := at; i < len(text); i++ {
		c := text[i]
		if c == '\n' {
			end = i
			break
		}
		if strings.IndexByte(".!?", c) >= 0 && !insideAny(code, i) {
			j := i
			for j < len(text) && strings.IndexByte(".!?", text[j]) >= 0 {
				j++
			}
			if j == len(text) || text[j] == ' ' || text[j] == '\n' {
				end = j
				break
			}
		}
	}
	return start, end
}

// sentenceOf returns the bounds of the sentence holding finding f, never
// ending inside it (a match may hold a sentence mark: "ID10T.").
func sentenceOf(text string, f Finding, code []Span) (int, int) {
	s, _ := sentenceAround(text, f.Start, code)
	_, e := sentenceAround(text, f.End, code)
	if e < f.End {
		e = f.End
	}
	return s, e
}

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
var laughs = []string{"lol", "lmao", "lmfao", "haha", "hehe", "rofl", "😂", "🤣", "😆", "😅", "😹", ":joy:", ":laughing:", ":rofl:", ":sweat_smile:", ";)", ";-)", ":p", ":-p", "xd"}

// quipEdit deletes an in-joke with its decorations when its sentence (or
// clause, or bracketed tag) says nothing else.
func quipEdit(text string, f Finding, code []Span) (spanEdit, bool) {
	// A bracketed tag: "[PEBKAC] the option needs an argument".
	if f.Start > 0 && f.End < len(text) {
		if o, c := text[f.Start-1], text[f.End]; (o == '[' && c == ']') || (o == '(' && c == ')') {
			s, e := f.Start-1, f.End+1
			for e < len(text) && text[e] == ' ' {
				e++
			}
			if strings.TrimSpace(text[:s]) == "" || e == len(text) || text[s-1] == ' ' {
				if strings.TrimSpace(text[:s]+text[e:]) != "" {
					return spanEdit{start: s, end: e, safe: true}, true
				}
			}
		}
	}
	sStart, sEnd := sentenceOf(text, f, code)
	// Try the whole sentence, then the clause.
	if onlyDecor(text, sStart, sEnd, f) {
		e := sEnd
		for e < len(text) && (text[e] == ' ' || text[e] == '\t') {
			e++
		}
		s := sStart
		for s < len(text) && text[s] == ' ' {
			s++
		}
		if strings.TrimSpace(text[:s]+text[e:]) == "" {
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
	if (cStart != sStart || cEnd != sEnd) && onlyDecor(text, cStart, cEnd, f) {
		// Delete the clause and the separator after it; a last clause
		// takes the separator before it instead.
		e := cEnd
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
	return spanEdit{}, false
}

// clauseAround returns the clause of [sStart, sEnd) holding at: the text
// between commas, semicolons, colons and spaced dashes.
func clauseAround(text string, at, atEnd, sStart, sEnd int, code []Span) (int, int) {
	isSep := func(i int) bool {
		if insideAny(code, i) {
			return false // ":shrug:", "C:\\", "10:30"
		}
		c := text[i]
		if c == ',' || c == ';' || c == ':' {
			return true
		}
		if c == '-' && i > 0 && i+1 < len(text) && text[i-1] == ' ' && text[i+1] == ' ' {
			return true
		}
		return strings.HasPrefix(text[i:], "—") || strings.HasPrefix(text[i:], "–")
	}
	s := at
	for s > sStart && !isSep(s-1) {
		s--
	}
	for s < at && text[s] == ' ' {
		s++
	}
	e := atEnd
	for e < sEnd && !isSep(e) {
		e++
	}
	// Leave the sentence mark of a last clause in place.
	for e > atEnd && e == sEnd && strings.IndexByte(".!? ", text[e-1]) >= 0 {
		e--
	}
	return s, e
}

// onlyDecor reports whether text[s:e] holds nothing but the finding and
// decorations: quip words, laughs, emoji and punctuation.
func onlyDecor(text string, s, e int, f Finding) bool {
	rest := text[s:f.Start] + " " + text[f.End:e]
	for _, l := range laughs {
		rest = strings.ReplaceAll(strings.ToLower(rest), l, " ")
	}
	for _, w := range strings.Fields(rest) {
		w = strings.Trim(w, ".,;:!?()[]\"'“”‘’*_~-—–")
		if w == "" || quipDecor[strings.ToLower(w)] {
			continue
		}
		if strings.HasPrefix(w, ":") && strings.HasSuffix(w, ":") {
			continue // an emoji code
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue // an emoji
		}
		return false
	}
	return true
}

// rebuttalHeads are the verbs with which a writer insists a system is fine
// ("the mailbox works", "the server is fine").
var rebuttalHeads = []string{
	"works fine", "works", "is working fine", "is working", "is fine", "is up", "is running", "is ok", "is okay",
	"looks fine", "looks ok", "is online", "was fine", "was working", "is healthy", "is green", "working fine",
	"works perfectly", "is working perfectly", "has no issues", "has no problems", "is all good",
}

// dismissalEdit turns "That's impossible, the mailbox works." into "The
// mailbox looks fine from here, so let's look at what's happening on your
// side.": the dismissal goes, the writer's own evidence stays, put behind an
// offer to check.
func dismissalEdit(text string, f Finding, code []Span) (spanEdit, bool) {
	sStart, sEnd := sentenceOf(text, f, code)
	lead := strings.TrimSpace(text[sStart:f.Start])
	for _, w := range strings.Fields(lead) {
		if !(strings.HasPrefix(w, "<@") || quipDecor[strings.ToLower(strings.Trim(w, ",."))] || strings.EqualFold(strings.Trim(w, ","), "no") || strings.EqualFold(strings.Trim(w, ","), "nope")) {
			return spanEdit{}, false // the dismissal must open its sentence
		}
	}
	rest := text[f.End:sEnd]
	restT := strings.TrimLeft(rest, " ,;:—–-")
	end := sEnd
	if strings.TrimSpace(strings.Trim(rest, ".!? ")) == "" {
		// The dismissal is a sentence of its own: its rebuttal is the next.
		ns := sEnd
		for ns < len(text) && text[ns] == ' ' {
			ns++
		}
		if ns >= len(text) {
			return spanEdit{}, false
		}
		_, ne := sentenceAround(text, ns, code)
		restT = text[ns:ne]
		end = ne
	}
	restT = strings.TrimRight(restT, ".!? ")
	low := strings.ToLower(restT)
	for _, h := range rebuttalHeads {
		i := strings.Index(low, " "+h)
		if i <= 0 || strings.TrimSpace(low[i+1+len(h):]) != "" && !strings.HasPrefix(strings.TrimSpace(low[i+1+len(h):]), "for ") && !strings.HasPrefix(strings.TrimSpace(low[i+1+len(h):]), "on ") {
			continue
		}
		subj := restT[:i]
		if overlapsAny(code, f.End, end) && !subjectIsPlain(subj) {
			return spanEdit{}, false
		}
		if !subjectIsPlain(subj) {
			return spanEdit{}, false
		}
		tail := strings.TrimSpace(restT[i+1+len(h):])
		verb := "looks"
		if plural(subj) {
			verb = "look"
		}
		rep := capitalise(subj) + " " + verb + " fine from here"
		if tail != "" {
			rep += " " + tail
		}
		rep += ", so let's look at what's happening on your side."
		// Keep a leading mention.
		s := sStart
		for s < f.Start && text[s] == ' ' {
			s++
		}
		if strings.HasPrefix(text[s:], "<@") {
			if k := strings.IndexByte(text[s:], '>'); k > 0 {
				s += k + 1
				rep = " " + rep
			}
		}
		return spanEdit{start: s, end: end, rep: rep, safe: true}, true
	}
	return spanEdit{}, false
}

// subjectIsPlain reports whether s is a short noun phrase: one to five
// words, none a pronoun for the person, a verb of doubt or a clause marker.
func subjectIsPlain(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 5 {
		return false
	}
	for _, w := range f {
		switch strings.ToLower(w) {
		case "you", "i", "i'm", "you're", "if", "because", "but", "so", "and", "when", "that", "which", "it's", "is", "was":
			return false
		}
	}
	return true
}

func plural(subj string) bool {
	f := strings.Fields(subj)
	w := strings.ToLower(f[len(f)-1])
	switch w {
	case "they", "these", "those", "both", "all", "settings", "logs":
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// irregular maps past tenses to participles where they differ.
var irregular = map[string]string{
	"broke": "broken", "took": "taken", "wrote": "written", "gave": "given", "forgot": "forgotten", "ran": "run",
	"put": "put", "set": "set", "shut": "shut", "cut": "cut", "left": "left", "sent": "sent", "lost": "lost",
	"made": "made", "hid": "hidden", "overwrote": "overwritten", "threw": "thrown", "reset": "reset",
	"uninstalled": "uninstalled", "upset": "upset", "ate": "eaten",
}

// neutralAccount turns "You deleted the shared calendar on Monday." into
// "The shared calendar was deleted on Monday.": what happened, told without
// pointing at the person. Only the plain shape "you + past verb + object"
// is turned; anything else is left for a suggestion.
func neutralAccount(text string, f Finding, code []Span) (spanEdit, bool) {
	sStart, sEnd := sentenceOf(text, f, code)
	s := sStart
	for s < len(text) && text[s] == ' ' {
		s++
	}
	if f.Start != s && !(f.Start > s && strings.TrimSpace(strings.Trim(text[s:f.Start], ",")) == "") {
		// "So you deleted…", "I think you…": only a sentence that opens
		// with the person is told anew.
		if lw := strings.ToLower(strings.TrimSpace(text[s:f.Start])); lw != "so" && lw != "ok," && lw != "ok so" && lw != "looks like" {
			return spanEdit{}, false
		}
	}
	words := strings.Fields(text[f.Start:sEnd])
	if len(words) < 3 || !strings.EqualFold(words[0], "you") {
		return spanEdit{}, false
	}
	verb := strings.ToLower(words[1])
	part, ok := irregular[verb]
	if !ok {
		if !strings.HasSuffix(verb, "ed") || len(verb) < 5 {
			return spanEdit{}, false
		}
		part = verb
	}
	// The object: a determiner and up to four words, up to a preposition,
	// punctuation or the end.
	det := strings.ToLower(words[2])
	switch det {
	case "the", "your", "this", "that", "these", "those", "its", "our", "my":
	default:
		return spanEdit{}, false
	}
	obj := []string{words[2]}
	i := 3
	tailStart := -1
	for ; i < len(words) && i < 8; i++ {
		w := words[i]
		lw := strings.ToLower(strings.TrimRight(w, ".,;:!?"))
		if functionWord(lw) || lw == "yesterday" || lw == "today" || lw == "monday" || lw == "earlier" {
			tailStart = i
			break
		}
		obj = append(obj, strings.TrimRight(w, ".,;:!?"))
		if strings.TrimRight(w, ".,;:!?") != w {
			tailStart = i + 1
			break
		}
	}
	if len(obj) < 2 {
		return spanEdit{}, false
	}
	if tailStart < 0 {
		if i < len(words) {
			return spanEdit{}, false
		}
		tailStart = len(words)
	}
	tail := strings.Join(words[tailStart:], " ")
	lowTail := " " + strings.ToLower(tail) + " "
	for _, bad := range []string{" you ", " your ", " again", " without ", " even ", " instead ", "!"} {
		if strings.Contains(lowTail, bad) {
			return spanEdit{}, false // still pointing at the person
		}
	}
	be := "was"
	if plural(strings.Join(obj, " ")) {
		be = "were"
	}
	objText := strings.Join(obj, " ")
	rep := capitalise(objText) + " " + be + " " + part
	if tail != "" {
		if strings.IndexByte(".,;:!?", tail[0]) < 0 {
			rep += " "
		}
		rep += tail
	} else if p := strings.TrimRight(text[f.Start:sEnd], " "); p != "" && strings.IndexByte(".!?", p[len(p)-1]) >= 0 {
		rep += "."
	}
	if !strings.HasSuffix(rep, ".") && !strings.HasSuffix(rep, "!") && !strings.HasSuffix(rep, "?") && sEnd < len(text) && strings.IndexByte(".!?", text[sEnd-1]) >= 0 {
		rep += text[sEnd-1 : sEnd]
	}
	return spanEdit{start: f.Start, end: sEnd, rep: rep, safe: true}, true
}

// removalSafe reports whether deleting match leaves the sentence whole:
// minimisers and form openers may go; a subject or verb may not
// ("Everyone knows how" loses its clause).
func (a *Analyzer) removalSafe(r *compiledRule, match, rest string, atStart bool) bool {
	switch r.rewrite.Safe {
	case safeAlways:
		return true
	case safeNever:
		return false
	}
	if next := strings.ToLower(firstWord(strings.TrimLeft(rest, " "))); atStart && next != "" && !strings.ContainsAny(strings.TrimSpace(match), " \t") {
		switch next {
		case "want", "wanted", "wanna", "checking", "following", "letting", "saw", "noticed", "thought", "wondering",
			"curious", "got", "realized", "realised", "to", "a", "an", "the", "in", "for", "so", "like", "because",
			"now", "then", "as", "like,", "once", "one", "about", "wanted,", "making", "a quick":
			return false // "Just want to follow up": the opener carried the sentence
		}
	}
	for _, w := range strings.Fields(strings.ToLower(match)) {
		switch strings.Trim(w, ",.:;") {
		case "knows", "know", "everyone", "everybody", "anyone", "you", "your", "i", "we", "is", "are", "it's":
			return false
		}
	}
	return true
}

// replaceSafe reports whether a swap may go into a whole rewrite sent as
// is. The rule may say; otherwise the category decides: courtesy and form
// phrases are safe, a minimiser's swap and a contradiction's only when the
// match is its own sentence or opens it, an in-joke's only alone, and a
// blame swap never (it hedges the accusation rather than removing it).
func replaceSafe(r *compiledRule, text string, f Finding) bool {
	alone := aloneInSentence(text, f.Start, f.End)
	switch r.rewrite.Safe {
	case safeAlone:
		// A short sentence the swap was written for: "You broke it.",
		// "Your account isn't locked."
		s, e := sentenceAround(text, f.Start, nil)
		return alone || len(strings.Fields(text[s:max(e, f.End)])) <= 5
	case safeAlways:
		return true
	case safeNever:
		return false
	}
	switch f.Category {
	case NoProblem, Robotic:
		return true
	case Condescending, Contradiction:
		return alone || opensSentence(text, f.Start)
	case InJoke:
		return alone
	}
	return false
}

// opensSentence reports whether only mentions and spaces come between the
// last sentence mark and at.
func opensSentence(text string, at int) bool {
	before := text[:at]
	if k := strings.LastIndexAny(before, ".!?\n"); k >= 0 {
		before = before[k+1:]
	}
	for _, w := range strings.Fields(before) {
		if !strings.HasPrefix(w, "<@") {
			return false
		}
	}
	return true
}

// fits reports whether match holds one of words (any, if words is empty).
func fits(match string, words []string) bool {
	if len(words) == 0 {
		return true
	}
	low := " " + strings.ToLower(match) + " "
	for _, w := range words {
		if strings.Contains(low, strings.ToLower(w)) {
			return true
		}
	}
	return false
}
