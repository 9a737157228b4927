package coach

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// setCase is one line of testdata/rewrite_set.jsonl: a flagged message in
// our own words, what Rapport offered for it, and the verdict a careful
// support lead gave that offer (see README, "Rewrites", for the rubric).
type setCase struct {
	Text string `json:"text"`
	// Stress, when set, is a staff reply in a thread where the other
	// person's last message showed this stress ("repeat", "urgency"…).
	Stress string `json:"stress,omitempty"`
	// Fixable: the author should change their words (false for a promise
	// to keep or a requester's own frustration).
	Fixable bool `json:"fixable"`
	// Offer is what Rapport gave: the whole rewrite, or "" when it gave
	// suggestions, or kept the text because nothing needed changing.
	Offer       string `json:"offer"`
	Suggestions int    `json:"suggestions"`
	// Verdict on the offer: "sendable" (a whole rewrite a lead would send
	// as is), "suggestions" (no rewrite; the per-phrase advice is right),
	// "keep" (nothing to change), or a failure: "harmful", "unfaithful",
	// "awkward", "unfixed". "unjudged" marks an offer no one has read.
	Verdict string `json:"verdict"`
	Note    string `json:"note,omitempty"`
}

func (c setCase) context() Context {
	if c.Stress == "" {
		return Context{}
	}
	return Context{Role: RoleStaff, PrevFrustrated: true, PrevStress: c.Stress}
}

// offer is what Rapport gives for text: the rewrite when one was chosen.
func offer(a *Analyzer, c setCase) (string, int, int) {
	res := a.Check(c.Text, c.context())
	if res.Rewrite == c.Text {
		return "", len(res.Suggestions), len(res.Findings)
	}
	return res.Rewrite, len(res.Suggestions), len(res.Findings)
}

// TestRewriteSet holds every offer on the rewrite set to the verdict a
// careful lead gave it: an offer that changed since it was judged fails
// (judge it again, then -update), as does any offer judged harmful or
// unfaithful; and at least 80% of the fixable messages get a sendable
// whole rewrite.
func TestRewriteSet(t *testing.T) {
	a := newTestAnalyzer(t)
	path := filepath.Join("testdata", "rewrite_set.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	var cases []setCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		var c setCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		cases = append(cases, c)
	}
	f.Close()
	if len(cases) < 150 {
		t.Fatalf("rewrite set has %d messages, want at least 150", len(cases))
	}
	fixable, sendable := 0, 0
	byCat := map[Category]int{}
	for i := range cases {
		c := &cases[i]
		got, nsugg, nfind := offer(a, *c)
		if nfind == 0 {
			t.Errorf("%q: no findings; the case no longer tests a rewrite", c.Text)
		}
		for _, fd := range a.Analyze(c.Text, c.context()) {
			byCat[fd.Category]++
		}
		if got != c.Offer || nsugg != c.Suggestions {
			if *update {
				c.Offer, c.Suggestions, c.Verdict, c.Note = got, nsugg, "unjudged", ""
			} else {
				t.Errorf("%q: offer changed since it was judged %s:\n got %q (%d suggestions)\nwas %q (%d suggestions)", c.Text, c.Verdict, got, nsugg, c.Offer, c.Suggestions)
				continue
			}
		}
		switch c.Verdict {
		case "harmful", "unfaithful", "unjudged":
			t.Errorf("%q: offer %q judged %s", c.Text, c.Offer, c.Verdict)
		case "sendable", "suggestions", "keep", "awkward", "unfixed":
		default:
			t.Errorf("%q: unknown verdict %q", c.Text, c.Verdict)
		}
		if c.Fixable {
			fixable++
			if c.Verdict == "sendable" {
				sendable++
			}
		} else if c.Offer != "" && c.Stress == "" {
			t.Errorf("%q: nothing to fix, but the text was rewritten to %q", c.Text, c.Offer)
		}
	}
	for _, cat := range Categories() {
		if byCat[cat] == 0 {
			t.Errorf("rewrite set has no %s finding", cat)
		}
	}
	if *update {
		var b strings.Builder
		for _, c := range cases {
			j, _ := json.Marshal(c)
			b.Write(j)
			b.WriteByte('\n')
		}
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	share := float64(sendable) / float64(max(fixable, 1))
	t.Logf("rewrite set: %d messages, %d fixable, %d sendable whole rewrites (%.0f%%)", len(cases), fixable, sendable, 100*share)
	if share < 0.80 {
		t.Errorf("sendable whole rewrites for %d of %d fixable messages (%.0f%%), want at least 80%%", sendable, fixable, 100*share)
	}
}
