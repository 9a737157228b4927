package main

// Helpers for the process-level acceptance tests in acceptance_test.go: they
// build the real rapport binary once and drive it through the fake Slack.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/rapport-bot/rapport/bot/slackfake"
)

// Tokens the binary is started with; the fake accepts them by default.
const (
	accAppToken = "xapp-1-test"
	accBotToken = "xoxb-test"
	accWait     = 10 * time.Second
)

// accBinary builds ./cmd/rapport once per test run.
var accBinary = struct {
	once sync.Once
	dir  string
	path string
	err  error
}{}

// TestMain removes the binary built for the acceptance tests.
func TestMain(m *testing.M) {
	code := m.Run()
	if accBinary.dir != "" {
		os.RemoveAll(accBinary.dir)
	}
	os.Exit(code)
}

// rapportBinary returns the path of the freshly built binary. Another helper
// may be mid-edit on a package the binary needs, so a failed build is retried
// a few times before the test gives up.
func rapportBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("acceptance tests build and run the binary; skipped with -short")
	}
	accBinary.once.Do(func() {
		dir, err := os.MkdirTemp("", "rapport-acceptance-")
		if err != nil {
			accBinary.err = err
			return
		}
		accBinary.dir = dir
		accBinary.path = filepath.Join(dir, "rapport")
		for attempt := 1; attempt <= 4; attempt++ {
			args := []string{"build", "-o", accBinary.path}
			if accRace {
				args = append(args, "-race")
			}
			cmd := exec.Command("go", append(args, ".")...)
			cmd.Env = append(os.Environ(), "CGO_ENABLED=1")
			out, err := cmd.CombinedOutput()
			if err == nil {
				accBinary.err = nil
				return
			}
			accBinary.err = fmt.Errorf("go build: %v\n%s", err, out)
			time.Sleep(5 * time.Second)
		}
	})
	if accBinary.err != nil {
		t.Fatalf("build rapport: %v", accBinary.err)
	}
	return accBinary.path
}

// lockedBuffer is a bytes.Buffer safe for the process's writer goroutine
// and the test reading it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// freeAddr returns a loopback host:port nobody listens on right now.
func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("free port: %v", err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}

// baseEnv is the environment of every run: only PATH and HOME from the
// test's own environment, so a developer's SLACK_* variables never leak in.
func baseEnv() []string {
	return []string{"PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME")}
}

// rapportProc is one running `rapport run`.
type rapportProc struct {
	t        *testing.T
	cmd      *exec.Cmd
	stdout   *lockedBuffer
	stderr   *lockedBuffer
	done     chan struct{} // closed when the process has exited
	state    *os.ProcessState
	waitErr  error
	httpAddr string
}

// runEnv is the environment of `rapport run` against fake with the database
// at dbPath and the HTTP server at httpAddr; extra entries override.
func runEnv(fake *slackfake.Server, dbPath, httpAddr string, extra ...string) []string {
	env := append(baseEnv(),
		"SLACK_APP_TOKEN="+accAppToken,
		"SLACK_BOT_TOKEN="+accBotToken,
		"SLACK_API_URL="+fake.APIURL(),
		"RAPPORT_DB="+dbPath,
		"RAPPORT_HTTP_ADDR="+httpAddr,
		"RAPPORT_LOG_FORMAT=json",
	)
	return append(env, extra...)
}

// startRapport starts `rapport run` against fake with the database at dbPath
// and returns at once; extra are more NAME=value settings. The process is
// killed when the test ends, and its logs shown if the test failed.
func startRapport(t *testing.T, fake *slackfake.Server, dbPath string, extra ...string) *rapportProc {
	t.Helper()
	bin := rapportBinary(t)
	addr := freeAddr(t)
	p := &rapportProc{
		t:        t,
		cmd:      exec.Command(bin, "run"),
		stdout:   &lockedBuffer{},
		stderr:   &lockedBuffer{},
		done:     make(chan struct{}),
		httpAddr: addr,
	}
	p.cmd.Env = runEnv(fake, dbPath, addr, extra...)
	p.cmd.Dir = t.TempDir()
	p.cmd.Stdout = p.stdout
	p.cmd.Stderr = p.stderr
	if err := p.cmd.Start(); err != nil {
		t.Fatalf("start rapport: %v", err)
	}
	go func() {
		p.waitErr = p.cmd.Wait()
		p.state = p.cmd.ProcessState
		close(p.done)
	}()
	t.Cleanup(func() {
		if !p.exited() {
			_ = p.cmd.Process.Kill()
			<-p.done
		}
		if strings.Contains(p.stderr.String(), "WARNING: DATA RACE") {
			t.Errorf("the race detector found a data race in rapport")
		}
		if t.Failed() {
			t.Logf("rapport stderr:\n%s", p.stderr.String())
			if out := p.stdout.String(); out != "" {
				t.Logf("rapport stdout:\n%s", out)
			}
		}
	})
	return p
}

