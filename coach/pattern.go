package coach

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// shape is a word-shape class a pattern names with %: what a token looks
// like rather than which word it is.
type shape uint8

const (
	shapeCaps      shape = iota + 1 // %caps: a word in capitals, not a known acronym
	shapeStretched                  // %stretched: a letter held three times ("sooo", "pleeease")
	shapeOrdinal                    // %ordinal: 1st, 22nd, third, fifth
	shapeNumber                     // %number: any number (as #)
	shapeMarks                      // %marks: a run of two or more ? and ! ("??", "?!", "!!!")
	shapeEmojiPos                   // %emoji+: an emoji of thanks or joy
	shapeEmojiNeg                   // %emoji-: an emoji of anger, sadness or frustration
	shapeTitle                      // %title: a capitalised word such as a name ("Jim")
	shapeHandle                     // %handle: an @handle as written on Twitter or GitHub ("@ShopCo")
	shapeLast      = shapeHandle
)

var shapeNames = map[string]shape{
	"caps": shapeCaps, "stretched": shapeStretched, "ordinal": shapeOrdinal,
	"number": shapeNumber, "marks": shapeMarks, "emoji+": shapeEmojiPos, "emoji-": shapeEmojiNeg,
	"title": shapeTitle, "handle": shapeHandle,
}

func shapeList() string {
	names := make([]string, 0, len(shapeNames))
	for n := range shapeNames {
		names = append(names, "%"+n)
	}
	slices.Sort(names)
	return strings.Join(names, " ")
}

// shapeKey is the index key of matches that start with a shape.
func shapeKey(s shape) string { return "%" + string(rune('0'+s)) }

// ordinalWord reports whether w is an ordinal written as a word. A switch,
// not a map: every word of a message meets a %ordinal element, and a
// switch on constant strings compares lengths before it hashes anything.
func ordinalWord(w string) bool {
	switch w {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
		"eighth", "ninth", "tenth", "eleventh", "twelfth", "umpteenth", "nth":
		return true
	}
	return false
}

// Emoji with a clear polarity, as Unicode and as Slack short codes.
var (
	emojiPositive = setOf("🙂", "😊", "😀", "😃", "😄", "😁", "😍", "🥰", "😎", "👍", "🙏", "🎉", "🥳", "❤", "❤️", "💯", "✅", "🙌", "👏", "😉",
		":smile:", ":slightly_smiling_face:", ":blush:", ":grinning:", ":smiley:", ":+1:", ":thumbsup:", ":pray:", ":tada:",
		":heart:", ":raised_hands:", ":clap:", ":white_check_mark:", ":100:", ":wink:", ":heart_eyes:", ":sunglasses:")
	emojiNegative = setOf("😠", "😡", "🤬", "😤", "😒", "🙄", "😞", "😢", "😭", "😩", "😫", "🤦", "🤦‍♂️", "🤦‍♀️", "👎", "💩", "😖", "😣", "😑", "😐",
		":angry:", ":rage:", ":triumph:", ":unamused:", ":roll_eyes:", ":disappointed:", ":cry:", ":sob:", ":weary:",
		":tired_face:", ":facepalm:", ":man-facepalming:", ":woman-facepalming:", ":-1:", ":thumbsdown:", ":confounded:",
		":persevere:", ":expressionless:", ":neutral_face:", ":face_with_rolling_eyes:")
)

func setOf(ws ...string) map[string]struct{} {
	m := make(map[string]struct{}, len(ws))
	for _, w := range ws {
		m[w] = struct{}{}
	}
	return m
}

// hasShape reports whether token t has shape s. acronyms are the upper-case
// words that are not shouting.
func hasShape(s shape, t *token, text string, acronyms map[string]struct{}) bool {
	switch s {
	case shapeCaps:
		if t.kind != tokWord || t.end-t.start < 2 {
			return false
		}
		for k := t.start; k < t.end; k++ {
			if c := text[k]; !(c >= 'A' && c <= 'Z') && c != '\'' {
				return false
			}
		}
		_, acr := acronyms[t.norm]
		return !acr
	case shapeTitle:
		return t.kind == tokWord && titleCased(text[t.start:t.end])
	case shapeStretched:
		return t.kind == tokWord && stretched(t.norm)
	case shapeHandle:
		return handle(t)
	case shapeOrdinal:
		if t.kind == tokNumber {
			n := t.norm
			return len(n) > 2 && n[0] >= '0' && n[0] <= '9' &&
				(strings.HasSuffix(n, "st") || strings.HasSuffix(n, "nd") || strings.HasSuffix(n, "rd") || strings.HasSuffix(n, "th"))
		}
		return t.kind == tokWord && ordinalWord(t.norm)
	case shapeNumber:
		return t.kind == tokNumber
	case shapeMarks:
		if t.kind != tokPunct || len(t.norm) < 2 {
			return false
		}
		return strings.Trim(t.norm, "?!") == ""
	case shapeEmojiPos, shapeEmojiNeg:
		set := emojiPositive
		if s == shapeEmojiNeg {
			set = emojiNegative
		}
		if t.kind != tokPunct && !(t.kind == tokOpaque && t.prot == spanEmoji) {
			return false
		}
		_, ok := set[text[t.start:t.end]]
		return ok
	}
	return false
}

