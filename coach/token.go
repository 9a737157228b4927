package coach

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind says what a token is.
type tokKind uint8

const (
	tokWord   tokKind = iota + 1
	tokPunct          // punctuation; runs like "!!!" are one token
	tokNumber         // a protected number such as 3pm or 10.0.0.1
	tokOpaque         // any other protected span: never matched as words
)

// token is one unit of a message, with byte offsets into the original text.
type token struct {
	start, end int
	norm       string // lower-cased, with ’ folded to '
	kind       tokKind
	// clause is set on tokens that end a clause (punctuation such as , ; : —
	// and sentence ends); sentence on tokens that end a sentence.
	clause, sentence bool
	// protected marks the span kind of an opaque or number token.
	prot spanKind
	// h is wordHash(norm); h16 is the same hash folded into 16 bits, for
	// the wider masks of the per-token look-ups (wideMask).
	h   uint8
	h16 uint16
	// intens marks an intensifier ("really"); ic counts the intensifiers
	// of the message up to and including this token, so that a matcher
	// can tell in one step whether a span holds any.
	intens bool
	ic     int32
	// adv marks an adverb of emphasis or hedging ("simply", "probably"),
	// which a rule with step_adverbs steps over as it does intensifiers.
	adv bool
	// lex is what the built-in word lists know of the token (wordLexes),
	// looked up once by the tokenizer; nil when they know nothing.
	lex *wordLex
}

// tokenizer holds reusable buffers so that analysing a message allocates
// little. It is not safe for concurrent use; the Analyzer pools them.
type tokenizer struct {
	spans []protSpan
	toks  []token
	lower []byte
	scan  scan
	// cands and terms are AnalyzeMessage's buffers, kept between messages.
	cands []candidate
	terms []termState
}

// scan is the state of matching one message.
type scan struct {
	// memo holds, per rule, the verdict of its message-wide conditions
	// (message_lacks, message_has) for the message being analysed, so that
	// a rule matching many times in a long message scans it once.
	memo map[*compiledRule]bool
	// work is the matching spent so far (see maxMatchWork).
	work int
}

// tokenize splits text into tokens. Protected spans become single opaque or
// number tokens so that no rule can match inside them.
func (tz *tokenizer) tokenize(text string) []token {
	tz.spans = protectedSpans(text, tz.spans[:0])
	tz.toks = tz.toks[:0]
	lower := foldASCII(text, &tz.lower)
	n := len(text)
	si := 0
	i := 0
	for i < n {
		if si < len(tz.spans) && tz.spans[si].Start == i {
			sp := tz.spans[si]
			si++
			t := token{start: sp.Start, end: sp.End, kind: tokOpaque, prot: sp.kind, norm: lower[sp.Start:sp.End]}
			switch sp.kind {
			case spanNumber:
				t.kind = tokNumber
				// A time typed with its unit ("40mins", "9hrs") reads as
				// the number and the unit, as "40 mins" would.
				if k := timeUnitAt(t.norm); k > 0 {
					tz.toks = append(tz.toks, token{start: t.start, end: t.start + k, kind: tokNumber, prot: sp.kind, norm: t.norm[:k]})
					t = token{start: t.start + k, end: t.end, kind: tokWord, norm: t.norm[k:]}
				}
			case spanCode:
				if strings.HasPrefix(text[sp.Start:], "```") {
					t.clause, t.sentence = true, true
				}
			case spanQuote:
				if text[sp.Start] == '>' || text[sp.Start] == '&' {
					t.clause, t.sentence = true, true
				}
			}
			tz.toks = append(tz.toks, t)
			i = sp.End
			continue
		}
		c := text[i]
		if c == '\n' {
			// A line break ends a sentence in chat.
			if k := len(tz.toks); k > 0 && !tz.toks[k-1].sentence {
				tz.toks[k-1].clause, tz.toks[k-1].sentence = true, true
			}
			i++
			continue
		}
		if isSpaceByte(c) || c < 0x20 || c == 0x7f {
			// Other control characters are invisible: a NUL after "no
			// problem" must not hide the phrase.
			i++
			continue
		}
		if c < utf8.RuneSelf {
			if isASCIIWord(c) {
				end := wordEnd(text, i)
				tz.toks = append(tz.toks, token{start: i, end: end, kind: tokWord, norm: wordNorm(text, lower, i, end)})
				i = end
				continue
			}
			// Punctuation: a run of the same sentence mark is one token.
			end := i + 1
			if c == '!' || c == '?' || c == '.' {
				for end < n && (text[end] == '!' || text[end] == '?' || text[end] == '.') {
					end++
				}
			}
			t := token{start: i, end: end, kind: tokPunct, norm: text[i:end]}
			switch c {
			case '.', '!', '?':
				t.clause, t.sentence = true, true
			case ',', ';', ':', '(', ')':
				t.clause = true
			case '-':
				if end < n && isSpaceByte(text[end]) && i > 0 && isSpaceByte(text[i-1]) {
					t.clause = true
				}
			}
			tz.toks = append(tz.toks, t)
			i = end
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.Is(unicode.Cf, r) {
			// Zero-width spaces and joiners, soft hyphens, byte-order
			// marks: invisible, so they split nothing and join nothing.
			i += size
			continue
		}
		if r != utf8.RuneError && unicode.IsLetter(r) {
			end := wordEnd(text, i)
			tz.toks = append(tz.toks, token{start: i, end: end, kind: tokWord, norm: wordNorm(text, lower, i, end)})
			i = end
			continue
		}
		t := token{start: i, end: i + size, kind: tokPunct, norm: text[i : i+size]}
		switch {
		case r == '—' || r == '–':
			t.clause = true
		case r == '…':
			t.clause, t.sentence = true, true
		case r >= 0x2600 && unicode.IsSymbol(r) || r >= 0x1F000:
			t.clause = true // an emoji such as 👍 closes a phrase like "no problem"
		}
		tz.toks = append(tz.toks, t)
		i += size
	}
	var ic int32
	lt := wordLexes()
	for k := range tz.toks {
		t := &tz.toks[k]
		full := fnvHash(t.norm)
		t.h, t.h16 = fold8(full), fold16(full)
		lt.note(t)
		if t.kind == tokWord && t.lex != nil {
			switch t.lex.step {
			case stepIntens:
				t.intens = true
				ic++
			case stepAdverb:
				t.adv = true
			}
		}
		t.ic = ic
	}
	return tz.toks
}

// wordHash folds a token's normalised form into 8 bits, so that a
// condition can rule out most tokens with a bit test before its map look-up.
func wordHash(w string) uint8 { return fold8(fnvHash(w)) }

// fnvHash is FNV-1a over w's bytes.
func fnvHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h
}

