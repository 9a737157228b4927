package coach

import "strings"

// matchElem reports whether token t (from text) matches element e.
func matchElem(e *elem, t *token, text string) bool {
	switch {
	case e.shape != 0:
		return hasShape(e.shape, t, text, e.acronyms)
	case e.any:
		return t.kind == tokWord
	case e.num:
		return t.kind == tokNumber
	case e.orNum && t.kind == tokNumber:
		return true
	case e.suf != "":
		return t.kind == tokWord && len(t.norm) > len(e.suf)+1 && t.norm[len(t.norm)-len(e.suf):] == e.suf
	case e.set != nil:
		if t.kind != tokWord || !e.mayBe(t) {
			return false
		}
		_, ok := e.set[t.norm]
		return ok
	case e.punct:
		if t.kind != tokPunct {
			return false
		}
		for _, w := range e.words {
			if t.norm == w {
				return true
			}
		}
		return false
	}
	if t.kind != tokWord && t.kind != tokNumber && !(t.kind == tokOpaque && t.prot == spanEmoji) || !e.mayBe(t) {
		return false
	}
	for k, w := range e.words {
		if e.exact[k] {
			if len(w) == t.end-t.start && text[t.start:t.end] == w {
				return true
			}
		} else if t.norm == w {
			return true
		}
	}
	return false
}

// matchAt reports whether s matches toks starting at i, returning the index
// one past the last matched token.
func matchAt(s seq, toks []token, i int, text string) (int, bool) {
	return matchSeq(s, toks, i, text, -1, 0, false)
}

// matchRest is matchAt for the rest of a pattern whose first element held
// at i-1: an intensifier may already stand at i.
func matchRest(s seq, toks []token, i int, text string) (int, bool) {
	return matchSeq(s, toks, i, text, -1, 0, true)
}

// matchFrom matches s at toks[i:]. With want >= 0 the match must end just
// before index want.
func matchFrom(s seq, toks []token, i int, text string, want int) (int, bool) {
	return matchSeq(s, toks, i, text, want, 0, false)
}

// maxIntensSkips is how many intensifiers one match may step over.
const maxIntensSkips = 2

// matchSeq matches s at toks[i:] (see matchFrom). A gap tries its widths
// from the narrowest; gaps are bounded (maxGap), so a match costs at most a
// constant per start. Between two elements the text may hold an
// intensifier the pattern does not name ("that's really impossible" for
// "that's impossible"): LABELING.md judges meaning, and "really", "truly"
// or "totally" do not change it; nor, for a rule with step_adverbs (elem.adv),
// does an adverb such as "simply" or "probably". skips counts those stepped
// over; started is set once an element has matched.
func matchSeq(s seq, toks []token, i int, text string, want, skips int, started bool) (int, bool) {
	for k := range s {
		e := &s[k]
		if e.gap {
			for n := 0; n <= e.gapMax; n++ {
				if n > 0 && !gapToken(e, toks, i+n-1) {
					break
				}
				if n < e.gapMin {
					continue
				}
				if end, ok := matchSeq(s[k+1:], toks, i+n, text, want, skips, true); ok {
					return end, true
				}
			}
			return 0, false
		}
		if e.end {
			if !clauseEnd(toks, i) {
				return 0, false
			}
			continue
		}
		if i >= len(toks) {
			return 0, false
		}
		for !matchElem(e, &toks[i], text) {
			// Step over intensifiers, once an element has matched.
			if !started || skips == maxIntensSkips || !(toks[i].intens || e.adv && toks[i].adv) || i+1 >= len(toks) {
				return 0, false
			}
			i++
			skips++
		}
		i++
		started = true
	}
	if want >= 0 && i != want {
		return 0, false
	}
	return i, true
}

// intensIn reports whether toks[from:to] holds an intensifier.
func intensIn(toks []token, from, to int) bool {
	from, to = max(from, 0), min(to, len(toks))
	if from >= to {
		return false
	}
	before := int32(0)
	if from > 0 {
		before = toks[from-1].ic
	}
	return toks[to-1].ic > before
}

