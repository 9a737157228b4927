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
		"isnt", "doesnt", "dont", "wont", "cant", "settings", "properly", "correctly", "fine", "ok", "okay",
		"about", "across", "around", "through", "via", "behind", "between", "during", "without", "within",
		"against", "near", "inside", "outside", "per", "like", "where", "what", "how", "why":
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
		if c == '\n' || (strings.IndexByte(".!?", c) >= 0 && i+1 < len(text) && text[i+1] == ' ' && !insideAny(code, i) && !abbrevDot(text, i)) {
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
		if strings.IndexByte(".!?", c) >= 0 && !insideAny(code, i) && !abbrevDot(text, i) {
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

// abbrevDot reports whether the full stop at i closes an abbreviation
// that sits inside a sentence ("e.g.", "i.e.", "vs."), not the sentence.
func abbrevDot(text string, i int) bool {
	if text[i] != '.' {
		return false
	}
	for _, ab := range [...]string{"e.g.", "i.e.", "vs.", "approx.", "incl."} {
		if k := i + 1 - len(ab); k >= 0 && strings.EqualFold(text[k:i+1], ab) && (k == 0 || !unicode.IsLetter(rune(text[k-1]))) {
			return true
		}
	}
	return false
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
	if r.category == Condescending && scareQuoted(rest) {
		// "Of course the printer 'broke' right after…": the quotes
		// carry the same sneer the removed words did.
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
		if mentionWord(w) || strings.Trim(w, "—–-,") == "" {
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

// fits reports whether match holds one of words (any, if words is empty).
func fits(match string, words []string) bool {
	low := " " + strings.ToLower(match) + " "
	need := false
	for _, w := range words {
		if rest, ok := strings.CutPrefix(w, "!"); ok {
			// "!bug": a match holding these words gets no replacement
			// ("that's not a bug" is a verdict on the report, not a
			// claim about the writer's side that an offer to check can
			// stand in for).
			if strings.Contains(low, strings.ToLower(rest)) {
				return false
			}
			continue
		}
		need = true
	}
	if !need {
		return true
	}
	for _, w := range words {
		if !strings.HasPrefix(w, "!") && strings.Contains(low, strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// scareQuoted reports whether the sentence starting s puts one ordinary
// lower-case word in quotes ("the printer 'broke'", "it was “fixed”"):
// sarcasm, not a label or a command, which are capitalised or carry
// symbols.
func scareQuoted(s string) bool {
	if k := strings.IndexAny(s, ".!?\n"); k >= 0 {
		s = s[:k]
	}
	prev := ""
	for _, w := range strings.Fields(s) {
		w = strings.TrimRight(w, ",;:")
		p := prev
		prev = strings.ToLower(w)
		switch p {
		case "type", "enter", "run", "click", "select", "choose", "press", "tap", "write", "search", "pick", "called",
			"named", "labelled", "labeled", "says", "say", "reads", "word", "option", "button", "status", "to":
			continue // a label or what to type: "type 'restart'"
		}
		for _, q := range [][2]string{{"'", "'"}, {"\"", "\""}, {"‘", "’"}, {"“", "”"}} {
			if len(w) > len(q[0])+len(q[1])+2 && strings.HasPrefix(w, q[0]) && strings.HasSuffix(w, q[1]) {
				inner := w[len(q[0]) : len(w)-len(q[1])]
				if strings.IndexFunc(inner, func(r rune) bool { return r < 'a' || r > 'z' }) < 0 {
					return true
				}
			}
		}
	}
	return false
}
