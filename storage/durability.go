package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/mattn/go-sqlite3"
)

// checkFile reports ErrNotDurable unless the database path still names the
// file Open opened (same device and inode).
func (db *DB) checkFile() error {
	fi, err := os.Stat(db.path)
	if err != nil {
		return fmt.Errorf("%s: %w (%v)", db.path, ErrNotDurable, err)
	}
	if !os.SameFile(fi, db.file) {
		return fmt.Errorf("%s was replaced by another file: %w", db.path, ErrNotDurable)
	}
	return nil
}

// storageFault reports whether err says the storage itself failed (disk
// full, I/O error, read-only, file gone or damaged), rather than a query or
// a constraint.
func storageFault(err error) bool {
	if errors.Is(err, ErrNotDurable) {
		return true
	}
	var se sqlite3.Error
	if !errors.As(err, &se) {
		return false
	}
	switch se.Code {
	case sqlite3.ErrFull, sqlite3.ErrIoErr, sqlite3.ErrReadonly, sqlite3.ErrCantOpen, sqlite3.ErrCorrupt, sqlite3.ErrNotADB:
		return true
	}
	return false
}

// faultHold is how long readiness fails after a write failed for want of
// storage, however well the readiness probe goes meanwhile: a small probe
// can fit where a real write did not.
const faultHold = 30 * time.Second

// writeFault is a write that failed for want of storage, and when.
type writeFault struct {
	err error
	at  time.Time
}

// noteWrite records a write's storage fault for Ping.
func (db *DB) noteWrite(err error) {
	if err != nil && storageFault(err) {
		db.fault.Store(&writeFault{err: err, at: db.now()})
	}
}

// Ping reports whether the database can do its work, for readiness: the
// path still names the file that was opened, no write has failed for want of
// storage in the last 30 seconds, the disk keeps MinFree bytes free, and a
// small write commits. A failed write keeps Ping failing until a probe
// write succeeds after those 30 seconds.
func (db *DB) Ping(ctx context.Context) error {
	if err := db.checkFile(); err != nil {
		return fmt.Errorf("ping database: %w", err)
	}
	fault := db.fault.Load()
	if fault != nil && db.now().Sub(fault.at) < faultHold {
		return fmt.Errorf("ping database: a write failed %s ago: %w", db.now().Sub(fault.at).Round(time.Second), fault.err)
	}
	if db.MinFree > 0 {
		free, err := freeBytes(db.path)
		if err != nil {
			return fmt.Errorf("ping database: %w", err)
		}
		if free < db.MinFree {
			return fmt.Errorf("ping database: only %d KiB free on the database's disk, want at least %d KiB", free>>10, db.MinFree>>10)
		}
	}
	err := db.update(ctx, "ping database", func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `
			INSERT INTO readiness (id, checked_at, checked_by) VALUES (1, ?, ?)
			ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at, checked_by = excluded.checked_by`,
			db.now().Unix(), os.Getpid())
		return err
	})
	if err != nil {
		return err
	}
	// Storage takes writes again: forget the fault, unless a newer one
	// came meanwhile.
	db.fault.CompareAndSwap(fault, nil)
	return nil
}
