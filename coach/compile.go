package coach

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// elem is one compiled pattern element.
type elem struct {
	// The fields matchElem reads to turn a token away come first, so that
	// rejecting one (most tokens, by mask) touches one cache line.
	any   bool // _ : any word
	num   bool // # : a number
	orNum bool // "#|two|three": a number or one of the words
	punct bool // words are punctuation
	// masked is set when mask holds every w of words or set: a token it
	// lacks is none of them.
	masked bool
	// shape is a word-shape class (%caps, %stretched, …); 0 if none.
	shape shape
	mask  hashMask
	words []string            // literal alternatives
	set   map[string]struct{} // @list
	suf   string              // *ing : any word ending so
	exact []bool              // words[i] is compared with the original text
	opt   bool
	// end is a context phrase's last "$": the words before it end a clause
	// ("try that $"). It matches no token.
	end bool
	// adv is set on a pattern's later elements when its rule steps over
	// adverbs (phrase step_adverbs): an adverb of emphasis or hedging
	// (token.adv) may stand just before the element.
	adv bool
	// gap is a bounded gap <min-max …>: gapMin to gapMax tokens within the
	// sentence, each of gapOnly when set, none of gapNot when set.
	gap             bool
	gapMin, gapMax  int
	gapOnly, gapNot map[string]struct{}
	// gapMask holds the words of gapOnly or gapNot: a token it lacks is
	// in neither, without a map look-up.
	gapMask hashMask
	// acronyms are the capitals that %caps does not count as shouting.
	acronyms map[string]struct{}
}

// setMask fills e.mask from its words or set. Exact-case words are
// compared with the original text, not the token's normalised form, so
// an element that holds one is not masked.
func (e *elem) setMask() {
	if e.punct || slices.Contains(e.exact, true) || len(e.words) == 0 && e.set == nil {
		return
	}
	e.masked = true
	for _, w := range e.words {
		e.mask.add(w)
	}
	for w := range e.set {
		e.mask.add(w)
	}
}

// mayBe reports whether t can be one of e's words, by e.mask.
func (e *elem) mayBe(t *token) bool { return !e.masked || e.mask.mayHold(t) }

// hashMask is a set of words kept as one bit per 8-bit wordHash: a token
// whose bit is clear is none of them, one whose bit is set may be one.
type hashMask [4]uint64

func (m *hashMask) add(w string) {
	h := wordHash(w)
	m[h>>6] |= 1 << (h & 63)
}

func (m *hashMask) mayHold(t *token) bool { return m[t.h>>6]&(1<<(t.h&63)) != 0 }

// wideMask is a hashMask over 16 bits of the hash, for sets of thousands
// of words (the first words of every rule), where 256 bits would all be
// set: a token whose bit is clear is in none of them, and costs no map
// look-up.
type wideMask [1 << 10]uint64

func (m *wideMask) add(w string) {
	h := wideHash(w)
	m[h>>6] |= 1 << (h & 63)
}

func (m *wideMask) mayHold(t *token) bool { return m[t.h16>>6]&(1<<(t.h16&63)) != 0 }

// seq is a pattern with optional elements expanded away.
type seq []elem

// cond is a compiled list of context phrases; boundary is set when the list
// holds "^" or "$".
type cond struct {
	seqs     []seq
	boundary bool
	// sentenceEnd is "$.": the match ends its sentence.
	sentenceEnd bool
	// byFirst indexes seqs by the lower-case first word, for scanning a
	// sentence or message; other holds seqs that start with a list,
	// suffix, number or exact-case word.
	byFirst map[string][]int
	other   []int
	// first holds every key of byFirst: a token it lacks starts none of
	// them.
	first hashMask
	// byLast and otherLast are the same for the word a phrase ends with,
	// for a phrase that must end just before a match (not_after); last
	// holds every key of byLast.
	byLast    map[string][]int
	otherLast []int
	last      hashMask
	// work is the most that trying the phrases at one token can cost
	// (see maxMatchWork): the largest byFirst list's plus other's; total
	// is what trying every phrase costs.
	work, total int
	// adv is set on a step_adverbs rule's conditions next to its match: an
	// adverb of emphasis or hedging may stand between them and the match,
	// as an intensifier may.
	adv bool
}

// seqWork is what trying s at one token can cost: its elements times the
// placements of its gaps.
func seqWork(s seq) int { return len(s) * gapWays(s) }

// mayStart reports whether t may be the first word of one of byFirst's
// phrases.
func (c *cond) mayStart(t *token) bool { return c.first.mayHold(t) }

// index builds byFirst and other, byLast and otherLast.
func (c *cond) index() {
	c.byFirst, c.other = map[string][]int{}, nil
	c.byLast, c.otherLast = map[string][]int{}, nil
	for i, s := range c.seqs {
		c.other = indexElem(c.byFirst, c.other, &s[0], i)
		k := len(s) - 1
		if k > 0 && s[k].end {
			k-- // "try that $": the phrase's last word is before the mark
		}
		c.otherLast = indexElem(c.byLast, c.otherLast, &s[k], i)
	}
	c.first, c.last = hashMask{}, hashMask{}
	for w := range c.byLast {
		c.last.add(w)
	}
	most := 0
	for w, list := range c.byFirst {
		c.first.add(w)
		n := 0
		for _, i := range list {
			n += seqWork(c.seqs[i])
		}
		most = max(most, n)
	}
	c.work = most
	for _, i := range c.other {
		c.work += seqWork(c.seqs[i])
	}
	c.total = 0
	for _, s := range c.seqs {
		c.total += seqWork(s)
	}
}

