package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"
)

// readyTimeout bounds one readiness check: a probe that hangs is a failure.
const readyTimeout = 2 * time.Second

// HTTPServer serves the operator endpoints on RAPPORT_HTTP_ADDR:
//
//	GET /healthz  200 "ok" while the process is up
//	GET /readyz   200 "ready" when the ready check passes within 2 s, else 503 and the reason
//	GET /metrics  Prometheus exposition (when Metrics is not nil)
type HTTPServer struct {
	addr  string
	ready func(ctx context.Context) error
	log   *slog.Logger
	srv   *http.Server

	mu      sync.Mutex
	ln      net.Listener
	serving chan struct{} // closed when Serve returns
}

// NewHTTPServer returns a server for addr. ready reports whether Rapport can
// do its work (Socket Mode connected, database answering); its error text is
// shown to whoever calls /readyz, so it must not carry secrets. A nil ready
// is always ready; a nil m serves no /metrics; a nil log discards.
func NewHTTPServer(addr string, ready func(ctx context.Context) error, m *Metrics, log *slog.Logger) *HTTPServer {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &HTTPServer{addr: addr, ready: ready, log: log}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", s.healthz)
	mux.HandleFunc("GET /readyz", s.readyz)
	if m != nil {
		mux.Handle("GET /metrics", m.Handler())
	}
	s.srv = &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    16 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	return s
}

// Start listens on the address and serves in the background until Shutdown.
// It returns the listen error at once, e.g. when the port is taken.
func (s *HTTPServer) Start() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ln != nil {
		return errors.New("http server: already started")
	}
	ln, err := net.Listen("tcp", s.addr)
	if err != nil {
		return fmt.Errorf("http server: %w", err)
	}
	s.ln = ln
	s.serving = make(chan struct{})
	go func() {
		defer close(s.serving)
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("http server stopped", "err", err)
		}
	}()
	s.log.Info("http server listening", "addr", ln.Addr().String())
	return nil
}

// Addr is the address the server listens on (the real port when started on
// ":0"), or the configured address before Start.
func (s *HTTPServer) Addr() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ln != nil {
		return s.ln.Addr().String()
	}
	return s.addr
}

// Shutdown stops accepting connections, waits for in-flight requests until
// ctx is done, and returns once the serving goroutine has ended.
func (s *HTTPServer) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	serving := s.serving
	s.mu.Unlock()
	err := s.srv.Shutdown(ctx)
	if err != nil {
		// Requests still running at the deadline are cut off.
		err = errors.Join(fmt.Errorf("http server shutdown: %w", err), s.srv.Close())
	}
	if serving != nil {
		<-serving
	}
	return err
}

func (s *HTTPServer) healthz(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	fmt.Fprintln(w, "ok")
}

func (s *HTTPServer) readyz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	if err := s.checkReady(r.Context()); err != nil {
		s.log.Debug("not ready", "reason", err.Error())
		w.WriteHeader(http.StatusServiceUnavailable)
		fmt.Fprintf(w, "not ready: %v\n", err)
		return
	}
	fmt.Fprintln(w, "ready")
}

// checkReady runs the ready func under readyTimeout. The func runs in its
// own goroutine so that one ignoring ctx still cannot hold the probe past
// the timeout; it ends when the func returns.
func (s *HTTPServer) checkReady(ctx context.Context) error {
	if s.ready == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, readyTimeout)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- s.ready(ctx) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return fmt.Errorf("readiness check timed out after %s", readyTimeout)
	}
}
