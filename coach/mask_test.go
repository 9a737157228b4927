package coach

import (
	"strings"
	"testing"
)

// The masks in front of the per-token look-ups may only skip work: a word
// that starts a rule, signals thanks or an apology, or continues a cue must
// never be ruled out by its bit.

func TestWordKeysHoldEveryKey(t *testing.T) {
	a, err := NewAnalyzer(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for key := range a.buckets {
		tok := token{norm: key, h16: wideHash(key)}
		if !a.wordKeys.mayHold(&tok) {
			t.Errorf("the rule key %q is ruled out by wordKeys", key)
		}
	}
	for _, l := range []struct {
		words map[string]struct{}
		bit   uint8
	}{{a.thanks, signalThanks}, {a.apology, signalApology}} {
		for w := range l.words {
			if a.buckets[w].signal&l.bit == 0 {
				t.Errorf("the signal word %q has no signal bit in its bucket", w)
			}
		}
	}
	// The tokenizer gives a word the same hash the mask was filled with:
	// the message's rule still fires.
	if got := a.Analyze("No problem, just reboot it.", Context{}); len(got) == 0 {
		t.Error("no findings for a message the rules match")
	}
}

func TestCueMaskKeepsEveryCue(t *testing.T) {
	tz := &tokenizer{}
	checked := 0
	for first, cues := range cueIndex() {
		for _, cp := range cues {
			// Spell the cue with its first alternative in every slot (a
			// number for "#") and check that it still matches.
			words := make([]string, len(cp.slots))
			for k, slot := range cp.slots {
				words[k] = slot[0]
				if k == 0 && first != "#" {
					words[k] = first
				}
				if words[k] == "#" {
					words[k] = "3"
				}
			}
			text := strings.Join(words, " ")
			toks := tz.tokenize(text)
			if len(toks) != len(cp.slots) {
				continue // a slot of punctuation glued to a word: spelt otherwise
			}
			checked++
			if n := cp.matchAt(toks, 0); n != len(cp.slots) {
				t.Errorf("cue %q no longer matches its own words (got %d tokens)", text, n)
			}
		}
	}
	if checked < 100 {
		t.Fatalf("only %d cues checked", checked)
	}
}

func TestValenceMaskHoldsEveryWord(t *testing.T) {
	vt := valences()
	for w := range vt.info {
		tok := token{norm: w, h16: wideHash(w)}
		wordLexes().note(&tok)
		if _, ok := vt.infoOf(&tok); !ok {
			t.Errorf("the frustration reader's word %q is ruled out by its mask", w)
		}
	}
	// Through the tokenizer: a rated word, a degree word and a cue's first
	// word are still read.
	r := readFrustration((&tokenizer{}).tokenize("This is extremely annoying, still waiting"), "This is extremely annoying, still waiting")
	if r.neg == 0 || r.cues == 0 {
		t.Errorf("read neg %v, cues %v for an annoyed wait, want both above zero", r.neg, r.cues)
	}
}

func TestRoleMaskHoldsEveryRole(t *testing.T) {
	lx := lexicon()
	checked := 0
	for w, r := range lx.roles {
		if w[0] < 'a' || w[0] > 'z' || len(w) >= 32 {
			continue // such a word has no role (roleOf)
		}
		tok := token{kind: tokWord, norm: w, h16: wideHash(w)}
		wordLexes().note(&tok)
		if got := lx.roleOf(&tok); got != r {
			t.Errorf("role of %q = %v, want %v", w, got, r)
		}
		checked++
	}
	if checked < 100 {
		t.Fatalf("only %d role words checked", checked)
	}
}
