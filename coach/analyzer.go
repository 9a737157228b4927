package coach

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Options configures an Analyzer.
type Options struct {
	// RulesPath is a YAML rule file or a directory of them that adds rules to
	// the built-in set and may disable built-in rules by id. Empty: built-in
	// rules only.
	RulesPath string
}

// Analyzer finds coaching points in messages. It is safe for concurrent use.
type Analyzer struct {
	rules   []*compiledRule // in load order
	byID    map[string]*compiledRule
	signals []*compiledRule
	terms   []*termInfo
	// glosses maps a glossary match (exact text for acronyms, lower case
	// otherwise) to its term, for the rewrite.
	glosses  map[string]*termInfo
	thanks   map[string]struct{}
	apology  map[string]struct{}
	acronyms map[string]struct{}
	// deadWords lists, as "rule: word", built-in pattern words that
	// messages never hold as one token, so they never match.
	deadWords []string
	// buckets holds each key's entries and, for a large bucket, a second
	// index that narrows it by the token after the first (most of a common
	// first word's patterns fail on the second), so that a token costs one
	// look-up per key.
	buckets map[string]bucket
	// The words of the thanks and apology lists have a bucket too (with no
	// entries when they start no rule), whose signal bits mark them, so
	// that one look-up per word reads its rules and both signals.
	//
	// wordKeys holds the keys of buckets, so that most tokens, which start
	// no rule and signal nothing, skip the look-up.
	wordKeys *wideMask
	// shapes has bit 1<<shape set for each word shape that starts a match.
	shapes uint16
	// inQuotes is set when some rule also matches inside double quotes.
	inQuotes bool
	pool     sync.Pool
}

// RuleInfo describes a rule, for the bot's "Why?" button.
type RuleInfo struct {
	ID         string
	Category   Category
	Message    string
	Suggestion string
	Source     Article
}

// Result is what `rapport check --json` prints for one message.
type Result struct {
	Text     string    `json:"text"`
	Findings []Finding `json:"findings"`
	Rewrite  string    `json:"rewrite"`
	// Truncated: only the start of a long message was analysed.
	Truncated bool `json:"truncated,omitempty"`
	// Suggestions are given instead of a rewrite when no whole rewrite is
	// safe; Rewrite then equals Text.
	Suggestions []Suggestion `json:"suggestions,omitempty"`
}

// Signals is a cheap reading of a requester's message, so the bot can
// remember what the conversation did.
type Signals struct {
	Thanked, Apologized, Frustrated bool
	// Stress names the first frustration rule's kind ("repeat" for
	// frustration.repeat), for a specific acknowledgement.
	Stress string
}

// NewAnalyzer loads the embedded rules and, when opts.RulesPath is set, the
// user's rules, and compiles them. A malformed rule fails with an error
// naming file, rule and line, wrapping ErrBadRules.
func NewAnalyzer(opts Options) (*Analyzer, error) {
	files, err := readBuiltin()
	if err != nil {
		return nil, err
	}
	nBuiltin := len(files)
	if opts.RulesPath != "" {
		user, err := readUser(opts.RulesPath)
		if err != nil {
			return nil, err
		}
		files = append(files, user...)
	}
	cp := &compiler{lists: map[string]map[string]struct{}{}, acronyms: map[string]struct{}{}}
	for fi, f := range files {
		for name, words := range f.file.Lists {
			set, ok := cp.lists[name]
			if ok && fi < nBuiltin {
				return nil, fmt.Errorf("%w: %s: list %q defined twice", ErrBadRules, f.name, name)
			}
			if !ok {
				set = map[string]struct{}{}
				cp.lists[name] = set
			}
			for _, w := range words {
				set[patternWord(w)] = struct{}{}
			}
		}
	}
	a := &Analyzer{
		byID:    map[string]*compiledRule{},
		glosses: map[string]*termInfo{},
	}
	index := map[string][]entry{} // by first key; becomes a.buckets
	a.pool.New = func() any { return &tokenizer{} }
	type pending struct {
		rule    *compiledRule
		entries []entry
	}
	var all []pending
	disabled := map[string]string{}
	for fi, f := range files {
		if fi < nBuiltin && len(f.file.Disable) > 0 {
			return nil, fmt.Errorf("%w: %s: disable is for user rule files", ErrBadRules, f.name)
		}
		for _, id := range f.file.Disable {
			disabled[id] = f.name
		}
		cp.startFile()
		cp.strict = fi >= nBuiltin
		for k := range f.file.Rules {
			cp.startRule()
			nDead := len(cp.deadWords)
			node := &f.file.Rules[k]
			id := nodeID(node)
			spec, err := decodeRule(node)
			if err != nil {
				return nil, ruleError(f.name, node, id, "%v", err)
			}
			if err := spec.validate(); err != nil {
				return nil, ruleError(f.name, node, id, "%v", err)
			}
			if _, dup := a.byID[spec.ID]; dup {
				return nil, ruleError(f.name, node, id, "duplicate rule id")
			}
			cr, entries, err := cp.compile(&spec)
			if err != nil {
				return nil, ruleError(f.name, node, id, "%v", err)
			}
			for k := nDead; k < len(cp.deadWords); k++ {
				a.deadWords = append(a.deadWords, spec.ID+": "+cp.deadWords[k])
			}
			a.byID[spec.ID] = cr
			all = append(all, pending{cr, entries})
		}
	}
	for id, file := range disabled {
		if _, ok := a.byID[id]; !ok {
			return nil, fmt.Errorf("%w: %s: disable: unknown rule id %q", ErrBadRules, file, id)
		}
	}
	for _, p := range all {
		if _, off := disabled[p.rule.id]; off {
			delete(a.byID, p.rule.id)
			continue
		}
		a.rules = append(a.rules, p.rule)
		a.inQuotes = a.inQuotes || p.rule.inQuotes
		if p.rule.kind == kindSignal {
			a.signals = append(a.signals, p.rule)
		}
		for _, t := range p.rule.terms {
			t.idx = len(a.terms)
			a.terms = append(a.terms, t)
		}
		for _, e := range p.entries {
			for _, key := range firstKeys(e.seq) {
				index[key] = append(index[key], e)
			}
			if e.term != nil {
				if n := variantCount(e.seq); n > maxSeqsPerPattern {
					return nil, fmt.Errorf("%w: rule %s: a glossary term expands to more than %d spellings; use fewer alternatives", ErrBadRules, p.rule.id, maxSeqsPerPattern)
				}
				for _, variant := range seqVariants(e.seq) {
					a.glosses[variant] = e.term
				}
			}
		}
	}
	a.buckets = make(map[string]bucket, len(index))
	a.wordKeys = new(wideMask)
	for key, entries := range index {
		b := bucket{entries: entries}
		for _, e := range entries {
			b.work += seqWork(e.seq)
		}
		if len(entries) >= minSecondIndex {
			b.si = newSecondIndex(entries)
		}
		a.buckets[key] = b
		a.wordKeys.add(key)
	}
	a.thanks = cp.lists["thanks"]
	a.apology = cp.lists["apology"]
	a.acronyms = cp.acronyms
	a.shapes = cp.shapes
	for w := range cp.lists["acronyms"] {
		a.acronyms[w] = struct{}{}
	}
	for key := range a.glosses {
		a.acronyms[strings.ToLower(key)] = struct{}{}
	}
	if a.thanks == nil || a.apology == nil {
		return nil, fmt.Errorf("%w: lists \"thanks\" and \"apology\" are required", ErrBadRules)
	}
	for _, l := range []struct {
		words map[string]struct{}
		bit   uint8
	}{{a.thanks, signalThanks}, {a.apology, signalApology}} {
		for w := range l.words {
			b := a.buckets[w]
			b.signal |= l.bit
			a.buckets[w] = b
			a.wordKeys.add(w)
		}
	}
	return a, nil
}