// indexElem lists phrase i under each word element e can match, or in
// other when e is not a plain word or list (a suffix, number, shape, gap,
// exact-case word or "$").
func indexElem(by map[string][]int, other []int, e *elem, i int) []int {
	switch {
	case e.set != nil && !e.orNum:
		for w := range e.set {
			by[w] = append(by[w], i)
		}
	case e.set != nil || e.suf != "" || e.any || e.num || e.orNum || e.shape != 0 || e.gap || e.end || slices.Contains(e.exact, true):
		return append(other, i)
	default:
		for _, w := range e.words {
			if l := by[w]; len(l) == 0 || l[len(l)-1] != i {
				by[w] = append(l, i)
			}
		}
	}
	return other
}

func (c *cond) empty() bool { return len(c.seqs) == 0 && !c.boundary && !c.sentenceEnd }

type ruleKind uint8

const (
	kindPhrase ruleKind = iota + 1
	kindGlossary
	kindSignal
)

// compiledRule is a rule ready for the message path.
type compiledRule struct {
	id         string
	category   Category
	message    string
	suggestion string
	source     Article
	kind       ruleKind
	rewrite    rewriteSpec

	caseSensitive bool
	// conds are a phrase rule's context conditions, every one of which must
	// hold; message-scope ones come first (their verdict is memoised per
	// message), then the cheap ones next to the match.
	conds                   []condition
	hasMessageConds         bool
	skipIfQuoted            bool
	inQuotes                bool
	quoteNotAfter           cond
	requester, notRequester cond
	colleagueRequest        cond
	notColleague            cond
	explainedBefore         cond
	internal                cond
	internalOpening         cond
	requesterOnly           bool
	extendSentence          bool
	explained               cond
	detector                string
	phrases                 cond
	terms                   []*termInfo
}

// termInfo is one glossary term.
type termInfo struct {
	rule       *compiledRule
	gloss      string
	message    string
	suggestion string
	// display is the term as the message and suggestion name it: the first
	// of its alternatives ("swap partition" for "swap|efi|… partition").
	display string
	idx     int // position in the analyser's term table
	// otherSense and sense are the term's other_sense and sense phrases.
	otherSense, sense cond
}

// inOtherSense reports whether the message uses the term's word in an
// everyday sense: one of its other_sense phrases is there and none of its
// sense phrases.
func (ti *termInfo) inOtherSense(toks []token, text string) bool {
	if len(ti.otherSense.seqs) == 0 || !condIn(&ti.otherSense, toks, 0, len(toks), -1, -1, text) {
		return false
	}
	return !condIn(&ti.sense, toks, 0, len(toks), -1, -1, text)
}

// entry is what the index holds for a first token.
type entry struct {
	rule *compiledRule
	seq  seq
	term *termInfo
	// keyed is set when seq's first element is plain words compared in
	// any case: the index key that found the entry is one of them, so a
	// word token under that key needs no second look.
	keyed bool
}

// plainWords reports whether e matches a word token exactly when the
// token's normalised form is one of its words.
func plainWords(e *elem) bool {
	return len(e.words) > 0 && e.set == nil && e.suf == "" && !e.any && !e.num && !e.orNum && !e.punct &&
		e.shape == 0 && !e.gap && !slices.Contains(e.exact, true)
}

// Bounds on compiling. Optional words double a pattern's sequences, so
// without a cap a short line of a user's rule file could take minutes and
// gigabytes to load. With them, compiling any rule file is short.
const (
	// maxGapWays caps the product of a pattern's gap widths: matching
	// tries every placement of its gaps, so "<0-8> <0-8> <0-8> …" would
	// take exponential time. The built-in patterns need at most 16.
	maxGapWays        = 81
	maxSeqsPerPattern = 1 << 10
	maxSeqsPerRule    = 1 << 12
	// maxWorkPerFile caps, per rule file, the compiled pattern elements
	// plus the list words copied into mixed alternatives ("@a|@b|word").
	maxWorkPerFile = 1 << 19
	// maxWorkTotal caps the same over every file loaded, so a folder of
	// files each under the cap cannot add up to gigabytes.
	maxWorkTotal = 1 << 21
)

// compiler turns specs into rules; lists are shared by all files.
type compiler struct {
	lists map[string]map[string]struct{}
	// ruleSeqs and fileWork count what the current rule and file cost.
	ruleSeqs, fileWork, totalWork int
	tz                            tokenizer
	// strict makes a word that can never match an error (user files);
	// otherwise it is noted in deadWords (built-in files, whose owners fix
	// them; a test pins the list).
	strict    bool
	deadWords []string
	// shapes has bit 1<<shape set for each shape that starts a match.
	shapes uint16
	// acronyms is filled once every file is compiled; %caps elements share it.
	acronyms map[string]struct{}
}

// dead handles a pattern word that the tokenizer would split, so that it
// can never match.
func (cp *compiler) dead(p, w string) error {
	if cp.strict {
		return fmt.Errorf("pattern %q: %q is not one word or mark as messages are split, so it can never match", p, w)
	}
	cp.deadWords = append(cp.deadWords, w)
	return nil
}

// startFile and startRule reset the compile budgets.
func (cp *compiler) startFile() { cp.totalWork += cp.fileWork; cp.fileWork = 0 }

// overWork reports whether the file or all files so far cost too much.
func (cp *compiler) overWork() bool {
	return cp.fileWork > maxWorkPerFile || cp.totalWork+cp.fileWork > maxWorkTotal
}
func (cp *compiler) startRule() { cp.ruleSeqs = 0 }

