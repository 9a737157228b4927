package due

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestExtract(t *testing.T) {
	tests := []struct {
		text     string
		want     string // local wall clock in New York
		wantWhat string
		err      error
	}{
		// Time at the start.
		{"tomorrow 3pm call Dana back", "2026-11-19 15:00 Thu", "call Dana back", nil},
		{"Tomorrow at 3pm: call Dana back", "2026-11-19 15:00 Thu", "call Dana back", nil},
		{"friday - send the report", "2026-11-20 09:00 Fri", "send the report", nil},
		{"2026-12-01 14:00 renew the licence", "2026-12-01 14:00 Tue", "renew the licence", nil},
		{"in 2 hours check the backup, then reply", "2026-11-18 12:30 Wed", "check the backup, then reply", nil},
		{"eod send Dana the quote", "2026-11-18 17:00 Wed", "send Dana the quote", nil},
		{"next monday 9am walk Dana through the VPN setup", "2026-11-23 09:00 Mon", "walk Dana through the VPN setup", nil},
		{"on the 1st of december at 2pm review the backups", "2026-12-01 14:00 Tue", "review the backups", nil},

		// Time at the end.
		{"call Dana back tomorrow 3pm", "2026-11-19 15:00 Thu", "call Dana back", nil},
		{"send the report by friday", "2026-11-20 09:00 Fri", "send the report", nil},
		{"Check the VPN logs for Dana at 3pm", "2026-11-18 15:00 Wed", "Check the VPN logs for Dana", nil},
		{"renew the licence on 2026-12-01", "2026-12-01 09:00 Tue", "renew the licence", nil},
		{"send Dana the quote, eod", "2026-11-18 17:00 Wed", "send Dana the quote", nil},
		{"call Dana back noon tomorrow", "2026-11-19 12:00 Thu", "call Dana back", nil},
		{"Call DANA back\nnext monday 9am", "2026-11-23 09:00 Mon", "Call DANA back", nil},
		{"follow up on ticket 4521 friday", "2026-11-20 09:00 Fri", "follow up on ticket 4521", nil},
		{"order the may invoices dec 1 2pm", "2026-12-01 14:00 Tue", "order the may invoices", nil},
		{"ship the 2nd laptop by end of week", "2026-11-20 17:00 Fri", "ship the 2nd laptop", nil},

		// Refused.
		{"call Dana back", "", "", ErrNoTime},
		{"", "", "", ErrNoTime},
		{"follow up with Dana tomorrow about the printer", "", "", ErrNoTime}, // neither end
		{"call Dana back tomorrow-ish", "", "", ErrAmbiguous},
		{"call Dana back tomorrow-ish 3pm", "", "", ErrAmbiguous},
		{"tomorrow call Dana friday", "", "", ErrAmbiguous},
		{"tell Dana at 4 tomorrow", "", "", ErrAmbiguous},
		{"call Dana back in a few days", "", "", ErrAmbiguous},
		{"call Dana 30 feb", "", "", ErrNoSuchTime},
		{"tomorrow 3pm", "", "", ErrNoWhat},
		{"by friday", "", "", ErrNoWhat},
		{"friday by", "", "", ErrNoWhat},
		{"call Dana back yesterday", "", "", ErrPast},
		{"call Dana on 2020-01-01", "", "", ErrPast},
		{"call Dana back now", "", "", ErrPast},
		{"call Dana back in 400 days", "", "", ErrTooFar},
		{"call Dana \xff tomorrow", "", "", ErrInvalidText},
	}
	ny := mustZone(t, "America/New_York")
	now := wall(t, ny, "2026-11-18 10:30")
	p := NewParser()
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			due, what, err := p.Extract(tt.text, now, ny)
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("Extract(%q) = %v, %q, %v; want error %v", tt.text, due, what, err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Extract(%q): %v", tt.text, err)
			}
			if s := due.In(ny).Format(wallLayout); s != tt.want || what != tt.wantWhat {
				t.Errorf("Extract(%q) = %s, %q; want %s, %q", tt.text, s, what, tt.want, tt.wantWhat)
			}
		})
	}
}

func TestExtractLongText(t *testing.T) {
	ny := mustZone(t, "America/New_York")
	now := wall(t, ny, "2026-11-18 10:30")
	p := NewParser()

	body := strings.Repeat("x", MaxTextLen-len(" tomorrow 3pm"))
	due, what, err := p.Extract(body+" tomorrow 3pm", now, ny)
	if err != nil {
		t.Fatalf("2,000 characters with a time: %v", err)
	}
	if what != body || due.In(ny).Format(wallLayout) != "2026-11-19 15:00 Thu" {
		t.Errorf("2,000 characters: got %s and %d characters of text; want 2026-11-19 15:00 and %d",
			due.In(ny).Format(wallLayout), len(what), len(body))
	}

	if _, _, err := p.Extract(strings.Repeat("word ", 400), now, ny); !errors.Is(err, ErrNoTime) {
		t.Errorf("2,000 characters without a time: got %v, want %v", err, ErrNoTime)
	}
	if _, _, err := p.Extract("x"+body+" tomorrow 3pm", now, ny); !errors.Is(err, ErrTooLong) {
		t.Errorf("2,001 characters: got %v, want %v", err, ErrTooLong)
	}
	// Characters, not bytes: 2,000 two-byte letters are fine.
	long := strings.Repeat("é", MaxTextLen-len(" friday")) + " friday"
	if _, _, err := p.Extract(long, now, ny); err != nil {
		t.Errorf("2,000 two-byte characters: %v", err)
	}
}

