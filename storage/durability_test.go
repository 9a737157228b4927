//go:build unix

package storage

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mattn/go-sqlite3"
)

// TestLostDatabaseFileIsNoticed: when the data directory is removed, or the
// file replaced, under a running process, SQLite keeps writing to the
// unlinked file and every write would be lost at exit. Ping (readiness)
// fails, and a write is refused rather than confirmed.
func TestLostDatabaseFileIsNoticed(t *testing.T) {
	tests := []struct {
		name string
		lose func(t *testing.T, dir, path string)
	}{
		{"directory removed", func(t *testing.T, dir, _ string) {
			if err := os.RemoveAll(dir); err != nil {
				t.Fatal(err)
			}
		}},
		{"file replaced", func(t *testing.T, dir, path string) {
			other := filepath.Join(dir, "other.db")
			if err := os.WriteFile(other, nil, 0o600); err != nil {
				t.Fatal(err)
			}
			if err := os.Rename(other, path); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := t.Context()
			dir := filepath.Join(t.TempDir(), "data")
			if err := os.Mkdir(dir, 0o700); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, "rapport.db")
			db := openAt(t, path)
			if err := db.Ping(ctx); err != nil {
				t.Fatalf("Ping before: %v", err)
			}
			tt.lose(t, dir, path)
			if err := db.Ping(ctx); !errors.Is(err, ErrNotDurable) {
				t.Errorf("Ping after: got %v, want ErrNotDurable", err)
			}
			p := Promise{Owner: "U1", Text: "call Dana back", Due: t0}
			if err := db.CreatePromise(ctx, &p); !errors.Is(err, ErrNotDurable) {
				t.Errorf("CreatePromise after: got %v, want ErrNotDurable", err)
			}
		})
	}
}

// TestPingWritesAndChecksSpace: readiness fails when the filesystem holding
// the database is nearly full, and while the last write failed for want of
// space; a write that succeeds again clears it.
func TestPingWritesAndChecksSpace(t *testing.T) {
	ctx := t.Context()
	db, _ := newDB(t)
	db.MinFree = 1 << 62 // more than any disk has
	if err := db.Ping(ctx); err == nil || !strings.Contains(err.Error(), "free") {
		t.Errorf("Ping with too little free space: got %v, want an error about free space", err)
	}
	db.MinFree = 0
	if err := db.Ping(ctx); err != nil {
		t.Errorf("Ping with the check off: %v", err)
	}
}

// TestFullDatabaseFailsReadiness fills the database (SQLite's max_page_count
// gives the same SQLITE_FULL a full disk does): the failed write fails
// readiness until a write succeeds again.
func TestFullDatabaseFailsReadiness(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "full.db")
	openAt(t, path).Close() // created and migrated
	db, err := open(ctx, path, func(c *sqlite3.SQLiteConn) error {
		// Room for what is there now and no more.
		_, err := c.Exec(`PRAGMA max_page_count = 1`, nil)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	clock := &testClock{t: t0}
	db.Now = clock.Now
	db.MaxOpen = 0
	big := strings.Repeat("x", 4000)
	var writeErr error
	for i := 0; i < 50 && writeErr == nil; i++ {
		p := Promise{Owner: "U1", Text: big, Due: t0.Add(time.Hour)}
		writeErr = db.CreatePromise(ctx, &p)
	}
	if writeErr == nil {
		t.Fatal("no write failed on a full database")
	}
	if err := db.Ping(ctx); err == nil {
		t.Errorf("Ping after a failed write: got nil, want an error")
	}
	// A small probe fits where the write did not: it does not make the
	// database ready again at once, only after the hold.
	clock.Set(t0.Add(faultHold - time.Second))
	if err := db.Ping(ctx); err == nil {
		t.Errorf("Ping %s after a failed write: got nil, want an error", faultHold-time.Second)
	}
	clock.Set(t0.Add(faultHold))
	if err := db.Ping(ctx); err != nil {
		t.Errorf("Ping %s after a failed write, probe write fits: %v", faultHold, err)
	}
}
