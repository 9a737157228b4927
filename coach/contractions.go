package coach

import "strings"

// Contractions in patterns. LABELING.md judges meaning, not spelling: "it
// is not a bug" says what "it's not a bug" says. A rule file writes the
// contraction it expects, and the compiler adds the spelled-out words as a
// variant of the pattern, so that no rule lists both. (A text's bare
// contractions, "dont" or "thats", are given their apostrophe by the
// tokenizer; see bareContractions.)

// spelledOut maps a contraction to its two words. "'s" reads as "is" (the
// "has" of "it's been" is rare in the phrases rules name); "can't" is
// "cannot", one word, or "can not".
var spelledOut = map[string][2]string{
	"don't": {"do", "not"}, "doesn't": {"does", "not"}, "didn't": {"did", "not"},
	"isn't": {"is", "not"}, "aren't": {"are", "not"}, "wasn't": {"was", "not"},
	"weren't": {"were", "not"}, "haven't": {"have", "not"}, "hasn't": {"has", "not"},
	"hadn't": {"had", "not"}, "won't": {"will", "not"}, "wouldn't": {"would", "not"},
	"can't": {"can", "not"}, "couldn't": {"could", "not"}, "shouldn't": {"should", "not"},
	"mustn't": {"must", "not"},
	"i'm":     {"i", "am"}, "you're": {"you", "are"}, "we're": {"we", "are"}, "they're": {"they", "are"},
	"i'll": {"i", "will"}, "you'll": {"you", "will"}, "we'll": {"we", "will"}, "they'll": {"they", "will"},
	"it'll": {"it", "will"}, "that'll": {"that", "will"},
	"i've": {"i", "have"}, "you've": {"you", "have"}, "we've": {"we", "have"}, "they've": {"they", "have"},
	"should've": {"should", "have"}, "could've": {"could", "have"}, "would've": {"would", "have"},
	"must've": {"must", "have"},
	"it's":    {"it", "is"}, "that's": {"that", "is"}, "there's": {"there", "is"}, "what's": {"what", "is"},
	"here's": {"here", "is"}, "who's": {"who", "is"}, "he's": {"he", "is"}, "she's": {"she", "is"},
	"where's": {"where", "is"}, "let's": {"let", "us"},
}

// maxSpelledVariants bounds the variants one pattern gains, so that a
// pattern of many contractions stays small.
const maxSpelledVariants = 8

// spelledVariants returns the pattern's fields followed by its variants
// with contractions spelled out: "it's|that's not a bug" gains
// "it|that is not a bug". Only plain word alternatives are read; a field
// that is optional, a gap, a list or a shape is left as it is. "can't"
// also gains "cannot" in its own field.
func spelledVariants(fields []string) [][]string {
	out := [][]string{fields}
	// Right to left, so that splitting a field leaves the indices of the
	// fields before it as they were.
	for i := len(fields) - 1; i >= 0; i-- {
		f := fields[i]
		if !plainAlternatives(f) {
			continue
		}
		// The spelled-out field groups, by their second word.
		var groups [][2]string
		cant, cannot := false, false
		for _, alt := range strings.Split(f, "|") {
			if alt == "" {
				continue // an empty alternative: the compiler reports it
			}
			pw := patternWord(alt)
			cant, cannot = cant || pw == "can't", cannot || pw == "cannot"
			w, ok := spelledOut[pw]
			if !ok {
				continue
			}
			k := 0
			for k < len(groups) && groups[k][1] != w[1] {
				k++
			}
			if k == len(groups) {
				groups = append(groups, [2]string{w[0], w[1]})
			} else if !strings.Contains("|"+groups[k][0]+"|", "|"+w[0]+"|") {
				groups[k][0] += "|" + w[0]
			}
		}
		if len(groups) == 0 {
			continue
		}
		if cant && !cannot {
			f += "|cannot" // one word, beside "can not"
		}
		next := make([][]string, 0, maxSpelledVariants)
		for _, v := range out {
			next = append(next, append(append(append([]string{}, v[:i]...), f), v[i+1:]...))
		}
		for _, v := range out {
			for _, g := range groups {
				if len(next) >= maxSpelledVariants {
					break
				}
				next = append(next, append(append(append([]string{}, v[:i]...), g[0], g[1]), v[i+1:]...))
			}
		}
		out = next
	}
	return out
}

// plainAlternatives reports whether field f is words joined by "|", with
// no list, family, gap, shape or optional mark.
func plainAlternatives(f string) bool {
	if f == "" || strings.ContainsAny(f, "@~<%*?_#") || !hasLetter(f) {
		return false
	}
	return true
}