func fold8(h uint32) uint8 { return uint8(h ^ h>>8 ^ h>>16 ^ h>>24) }

func fold16(h uint32) uint16 { return uint16(h ^ h>>16) }

// wideHash is a word's 16-bit hash, as token.h16 holds it.
func wideHash(w string) uint16 { return fold16(fnvHash(w)) }

func isASCIIWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// wordEnd returns the end of the word starting at text[i]: letters and digits,
// with inner apostrophes (it's, I’ll), inner hyphens (Wi-Fi) and the dots of
// abbreviations such as e.g. and i.e.
func wordEnd(text string, i int) int {
	n := len(text)
	j := i
	for j < n {
		c := text[j]
		if isASCIIWord(c) {
			j++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(text[j:])
			if r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				j += size
				continue
			}
			if r == '’' && j+size < n && isASCIIWord(text[j+size]) {
				j += size
				continue
			}
			break
		}
		if c == '`' && j > i && backtickContraction(text[j+1:]) {
			j++
			continue
		}
		if (c == '\'' || c == '-') && j+1 < n && isASCIIWord(text[j+1]) && j > i {
			j++
			continue
		}
		// e.g. / i.e.: a single letter followed by a dot and a letter.
		if c == '.' && j-i == 1 && j+2 < n && isASCIIWord(text[j+1]) && text[j+2] == '.' {
			j += 3
			continue
		}
		break
	}
	if j == i {
		_, size := utf8.DecodeRuneInString(text[i:])
		j = i + size
	}
	return j
}

// wordNorm returns the normalised form of text[s:e], as patternWord
// normalises a rule's word: lower-case from the folded copy, with ’ turned
// into ', and a contraction typed without its apostrophe ("dont", "thats",
// "shouldve") read as the contraction, so that rules written with the
// apostrophe hold for chat and tweet spelling. "IM" in capitals is instant
// messaging, not "I'm".
func wordNorm(text, lower string, s, e int) string {
	w := lower[s:e]
	if w == "im" && text[s:e] == "IM" {
		return w
	}
	return normWord(w)
}

// patternWord is a rule's word as messages' words are normalised, so that
// "dont" in a rule matches "dont" and "don't" in a message.
func patternWord(w string) string {
	return normWord(strings.ToLower(w))
}

