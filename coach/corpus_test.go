package coach

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// labelled is one line of a labelled message file (testdata/LABELLING.md).
type labelled struct {
	ID      string     `json:"id"`
	Text    string     `json:"text"`
	Labels  []Category `json:"labels"`
	Context *struct {
		Role string `json:"role"`
		Prev string `json:"prev"`
	} `json:"context"`
}

func (l labelled) context() Context {
	var c Context
	if l.Context == nil {
		return c
	}
	switch l.Context.Role {
	case "staff":
		c.Role = RoleStaff
	case "requester":
		c.Role = RoleRequester
	}
	switch l.Context.Prev {
	case "thanked":
		c.PrevThanked = true
	case "apologized":
		c.PrevApologized = true
	case "frustrated":
		c.PrevFrustrated = true
	}
	return c
}

func readLabelled(t *testing.T, path string) []labelled {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer f.Close()
	var out []labelled
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var l labelled
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		for _, c := range l.Labels {
			if !c.Valid() {
				t.Fatalf("%s:%d: unknown label %q", path, n, c)
			}
		}
		out = append(out, l)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return out
}

// score holds per-category counts.
type score struct {
	tp, fp, fn          map[Category]int
	clean, cleanFlagged int
	misses              []string // ids, for -v
}

func (s *score) precision(c Category) float64 {
	if s.tp[c]+s.fp[c] == 0 {
		return 1
	}
	return float64(s.tp[c]) / float64(s.tp[c]+s.fp[c])
}

func (s *score) recall(c Category) float64 {
	if s.tp[c]+s.fn[c] == 0 {
		return 1
	}
	return float64(s.tp[c]) / float64(s.tp[c]+s.fn[c])
}

func scoreSet(a *Analyzer, set []labelled, verbose bool) *score {
	return scoreSetWith(a, set, verbose, labelled.context)
}

// scoreSetWith scores set, judging each message in the context ctx gives it.
func scoreSetWith(a *Analyzer, set []labelled, verbose bool, ctx func(labelled) Context) *score {
	s := &score{tp: map[Category]int{}, fp: map[Category]int{}, fn: map[Category]int{}}
	for _, l := range set {
		want := map[Category]bool{}
		for _, c := range l.Labels {
			want[c] = true
		}
		got := map[Category]bool{}
		fs := a.Analyze(l.Text, ctx(l))
		for _, f := range fs {
			got[f.Category] = true
		}
		if len(want) == 0 {
			s.clean++
			if len(got) > 0 {
				s.cleanFlagged++
			}
		}
		for _, c := range Categories() {
			switch {
			case want[c] && got[c]:
				s.tp[c]++
			case got[c]:
				s.fp[c]++
				if verbose {
					s.misses = append(s.misses, fmt.Sprintf("FP %-13s %s %q %v", c, l.ID, l.Text, matches(fs, c)))
				}
			case want[c]:
				s.fn[c]++
				if verbose {
					s.misses = append(s.misses, fmt.Sprintf("FN %-13s %s %q", c, l.ID, l.Text))
				}
			}
		}
	}
	return s
}

func matches(fs []Finding, c Category) []string {
	var out []string
	for _, f := range fs {
		if f.Category == c {
			out = append(out, f.Rule+":"+f.Match)
		}
	}
	return out
}

// f1 is the harmonic mean of precision and recall for c (0 when nothing
// was found or expected).
func (s *score) f1(c Category) float64 {
	return f1(s.tp[c], s.fp[c], s.fn[c])
}

// micro returns precision, recall and F1 over all categories together.
func (s *score) micro() (p, r, f float64) {
	var tp, fp, fn int
	for _, c := range Categories() {
		tp, fp, fn = tp+s.tp[c], fp+s.fp[c], fn+s.fn[c]
	}
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	return p, r, f1(tp, fp, fn)
}

func f1(tp, fp, fn int) float64 {
	if tp == 0 {
		return 0
	}
	return 2 * float64(tp) / float64(2*tp+fp+fn)
}

// requireFloors fails the test for every category whose precision or
// recall is below the floor.
func (s *score) requireFloors(t *testing.T, precision, recall float64) {
	t.Helper()
	for _, c := range Categories() {
		if p := s.precision(c); p < precision {
			t.Errorf("%s: precision %.3f, want ≥ %.2f", c, p, precision)
		}
		if r := s.recall(c); r < recall {
			t.Errorf("%s: recall %.3f, want ≥ %.2f", c, r, recall)
		}
	}
}

