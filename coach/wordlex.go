package coach

import "sync"

// wordLex is what the built-in word lists know of one word: its entry in
// the frustration reader's table, its jargon role and whether matching
// steps over it. The tokenizer looks a word up once (token.lex), so that
// the matcher, the frustration reader and the jargon detector each read
// the word without a map look-up of their own.
type wordLex struct {
	info   wordInfo // valenceTable.info's entry, when inInfo
	inInfo bool
	role   wordRole // jargonLexicon.roles's entry
	step   uint8    // stepIntens, stepAdverb or 0
}

// lexTable is the union of the three built-in word tables; it is built
// once and only read after.
type lexTable struct {
	words map[string]*wordLex
	// mask holds every key of words: a token it lacks is in none of them
	// and costs no look-up (most words of a message).
	mask wideMask
}

var wordLexes = sync.OnceValue(func() *lexTable {
	lt := &lexTable{words: map[string]*wordLex{}}
	get := func(w string) *wordLex {
		wl := lt.words[w]
		if wl == nil {
			wl = &wordLex{}
			lt.words[w] = wl
			lt.mask.add(w)
		}
		return wl
	}
	for w, wi := range valences().info {
		wl := get(w)
		wl.info, wl.inInfo = wi, true
	}
	for w, r := range lexicon().roles {
		if c := w[0]; c >= 'a' && c <= 'z' && len(w) < 32 {
			get(w).role = r // a word led by another character has no role
		}
	}
	for w, s := range stepWords {
		get(w).step = s
	}
	return lt
})

// note sets t.lex: what the tables know of t, nil when nothing.
func (lt *lexTable) note(t *token) {
	t.lex = nil
	if !lt.mask.mayHold(t) {
		return
	}
	t.lex = lt.words[t.norm]
}
