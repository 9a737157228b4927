package coach

import (
	"path/filepath"
	"testing"
)

// TestDev scores the development set, written separately from corpus.jsonl
// to cover each category's wider family of phrasings and their clean
// near-misses, and holds it to the same floors as the corpus.
func TestDev(t *testing.T) {
	a := newTestAnalyzer(t)
	set := readLabelled(t, filepath.Join("testdata", "dev.jsonl"))
	if len(set) < 250 {
		t.Fatalf("dev set has %d messages, want at least 250", len(set))
	}
	s := scoreSet(a, set, true)
	s.table(t, "dev.jsonl")
	for _, c := range Categories() {
		if p := s.precision(c); p < 0.90 {
			t.Errorf("%s: precision %.3f, want ≥ 0.90", c, p)
		}
		if r := s.recall(c); r < 0.85 {
			t.Errorf("%s: recall %.3f, want ≥ 0.85", c, r)
		}
	}
}
