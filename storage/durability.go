package storage

import (
	"context"
	"errors"
	"fmt"
	"os"

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

// noteWrite records the outcome of a write for Ping: a storage fault is
// kept until a later write succeeds.
func (db *DB) noteWrite(err error) {
	switch {
	case err == nil:
		db.fault.Store(nil)
	case storageFault(err):
		db.fault.Store(&err)
	}
}

// lastFault is the storage fault of the last failed write, if no write has
// succeeded since.
func (db *DB) lastFault() error {
	if p := db.fault.Load(); p != nil {
		return *p
	}
	return nil
}

// Ping reports whether the database can do its work, for readiness: the
// path still names the file that was opened, the last write did not fail
// for want of storage, the disk keeps MinFree bytes free, and a small write
// commits. The probe write does not clear an earlier write's fault; the
// next real write that succeeds does.
func (db *DB) Ping(ctx context.Context) error {
	if err := db.checkFile(); err != nil {
		return fmt.Errorf("ping database: %w", err)
	}
	if err := db.lastFault(); err != nil {
		return fmt.Errorf("ping database: last write failed: %w", err)
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
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("ping database: begin: %w", err)
	}
	defer func() { _ = tx.Rollback() }()
	if _, err := tx.ExecContext(ctx, `
		INSERT INTO readiness (id, checked_at, checked_by) VALUES (1, ?, ?)
		ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at, checked_by = excluded.checked_by`,
		db.now().Unix(), os.Getpid()); err != nil {
		return fmt.Errorf("ping database: write: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("ping database: commit: %w", err)
	}
	return nil
}