// stepWords are the words matching steps over between two words of a
// pattern. Intensifiers (stepIntens) are degree words that only strengthen
// the next ("really", "truly", "totally"); every pattern steps over them.
// Adverbs of emphasis or hedging (stepAdverb: "simply", "probably",
// "actually") carry meaning for some rules ("just"/"simply" minimise a
// step, "probably" hedges a promise), so only a rule that asks for it
// (phrase step_adverbs) steps over them. The tokenizer marks both
// (token.intens, token.adv), reading them from token.lex (wordLexes).
const (
	stepIntens = 1 + iota
	stepAdverb
)

var stepWords = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, w := range []string{"really", "truly", "very", "totally", "completely", "absolutely",
		"entirely", "extremely", "sincerely", "genuinely", "deeply", "super"} {
		m[w] = stepIntens
	}
	for _, w := range []string{"simply", "even", "literally", "actually", "definitely",
		"certainly", "honestly", "clearly", "obviously", "probably", "surely", "basically",
		"seriously", "frankly", "apparently", "evidently"} {
		m[w] = stepAdverb
	}
	return m
}()

// gapToken reports whether toks[k] may sit in gap e: a token of the same
// sentence (the one before it does not end one), not a sentence mark, and
// allowed by the gap's word lists.
func gapToken(e *elem, toks []token, k int) bool {
	if k >= len(toks) || (k > 0 && toks[k-1].sentence) {
		return false
	}
	t := &toks[k]
	if t.kind == tokPunct && t.sentence {
		return false
	}
	if e.gapOnly != nil {
		if !e.gapMask.mayHold(t) {
			return false
		}
		_, ok := e.gapOnly[t.norm]
		return ok
	}
	if e.gapNot != nil {
		if !e.gapMask.mayHold(t) {
			return true
		}
		_, no := e.gapNot[t.norm]
		return !no
	}
	return true
}

// seqSpan returns the fewest and most tokens s can match.
func seqSpan(s seq) (lo, hi int) {
	for k := range s {
		if s[k].gap {
			lo += s[k].gapMin
			hi += s[k].gapMax
		} else if !s[k].end {
			lo++
			hi++
		}
	}
	return lo, hi
}

// matchEndingAt reports whether s matches toks ending just before index j.
func matchEndingAt(s seq, toks []token, j int, text string) bool {
	lo, hi := seqSpan(s)
	if j > 0 && j <= len(toks) && toks[j-1].ic > 0 && intensIn(toks, j-hi-maxIntensSkips, j-1) {
		hi += maxIntensSkips // the span may hold intensifiers stepped over
	}
	for n := lo; n <= hi; n++ {
		i := j - n
		if i < 0 {
			break
		}
		if _, ok := matchFrom(s, toks, i, text, j); ok {
			return true
		}
	}
	return false
}

// transparent tokens (mentions, emoji) do not break "clause start": a reply
// may open with "<@U123> no problem!".
func transparent(t *token) bool {
	return t.kind == tokOpaque && (t.prot == spanLink || t.prot == spanEmoji)
}

// handle reports whether t is an @handle as written on GitHub or Twitter.
func handle(t *token) bool {
	return t.kind == tokOpaque && t.prot == spanPath && len(t.norm) > 1 && t.norm[0] == '@'
}

// mention reports whether t names a person the message is said to: an
// @handle or a Slack mention (<@U…>).
func mention(t *token) bool {
	return handle(t) || t.kind == tokOpaque && t.prot == spanLink && strings.HasPrefix(t.norm, "<@")
}

// clauseStart reports whether index i starts a clause. Leading @handles
// address the reply ("@sam no problem") and do not count either.
func clauseStart(toks []token, i int) bool {
	k := i - 1
	for k >= 0 && (transparent(&toks[k]) || handle(&toks[k]) && (k == 0 || handle(&toks[k-1]) || toks[k-1].sentence)) {
		k--
	}
	return k < 0 || toks[k].clause && !callSuffix(toks, k)
}

