//go:build unix

package bot_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rapport-bot/rapport/bot/slackfake"
)

// TestLostDataDirectory: the data directory is removed while the bot runs.
// A promise is not confirmed ("Got it") when it would be lost at exit: the
// user is told it was not saved, and readiness fails, naming the database.
func TestLostDataDirectory(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	fake := slackfake.New(t, slackfake.WithPingInterval(50*time.Millisecond))
	fake.SetUser(slackfake.User{ID: staffUser, Name: "sam", TZ: nyZone})
	c := &clock{}
	c.Set(followupNow)
	h := newHarness(t, func(s *setup) { s.fake = fake; s.clock = c; s.dbPath = filepath.Join(dir, "rapport.db") })
	ctx := t.Context()
	deadline := time.Now().Add(waitFor)
	for h.bot.Ready(ctx) != nil && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if err := h.bot.Ready(ctx); err != nil {
		t.Fatalf("not ready before: %v", err)
	}
	h.record(staffUser, "tomorrow 3pm call Dana back")

	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	reply := h.command(staffUser, "/followup", "tomorrow 4pm send the VPN guide")
	if strings.Contains(reply, "Got it") || !strings.Contains(reply, "couldn't save") {
		t.Errorf("reply after the data directory was removed:\n%s\nwant that it was not saved", reply)
	}
	err := h.bot.Ready(ctx)
	if err == nil || !strings.Contains(err.Error(), "database") {
		t.Errorf("Ready after the data directory was removed: got %v, want a database error", err)
	}
}
