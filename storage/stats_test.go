package storage

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func seedFindings(t *testing.T, db *DB) {
	t.Helper()
	day := 24 * time.Hour
	recs := []FindingRecord{
		{UserID: "U1", Rule: "no-problem", Category: "no-problem", At: t0.Add(-1 * day)},
		{UserID: "U1", Rule: "no-problem-thanks", Category: "no-problem", At: t0.Add(-2 * day)},
		{UserID: "U1", Rule: "jargon-acronym", Category: "jargon", At: t0.Add(-3 * day)},
		{UserID: "U1", Rule: "jargon-acronym", Category: "jargon", At: t0.Add(-40 * day)},
		{UserID: "U2", Rule: "blame-you", Category: "blame", At: t0.Add(-1 * day)},
		{UserID: "U2", Rule: "blame-you", Category: "blame", At: t0.Add(-4 * day)},
		{UserID: "U2", Rule: "jargon-acronym", Category: "jargon", At: t0.Add(-5 * day)},
		{UserID: "U3", Rule: "robotic-ticket", Category: "robotic", At: t0}, // at the window's end: excluded
	}
	if err := db.RecordFindings(t.Context(), recs); err != nil {
		t.Fatal(err)
	}
}

func TestCategoryCounts(t *testing.T) {
	db, _ := newDB(t)
	seedFindings(t, db)
	day := 24 * time.Hour
	tests := []struct {
		name     string
		user     string
		from, to time.Time
		want     map[string]int
	}{
		{"one user, last 30 days", "U1", t0.Add(-30 * day), t0, map[string]int{"no-problem": 2, "jargon": 1}},
		{"one user, the 30 days before", "U1", t0.Add(-60 * day), t0.Add(-30 * day), map[string]int{"jargon": 1}},
		{"whole team, last 30 days", "", t0.Add(-30 * day), t0, map[string]int{"no-problem": 2, "jargon": 2, "blame": 2}},
		{"to is exclusive, from inclusive", "", t0.Add(-1 * day), t0.Add(time.Second),
			map[string]int{"no-problem": 1, "blame": 1, "robotic": 1}},
		{"unknown user", "U9", t0.Add(-60 * day), t0, map[string]int{}},
		{"empty window", "", t0.Add(-100 * day), t0.Add(-90 * day), map[string]int{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := db.CategoryCounts(t.Context(), tt.user, tt.from, tt.to)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("CategoryCounts (-want +got):\n%s", diff)
			}
		})
	}
}

func TestTopCategory(t *testing.T) {
	db, _ := newDB(t)
	seedFindings(t, db)
	day := 24 * time.Hour
	tests := []struct {
		name      string
		from, to  time.Time
		wantCat   string
		wantCount int
		wantErr   error
	}{
		{"tie goes to the first name", t0.Add(-7 * day), t0, "blame", 2, nil},
		{"clear winner", t0.Add(-60 * day), t0, "jargon", 3, nil},
		{"no findings", t0.Add(-100 * day), t0.Add(-90 * day), "", 0, ErrNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cat, n, err := db.TopCategory(t.Context(), tt.from, tt.to)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("TopCategory error = %v, want %v", err, tt.wantErr)
			}
			if cat != tt.wantCat || n != tt.wantCount {
				t.Errorf("TopCategory = %q, %d; want %q, %d", cat, n, tt.wantCat, tt.wantCount)
			}
		})
	}
}

func TestRecordFindingsZeroTimeUsesClock(t *testing.T) {
	db, clock := newDB(t)
	clock.Set(t0.Add(-time.Hour))
	if err := db.RecordFindings(t.Context(), []FindingRecord{{UserID: "U1", Rule: "r", Category: "jargon"}}); err != nil {
		t.Fatal(err)
	}
	got, err := db.CategoryCounts(t.Context(), "U1", t0.Add(-time.Hour), t0.Add(-time.Hour+time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[string]int{"jargon": 1}, got); diff != "" {
		t.Errorf("finding not at the clock's time (-want +got):\n%s", diff)
	}
}

func TestRecordFindingsAllOrNothing(t *testing.T) {
	db, _ := newDB(t)
	recs := []FindingRecord{
		{UserID: "U1", Rule: "r", Category: "jargon", At: t0},
		{UserID: "U1", Rule: "", Category: "jargon", At: t0},
	}
	if err := db.RecordFindings(t.Context(), recs); err == nil {
		t.Fatal("RecordFindings with an empty rule = nil error, want one")
	}
	got, err := db.CategoryCounts(t.Context(), "", t0.Add(-time.Hour), t0.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 0 {
		t.Errorf("CategoryCounts after a rejected batch = %v, want none stored", got)
	}
	if err := db.RecordFindings(t.Context(), nil); err != nil {
		t.Errorf("RecordFindings(nil) = %v, want nil", err)
	}
}

// Privacy: statistics have no column that could hold message text.
func TestFindingsTableHoldsNoText(t *testing.T) {
	db, _ := newDB(t)
	rows, err := db.db.QueryContext(t.Context(), `SELECT name FROM pragma_table_info('findings') ORDER BY cid`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var cols []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			t.Fatal(err)
		}
		cols = append(cols, c)
	}
	if diff := cmp.Diff([]string{"id", "user_id", "rule", "category", "at"}, cols); diff != "" {
		t.Errorf("findings columns (-want +got):\n%s", diff)
	}
}
