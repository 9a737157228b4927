package storage

import (
	"fmt"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestClaimReminder(t *testing.T) {
	ctx := t.Context()
	const lease = time.Minute
	tests := []struct {
		name string
		// prepare runs after the promise (due at t0) is created; it returns
		// the due time to claim.
		prepare func(t *testing.T, db *DB, clock *testClock, p Promise) time.Time
		want    bool
	}{
		{"unclaimed", func(*testing.T, *DB, *testClock, Promise) time.Time { return t0 }, true},
		{"claimed by another, lease live", func(t *testing.T, db *DB, clock *testClock, p Promise) time.Time {
			mustClaim(t, db, p.ID, t0, "other", true)
			clock.Set(t0.Add(lease - time.Second))
			return t0
		}, false},
		{"claimed by another, lease lapsed (it crashed)", func(t *testing.T, db *DB, clock *testClock, p Promise) time.Time {
			mustClaim(t, db, p.ID, t0, "other", true)
			clock.Set(t0.Add(lease))
			return t0
		}, true},
		{"released by another", func(t *testing.T, db *DB, _ *testClock, p Promise) time.Time {
			mustClaim(t, db, p.ID, t0, "other", true)
			if err := db.ReleaseReminder(ctx, p.ID, t0, "other"); err != nil {
				t.Fatal(err)
			}
			return t0
		}, true},
		{"release by a non-claimant changes nothing", func(t *testing.T, db *DB, _ *testClock, p Promise) time.Time {
			mustClaim(t, db, p.ID, t0, "other", true)
			if err := db.ReleaseReminder(ctx, p.ID, t0, "me"); err != nil {
				t.Fatal(err)
			}
			return t0
		}, false},
		{"already marked reminded", func(t *testing.T, db *DB, _ *testClock, p Promise) time.Time {
			mustClaim(t, db, p.ID, t0, "other", true)
			if err := db.MarkReminded(ctx, p.ID, t0); err != nil {
				t.Fatal(err)
			}
			return t0
		}, false},
		{"snoozed after a claim: the new due time is claimable", func(t *testing.T, db *DB, _ *testClock, p Promise) time.Time {
			mustClaim(t, db, p.ID, t0, "other", true)
			if _, err := db.SnoozePromise(ctx, p.Owner, p.ID, t0.Add(time.Hour)); err != nil {
				t.Fatal(err)
			}
			return t0.Add(time.Hour)
		}, true},
		{"stale due time", func(t *testing.T, db *DB, _ *testClock, p Promise) time.Time {
			if _, err := db.SnoozePromise(ctx, p.Owner, p.ID, t0.Add(time.Hour)); err != nil {
				t.Fatal(err)
			}
			return t0
		}, false},
		{"closed", func(t *testing.T, db *DB, _ *testClock, p Promise) time.Time {
			if _, err := db.ClosePromise(ctx, p.Owner, p.ID, PromiseDone); err != nil {
				t.Fatal(err)
			}
			return t0
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, clock := newDB(t)
			p := Promise{Owner: "U1", Text: "call Dana back", Due: t0}
			if err := db.CreatePromise(ctx, &p); err != nil {
				t.Fatal(err)
			}
			due := tt.prepare(t, db, clock, p)
			got, err := db.ClaimReminder(ctx, p.ID, due, "me", lease)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("ClaimReminder: got %v, want %v", got, tt.want)
			}
			// DuePromises lists exactly the reminders still to be claimed.
			list, err := db.DuePromises(ctx, clock.Now(), 0)
			if err != nil {
				t.Fatal(err)
			}
			if len(list) != 0 {
				t.Errorf("DuePromises after the claim: got %d, want 0 (claimed, live, sent or closed)", len(list))
			}
		})
	}
}

func mustClaim(t *testing.T, db *DB, id string, due time.Time, claimant string, want bool) {
	t.Helper()
	got, err := db.ClaimReminder(t.Context(), id, due, claimant, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Fatalf("ClaimReminder by %s: got %v, want %v", claimant, got, want)
	}
}

// A lapsed claim shows in DuePromises again: the reminder of a process that
// crashed between claiming and marking is not lost.
func TestLapsedClaimIsDueAgain(t *testing.T) {
	db, clock := newDB(t)
	p := Promise{Owner: "U1", Text: "call Dana back", Due: t0}
	if err := db.CreatePromise(t.Context(), &p); err != nil {
		t.Fatal(err)
	}
	mustClaim(t, db, p.ID, t0, "crashed", true)
	for _, tt := range []struct {
		at   time.Time
		want int
	}{{t0.Add(59 * time.Second), 0}, {t0.Add(time.Minute), 1}} {
		clock.Set(tt.at)
		list, err := db.DuePromises(t.Context(), tt.at, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(list) != tt.want {
			t.Errorf("at claim+%s: got %d due, want %d", tt.at.Sub(t0), len(list), tt.want)
		}
	}
}

// Sixteen claimants on two handles (as two processes) race for each of 30
// reminders: exactly one wins each.
func TestClaimReminderOneWinner(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shared.db")
	handles := []*DB{openAt(t, path), openAt(t, path)}
	ctx := t.Context()
	var ids []string
	for i := range 30 {
		p := Promise{Owner: "U1", Text: fmt.Sprintf("promise %d", i), Due: t0}
		if err := handles[0].CreatePromise(ctx, &p); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, p.ID)
	}
	wins := make([]atomic.Int32, len(ids))
	var wg sync.WaitGroup
	for g := range 16 {
		db := handles[g%2]
		wg.Go(func() {
			for i, id := range ids {
				ok, err := db.ClaimReminder(ctx, id, t0, fmt.Sprintf("claimant %d", g), time.Hour)
				if err != nil {
					t.Errorf("claimant %d: %v", g, err)
					return
				}
				if ok {
					wins[i].Add(1)
				}
			}
		})
	}
	wg.Wait()
	for i := range wins {
		if n := wins[i].Load(); n != 1 {
			t.Errorf("promise %d: got %d winners, want 1", i, n)
		}
	}
}
