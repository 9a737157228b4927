package slackfake

import (
	"encoding/json"
	"fmt"
	"time"
)

// Call is one request the fake received on the Web API or a response_url.
type Call struct {
	// Method is the Web API method ("chat.postEphemeral"), or "response_url".
	Method string
	// Params holds form or query values (first value of each), or the top-level
	// fields of a JSON body: strings as they are, anything else (blocks,
	// attachments, view, booleans) as raw JSON text. The token is left out.
	Params map[string]string
	// Body is the request body as received.
	Body []byte
	// ResponseURLID is the id given to ResponseURL, for response_url calls.
	ResponseURLID string
	// Status is the HTTP status the fake answered.
	Status int
	// Error is the Slack error the fake answered ("" when ok).
	Error string
	// At is when the fake received the request.
	At time.Time
}

// Ack is one frame a Socket Mode client sent back over the websocket.
type Ack struct {
	EnvelopeID string
	// Payload is the ack's "payload" field as raw JSON, nil when absent.
	Payload json.RawMessage
	// Raw is the whole frame.
	Raw []byte
	// SentAt is when the fake wrote the envelope (zero if unknown).
	SentAt time.Time
	// ReceivedAt is when the fake read the ack.
	ReceivedAt time.Time
	// Latency is ReceivedAt - SentAt (zero if the envelope is unknown).
	Latency time.Duration
}

// Calls returns the recorded calls of method, oldest first; "" returns all.
func (s *Server) Calls(method string) []Call {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Call
	for _, c := range s.calls {
		if method == "" || c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

// WaitCall waits until a call of method (any method if "") for which pred
// reports true (pred may be nil) has been recorded since the last Reset, and
// returns the first such call.
func (s *Server) WaitCall(timeout time.Duration, method string, pred func(Call) bool) (Call, error) {
	var found Call
	err := s.waitFor(timeout, func() bool {
		for _, c := range s.calls {
			if (method == "" || c.Method == method) && (pred == nil || pred(c)) {
				found = c
				return true
			}
		}
		return false
	})
	if err != nil {
		return Call{}, fmt.Errorf("wait for %s call: %w", method, err)
	}
	return found, nil
}

// Acks returns every ack received since the last Reset, oldest first.
func (s *Server) Acks() []Ack {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Ack(nil), s.acks...)
}

// WaitAck waits until the ack of envelopeID has been received and returns it.
func (s *Server) WaitAck(timeout time.Duration, envelopeID string) (Ack, error) {
	var found Ack
	err := s.waitFor(timeout, func() bool {
		for _, a := range s.acks {
			if a.EnvelopeID == envelopeID {
				found = a
				return true
			}
		}
		return false
	})
	if err != nil {
		return Ack{}, fmt.Errorf("wait for ack of %s: %w", envelopeID, err)
	}
	return found, nil
}

func (s *Server) recordCall(c Call) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls = append(s.calls, c)
	s.notifyLocked()
}

func (s *Server) recordAck(raw []byte, at time.Time) {
	var frame struct {
		EnvelopeID string          `json:"envelope_id"`
		Payload    json.RawMessage `json:"payload"`
	}
	_ = json.Unmarshal(raw, &frame) // a malformed frame is still recorded, with no id
	s.mu.Lock()
	defer s.mu.Unlock()
	a := Ack{EnvelopeID: frame.EnvelopeID, Payload: frame.Payload, Raw: raw, ReceivedAt: at}
	if sent, ok := s.sentAt[frame.EnvelopeID]; ok {
		a.SentAt = sent
		a.Latency = at.Sub(sent)
	}
	s.acks = append(s.acks, a)
	s.notifyLocked()
}