// variantCount is how many texts seqVariants would list, saturating past
// maxSeqsPerPattern so that a long run of alternatives cannot overflow.
func variantCount(s seq) int {
	n := 1
	for _, e := range s {
		if n *= max(len(e.words), 1); n > maxSeqsPerPattern {
			return n
		}
	}
	return n
}

// seqVariants lists the texts a glossary sequence matches, as rewrite keys:
// exact words keep their case, others are lower case.
func seqVariants(s seq) []string {
	out := []string{""}
	for _, e := range s {
		var next []string
		for _, prefix := range out {
			for _, w := range e.words {
				if prefix == "" {
					next = append(next, w)
				} else {
					next = append(next, prefix+" "+w)
				}
			}
		}
		out = next
	}
	return out
}

// Rule describes the rule with the given id.
func (a *Analyzer) Rule(id string) (RuleInfo, bool) {
	r, ok := a.byID[id]
	if !ok {
		return RuleInfo{}, false
	}
	return RuleInfo{ID: r.id, Category: r.category, Message: r.message, Suggestion: r.suggestion, Source: r.source}, true
}

// Rules describes every active rule, in load order.
func (a *Analyzer) Rules() []RuleInfo {
	out := make([]RuleInfo, 0, len(a.rules))
	for _, r := range a.rules {
		info, _ := a.Rule(r.id)
		out = append(out, info)
	}
	return out
}

// GlossarySize is the number of jargon terms the analyser knows.
func (a *Analyzer) GlossarySize() int { return len(a.terms) }

// candidate is a finding before overlaps are resolved.
type candidate struct {
	start, end int
	core       int // end of the matched words, before any extension
	rule       *compiledRule
	term       *termInfo
}

// termState tracks a glossary term within one message.
type termState struct {
	term      *termInfo
	first     int // token index of the first unexplained use, -1 if none
	firstEnd  int
	explained bool
}

// Limits on the work one message may cost. Slack allows 40,000 characters;
// support messages are far shorter, and a nudge about the first 16 KB of a
// paste is as useful as one about all of it.
const (
	// MaxAnalyzedBytes is how much of a message is analysed; the rest is
	// not read, and the Analysis says it was truncated.
	MaxAnalyzedBytes = 16 << 10
	// maxCandidates caps the matches kept for one message.
	maxCandidates = 200
	// maxMatchWork caps the matching one message may cost, counted as
	// the elements of every index entry tried times the placements of its
	// gaps. The built-in rules cost about 120 a token and at most 1,300,
	// so a message of MaxAnalyzedBytes (some 8,000 tokens) stays below it;
	// a user's rule file of many long, gapped patterns sharing a first
	// word cannot make one message take seconds.
	maxMatchWork = 20_000_000
)

// Analysis is one reading of a message: what to coach for its role, and what
// it tells about the conversation.
type Analysis struct {
	// Findings are sorted by Start and do not overlap.
	Findings []Finding
	// Signals read the message as a requester's (thanks, apology,
	// frustration), whatever its role, so the bot can remember what the
	// conversation did.
	Signals Signals
	// Truncated is set when only a prefix of the message was analysed, or
	// matching stopped at the cap on findings.
	Truncated bool
}