// startConnected starts rapport and waits until it has opened its n-th
// socket to fake (n counts sockets over the fake's life, so restarts on the
// same fake pass 2, 3…) and says it is ready.
func startConnected(t *testing.T, fake *slackfake.Server, dbPath string, n int, extra ...string) *rapportProc {
	t.Helper()
	p := startRapport(t, fake, dbPath, extra...)
	if err := waitUntil(accWait, p.done, func() bool { return fake.Connections() >= n && fake.Connected() >= 1 }); err != nil {
		t.Fatalf("rapport did not connect: %v (exited: %v)", err, p.exited())
	}
	p.waitReady()
	return p
}

// waitUntil polls cond until it holds, the timeout passes or stop is closed.
func waitUntil(timeout time.Duration, stop <-chan struct{}, cond func() bool) error {
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			return errors.New("timed out")
		}
		select {
		case <-stop:
			if cond() {
				return nil
			}
			return errors.New("process exited")
		case <-time.After(20 * time.Millisecond):
		}
	}
	return nil
}

func (p *rapportProc) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// get fetches path from the process's HTTP server.
func (p *rapportProc) get(path string) (int, string, error) {
	client := &http.Client{Timeout: 3 * time.Second, Transport: &http.Transport{Proxy: nil, DisableKeepAlives: true}}
	resp, err := client.Get("http://" + p.httpAddr + path)
	if err != nil {
		return 0, "", err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body), err
}

// waitReady waits until /readyz answers 200.
func (p *rapportProc) waitReady() {
	p.t.Helper()
	var last string
	err := waitUntil(accWait, p.done, func() bool {
		code, body, err := p.get("/readyz")
		last = fmt.Sprintf("%d %q %v", code, body, err)
		return err == nil && code == http.StatusOK
	})
	if err != nil {
		p.t.Fatalf("/readyz never answered 200 (last: %s): %v", last, err)
	}
}

// signal sends sig to the process.
func (p *rapportProc) signal(sig os.Signal) {
	p.t.Helper()
	if err := p.cmd.Process.Signal(sig); err != nil {
		p.t.Fatalf("signal %v: %v", sig, err)
	}
}

// wait waits for the process to exit and returns its exit code, or fails
// the test after timeout.
func (p *rapportProc) wait(timeout time.Duration) int {
	p.t.Helper()
	select {
	case <-p.done:
	case <-time.After(timeout):
		p.t.Fatalf("rapport did not exit within %v", timeout)
	}
	return p.exitCode()
}

// exitCode is the exit code, or 128+signal when a signal killed it.
func (p *rapportProc) exitCode() int {
	if ws, ok := p.state.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return 128 + int(ws.Signal())
	}
	return p.state.ExitCode()
}

// kill9 kills the process with SIGKILL and waits for it.
func (p *rapportProc) kill9() {
	p.t.Helper()
	p.signal(syscall.SIGKILL)
	p.wait(accWait)
}

// runOnce runs the binary with args and env to completion (bounded by
// accWait) and returns its exit code, stdout and stderr.
func runOnce(t *testing.T, env []string, args ...string) (int, string, string) {
	t.Helper()
	bin := rapportBinary(t)
	ctx, cancel := context.WithTimeout(context.Background(), accWait)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = env
	cmd.Dir = t.TempDir()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exitErr *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exitErr):
	default:
		t.Fatalf("run rapport %v: %v", args, err)
	}
	if ctx.Err() != nil {
		t.Fatalf("rapport %v did not finish within %v; stderr:\n%s", args, accWait, stderr.String())
	}
	return cmd.ProcessState.ExitCode(), stdout.String(), stderr.String()
}

// nonEmptyLines splits s into its non-blank lines.
func nonEmptyLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// ephemeralsTo lists the ephemerals the fake received for user.
func ephemeralsTo(fake *slackfake.Server, user string) []slackfake.Call {
	var out []slackfake.Call
	for _, c := range fake.Calls("chat.postEphemeral") {
		if c.Params["user"] == user {
			out = append(out, c)
		}
	}
	return out
}
