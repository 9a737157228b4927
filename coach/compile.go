package coach

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// elem is one compiled pattern element.
type elem struct {
	words []string            // literal alternatives
	exact []bool              // words[i] is compared with the original text
	set   map[string]struct{} // @list
	suf   string              // *ing : any word ending so
	any   bool                // _ : any word
	num   bool                // # : a number
	orNum bool                // "#|two|three": a number or one of the words
	punct bool                // words are punctuation
	opt   bool
}

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
}

// index builds byFirst and other.
func (c *cond) index() {
	c.byFirst = map[string][]int{}
	c.other = nil
	for i, s := range c.seqs {
		e := s[0]
		if e.set != nil || e.suf != "" || e.any || e.num || e.orNum || slices.Contains(e.exact, true) {
			c.other = append(c.other, i)
			continue
		}
		for _, w := range e.words {
			c.byFirst[w] = append(c.byFirst[w], i)
		}
	}
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

	caseSensitive             bool
	after, notAfter           cond
	before, notBefore         cond
	then, lacks               cond
	messageLacks              cond
	messageHas                cond
	skipIfQuoted              bool
	inQuotes                  bool
	quoteNotAfter             cond
	requester, notRequester   cond
	colleagueRequest          cond
	notColleague              cond
	explainedBefore           cond
	internal                  cond
	internalOpening           cond
	anyThanked, anyApologized bool
	requesterOnly             bool
	extendSentence            bool
	explained                 cond
	detector                  string
	phrases                   cond
	terms                     []*termInfo
}

// termInfo is one glossary term.
type termInfo struct {
	rule       *compiledRule
	gloss      string
	message    string
	suggestion string
	idx        int // position in the analyser's term table
}

// entry is what the index holds for a first token.
type entry struct {
	rule *compiledRule
	seq  seq
	term *termInfo
}

// compiler turns specs into rules; lists are shared by all files.
type compiler struct {
	lists map[string]map[string]struct{}
}

func (cp *compiler) pattern(p string, caseSensitive, allowBoundary bool) ([]seq, bool, error) {
	fields := strings.Fields(p)
	if len(fields) == 0 {
		return nil, false, errors.New("empty pattern")
	}
	if len(fields) == 1 && (fields[0] == "^" || fields[0] == "$" || fields[0] == "$.") {
		if !allowBoundary {
			return nil, false, fmt.Errorf("pattern %q: ^, $ and $. only work in after/before", p)
		}
		return nil, true, nil
	}
	var elems []elem
	for _, f := range fields {
		var e elem
		if len(f) > 1 && strings.HasSuffix(f, "?") && (strings.Trim(f, "?!.|") != "" || len(f) == 2 && f[0] != '?' && f[0] != '!') {
			e.opt = true
			f = strings.TrimSuffix(f, "?")
		}
		switch {
		case f == "_":
			e.any = true
		case strings.HasPrefix(f, "*") && len(f) > 1 && hasLetter(f):
			e.suf = strings.ToLower(f[1:])
		case f == "#":
			e.num = true
		case strings.Contains("|"+f, "|@"):
			// Lists and words mixed: "@mishap|spilled".
			e.set = map[string]struct{}{}
			for _, alt := range strings.Split(f, "|") {
				if alt == "#" {
					e.orNum = true
				} else if strings.HasPrefix(alt, "@") {
					set, ok := cp.lists[alt[1:]]
					if !ok {
						return nil, false, fmt.Errorf("pattern %q: unknown list %s", p, alt)
					}
					for w := range set {
						e.set[w] = struct{}{}
					}
				} else if alt != "" {
					e.set[strings.ToLower(strings.ReplaceAll(alt, "’", "'"))] = struct{}{}
				}
			}
		case !hasLetter(f) && !hasDigit(f):
			e.punct = true
			for _, w := range strings.Split(f, "|") {
				if w == "" {
					return nil, false, fmt.Errorf("pattern %q: empty alternative", p)
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
				w = strings.ReplaceAll(w, "’", "'")
				if !caseSensitive {
					w = strings.ToLower(w)
				}
				e.words = append(e.words, w)
				e.exact = append(e.exact, isCaseSensitiveWord(w))
			}
		}
		elems = append(elems, e)
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
	for _, s := range out {
		if len(s) > 0 {
			nonEmpty = append(nonEmpty, s)
		}
	}
	if len(nonEmpty) == 0 {
		return nil, false, fmt.Errorf("pattern %q matches nothing", p)
	}
	return nonEmpty, false, nil
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
		for _, a := range p.AnywhereIf {
			cr.anyThanked = cr.anyThanked || a == "thanked"
			cr.anyApologized = cr.anyApologized || a == "apologized"
		}
		conds := []struct {
			dst      *cond
			src      []string
			boundary bool
			name     string
		}{
			{&cr.after, p.After, true, "after"}, {&cr.notAfter, p.NotAfter, true, "not_after"},
			{&cr.before, p.Before, true, "before"}, {&cr.notBefore, p.NotBefore, true, "not_before"},
			{&cr.then, p.Then, false, "then"}, {&cr.lacks, p.SentenceLacks, false, "sentence_lacks"},
			{&cr.messageLacks, p.MessageLacks, false, "message_lacks"},
			{&cr.messageHas, p.MessageHas, false, "message_has"},
			{&cr.quoteNotAfter, p.QuoteNotAfter, false, "quote_not_after"},
		}
		for _, c := range conds {
			if *c.dst, err = cp.cond(c.src, false, c.boundary); err != nil {
				return nil, nil, fmt.Errorf("%s: %w", c.name, err)
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
				entries = append(entries, entry{rule: cr, seq: s})
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
			for _, variant := range termVariants(t.Term, r.Glossary.AmbiguousLowercase) {
				more, _, err := cp.pattern(variant, true, false)
				if err != nil {
					return nil, nil, fmt.Errorf("glossary term %q: %w", t.Term, err)
				}
				seqs = append(seqs, more...)
			}
			display := strings.Split(strings.Fields(t.Term)[0], "|")[0]
			if len(strings.Fields(t.Term)) > 1 {
				display = strings.ReplaceAll(t.Term, "?", "")
				display = strings.Join(strings.Fields(strings.Split(display, "|")[0]), " ")
				var parts []string
				for _, f := range strings.Fields(strings.ReplaceAll(t.Term, "?", "")) {
					parts = append(parts, strings.Split(f, "|")[0])
				}
				display = strings.Join(parts, " ")
			}
			ti := &termInfo{rule: cr, gloss: strings.TrimSpace(t.Gloss)}
			rep := strings.NewReplacer("{term}", display, "{gloss}", ti.gloss)
			ti.message = rep.Replace(cr.message)
			ti.suggestion = rep.Replace(sugg)
			cr.terms = append(cr.terms, ti)
			for _, s := range seqs {
				entries = append(entries, entry{rule: cr, seq: s, term: ti})
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
