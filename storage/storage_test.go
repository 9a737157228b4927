package storage

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/pressly/goose/v3"
)

func TestOpenAppliesMigrationsOnFreshFile(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "fresh.db")
	db := openAt(t, path)

	sub, err := fs.Sub(migrationFS, "migrations")
	if err != nil {
		t.Fatal(err)
	}
	p, err := goose.NewProvider(goose.DialectSQLite3, db.db, sub, goose.WithDisableGlobalRegistry(true))
	if err != nil {
		t.Fatal(err)
	}
	if pending, err := p.HasPending(ctx); err != nil || pending {
		t.Errorf("HasPending = %v, %v; want false, nil", pending, err)
	}
	sources := p.ListSources()
	want := sources[len(sources)-1].Version
	if got, err := p.GetDBVersion(ctx); err != nil || got != want {
		t.Errorf("GetDBVersion = %d, %v; want %d (the last migration file)", got, err, want)
	}

	rows, err := db.db.QueryContext(ctx,
		`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'goose_db_version' ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var tables []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		tables = append(tables, n)
	}
	wantTables := []string{"findings", "home_visits", "nudges", "promises", "readiness", "rule_feedback", "rule_votes", "tip_slots", "tips_used", "user_settings"}
	if diff := cmp.Diff(wantTables, tables); diff != "" {
		t.Errorf("tables (-want +got):\n%s", diff)
	}
}

func TestOpenIsIdempotentAndKeepsData(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "reopen.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.SetOptedOut(ctx, "U1", true); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	for i := range 2 {
		db := openAt(t, path)
		if out, err := db.OptedOut(ctx, "U1"); err != nil || !out {
			t.Errorf("reopen %d: OptedOut = %v, %v; want true, nil", i, out, err)
		}
	}
}

func TestOpenCreatesPrivateFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "private.db")
	openAt(t, path)
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := fi.Mode().Perm(); got != 0o600 {
		t.Errorf("database file mode = %o, want 600", got)
	}
}

// Processes starting at once on a fresh file race to switch it to WAL and
// migrate it; the losers wait instead of failing with "database is locked".
func TestOpenConcurrentlyOnFreshFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "race.db")
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 8 {
		wg.Go(func() {
			db, err := Open(context.Background(), path)
			if err != nil {
				errs <- err
				return
			}
			errs <- db.Close()
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Errorf("concurrent Open: %v", err)
		}
	}
}

func TestOpenUsesConfiguredPragmas(t *testing.T) {
	db, _ := newDB(t)
	ctx := t.Context()
	tests := []struct {
		pragma string
		want   string
	}{
		{"journal_mode", "wal"},
		{"busy_timeout", "5000"},
		{"foreign_keys", "1"},
		{"synchronous", "1"}, // NORMAL
	}
	for _, tt := range tests {
		t.Run(tt.pragma, func(t *testing.T) {
			var got string
			if err := db.db.QueryRowContext(ctx, "PRAGMA "+tt.pragma).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("PRAGMA %s = %q, want %q", tt.pragma, got, tt.want)
			}
		})
	}
}

// A path with URI-significant characters must name exactly that file.
func TestOpenPathWithSpecialCharacters(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a b?c#d%25e")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "odd name?.db")
	db := openAt(t, path)
	if err := db.SetOptedOut(t.Context(), "U1", true); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatalf("database not at %q: %v", path, err)
	}
	if fi.Size() == 0 {
		t.Errorf("database at %q is empty", path)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if got := e.Name(); got != "odd name?.db" && got != "odd name?.db-wal" && got != "odd name?.db-shm" {
			t.Errorf("unexpected file %q in %q", got, dir)
		}
	}
}

func TestOpenErrors(t *testing.T) {
	tests := []struct {
		name string
		path string
	}{
		{"empty path", ""},
		{"missing directory", filepath.Join(t.TempDir(), "no", "such", "dir", "x.db")},
		{"not a database", writeFile(t, "junk.db", "this is not an SQLite database, just some text long enough")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db, err := Open(t.Context(), tt.path)
			if err == nil {
				db.Close()
				t.Fatalf("Open(%q) = nil error, want one", tt.path)
			}
		})
	}
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestPing(t *testing.T) {
	db, _ := newDB(t)
	if err := db.Ping(t.Context()); err != nil {
		t.Errorf("Ping on open DB: %v", err)
	}
	path := filepath.Join(t.TempDir(), "closed.db")
	closed, err := Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	closed.Close()
	if err := closed.Ping(t.Context()); err == nil {
		t.Error("Ping on closed DB = nil, want error")
	}
}
