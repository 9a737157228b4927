package coach

import (
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// realCorpusDir finds the labelled real support messages: $RAPPORT_REAL_CORPUS,
// or a shared/corpus folder found by walking up from the package directory
// (in the project's layout, ../../shared/corpus). It returns "" when there
// is none, as on a contributor's machine.
func realCorpusDir() string {
	if d := os.Getenv("RAPPORT_REAL_CORPUS"); d != "" {
		return d
	}
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		cand := filepath.Join(dir, "shared", "corpus")
		if st, err := os.Stat(cand); err == nil && st.IsDir() {
			return cand
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// heldOut reports whether a real-corpus message belongs to the third set
// aside: FNV-1a 32-bit of its id, modulo 3, is 0. Rules are never written
// from those messages; they only score.
func heldOut(id string) bool {
	h := fnv.New32a()
	h.Write([]byte(id))
	return h.Sum32()%3 == 0
}

// realContext judges a real message as `rapport check` does, from its text
// alone with no role, except that a known previous message tells what a
// "no problem" answers: the bot reads it with Signals.
func realContext(a *Analyzer) func(labelled) Context {
	return func(l labelled) Context {
		var c Context
		if l.Context != nil && strings.TrimSpace(l.Context.Prev) != "" {
			s := a.Signals(l.Context.Prev)
			c.PrevThanked, c.PrevApologized = s.Thanked, s.Apologized
		}
		return c
	}
}

// realFloor is what one part of the real corpus must keep. Floors sit at
// measured values rounded down and only go up.
type realFloor struct {
	microF1         float64
	cleanFlaggedMax float64 // per cent
	f1              map[Category]float64
}

var realFloors = map[string]realFloor{
	"dev": {microF1: 0.97, cleanFlaggedMax: 0.8, f1: map[Category]float64{
		NoProblem: 0.98, Condescending: 0.99, Jargon: 0.97, InJoke: 0.96, Blame: 0.91,
		// Contradiction was 0.95 until a bare "no", "nope" or "nah" stopped
		// being read as one: the dev third has one, answering a failure
		// report, but on IRC a bare "no" is far more often the answer to
		// a question (20 of 272 clean lines of a real IRC log were
		// flagged, 2 of them for it). The one floor that went down.
		Contradiction: 0.92, Robotic: 0.99, Promise: 0.97, Frustration: 0.96,
	}},
	// The held-out ceiling is today's measure (10 of 127 clean messages,
	// after wave 13; 11 before): above the 3% the issue sets, and the
	// first thing to bring down.
	"held-out": {microF1: 0.81, cleanFlaggedMax: 7.9, f1: map[Category]float64{
		NoProblem: 0.95, Condescending: 0.74, Jargon: 0.84, InJoke: 0.70, Blame: 0.60,
		Contradiction: 0.40, Robotic: 0.90, Promise: 0.90, Frustration: 0.81,
	}},
	// The whole corpus against the bar (micro F1 0.85, at most 3%
	// of clean messages flagged, every category of ten or more positives
	// at 0.75), with floors at today's measure: 11 of 378 clean messages
	// flagged (2.9%) after wave 14, 10 of them in the held-out third.
	"all": {microF1: 0.91, cleanFlaggedMax: 3.0, f1: map[Category]float64{
		NoProblem: 0.97, Condescending: 0.89, Jargon: 0.93, InJoke: 0.89, Blame: 0.83,
		Contradiction: 0.82, Robotic: 0.96, Promise: 0.95, Frustration: 0.91,
	}},
}

// TestRealCorpus scores the analyser on real support messages labelled to
// ../shared/LABELING.md, the development part, the held-out third and the
// whole corpus separately, and holds each to its floors. It prints numbers only: the
// held-out texts are never shown.
func TestRealCorpus(t *testing.T) {
	dir := realCorpusDir()
	if dir == "" {
		t.Skip("no real corpus: set RAPPORT_REAL_CORPUS or check out shared/corpus beside the repository")
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil || len(files) == 0 {
		t.Skipf("no *.jsonl in %s", dir)
	}
	var dev, held []labelled
	for _, f := range files {
		for _, l := range readLabelled(t, f) {
			if heldOut(l.ID) {
				held = append(held, l)
			} else {
				dev = append(dev, l)
			}
		}
	}
	a := newTestAnalyzer(t)
	for _, part := range []struct {
		name string
		set  []labelled
	}{{"dev", dev}, {"held-out", held}, {"all", slices.Concat(dev, held)}} {
		t.Run(part.name, func(t *testing.T) {
			s := scoreSetWith(a, part.set, false, realContext(a))
			t.Log(realTable(s, fmt.Sprintf("real corpus, %s part (%d messages)", part.name, len(part.set))))
			floor := realFloors[part.name]
			if _, _, f := s.micro(); f < floor.microF1 {
				t.Errorf("micro F1 %.3f, want ≥ %.2f", f, floor.microF1)
			}
			if pc := s.cleanFlaggedPercent(); pc > floor.cleanFlaggedMax {
				t.Errorf("%.1f%% of clean messages flagged, want ≤ %.1f%%", pc, floor.cleanFlaggedMax)
			}
			for _, c := range Categories() {
				if want, ok := floor.f1[c]; ok && s.f1(c) < want {
					t.Errorf("%s: F1 %.3f, want ≥ %.2f", c, s.f1(c), want)
				}
			}
			if part.name != "all" {
				return
			}
			// The bar for the whole corpus: every category with
			// ten or more positives at F1 0.75 or better.
			for _, c := range Categories() {
				if s.tp[c]+s.fn[c] >= 10 && s.f1(c) < 0.75 {
					t.Errorf("%s: F1 %.3f on %d positives, want ≥ 0.75", c, s.f1(c), s.tp[c]+s.fn[c])
				}
			}
		})
	}
}

// realTable renders per-category precision, recall and F1, micro figures
// and the clean-flagged rate.
func realTable(s *score, name string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n%-14s %4s %4s %4s %9s %7s %6s\n", name, "category", "tp", "fp", "fn", "precision", "recall", "F1")
	for _, c := range Categories() {
		fmt.Fprintf(&b, "%-14s %4d %4d %4d %9.3f %7.3f %6.3f\n", c, s.tp[c], s.fp[c], s.fn[c], s.precision(c), s.recall(c), s.f1(c))
	}
	p, r, f := s.micro()
	fmt.Fprintf(&b, "micro          precision %.3f recall %.3f F1 %.3f\n", p, r, f)
	fmt.Fprintf(&b, "clean messages flagged: %d of %d (%.1f%%)", s.cleanFlagged, s.clean, s.cleanFlaggedPercent())
	return b.String()
}

// TestHeldOutSplit pins the split to FNV-1a 32-bit modulo 3, the hash the
// shared copies of the corpus were split with (values computed
// independently of Go's hash/fnv).
func TestHeldOutSplit(t *testing.T) {
	for _, tc := range []struct {
		id   string
		want bool
	}{
		{"tw-dev-0001", false}, // 329334970 % 3 == 1
		{"tw-dev-0003", true},  // 295779732 % 3 == 0
		{"hd-dev-0003", true},  // 105922839 % 3 == 0
		{"a", false},           // 3826002220 % 3 == 1
		{"", false},            // 2166136261 % 3 == 1
	} {
		if got := heldOut(tc.id); got != tc.want {
			t.Errorf("heldOut(%q) = %v, want %v", tc.id, got, tc.want)
		}
	}
}
