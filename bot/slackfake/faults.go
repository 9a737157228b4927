package slackfake

import (
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// Failure is how the fake answers a call it was told to fail.
type Failure struct {
	// Status is the HTTP status; 0 means 200 with {"ok":false,"error":Error}.
	Status int
	// Error is the Slack error code ("not_in_channel", "token_revoked", …).
	Error string
	// RetryAfter is the Retry-After header value in seconds; "" sends none.
	RetryAfter string
}

// SlackError answers HTTP 200 {"ok":false,"error":code}; slack-go returns it as
// slack.SlackErrorResponse{Err: code}.
func SlackError(code string) Failure { return Failure{Error: code} }

// RateLimited answers HTTP 429 with "Retry-After: seconds"; slack-go returns
// *slack.RateLimitedError.
func RateLimited(seconds int) Failure {
	return Failure{Status: http.StatusTooManyRequests, Error: "ratelimited", RetryAfter: strconv.Itoa(seconds)}
}

// RateLimitedNoHeader answers HTTP 429 without Retry-After; slack-go returns
// slack.StatusCodeError{Code: 429}.
func RateLimitedNoHeader() Failure {
	return Failure{Status: http.StatusTooManyRequests, Error: "ratelimited"}
}

// ServerError answers HTTP 500; slack-go returns slack.StatusCodeError{Code: 500}.
func ServerError() Failure { return Failure{Status: http.StatusInternalServerError} }

// FailNext makes the next n calls of method ("chat.postMessage", or
// "response_url") answer f instead of succeeding. Calls add up.
func (s *Server) FailNext(method string, n int, f Failure) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for range n {
		s.failures[method] = append(s.failures[method], f)
	}
}

// takeFailure pops the next failure queued for method.
func (s *Server) takeFailure(method string) (Failure, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	q := s.failures[method]
	if len(q) == 0 {
		return Failure{}, false
	}
	f := q[0]
	if len(q) == 1 {
		delete(s.failures, method)
	} else {
		s.failures[method] = q[1:]
	}
	return f, true
}

// writeFailure answers f and reports the status and error it wrote.
func writeFailure(w http.ResponseWriter, f Failure) (int, string) {
	if f.Status == 0 || f.Status == http.StatusOK {
		writeJSON(w, http.StatusOK, map[string]any{"ok": false, "error": f.Error})
		return http.StatusOK, f.Error
	}
	if f.RetryAfter != "" {
		w.Header().Set("Retry-After", f.RetryAfter)
	}
	if f.Status == http.StatusTooManyRequests {
		writeJSON(w, f.Status, map[string]any{"ok": false, "error": f.Error})
		return f.Status, f.Error
	}
	// Slack sends an HTML page with 5xx; slack-go never parses it.
	w.Header().Set("Content-Type", "text/html")
	w.WriteHeader(f.Status)
	_, _ = w.Write([]byte("<html><body>fake failure</body></html>"))
	return f.Status, f.Error
}

// SetLatency makes every call of method ("" for every Web API method and
// response_url) wait d before it is answered, as a slow Slack would; 0
// removes the delay. A method's own latency wins over the one for "". The
// wait ends early when the client gives up or the server closes.
func (s *Server) SetLatency(method string, d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if d <= 0 {
		delete(s.latency, method)
		return
	}
	s.latency[method] = d
}

// delay waits the latency set for method.
func (s *Server) delay(r *http.Request, method string) {
	s.mu.Lock()
	d, ok := s.latency[method]
	if !ok {
		d = s.latency[""]
	}
	s.mu.Unlock()
	if d <= 0 {
		return
	}
	s.mu.Lock()
	s.waiting[method]++
	s.notifyLocked()
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.waiting[method]--
		s.notifyLocked()
		s.mu.Unlock()
	}()
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-r.Context().Done():
	case <-s.done:
	}
}

// WaitHeld waits until at least n calls of method are being held by the
// latency SetLatency set: received, not yet answered.
func (s *Server) WaitHeld(timeout time.Duration, method string, n int) error {
	if err := s.waitFor(timeout, func() bool { return s.waiting[method] >= n }); err != nil {
		return fmt.Errorf("wait for %d held %s calls: %w", n, method, err)
	}
	return nil
}
