package main

import (
	"bytes"
	"context"
	"errors"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/rapport-bot/rapport/bot"
)

// healthcheck runs `rapport healthcheck` in-process.
func healthcheck(t *testing.T, environ map[string]string, args ...string) (code int, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &Env{In: strings.NewReader(""), Out: &out, Err: &errb, Lookup: lookupMap(environ)}
	code = runHealthcheck(context.Background(), env, args)
	return code, errb.String()
}

// serve starts the real operator HTTP server with a switchable readiness.
func serve(t *testing.T, ready func(context.Context) error) string {
	t.Helper()
	s := bot.NewHTTPServer("127.0.0.1:0", ready, bot.NewMetrics(), nil)
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		s.Shutdown(ctx)
	})
	return s.Addr()
}

func TestHealthcheck(t *testing.T) {
	var notReady error
	addr := serve(t, func(context.Context) error { return notReady })
	_, port, _ := net.SplitHostPort(addr)

	if code, stderr := healthcheck(t, nil, "--addr", addr); code != 0 || stderr != "" {
		t.Errorf("ready, --addr: got exit %d %q, want 0 and no output", code, stderr)
	}
	// The container sets RAPPORT_HTTP_ADDR=0.0.0.0:PORT: probed on loopback.
	if code, stderr := healthcheck(t, map[string]string{"RAPPORT_HTTP_ADDR": "0.0.0.0:" + port}); code != 0 {
		t.Errorf("ready, RAPPORT_HTTP_ADDR wildcard: got exit %d %q, want 0", code, stderr)
	}
	if code, _ := healthcheck(t, map[string]string{"RAPPORT_HTTP_ADDR": ":" + port}); code != 0 {
		t.Errorf("ready, RAPPORT_HTTP_ADDR :port: got exit %d, want 0", code)
	}

	notReady = errors.New("socket mode not connected")
	code, stderr := healthcheck(t, nil, "--addr="+addr)
	if code != 1 || !strings.Contains(stderr, "503 not ready: socket mode not connected") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("not ready: got exit %d %q, want 1 and one line with the reason", code, stderr)
	}
}

func TestHealthcheckFailures(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := ln.Addr().String()
	ln.Close() // nothing listens here now

	tests := []struct {
		name    string
		environ map[string]string
		args    []string
		want    string
	}{
		{"nothing listening", nil, []string{"--addr", closed}, "unreachable"},
		{"http disabled", map[string]string{"RAPPORT_HTTP_ADDR": ""}, nil, "RAPPORT_HTTP_ADDR is empty"},
		{"bad env addr", map[string]string{"RAPPORT_HTTP_ADDR": "localhost"}, nil, `RAPPORT_HTTP_ADDR: "localhost" is not host:port`},
		{"bad flag addr", nil, []string{"--addr", "nope"}, `--addr: "nope" is not host:port`},
		{"unknown flag", nil, []string{"--port", "9"}, "rapport healthcheck: unknown flag --port (see 'rapport healthcheck --help')"},
		{"argument", nil, []string{"extra"}, "takes no arguments"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, stderr := healthcheck(t, tc.environ, tc.args...)
			if code != 1 || !strings.Contains(stderr, tc.want) {
				t.Errorf("got exit %d %q, want 1 and %q", code, stderr, tc.want)
			}
			if strings.Count(stderr, "\n") != 1 {
				t.Errorf("got %q, want one line", stderr)
			}
		})
	}
}

// A server that accepts but never answers must not hang the probe.
func TestHealthcheckTimeout(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	done := make(chan struct{})
	defer close(done)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() { <-done; c.Close() }()
		}
	}()
	code, stderr := healthcheck(t, nil, "--addr", ln.Addr().String())
	if code != 1 || !strings.Contains(stderr, "unreachable") {
		t.Errorf("got exit %d %q, want 1 unreachable", code, stderr)
	}
}

func TestHealthcheckHelp(t *testing.T) {
	var out bytes.Buffer
	env := &Env{Out: &out, Err: &out, Lookup: lookupMap(nil)}
	if code := runHealthcheck(context.Background(), env, []string{"--help"}); code != 0 || !strings.Contains(out.String(), "--addr") {
		t.Errorf("got exit %d %q, want 0 and usage", code, out.String())
	}
}

func TestHealthcheckDefaultMatchesRun(t *testing.T) {
	for _, s := range settings() {
		if s.env == "RAPPORT_HTTP_ADDR" && s.def != defaultHTTPAddr {
			t.Errorf("healthcheck default %q, run default %q", defaultHTTPAddr, s.def)
		}
	}
}
