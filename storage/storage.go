// Package storage is Rapport's SQLite store: user settings, "not helpful"
// feedback, finding statistics, promises, and the tip rotation. It keeps no
// text of coached messages; statistics hold user, rule, category and time only.
//
// Every public write runs in its own BEGIN IMMEDIATE transaction, so writers
// from several goroutines, or from several processes sharing the file, queue
// on SQLite's busy timeout instead of failing with "database is locked".
//
// Durability: the database runs in WAL mode with synchronous=NORMAL. A
// committed transaction is in the WAL (handed to the operating system) before
// the write method returns, so it survives the process crashing or being
// killed at any moment (kill -9): that is the promise SPEC makes. On power
// loss or an OS crash the most recent transactions may roll back, because
// NORMAL syncs the WAL at checkpoints rather than at every commit. FULL would
// close that gap at the cost of an fsync per write; we accept the gap.
//
// SQLite keeps writing to a file that was unlinked under it, so every write
// first checks that the path still names the file that was opened (device
// and inode) and is refused with ErrNotDurable otherwise; Ping, for
// readiness, also checks free space and that a probe write commits.
//
// Reminders are claimed (ClaimReminder) before they are sent, with a lease,
// so processes sharing the file never both send one, and marked after.
//
// Times are stored as UTC unix seconds and read back in UTC, so values with
// sub-second precision come back truncated to the second.
package storage

import (
	"context"
	"crypto/rand"
	"database/sql"
	"database/sql/driver"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	"github.com/mattn/go-sqlite3" // also registers the "sqlite3" driver
	"github.com/pressly/goose/v3"
)

// ErrNotDurable is returned, wrapped, by a write (which is then rolled back)
// and by Ping when the database file is no longer the one opened: its
// directory was removed or the file replaced while Rapport ran. SQLite would
// go on writing into the unlinked file, and everything written would be lost
// at exit.
var ErrNotDurable = errors.New("database file is gone or replaced: writes would not survive")

// DefaultMinFree is the free disk space below which Ping reports the
// database not ready: a little room for the WAL to grow, so a nearly full
// disk is noticed before writes start failing.
const DefaultMinFree = 16 << 20

// ErrNotFound is returned, wrapped, when the thing asked for does not exist,
// or belongs to someone else and must look as if it did not exist.
var ErrNotFound = errors.New("not found")

//go:embed migrations/*.sql
var migrationFS embed.FS

// DB is Rapport's database. Set Now and Rand, if at all, before first use.
type DB struct {
	// Now is the clock used for creation, close, claim and update times.
	Now func() time.Time
	// Rand is the randomness promise IDs are drawn from (crypto/rand by default).
	Rand io.Reader
	// MinFree is the free space, in bytes, the filesystem holding the
	// database must keep for Ping to report ready (DefaultMinFree after
	// Open); zero or less turns the check off.
	MinFree int64
	// MaxOpen is how many open promises one owner may hold (DefaultMaxOpen
	// after Open); zero or less means no cap.
	MaxOpen int

	db   *sql.DB
	path string      // absolute path of the database file
	file os.FileInfo // the file as opened: its device and inode
	// fault is the last write that failed for want of storage; Ping
	// clears it.
	fault atomic.Pointer[writeFault]
}

// Open opens the database at path, creating the file (mode 0600) if it does
// not exist, and applies any pending migrations.
func Open(ctx context.Context, path string) (*DB, error) {
	return open(ctx, path, nil)
}

// sqliteConnector opens connections with go-sqlite3's driver, running hook
// (if any) on each new one; tests use the hook to make SQLite misbehave.
type sqliteConnector struct {
	driver *sqlite3.SQLiteDriver
	dsn    string
}

func (c sqliteConnector) Connect(context.Context) (driver.Conn, error) { return c.driver.Open(c.dsn) }
func (c sqliteConnector) Driver() driver.Driver                        { return c.driver }

