package bot

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// startServer runs a real HTTPServer on a free loopback port.
func startServer(t *testing.T, ready func(context.Context) error, m *Metrics) *HTTPServer {
	t.Helper()
	s := NewHTTPServer("127.0.0.1:0", ready, m, nil)
	if err := s.Start(); err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := s.Shutdown(ctx); err != nil {
			t.Errorf("Shutdown: %v", err)
		}
	})
	return s
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	c := &http.Client{Timeout: 10 * time.Second}
	resp, err := c.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

func TestHTTPServerRoutes(t *testing.T) {
	var readyErr error = errors.New("socket mode not connected")
	readyCh := make(chan error, 1)
	ready := func(ctx context.Context) error {
		select {
		case err := <-readyCh:
			return err
		default:
			return readyErr
		}
	}
	m := NewMetrics()
	m.Nudges.Inc()
	s := startServer(t, ready, m)
	base := "http://" + s.Addr()

	if code, body := get(t, base+"/healthz"); code != 200 || body != "ok\n" {
		t.Errorf("/healthz: got %d %q, want 200 \"ok\\n\"", code, body)
	}
	code, body := get(t, base+"/readyz")
	if code != http.StatusServiceUnavailable || !strings.Contains(body, "socket mode not connected") {
		t.Errorf("/readyz not ready: got %d %q, want 503 with the reason", code, body)
	}
	readyCh <- nil
	if code, body := get(t, base+"/readyz"); code != 200 {
		t.Errorf("/readyz ready: got %d %q, want 200", code, body)
	}
	code, body = get(t, base+"/metrics")
	if code != 200 || !strings.Contains(body, "rapport_nudges_sent_total 1") {
		t.Errorf("/metrics: got %d, body without rapport_nudges_sent_total 1", code)
	}
	if code, _ := get(t, base+"/nope"); code != http.StatusNotFound {
		t.Errorf("/nope: got %d, want 404", code)
	}
	resp, err := http.Post(base+"/healthz", "text/plain", strings.NewReader("x"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /healthz: got %d, want 405", resp.StatusCode)
	}
}

// A readiness check that hangs must fail the probe instead of hanging it.
func TestHTTPServerReadyTimeout(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	s := startServer(t, func(ctx context.Context) error {
		<-release // ignores ctx on purpose
		return nil
	}, nil)
	code, body := get(t, "http://"+s.Addr()+"/readyz")
	if code != http.StatusServiceUnavailable || !strings.Contains(body, "timed out") {
		t.Errorf("got %d %q, want 503 timed out", code, body)
	}
}

func TestHTTPServerNilReadyAndMetrics(t *testing.T) {
	s := startServer(t, nil, nil)
	if code, _ := get(t, "http://"+s.Addr()+"/readyz"); code != 200 {
		t.Errorf("/readyz with nil ready: got %d, want 200", code)
	}
	if code, _ := get(t, "http://"+s.Addr()+"/metrics"); code != http.StatusNotFound {
		t.Errorf("/metrics with nil Metrics: got %d, want 404", code)
	}
}

func TestHTTPServerPortTaken(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	s := NewHTTPServer(ln.Addr().String(), nil, nil, nil)
	if err := s.Start(); err == nil {
		s.Shutdown(context.Background())
		t.Fatal("Start on a taken port: got nil error")
	}
	// Shutdown of a server that never started is harmless.
	if err := s.Shutdown(context.Background()); err != nil {
		t.Errorf("Shutdown after failed Start: %v", err)
	}
}

func TestHTTPServerShutdownStopsServing(t *testing.T) {
	s := NewHTTPServer("127.0.0.1:0", nil, nil, nil)
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	addr := s.Addr()
	if err := s.Shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}
	c := &http.Client{Timeout: 2 * time.Second}
	if resp, err := c.Get("http://" + addr + "/healthz"); err == nil {
		resp.Body.Close()
		t.Errorf("GET after Shutdown: got status %d, want a connection error", resp.StatusCode)
	}
}
