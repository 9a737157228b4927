package slackfake

import (
	"net/http"
	"time"
)

// responseURLUses is how many messages Slack accepts on one response_url.
const responseURLUses = 5

// handleResponseURL serves POSTs to ResponseURL(id): replace_original,
// delete_original, text and blocks, recorded as method "response_url".
func (s *Server) handleResponseURL(w http.ResponseWriter, r *http.Request) {
	at := time.Now()
	id := r.PathValue("id")
	body, params, _, err := readRequest(r)
	s.delay(r, "response_url")
	call := Call{Method: "response_url", Params: params, Body: body, ResponseURLID: id, At: at}
	call.Status, call.Error = s.answerResponseURL(w, r, id, params, err)
	s.recordCall(call)
}

func (s *Server) answerResponseURL(w http.ResponseWriter, r *http.Request, id string, p map[string]string, readErr error) (int, string) {
	if r.Method != http.MethodPost {
		writeJSON(w, http.StatusMethodNotAllowed, map[string]any{"ok": false, "error": "method_not_allowed"})
		return http.StatusMethodNotAllowed, "method_not_allowed"
	}
	if f, ok := s.takeFailure("response_url"); ok {
		return writeFailure(w, f)
	}
	s.mu.Lock()
	used := s.respUses[id]
	s.mu.Unlock()
	if used >= responseURLUses {
		writeJSON(w, http.StatusNotFound, map[string]any{"ok": false, "error": "used_url"})
		return http.StatusNotFound, "used_url"
	}
	fail := func(code string) (int, string) {
		writeJSON(w, http.StatusOK, map[string]any{"ok": false, "error": code})
		return http.StatusOK, code
	}
	if readErr != nil {
		return fail("invalid_payload")
	}
	if p["delete_original"] != "true" {
		if code := checkMessage(p); code != "" {
			return fail(code)
		}
	}
	s.mu.Lock()
	s.respUses[id]++
	s.mu.Unlock()
	writeJSON(w, http.StatusOK, map[string]any{"ok": true})
	return http.StatusOK, ""
}
