package main

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rapport-bot/rapport/storage"
)

func runCmd(t *testing.T, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	e := &Env{In: strings.NewReader(""), Out: &out, Err: &errOut, Lookup: func(k string) (string, bool) { v, ok := env[k]; return v, ok }}
	return Main(context.Background(), args, e), out.String(), errOut.String()
}

func TestBackupOfADatabaseUnderWriteLoad(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	src := filepath.Join(dir, "rapport.db")
	db, err := storage.Open(ctx, src)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	due := time.Now().Add(time.Hour)
	// Promises committed before the backup starts must all be in it.
	for i := range 20 {
		if err := db.CreatePromise(ctx, &storage.Promise{Owner: "U1", Text: fmt.Sprintf("before %d", i), Due: due}); err != nil {
			t.Fatal(err)
		}
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				_ = db.CreatePromise(ctx, &storage.Promise{Owner: "U2", Text: fmt.Sprintf("during %d-%d", w, i), Due: due})
			}
		})
	}
	dst := filepath.Join(dir, "copy.db")
	code, out, errOut := runCmd(t, map[string]string{"RAPPORT_DB": src}, "backup", dst)
	close(stop)
	wg.Wait()
	if code != exitOK {
		t.Fatalf("backup exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, dst) {
		t.Errorf("output %q does not name the copy", out)
	}
	cp, err := storage.Open(ctx, dst)
	if err != nil {
		t.Fatalf("the copy does not open: %v", err)
	}
	defer cp.Close()
	ps, err := cp.OpenPromises(ctx, "U1")
	if err != nil || len(ps) != 20 {
		t.Errorf("copy has %d of the 20 committed promises (err %v)", len(ps), err)
	}

	if code, _, errOut := runCmd(t, map[string]string{"RAPPORT_DB": src}, "backup", dst); code == exitOK || !strings.Contains(errOut, "already exists") {
		t.Errorf("backup over an existing file: exit %d, %q", code, errOut)
	}
	if code, _, errOut := runCmd(t, nil, "backup"); code != exitUsage || errOut == "" {
		t.Errorf("backup without PATH: exit %d, %q", code, errOut)
	}
	if code, _, errOut := runCmd(t, map[string]string{"RAPPORT_DB": filepath.Join(dir, "nope.db")}, "backup", filepath.Join(dir, "x.db")); code != exitUsage || !strings.Contains(errOut, "RAPPORT_DB") {
		t.Errorf("backup of a missing database: exit %d, %q", code, errOut)
	}
}

// TestBackupCopyIsPrivate: the copy holds promise texts, so it is as private
// as the database (0600), whatever the umask.
func TestBackupCopyIsPrivate(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "rapport.db")
	db, err := storage.Open(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	dst := filepath.Join(dir, "copy.db")
	if code, _, errOut := runCmd(t, map[string]string{"RAPPORT_DB": src}, "backup", dst); code != exitOK {
		t.Fatalf("backup exit %d: %s", code, errOut)
	}
	fi, err := os.Stat(dst)
	if err != nil {
		t.Fatal(err)
	}
	if got := fi.Mode().Perm(); got != 0o600 {
		t.Errorf("copy mode: got %o, want 600", got)
	}
}

// TestBackupRefusesOtherFiles: backup reads its source without changing it,
// and refuses a file that is not Rapport's database: no tables added, no
// switch to WAL, the file byte for byte as it was.
func TestBackupRefusesOtherFiles(t *testing.T) {
	dir := t.TempDir()
	other, text, empty := foreignFiles(t, dir)
	for _, src := range []string{other, text, empty} {
		t.Run(filepath.Base(src), func(t *testing.T) {
			before, err := os.ReadFile(src)
			if err != nil {
				t.Fatal(err)
			}
			dst := filepath.Join(t.TempDir(), "copy.db")
			code, _, errOut := runCmd(t, nil, "backup", "--db", src, dst)
			if code == exitOK || !strings.Contains(errOut, "not a Rapport database") {
				t.Errorf("backup of %s: got exit %d, %q; want a refusal saying it is not a Rapport database", src, code, errOut)
			}
			after, err := os.ReadFile(src)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(before, after) {
				t.Errorf("backup changed %s (%d bytes before, %d after)", src, len(before), len(after))
			}
			for _, suffix := range []string{"-wal", "-shm"} {
				if _, err := os.Stat(src + suffix); err == nil {
					t.Errorf("backup left %s%s behind", filepath.Base(src), suffix)
				}
			}
			if _, err := os.Stat(dst); err == nil {
				t.Errorf("a refused backup left a copy at %s", dst)
			}
		})
	}
}

