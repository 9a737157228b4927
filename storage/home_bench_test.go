package storage

import (
	"fmt"
	"testing"
	"time"
)

// BenchmarkRecordNudge measures the one write a shown nudge adds.
func BenchmarkRecordNudge(b *testing.B) {
	db, _ := newDB(b)
	ctx := b.Context()
	for b.Loop() {
		if err := db.RecordNudge(ctx, "U1", "jargon"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHomeCounts measures the Home tab's four-week count for one user
// among 100 users with 100 nudges each over 60 days.
func BenchmarkHomeCounts(b *testing.B) {
	db, clock := newDB(b)
	ctx := b.Context()
	for u := range 100 {
		for i := range 100 {
			clock.Set(t0.Add(-time.Duration(i*14) * time.Hour))
			if err := db.RecordNudge(ctx, fmt.Sprintf("U%03d", u), []string{"jargon", "blame", "no-problem"}[i%3]); err != nil {
				b.Fatal(err)
			}
		}
	}
	for b.Loop() {
		if _, err := db.NudgeCounts(ctx, "U042", t0.Add(-28*24*time.Hour), t0); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRuleReport measures `rapport rules report` over 30 days of a busy
// team: 50,000 findings and 2,000 votes.
func BenchmarkRuleReport(b *testing.B) {
	db, clock := newDB(b)
	ctx := b.Context()
	recs := make([]FindingRecord, 0, 1000)
	for i := range 50000 {
		recs = append(recs, FindingRecord{UserID: "U1", Rule: fmt.Sprintf("rule.%02d", i%60), Category: "jargon", At: t0.Add(-time.Duration(i%(30*24)) * time.Hour)})
		if len(recs) == cap(recs) {
			if err := db.RecordFindings(ctx, recs); err != nil {
				b.Fatal(err)
			}
			recs = recs[:0]
		}
	}
	for i := range 2000 {
		clock.Set(t0.Add(-time.Duration(i%(30*24)) * time.Hour))
		if err := db.RecordRuleVote(ctx, fmt.Sprintf("rule.%02d", i%60)); err != nil {
			b.Fatal(err)
		}
	}
	for b.Loop() {
		if _, err := db.RuleReport(ctx, t0.Add(-30*24*time.Hour), t0); err != nil {
			b.Fatal(err)
		}
	}
}