// TestConcurrentUse: one Parser shared by many goroutines gives the answers
// it gives alone (run with -race).
func TestConcurrentUse(t *testing.T) {
	ny := mustZone(t, "America/New_York")
	now := wall(t, ny, "2026-11-18 10:30")
	p := NewParser()
	texts := []string{"tomorrow 3pm call Dana", "send the report by friday", "eod reply", "call back 2026-12-01 14:00", "banana"}
	type result struct {
		due  time.Time
		what string
		err  error
	}
	want := make([]result, len(texts))
	for i, s := range texts {
		want[i].due, want[i].what, want[i].err = p.Extract(s, now, ny)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(texts))
	for range 8 {
		wg.Go(func() {
			for i, s := range texts {
				due, what, err := p.Extract(s, now, ny)
				if !due.Equal(want[i].due) || what != want[i].what || !errors.Is(err, want[i].err) {
					errs <- s
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for s := range errs {
		t.Errorf("concurrent Extract(%q) differs from a lone call", s)
	}
}

func BenchmarkExtract(b *testing.B) {
	ny := mustZone(b, "America/New_York")
	now := wall(b, ny, "2026-11-18 10:30")
	p := NewParser()
	for b.Loop() {
		if _, _, err := p.Extract("call Dana back about the VPN token next monday 9am", now, ny); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNewParser(b *testing.B) {
	for b.Loop() {
		NewParser()
	}
}

// TestMalformedClocksAreRefused: a clock that cannot exist, or one written
// with digits other than 0-9, is refused wherever it stands, never read as
// the day's default 09:00 with the broken clock left in the promise.
func TestMalformedClocksAreRefused(t *testing.T) {
	ny := mustZone(t, "America/New_York")
	now := wall(t, ny, "2026-11-18 10:30")
	p := NewParser()
	extract := []struct {
		text string
		err  error
	}{
		{"tomorrow 25:99 call Dana back", ErrNoSuchTime},
		{"tomorrow 23:60 call Dana back", ErrNoSuchTime},
		{"tomorrow 24:00 call Dana back", ErrNoSuchTime},
		{"call Dana back tomorrow 25:99", ErrNoSuchTime},
		{"tomorrow call Dana back at 31:15pm", ErrNoSuchTime},
		{"tomorrow ３pm call Dana back", ErrNonASCIIDigits},
		{"call Dana back ３pm", ErrNonASCIIDigits},
		{"call Dana back tomorrow １５:３０", ErrNonASCIIDigits},
		{"friday ٣pm call Dana back", ErrNonASCIIDigits},
	}
	for _, tt := range extract {
		t.Run("extract/"+tt.text, func(t *testing.T) {
			due, what, err := p.Extract(tt.text, now, ny)
			if !errors.Is(err, tt.err) {
				t.Fatalf("Extract(%q) = %v, %q, %v; want error %v", tt.text, due, what, err, tt.err)
			}
		})
	}
	parse := []struct {
		phrase string
		err    error
	}{
		{"25:99", ErrNoSuchTime},
		{"tomorrow 25:99", ErrNoSuchTime},
		{"３pm", ErrNonASCIIDigits},
		{"tomorrow ３pm", ErrNonASCIIDigits},
	}
	for _, tt := range parse {
		t.Run("parse/"+tt.phrase, func(t *testing.T) {
			got, err := p.Parse(tt.phrase, now, ny)
			if !errors.Is(err, tt.err) {
				t.Fatalf("Parse(%q) = %v, %v; want error %v", tt.phrase, got, err, tt.err)
			}
		})
	}
	// Numbers that are not clocks, and full-width digits that are not a
	// time, stay part of the promise.
	kept := []struct{ text, want, wantWhat string }{
		{"tomorrow 3pm move the 10:30 stand-up", "2026-11-19 15:00 Thu", "move the 10:30 stand-up"},
		{"tomorrow 3pm order a 21:9 monitor", "2026-11-19 15:00 Thu", "order a 21:9 monitor"},
		{"tomorrow 3pm check ticket ３４５６", "2026-11-19 15:00 Thu", "check ticket ３４５６"},
	}
	for _, tt := range kept {
		t.Run("kept/"+tt.text, func(t *testing.T) {
			due, what, err := p.Extract(tt.text, now, ny)
			if err != nil {
				t.Fatalf("Extract(%q): %v", tt.text, err)
			}
			if s := due.In(ny).Format(wallLayout); s != tt.want || what != tt.wantWhat {
				t.Errorf("Extract(%q) = %s, %q; want %s, %q", tt.text, s, what, tt.want, tt.wantWhat)
			}
		})
	}
}