// callSuffix reports whether the ")" at k closes brackets glued to the word
// before them, as in a function call or a manual section ("getStdIn()",
// "adduser(1)"): the name goes on as the clause's subject ("adduser(1) will
// do it" is the tool's doing, not a reply with its subject left out).
func callSuffix(toks []token, k int) bool {
	if toks[k].norm != ")" {
		return false
	}
	for m := k - 1; m >= 1 && m >= k-3; m-- {
		if toks[m+1].start != toks[m].end {
			return false // a space inside: an aside, not a call
		}
		if toks[m].norm == "(" {
			w := &toks[m-1]
			return w.end == toks[m].start && (w.kind == tokWord || w.kind == tokOpaque)
		}
	}
	return false
}

// clauseEnd reports whether the match ending before j (last token j-1) ends
// a clause.
func clauseEnd(toks []token, j int) bool {
	if j > 0 && toks[j-1].sentence {
		return true // a line break after the match
	}
	if j < len(toks) && toks[j].kind == tokOpaque && toks[j].prot == spanEmoji {
		return true // "no problem :pray: hope it goes well"
	}
	for j < len(toks) && transparent(&toks[j]) && !toks[j].sentence {
		j++ // "no problem <@U1>, enjoy"
	}
	return j >= len(toks) || toks[j].clause || transparent(&toks[j]) || signOffAt(toks, j)
}

// signOffAt reports whether toks[j:] is an agent's initials closing the
// message ("no prob ^JS", "… here -kt 1/2"): a mark glued to two or three
// letters, and no word after them.
func signOffAt(toks []token, j int) bool {
	if j >= len(toks) {
		return false
	}
	next := j + 2
	switch t := &toks[j]; {
	case t.kind == tokOpaque && t.prot == spanPath:
		// "-kt" reads as a flag: a mark and two or three letters.
		if n := len(t.norm); n < 3 || n > 4 || strings.IndexByte("-~/", t.norm[0]) < 0 || !lettersOnly(t.norm[1:]) {
			return false
		}
		next = j + 1
	case t.kind == tokPunct && j+1 < len(toks) && toks[j+1].kind == tokWord && toks[j+1].start == t.end:
		switch t.norm {
		case "^", "*", "-", "/", "~", "–", "—":
		default:
			return false
		}
		if n := len(toks[j+1].norm); n < 2 || n > 3 {
			return false
		}
	default:
		return false
	}
	for k := next; k < len(toks); k++ {
		if toks[k].kind == tokWord {
			return false
		}
	}
	return true
}

// sentenceEnd reports whether the match ending before j ends its sentence.
func sentenceEnd(toks []token, j int) bool {
	if j > 0 && toks[j-1].sentence {
		return true
	}
	for j < len(toks) && transparent(&toks[j]) && !toks[j].sentence {
		j++
	}
	return j >= len(toks) || toks[j].sentence
}

// condAfter reports whether any phrase of c precedes index i, or precedes
// the intensifiers just before i ("that's really impossible" is after
// "that's"), or the adverbs when c steps over them (cond.adv).
func condAfter(c *cond, toks []token, i int, text string) bool {
	for n := 0; n <= maxIntensSkips; n++ {
		if n > 0 && (i-n < 0 || !(toks[i-n].intens || c.adv && toks[i-n].adv)) {
			return false
		}
		if condAfterAt(c, toks, i-n, text) {
			return true
		}
	}
	return false
}

func condAfterAt(c *cond, toks []token, i int, text string) bool {
	if c.boundary && clauseStart(toks, i) {
		return true
	}
	// Only a phrase whose last word is the token before i can end there.
	if i > 0 && i <= len(toks) && c.last.mayHold(&toks[i-1]) {
		for _, si := range c.byLast[toks[i-1].norm] {
			if matchEndingAt(c.seqs[si], toks, i, text) {
				return true
			}
		}
	}
	for _, si := range c.otherLast {
		if matchEndingAt(c.seqs[si], toks, i, text) {
			return true
		}
	}
	return false
}

