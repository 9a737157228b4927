package storage

import (
	"errors"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestClaimTipSlot(t *testing.T) {
	db, _ := newDB(t)
	ctx := t.Context()
	slot1 := time.Date(2026, 11, 16, 14, 0, 0, 0, time.UTC)
	slot2 := slot1.Add(7 * 24 * time.Hour)

	if _, err := db.LastTipSlot(ctx); !errors.Is(err, ErrNotFound) {
		t.Errorf("LastTipSlot on empty DB = %v, want ErrNotFound", err)
	}
	if err := db.CompleteTipSlot(ctx, slot1, "tip-1"); !errors.Is(err, ErrNotFound) {
		t.Errorf("CompleteTipSlot of unclaimed slot = %v, want ErrNotFound", err)
	}
	steps := []struct {
		name  string
		slot  time.Time
		owner string
		want  bool
	}{
		{"first claim wins", slot2, "host-a", true},
		{"second claim by another process loses", slot2, "host-b", false},
		{"same process claiming again loses", slot2, "host-a", false},
		{"same instant in another zone is the same slot", slot2.In(time.FixedZone("X", 3600)), "host-b", false},
		{"an earlier slot is its own", slot1, "host-b", true},
	}
	for _, s := range steps {
		got, err := db.ClaimTipSlot(ctx, s.slot, s.owner)
		if err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		if got != s.want {
			t.Errorf("%s: ClaimTipSlot = %v, want %v", s.name, got, s.want)
		}
	}
	if got, err := db.LastTipSlot(ctx); err != nil || !got.Equal(slot2) {
		t.Errorf("LastTipSlot = %v, %v; want %v", got, err, slot2)
	}
	if err := db.CompleteTipSlot(ctx, slot2, "tip-7"); err != nil {
		t.Errorf("CompleteTipSlot: %v", err)
	}
	if _, err := db.ClaimTipSlot(ctx, time.Time{}, "host-a"); err == nil {
		t.Error("ClaimTipSlot(zero time) = nil error, want one")
	}
}

func TestClaimTipSlotSurvivesRestart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tips.db")
	slot := time.Date(2026, 11, 23, 9, 0, 0, 0, time.UTC)
	first, err := Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := first.ClaimTipSlot(t.Context(), slot, "before-restart"); err != nil || !ok {
		t.Fatalf("first claim = %v, %v", ok, err)
	}
	first.Close()
	again := openAt(t, path)
	if ok, err := again.ClaimTipSlot(t.Context(), slot, "after-restart"); err != nil || ok {
		t.Errorf("claim after restart = %v, %v; want false, nil", ok, err)
	}
}

// Eight schedulers in two "processes" (two handles on one file) race for
// each slot; exactly one wins every time.
func TestClaimTipSlotConcurrent(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shared.db")
	handles := []*DB{openAt(t, path), openAt(t, path)}
	base := time.Date(2026, 11, 16, 9, 0, 0, 0, time.UTC)
	for s := range 10 {
		slot := base.Add(time.Duration(s) * time.Hour)
		var wins atomic.Int32
		var wg sync.WaitGroup
		start := make(chan struct{})
		for g := range 8 {
			db := handles[g%2]
			wg.Go(func() {
				<-start
				ok, err := db.ClaimTipSlot(t.Context(), slot, "scheduler")
				if err != nil {
					t.Errorf("slot %d goroutine %d: %v", s, g, err)
				}
				if ok {
					wins.Add(1)
				}
			})
		}
		close(start)
		wg.Wait()
		if got := wins.Load(); got != 1 {
			t.Errorf("slot %d: %d claims won, want exactly 1", s, got)
		}
	}
}

func TestTipRotation(t *testing.T) {
	db, _ := newDB(t)
	ctx := t.Context()
	used := func() map[string]time.Time {
		t.Helper()
		m, err := db.UsedTips(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	if got := used(); len(got) != 0 {
		t.Errorf("UsedTips on empty DB = %v, want none", got)
	}
	week := 7 * 24 * time.Hour
	for i, id := range []string{"listen-first", "say-youre-welcome", "explain-plainly"} {
		if err := db.RecordTipUsed(ctx, id, t0.Add(time.Duration(i)*week)); err != nil {
			t.Fatal(err)
		}
	}
	// Used again (e.g. by /coach tip): the time moves, the entry stays one.
	if err := db.RecordTipUsed(ctx, "listen-first", t0.Add(3*week)); err != nil {
		t.Fatal(err)
	}
	want := map[string]time.Time{
		"listen-first":      t0.Add(3 * week),
		"say-youre-welcome": t0.Add(week),
		"explain-plainly":   t0.Add(2 * week),
	}
	if diff := cmp.Diff(want, used()); diff != "" {
		t.Errorf("UsedTips (-want +got):\n%s", diff)
	}
	if err := db.ResetTipCycle(ctx); err != nil {
		t.Fatal(err)
	}
	if got := used(); len(got) != 0 {
		t.Errorf("UsedTips after reset = %v, want none", got)
	}
	if err := db.RecordTipUsed(ctx, "", t0); err == nil {
		t.Error("RecordTipUsed(\"\") = nil error, want one")
	}
}
