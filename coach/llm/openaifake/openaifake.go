// Package openaifake is a fake OpenAI-compatible chat-completions server for
// tests. It listens on loopback (net/http/httptest), records every request
// body, and answers each call with the next scripted Response: JSON-mode
// content, plain text, a delay, an HTTP error with or without Retry-After, or a
// body that is not JSON at all.
//
// It speaks the wire format only and shares no code with the client under
// test, so a test against it exercises the real HTTP client end to end.
package openaifake

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"time"
)

// Message is one chat message of a recorded request.
type Message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// Request is one request the server received.
type Request struct {
	Method string
	Path   string      // URL path, such as /v1/chat/completions
	Query  string      // raw query, such as api-version=2024-10-21 for Azure
	Header http.Header // as received, including Authorization / api-key
	Body   []byte      // the raw body, exactly as sent

	// Decoded from Body (zero when Body is not a chat-completions request).
	Model          string
	Messages       []Message
	ResponseFormat *ResponseFormat // nil when the request had none
}

// ResponseFormat is the response_format of a request.
type ResponseFormat struct {
	Type string // "json_object", "json_schema", "text"
}

// JSONMode reports whether the request asked for a JSON object answer.
func (r Request) JSONMode() bool {
	return r.ResponseFormat != nil && r.ResponseFormat.Type == "json_object"
}

// Response scripts the answer to one call. The zero Response answers 200
// with empty content.
type Response struct {
	// Content is the assistant message content of a 200 answer.
	Content string
	// Status, when not 0 or 200, answers with that HTTP status and an
	// OpenAI-style error body carrying ErrorMessage.
	Status       int
	ErrorMessage string
	// RetryAfter, when set, is sent as the Retry-After header.
	RetryAfter string
	// Delay holds the answer back this long (or until the client gives up).
	Delay time.Duration
	// RawBody, when set, is sent verbatim as the body (with Status, or 200),
	// for answers that are not valid JSON.
	RawBody string
}

// JSON answers with JSON-mode content {"rewrite": rewrite, "reason": reason}.
func JSON(rewrite, reason string) Response {
	b, _ := json.Marshal(map[string]string{"rewrite": rewrite, "reason": reason}) // strings always marshal
	return Response{Content: string(b)}
}

// Text answers with plain-text content.
func Text(content string) Response { return Response{Content: content} }

// Slow answers with r after d.
func Slow(d time.Duration, r Response) Response { r.Delay = d; return r }

// RateLimited answers 429 with a Retry-After header (seconds).
func RateLimited(retryAfter string) Response {
	return Response{Status: http.StatusTooManyRequests, RetryAfter: retryAfter, ErrorMessage: "Rate limit reached"}
}

// ServerError answers 500.
func ServerError() Response {
	return Response{Status: http.StatusInternalServerError, ErrorMessage: "The server had an error"}
}

// InvalidBody answers 200 with a body that is not JSON.
func InvalidBody() Response { return Response{RawBody: "<html>oops, not json"} }

// Options configure a Server.
type Options struct {
	// APIKey, when set, is required as "Authorization: Bearer KEY" or
	// "api-key: KEY" (Azure); other requests get 401.
	APIKey string
	// RejectResponseFormat makes the server answer 400 to any request that
	// carries response_format, as servers without JSON mode do.
	RejectResponseFormat bool
	// Respond, when set, computes the answer of calls that have no scripted
	// Response left. Without it such calls get 500 "no scripted response".
	Respond func(Request) Response
}

// Server is a running fake. Close it when done (New registers nothing with
// testing; callers use t.Cleanup(s.Close)).
type Server struct {
	srv  *httptest.Server
	opts Options

	mu     sync.Mutex
	script []Response
	reqs   []Request
}

// New starts a fake server on loopback.
func New(opts Options) *Server {
	s := &Server{opts: opts}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	return s
}

// URL is the base URL to configure a client with, ending in /v1.
func (s *Server) URL() string { return s.srv.URL + "/v1" }

