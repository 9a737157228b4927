package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
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

// ErrNotRapport is returned, wrapped, by BackupFile when its source is not
// a Rapport database (another SQLite file, or no database at all).
var ErrNotRapport = errors.New("not a Rapport database")

// rapportTables are the tables every Rapport database has; a file without
// them is someone else's.
var rapportTables = []string{"goose_db_version", "promises", "tip_slots", "user_settings"}

// BackupFile writes a consistent copy of the Rapport database at src to dst,
// as DB.Backup does, without changing src: it is opened read-only, with no
// migrations and no switch of journal mode. A src that is not a Rapport
// database is refused with ErrNotRapport and nothing is written.
func BackupFile(ctx context.Context, src, dst string) error {
	abs, err := filepath.Abs(src)
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	if _, err := os.Stat(abs); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	sqlDB, err := openRapportReadOnly(ctx, abs)
	if err != nil {
		return fmt.Errorf("backup of %w", err)
	}
	defer sqlDB.Close()
	return backupTo(ctx, sqlDB, dst)
}

// openRapportReadOnly opens the Rapport database at path read-only. Anything
// else at path (no file, a directory, an empty file, another SQLite
// database, not SQLite at all) is refused, wrapping ErrNotRapport when
// there is a file, and nothing about it changes.
func openRapportReadOnly(ctx context.Context, path string) (*sql.DB, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	fi, err := os.Stat(abs)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() || fi.Size() == 0 {
		return nil, fmt.Errorf("%s: %w", abs, ErrNotRapport)
	}
	sqlDB, err := sql.Open("sqlite3", readOnlyDSN(abs))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", abs, err)
	}
	if err := checkRapport(ctx, sqlDB); err != nil {
		sqlDB.Close()
		return nil, fmt.Errorf("%s: %w", abs, err)
	}
	return sqlDB, nil
}

// readOnlyDSN opens the file at path read-only, changing nothing about it.
func readOnlyDSN(path string) string {
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?mode=ro&_busy_timeout=5000"
}

// checkRapport reports ErrNotRapport unless db has Rapport's tables. A file
// that is not SQLite at all fails here too.
func checkRapport(ctx context.Context, db *sql.DB) error {
	rows, err := db.QueryContext(ctx, `SELECT name FROM sqlite_master WHERE type = 'table'`)
	if err != nil {
		return fmt.Errorf("%w (%v)", ErrNotRapport, err)
	}
	defer rows.Close()
	have := map[string]bool{}
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return err
		}
		have[name] = true
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("%w (%v)", ErrNotRapport, err)
	}
	for _, t := range rapportTables {
		if !have[t] {
			return ErrNotRapport
		}
	}
	return nil
}

// Backup writes a consistent copy of the live database to path with VACUUM
// INTO, while other connections keep reading and writing. It refuses to
// overwrite an existing file (the error wraps fs.ErrExist). The copy is
// created 0600, as private as the database, and synced to disk before Backup
// returns.
func (db *DB) Backup(ctx context.Context, path string) error {
	return backupTo(ctx, db.db, path)
}

func backupTo(ctx context.Context, db *sql.DB, path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	// VACUUM INTO writes into an empty file, keeping its mode: create it
	// ourselves, private, and only if nothing is there (O_EXCL also refuses
	// a symlink planted at the path).
	f, err := os.OpenFile(abs, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return fmt.Errorf("backup to %s: %w", abs, err)
	}
	ok := false
	defer func() {
		f.Close()
		if !ok {
			_ = os.Remove(abs)
		}
	}()
	// The umask may have narrowed 0600 further, never widened it; make sure.
	if err := f.Chmod(0o600); err != nil {
		return fmt.Errorf("backup to %s: %w", abs, err)
	}
	// VACUUM INTO reads in one transaction, so the copy is a snapshot.
	if _, err := db.ExecContext(ctx, `VACUUM INTO ?`, abs); err != nil {
		return fmt.Errorf("backup to %s: %w", abs, err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("backup to %s: sync: %w", abs, err)
	}
	ok = true
	return nil
}
