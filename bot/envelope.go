package bot

import (
	"encoding/json"
)

// envelopeHead is what can be read of a Socket Mode envelope without
// decoding it: its top-level envelope_id and type.
type envelopeHead struct {
	id, typ string
	idBytes int // length of the raw envelope_id, even when too long to keep
}

// scanEnvelopeHead finds the top-level "envelope_id" and "type" string
// values of raw in one pass, tracking depth with a counter: no recursion and
// no allocation per level, so 20,000 levels of nesting (beyond
// encoding/json's limit) cost no more than their bytes. Malformed input
// yields what was found before the damage.
func scanEnvelopeHead(raw []byte) envelopeHead {
	var h envelopeHead
	depth := 0
	expectKey := false
	key := ""
	for i := 0; i < len(raw); i++ {
		switch raw[i] {
		case '"':
			end := stringEnd(raw, i)
			if end < 0 {
				return h
			}
			if depth == 1 {
				lit := raw[i : end+1]
				if expectKey {
					key = ""
					if len(lit) <= 32 {
						_ = json.Unmarshal(lit, &key)
					}
					expectKey = false
				} else {
					switch key {
					case "envelope_id":
						h.idBytes = len(lit) - 2
						if h.idBytes <= maxEnvelopeID {
							_ = json.Unmarshal(lit, &h.id)
						}
					case "type":
						if len(lit) <= 66 {
							_ = json.Unmarshal(lit, &h.typ)
						}
					}
					key = ""
				}
			}
			i = end
		case '{':
			depth++
			if depth == 1 {
				expectKey = true
			}
		case '[':
			depth++
		case '}', ']':
			depth--
		case ',':
			if depth == 1 {
				expectKey = true
				key = ""
			}
		case ':':
			if depth == 1 {
				expectKey = false
			}
		}
	}
	return h
}

// stringEnd returns the index of the quote closing the JSON string that
// starts at raw[start], or -1.
func stringEnd(raw []byte, start int) int {
	for i := start + 1; i < len(raw); i++ {
		switch raw[i] {
		case '\\':
			i++
		case '"':
			return i
		}
	}
	return -1
}

// logToken returns s when it is a short identifier-like token safe to log
// (an envelope type, an envelope_id), else "(withheld)": a value chosen by
// whoever sent the envelope must not reach the logs.
func logToken(s string) string {
	if s == "" || len(s) > 64 {
		if s == "" {
			return ""
		}
		return "(withheld)"
	}
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_', r == '.', r == '/', r == '+':
		default:
			return "(withheld)"
		}
	}
	return s
}
