package coach

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestOnePassSignals: a message's signals do not depend on the role it is
// analysed for, so the bot can read a staff message once for both.
func TestOnePassSignals(t *testing.T) {
	a := newTestAnalyzer(t)
	var texts []string
	for _, f := range []string{"corpus.jsonl", "dev.jsonl"} {
		for _, l := range readLabelled(t, filepath.Join("testdata", f)) {
			texts = append(texts, l.Text)
		}
	}
	frustrated := 0
	for _, text := range texts {
		req := a.AnalyzeMessage(text, Context{Role: RoleRequester})
		staff := a.AnalyzeMessage(text, Context{Role: RoleStaff})
		if req.Signals != staff.Signals {
			t.Errorf("%q: signals as requester %+v, as staff %+v, want the same", text, req.Signals, staff.Signals)
		}
		if got := a.Signals(text); got != req.Signals {
			t.Errorf("%q: Signals() = %+v, AnalyzeMessage = %+v", text, got, req.Signals)
		}
		if req.Signals.Frustrated {
			frustrated++
		}
		for _, f := range staff.Findings {
			if r := a.byID[f.Rule]; r.requesterOnly {
				t.Errorf("%q: requester-only rule %s fired on a staff message", text, f.Rule)
			}
		}
	}
	if frustrated == 0 {
		t.Error("no message of the corpora reads as frustrated, want some")
	}
}

func TestOnePassExamples(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []struct {
		text string
		role Role
		want Signals
		cats []Category
	}{
		{"This is the fourth time it has crashed today and I have a deadline!!!", RoleStaff, Signals{Frustrated: true, Stress: "repeat"}, nil},
		{"Thanks so much, sorry for the bother", RoleStaff, Signals{Thanked: true, Apologized: true}, nil},
		{"I'll look into it this afternoon.", RoleStaff, Signals{}, []Category{Promise}},
		{"I'll look into it this afternoon.", RoleRequester, Signals{}, []Category{Promise}},
	}
	for _, tt := range tests {
		an := a.AnalyzeMessage(tt.text, Context{Role: tt.role})
		if an.Signals != tt.want {
			t.Errorf("%q: signals %+v, want %+v", tt.text, an.Signals, tt.want)
		}
		var cats []Category
		for _, f := range an.Findings {
			cats = append(cats, f.Category)
		}
		if strings.Join(catStrings(cats), ",") != strings.Join(catStrings(tt.cats), ",") {
			t.Errorf("%q as %v: categories %v, want %v", tt.text, tt.role, cats, tt.cats)
		}
	}
}

func catStrings(cs []Category) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = string(c)
	}
	return out
}

// TestLongMessageTruncated: only the first MaxAnalyzedBytes are read, the
// analysis says so, and the rewrite keeps the unread rest unchanged.
func TestLongMessageTruncated(t *testing.T) {
	a := newTestAnalyzer(t)
	filler := strings.Repeat("the new monitor arrived and sits on the desk by the window ", MaxAnalyzedBytes/58+1)
	tail := " We apologise for any inconvenience."
	for _, tc := range []struct {
		name          string
		text          string
		wantTruncated bool
		wantFindings  int
	}{
		{"short", "We apologise for any inconvenience.", false, 1},
		{"finding after the cut", filler + tail, true, 0},
		{"finding before the cut", "We apologise for any inconvenience. " + filler + tail, true, 1},
		{"multi-byte at the cut", strings.Repeat("é", MaxAnalyzedBytes), true, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			an := a.AnalyzeMessage(tc.text, Context{})
			if an.Truncated != tc.wantTruncated || len(an.Findings) != tc.wantFindings {
				t.Errorf("truncated %v with %d findings, want %v with %d", an.Truncated, len(an.Findings), tc.wantTruncated, tc.wantFindings)
			}
			res := a.Check(tc.text, Context{})
			if res.Truncated != tc.wantTruncated {
				t.Errorf("Check: truncated %v, want %v", res.Truncated, tc.wantTruncated)
			}
			if tc.wantTruncated && !strings.HasSuffix(res.Rewrite, tail) && tc.name != "multi-byte at the cut" {
				t.Errorf("rewrite lost the unread tail: ends %q", res.Rewrite[len(res.Rewrite)-40:])
			}
			b, err := json.Marshal(res)
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(string(b), `"truncated":true`); got != tc.wantTruncated {
				t.Errorf("JSON says truncated: %v, want %v", got, tc.wantTruncated)
			}
		})
	}
}

// TestMatchWorkCapped: a user's rule file of long, gapped patterns that all
// start with one word loads (each pattern is within the bounds), but a
// message made of that word cannot make matching run for minutes: matching
// stops at maxMatchWork, the analysis says it was truncated, and what was
// found before the stop is kept. The built-in rules read the same message
// to the end.
func TestMatchWorkCapped(t *testing.T) {
	opt := strings.Repeat("a? ", 10)
	var match []string
	for _, p := range []string{"a %s<0-8> <0-8> zz", "a %s<0-8> a <0-8> zz", "a %sa <0-8> <0-8> zz", "a a %s<0-8> <0-8> zz"} {
		match = append(match, fmt.Sprintf(p, opt))
	}
	text := "We apologise for any inconvenience. " + strings.Repeat("a ", 6000) // 12 KB, under MaxAnalyzedBytes
	for _, tc := range []struct{ name, rules string }{
		{"patterns", patternRule(match)},
		// Every "a" is a match whose condition scans the rest of its
		// sentence with the same patterns.
		{"conditions", patternRule([]string{"a"}, "then: ['"+strings.Join(match[:3], "', '")+"']")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			heavy, err := NewAnalyzer(Options{RulesPath: writeRules(t, "heavy.yaml", tc.rules)})
			if err != nil {
				t.Fatalf("the rule file is within the compile bounds, got %v", err)
			}
			an := heavy.AnalyzeMessage(text, Context{})
			if !an.Truncated {
				t.Errorf("not truncated, want matching stopped at the work cap")
			}
			if cats := findingCats(an.Findings); !slices.Contains(cats, Robotic) {
				t.Errorf("findings %v, want the robotic apology found before the stop kept", cats)
			}
		})
	}
	builtin := newTestAnalyzer(t)
	if an := builtin.AnalyzeMessage(text, Context{}); an.Truncated {
		t.Errorf("built-in rules: truncated, want the %d-byte message read to the end", len(text))
	}
}

func findingCats(fs []Finding) []Category {
	var cats []Category
	for _, f := range fs {
		cats = append(cats, f.Category)
	}
	return cats
}

// TestFindingsCapped: a message of nothing but findings stops at the cap.
func TestFindingsCapped(t *testing.T) {
	a := newTestAnalyzer(t)
	text := strings.Repeat("Kindly note that. ", 500) // 9 KB, under the prefix cap
	an := a.AnalyzeMessage(text, Context{})
	if !an.Truncated || len(an.Findings) == 0 || len(an.Findings) > maxCandidates {
		t.Errorf("truncated %v with %d findings, want truncated with 1-%d", an.Truncated, len(an.Findings), maxCandidates)
	}
	for name, msg := range worstCases() {
		if fs := a.Analyze(msg, Context{Role: RoleStaff}); !validOffsets(msg, fs) || len(fs) > maxCandidates {
			t.Errorf("%s: %d findings (or bad offsets), want at most %d", name, len(fs), maxCandidates)
		}
	}
}