// open is Open with a hook run on every new SQLite connection.
func open(ctx context.Context, path string, hook func(*sqlite3.SQLiteConn) error) (*DB, error) {
	if path == "" {
		return nil, errors.New("open database: empty path")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	// Create the file ourselves so it is private to the service's user;
	// SQLite gives its -wal and -shm files the same permissions.
	f, err := os.OpenFile(abs, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}
	// Its identity, to notice the file being removed or replaced later.
	file, err := f.Stat()
	if err != nil {
		_ = f.Close()
		return nil, fmt.Errorf("open database: %w", err)
	}
	if err := f.Close(); err != nil {
		return nil, fmt.Errorf("open database: %w", err)
	}

	sqlDB := sql.OpenDB(sqliteConnector{driver: &sqlite3.SQLiteDriver{ConnectHook: hook}, dsn: DSN(abs)})
	if err := prepare(ctx, sqlDB); err != nil {
		_ = sqlDB.Close()
		return nil, fmt.Errorf("open database %s: %w", abs, err)
	}
	return &DB{Now: time.Now, Rand: rand.Reader, MinFree: DefaultMinFree, MaxOpen: DefaultMaxOpen,
		db: sqlDB, path: abs, file: file}, nil
}

// prepare connects and migrates. Two processes starting at once on a fresh
// file both switch it to WAL, and SQLite answers the loser with "database
// is locked" at once, without waiting out the busy timeout (it will not
// wait for a lock it may be blocking itself). That answer is retried for up
// to openBusyWait; any other error is returned at once.
func prepare(ctx context.Context, sqlDB *sql.DB) error {
	deadline := time.Now().Add(openBusyWait)
	pause := 10 * time.Millisecond
	for {
		err := sqlDB.PingContext(ctx)
		if err == nil {
			err = migrate(ctx, sqlDB)
		}
		if err == nil || !isBusy(err) || time.Now().Add(pause).After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(pause):
		}
		pause = min(2*pause, 200*time.Millisecond)
	}
}

// openBusyWait bounds how long Open retries a database another process
// holds while it is being set up (the busy timeout's 5 s).
const openBusyWait = 5 * time.Second

// isBusy reports whether err is SQLite's "database is locked" or "table is
// locked".
func isBusy(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && (se.Code == sqlite3.ErrBusy || se.Code == sqlite3.ErrLocked)
}

// DSN returns the go-sqlite3 data source name Rapport uses for the file at
// path: WAL, a busy timeout, foreign keys, immediate write transactions (with
// deferred ones, concurrent writers fail with "database is locked" despite the
// busy timeout), and synchronous=NORMAL (see the package comment).
func DSN(path string) string {
	// Escape the path as a URI path so '?', '#', '%' and spaces in it
	// cannot be read as the start of the query or fragment.
	return "file:" + (&url.URL{Path: path}).EscapedPath() +
		"?_journal_mode=WAL&_busy_timeout=5000&_foreign_keys=on&_txlock=immediate&_synchronous=NORMAL"
}

// migrate applies the embedded migrations. Two processes opening a fresh file
// at once can race: both see a migration pending, one applies it and the
// other's CREATE TABLE fails. A fresh provider then sees nothing pending, so a
// failed run is retried a few times before giving up.
func migrate(ctx context.Context, sqlDB *sql.DB) error {
	sub, err := fs.Sub(migrationFS, "migrations")
	if err != nil {
		return fmt.Errorf("migrations: %w", err)
	}
	const attempts = 3
	for i := 0; ; i++ {
		p, err := goose.NewProvider(goose.DialectSQLite3, sqlDB, sub, goose.WithDisableGlobalRegistry(true))
		if err != nil {
			return fmt.Errorf("migrations: %w", err)
		}
		if _, err = p.Up(ctx); err == nil {
			return nil
		}
		if i+1 == attempts || ctx.Err() != nil {
			return fmt.Errorf("apply migrations: %w", err)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("apply migrations: %w", ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// Close closes the database. SQLite checkpoints the WAL when the last
// connection closes.
func (db *DB) Close() error {
	if err := db.db.Close(); err != nil {
		return fmt.Errorf("close database: %w", err)
	}
	return nil
}

// update runs fn in a write transaction: BEGIN IMMEDIATE, fn, COMMIT; any
// error from fn rolls it back. what names the operation in errors. Before
// committing it checks that the database file is still the one opened, so
// nothing is confirmed that would be lost (ErrNotDurable); a storage fault
// is remembered for Ping.
func (db *DB) update(ctx context.Context, what string, fn func(tx *sql.Tx) error) (err error) {
	defer func() { db.noteWrite(err) }()
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("%s: begin: %w", what, err)
	}
	defer func() { _ = tx.Rollback() }()
	if err := fn(tx); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	if err := db.checkFile(); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("%s: commit: %w", what, err)
	}
	return nil
}

// now is the current time by the DB's clock.
func (db *DB) now() time.Time {
	if db.Now == nil {
		return time.Now()
	}
	return db.Now()
}

// unixTime reads stored unix seconds back as a UTC time.
func unixTime(s int64) time.Time { return time.Unix(s, 0).UTC() }

// nullTime reads a nullable unix-seconds column: NULL is the zero time.
func nullTime(n sql.NullInt64) time.Time {
	if !n.Valid {
		return time.Time{}
	}
	return unixTime(n.Int64)
}
