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
	s.requireFloors(t, 0.90, 0.85)
}
