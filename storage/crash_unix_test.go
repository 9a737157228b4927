//go:build unix

package storage

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

const crashEnv = "RAPPORT_STORAGE_CRASH_DB"

// TestPromiseSurvivesKill runs a child process that creates a promise,
// reports its ID and is killed with SIGKILL at once, with the database never
// closed; the promise must be there when the file is opened again.
func TestPromiseSurvivesKill(t *testing.T) {
	if path := os.Getenv(crashEnv); path != "" {
		crashChild(path)
		return
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	cmd := exec.CommandContext(t.Context(), os.Args[0], "-test.run=^TestPromiseSurvivesKill$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashEnv+"="+path)
	out, err := cmd.Output()
	var exit *exec.ExitError
	if !errors.As(err, &exit) {
		t.Fatalf("child: want it killed, got err %v, output %q", err, out)
	}
	if ws, ok := exit.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("child ended with %v, want SIGKILL (stderr %q)", exit, exit.Stderr)
	}
	id, ok := strings.CutPrefix(strings.TrimSpace(string(out)), "ID ")
	if !ok {
		t.Fatalf("child printed %q, want an ID", out)
	}

	db := openAt(t, path)
	p, err := db.Promise(t.Context(), "U1", id)
	if err != nil {
		t.Fatalf("promise %q lost after SIGKILL: %v", id, err)
	}
	if p.Text != "survive the crash" {
		t.Errorf("text after crash = %q", p.Text)
	}
}

func crashChild(path string) {
	db, err := Open(context.Background(), path)
	if err != nil {
		os.Stderr.WriteString("open: " + err.Error())
		os.Exit(3)
	}
	p := Promise{Owner: "U1", Text: "survive the crash", Due: time.Now().Add(time.Hour)}
	if err := db.CreatePromise(context.Background(), &p); err != nil {
		os.Stderr.WriteString("create: " + err.Error())
		os.Exit(3)
	}
	// The confirmation goes out only after the commit, as in the bot.
	os.Stdout.WriteString("ID " + p.ID + "\n")
	_ = syscall.Kill(os.Getpid(), syscall.SIGKILL)
	select {}
}
