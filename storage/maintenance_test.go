package storage

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func countRows(t *testing.T, db *DB, table, where string, args ...any) int {
	t.Helper()
	var n int
	if err := db.db.QueryRowContext(t.Context(), "SELECT count(*) FROM "+table+" WHERE "+where, args...).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestPrune(t *testing.T) {
	db, clock := newDB(t)
	ctx := t.Context()
	day := 24 * time.Hour
	cutoff := t0.Add(-90 * day)
	if err := db.RecordFindings(ctx, []FindingRecord{
		{UserID: "U1", Rule: "r", Category: "jargon", At: cutoff.Add(-time.Second)},
		{UserID: "U2", Rule: "r", Category: "blame", At: cutoff.Add(-50 * day)},
		{UserID: "U1", Rule: "r", Category: "jargon", At: cutoff}, // exactly at the cutoff: kept
		{UserID: "U1", Rule: "r", Category: "jargon", At: t0},
	}); err != nil {
		t.Fatal(err)
	}
	clock.Set(cutoff.Add(-10 * day))
	oldOpen := newPromise(t, db, "U1", "old but open", cutoff.Add(-20*day))
	oldDone := newPromise(t, db, "U1", "old and done", cutoff.Add(-20*day))
	oldCancelled := newPromise(t, db, "U2", "old and cancelled", cutoff.Add(-20*day))
	recentDone := newPromise(t, db, "U1", "closed recently", cutoff.Add(-20*day))
	for _, c := range []struct {
		owner, id string
		status    PromiseStatus
	}{{"U1", oldDone.ID, PromiseDone}, {"U2", oldCancelled.ID, PromiseCancelled}} {
		if _, err := db.ClosePromise(ctx, c.owner, c.id, c.status); err != nil {
			t.Fatal(err)
		}
	}
	clock.Set(t0)
	if _, err := db.ClosePromise(ctx, "U1", recentDone.ID, PromiseDone); err != nil {
		t.Fatal(err)
	}

	stats, promises, err := db.Prune(ctx, cutoff)
	if err != nil {
		t.Fatal(err)
	}
	if stats != 2 || promises != 2 {
		t.Errorf("Prune deleted %d findings and %d promises, want 2 and 2", stats, promises)
	}
	if got, err := db.CategoryCounts(ctx, "", time.Unix(0, 0), t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	} else if diff := cmp.Diff(map[string]int{"jargon": 2}, got); diff != "" {
		t.Errorf("findings left (-want +got):\n%s", diff)
	}
	for _, c := range []struct {
		owner, id string
		want      error
	}{
		{"U1", oldOpen.ID, nil},
		{"U1", recentDone.ID, nil},
		{"U1", oldDone.ID, ErrNotFound},
		{"U2", oldCancelled.ID, ErrNotFound},
	} {
		if _, err := db.Promise(ctx, c.owner, c.id); !errors.Is(err, c.want) {
			t.Errorf("after Prune, Promise(%s) = %v, want %v", c.id, err, c.want)
		}
	}
	// Pruning again finds nothing more.
	if s, p, err := db.Prune(ctx, cutoff); err != nil || s != 0 || p != 0 {
		t.Errorf("second Prune = %d, %d, %v; want 0, 0, nil", s, p, err)
	}
}

func TestForget(t *testing.T) {
	db, _ := newDB(t)
	ctx := t.Context()
	for _, u := range []string{"U1", "U2"} {
		if err := db.SetOptedOut(ctx, u, true); err != nil {
			t.Fatal(err)
		}
		for range 3 {
			if _, _, err := db.RecordNotHelpful(ctx, u, "no-problem", 3); err != nil {
				t.Fatal(err)
			}
		}
		if err := db.RecordFindings(ctx, []FindingRecord{{UserID: u, Rule: "r", Category: "jargon", At: t0}}); err != nil {
			t.Fatal(err)
		}
	}
	open1 := newPromise(t, db, "U1", "U1's open promise", t0.Add(time.Hour))
	closed1 := newPromise(t, db, "U1", "U1's closed promise", t0.Add(time.Hour))
	if _, err := db.ClosePromise(ctx, "U1", closed1.ID, PromiseDone); err != nil {
		t.Fatal(err)
	}
	p2 := Promise{Owner: "U2", Requester: "U1", Text: "U2's promise to U1", Due: t0.Add(time.Hour)}
	if err := db.CreatePromise(ctx, &p2); err != nil {
		t.Fatal(err)
	}

	if err := db.Forget(ctx, "U1"); err != nil {
		t.Fatal(err)
	}

	for _, table := range []struct{ name, where string }{
		{"user_settings", "user_id = ?"},
		{"rule_feedback", "user_id = ?"},
		{"findings", "user_id = ?"},
		{"promises", "owner = ? OR requester = ?"},
	} {
		args := []any{"U1"}
		if table.name == "promises" {
			args = append(args, "U1")
		}
		if n := countRows(t, db, table.name, table.where, args...); n != 0 {
			t.Errorf("%s still holds %d rows about U1", table.name, n)
		}
	}
	for _, id := range []string{open1.ID, closed1.ID} {
		if _, err := db.Promise(ctx, "U1", id); !errors.Is(err, ErrNotFound) {
			t.Errorf("Promise(U1, %s) after Forget = %v, want ErrNotFound", id, err)
		}
	}
	// U2 keeps everything; their promise no longer names U1.
	if out, _ := db.OptedOut(ctx, "U2"); !out {
		t.Error("U2's opt-out was lost")
	}
	if rules, _ := db.MutedRules(ctx, "U2"); len(rules) != 1 {
		t.Errorf("U2's muted rules = %v, want one", rules)
	}
	if got, _ := db.CategoryCounts(ctx, "U2", t0, t0.Add(time.Second)); got["jargon"] != 1 {
		t.Errorf("U2's stats = %v, want jargon 1", got)
	}
	got, err := db.Promise(ctx, "U2", p2.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := p2
	want.Requester = ""
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("U2's promise after forgetting U1 (-want +got):\n%s", diff)
	}
	if err := db.Forget(ctx, ""); err == nil {
		t.Error("Forget(\"\") = nil error, want one")
	}
}

func TestBackup(t *testing.T) {
	db, _ := newDB(t)
	ctx := t.Context()
	p := newPromise(t, db, "U1", "restore me", t0.Add(time.Hour))
	if err := db.SetOptedOut(ctx, "U1", true); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "backup.db")
	if err := db.Backup(ctx, path); err != nil {
		t.Fatal(err)
	}
	copyDB := openAt(t, path)
	if got, err := copyDB.Promise(ctx, "U1", p.ID); err != nil {
		t.Errorf("promise missing from backup: %v", err)
	} else if diff := cmp.Diff(p, got); diff != "" {
		t.Errorf("promise in backup (-want +got):\n%s", diff)
	}
	if out, err := copyDB.OptedOut(ctx, "U1"); err != nil || !out {
		t.Errorf("OptedOut in backup = %v, %v; want true", out, err)
	}

	existing := writeFile(t, "keep.db", "precious")
	if err := db.Backup(ctx, existing); !errors.Is(err, fs.ErrExist) {
		t.Errorf("Backup over an existing file = %v, want fs.ErrExist", err)
	}
	if b, _ := os.ReadFile(existing); string(b) != "precious" {
		t.Errorf("existing file was changed to %q", b)
	}
	if err := db.Backup(ctx, filepath.Join(t.TempDir(), "no", "dir", "b.db")); err == nil {
		t.Error("Backup into a missing directory = nil error, want one")
	}
}