// RootURL is the server's URL without /v1 (for Azure-style clients).
func (s *Server) RootURL() string { return s.srv.URL }

// Close stops the server, cutting any delayed answer short.
func (s *Server) Close() {
	s.srv.CloseClientConnections()
	s.srv.Close()
}

// Enqueue scripts the answers to the next calls, in order.
func (s *Server) Enqueue(rs ...Response) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.script = append(s.script, rs...)
}

// Requests returns a copy of every chat-completions request received so far,
// in arrival order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.reqs...)
}

// Calls is the number of chat-completions requests received so far.
func (s *Server) Calls() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.reqs)
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	if !strings.HasSuffix(r.URL.Path, "/chat/completions") {
		writeError(w, http.StatusNotFound, "openaifake: no such endpoint "+r.URL.Path)
		return
	}
	if r.Method != http.MethodPost {
		writeError(w, http.StatusMethodNotAllowed, "openaifake: POST only")
		return
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		writeError(w, http.StatusBadRequest, "openaifake: read body")
		return
	}
	req := Request{Method: r.Method, Path: r.URL.Path, Query: r.URL.RawQuery, Header: r.Header.Clone(), Body: body}
	var chat struct {
		Model          string    `json:"model"`
		Messages       []Message `json:"messages"`
		ResponseFormat *struct {
			Type string `json:"type"`
		} `json:"response_format"`
	}
	decodeErr := json.Unmarshal(body, &chat)
	req.Model, req.Messages = chat.Model, chat.Messages
	if chat.ResponseFormat != nil {
		req.ResponseFormat = &ResponseFormat{Type: chat.ResponseFormat.Type}
	}

	s.mu.Lock()
	s.reqs = append(s.reqs, req)
	s.mu.Unlock()

	switch {
	case s.opts.APIKey != "" && !authorized(r.Header, s.opts.APIKey):
		writeError(w, http.StatusUnauthorized, "Incorrect API key provided")
		return
	case decodeErr != nil:
		writeError(w, http.StatusBadRequest, "openaifake: body is not JSON")
		return
	case s.opts.RejectResponseFormat && req.ResponseFormat != nil:
		writeError(w, http.StatusBadRequest, "response_format is not supported by this model")
		return
	}
	resp, ok := s.next()
	switch {
	case !ok && s.opts.Respond != nil:
		resp = s.opts.Respond(req)
	case !ok:
		resp = Response{Status: http.StatusInternalServerError, ErrorMessage: "openaifake: no scripted response"}
	}

	if resp.Delay > 0 {
		t := time.NewTimer(resp.Delay)
		select {
		case <-t.C:
		case <-r.Context().Done():
			t.Stop()
			return
		}
	}
	if resp.RetryAfter != "" {
		w.Header().Set("Retry-After", resp.RetryAfter)
	}
	status := resp.Status
	if status == 0 {
		status = http.StatusOK
	}
	if resp.RawBody != "" {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_, _ = io.WriteString(w, resp.RawBody)
		return
	}
	if status != http.StatusOK {
		writeError(w, status, resp.ErrorMessage)
		return
	}
	writeJSON(w, http.StatusOK, completion(req.Model, resp.Content))
}

// next pops the next scripted response.
func (s *Server) next() (Response, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.script) == 0 {
		return Response{}, false
	}
	r := s.script[0]
	s.script = s.script[1:]
	return r, true
}

func authorized(h http.Header, key string) bool {
	return h.Get("Authorization") == "Bearer "+key || h.Get("api-key") == key
}

func completion(model, content string) map[string]any {
	return map[string]any{
		"id":      "chatcmpl-fake",
		"object":  "chat.completion",
		"created": 1700000000,
		"model":   model,
		"choices": []map[string]any{{
			"index":         0,
			"message":       map[string]string{"role": "assistant", "content": content},
			"finish_reason": "stop",
		}},
		"usage": map[string]int{"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20},
	}
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]any{"error": map[string]any{
		"message": msg,
		"type":    "fake_error",
		"code":    fmt.Sprint(status),
	}})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v) // the client hanging up is not the fake's problem
}
