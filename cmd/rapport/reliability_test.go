//go:build unix

package main

// Process-level tests of what issue 11 found broken with real processes:
// two `rapport run` on one database, and the data directory removed under a
// running one.

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rapport-bot/rapport/bot/slackfake"
	"github.com/rapport-bot/rapport/storage"
)

// TestAcceptanceTwoProcessesRemindOnce: two processes share one database,
// as in a rolling deploy, and start with 300 promises of 10 people overdue:
// each is reminded once, though both sweep them at the same time.
func TestAcceptanceTwoProcessesRemindOnce(t *testing.T) {
	fake := slackfake.New(t)
	const owners = 10
	for o := range owners {
		fake.SetUser(slackfake.User{ID: fmt.Sprintf("U0ACCOWNER%d", o), Name: fmt.Sprintf("owner%d", o), TZ: "UTC"})
	}
	dbPath := filepath.Join(t.TempDir(), "rapport.db")
	ctx := context.Background()
	db, err := storage.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	const n = 300
	for i := range n {
		p := storage.Promise{Owner: fmt.Sprintf("U0ACCOWNER%d", i%owners), Text: fmt.Sprintf("check laptop %d", i), Due: time.Now().Add(-time.Minute)}
		if err := db.CreatePromise(ctx, &p); err != nil {
			t.Fatal(err)
		}
	}
	// Both start at once, and each reminds what is overdue as it starts.
	first := startRapport(t, fake, dbPath)
	second := startRapport(t, fake, dbPath)
	if err := waitUntil(4*accWait, first.done, func() bool {
		left, err := db.DuePromises(ctx, time.Now().Add(time.Hour), 0)
		return err == nil && len(left) == 0
	}); err != nil {
		t.Fatalf("not every promise was reminded: %v", err)
	}
	// Both stop gracefully, finishing anything in flight: no DM can come
	// after this.
	for _, p := range []*rapportProc{first, second} {
		p.signal(syscall.SIGTERM)
		if code := p.wait(15 * time.Second); code != 0 {
			t.Errorf("exit code after SIGTERM: got %d, want 0", code)
		}
	}
	counts := map[string]int{}
	for _, c := range fake.Calls("chat.postMessage") {
		if strings.HasPrefix(c.Params["channel"], "U0ACCOWNER") && c.Error == "" {
			counts[c.Params["text"]]++
		}
	}
	if len(counts) != n {
		t.Errorf("promises reminded: got %d, want %d", len(counts), n)
	}
	for text, k := range counts {
		if k != 1 {
			t.Errorf("got %d reminders, want 1: %s", k, text)
		}
	}
}

// TestAcceptanceDataDirectoryRemoved: the data directory is removed under a
// running process. It stops confirming promises it would lose, says so, and
// /readyz fails.
func TestAcceptanceDataDirectoryRemoved(t *testing.T) {
	fake := slackfake.New(t)
	fake.SetUser(slackfake.User{ID: accStaff, Name: "ann", TZ: "Europe/Berlin"})
	dir := filepath.Join(t.TempDir(), "data")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	p := startConnected(t, fake, filepath.Join(dir, "rapport.db"), 1)
	if reply := slash(t, fake, accStaff, "/followup", "tomorrow 3pm call Dana back"); !strings.Contains(reply, "Got it") {
		t.Fatalf("first promise: got %q, want a confirmation", reply)
	}
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	reply := slash(t, fake, accStaff, "/followup", "tomorrow 4pm send the VPN guide")
	if strings.Contains(reply, "Got it") || !strings.Contains(reply, "couldn't save") {
		t.Errorf("promise after the directory was removed: got %q, want that it was not saved", reply)
	}
	code, body, err := p.get("/readyz")
	if err != nil || code != http.StatusServiceUnavailable || !strings.Contains(body, "gone or replaced") {
		t.Errorf("/readyz after the directory was removed: got %d %q (%v), want 503 naming the lost database file", code, body, err)
	}
}
