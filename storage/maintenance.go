package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// Prune deletes statistics older than before and promises done or cancelled
// before it, for the retention period. Open promises are kept however old.
// It returns how many of each it deleted.
func (db *DB) Prune(ctx context.Context, before time.Time) (stats int64, promises int64, err error) {
	err = db.update(ctx, "prune", func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM findings WHERE at < ?`, before.Unix())
		if err != nil {
			return err
		}
		if stats, err = res.RowsAffected(); err != nil {
			return err
		}
		for _, q := range []string{`DELETE FROM nudges WHERE at < ?`, `DELETE FROM rule_votes WHERE at < ?`} {
			if _, err := tx.ExecContext(ctx, q, before.Unix()); err != nil {
				return err
			}
		}
		res, err = tx.ExecContext(ctx,
			`DELETE FROM promises WHERE status <> 'open' AND closed_at < ?`, before.Unix())
		if err != nil {
			return err
		}
		promises, err = res.RowsAffected()
		return err
	})
	if err != nil {
		return 0, 0, err
	}
	return stats, promises, nil
}

// Forget deletes everything stored about the user, in one transaction: their
// settings, feedback and muted rules, statistics and the promises they own.
// Where the user is only the requester of someone else's promise, the promise
// stays with its owner but no longer names the user.
func (db *DB) Forget(ctx context.Context, userID string) error {
	if userID == "" {
		return errors.New("forget user: empty user ID")
	}
	return db.update(ctx, "forget user", func(tx *sql.Tx) error {
		for _, q := range []string{
			`DELETE FROM user_settings WHERE user_id = ?`,
			`DELETE FROM rule_feedback WHERE user_id = ?`,
			`DELETE FROM findings WHERE user_id = ?`,
			`DELETE FROM nudges WHERE user_id = ?`,
			`DELETE FROM home_visits WHERE user_id = ?`,
			`DELETE FROM promises WHERE owner = ?`,
			`UPDATE promises SET requester = '' WHERE requester = ?`,
		} {
			if _, err := tx.ExecContext(ctx, q, userID); err != nil {
				return err
			}
		}
		return nil
	})
}

// Backup writes a consistent copy of the live database to path with VACUUM
// INTO, while other connections keep reading and writing. It refuses to
// overwrite an existing file (the error wraps fs.ErrExist). The copy is
// synced to disk before Backup returns.
func (db *DB) Backup(ctx context.Context, path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	if _, err := os.Lstat(abs); err == nil {
		return fmt.Errorf("backup to %s: %w", abs, fs.ErrExist)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("backup to %s: %w", abs, err)
	}
	// VACUUM INTO reads in one transaction, so the copy is a snapshot; it
	// also refuses to write over a file that appeared since the check above.
	if _, err := db.db.ExecContext(ctx, `VACUUM INTO ?`, abs); err != nil {
		return fmt.Errorf("backup to %s: %w", abs, err)
	}
	f, err := os.Open(abs)
	if err != nil {
		return fmt.Errorf("backup to %s: %w", abs, err)
	}
	defer f.Close()
	if err := f.Sync(); err != nil {
		return fmt.Errorf("backup to %s: sync: %w", abs, err)
	}
	return nil
}
