package coach

import (
	"slices"
	"strings"
	"testing"
)

// TestCueWordsAreTokens checks every word of every built-in frustration cue
// against the tokenizer: a cue matches token by token, so an alternative
// that the tokenizer splits or spells otherwise ("<0-2>", "don’t", "Wait")
// makes its cue dead without any error. The YAML compiler rejects such
// patterns in rule files; this holds the cues in Go to the same standard.
func TestCueWordsAreTokens(t *testing.T) {
	tz := &tokenizer{}
	checked := 0
	for _, group := range cueSource {
		for _, p := range group.patterns {
			for _, fields := range spelledVariants(strings.Fields(p)) {
				for _, slot := range fields {
					alts := strings.Split(slot, "|")
					for _, alt := range alts {
						if alt == "#" {
							continue
						}
						checked++
						// A spelling the tokenizer normalises ("cant" is read
						// as "can't") is redundant but harmless when the
						// normal form is in the same slot.
						toks := tz.tokenize(alt)
						if len(toks) != 1 || toks[0].norm != alt && !slices.Contains(alts, toks[0].norm) {
							t.Errorf("cue %q: %q can never match a token (the tokenizer reads it as %d tokens)", p, alt, len(toks))
						}
					}
				}
			}
		}
	}
	if checked < 500 {
		t.Fatalf("only %d cue words checked", checked)
	}
}

// The two cues TestCueWordsAreTokens found dead, now matching, with their
// near-misses (no frustration finding at all). Our own sentences.
func init() {
	addRuleCases("frustration.persisting",
		[]string{"Clearly still not fixed."},
		[]string{
			"Clearly not fixed yet, we are still testing the patch.",
			"it's clearly not fixed on my side either, any ideas?",
		})
	addRuleCases("frustration.emotion",
		[]string{"do better y'all", "do better you lot"},
		[]string{"We will do better next time, sorry about the wait."})
}