// Analyze returns the findings in text, sorted by Start and not
// overlapping, with offsets on UTF-8 boundaries.
func (a *Analyzer) Analyze(text string, c Context) []Finding {
	return a.AnalyzeMessage(text, c).Findings
}

// AnalyzeMessage reads text once, tokenising and matching it a single time,
// and returns the findings for the writer's role in c together with the
// message's signals. Work is linear in the text and capped: only the first
// MaxAnalyzedBytes are read, and matching stops after a fixed number of
// matches; either sets Truncated.
func (a *Analyzer) AnalyzeMessage(text string, c Context) Analysis {
	var an Analysis
	if len(text) > MaxAnalyzedBytes {
		text = cutPrefix(text, MaxAnalyzedBytes)
		an.Truncated = true
	}
	tz := a.pool.Get().(*tokenizer)
	defer a.pool.Put(tz)
	toks := tz.tokenize(text)
	sc := &tz.scan
	if sc.memo == nil {
		sc.memo = map[*compiledRule]bool{}
	}
	clear(sc.memo)
	sc.work = 0
	sc.memo[quoteLineKey] = hasQuoteLine(toks)
	// Match once for every role: requester-only rules are kept and set
	// aside below for a staff message, since they feed its signals.
	all := c
	all.Role = RoleUnknown
	// The candidate and term buffers are the pooled tokenizer's: findings
	// are copied out of them (finish), so the next message reuses them.
	cands, terms := tz.cands[:0], tz.terms[:0]
	defer func() { tz.cands, tz.terms = cands[:0], terms[:0] }()
	for i := range toks {
		t := &toks[i]
		// A word's bucket: its rules and its signal bits, one look-up.
		var wb bucket
		keyed := a.wordKeys.mayHold(t)
		if keyed && (t.kind == tokWord || t.kind == tokNumber || t.kind == tokOpaque && t.prot == spanEmoji) {
			wb = a.buckets[t.norm]
			if t.kind == tokWord && wb.signal != 0 {
				an.Signals.Thanked = an.Signals.Thanked || wb.signal&signalThanks != 0
				an.Signals.Apologized = an.Signals.Apologized || wb.signal&signalApology != 0
			}
		}
		if len(cands) >= maxCandidates || sc.work > maxMatchWork {
			an.Truncated = true
			continue
		}
		if a.shapes != 0 {
			for sh := shapeCaps; sh <= shapeLast; sh++ {
				if a.shapes&(1<<sh) != 0 && hasShape(sh, t, text, a.acronyms) {
					cands, terms = a.matchKey(toks, i, text, all, sc, shapeKey(sh), cands, terms)
				}
			}
		}
		if t.kind != tokWord && t.kind != tokNumber && !(t.kind == tokOpaque && t.prot == spanEmoji) {
			continue
		}
		if keyed {
			cands, terms = a.matchBucket(toks, i, text, all, sc, wb, cands, terms)
		}
		if t.kind == tokNumber {
			cands, terms = a.matchKey(toks, i, text, all, sc, numberKey, cands, terms)
		}
	}
	if a.inQuotes && len(cands) < maxCandidates {
		cands, terms = a.matchQuoted(toks, text, all, sc, cands, terms)
	}
	if sc.work > maxMatchWork {
		an.Truncated = true
	}
	// The frustration score depends on the words alone: read once, it
	// serves the signal (the message read as a requester's) and the
	// findings.
	fr := readFrustration(toks, text)
	an.Signals.Frustrated, an.Signals.Stress = a.frustratedSignal(toks, text, cands, &fr)
	if c.Role == RoleStaff {
		kept := cands[:0]
		for _, cd := range cands {
			if !cd.rule.requesterOnly {
				kept = append(kept, cd)
			}
		}
		cands = kept
	}
	an.Findings = a.finish(toks, text, c, cands, terms, &fr)
	return an
}

// frustratedSignal reports whether the message, read as a requester's,
// scores as frustrated: its frustration cues and detectors (shouting, a
// run of "!!!") weighed by the frustration score, as finish weighs them. It
// does not depend on the role the message is analysed for, so one pass
// serves the bot's memory of the conversation for any author.
//
// stress names the kind of the strongest frustration rule ("repeat" for
// frustration.repeat), for a specific acknowledgement.
func (a *Analyzer) frustratedSignal(toks []token, text string, cands []candidate, fr *frustrationReading) (frustrated bool, stress string) {
	var sig []candidate
	for _, cd := range cands {
		if cd.rule.category == Frustration {
			sig = append(sig, cd)
		}
	}
	req := Context{Role: RoleRequester}
	for _, r := range a.signals {
		if r.category == Frustration && r.detector != "unacknowledged" {
			sig = a.signal(r, sig, toks, text, req)
		}
	}
	rank := 0
	for _, cd := range a.applyFrustration(toks, text, req, sig, fr) {
		if cd.rule.category != Frustration {
			continue
		}
		frustrated = true
		kind := cd.rule.id[strings.LastIndexByte(cd.rule.id, '.')+1:]
		if r := stressRank(kind); r > rank || stress == "" {
			stress, rank = kind, r
		}
	}
	return frustrated, stress
}

// Bits of bucket.signal.
const (
	signalThanks uint8 = 1 << iota
	signalApology
)

// quoteLineKey keeps, in a message's memo, whether it quotes another with a
// `>` line. It is never modified.
var quoteLineKey = &compiledRule{id: "(quotes a message)"}

