package due

import (
	"errors"
	"strings"
	"testing"
	"time"
)

const wallLayout = "2006-01-02 15:04 Mon"

func mustZone(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatalf("load zone %s: %v", name, err)
	}
	return loc
}

// wall builds a local time from "2006-01-02 15:04" in loc.
func wall(t testing.TB, loc *time.Location, s string) time.Time {
	t.Helper()
	tm, err := time.ParseInLocation("2006-01-02 15:04", s, loc)
	if err != nil {
		t.Fatalf("bad test time %q: %v", s, err)
	}
	return tm
}

var zones = []string{"America/New_York", "Europe/Berlin", "Asia/Kolkata", "Pacific/Auckland", "UTC"}

// TestParseReference reads every phrase of the brief against Wed 2026-11-18
// 10:30 local time in several zones. None of them has a DST change between
// the reference and the answers, so the local answer is the same everywhere.
func TestParseReference(t *testing.T) {
	tests := []struct {
		phrase string
		want   string // local wall clock; "" when err is set
		err    error
	}{
		{"tomorrow 3pm", "2026-11-19 15:00 Thu", nil},
		{"Tomorrow 3 PM", "2026-11-19 15:00 Thu", nil},
		{"tomorrow at 3pm", "2026-11-19 15:00 Thu", nil},
		{"tmr 3pm", "2026-11-19 15:00 Thu", nil},
		{"in 2 hours", "2026-11-18 12:30 Wed", nil},
		{"in two hours", "2026-11-18 12:30 Wed", nil},
		{"in 45 minutes", "2026-11-18 11:15 Wed", nil},
		{"in 45 min", "2026-11-18 11:15 Wed", nil},
		{"in an hour", "2026-11-18 11:30 Wed", nil},
		{"in half an hour", "2026-11-18 11:00 Wed", nil},
		{"within 3 hours", "2026-11-18 13:30 Wed", nil},
		{"in 3 days", "2026-11-21 10:30 Sat", nil},
		{"in 2 weeks", "2026-12-02 10:30 Wed", nil},
		{"in 2 days 3pm", "2026-11-20 15:00 Fri", nil},
		{"in 2 months", "2027-01-18 10:30 Mon", nil},
		{"friday", "2026-11-20 09:00 Fri", nil},
		{"Friday", "2026-11-20 09:00 Fri", nil},
		{"fri", "2026-11-20 09:00 Fri", nil},
		{"on friday", "2026-11-20 09:00 Fri", nil},
		{"by friday", "2026-11-20 09:00 Fri", nil},
		{"this friday", "2026-11-20 09:00 Fri", nil},
		{"friday 3pm", "2026-11-20 15:00 Fri", nil},
		{"friday at 14:30", "2026-11-20 14:30 Fri", nil},
		{"wednesday", "2026-11-25 09:00 Wed", nil}, // today 09:00 has passed
		{"wednesday 3pm", "2026-11-18 15:00 Wed", nil},
		{"next monday", "2026-11-23 09:00 Mon", nil},
		{"next monday 9am", "2026-11-23 09:00 Mon", nil},
		{"next wednesday", "2026-11-25 09:00 Wed", nil},
		{"friday next week", "2026-11-27 09:00 Fri", nil},
		{"monday next week 10am", "2026-11-23 10:00 Mon", nil},
		{"sunday this week", "2026-11-22 09:00 Sun", nil},
		{"dec 1 2pm", "2026-12-01 14:00 Tue", nil},
		{"dec 1", "2026-12-01 09:00 Tue", nil},
		{"December 1st at 2pm", "2026-12-01 14:00 Tue", nil},
		{"the 1st of december at 2pm", "2026-12-01 14:00 Tue", nil},
		{"1 dec", "2026-12-01 09:00 Tue", nil},
		{"nov 18 3pm", "2026-11-18 15:00 Wed", nil},
		{"nov 17", "2027-11-17 09:00 Wed", nil}, // passed this year: next year
		{"jan 5", "2027-01-05 09:00 Tue", nil},
		{"noon tomorrow", "2026-11-19 12:00 Thu", nil},
		{"tomorrow noon", "2026-11-19 12:00 Thu", nil},
		{"noon", "2026-11-18 12:00 Wed", nil},
		{"tomorrow morning", "2026-11-19 09:00 Thu", nil},
		{"tomorrow afternoon", "2026-11-19 15:00 Thu", nil},
		{"this evening", "2026-11-18 18:00 Wed", nil},
		{"tonight", "2026-11-18 20:00 Wed", nil},
		{"tonight 9pm", "2026-11-18 21:00 Wed", nil},
		{"tomorrow", "2026-11-19 09:00 Thu", nil},
		{"today 4pm", "2026-11-18 16:00 Wed", nil},
		{"eod", "2026-11-18 17:00 Wed", nil},
		{"EOD", "2026-11-18 17:00 Wed", nil},
		{"by eod", "2026-11-18 17:00 Wed", nil},
		{"cob", "2026-11-18 17:00 Wed", nil},
		{"end of day", "2026-11-18 17:00 Wed", nil},
		{"end of the day", "2026-11-18 17:00 Wed", nil},
		{"close of business", "2026-11-18 17:00 Wed", nil},
		{"tomorrow eod", "2026-11-19 17:00 Thu", nil},
		{"eod friday", "2026-11-20 17:00 Fri", nil},
		{"eow", "2026-11-20 17:00 Fri", nil},
		{"end of week", "2026-11-20 17:00 Fri", nil},
		{"end of the week", "2026-11-20 17:00 Fri", nil},
		{"2026-12-01 14:00", "2026-12-01 14:00 Tue", nil},
		{"2026-12-01T14:00", "2026-12-01 14:00 Tue", nil},
		{"2026-12-01 14:00:30", "2026-12-01 14:00 Tue", nil},
		{"2026-12-01", "2026-12-01 09:00 Tue", nil},
		{"2026-12-01 3pm", "2026-12-01 15:00 Tue", nil},
		{"on 2026-12-01 at 14:00", "2026-12-01 14:00 Tue", nil},
		{"14:00", "2026-11-18 14:00 Wed", nil},
		{"3pm", "2026-11-18 15:00 Wed", nil},
		{"3 pm", "2026-11-18 15:00 Wed", nil},
		{"5:30pm", "2026-11-18 17:30 Wed", nil},
		{"12:30 pm", "2026-11-18 12:30 Wed", nil},
		{"10am", "2026-11-19 10:00 Thu", nil}, // passed today: tomorrow
		{"9 a.m.", "2026-11-19 09:00 Thu", nil},
		{"12pm", "2026-11-18 12:00 Wed", nil},
		{"12am", "2026-11-19 00:00 Thu", nil}, // when says noon
		{"9:00", "2026-11-19 09:00 Thu", nil},
		{"  tomorrow   3pm  ", "2026-11-19 15:00 Thu", nil},
		{"tomorrow, 3pm", "2026-11-19 15:00 Thu", nil},
		{"friday.", "2026-11-20 09:00 Fri", nil},

		// Nothing that reads as a time.
		{"", "", ErrNoTime},
		{"   ", "", ErrNoTime},
		{"banana", "", ErrNoTime},
		{"the", "", ErrNoTime},
		{"next week", "", ErrNoTime},
		{"5-30", "", ErrNoTime},

		// A time with words it cannot explain.
		{"tomorrow-ish", "", ErrAmbiguous},
		{"3pm banana", "", ErrAmbiguous},
		{"banana 3pm", "", ErrAmbiguous},
		{"tomorrow foo 3pm", "", ErrAmbiguous},
		{"tomorrow friday", "", ErrAmbiguous},
		{"3pm 4pm", "", ErrAmbiguous},
		{"in 2 hours 3pm", "", ErrAmbiguous},
		{"in 2 hours tomorrow", "", ErrAmbiguous},
		{"in a few days", "", ErrAmbiguous},
		{"tonight 9am", "", ErrAmbiguous},
		{"december", "", ErrAmbiguous},
		{"1/12", "", ErrAmbiguous},
		{"12/1/2026", "", ErrAmbiguous},
		{"dec 1 2026", "", ErrAmbiguous},
		{"eow 3pm", "", ErrAmbiguous},
		{"2026-12-01 2026-12-02", "", ErrAmbiguous},
		{"onfriday", "", ErrAmbiguous},

		// Dates and times that do not exist.
		{"13pm", "", ErrNoSuchTime},
		{"0am", "", ErrNoSuchTime},
		{"14:00pm", "", ErrNoSuchTime},
		{"feb 30", "", ErrNoSuchTime},
		{"feb 29", "", ErrNoSuchTime}, // 2027 is not a leap year
		{"2026-13-01", "", ErrNoSuchTime},
		{"2026-02-30", "", ErrNoSuchTime},
		{"2026-12-01 24:00", "", ErrNoSuchTime},
		{"25:00", "", ErrNoSuchTime}, // a clock, but not one that exists

		// In the past.
		{"yesterday", "", ErrPast},
		{"yesterday 3pm", "", ErrPast},
		{"2 hours ago", "", ErrPast},
		{"last friday", "", ErrPast},
		{"now", "", ErrPast},
		{"in 0 minutes", "", ErrPast},
		{"2020-01-01", "", ErrPast},
		{"2026-11-18 10:00", "", ErrPast},
		{"today 9am", "", ErrPast},
		{"this morning", "", ErrPast},
		{"nov 18", "", ErrPast},
		{"monday this week", "", ErrPast},

		// Too far ahead.
		{"in 400 days", "", ErrTooFar},
		{"in 2 years", "", ErrTooFar},
		{"in 9000 hours", "", ErrTooFar},
		{"in 99999999999999999999999 years", "", ErrTooFar},
		{"2028-01-01", "", ErrTooFar},
	}
	p := NewParser()
	for _, zone := range zones {
		loc := mustZone(t, zone)
		now := wall(t, loc, "2026-11-18 10:30")
		for _, tt := range tests {
			t.Run(zone+"/"+tt.phrase, func(t *testing.T) {
				got, err := p.Parse(tt.phrase, now, loc)
				if tt.err != nil {
					if !errors.Is(err, tt.err) {
						t.Fatalf("Parse(%q) = %v, %v; want error %v", tt.phrase, got, err, tt.err)
					}
					return
				}
				if err != nil {
					t.Fatalf("Parse(%q): %v; want %s", tt.phrase, err, tt.want)
				}
				if s := got.In(loc).Format(wallLayout); s != tt.want {
					t.Errorf("Parse(%q) = %s; want %s", tt.phrase, s, tt.want)
				}
			})
		}
	}
}