// A backup taken while four goroutines keep writing holds every promise
// committed before it started and nothing that was never committed.
func TestBackupUnderWriteLoad(t *testing.T) {
	db, _ := newDB(t)
	db.MaxOpen = 0 // the writers pile up promises for one owner
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()

	var mu sync.Mutex
	committed := map[string]bool{} // promise ID -> committed
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			for i := 0; ctx.Err() == nil; i++ {
				p := Promise{Owner: fmt.Sprintf("U%d", w), Text: fmt.Sprintf("promise %d", i), Due: t0.Add(time.Hour)}
				if err := db.CreatePromise(ctx, &p); err != nil {
					if ctx.Err() == nil {
						t.Errorf("writer %d: %v", w, err)
					}
					return
				}
				mu.Lock()
				committed[p.Owner+"/"+p.ID] = true
				mu.Unlock()
				if err := db.RecordFindings(ctx, []FindingRecord{{UserID: p.Owner, Rule: "r", Category: "jargon", At: t0}}); err != nil {
					if ctx.Err() == nil {
						t.Errorf("writer %d: %v", w, err)
					}
					return
				}
			}
		})
	}
	snapshot := func() map[string]bool {
		mu.Lock()
		defer mu.Unlock()
		m := make(map[string]bool, len(committed))
		for k := range committed {
			m[k] = true
		}
		return m
	}
	// Let the writers get going.
	for len(snapshot()) < 20 {
		time.Sleep(time.Millisecond)
	}
	before := snapshot()
	path := filepath.Join(t.TempDir(), "live-backup.db")
	if err := db.Backup(t.Context(), path); err != nil {
		t.Fatalf("Backup under load: %v", err)
	}
	after := snapshot()
	cancel()
	wg.Wait()

	b := openAt(t, path)
	rows, err := b.db.QueryContext(t.Context(), `SELECT owner || '/' || id FROM promises`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	inBackup := map[string]bool{}
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			t.Fatal(err)
		}
		inBackup[k] = true
	}
	for k := range before {
		if !inBackup[k] {
			t.Errorf("promise %s committed before the backup is missing from it", k)
		}
	}
	// Each promise is followed by one finding from the same writer, so the
	// backup holds at least one finding for every promise but the newest of each writer.
	for k := range inBackup {
		if !after[k] {
			t.Errorf("backup holds promise %s that was not committed when it ended", k)
		}
	}
	var findings int
	if err := b.db.QueryRowContext(t.Context(), `SELECT count(*) FROM findings`).Scan(&findings); err != nil {
		t.Fatal(err)
	}
	if findings < len(inBackup)-4 || findings > len(inBackup) {
		t.Errorf("backup holds %d findings for %d promises; a torn copy?", findings, len(inBackup))
	}
	t.Logf("backup holds %d promises (%d committed before it began, %d when it ended)", len(inBackup), len(before), len(after))
}
