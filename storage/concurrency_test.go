package storage

import (
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// Eight goroutines on two handles (as two processes would) mix every kind
// of write; none may fail with "database is locked", and nothing is lost.
func TestConcurrentWritersNeverLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "busy.db")
	handles := []*DB{openAt(t, path), openAt(t, path)}
	const goroutines, rounds = 8, 30
	var wg sync.WaitGroup
	for g := range goroutines {
		db := handles[g%2]
		wg.Go(func() {
			ctx := t.Context()
			user := fmt.Sprintf("U%d", g)
			for i := range rounds {
				if err := db.RecordFindings(ctx, []FindingRecord{
					{UserID: user, Rule: "r", Category: "jargon", At: t0},
					{UserID: user, Rule: "r", Category: "blame", At: t0},
				}); err != nil {
					t.Errorf("goroutine %d RecordFindings: %v", g, err)
					return
				}
				p := Promise{Owner: user, Text: fmt.Sprintf("promise %d", i), Due: t0.Add(time.Duration(i) * time.Minute)}
				if err := db.CreatePromise(ctx, &p); err != nil {
					t.Errorf("goroutine %d CreatePromise: %v", g, err)
					return
				}
				if i%2 == 0 {
					if _, err := db.ClosePromise(ctx, user, p.ID, PromiseDone); err != nil {
						t.Errorf("goroutine %d ClosePromise: %v", g, err)
						return
					}
				}
				if _, _, err := db.RecordNotHelpful(ctx, "USHARED", "no-problem", 0); err != nil {
					t.Errorf("goroutine %d RecordNotHelpful: %v", g, err)
					return
				}
				if err := db.SetOptedOut(ctx, user, i%2 == 0); err != nil {
					t.Errorf("goroutine %d SetOptedOut: %v", g, err)
					return
				}
				if _, err := db.ClaimTipSlot(ctx, t0.Add(time.Duration(i)*time.Hour), user); err != nil {
					t.Errorf("goroutine %d ClaimTipSlot: %v", g, err)
					return
				}
			}
		})
	}
	wg.Wait()
	if t.Failed() {
		return
	}

	db := handles[0]
	ctx := t.Context()
	counts, err := db.CategoryCounts(ctx, "", t0, t0.Add(time.Second))
	if err != nil {
		t.Fatal(err)
	}
	if counts["jargon"] != goroutines*rounds || counts["blame"] != goroutines*rounds {
		t.Errorf("CategoryCounts = %v, want %d of each", counts, goroutines*rounds)
	}
	for g := range goroutines {
		ps, err := db.OpenPromises(ctx, fmt.Sprintf("U%d", g))
		if err != nil {
			t.Fatal(err)
		}
		if len(ps) != rounds/2 {
			t.Errorf("U%d has %d open promises, want %d", g, len(ps), rounds/2)
		}
	}
	// The shared counter saw every click: the next one is number N+1.
	if n, _, err := db.RecordNotHelpful(ctx, "USHARED", "no-problem", 0); err != nil || n != goroutines*rounds+1 {
		t.Errorf("shared not-helpful count = %d, %v; want %d", n, err, goroutines*rounds+1)
	}
	if n := countRows(t, db, "tip_slots", "1"); n != rounds {
		t.Errorf("tip_slots holds %d rows, want %d", n, rounds)
	}
}