// TestParseElapsedIsExact: "in N hours" counts elapsed time to the
// nanosecond; it is not rounded.
func TestParseElapsedIsExact(t *testing.T) {
	p := NewParser()
	now := time.Date(2026, 11, 18, 10, 30, 15, 500, time.UTC)
	got, err := p.Parse("in 2 hours", now, time.UTC)
	if err != nil {
		t.Fatal(err)
	}
	if want := now.Add(2 * time.Hour); !got.Equal(want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestParseWeekdayAndEndOfWeek checks the weekday rule on and around the
// named day: today if its time is still ahead, else a week later.
func TestParseWeekdayAndEndOfWeek(t *testing.T) {
	ny := mustZone(t, "America/New_York")
	tests := []struct {
		now, phrase, want string
	}{
		{"2026-11-20 08:00", "friday", "2026-11-20 09:00 Fri"}, // Friday before 09:00
		{"2026-11-20 10:30", "friday", "2026-11-27 09:00 Fri"},
		{"2026-11-20 10:30", "friday 3pm", "2026-11-20 15:00 Fri"},
		{"2026-11-20 08:00", "next friday", "2026-11-27 09:00 Fri"},
		{"2026-11-20 10:30", "eow", "2026-11-20 17:00 Fri"},
		{"2026-11-20 17:00", "eow", "2026-11-27 17:00 Fri"}, // exactly 17:00 is not ahead
		{"2026-11-20 18:00", "eow", "2026-11-27 17:00 Fri"},
		{"2026-11-21 10:00", "eow", "2026-11-27 17:00 Fri"}, // Saturday
		{"2026-11-22 10:00", "eow", "2026-11-27 17:00 Fri"}, // Sunday
		{"2026-11-20 18:00", "eod", "2026-11-21 17:00 Sat"},
		{"2026-11-18 16:59", "eod", "2026-11-18 17:00 Wed"},
		{"2026-11-22 10:00", "monday", "2026-11-23 09:00 Mon"},
		{"2026-11-22 10:00", "friday next week", "2026-11-27 09:00 Fri"}, // Sunday ends the week
		{"2026-11-23 10:00", "friday next week", "2026-12-04 09:00 Fri"},
		{"2026-12-31 23:30", "tomorrow", "2027-01-01 09:00 Fri"},
		{"2026-12-31 23:30", "3pm", "2027-01-01 15:00 Fri"},
		{"2026-12-28 10:00", "jan 4", "2027-01-04 09:00 Mon"},
		{"2027-11-18 10:30", "feb 29", "2028-02-29 09:00 Tue"}, // leap year ahead
	}
	p := NewParser()
	for _, tt := range tests {
		t.Run(tt.now+"/"+tt.phrase, func(t *testing.T) {
			got, err := p.Parse(tt.phrase, wall(t, ny, tt.now), ny)
			if err != nil {
				t.Fatalf("Parse(%q) at %s: %v", tt.phrase, tt.now, err)
			}
			if s := got.In(ny).Format(wallLayout); s != tt.want {
				t.Errorf("Parse(%q) at %s = %s; want %s", tt.phrase, tt.now, s, tt.want)
			}
		})
	}
}

// TestParseDST: dates move by calendar days and keep the local wall clock
// across a daylight-saving change; elapsed durations count real time.
func TestParseDST(t *testing.T) {
	ny := mustZone(t, "America/New_York")
	berlin := mustZone(t, "Europe/Berlin")
	auckland := mustZone(t, "Pacific/Auckland")
	tests := []struct {
		name   string
		loc    *time.Location
		now    string
		phrase string
		want   time.Time
	}{
		// New York falls back on Sun 2026-11-01 at 02:00 EDT.
		{"ny fall tomorrow 9am", ny, "2026-10-31 10:30", "tomorrow 9am", time.Date(2026, 11, 1, 14, 0, 0, 0, time.UTC)},
		{"ny fall tomorrow late", ny, "2026-10-31 23:30", "tomorrow", time.Date(2026, 11, 1, 14, 0, 0, 0, time.UTC)},
		{"ny fall sunday", ny, "2026-10-30 10:30", "sunday 9am", time.Date(2026, 11, 1, 14, 0, 0, 0, time.UTC)},
		{"ny fall in 1 day", ny, "2026-10-31 10:30", "in 1 day", time.Date(2026, 11, 1, 15, 30, 0, 0, time.UTC)},
		{"ny fall in 2 hours", ny, "2026-11-01 00:30", "in 2 hours", time.Date(2026, 11, 1, 6, 30, 0, 0, time.UTC)},
		{"ny fall eod", ny, "2026-11-01 00:30", "eod", time.Date(2026, 11, 1, 22, 0, 0, 0, time.UTC)},
		// New York springs forward on Sun 2027-03-14 at 02:00 EST.
		{"ny spring tomorrow 9am", ny, "2027-03-13 23:30", "tomorrow 9am", time.Date(2027, 3, 14, 13, 0, 0, 0, time.UTC)},
		{"ny spring tomorrow", ny, "2027-03-13 23:30", "tomorrow", time.Date(2027, 3, 14, 13, 0, 0, 0, time.UTC)},
		{"ny spring sunday", ny, "2027-03-12 10:30", "sunday", time.Date(2027, 3, 14, 13, 0, 0, 0, time.UTC)},
		{"ny spring in 2 hours", ny, "2027-03-14 01:30", "in 2 hours", time.Date(2027, 3, 14, 8, 30, 0, 0, time.UTC)},
		{"ny spring gap bare", ny, "2027-03-13 23:30", "2:30am", time.Date(2027, 3, 14, 2, 30, 0, 0, ny)},
		{"ny spring gap iso", ny, "2027-03-13 23:30", "2027-03-14 02:30", time.Date(2027, 3, 14, 2, 30, 0, 0, ny)},
		// Berlin falls back on 2026-10-25 and springs forward on 2027-03-28.
		{"berlin fall tomorrow 9am", berlin, "2026-10-24 23:30", "tomorrow 9am", time.Date(2026, 10, 25, 8, 0, 0, 0, time.UTC)},
		{"berlin spring tomorrow 9am", berlin, "2027-03-27 23:30", "tomorrow 9am", time.Date(2027, 3, 28, 7, 0, 0, 0, time.UTC)},
		// Auckland springs forward on 2026-09-27 and falls back on 2027-04-04.
		{"auckland spring tomorrow", auckland, "2026-09-26 23:30", "tomorrow", time.Date(2026, 9, 26, 20, 0, 0, 0, time.UTC)},
		{"auckland fall tomorrow 9am", auckland, "2027-04-03 23:30", "tomorrow 9am", time.Date(2027, 4, 3, 21, 0, 0, 0, time.UTC)},
		{"auckland fall eow", auckland, "2027-04-03 10:00", "eow", time.Date(2027, 4, 9, 5, 0, 0, 0, time.UTC)},
	}
	p := NewParser()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := p.Parse(tt.phrase, wall(t, tt.loc, tt.now), tt.loc)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.phrase, err)
			}
			if !got.Equal(tt.want) {
				t.Errorf("Parse(%q) at %s = %s; want %s", tt.phrase, tt.now,
					got.In(tt.loc).Format(time.RFC3339), tt.want.In(tt.loc).Format(time.RFC3339))
			}
		})
	}
}