// condBefore reports whether any phrase of c follows the match ending at
// j, or follows the intensifiers (or, when c steps over them, adverbs)
// just after it.
func condBefore(c *cond, toks []token, j int, text string) bool {
	for n := 0; n <= maxIntensSkips; n++ {
		if n > 0 && (j+n-1 >= len(toks) || !(toks[j+n-1].intens || c.adv && toks[j+n-1].adv)) {
			return false
		}
		if condBeforeAt(c, toks, j+n, text) {
			return true
		}
	}
	return false
}

func condBeforeAt(c *cond, toks []token, j int, text string) bool {
	if c.boundary && clauseEnd(toks, j) {
		return true
	}
	if c.sentenceEnd && sentenceEnd(toks, j) {
		return true
	}
	if j > 0 && toks[j-1].sentence {
		return false // the match ends its line
	}
	// Only a phrase whose first word is the token at j can start there.
	if j < len(toks) && c.mayStart(&toks[j]) {
		for _, si := range c.byFirst[toks[j].norm] {
			if _, ok := matchAt(c.seqs[si], toks, j, text); ok {
				return true
			}
		}
	}
	for _, si := range c.other {
		if _, ok := matchAt(c.seqs[si], toks, j, text); ok {
			return true
		}
	}
	return false
}

// maxSentenceReach caps how far a sentence-wide condition looks on each
// side of a match, so that a message of one endless sentence costs linear
// time rather than quadratic.
const maxSentenceReach = 64

// sentenceBounds returns [start, end) token indexes of the sentence holding
// tokens [i, j), reaching at most maxSentenceReach tokens either side.
func sentenceBounds(toks []token, i, j int) (int, int) {
	start := i
	for start > 0 && !toks[start-1].sentence && i-start < maxSentenceReach {
		start--
	}
	end := j
	if j > 0 && toks[j-1].sentence {
		return start, j
	}
	for end < len(toks) && !toks[end].sentence && end-j < maxSentenceReach {
		end++
	}
	if end < len(toks) {
		end++ // include the sentence mark
	}
	return start, end
}

// condIn reports whether any phrase of c starts in [from, to) and ends by to,
// skipping the range [skipFrom, skipTo).
func condIn(c *cond, toks []token, from, to, skipFrom, skipTo int, text string) bool {
	for k := from; k < to; k++ {
		if k >= skipFrom && k < skipTo {
			continue
		}
		// A phrase starting before the skipped span must end before it.
		limit := to
		if k < skipFrom {
			limit = min(to, skipFrom)
		}
		if phraseStartsAt(c, toks, k, limit, text) {
			return true
		}
	}
	return false
}

// phraseStartsAt reports whether a phrase of c matches from token k,
// ending at or before limit.
func phraseStartsAt(c *cond, toks []token, k, limit int, text string) bool {
	if c.mayStart(&toks[k]) {
		for _, si := range c.byFirst[toks[k].norm] {
			if end, ok := matchAt(c.seqs[si], toks, k, text); ok && end <= limit {
				return true
			}
		}
	}
	for _, si := range c.other {
		if end, ok := matchAt(c.seqs[si], toks, k, text); ok && end <= limit {
			return true
		}
	}
	return false
}

// condOverlaps reports whether a phrase of c matches, within [from, to),
// tokens that overlap [i, end): an antipattern covering the match.
func condOverlaps(c *cond, toks []token, from, to, i, end int, text string) bool {
	for k := from; k < end && k < to; k++ {
		try := func(si int) bool {
			e, ok := matchAt(c.seqs[si], toks, k, text)
			return ok && e <= to && e > i
		}
		if c.mayStart(&toks[k]) {
			for _, si := range c.byFirst[toks[k].norm] {
				if try(si) {
					return true
				}
			}
		}
		for _, si := range c.other {
			if try(si) {
				return true
			}
		}
	}
	return false
}