// charge takes n sequences of elems elements each from the budgets.
func (cp *compiler) charge(p string, n, elems int) error {
	if n > maxSeqsPerPattern {
		return fmt.Errorf("pattern %q expands to more than %d sequences; use fewer optional words or split it", p, maxSeqsPerPattern)
	}
	cp.ruleSeqs += n
	if cp.ruleSeqs > maxSeqsPerRule {
		return fmt.Errorf("the rule's patterns expand to more than %d sequences; split the rule", maxSeqsPerRule)
	}
	cp.fileWork += n * max(elems, 1)
	if cp.overWork() {
		return fmt.Errorf("the patterns expand beyond %d elements in this file or %d in all files", maxWorkPerFile, maxWorkTotal)
	}
	return nil
}

// gapWays returns the number of ways the gaps of elems can be placed: the
// product of their widths (1 without gaps), at most maxGapWays+1.
func gapWays(elems []elem) int {
	ways := 1
	for k := range elems {
		if elems[k].gap {
			if ways *= elems[k].gapMax - elems[k].gapMin + 1; ways > maxGapWays {
				return maxGapWays + 1
			}
		}
	}
	return ways
}

// singleToken reports whether w reads as exactly one token of the kind an
// element compares it with: a pattern word that the tokenizer would split
// ("hello," or "a/b") can never match.
func (cp *compiler) singleToken(w string, punct bool) bool {
	toks := cp.tz.tokenize(w)
	if len(toks) != 1 || toks[0].start != 0 || toks[0].end != len(w) {
		return false
	}
	switch toks[0].kind {
	case tokPunct:
		return punct
	case tokWord, tokNumber:
		return !punct
	case tokOpaque:
		return !punct && toks[0].prot == spanEmoji
	}
	return false
}

func (cp *compiler) pattern(p string, caseSensitive, allowBoundary bool) ([]seq, bool, error) {
	phrases, err := expandGroups(p)
	if err != nil {
		return nil, false, err
	}
	if cp.strict {
		// A user's file: the "|" slip reads as a phrase but matches
		// neither; say how to write what was meant.
		if alt, w, ok := alternationSlip(p); ok {
			return nil, false, fmt.Errorf("pattern %q: the alternatives %q stand next to %q, one of their own words: \"|\" joins single words, so this matches neither phrase; for alternative phrases write a group such as \"(it is|that is)\"", p, alt, w)
		}
	}
	if len(phrases) == 1 {
		return cp.phrase(p, caseSensitive, allowBoundary)
	}
	var out []seq
	bare := false
	for _, ph := range phrases {
		s, b, err := cp.phrase(ph, caseSensitive, allowBoundary)
		if err != nil {
			return nil, false, fmt.Errorf("%w (in %q)", err, p)
		}
		out = append(out, s...)
		bare = bare || b
	}
	return out, bare, nil
}

// phrase compiles a pattern without groups.
func (cp *compiler) phrase(p string, caseSensitive, allowBoundary bool) ([]seq, bool, error) {
	fields, err := splitPattern(p)
	if err != nil {
		return nil, false, err
	}
	if caseSensitive {
		return cp.patternFields(p, fields, caseSensitive, allowBoundary)
	}
	// Contractions also match spelled out ("it's" and "it is").
	var out []seq
	bare := false
	for _, v := range spelledVariants(fields) {
		s, b, err := cp.patternFields(p, v, caseSensitive, allowBoundary)
		if err != nil {
			return nil, false, err
		}
		out = append(out, s...)
		bare = bare || b
	}
	return out, bare, nil
}

