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

// probeFloor is what a probe file must keep for each category it labels:
// floors sit at measured values rounded down and only go up.
type probeFloor struct {
	precision, recall float64
}

var probeFloors = map[string]probeFloor{
	"agent.jsonl":                {0, 0},
	"blame-contradiction.jsonl":  {0.50, 0.40},
	"condescending-injoke.jsonl": {0, 0},
	"frustration.jsonl":          {0, 0},
	"jargon.jsonl":               {0, 0},
}

func TestProbes(t *testing.T) {
	a := newTestAnalyzer(t)
	for file, fl := range probeFloors {
		t.Run(file, func(t *testing.T) {
			path := filepath.Join("testdata", "probes", file)
			if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
				t.Skipf("no %s yet", file)
			}
			set := readLabelled(t, path)
			s := scoreSet(a, set, true)
			s.table(t, file)
			for _, c := range Categories() {
				if s.tp[c]+s.fn[c] == 0 {
					continue // the file does not probe c
				}
				if p := s.precision(c); p < fl.precision {
					t.Errorf("%s: precision %.3f, want ≥ %.2f", c, p, fl.precision)
				}
				if r := s.recall(c); r < fl.recall {
					t.Errorf("%s: recall %.3f, want ≥ %.2f", c, r, fl.recall)
				}
			}
		})
	}
}
