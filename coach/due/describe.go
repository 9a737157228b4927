package due

import (
	"fmt"
	"time"
)

// Describe renders due absolutely and relatively to now, in loc, so that a
// misread time is seen at once: "Fri 20 Nov, 15:00 (in 2 days)",
// "Mon 23 Nov, 09:00 (tomorrow)", "Wed 18 Nov, 12:30 (in 2 hours)",
// "Wed 18 Nov, 07:30 (3 hours ago)". The year is shown when it is not now's.
//
// Under an hour the relative part counts minutes, under 12 hours hours and
// minutes (elapsed time, so it stays right across a DST change); beyond that
// it counts calendar days in loc: "tomorrow", "in 5 days", "in 3 weeks",
// "in 4 months".
func Describe(due, now time.Time, loc *time.Location) string {
	if loc == nil {
		loc = time.UTC
	}
	due, now = due.In(loc), now.In(loc)
	layout := "Mon 2 Jan, 15:04"
	if due.Year() != now.Year() {
		layout = "Mon 2 Jan 2006, 15:04"
	}
	return due.Format(layout) + " (" + relative(due, now) + ")"
}

func relative(due, now time.Time) string {
	d := due.Sub(now)
	ago := d < 0
	if ago {
		d = -d
	}
	mins := int((d + 30*time.Second) / time.Minute) // to the nearest minute
	var s string
	switch {
	case mins == 0:
		return "now"
	case mins < 60:
		s = plural(mins, "minute")
	case d < 12*time.Hour:
		s = plural(mins/60, "hour")
		if mins%60 != 0 {
			s += " " + plural(mins%60, "minute")
		}
	default:
		days := calendarDays(now, due)
		if ago {
			days = calendarDays(due, now)
		}
		switch {
		case days == 0:
			return "today"
		case days == 1 && ago:
			return "yesterday"
		case days == 1:
			return "tomorrow"
		case days < 14:
			s = plural(days, "day")
		case days < 60:
			s = plural(days/7, "week")
		default:
			s = plural(days/30, "month")
		}
	}
	if ago {
		return s + " ago"
	}
	return "in " + s
}

// calendarDays counts the dates from a's to b's in their (shared) zone.
func calendarDays(a, b time.Time) int {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	// Noon UTC on each date: whole days apart whatever the zone's DST.
	x := time.Date(ay, am, ad, 12, 0, 0, 0, time.UTC)
	y := time.Date(by, bm, bd, 12, 0, 0, 0, time.UTC)
	return int(y.Sub(x).Hours() / 24)
}

func plural(n int, unit string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", unit)
	}
	return fmt.Sprintf("%d %ss", n, unit)
}