// patternFields compiles a pattern's fields (pattern, after splitPattern).
func (cp *compiler) patternFields(p string, fields []string, caseSensitive, allowBoundary bool) ([]seq, bool, error) {
	if len(fields) == 0 {
		return nil, false, errors.New("empty pattern")
	}
	if len(fields) == 1 && (fields[0] == "^" || fields[0] == "$" || fields[0] == "$.") {
		if !allowBoundary {
			return nil, false, fmt.Errorf("pattern %q: ^, $ and $. only work in after/before", p)
		}
		return nil, true, nil
	}
	// A phrase may end in "$": its words must close a clause. This holds
	// for every kind of phrase (an except or a then as much as a before);
	// only a bare "^", "$" or "$." needs a side of the match to stand on.
	endsClause := len(fields) > 1 && fields[len(fields)-1] == "$"
	if endsClause {
		fields = fields[:len(fields)-1]
	}
	var elems []elem
	for _, f := range fields {
		var e elem
		if strings.Contains(f, "|") {
			// "^" and "$" are the clause's edges only as a whole phrase;
			// inside an alternation they would be read as the characters.
			for _, alt := range strings.Split(strings.TrimSuffix(f, "?"), "|") {
				if alt == "^" || alt == "$" || alt == "$." {
					return nil, false, fmt.Errorf("pattern %q: %s inside an alternation (%s) is read as the character, not the clause's edge; write %s as a phrase of its own in the list", p, alt, f, alt)
				}
			}
		}
		if len(f) > 1 && strings.HasSuffix(f, "?") && (strings.Trim(f, "?!.|") != "" || len(f) == 2 && f[0] != '?' && f[0] != '!') {
			e.opt = true
			f = strings.TrimSuffix(f, "?")
		}
		switch {
		case strings.HasPrefix(f, "<"):
			if e.opt {
				return nil, false, fmt.Errorf("pattern %q: a gap %s is optional already; write its minimum as 0", p, f)
			}
			if err := cp.gap(&e, f); err != nil {
				return nil, false, fmt.Errorf("pattern %q: %w", p, err)
			}
		case strings.HasPrefix(f, "%") && len(f) > 1:
			sh, ok := shapeNames[f[1:]]
			if !ok {
				return nil, false, fmt.Errorf("pattern %q: unknown word shape %s (known: %s)", p, f, shapeList())
			}
			e.shape = sh
			e.acronyms = cp.acronyms
		case f == "_":
			e.any = true
		case strings.HasPrefix(f, "*") && len(f) > 1 && hasLetter(f):
			e.suf = strings.ToLower(f[1:])
		case f == "#":
			e.num = true
		case strings.Contains("|"+f, "|@") || strings.Contains("|"+f, "|~"):
			// Lists, word families and words mixed: "@mishap|spilled",
			// "~apologise|~apology|sorry".
			e.set = map[string]struct{}{}
			for _, alt := range strings.Split(f, "|") {
				if alt == "#" {
					e.orNum = true
				} else if strings.HasPrefix(alt, "~") {
					if len(alt) < 2 || !cp.singleToken(alt[1:], false) {
						return nil, false, fmt.Errorf("pattern %q: %q needs a word after ~", p, alt)
					}
					for _, w := range inflections(patternWord(alt[1:])) {
						e.set[w] = struct{}{}
					}
				} else if strings.HasPrefix(alt, "@") {
					set, ok := cp.lists[alt[1:]]
					if !ok {
						return nil, false, fmt.Errorf("pattern %q: unknown list %s", p, alt)
					}
					if cp.fileWork += len(set); cp.overWork() {
						return nil, false, fmt.Errorf("pattern %q: lists copied into alternatives exceed %d words in this file or %d in all files", p, maxWorkPerFile, maxWorkTotal)
					}
					for w := range set {
						e.set[w] = struct{}{}
					}
				} else if alt == "" {
					return nil, false, fmt.Errorf("pattern %q: empty alternative", p)
				} else {
					if !cp.singleToken(alt, false) {
						if err := cp.dead(p, alt); err != nil {
							return nil, false, err
						}
					}
					e.set[patternWord(alt)] = struct{}{}
				}
			}
		case !hasLetter(f) && !hasDigit(f):
			e.punct = true
			for _, w := range strings.Split(f, "|") {
				if w == "" {
					return nil, false, fmt.Errorf("pattern %q: empty alternative", p)
				}
				if !cp.singleToken(w, true) {
					if err := cp.dead(p, w); err != nil {
						return nil, false, err
					}
				}
				e.words = append(e.words, w)
				e.exact = append(e.exact, false)
			}
		default:
			for _, w := range strings.Split(f, "|") {
				if w == "" {
					return nil, false, fmt.Errorf("pattern %q: empty alternative", p)
				}
				if w == "#" {
					e.orNum = true
					continue
				}
				if !cp.singleToken(w, false) {
					if err := cp.dead(p, w); err != nil {
						return nil, false, err
					}
				}
				if caseSensitive {
					w = strings.ReplaceAll(w, "’", "'")
				} else {
					w = patternWord(w)
				}
				e.words = append(e.words, w)
				e.exact = append(e.exact, isCaseSensitiveWord(w))
			}
		}
		// Many plain alternatives are looked up, not compared one by one.
		if len(e.words) > 6 && !e.punct && !e.orNum && !slices.Contains(e.exact, true) {
			e.set = make(map[string]struct{}, len(e.words))
			for _, w := range e.words {
				e.set[w] = struct{}{}
			}
			e.words, e.exact = nil, nil
		}
		e.setMask()
		elems = append(elems, e)
	}
	n := 1
	for _, e := range elems {
		if e.opt {
			if n *= 2; n > maxSeqsPerPattern {
				break
			}
		}
	}
	if err := cp.charge(p, n, len(elems)); err != nil {
		return nil, false, err
	}
	if ways := gapWays(elems); ways > maxGapWays {
		return nil, false, fmt.Errorf("pattern %q: its gaps can be placed in more than %d ways; use fewer or narrower gaps", p, maxGapWays)
	}
	// Expand optional elements.
	out := []seq{nil}
	for _, e := range elems {
		opt := e.opt
		e.opt = false
		var next []seq
		for _, s := range out {
			with := append(append(seq{}, s...), e)
			next = append(next, with)
			if opt {
				next = append(next, s)
			}
		}
		out = next
	}
	var nonEmpty []seq
	bare := false
	for _, s := range out {
		if len(s) == 0 {
			// "soda? $" without its optional word is a clause end alone.
			bare = bare || endsClause
			continue
		}
		if s[0].gap || s[len(s)-1].gap {
			return nil, false, fmt.Errorf("pattern %q: a gap must sit between two words", p)
		}
		if endsClause {
			s = append(s, elem{end: true})
		}
		nonEmpty = append(nonEmpty, s)
	}
	if len(nonEmpty) == 0 && !bare {
		return nil, false, fmt.Errorf("pattern %q matches nothing", p)
	}
	return nonEmpty, bare, nil
}