// cleanFlaggedPercent is the share of clean messages with any finding.
func (s *score) cleanFlaggedPercent() float64 {
	if s.clean == 0 {
		return 0
	}
	return 100 * float64(s.cleanFlagged) / float64(s.clean)
}

func (s *score) table(t *testing.T, name string) {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n%-14s %5s %5s %5s %9s %7s\n", name, "category", "tp", "fp", "fn", "precision", "recall")
	for _, c := range Categories() {
		fmt.Fprintf(&b, "%-14s %5d %5d %5d %9.3f %7.3f\n", c, s.tp[c], s.fp[c], s.fn[c], s.precision(c), s.recall(c))
	}
	rate := 0.0
	if s.clean > 0 {
		rate = float64(s.cleanFlagged) / float64(s.clean)
	}
	fmt.Fprintf(&b, "clean messages flagged: %d of %d (%.1f%%)", s.cleanFlagged, s.clean, 100*rate)
	t.Log(b.String())
	if testing.Verbose() && os.Getenv("RAPPORT_CORPUS_MISSES") != "" {
		for _, m := range s.misses {
			t.Log(m)
		}
	}
}

// TestCorpus scores the analyser on the labelled corpus and holds every
// category to precision ≥ 0.90 and recall ≥ 0.85.
func TestCorpus(t *testing.T) {
	a := newTestAnalyzer(t)
	set := readLabelled(t, filepath.Join("testdata", "corpus.jsonl"))
	if len(set) < 100 {
		t.Fatalf("corpus has %d messages, want at least 100", len(set))
	}
	s := scoreSet(a, set, true)
	s.table(t, "corpus.jsonl")
	s.requireFloors(t, 0.90, 0.85)
}

// TestHoldout scores the held-out sets, each written by a different person
// from SPEC alone, without printing individual messages. holdout3.jsonl is
// the blind one (never looked at while writing rules); holdout.jsonl and
// holdout2.jsonl were used to diagnose missed families, so they are no
// longer blind (see README). Floors sit just under today's scores and only
// go up.
func TestHoldout(t *testing.T) {
	for _, h := range []struct {
		file                 string
		precision, recall    float64
		cleanFlaggedAtMostPc float64
	}{
		{"holdout.jsonl", 0.75, 0.65, 5},
		{"holdout2.jsonl", 0.90, 0.75, 5},
		{"holdout3.jsonl", 0.75, 0.70, 10},
	} {
		t.Run(h.file, func(t *testing.T) {
			path := filepath.Join("testdata", h.file)
			if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
				t.Skipf("no %s", h.file)
			}
			a := newTestAnalyzer(t)
			s := scoreSet(a, readLabelled(t, path), false)
			s.table(t, h.file)
			for _, c := range Categories() {
				if s.tp[c]+s.fp[c] > 0 && s.precision(c) < h.precision {
					t.Errorf("%s: precision %.3f, want ≥ %.2f", c, s.precision(c), h.precision)
				}
				if s.tp[c]+s.fn[c] > 0 && s.recall(c) < h.recall {
					t.Errorf("%s: recall %.3f, want ≥ %.2f", c, s.recall(c), h.recall)
				}
			}
			if pc := s.cleanFlaggedPercent(); pc > h.cleanFlaggedAtMostPc {
				t.Errorf("%.1f%% of clean messages flagged, want ≤ %.0f%%", pc, h.cleanFlaggedAtMostPc)
			}
		})
	}
}

// newTestAnalyzer returns the analyser of the built-in rules. It is built
// once and shared: an Analyzer is read-only after NewAnalyzer and safe for
// concurrent use (the bot shares one), and compiling the rules for each of
// a hundred tests was most of the package's test time, several times more
// under -race. A test that needs its own compile (TestDeterminism's second
// analyser) calls NewAnalyzer itself.
func newTestAnalyzer(tb testing.TB) *Analyzer {
	tb.Helper()
	a, err := sharedTestAnalyzer()
	if err != nil {
		tb.Fatalf("NewAnalyzer: %v", err)
	}
	return a
}

var sharedTestAnalyzer = sync.OnceValues(func() (*Analyzer, error) { return NewAnalyzer(Options{}) })
