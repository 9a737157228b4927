package storage

import (
	"fmt"
	"testing"
	"time"
)

// BenchmarkCreatePromise measures one committed promise (a write transaction
// with WAL and synchronous=NORMAL, counting the owner's open promises for
// the cap), spread over many owners so the cap is never reached.
func BenchmarkCreatePromise(b *testing.B) {
	db, _ := newDB(b)
	ctx := b.Context()
	i := 0
	for b.Loop() {
		p := Promise{Owner: fmt.Sprintf("U%d", i%10000), Text: "call back", Due: t0.Add(time.Duration(i) * time.Minute)}
		if err := db.CreatePromise(ctx, &p); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkRecordFindings measures recording the findings of one nudged
// message (three findings), as the bot does on the message path.
func BenchmarkRecordFindings(b *testing.B) {
	db, _ := newDB(b)
	ctx := b.Context()
	recs := []FindingRecord{
		{UserID: "U1", Rule: "no-problem", Category: "no-problem"},
		{UserID: "U1", Rule: "jargon-acronym", Category: "jargon"},
		{UserID: "U1", Rule: "blame-you", Category: "blame"},
	}
	for b.Loop() {
		if err := db.RecordFindings(ctx, recs); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDuePromises measures the reminder scheduler's query against
// 10,000 promises, 100 of them due.
func BenchmarkDuePromises(b *testing.B) {
	db, _ := newDB(b)
	db.MaxOpen = 0 // 200 open promises each for 50 owners
	ctx := b.Context()
	for i := range 10000 {
		p := Promise{Owner: fmt.Sprintf("U%d", i%50), Text: "x", Due: t0.Add(time.Duration(i-100) * time.Minute)}
		if err := db.CreatePromise(ctx, &p); err != nil {
			b.Fatal(err)
		}
	}
	for b.Loop() {
		ps, err := db.DuePromises(ctx, t0.Add(-time.Second), 0)
		if err != nil || len(ps) != 100 {
			b.Fatalf("DuePromises = %d, %v; want 100", len(ps), err)
		}
	}
}
