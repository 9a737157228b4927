package main

import (
	"bytes"
	"context"
	"fmt"
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