// backtickContraction reports whether rest, the text after a backtick inside
// a word, is a contraction's ending ("we`re", "don`t", "it`s"): some
// keyboards and chat clients type the apostrophe so. Other backticks
// (inline code) are left to end the word.
func backtickContraction(rest string) bool {
	k := 0
	for k < len(rest) && k < 3 && (rest[k] >= 'a' && rest[k] <= 'z' || rest[k] >= 'A' && rest[k] <= 'Z') {
		k++
	}
	if k < len(rest) && isASCIIWord(rest[k]) {
		return false
	}
	switch strings.ToLower(rest[:k]) {
	case "s", "t", "d", "m", "re", "ll", "ve":
		return true
	}
	return false
}

// normWord normalises a lower-case word: ’ and ` become ', and a bare
// contraction gets its apostrophe.
func normWord(w string) string {
	if strings.Contains(w, "’") {
		w = strings.ReplaceAll(w, "’", "'")
	}
	if strings.IndexByte(w, '`') >= 0 {
		w = strings.ReplaceAll(w, "`", "'")
	}
	if n := len(w); n < 16 && w[0] >= 'a' && w[0] <= 'z' && contractionShapes[w[0]-'a']&(1<<n) != 0 {
		if c, ok := wordForms[w]; ok {
			return c
		}
	}
	return w
}

// chatPronouns are chat spellings of "you all" ("yall", "y'all"), read as
// "you" so that every rule and cue written with "you" holds for them
// ("yall suck", "y'all need to do better"). "u" and "ur" are left alone:
// rules list "u" where they mean it, and "ur" is "your" as often as
// "you're".
var chatPronouns = map[string]string{"yall": "you", "y'all": "you", "ya'll": "you"}

// contractionShapes holds, for each first letter, the lengths of the bare
// contractions that start with it: a cheap filter before the map look-up
// that every word of every message would otherwise pay.
var contractionShapes = func() (t [26]uint16) {
	for w := range wordForms {
		t[w[0]-'a'] |= 1 << len(w)
	}
	return t
}()

// wordForms maps a typed word to the form rules are written with: the bare
// contractions and the chat spellings of "you all", in one map so that a
// word costs one look-up.
var wordForms = func() map[string]string {
	m := make(map[string]string, len(bareContractions)+len(chatPronouns))
	for w, f := range bareContractions {
		m[w] = f
	}
	for w, f := range chatPronouns {
		m[w] = f
	}
	return m
}()

// bareContractions maps contractions typed without their apostrophe to the
// written form. Spellings that are also ordinary words are left out: well,
// were, ill, id, hell, shell, wed, lets, its, hed, shed, whore.
var bareContractions = map[string]string{
	"dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "isnt": "isn't",
	"arent": "aren't", "wasnt": "wasn't", "werent": "weren't", "hasnt": "hasn't",
	"havent": "haven't", "hadnt": "hadn't", "wont": "won't", "cant": "can't",
	"wouldnt": "wouldn't", "shouldnt": "shouldn't", "couldnt": "couldn't",
	"mustnt": "mustn't", "neednt": "needn't", "aint": "ain't",
	"im": "i'm", "ive": "i've", "youre": "you're", "youve": "you've",
	"youll": "you'll", "youd": "you'd", "theyre": "they're", "theyve": "they've",
	"theyll": "they'll", "theyd": "they'd", "weve": "we've", "thats": "that's",
	"whats": "what's", "theres": "there's", "heres": "here's", "wheres": "where's",
	"whos": "who's", "shes": "she's", "hes": "he's",
	"shouldve": "should've", "couldve": "could've", "wouldve": "would've", "mustve": "must've",
}

// foldASCII returns text with ASCII letters lower-cased. It returns text itself
// when there is nothing to fold, and otherwise reuses buf.
func foldASCII(text string, buf *[]byte) string {
	k := -1
	for i := 0; i < len(text); i++ {
		if c := text[i]; c >= 'A' && c <= 'Z' {
			k = i
			break
		}
	}
	if k < 0 {
		return text
	}
	b := append((*buf)[:0], text...)
	for i := k; i < len(b); i++ {
		if c := b[i]; c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	*buf = b
	// The string must not alias buf, which is reused for the next message.
	return string(b)
}

// timeUnits are the units a time is typed with, joined to its number.
var timeUnits = map[string]bool{
	"min": true, "mins": true, "minute": true, "minutes": true, "hr": true, "hrs": true, "hour": true,
	"hours": true, "day": true, "days": true, "wk": true, "wks": true, "week": true, "weeks": true,
	"month": true, "months": true, "yr": true, "yrs": true, "year": true, "years": true,
}

// timeUnitAt returns where the unit starts in a number typed with a time
// unit ("40mins" → 2), or 0.
func timeUnitAt(norm string) int {
	k := 0
	for k < len(norm) && norm[k] >= '0' && norm[k] <= '9' {
		k++
	}
	if k == 0 || k == len(norm) || !timeUnits[norm[k:]] {
		return 0
	}
	return k
}
