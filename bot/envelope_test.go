package bot

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestScanEnvelopeHead(t *testing.T) {
	deep := strings.Repeat("[", 20000) + strings.Repeat("]", 20000)
	cases := []struct {
		name, raw, id, typ string
		idBytes            int
	}{
		{"plain", `{"envelope_id":"abc-1","type":"events_api","payload":{}}`, "abc-1", "events_api", 5},
		{"id after a deep payload", `{"type":"events_api","payload":` + deep + `,"envelope_id":"abc-2"}`, "abc-2", "events_api", 5},
		{"nested keys of the same name are not the envelope's", `{"payload":{"envelope_id":"inner","type":"x"},"envelope_id":"outer"}`, "outer", "", 5},
		{"escaped quotes and braces in strings", `{"payload":{"t":"a\"}{,\\"},"envelope_id":"abc-3"}`, "abc-3", "", 5},
		{"a string value that looks like the key", `{"x":"envelope_id","envelope_id":"abc-4"}`, "abc-4", "", 5},
		{"id not a string", `{"envelope_id":42,"type":"events_api"}`, "", "events_api", 0},
		{"too long to keep", `{"envelope_id":"` + strings.Repeat("e", 200) + `"}`, "", "", 200},
		{"truncated", `{"envelope_id":"abc-5","type":"ev`, "abc-5", "", 5},
		{"not an object", `["envelope_id","abc"]`, "", "", 0},
		{"empty", ``, "", "", 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h := scanEnvelopeHead([]byte(tc.raw))
			if h.id != tc.id || h.typ != tc.typ || h.idBytes != tc.idBytes {
				t.Errorf("got id %q type %q idBytes %d, want %q %q %d", h.id, h.typ, h.idBytes, tc.id, tc.typ, tc.idBytes)
			}
		})
	}
}

// FuzzScanEnvelopeHead: the scan never fails on any input, and agrees with
// encoding/json wherever encoding/json can read the envelope.
func FuzzScanEnvelopeHead(f *testing.F) {
	f.Add(`{"envelope_id":"abc","type":"events_api","payload":{"a":[1,2,{"b":"c"}]}}`)
	f.Add(`{"payload":"\"}","envelope_id":"x\u0041"}`)
	f.Add(`{"envelope_id":"a","envelope_id":"b"}`)
	f.Fuzz(func(t *testing.T, raw string) {
		h := scanEnvelopeHead([]byte(raw))
		var m map[string]json.RawMessage
		if json.Unmarshal([]byte(raw), &m) != nil {
			return
		}
		var want string
		if v, ok := m["envelope_id"]; ok && json.Unmarshal(v, &want) == nil && len(v)-2 <= maxEnvelopeID && len(v) == len(strings.TrimSpace(string(v))) {
			if h.id != want {
				t.Errorf("%q: got id %q, want %q", raw, h.id, want)
			}
		}
	})
}
