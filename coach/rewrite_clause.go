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
			var rw rewriteSpec
			if r := a.byID[f.Rule]; r != nil {
				rw = r.rewrite
			}
			e, ok = quipEdit(text, f, code, rw)
			if ok && overlapsAny(keepSpans(text), e.start, e.end) {
				ok = false // a number, path or link inside the joke's sentence stays
			}
		case Contradiction:
			e, ok = dismissalEdit(text, f, code)
			if !ok {
				e, ok = selfRebuttal(text, f, code)
			}
		case Blame:
			// A swap the rule vouches for wins over the general account.
			if r := a.byID[f.Rule]; r == nil || r.rewrite.Safe != safeAlways || r.rewrite.Replace == "" {
				e, ok = neutralAccount(text, f, code)
			}
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

// keepSpans are the spans no edit may cut into: protected spans other
// than emoji codes, and commands.
func keepSpans(text string) []Span {
	var out []Span
	for _, p := range protectedSpans(text, nil) {
		if p.kind != spanEmoji {
			out = append(out, p.Span)
		}
	}
	return append(out, CommandSpans(text)...)
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
		if !inline[sStart] && !overlapsAny(code, f.Start, f.End) && !leadsCompound(text, f.End) && !followsGloss(text, f.End) && !inParens(text, sStart, f.Start) {
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
	if rw.Safe != safeNever && rw.Replace != "" && !strings.Contains(rw.Replace, "{") && !strings.HasPrefix(rw.Replace, "a ") {
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
		if rep != "" {
			// Keep the sentence's own mark: "…again? 😅" → "…see?"
			mark := "."
			if q := strings.LastIndexAny(text[f.Start:sEnd], ".!?"); q >= 0 {
				mark = text[f.Start+q : f.Start+q+1]
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
		return spanEdit{start: cStart, end: cEnd, rep: r, safe: true}, true
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
	case "as i said", "like i said", "as i told you", "like i told you", "to recap", "as mentioned", "again", "so", "anyway", "honestly", "well", "ok", "okay", "right", "yeah":
		return true
	}
	n := 0
	for _, w := range strings.Fields(low) {
		if !quipDecor[strings.Trim(w, ".,;:!?")] {
			n++
		}
	}
	return n < 3
}

// clauseAround returns the clause of [sStart, sEnd) holding at: the text
// between commas, semicolons, colons and spaced dashes.
func clauseAround(text string, at, atEnd, sStart, sEnd int, code []Span) (int, int) {
	isSep := func(i int) bool {
		if insideAny(code, i) {
			return false // ":shrug:", "C:\\", "10:30"
		}
		if r, _ := utf8.DecodeRuneInString(text[i:]); r >= 0x1F300 && i > 0 && text[i-1] == ' ' {
			return true // a spaced emoji ends a clause: "strikes again 😂 the monitor…"
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
// offer to check. Evidence of another kind keeps its words and is marked as
// the writer's view: "Impossible, the sync ran at 6am." becomes "The sync
// ran at 6am from what I can see, so let's check what's happening on your
// side."
func dismissalEdit(text string, f Finding, code []Span) (spanEdit, bool) {
	sStart, sEnd := sentenceOf(text, f, code)
	lead := strings.TrimSpace(text[sStart:f.Start])
	for _, w := range strings.Fields(lead) {
		lw := strings.ToLower(strings.Trim(w, ",."))
		if !(strings.HasPrefix(w, "<@") || quipDecor[lw] || lw == "no" || lw == "nope" || lw == "nah" || lw == "obviously" || lw == "clearly") {
			return spanEdit{}, false // the dismissal must open its sentence
		}
	}
	// The dismissal is a clause of its own: only decoration may come
	// between it and the separator ("That's impossible lol, …").
	k := f.End
	for k < sEnd && strings.IndexByte(",;:—–-.!?", text[k]) < 0 {
		k++
	}
	if hasWords(text[f.End:k]) || insideAny(code, k) {
		return spanEdit{}, false
	}
	var restT string
	end := sEnd
	if k >= sEnd || strings.IndexByte(".!?", text[k]) >= 0 {
		// A sentence of its own: its evidence is the next sentence.
		ns := sEnd
		for ns < len(text) && text[ns] == ' ' {
			ns++
		}
		if ns >= len(text) || text[ns-1] == '\n' {
			return spanEdit{}, false
		}
		_, ne := sentenceAround(text, ns, code)
		restT, end = text[ns:ne], ne
	} else {
		restT = strings.TrimLeft(text[k:sEnd], " ,;:—–-")
	}
	restT = strings.TrimRight(restT, ".!? ")
	if restT == "" || overlapsAny(code, f.End, end) && !keepsCode(restT, text, code, f.End, end) {
		return spanEdit{}, false
	}
	if strings.ContainsAny(restT, ",;:?") || !plainStatement(restT) {
		return spanEdit{}, false
	}
	low := strings.ToLower(restT)
	rep := ""
	for _, h := range rebuttalHeads {
		i := strings.Index(low, " "+h)
		if i <= 0 {
			continue
		}
		tail := strings.TrimSpace(restT[i+1+len(h):])
		lt := strings.ToLower(tail)
		if tail != "" && !strings.HasPrefix(lt, "for ") && !strings.HasPrefix(lt, "on ") && !strings.HasPrefix(lt, "in ") {
			continue
		}
		if strings.Contains(lt, "everyone") || strings.Contains(lt, "everybody") || strings.Contains(lt, "other") {
			return spanEdit{}, false // "up for everyone else" is the dismissal again
		}
		subj := restT[:i]
		if !subjectIsPlain(subj) {
			return spanEdit{}, false
		}
		verb := "looks"
		if plural(subj) {
			verb = "look"
		}
		rep = capitalise(subj) + " " + verb + " fine from here"
		if tail != "" {
			rep += " " + tail
		}
		rep += ", so let's look at what's happening on your side."
		break
	}
	if rep == "" {
		// Only a statement about a thing ("the sync ran at 6am") can be
		// marked as what the writer sees.
		fw := strings.ToLower(firstWord(restT))
		if len(strings.Fields(restT)) > 12 || !(fw == "the" || fw == "our" || fw == "this" || fw == "that" || fw == "its") {
			return spanEdit{}, false
		}
		rep = capitalise(restT) + " from what I can see, so let's check what's happening on your side."
	}
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

// fineHeads are the ways a writer says a system works, as the predicate of
// the sentence that dismisses the report.
var fineHeads = []string{"is working fine", "is working normally", "is working perfectly", "is working", "working fine",
	"working normally", "works fine", "works perfectly", "works", "is fine", "is running fine", "running fine", "is up"}

// selfRebuttal turns a sentence that is itself the dismissal ("No, it's
// working fine on our end.", "Task closure working fine in Prod.") into the
// same observation offered as a starting point: "It looks fine on our end,
// so let's look at what's happening on your side."
func selfRebuttal(text string, f Finding, code []Span) (spanEdit, bool) {
	sStart, sEnd := sentenceOf(text, f, code)
	if overlapsAny(code, sStart, sEnd) {
		return spanEdit{}, false
	}
	sent := strings.TrimSpace(text[sStart:sEnd])
	s := sStart + strings.Index(text[sStart:sEnd], sent)
	body := strings.TrimRight(sent, ".! ")
	for _, lead := range []string{"no, ", "nope, ", "nah, ", "no ", "nope ", "nah "} {
		if len(body) > len(lead) && strings.EqualFold(body[:len(lead)], lead) {
			body = body[len(lead):]
			break
		}
	}
	if strings.ContainsAny(body, ",;:?!") {
		return spanEdit{}, false
	}
	low := strings.ToLower(body)
	low = strings.Replace(low, "it's ", "it is ", 1)
	b := strings.Replace(body, "it's ", "it is ", 1)
	b = strings.Replace(b, "It's ", "It is ", 1)
	for _, h := range fineHeads {
		i := strings.Index(low, " "+h)
		if i <= 0 {
			continue
		}
		subj, tail := b[:i], strings.TrimSpace(b[i+1+len(h):])
		lt := strings.ToLower(tail)
		if tail != "" && !(strings.HasPrefix(lt, "on ") || strings.HasPrefix(lt, "in ") || strings.HasPrefix(lt, "for ") || strings.HasPrefix(lt, "from ")) {
			return spanEdit{}, false
		}
		if !strings.EqualFold(subj, "it") && (!subjectIsPlain(subj) || !plainStatement(subj)) || !plainStatement(strings.ReplaceAll(strings.ToLower(tail), " me", "")) {
			return spanEdit{}, false
		}
		verb := "looks"
		if plural(subj) {
			verb = "look"
		}
		rep := capitalise(subj) + " " + verb + " fine"
		if tail != "" {
			rep += " " + tail
		} else {
			rep += " from here"
		}
		rep += ", so let's look at what's happening on your side."
		return spanEdit{start: s, end: sEnd, rep: rep, safe: true}, true
	}
	return spanEdit{}, false
}

// keepsCode reports whether every protected span in [s, e) of text lies
// inside rest, which the edit keeps word for word.
func keepsCode(rest, text string, code []Span, s, e int) bool {
	for _, c := range code {
		if c.Start < e && s < c.End && !strings.Contains(rest, text[c.Start:c.End]) {
			return false
		}
	}
	return true
}

// plainStatement reports whether s states a fact about a thing, not about
// the person or the writer's doubts: no "you", no hedges, no "because".
func plainStatement(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		switch strings.Trim(w, ".,!?") {
		case "you", "you're", "you've", "yours", "u", "ur", "i", "we", "me", "my", "i'm", "i've", "we've", "because", "if", "but", "so", "just", "obviously",
			"clearly", "wrong", "impossible", "lol", "haha", "ignore", "nothing", "not", "isn't", "can't", "doesn't", "never":
			return false
		}
	}
	return true
}

// subjectIsPlain reports whether s is a short noun phrase: one to five
// words, none a pronoun for the person, a verb of doubt or a clause marker.
func subjectIsPlain(s string) bool {
	if strings.ContainsAny(s, ",;:") {
		return false
	}
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
// opening a sentence is turned, up to the end of its clause; the rest of
// the sentence stays for the other edits. Anything else is a suggestion.
func neutralAccount(text string, f Finding, code []Span) (spanEdit, bool) {
	sStart, sEnd := sentenceOf(text, f, code)
	s := sStart
	for s < len(text) && text[s] == ' ' {
		s++
	}
	// "So you deleted…", "Sure, but you didn't…" may be told anew; "I
	// think you…" may not.
	for _, w := range strings.Fields(strings.ToLower(text[s:f.Start])) {
		switch strings.Trim(w, ",.") {
		case "so", "ok", "okay", "looks", "like", "yeah", "sure", "but", "and", "well", "hmm", "right":
		default:
			return spanEdit{}, false
		}
	}
	// The clause: up to the first separator or the end of the sentence.
	cEnd := f.End
	for cEnd < sEnd && strings.IndexByte(",;:.!?—–", text[cEnd]) < 0 || insideAny(code, cEnd) && cEnd < sEnd {
		cEnd++
	}
	if overlapsAny(code, f.Start, cEnd) {
		return spanEdit{}, false
	}
	words := strings.Fields(text[f.Start:cEnd])
	if len(words) < 3 || !strings.EqualFold(words[0], "you") {
		return spanEdit{}, false
	}
	verb := strings.ToLower(words[1])
	neg := false
	if (verb == "didn't" || verb == "didn’t") && len(words) > 3 {
		// "you didn't fill the tray" → "the tray wasn't filled"
		p, ok := participleOf(strings.ToLower(words[2]))
		if !ok {
			return spanEdit{}, false
		}
		neg, verb, words = true, p, append([]string{words[0], p}, words[3:]...)
	}
	may := false
	if (verb == "must" || verb == "probably") && len(words) > 4 && strings.EqualFold(words[2], "have") {
		// "You must have clicked the link" → "The link may have been clicked"
		may, verb, words = true, strings.ToLower(words[3]), append([]string{words[0], words[3]}, words[4:]...)
	}
	part, ok := irregular[verb]
	if neg {
		part, ok = verb, true
	}
	if may && !ok {
		for _, p := range irregular {
			if p == verb {
				part, ok = p, true // already a participle: "overwritten"
			}
		}
	}
	if !ok {
		if !strings.HasSuffix(verb, "ed") || len(verb) < 5 {
			return spanEdit{}, false
		}
		part = verb
	}
	switch strings.ToLower(words[2]) {
	case "the", "your", "this", "that", "these", "those", "our", "my":
	default:
		return spanEdit{}, false
	}
	obj := []string{words[2]}
	i := 3
	for ; i < len(words) && i < 8; i++ {
		lw := strings.ToLower(words[i])
		if functionWord(lw) || timeWord(lw) || strings.HasSuffix(lw, "ly") || lw == "somehow" || lw == "anyway" {
			break
		}
		obj = append(obj, words[i])
	}
	if len(obj) < 2 {
		return spanEdit{}, false
	}
	tail := strings.Join(words[i:], " ")
	rel := ""
	if i < len(words) && (strings.EqualFold(words[i], "of") || strings.EqualFold(words[i], "about")) {
		return spanEdit{}, false // "the email about the move": whose phrase is it?
	}
	if i < len(words) && (strings.EqualFold(words[i], "that") || strings.EqualFold(words[i], "which")) {
		// A relative clause belongs to the object: "the tray that you
		// print from wasn't filled".
		rel, tail = " "+tail, ""
	}
	for _, bad := range []string{"you", "again", "without", "even", "instead", "by", "when", "while", "because"} {
		for _, w := range strings.Fields(tail) {
			if strings.EqualFold(w, bad) {
				return spanEdit{}, false // still pointing at the person
			}
		}
	}
	objText := strings.Join(obj, " ") + rel
	var rep string
	if neg {
		be := "wasn't"
		if plural(strings.Join(obj, " ")) {
			be = "weren't"
		}
		rep = objText + " " + be + " " + part
	} else if may {
		rep = objText + " may have been " + part
		if verb == "broken" || verb == "broke" {
			return spanEdit{}, false
		}
	} else if verb == "broke" {
		rep = objText + " stopped working" // "was broken" would say it arrived so
	} else {
		be := "was"
		if plural(objText) {
			be = "were"
		}
		rep = objText + " " + be + " " + part
	}
	if f.Start == s {
		rep = capitalise(rep)
	}
	if tail != "" {
		rep += " " + tail
	}
	return spanEdit{start: f.Start, end: cEnd, rep: rep, safe: true}, true
}

// participleOf gives the past participle of a base verb: a few irregular
// ones, then the regular spelling rules ("fill" → "filled", "save" →
// "saved", "plug" → "plugged", "copy" → "copied").
func participleOf(base string) (string, bool) {
	switch base {
	case "send":
		return "sent", true
	case "set", "put", "shut", "cut", "reset", "read", "run", "hit", "upset":
		return base, true
	case "take":
		return "taken", true
	case "give":
		return "given", true
	case "write":
		return "written", true
	case "make":
		return "made", true
	case "do", "go", "be", "have", "get", "see", "know", "think", "say", "tell", "come", "find", "use", "try":
		return "", false // too many senses to turn safely
	}
	if len(base) < 3 || strings.IndexFunc(base, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
		return "", false
	}
	n := len(base)
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	switch {
	case base[n-1] == 'e':
		return base + "d", true
	case base[n-1] == 'y' && !vowel(base[n-2]):
		return base[:n-1] + "ied", true
	case n <= 4 && !vowel(base[n-1]) && vowel(base[n-2]) && !vowel(base[n-3]) && strings.IndexByte("wxy", base[n-1]) < 0:
		return base + base[n-1:] + "ed", true
	}
	return base + "ed", true
}

// timeWord lists words that start a time phrase after an object.
func timeWord(w string) bool {
	switch w {
	case "yesterday", "today", "earlier", "last", "this", "monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday", "overnight", "tonight", "recently":
		return true
	}
	return false
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
	if next := strings.ToLower(firstWord(strings.TrimLeft(rest, " "))); atStart && next != "" && (strings.EqualFold(strings.TrimSpace(match), "just") || strings.EqualFold(strings.TrimSpace(match), "simply")) {
		switch next {
		case "want", "wanted", "wanna", "checking", "following", "letting", "saw", "noticed", "thought", "wondering",
			"curious", "got", "realized", "realised", "to", "a", "an", "the", "in", "for", "so", "like", "because",
			"now", "then", "as", "like,", "once", "one", "about", "wanted,", "making", "a quick":
			return false // "Just want to follow up": the opener carried the sentence
		}
	}
	// "Everyone knows you can't…": the opener goes when a whole clause
	// with its own subject follows.
	switch strings.ToLower(firstWord(strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(rest, " "), "that "), " "))) {
	case "you", "the", "your", "it", "it's", "there", "we", "i", "this", "that", "passwords", "laptops", "apps":
		return true
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
	case NoProblem:
		// An answer to thanks opens its sentence ("np, glad it works");
		// mid-sentence ("restart it, no problem!") it means something else.
		return alone || opensAfterInterjection(text, f.Start)
	case Robotic:
		return true
	case Condescending, Contradiction:
		return alone || opensAfterInterjection(text, f.Start)
	case InJoke:
		return alone
	}
	return false
}

// opensAfterInterjection reports whether only mentions and interjections
// ("haha", "ok", "oh") come before at in its sentence.
func opensAfterInterjection(text string, at int) bool {
	before := text[:at]
	if k := strings.LastIndexAny(before, ".!?\n;—–"); k >= 0 {
		_, size := utf8.DecodeRuneInString(before[k:])
		before = before[k+size:]
	}
	words := strings.Fields(before)
	for i, w := range words {
		switch strings.ToLower(strings.Trim(w, ",.!—–-")) {
		case "haha", "hehe", "ha", "ok", "okay", "oh", "ah", "sure", "yep", "yes", "cool", "great", "thanks", "honestly", "well", "look", "so":
			continue
		}
		if strings.HasPrefix(w, "<@") || strings.HasPrefix(w, "@") || strings.Trim(w, "—–-,") == "" {
			continue
		}
		// "bob: np", "Sam, no problem": whom the reply is for.
		if i == 0 && strings.HasSuffix(w, ":") || i == len(words)-1 && strings.HasSuffix(w, ",") && len(words) <= 2 {
			continue
		}
		return false
	}
	return true
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
