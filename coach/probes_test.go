package coach

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// The probe sets (testdata/probes/*.jsonl) are our own sentences, written
// from LABELING.md category by category: each listed example re-worded the
// ways LABELING.md says must not change the label (tense, plural, spelling,
// intensifiers, extra words, emoji, missing apostrophes, capitals, chat and
// tweet register), and its near-misses worded the same ways. They are judged
// as `rapport check` judges, from the text alone unless a line gives a
// context.

// probeFloor is what a probe file must keep for one of the categories it
// is written for: floors sit at measured values rounded down and only go up.
// Other categories its lines happen to show (an IRC line that is also
// jargon) are scored and logged, and held by their own file.
type probeFloor struct {
	precision, recall float64
}

var probeFloors = map[string]map[Category]probeFloor{
	"agent.jsonl":                {Promise: {0.95, 0.95}, Robotic: {0.95, 0.95}, NoProblem: {0.95, 0.95}},
	"blame-contradiction.jsonl":  {Blame: {0.95, 0.90}, Contradiction: {0.95, 0.95}},
	"condescending-injoke.jsonl": {Condescending: {0.95, 0.95}, InJoke: {0.95, 0.95}},
	"frustration.jsonl":          {Frustration: {0.95, 0.90}},
	"wild-cij.jsonl":             {Condescending: {1.00, 0.70}, InJoke: {1.00, 0.90}},
	"wild-frust.jsonl":           {Frustration: {0.95, 0.95}},
	"jargon.jsonl":               {Jargon: {0.95, 0.95}},
	"wild-jargon.jsonl":          {Jargon: {1.00, 0.90}},
	"wild-bc.jsonl":              {Blame: {0.95, 0.85}, Contradiction: {0.95, 0.90}},
	"wild-agent.jsonl":           {Promise: {0.95, 0.95}, Robotic: {0.95, 0.95}, NoProblem: {0.95, 0.95}},
	"audit-irc2.jsonl":           {Jargon: {0.90, 0.70}, Promise: {1.00, 1.00}, Frustration: {1.00, 1.00}, Condescending: {1.00, 1.00}, Contradiction: {1.00, 1.00}, Blame: {1.00, 1.00}},
	"audit-irc.jsonl":            {Jargon: {1.00, 0.90}, Condescending: {1.00, 1.00}, InJoke: {1.00, 1.00}, Contradiction: {0.85, 0.85}, NoProblem: {1.00, 1.00}, Frustration: {0.65, 1.00}},
	"audit-agent.jsonl":          {Promise: {0.95, 1.00}, Robotic: {1.00, 0.95}, NoProblem: {1.00, 1.00}},
	"audit-gh.jsonl":             {Blame: {0.90, 0.90}, Contradiction: {0.95, 1.00}, InJoke: {1.00, 0.90}, Robotic: {1.00, 1.00}},
	"audit-cust.jsonl":           {Frustration: {1.00, 0.70}},
	"audit-agent2.jsonl":         {Promise: {1.00, 0.85}, Robotic: {1.00, 1.00}, NoProblem: {1.00, 1.00}},
	"audit-cust2.jsonl":          {Frustration: {1.00, 0.90}},
}

// probeCleanCeilings holds, for a probe file, the largest share of its clean
// lines (labelled []) that may be flagged with any category. wild-clean.jsonl
// is all clean: real-sounding messages from every register that use the
// trigger words harmlessly, so its only measure is how many get flagged.
// Ceilings sit at measured values rounded up to a whole percent and only go
// down.
var probeCleanCeilings = map[string]float64{
	"wild-clean.jsonl":   0.03, // 7 of 335 flagged (2.1%), none of them promise, robotic or no-problem
	"wild-agent.jsonl":   0.01, // 1 of 116 flagged (0.9%)
	"audit-irc.jsonl":    0.02, // 1 of 80 flagged (1.3%): a bare "no" answering a question
	"audit-agent.jsonl":  0.02, // 1 of 73 flagged (1.4%), a frustration cue in a stock apology
	"audit-gh.jsonl":     0.05, // 3 of 71 flagged (4.2%): two jargon (PEBKAC named in a critique), one contradiction
	"audit-cust.jsonl":   0.02, // 1 of 68 flagged (1.5%): an excited "and we will!!!" read as a promise
	"audit-agent2.jsonl": 0.03, // 1 of 43 flagged (2.3%): an agent's "That's annoying, Ivan." read as frustration
	"audit-irc2.jsonl":   0.03, // 1 of 47 flagged (2.1%): a nick after "thanks" with no comma
	"audit-cust2.jsonl":  0.00, // 0 of 30 flagged
}

func TestProbes(t *testing.T) {
	a := newTestAnalyzer(t)
	for file, floors := range probeFloors {
		t.Run(file, func(t *testing.T) {
			path := filepath.Join("testdata", "probes", file)
			if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
				t.Fatalf("no %s", path)
			}
			set := readLabelled(t, path)
			s := scoreSet(a, set, true)
			s.table(t, file)
			for c, want := range floors {
				if s.tp[c]+s.fn[c] == 0 {
					t.Errorf("%s: no line labelled %s", file, c)
					continue
				}
				if p := s.precision(c); p < want.precision {
					t.Errorf("%s: precision %.3f, want ≥ %.2f", c, p, want.precision)
				}
				if r := s.recall(c); r < want.recall {
					t.Errorf("%s: recall %.3f, want ≥ %.2f", c, r, want.recall)
				}
			}
		})
	}
}

func TestProbesClean(t *testing.T) {
	a := newTestAnalyzer(t)
	for file, ceiling := range probeCleanCeilings {
		t.Run(file, func(t *testing.T) {
			set := readLabelled(t, filepath.Join("testdata", "probes", file))
			s := scoreSet(a, set, true)
			s.table(t, file)
			if s.clean == 0 {
				t.Fatalf("%s: no clean line", file)
			}
			if rate := float64(s.cleanFlagged) / float64(s.clean); rate > ceiling {
				t.Errorf("%d of %d clean lines flagged (%.1f%%), want ≤ %.0f%%", s.cleanFlagged, s.clean, 100*rate, 100*ceiling)
			}
		})
	}
}