// TestParseUsesLocation: the same instant reads differently in different
// zones: at 2026-11-18 23:30 UTC it is already Thursday in Kolkata.
func TestParseUsesLocation(t *testing.T) {
	p := NewParser()
	now := time.Date(2026, 11, 18, 23, 30, 0, 0, time.UTC)
	tests := []struct {
		zone, want string
	}{
		{"UTC", "2026-11-19 09:00 Thu"},
		{"America/New_York", "2026-11-19 09:00 Thu"}, // 18:30 Wed there
		{"Asia/Kolkata", "2026-11-20 09:00 Fri"},     // 05:00 Thu there
		{"Pacific/Auckland", "2026-11-20 09:00 Fri"}, // 12:30 Thu there
	}
	for _, tt := range tests {
		loc := mustZone(t, tt.zone)
		got, err := p.Parse("tomorrow", now, loc)
		if err != nil {
			t.Fatalf("%s: %v", tt.zone, err)
		}
		if s := got.In(loc).Format(wallLayout); s != tt.want {
			t.Errorf("%s: tomorrow = %s; want %s", tt.zone, s, tt.want)
		}
	}
	if got, err := p.Parse("3pm", now, nil); err != nil || !got.Equal(time.Date(2026, 11, 19, 15, 0, 0, 0, time.UTC)) {
		t.Errorf("nil location: got %v, %v; want 2026-11-19 15:00 UTC", got, err)
	}
}

func TestParseBadText(t *testing.T) {
	p := NewParser()
	now := time.Date(2026, 11, 18, 10, 30, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		err        error
	}{
		{"invalid utf-8", "tomorrow \xff3pm", ErrInvalidText},
		{"2,000 characters, no time", strings.Repeat("a", MaxTextLen), ErrNoTime},
		{"over 2,000 characters", strings.Repeat("a ", 995) + "tomorrow 3pm", ErrTooLong},
		{"many words", strings.Repeat("tomorrow ", 200), ErrAmbiguous},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := p.Parse(tt.text, now, time.UTC); !errors.Is(err, tt.err) {
				t.Errorf("got %v, want %v", err, tt.err)
			}
		})
	}
}
