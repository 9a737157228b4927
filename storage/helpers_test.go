package storage

import (
	"context"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// t0 is the fixed "now" of the tests: Wed 18 Nov 2026 15:30 UTC.
var t0 = time.Date(2026, 11, 18, 15, 30, 0, 0, time.UTC)

// testClock is a settable clock for DB.Now.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *testClock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}

// openAt opens (creating if needed) the database at path and closes it when
// the test ends.
func openAt(tb testing.TB, path string) *DB {
	tb.Helper()
	db, err := Open(context.Background(), path)
	if err != nil {
		tb.Fatalf("Open(%q): %v", path, err)
	}
	tb.Cleanup(func() {
		if err := db.Close(); err != nil {
			tb.Errorf("Close: %v", err)
		}
	})
	return db
}

// newDB opens a fresh database in a temporary directory with its clock at t0.
func newDB(tb testing.TB) (*DB, *testClock) {
	tb.Helper()
	db := openAt(tb, filepath.Join(tb.TempDir(), "rapport.db"))
	clock := &testClock{t: t0}
	db.Now = clock.Now
	return db, clock
}