// TestBackupOfAReadOnlyDatabase: the source is opened read-only, so a
// database the backup user may only read is still backed up.
func TestBackupOfAReadOnlyDatabase(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can write a read-only file")
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "rapport.db")
	db, err := storage.Open(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.CreatePromise(context.Background(), &storage.Promise{Owner: "U1", Text: "keep me", Due: time.Now().Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if err := os.Chmod(src, 0o400); err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(dir, "copy.db")
	if code, _, errOut := runCmd(t, nil, "backup", "--db", src, dst); code != exitOK {
		t.Fatalf("backup of a read-only database: exit %d, %s", code, errOut)
	}
	cp, err := storage.Open(context.Background(), dst)
	if err != nil {
		t.Fatal(err)
	}
	defer cp.Close()
	if ps, err := cp.OpenPromises(context.Background(), "U1"); err != nil || len(ps) != 1 {
		t.Errorf("copy has %d promises (%v), want 1", len(ps), err)
	}
}

// TestRulesReportRefusesOtherFiles: `rapport rules report` only reads. A
// file that is not Rapport's (another application's SQLite database, a
// text file, an empty file) is refused and left byte for byte as it was:
// no tables added, no switch to WAL.
func TestRulesReportRefusesOtherFiles(t *testing.T) {
	dir := t.TempDir()
	other, text, empty := foreignFiles(t, dir)
	for _, src := range []string{other, text, empty, dir} {
		t.Run(filepath.Base(src), func(t *testing.T) {
			var before []byte
			if src != dir {
				var err error
				if before, err = os.ReadFile(src); err != nil {
					t.Fatal(err)
				}
			}
			code, out, errOut := runCmd(t, nil, "rules", "report", "--db", src)
			if code == exitOK || !strings.Contains(errOut, "not a Rapport database") {
				t.Errorf("rules report on %s: got exit %d, stderr %q; want a refusal saying it is not a Rapport database", filepath.Base(src), code, errOut)
			}
			if out != "" {
				t.Errorf("rules report on %s printed a report: %.80q", filepath.Base(src), out)
			}
			if src == dir {
				return
			}
			after, err := os.ReadFile(src)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(before, after) {
				t.Errorf("rules report changed %s (%d bytes before, %d after)", filepath.Base(src), len(before), len(after))
			}
			for _, suffix := range []string{"-wal", "-shm"} {
				if _, err := os.Stat(src + suffix); err == nil {
					t.Errorf("rules report left %s%s behind", filepath.Base(src), suffix)
				}
			}
		})
	}
}

// TestRulesReportOfAReadOnlyDatabase: the report only reads, so a Rapport
// database the team lead may only read still gives its report.
func TestRulesReportOfAReadOnlyDatabase(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "rapport.db")
	db, err := storage.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.RecordRuleVote(ctx, "no-problem.reply"); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o400); err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() == 0 {
		t.Log("running as root: file modes do not stop writes, checking the report only")
	}
	code, out, errOut := runCmd(t, nil, "rules", "report", "--json", "--db", path)
	if code != exitOK {
		t.Fatalf("rules report on a read-only database: exit %d, %s", code, errOut)
	}
	if !strings.Contains(out, `"no-problem.reply"`) || !strings.Contains(out, `"not_helpful": 1`) {
		t.Errorf("report of a read-only database: got %s, want no-problem.reply with 1 not helpful", out)
	}
}

// TestRulesReportOnAnOlderDatabaseSaysToUpgrade: a Rapport database from
// before the report's tables existed is not migrated by the (read-only)
// report: it says how to upgrade, and changes nothing.
func TestRulesReportOnAnOlderDatabaseSaysToUpgrade(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "rapport.db")
	db, err := storage.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	func() {
		raw, err := sql.Open("sqlite3", "file:"+path)
		if err != nil {
			t.Fatal(err)
		}
		defer raw.Close()
		if _, err := raw.Exec(`DROP TABLE rule_votes; PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
			t.Fatal(err)
		}
	}()
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCmd(t, nil, "rules", "report", "--db", path)
	if code == exitOK || !strings.Contains(errOut, "rapport run") || out != "" {
		t.Errorf("report on an older database: exit %d, stdout %.60q, stderr %q; want a refusal saying to start `rapport run` once", code, out, errOut)
	}
	after, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Error("the report changed an older database")
	}
}

// foreignFiles writes three files in dir that are not Rapport's database:
// another application's SQLite database, a text file and an empty file.
func foreignFiles(t *testing.T, dir string) (other, text, empty string) {
	t.Helper()
	other = filepath.Join(dir, "other.db")
	db, err := sql.Open("sqlite3", "file:"+other)
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.Exec(`CREATE TABLE inventory (id INTEGER PRIMARY KEY, item TEXT); INSERT INTO inventory (item) VALUES ('laptop')`)
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	text = filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(text, []byte("meeting notes, not a database\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	empty = filepath.Join(dir, "empty.db")
	if err := os.WriteFile(empty, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	return other, text, empty
}
