package due

import (
	"strings"
	"testing"
	"time"
)

var fuzzSeeds = []string{
	"tomorrow 3pm", "in 2 hours", "friday", "next monday 9am", "dec 1 2pm", "noon tomorrow",
	"eod", "eow", "2026-12-01 14:00", "2026-12-01", "14:00", "3pm", "banana", "tomorrow-ish",
	"3pm banana", "", "yesterday", "2020-01-01", "in 400 days", "\xff\xfe", "1/12/2026",
	"tomorrow 3pm call Dana back", "call Dana back tomorrow 3pm", "send the report by friday",
	"the 1st of december at 2pm", "in 99999999999999999999 hours", "12:30 pm", "5-30",
	"İstanbul friday", "tonight 9pm", "friday next week", "2027-03-14 02:30",
}

// FuzzParse: Parse never panics, and what it accepts is ahead of now by at
// most MaxAhead.
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	p := NewParser()
	loc := mustZone(f, "America/New_York")
	now := time.Date(2027, 3, 13, 23, 30, 0, 0, loc)
	f.Fuzz(func(t *testing.T, s string) {
		// The literal guards in front of when's rules never hide a match
		// (checked on ASCII: Unicode case folding lets "ſat" match "sat").
		if lower := strings.ToLower(s); isASCII(lower) {
			for _, r := range p.rules {
				if r.rule.Find(lower) != nil && r.find(lower) == nil {
					t.Errorf("rule %d matches %q but its guard %q skips it", r.kind, lower, r.needs)
				}
			}
		}
		due, err := p.Parse(s, now, loc)
		if err != nil {
			return
		}
		if !due.After(now) || due.Sub(now) > MaxAhead {
			t.Errorf("Parse(%q) = %v: not within (now, now+MaxAhead]", s, due)
		}
		_ = Describe(due, now, loc)
	})
}

// FuzzExtract: Extract never panics, and what it accepts has a due time
// within range and a non-empty "what" taken from the text.
func FuzzExtract(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	p := NewParser()
	loc := mustZone(f, "Pacific/Auckland")
	now := time.Date(2026, 11, 18, 10, 30, 0, 0, loc)
	f.Fuzz(func(t *testing.T, s string) {
		due, what, err := p.Extract(s, now, loc)
		if err != nil {
			return
		}
		if !due.After(now) || due.Sub(now) > MaxAhead {
			t.Errorf("Extract(%q) due %v: not within (now, now+MaxAhead]", s, due)
		}
		if strings.TrimSpace(what) == "" || !strings.Contains(s, what) {
			t.Errorf("Extract(%q) what = %q: empty or not from the text", s, what)
		}
	})
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
