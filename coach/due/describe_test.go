package due

import (
	"testing"
	"time"
)

func TestDescribe(t *testing.T) {
	ny := mustZone(t, "America/New_York")
	kolkata := mustZone(t, "Asia/Kolkata")
	ref := wall(t, ny, "2026-11-18 10:30") // Wed
	tests := []struct {
		name     string
		due, now time.Time
		loc      *time.Location
		want     string
	}{
		{"days ahead", wall(t, ny, "2026-11-20 15:00"), ref, ny, "Fri 20 Nov, 15:00 (in 2 days)"},
		{"tomorrow", wall(t, ny, "2026-11-23 09:00"), wall(t, ny, "2026-11-22 10:00"), ny, "Mon 23 Nov, 09:00 (tomorrow)"},
		{"hours", ref.Add(2 * time.Hour), ref, ny, "Wed 18 Nov, 12:30 (in 2 hours)"},
		{"hours and minutes", ref.Add(6*time.Hour + 30*time.Minute), ref, ny, "Wed 18 Nov, 17:00 (in 6 hours 30 minutes)"},
		{"one hour", ref.Add(time.Hour), ref, ny, "Wed 18 Nov, 11:30 (in 1 hour)"},
		{"minutes", ref.Add(45 * time.Minute), ref, ny, "Wed 18 Nov, 11:15 (in 45 minutes)"},
		{"one minute", ref.Add(time.Minute), ref, ny, "Wed 18 Nov, 10:31 (in 1 minute)"},
		{"nearest minute", ref.Add(44*time.Minute + 40*time.Second), ref, ny, "Wed 18 Nov, 11:14 (in 45 minutes)"},
		{"now", ref.Add(20 * time.Second), ref, ny, "Wed 18 Nov, 10:30 (now)"},
		{"overdue hours", ref.Add(-3 * time.Hour), ref, ny, "Wed 18 Nov, 07:30 (3 hours ago)"},
		{"overdue minutes", ref.Add(-5 * time.Minute), ref, ny, "Wed 18 Nov, 10:25 (5 minutes ago)"},
		{"yesterday", ref.Add(-24 * time.Hour), ref, ny, "Tue 17 Nov, 10:30 (yesterday)"},
		{"days ago", wall(t, ny, "2026-11-13 09:00"), ref, ny, "Fri 13 Nov, 09:00 (5 days ago)"},
		{"today, far", wall(t, ny, "2026-11-18 21:30"), wall(t, ny, "2026-11-18 08:00"), ny, "Wed 18 Nov, 21:30 (today)"},
		{"weeks", wall(t, ny, "2026-12-08 09:00"), ref, ny, "Tue 8 Dec, 09:00 (in 2 weeks)"},
		{"next year", wall(t, ny, "2027-01-18 10:30"), ref, ny, "Mon 18 Jan 2027, 10:30 (in 2 months)"},
		{"other zone", time.Date(2026, 11, 20, 20, 0, 0, 0, time.UTC), ref, kolkata, "Sat 21 Nov, 01:30 (in 3 days)"},
		{"nil zone is UTC", time.Date(2026, 11, 20, 20, 0, 0, 0, time.UTC), ref, nil, "Fri 20 Nov, 20:00 (in 2 days)"},
		// Across spring-forward 9.5 wall hours are 8.5 real ones.
		{"dst", wall(t, ny, "2027-03-14 09:00"), wall(t, ny, "2027-03-13 23:30"), ny, "Sun 14 Mar, 09:00 (in 8 hours 30 minutes)"},
		// Across fall-back, 12:00 Sat to 09:00 Sun is 22 real hours: one calendar day.
		{"dst days", wall(t, ny, "2026-11-01 09:00"), wall(t, ny, "2026-10-31 12:00"), ny, "Sun 1 Nov, 09:00 (tomorrow)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Describe(tt.due, tt.now, tt.loc); got != tt.want {
				t.Errorf("Describe = %q; want %q", got, tt.want)
			}
		})
	}
}