func (cp *compiler) cond(list []string, caseSensitive, allowBoundary bool) (cond, error) {
	var c cond
	for _, p := range list {
		seqs, b, err := cp.pattern(p, caseSensitive, allowBoundary)
		if err != nil {
			return c, err
		}
		if strings.TrimSpace(p) == "$." {
			c.sentenceEnd = true
			continue
		}
		c.boundary = c.boundary || b
		c.seqs = append(c.seqs, seqs...)
	}
	c.index()
	return c, nil
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func hasDigit(s string) bool {
	for _, r := range s {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// compile builds the rule and its index entries.
func (cp *compiler) compile(r *ruleSpec) (*compiledRule, []entry, error) {
	art, _ := ArticleByID(r.Source)
	cr := &compiledRule{
		id: r.ID, category: r.Category, message: strings.TrimSpace(r.Message),
		suggestion: strings.TrimSpace(r.Suggestion), source: art, rewrite: r.Rewrite,
	}
	switch r.Rewrite.Safe {
	case "", safeAlways, safeAlone, safeNever:
	default:
		return nil, nil, fmt.Errorf("rewrite: safe must be always, alone or never, not %q", r.Rewrite.Safe)
	}
	var entries []entry
	var err error
	switch {
	case r.Phrase != nil:
		p := r.Phrase
		cr.kind = kindPhrase
		cr.caseSensitive = p.CaseSensitive
		cr.requesterOnly = p.RequesterOnly
		cr.extendSentence = p.Extend == "sentence"
		cr.skipIfQuoted = p.SkipIfQuoted
		cr.inQuotes = p.InQuotes
		if cr.quoteNotAfter, err = cp.cond(p.QuoteNotAfter, false, false); err != nil {
			return nil, nil, fmt.Errorf("quote_not_after: %w", err)
		}
		if cr.conds, err = cp.conditions(p); err != nil {
			return nil, nil, err
		}
		cr.hasMessageConds = len(cr.conds) > 0 && cr.conds[0].scope == scopeMessage
		if p.StepAdverbs {
			for k := range cr.conds {
				cr.conds[k].phrases.adv = true
			}
		}
		for _, m := range p.Match {
			seqs, _, err := cp.pattern(m, p.CaseSensitive, false)
			if err != nil {
				return nil, nil, fmt.Errorf("match: %w", err)
			}
			for _, s := range seqs {
				if s[0].any || s[0].num || s[0].suf != "" {
					return nil, nil, fmt.Errorf("match %q: must start with a word", m)
				}
				if p.StepAdverbs {
					s = slices.Clone(s)
					for k := 1; k < len(s); k++ {
						s[k].adv = true
					}
				}
				if s[0].shape != 0 {
					cp.shapes |= 1 << s[0].shape
				}
				entries = append(entries, entry{rule: cr, seq: s, keyed: plainWords(&s[0])})
			}
		}
	case r.Glossary != nil:
		cr.kind = kindGlossary
		if cr.explained, err = cp.cond(r.Glossary.Explained, false, false); err != nil {
			return nil, nil, fmt.Errorf("explained: %w", err)
		}
		if cr.internal, err = cp.cond(r.Glossary.Internal, false, false); err != nil {
			return nil, nil, fmt.Errorf("internal: %w", err)
		}
		if cr.internalOpening, err = cp.cond(r.Glossary.InternalOpening, false, false); err != nil {
			return nil, nil, fmt.Errorf("internal_opening: %w", err)
		}
		if cr.explainedBefore, err = cp.cond(r.Glossary.ExplainedBefore, false, false); err != nil {
			return nil, nil, fmt.Errorf("explained_before: %w", err)
		}
		if cr.requester, err = cp.cond(r.Glossary.Requester, false, false); err != nil {
			return nil, nil, fmt.Errorf("requester: %w", err)
		}
		if cr.notRequester, err = cp.cond(r.Glossary.NotRequester, false, false); err != nil {
			return nil, nil, fmt.Errorf("not_requester: %w", err)
		}
		if cr.notColleague, err = cp.cond(r.Glossary.NotColleague, false, false); err != nil {
			return nil, nil, fmt.Errorf("not_colleague: %w", err)
		}
		if cr.colleagueRequest, err = cp.cond(r.Glossary.ColleagueRequest, false, false); err != nil {
			return nil, nil, fmt.Errorf("colleague_request: %w", err)
		}
		sugg := cr.suggestion
		if sugg == "" {
			sugg = `Say what {term} means the first time you use it, e.g. "{term} ({gloss})".`
		}
		seen := map[string]bool{}
		for _, t := range r.Glossary.Terms {
			if strings.TrimSpace(t.Term) == "" || strings.TrimSpace(t.Gloss) == "" {
				return nil, nil, fmt.Errorf("glossary term %q: term and gloss are required", t.Term)
			}
			if seen[t.Term] {
				return nil, nil, fmt.Errorf("glossary term %q listed twice", t.Term)
			}
			seen[t.Term] = true
			cs := strings.ToLower(t.Term) != t.Term
			seqs, _, err := cp.pattern(t.Term, cs, false)
			if err != nil {
				return nil, nil, fmt.Errorf("glossary term %q: %w", t.Term, err)
			}
			variants := termVariants(t.Term, r.Glossary.AmbiguousLowercase)
			variants = append(variants, termForms(append([]string{t.Term}, variants...), r.Glossary.AmbiguousLowercase)...)
			for _, variant := range variants {
				more, _, err := cp.pattern(variant, true, false)
				if err != nil {
					return nil, nil, fmt.Errorf("glossary term %q: %w", t.Term, err)
				}
				seqs = append(seqs, more...)
			}
			display := strings.Split(strings.Fields(t.Term)[0], "|")[0]
			if len(strings.Fields(t.Term)) > 1 {
				var parts []string
				for _, f := range strings.Fields(strings.ReplaceAll(t.Term, "?", "")) {
					parts = append(parts, strings.Split(f, "|")[0])
				}
				display = strings.Join(parts, " ")
			}
			ti := &termInfo{rule: cr, gloss: strings.TrimSpace(t.Gloss), display: display}
			if ti.otherSense, err = cp.cond(t.OtherSense, false, false); err != nil {
				return nil, nil, fmt.Errorf("glossary term %q: other_sense: %w", t.Term, err)
			}
			if ti.sense, err = cp.cond(t.Sense, false, false); err != nil {
				return nil, nil, fmt.Errorf("glossary term %q: sense: %w", t.Term, err)
			}
			rep := strings.NewReplacer("{term}", display, "{gloss}", ti.gloss)
			ti.message = rep.Replace(cr.message)
			ti.suggestion = rep.Replace(sugg)
			cr.terms = append(cr.terms, ti)
			for _, s := range seqs {
				entries = append(entries, entry{rule: cr, seq: s, term: ti, keyed: plainWords(&s[0])})
			}
			// Remember case-sensitivity per term through the sequence words.
			_ = cs
		}
		cr.caseSensitive = false
	case r.Signal != nil:
		cr.kind = kindSignal
		cr.detector = r.Signal.Detector
		cr.requesterOnly = r.Signal.RequesterOnly
		if cr.phrases, err = cp.cond(r.Signal.Phrases, false, false); err != nil {
			return nil, nil, fmt.Errorf("phrases: %w", err)
		}
	}
	return cr, entries, nil
}

// numberKey indexes sequences that may start with any number.
const numberKey = "#"

// firstKeys returns the index keys of a sequence's first element.
func firstKeys(s seq) []string {
	e := s[0]
	if e.shape != 0 {
		return []string{shapeKey(e.shape)}
	}
	if e.set != nil {
		keys := make([]string, 0, len(e.set)+1)
		if e.orNum {
			keys = append(keys, numberKey)
		}
		for w := range e.set {
			keys = append(keys, w)
		}
		return keys
	}
	keys := make([]string, 0, len(e.words)+1)
	for _, w := range e.words {
		keys = append(keys, strings.ToLower(w))
	}
	if e.orNum {
		keys = append(keys, numberKey)
	}
	return keys
}

// isCaseSensitiveWord reports whether a compiled literal must be compared
// with the original text: it holds an upper-case letter.
func isCaseSensitiveWord(w string) bool {
	for i := 0; i < len(w); {
		r, size := utf8.DecodeRuneInString(w[i:])
		if unicode.IsUpper(r) {
			return true
		}
		i += size
	}
	return false
}

// termVariants returns extra spellings of a glossary term: lower case unless
// that is an ordinary word, and the plural of an acronym.
func termVariants(term string, ambiguous []string) []string {
	var out []string
	lower := strings.ToLower(term)
	if lower != term {
		amb := false
		for _, a := range ambiguous {
			// "IDS|IPS" is ambiguous when one of its words is: in lower
			// case they are the plural of "ID" and a brand.
			for _, alt := range strings.Split(lower, "|") {
				if strings.ToLower(a) == alt && !strings.Contains(term, " ") {
					amb = true
				}
			}
			if strings.ToLower(a) == lower {
				amb = true
			}
		}
		if !amb {
			out = append(out, lower)
		}
		if !strings.ContainsAny(term, " |?") && strings.ToUpper(term) == term && len(term) >= 2 {
			out = append(out, term+"s")
			if !amb {
				out = append(out, lower+"s")
			}
		}
	}
	return out
}

// maxGap is the widest gap a pattern may hold.
const maxGap = 8

// splitPattern splits a pattern into elements at spaces, keeping a gap
// "<0-3 !not|these>" whole.
func splitPattern(p string) ([]string, error) {
	var out []string
	for rest := strings.TrimSpace(p); rest != ""; rest = strings.TrimSpace(rest) {
		if rest[0] == '<' {
			end := strings.IndexByte(rest, '>')
			if end < 0 {
				return nil, fmt.Errorf("pattern %q: a gap opened with < has no >", p)
			}
			f := rest[:end+1]
			rest = rest[end+1:]
			if strings.HasPrefix(rest, "?") {
				f += "?"
				rest = rest[1:]
			}
			out = append(out, f)
			continue
		}
		end := strings.IndexAny(rest, " \t\n")
		if end < 0 {
			end = len(rest)
		}
		out = append(out, rest[:end])
		rest = rest[end:]
	}
	return out, nil
}

// maxGroupWays caps the phrases a pattern's groups expand to.
const maxGroupWays = 64

// expandGroups writes out a pattern's groups: "(you're|you are) kidding"
// is the phrases "you're kidding" and "you are kidding", and a group marked
// optional, "(at all)?", may also be left out. Inside a group "|" separates
// phrases, not single words. A "(" or ")" standing alone, or a field such
// as ":)", is punctuation; groups do not nest. A pattern without groups is
// returned as it is.
func expandGroups(p string) ([]string, error) {
	fields, err := splitPattern(p)
	if err != nil {
		return nil, err
	}
	if !slices.ContainsFunc(fields, opensGroup) {
		return []string{p}, nil
	}
	out := []string{""}
	for k := 0; k < len(fields); k++ {
		f := fields[k]
		if !opensGroup(f) {
			for i := range out {
				out[i] += " " + f
			}
			continue
		}
		// Collect the group's fields up to the one that closes it.
		var body []string
		optional := false
		f = f[1:]
		for {
			if opensGroup(f) {
				return nil, fmt.Errorf("pattern %q: groups cannot nest", p)
			}
			closed := false
			if strings.HasSuffix(f, ")?") {
				f, optional, closed = f[:len(f)-2], true, true
			} else if strings.HasSuffix(f, ")") {
				f, closed = f[:len(f)-1], true
			}
			if f != "" {
				body = append(body, f)
			}
			if closed {
				break
			}
			if k++; k == len(fields) {
				return nil, fmt.Errorf("pattern %q: a group opened with ( has no )", p)
			}
			f = fields[k]
		}
		alts, err := groupPhrases(p, body)
		if err != nil {
			return nil, err
		}
		if optional {
			alts = append(alts, "")
		}
		if len(out)*len(alts) > maxGroupWays {
			return nil, fmt.Errorf("pattern %q: its groups make more than %d phrases; split it", p, maxGroupWays)
		}
		next := make([]string, 0, len(out)*len(alts))
		for _, o := range out {
			for _, a := range alts {
				if a == "" {
					next = append(next, o)
				} else {
					next = append(next, o+" "+a)
				}
			}
		}
		out = next
	}
	for i := range out {
		out[i] = strings.TrimSpace(out[i])
	}
	return out, nil
}

// opensGroup reports whether field f opens a group: "(" glued to a word,
// list, family, shape or wildcard. A "(" alone, or before other marks, is
// the punctuation mark.
func opensGroup(f string) bool {
	if len(f) < 2 || f[0] != '(' {
		return false
	}
	c := f[1]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80 || strings.IndexByte("@~%_#*'", c) >= 0
}

// groupPhrases splits a group's fields into its phrases at each "|" outside
// a gap.
func groupPhrases(p string, body []string) ([]string, error) {
	var alts []string
	cur := ""
	for _, f := range body {
		if strings.HasPrefix(f, "<") {
			cur += " " + f
			continue
		}
		parts := strings.Split(f, "|")
		for i, part := range parts {
			if i > 0 {
				alts, cur = append(alts, strings.TrimSpace(cur)), ""
			}
			if part != "" {
				cur += " " + part
			}
		}
	}
	alts = append(alts, strings.TrimSpace(cur))
	for _, a := range alts {
		if a == "" {
			return nil, fmt.Errorf("pattern %q: a group has an empty phrase; mark the group optional with ? instead", p)
		}
	}
	return alts, nil
}

// alternationSlip finds "|" written between two phrases, where it joins
// only the words it touches, so that neither phrase matches as meant:
//   - an alternation next to a plain word that is one of its own
//     alternatives ("it is|that is" reads it (is|that) is);
//   - a contraction and its first word beside the rest of it ("you're|you
//     are" reads (you're|you) are, so "you're" alone never matches);
//   - two subject-and-verb pairs ("i am|we are" reads i (am|we) are).
//
// A group's phrases are checked one by one, as the matcher reads them:
// "(do that|work that way)" is two phrases, not the alternation "that|work".
func alternationSlip(pat string) (alt, word string, ok bool) {
	for _, ph := range phrasesOf(pat) {
		if alt, word, ok := phraseAlternationSlip(ph); ok {
			return alt, word, true
		}
	}
	return "", "", false
}

// phrasesOf returns the phrases a pattern's groups expand to, or the
// pattern itself when it has no group (or a group that does not compile,
// which the compiler reports on its own).
func phrasesOf(pat string) []string {
	if strings.Contains(pat, "(") {
		if phrases, err := expandGroups(pat); err == nil {
			return phrases
		}
	}
	return []string{pat}
}

// phraseAlternationSlip is alternationSlip for one phrase without groups.
func phraseAlternationSlip(pat string) (alt, word string, ok bool) {
	el := strings.Fields(pat)
	for k := 0; k+1 < len(el); k++ {
		if a, w, ok := phraseSlip(el, k); ok {
			return a, w, true
		}
		for _, pair := range [][2]string{{el[k], el[k+1]}, {el[k+1], el[k]}} {
			alt, word := pair[0], pair[1]
			if !strings.Contains(alt, "|") || strings.ContainsAny(alt, "<>()") || strings.ContainsAny(word, "|<>@~%_?()") {
				continue
			}
			for _, a := range strings.Split(strings.TrimSuffix(alt, "?"), "|") {
				if strings.EqualFold(a, word) {
					return alt, word, true
				}
			}
		}
	}
	return "", "", false
}

// slipVerbs are the spelled-out forms of contractions' endings, and other
// auxiliaries that follow a subject.
var slipVerbs = map[string]string{
	"are": "'re", "is": "'s", "am": "'m", "will": "'ll", "have": "'ve", "would": "'d", "had": "'d",
	"was": "", "were": "", "has": "", "do": "", "does": "", "did": "", "can": "", "shall": "",
}

var slipSubjects = map[string]bool{"i": true, "we": true, "you": true, "they": true, "he": true, "she": true, "it": true, "that": true, "there": true, "this": true}

// phraseSlip checks the alternation at el[k] for the contraction and
// subject-verb shapes of alternationSlip.
func phraseSlip(el []string, k int) (alt, word string, ok bool) {
	f := el[k]
	if !strings.Contains(f, "|") || strings.ContainsAny(f, "<>()@~%_?") || k+1 >= len(el) {
		return "", "", false
	}
	next := strings.ToLower(el[k+1])
	end, isVerb := slipVerbs[next]
	if !isVerb {
		return "", "", false
	}
	alts := strings.Split(strings.ToLower(f), "|")
	for _, a := range alts {
		// "you're|you are": the contraction and its subject alone.
		if base, found := strings.CutSuffix(a, end); end != "" && found && base != "" && slices.Contains(alts, base) {
			return f, next, true
		}
	}
	// "i am|we are": a subject before, a verb after, and the alternation
	// holding a verb and a subject.
	if k > 0 && slipSubjects[strings.ToLower(el[k-1])] {
		verb, subj := false, false
		for _, a := range alts {
			_, v := slipVerbs[a]
			verb, subj = verb || v, subj || slipSubjects[a]
		}
		if verb && subj {
			return f, next, true
		}
	}
	return "", "", false
}

// gap parses "<min-max>", "<min-max !words>" (none of these) or
// "<min-max words>" (only these); words are alternatives with | and may name
// lists (@intens) and word families (~sorry).
func (cp *compiler) gap(e *elem, f string) error {
	body := strings.TrimSpace(f[1 : len(f)-1])
	span, words, _ := strings.Cut(body, " ")
	lo, hi, ok := strings.Cut(span, "-")
	if !ok {
		lo, hi = span, span
	}
	min, err1 := strconv.Atoi(lo)
	max, err2 := strconv.Atoi(hi)
	if err1 != nil || err2 != nil || min < 0 || max < min || max > maxGap {
		return fmt.Errorf("gap %s: want <min-max> with 0 <= min <= max <= %d", f, maxGap)
	}
	e.gap, e.gapMin, e.gapMax = true, min, max
	words = strings.TrimSpace(words)
	if words == "" {
		return nil
	}
	not := strings.HasPrefix(words, "!")
	words = strings.TrimPrefix(words, "!")
	set := map[string]struct{}{}
	for _, alt := range strings.Split(words, "|") {
		switch {
		case alt == "":
			return fmt.Errorf("gap %s: empty alternative", f)
		case strings.HasPrefix(alt, "@"):
			list, ok := cp.lists[alt[1:]]
			if !ok {
				return fmt.Errorf("gap %s: unknown list %s", f, alt)
			}
			if cp.fileWork += len(list); cp.overWork() {
				return fmt.Errorf("gap %s: lists copied exceed %d words in this file or %d in all files", f, maxWorkPerFile, maxWorkTotal)
			}
			for w := range list {
				set[w] = struct{}{}
			}
		case strings.HasPrefix(alt, "~"):
			for _, w := range inflections(strings.ToLower(alt[1:])) {
				set[w] = struct{}{}
			}
		default:
			if !cp.singleToken(alt, false) && !cp.singleToken(alt, true) {
				if err := cp.dead(f, alt); err != nil {
					return err
				}
			}
			set[patternWord(alt)] = struct{}{}
		}
	}
	for w := range set {
		e.gapMask.add(w)
	}
	if not {
		e.gapNot = set
	} else {
		e.gapOnly = set
	}
	return nil
}

// condScope is where around a match a condition looks.
type condScope uint8

const (
	scopeMessage    condScope = iota + 1 // anywhere in the message
	scopeJustBefore                      // ending right before the match
	scopeJustAfter                       // starting right after it
	scopeLater                           // later in its sentence
	scopeSentence                        // anywhere else in its sentence
	scopeOverlap                         // covering some of the match, in its sentence
)

var scopeNames = map[string]condScope{
	"message": scopeMessage, "just_before": scopeJustBefore, "just_after": scopeJustAfter,
	"later": scopeLater, "sentence": scopeSentence, "overlap": scopeOverlap,
}

// condition is one context condition of a phrase rule: some phrase of
// phrases at scope (want), or none (!want). relaxThanked/relaxApologized
// lift it when the other person's last message thanked or apologised
// (anywhere_if).
type condition struct {
	scope                         condScope
	want                          bool
	phrases                       cond
	relaxThanked, relaxApologized bool
}

// conditions compiles a phrase rule's conditions, from the shorthand
// fields and from when, in the order they are cheapest to check.
func (cp *compiler) conditions(p *phraseSpec) ([]condition, error) {
	type src struct {
		name     string
		scope    condScope
		want     bool
		phrases  []string
		boundary bool
	}
	srcs := []src{
		{"message_lacks", scopeMessage, false, p.MessageLacks, false},
		{"message_has", scopeMessage, true, p.MessageHas, false},
		{"after", scopeJustBefore, true, p.After, true},
		{"not_after", scopeJustBefore, false, p.NotAfter, true},
		{"before", scopeJustAfter, true, p.Before, true},
		{"not_before", scopeJustAfter, false, p.NotBefore, true},
		{"except", scopeOverlap, false, p.Except, false},
		{"then", scopeLater, true, p.Then, false},
		{"sentence_lacks", scopeSentence, false, p.SentenceLacks, false},
	}
	for k, w := range p.When {
		sc := scopeNames[w.Scope]
		boundary := sc == scopeJustBefore || sc == scopeJustAfter
		name := fmt.Sprintf("when[%d]", k)
		if len(w.Has) > 0 {
			srcs = append(srcs, src{name, sc, true, w.Has, boundary})
		} else {
			srcs = append(srcs, src{name, sc, false, w.Lacks, boundary})
		}
	}
	var out []condition
	for _, s := range srcs {
		if len(s.phrases) == 0 {
			continue
		}
		c, err := cp.cond(s.phrases, false, s.boundary)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", s.name, err)
		}
		cd := condition{scope: s.scope, want: s.want, phrases: c}
		if s.name == "after" {
			for _, a := range p.AnywhereIf {
				cd.relaxThanked = cd.relaxThanked || a == "thanked"
				cd.relaxApologized = cd.relaxApologized || a == "apologized"
			}
		}
		out = append(out, cd)
	}
	slices.SortStableFunc(out, func(a, b condition) int { return int(a.scope) - int(b.scope) })
	return out, nil
}