// cutPrefix returns text cut to at most n bytes, at a space when there is
// one near the end and never inside a UTF-8 character.
func cutPrefix(text string, n int) string {
	if len(text) <= n {
		return text
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	for k := cut; k > cut-64 && k > 0; k-- {
		if isSpaceByte(text[k]) {
			return text[:k]
		}
	}
	return text[:cut]
}

// matchQuoted runs the rules marked in_quotes over the words inside each
// double-quoted span ("…", “…”), as if the quote were a message of its
// own. Offsets are mapped back into text. A short quote that names a
// glossary term rather than quoting speech (the “30 second power cycle”)
// notes the term at the quote (quotedTerm, coach/jargon.go).
func (a *Analyzer) matchQuoted(toks []token, text string, c Context, sc *scan, cands []candidate, terms []termState) ([]candidate, []termState) {
	var qz *tokenizer
	for i := range toks {
		t := &toks[i]
		if t.kind != tokOpaque || t.prot != spanQuote {
			continue
		}
		open, closeLen := 0, 0
		switch {
		case text[t.start] == '"':
			open, closeLen = 1, 1
		case strings.HasPrefix(text[t.start:], "“"):
			open, closeLen = len("“"), len("”")
		default:
			continue
		}
		if t.end-t.start < open+closeLen+2 {
			continue
		}
		base := t.start + open
		inner := text[base : t.end-closeLen]
		if qz == nil {
			qz = a.pool.Get().(*tokenizer)
			defer a.pool.Put(qz)
		}
		qt := qz.tokenize(inner)
		named := quotedTerm(qt)
		for k := range qt {
			if qt[k].kind != tokWord || sc.work > maxMatchWork {
				continue
			}
			b := a.buckets[qt[k].norm]
			sc.work += b.work
			entries := b.entries
			for n := range entries {
				e := &entries[n]
				if e.term != nil && named {
					if end, ok := matchAt(e.seq, qt, k, inner); ok && end == len(qt) {
						terms = noteTerm(terms, e.term, toks, i, i+1, text)
					}
					continue
				}
				if e.term != nil || !e.rule.inQuotes || (!e.rule.quoteNotAfter.empty() && condAfter(&e.rule.quoteNotAfter, toks, i, text)) {
					continue
				}
				end, ok := matchAt(e.seq, qt, k, inner)
				if !ok || !a.phraseOKIn(e.rule, qt, k, end, inner, toks, text, c, sc) {
					continue
				}
				cands = append(cands, candidate{start: base + qt[k].start, end: base + qt[end-1].end, core: base + qt[end-1].end, rule: e.rule})
			}
		}
	}
	return cands, terms
}

// matchKey tries the index entries under key for the token at i, narrowed
// by the next token when the bucket is large. Entries are tried in index
// order either way, so the findings do not depend on the narrowing.
func (a *Analyzer) matchKey(toks []token, i int, text string, c Context, sc *scan, key string, cands []candidate, terms []termState) ([]candidate, []termState) {
	return a.matchBucket(toks, i, text, c, sc, a.buckets[key], cands, terms)
}

// matchBucket is matchKey with the key's bucket already looked up.
func (a *Analyzer) matchBucket(toks []token, i int, text string, c Context, sc *scan, b bucket, cands []candidate, terms []termState) ([]candidate, []termState) {
	sc.work += b.work
	entries, si := b.entries, b.si
	if si == nil || i+1 >= len(toks) {
		return a.matchToken(toks, i, text, c, sc, entries, cands, terms)
	}
	// An intensifier next ("that's really impossible") may be stepped
	// over (matchSeq), and so may an adverb by a rule that asks for it
	// ("that simply isn't possible"): the entries of the word after it are
	// tried too.
	by, also, rest := si.bySecond[toks[i+1].norm], []int32(nil), si.rest
	if toks[i+1].intens || toks[i+1].adv {
		j := i + 2
		for j < len(toks) && j-i-1 < maxIntensSkips && (toks[j].intens || toks[j].adv) {
			j++
		}
		if j < len(toks) {
			also = si.bySecond[toks[j].norm]
		}
	}
	if also == nil {
		for len(by) > 0 || len(rest) > 0 {
			var k int32
			if len(rest) == 0 || len(by) > 0 && by[0] < rest[0] {
				k, by = by[0], by[1:]
			} else {
				k, rest = rest[0], rest[1:]
			}
			cands, terms = a.matchEntry(toks, i, text, c, sc, &entries[k], cands, terms)
		}
		return cands, terms
	}
	last := int32(-1)
	for len(by) > 0 || len(also) > 0 || len(rest) > 0 {
		// The smallest index of the three lists, each in index order.
		k, from := int32(-1), 0
		for n, l := range [3][]int32{by, also, rest} {
			if len(l) > 0 && (k < 0 || l[0] < k) {
				k, from = l[0], n
			}
		}
		switch from {
		case 0:
			by = by[1:]
		case 1:
			also = also[1:]
		default:
			rest = rest[1:]
		}
		if k == last {
			continue // listed under both words
		}
		last = k
		cands, terms = a.matchEntry(toks, i, text, c, sc, &entries[k], cands, terms)
	}
	return cands, terms
}

// matchToken tries the index entries for the token at i.
func (a *Analyzer) matchToken(toks []token, i int, text string, c Context, sc *scan, entries []entry, cands []candidate, terms []termState) ([]candidate, []termState) {
	for k := range entries {
		cands, terms = a.matchEntry(toks, i, text, c, sc, &entries[k], cands, terms)
	}
	return cands, terms
}

// matchEntry tries one index entry at token i.
func (a *Analyzer) matchEntry(toks []token, i int, text string, c Context, sc *scan, e *entry, cands []candidate, terms []termState) ([]candidate, []termState) {
	var end int
	var ok bool
	if e.keyed && (toks[i].kind == tokWord || toks[i].kind == tokNumber) {
		// The key that found e is the token's word: its first element
		// holds; match the rest.
		end, ok = matchRest(e.seq[1:], toks, i+1, text)
	} else {
		end, ok = matchAt(e.seq, toks, i, text)
	}
	if !ok {
		return cands, terms
	}
	if e.term != nil {
		if agentInitials(toks, i, end, text) {
			return cands, terms // "... let us know. ^AD": a name, not Active Directory
		}
		return cands, noteTerm(terms, e.term, toks, i, end, text)
	}
	if !a.phraseOKIn(e.rule, toks, i, end, text, toks, text, c, sc) {
		return cands, terms
	}
	endByte := toks[end-1].end
	if e.rule.extendSentence {
		_, se := sentenceBounds(toks, i, end)
		se = clauseJoin(toks, end, se)
		for se > end && toks[se-1].kind == tokPunct {
			se--
		}
		if se > end {
			endByte = toks[se-1].end
		}
	}
	return append(cands, candidate{start: toks[i].start, end: endByte, core: toks[end-1].end, rule: e.rule}), terms
}

// clauseJoin returns where, in toks[from:to], a new clause with its own
// subject starts after "and", "but" or "so" ("…look into it and we're
// sorry…"), or to when none does: a finding extended to its sentence's end
// stops there, so the next clause is left to its own findings.
func clauseJoin(toks []token, from, to int) int {
	for k := from; k+1 < to; k++ {
		switch toks[k].norm {
		case "and", "but", "so":
			switch toks[k+1].norm {
			case "we", "we're", "i", "i'm", "you", "you're", "they", "they're", "it's", "that's":
				if k > from && toks[k-1].kind == tokPunct {
					return k - 1
				}
				return k
			}
		}
	}
	return to
}

// bucket is one key's index entries and, when there are many, their
// second-token index.
type bucket struct {
	entries []entry
	si      *secondIndex
	// work is the most matching the entries can cost at one token: their
	// elements times the placements of their gaps.
	work int
	// signal marks a word of the thanks or apology list (signalThanks,
	// signalApology).
	signal uint8
}

// minSecondIndex is the bucket size from which a second-token index pays.
const minSecondIndex = 8

// secondIndex lists a bucket's entries by the lower-case word their second
// element needs; rest holds those whose second element is not a plain word
// (a list with numbers, any word, a shape, a gap) or that have none. Both
// lists are in index order.
type secondIndex struct {
	bySecond map[string][]int32
	rest     []int32
}

func newSecondIndex(entries []entry) *secondIndex {
	si := &secondIndex{bySecond: map[string][]int32{}}
	for k := range entries {
		s := entries[k].seq
		if len(s) < 2 {
			si.rest = append(si.rest, int32(k))
			continue
		}
		e := &s[1]
		switch {
		case e.gap || e.any || e.num || e.orNum || e.suf != "" || e.shape != 0:
			si.rest = append(si.rest, int32(k))
		case e.set != nil:
			for w := range e.set {
				si.bySecond[w] = append(si.bySecond[w], int32(k))
			}
		default:
			for _, w := range e.words {
				lw := strings.ToLower(w)
				if l := si.bySecond[lw]; len(l) == 0 || l[len(l)-1] != int32(k) {
					si.bySecond[lw] = append(l, int32(k))
				}
			}
		}
	}
	return si
}

// finish resolves glossary terms, runs the signal detectors and turns the
// candidates into sorted, non-overlapping findings.
func (a *Analyzer) finish(toks []token, text string, c Context, cands []candidate, terms []termState, fr *frustrationReading) []Finding {
	// Jargon hook: glossary terms and the detector's unknown terms, quiet
	// for requesters and colleagues (coach/jargon.go).
	cands = a.jargonCandidates(toks, text, c, cands, terms)
	for _, r := range a.signals {
		cands = a.signal(r, cands, toks, text, c)
	}
	// Frustration hook (frustration.go): the frustration candidates above
	// are cues of a score; it keeps them, or adds one, only when it is met.
	cands = a.applyFrustration(toks, text, c, cands, fr)
	if len(cands) == 0 {
		return nil
	}
	// slices' sort takes no reflection-built swapper and no closure over
	// cands, so ordering a message's candidates allocates nothing.
	slices.SortStableFunc(cands, byStartLongestFirst)
	out := make([]Finding, 0, len(cands))
	last, lastCore := -1, -1
	var lastRule *compiledRule
	for _, cd := range cands {
		if cd.start < last && lastRule != nil && splittable(lastRule, cd.rule) && cd.end <= last && len(out) > 0 && cd.start >= out[len(out)-1].Start {
			// A detector's span with no rewrite (a run of capitals) gives
			// way around a finding of another category inside it, so that
			// "YOU SHOULD HAVE SAVED IT" keeps its blame as well as its
			// shouting.
			n := len(out) - 1
			tail := out[n]
			if hasLetterIn(text[out[n].Start:cd.start]) {
				out[n].End = cd.start
				for out[n].End > out[n].Start && isSpaceByte(text[out[n].End-1]) {
					out[n].End--
				}
				out[n].Match = text[out[n].Start:out[n].End]
			} else {
				out = out[:n]
			}
			out = append(out, a.findingOf(cd, text))
			if hasLetterIn(text[cd.end:tail.End]) {
				s := cd.end
				for s < tail.End && !isASCIIWord(text[s]) && text[s] < utf8.RuneSelf {
					s++
				}
				tail.Start, tail.Match = s, text[s:tail.End]
				out = append(out, tail)
				// The tail keeps the detector's rule for later overlaps.
				last, lastCore = tail.End, tail.End
				continue
			}
			last, lastCore, lastRule = cd.end, cd.end, cd.rule
			if cd.core != 0 {
				lastCore = cd.core
			}
			continue
		}
		if cd.start < last {
			// An extended finding (a promise runs to the end of its sentence)
			// gives way to a later finding after its own words.
			n := len(out) - 1
			if n < 0 || out[n].Category == cd.rule.category || cd.start < lastCore {
				continue
			}
			e := cd.start
			for e > out[n].Start && strings.IndexByte(" \t,;:-", text[e-1]) >= 0 {
				e--
			}
			out[n].End = e
			out[n].Match = text[out[n].Start:e]
		}
		last = cd.end
		lastCore = cd.core
		if lastCore == 0 {
			lastCore = cd.end
		}
		lastRule = cd.rule
		out = append(out, a.findingOf(cd, text))
	}
	return out
}

// byStartLongestFirst orders candidates by start, the longer first.
func byStartLongestFirst(a, b candidate) int {
	if a.start != b.start {
		return a.start - b.start
	}
	return b.end - a.end
}

// findingOf turns a candidate into a finding.
func (a *Analyzer) findingOf(cd candidate, text string) Finding {
	f := Finding{
		Rule: cd.rule.id, Category: cd.rule.category, Start: cd.start, End: cd.end,
		Match: text[cd.start:cd.end], Message: cd.rule.message, Suggestion: cd.rule.suggestion,
		Source: cd.rule.source.Title,
	}
	if cd.term != nil {
		f.Message, f.Suggestion = cd.term.message, cd.term.suggestion
		// A term read inside quotes ("sudo" in quote marks) is named
		// without them: the advice puts its own round it.
		name := strings.Trim(f.Match, quoteMarks)
		if d := cd.term.display; d != "" && name != "" && !sameTerm(d, f.Match) {
			// "EFI partition" matched the entry shown as "swap
			// partition": the advice names the words the writer used.
			f.Message = strings.ReplaceAll(f.Message, d, name)
			f.Suggestion = strings.ReplaceAll(f.Suggestion, d, name)
		}
	}
	return f
}

// splittable reports whether a finding of rule prev may be cut around a
// finding of rule next inside it: prev is a run of capitals of another
// category whose words are not rewritten. (A "!!!" sentence keeps its
// words: a customer's outburst is not a staff phrase.)
func splittable(prev, next *compiledRule) bool {
	return prev.detector == "shouting" && prev.category != next.category && prev.rewrite.Replace == "" && prev.rewrite.ReplaceAlone == "" && !prev.rewrite.Remove && len(prev.rewrite.Swap) == 0 && next.detector == ""
}

// hasLetterIn reports whether s holds an ASCII letter or digit.
func hasLetterIn(s string) bool {
	for i := 0; i < len(s); i++ {
		if isASCIIWord(s[i]) {
			return true
		}
	}
	return false
}

// hasCategory reports whether a candidate of category cat was found.
func hasCategory(cands []candidate, cat Category) bool {
	for i := range cands {
		if cands[i].rule.category == cat {
			return true
		}
	}
	return false
}

// requesterReport reports whether the message reads as a requester's own
// report or question ("my BitLocker screen keeps coming up, is that
// expected?"): it has a requester marker and does not speak to the reader.
func (a *Analyzer) requesterReport(r *compiledRule, toks []token, text string) bool {
	if r.requester.empty() || !condIn(&r.requester, toks, 0, len(toks), 0, 0, text) {
		return false
	}
	return !condIn(&r.notRequester, toks, 0, len(toks), 0, 0, text)
}

// internalMessage reports whether the message reads as written for a
// colleague, where jargon is fine: it carries an ops marker ("fyi", "root
// cause"), or opens with a mention followed by a request ("<@U…> can you…").
func (a *Analyzer) internalMessage(r *compiledRule, toks []token, text string) bool {
	if !r.internal.empty() && condIn(&r.internal, toks, 0, len(toks), 0, 0, text) {
		return true
	}
	// "FYI, the DSLAM port is flapping" opens a note to colleagues; a
	// reply's "so just fyi, you may see …" further on tells its reader.
	for k := range toks {
		if toks[k].kind == tokWord {
			if toks[k].norm == "fyi" {
				return true
			}
			break
		}
	}
	if len(toks) > 1 && mention(&toks[0]) && !handle(&toks[0]) {
		k := 1
		if toks[k].kind == tokPunct && toks[k].norm == "," {
			k++
		}
		for _, s := range r.internalOpening.seqs {
			if _, ok := matchAt(s, toks, k, text); ok {
				return true
			}
		}
		// "<@U…> the MTU on the Leeds tunnel is 1500, can you drop it to
		// 1400?": a request to the colleague named, about no one's things.
		if !r.colleagueRequest.empty() && condIn(&r.colleagueRequest, toks, k, len(toks), 0, 0, text) &&
			!condIn(&r.notColleague, toks, k, len(toks), 0, 0, text) {
			return true
		}
	}
	return false
}

// noteTerm records a glossary match, noticing whether the message explains
// the term right there.
func noteTerm(terms []termState, ti *termInfo, toks []token, i, end int, text string) []termState {
	k := -1
	for n := range terms {
		if terms[n].term == ti {
			k = n
			break
		}
	}
	if k < 0 {
		terms = append(terms, termState{term: ti, first: -1})
		k = len(terms) - 1
	}
	ts := &terms[k]
	explained := explainedAfter(ti.rule, toks, end, text) ||
		condEndingAt(&ti.rule.explainedBefore, toks, i, text) ||
		(i > 0 && toks[i-1].kind == tokPunct && (toks[i-1].norm == "(" || toks[i-1].norm == "“")) ||
		mentionedTerm(toks, i, end, nil)
	if explained {
		ts.explained = true
	} else if ts.first < 0 && !menuLabel(toks, i, end, text) {
		ts.first, ts.firstEnd = i, end
	}
	return terms
}

// menuLabel reports whether the glossary term at tokens [i, end) is a
// capitalised step of a menu path the reader clicks through ("System >
// Administration > Hardware Drivers", "Settings > Network > Proxy"): the
// words name what is on screen, as a quoted button does, and the path says
// where to find it. The same term used in a sentence is still a term.
func menuLabel(toks []token, i, end int, text string) bool {
	arrow := func(k int) bool {
		if k < 0 || k >= len(toks) || toks[k].kind != tokPunct {
			return false
		}
		switch toks[k].norm {
		case ">", "→", "›", "»":
			return true
		}
		return false
	}
	if !arrow(i-1) && !arrow(end) {
		return false
	}
	for k := i; k < end; k++ {
		if toks[k].kind == tokWord {
			if c := text[toks[k].start]; c < 'A' || c > 'Z' {
				return false
			}
		}
	}
	return true
}

// condEndingAt reports whether a phrase of c ends right before index i.
func condEndingAt(c *cond, toks []token, i int, text string) bool {
	for _, s := range c.seqs {
		if matchEndingAt(s, toks, i, text) {
			return true
		}
	}
	return false
}

// condBeforeNoBreak is condBefore without boundary handling: "(" and "—"
// right after a term count even though they end a clause.
func condBeforeNoBreak(c *cond, toks []token, j int, text string) bool {
	for _, s := range c.seqs {
		if _, ok := matchAt(s, toks, j, text); ok {
			return true
		}
	}
	return false
}

// phraseOKIn checks a phrase rule's context conditions for tokens [i, end)
// of toks, which are the message msg or a quote's words within it:
// message-wide conditions look at the whole message, and their verdict is
// kept in memo for the rest of the message.
func (a *Analyzer) phraseOKIn(r *compiledRule, toks []token, i, end int, text string, msg []token, msgText string, c Context, sc *scan) bool {
	if r.requesterOnly && c.Role == RoleStaff {
		return false
	}
	if r.skipIfQuoted && sc.memo[quoteLineKey] {
		return false
	}
	if r.hasMessageConds {
		ok, seen := sc.memo[r]
		if !seen {
			ok = true
			for k := range r.conds {
				cd := &r.conds[k]
				if cd.scope != scopeMessage {
					break
				}
				if !sc.charge(cd.phrases.work * len(msg)) {
					ok = false
					break
				}
				if condIn(&cd.phrases, msg, 0, len(msg), 0, 0, msgText) != cd.want {
					ok = false
					break
				}
			}
			sc.memo[r] = ok
		}
		if !ok {
			return false
		}
	}
	ss, se := -1, -1
	for k := range r.conds {
		cd := &r.conds[k]
		var found bool
		switch cd.scope {
		case scopeMessage:
			continue // checked above
		case scopeJustBefore:
			if cd.want && (cd.relaxThanked && c.PrevThanked || cd.relaxApologized && c.PrevApologized) {
				continue
			}
			if !sc.charge(cd.phrases.total) {
				return false
			}
			found = condAfter(&cd.phrases, toks, i, text)
		case scopeJustAfter:
			if !sc.charge(cd.phrases.total) {
				return false
			}
			found = condBefore(&cd.phrases, toks, end, text)
		default:
			if ss < 0 {
				ss, se = sentenceBounds(toks, i, end)
			}
			if !sc.charge(cd.phrases.work * (se - ss)) {
				return false
			}
			switch cd.scope {
			case scopeLater:
				found = condIn(&cd.phrases, toks, end, se, end, end, text)
			case scopeSentence:
				found = condIn(&cd.phrases, toks, ss, se, i, end, text)
			case scopeOverlap:
				found = condOverlaps(&cd.phrases, toks, ss, se, i, end, text)
			}
		}
		if found != cd.want {
			return false
		}
	}
	return true
}

// charge takes n from the message's matching budget (maxMatchWork) and
// reports whether the budget still allows the work: a condition costs its
// phrases' per-token work times the tokens it scans, or all its phrases
// when it looks next to the match.
func (sc *scan) charge(n int) bool {
	sc.work += n
	return sc.work <= maxMatchWork
}

// hasQuoteLine reports whether the message quotes another with a `>` line.
func hasQuoteLine(toks []token) bool {
	for i := range toks {
		if toks[i].kind == tokOpaque && toks[i].prot == spanQuote && toks[i].sentence {
			return true
		}
	}
	return false
}

// happyUnnegated reports whether a phrase of c (the words that make "!!!"
// happy: "works", "thanks") matches in toks[ss:se], outside the marks at
// index marks, without a negation among the words before it (as VADER
// reads negation, lookBackWords): "it works!!!" is joy, "still not
// working!!!" and "doesn't work!!!" are a complaint (LABELING.md: "!!!"
// with a complaint).
func happyUnnegated(c *cond, toks []token, ss, se, marks int, text string) bool {
	for k := ss; k < se; k++ {
		if k != marks && phraseStartsAt(c, toks, k, se, text) && !negatedBefore(toks, ss, k) {
			return true
		}
	}
	return false
}

// negatedBefore reports whether one of the lookBackWords words before
// toks[k], within its sentence (from ss) and clause, is a negation ("not",
// "never", "doesn't").
func negatedBefore(toks []token, ss, k int) bool {
	for j := k - 1; j >= ss && j >= k-lookBackWords; j-- {
		t := &toks[j]
		if t.kind == tokPunct && (t.clause || t.sentence) {
			return false
		}
		if t.kind == tokWord && isNegation(t.norm) {
			return true
		}
	}
	return false
}

// signal runs a built-in detector.
func (a *Analyzer) signal(r *compiledRule, cands []candidate, toks []token, text string, c Context) []candidate {
	if r.requesterOnly && c.Role == RoleStaff {
		return cands
	}
	switch r.detector {
	case "exclaim":
		for i := range toks {
			t := &toks[i]
			if t.kind != tokPunct || strings.Count(t.norm, "!") < 2 || (strings.Count(t.norm, "!") < 3 && !strings.Contains(t.norm, "?")) {
				continue
			}
			ss, se := sentenceBounds(toks, i, i+1)
			if happyUnnegated(&r.phrases, toks, ss, se, i, text) {
				continue
			}
			cands = append(cands, candidate{start: toks[ss].start, end: t.end, rule: r})
		}
	case "shouting":
		for i := 0; i < len(toks); {
			j, letters, loud := i, 0, 0
			for j < len(toks) && a.capsWord(&toks[j], text) {
				n := toks[j].end - toks[j].start
				letters += n
				if _, acr := a.acronyms[toks[j].norm]; !acr {
					loud++
				}
				j++
			}
			if j == i {
				i++
				continue
			}
			if j-i >= 2 && loud >= 2 && letters >= 7 {
				cands = append(cands, candidate{start: toks[i].start, end: toks[j-1].end, rule: r})
			}
			i = j
		}
	case "unacknowledged":
		if !c.PrevFrustrated || c.Role != RoleStaff || len(toks) == 0 {
			return cands
		}
		if condIn(&r.phrases, toks, 0, len(toks), 0, 0, text) {
			return cands
		}
		first := 0
		for first < len(toks) && toks[first].kind != tokWord {
			first++
		}
		if first == len(toks) {
			return cands
		}
		_, se := sentenceBounds(toks, first, first+1)
		for se > first+1 && toks[se-1].kind == tokPunct {
			se--
		}
		cands = append(cands, candidate{start: toks[first].start, end: toks[se-1].end, rule: r})
	}
	return cands
}

// capsWord reports whether t is a word of two or more letters, all capitals.
func (a *Analyzer) capsWord(t *token, text string) bool {
	if t.kind != tokWord || t.end-t.start < 2 {
		return false
	}
	for k := t.start; k < t.end; k++ {
		c := text[k]
		if !(c >= 'A' && c <= 'Z') && c != '\'' {
			return false
		}
	}
	return true
}

// Check analyses text and rewrites it with the rules.
func (a *Analyzer) Check(text string, c Context) Result {
	an := a.AnalyzeMessage(text, c)
	fs := an.Findings
	if fs == nil {
		fs = []Finding{}
	}
	// The advice reads only the analysed prefix; the rest is kept as is.
	prefix := cutPrefix(text, MaxAnalyzedBytes)
	adv := a.Advise(prefix, c, fs)
	return Result{Text: text, Findings: fs, Rewrite: adv.Rewrite + text[len(prefix):], Suggestions: adv.Suggestions, Truncated: an.Truncated}
}

// Signals reads a requester's message: did it thank, apologise, or show
// frustration? AnalyzeMessage returns the same reading with the findings.
func (a *Analyzer) Signals(text string) Signals {
	return a.AnalyzeMessage(text, Context{Role: RoleRequester}).Signals
}

// PromiseSentence returns the sentence of text that holds finding f, trimmed,
// to prefill a follow-up. It returns "" when f does not fit text.
func PromiseSentence(text string, f Finding) string {
	if f.Start < 0 || f.End > len(text) || f.Start > f.End {
		return ""
	}
	start := f.Start
	for start > 0 {
		c := text[start-1]
		if c == '\n' || ((c == '.' || c == '!' || c == '?') && start < len(text) && isSpaceByte(text[start])) {
			break
		}
		start--
	}
	end := f.End
	for end < len(text) {
		c := text[end]
		if c == '\n' {
			break
		}
		if c == '.' || c == '!' || c == '?' {
			if end+1 == len(text) || isSpaceByte(text[end+1]) {
				end++
				break
			}
		}
		end++
	}
	return strings.TrimFunc(text[start:end], unicode.IsSpace)
}

// sameTerm reports whether match is the display form of a glossary term,
// up to case, a plural "s" and a possessive "'s": "VPNs", "vpn" and "VPN's"
// are "VPN".
func sameTerm(display, match string) bool {
	d, m := strings.ToLower(display), strings.ToLower(match)
	if stem, ok := trimPossessive(m); ok {
		m = stem // "MTU's" is "MTU"
	}
	return d == m || d+"s" == m || d+"es" == m || strings.TrimSuffix(d, "s") == m
}
