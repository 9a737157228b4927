package storage

import (
	"testing"
)

func TestRecordNotHelpful(t *testing.T) {
	type click struct {
		user, rule string
		mutedAfter int
		wantCount  int
		wantMuted  bool
	}
	tests := []struct {
		name   string
		clicks []click
	}{
		{"mutes at the threshold and stays muted", []click{
			{"U1", "no-problem", 3, 1, false},
			{"U1", "no-problem", 3, 2, false},
			{"U1", "no-problem", 3, 3, true},
			{"U1", "no-problem", 3, 4, true},
		}},
		{"counts per user and per rule", []click{
			{"U1", "no-problem", 2, 1, false},
			{"U2", "no-problem", 2, 1, false},
			{"U1", "jargon", 2, 1, false},
			{"U1", "no-problem", 2, 2, true},
			{"U2", "no-problem", 2, 2, true},
		}},
		{"threshold of one mutes at once", []click{
			{"U1", "blame", 1, 1, true},
		}},
		{"zero threshold never mutes", []click{
			{"U1", "robotic", 0, 1, false},
			{"U1", "robotic", 0, 2, false},
			{"U1", "robotic", 0, 3, false},
		}},
		{"a raised threshold mutes once reached", []click{
			{"U1", "in-joke", 5, 1, false},
			{"U1", "in-joke", 5, 2, false},
			{"U1", "in-joke", 2, 3, true},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, _ := newDB(t)
			for i, c := range tt.clicks {
				count, muted, err := db.RecordNotHelpful(t.Context(), c.user, c.rule, c.mutedAfter)
				if err != nil {
					t.Fatalf("click %d: %v", i, err)
				}
				if count != c.wantCount || muted != c.wantMuted {
					t.Errorf("click %d (%s, %s): got count %d muted %v, want %d %v",
						i, c.user, c.rule, count, muted, c.wantCount, c.wantMuted)
				}
			}
		})
	}
}

func TestRecordNotHelpfulRejectsEmpty(t *testing.T) {
	db, _ := newDB(t)
	for _, c := range [][2]string{{"", "rule"}, {"U1", ""}} {
		if _, _, err := db.RecordNotHelpful(t.Context(), c[0], c[1], 3); err == nil {
			t.Errorf("RecordNotHelpful(%q, %q) = nil error, want one", c[0], c[1])
		}
	}
}