// stretched reports whether w holds a letter three or more times in a row
// ("sooo", "pleeease"), which written English words never do ("www" aside).
func stretched(w string) bool {
	run := 1
	for i := 1; i < len(w); i++ {
		if w[i] == w[i-1] && w[i] >= 'a' && w[i] <= 'z' && w[i] != 'w' {
			if run++; run >= 3 {
				return true
			}
		} else {
			run = 1
		}
	}
	return false
}

// irregular lists the forms of common irregular verbs and nouns, so that ~be
// matches "was" and ~send matches "sent".
var irregular = map[string][]string{
	"be": {"am", "is", "are", "was", "were", "been", "being"}, "have": {"has", "had", "having"},
	"do": {"does", "did", "done", "doing"}, "get": {"gets", "got", "gotten", "getting"},
	"go": {"goes", "went", "gone", "going"}, "make": {"makes", "made", "making"},
	"take": {"takes", "took", "taken", "taking"}, "send": {"sends", "sent", "sending"},
	"say": {"says", "said", "saying"}, "tell": {"tells", "told", "telling"},
	"hear": {"hears", "heard", "hearing"}, "know": {"knows", "knew", "known", "knowing"},
	"give": {"gives", "gave", "given", "giving"}, "come": {"comes", "came", "coming"},
	"find": {"finds", "found", "finding"}, "understand": {"understands", "understood", "understanding"},
	"keep": {"keeps", "kept", "keeping"}, "break": {"breaks", "broke", "broken", "breaking"},
	"feel": {"feels", "felt", "feeling"}, "leave": {"leaves", "left", "leaving"},
	"pay": {"pays", "paid", "paying"}, "buy": {"buys", "bought", "buying"},
	"bring": {"brings", "brought", "bringing"}, "think": {"thinks", "thought", "thinking"},
	"write": {"writes", "wrote", "written", "writing"}, "run": {"runs", "ran", "running"},
	"sorry": {"sorrier", "sorriest"}, "apology": {"apologies"}, "inconvenience": {"inconveniences", "inconvenienced", "inconveniencing"},
	"issue": {"issues", "issued"}, "reply": {"replies", "replied", "replying"},
}

// maxInflections bounds the forms one ~word yields.
const maxInflections = 64

// inflections returns the forms of an English word that ~word matches: the
// word itself, its plural or third person (-s, -es, -ies), past (-ed, -d,
// -ied), -ing, irregular forms, and British and American spellings
// (-ise/-ize, -yse/-yze, -our/-or, a doubled or single final l). Forms that
// are not words do no harm: no message holds them.
func inflections(w string) []string {
	var bases []string
	add := func(list *[]string, f string) {
		if f != "" && !slices.Contains(*list, f) && len(*list) < maxInflections {
			*list = append(*list, f)
		}
	}
	add(&bases, w)
	for _, sw := range [][2]string{{"ise", "ize"}, {"ize", "ise"}, {"yse", "yze"}, {"yze", "yse"}, {"our", "or"}, {"isation", "ization"}, {"ization", "isation"}} {
		if strings.HasSuffix(w, sw[0]) {
			add(&bases, strings.TrimSuffix(w, sw[0])+sw[1])
		}
	}
	var out []string
	for _, b := range bases {
		add(&out, b)
		for _, f := range irregular[b] {
			add(&out, f)
		}
		if !utf8.ValidString(b) || len(b) < 2 {
			continue
		}
		last, prev := b[len(b)-1], b[len(b)-2]
		vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
		switch {
		case strings.HasSuffix(b, "s") || strings.HasSuffix(b, "x") || strings.HasSuffix(b, "z") || strings.HasSuffix(b, "ch") || strings.HasSuffix(b, "sh"):
			add(&out, b+"es")
		case last == 'y' && !vowel(prev):
			add(&out, b[:len(b)-1]+"ies")
		default:
			add(&out, b+"s")
		}
		switch {
		case last == 'e':
			add(&out, b+"d")
			if strings.HasSuffix(b, "ie") {
				add(&out, b[:len(b)-2]+"ying")
			} else if strings.HasSuffix(b, "ee") || strings.HasSuffix(b, "ye") || strings.HasSuffix(b, "oe") {
				add(&out, b+"ing")
			} else {
				add(&out, b[:len(b)-1]+"ing")
			}
		case last == 'y' && !vowel(prev):
			add(&out, b[:len(b)-1]+"ied")
			add(&out, b+"ing")
		default:
			add(&out, b+"ed")
			add(&out, b+"ing")
			// stop → stopped, cancel → cancelled: a final consonant after
			// one vowel may double.
			if !vowel(last) && vowel(prev) && strings.IndexByte("wxy", last) < 0 && (len(b) < 3 || !vowel(b[len(b)-3])) {
				add(&out, b+string(last)+"ed")
				add(&out, b+string(last)+"ing")
			}
		}
		if strings.HasSuffix(b, "ll") {
			add(&out, b[:len(b)-1]+"ed")
			add(&out, b[:len(b)-1]+"ing")
		}
	}
	return out
}
