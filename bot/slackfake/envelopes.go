package slackfake

import (
	"crypto/rand"
	"encoding/json"
	"fmt"
	"time"
)

// EventOption adjusts an events_api envelope.
type EventOption func(*eventConfig)

type eventConfig struct {
	eventID      string
	retryAttempt int
	retryReason  string
	eventTime    time.Time
}

// WithEventID reuses an event_id, as Slack does when it retries an event.
func WithEventID(id string) EventOption { return func(c *eventConfig) { c.eventID = id } }

// WithRetry sets retry_attempt and retry_reason ("timeout" if empty), as on a
// redelivery of an event that was not acked in 3 s.
func WithRetry(attempt int, reason string) EventOption {
	return func(c *eventConfig) {
		if reason == "" {
			reason = "timeout"
		}
		c.retryAttempt, c.retryReason = attempt, reason
	}
}

// WithEventTime sets event_time (default: now).
func WithEventTime(t time.Time) EventOption { return func(c *eventConfig) { c.eventTime = t } }

// Message is a Slack "message" event in a channel, for SendMessage.
type Message struct {
	Channel     string // required
	ChannelType string // "channel" by default; "im", "group", "mpim"
	User        string
	Text        string
	TS          string // a fresh timestamp when empty
	ThreadTS    string
	Subtype     string // "", "bot_message", "thread_broadcast", "file_share", …
	BotID       string // set for messages from bots
}

// SlashCommand is a slash-command invocation, sent like Slack's form fields.
// Empty TeamID, TeamDomain, TriggerID, ResponseURL and APIAppID are filled in;
// the ResponseURL filled in is ResponseURL(envelopeID).
type SlashCommand struct {
	Command     string // "/followup"
	Text        string
	UserID      string
	UserName    string
	ChannelID   string
	ChannelName string
	TeamID      string
	TeamDomain  string
	TriggerID   string
	ResponseURL string
	APIAppID    string
}

// newEnvelopeID returns a fresh UUID-shaped envelope id.
func newEnvelopeID() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b) // crypto/rand.Read never fails
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:])
}

// NewEventID returns a fresh event_id, for events a test wants to retry later.
func (s *Server) NewEventID() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return fmt.Sprintf("Ev%010d", s.nextSeqLocked())
}

// SendEvent delivers an Events API event_callback wrapping inner (any value
// that marshals to a JSON object with a "type", or a json.RawMessage) in an
// events_api envelope and returns its envelope_id. With no socket connected
// the envelope waits for the next one.
func (s *Server) SendEvent(inner any, opts ...EventOption) (string, error) {
	raw, err := toJSON(inner)
	if err != nil {
		return "", fmt.Errorf("send event: %w", err)
	}
	cfg := eventConfig{eventTime: time.Now()}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.eventID == "" {
		cfg.eventID = s.NewEventID()
	}
	id := s.cfg.identity
	payload := map[string]any{
		"token":      "fake-verification-token",
		"team_id":    id.TeamID,
		"api_app_id": id.AppID,
		"event":      raw,
		"type":       "event_callback",
		"event_id":   cfg.eventID,
		"event_time": cfg.eventTime.Unix(),
		"authorizations": []map[string]any{{
			"team_id": id.TeamID, "user_id": id.BotUserID, "is_bot": true, "is_enterprise_install": false,
		}},
		"is_ext_shared_channel": false,
		"event_context":         "4-fake-" + cfg.eventID,
	}
	return s.sendEnvelope("events_api", payload, false, cfg.retryAttempt, cfg.retryReason)
}

// SendMessage delivers a "message" event (see SendEvent) built from m.
func (s *Server) SendMessage(m Message, opts ...EventOption) (string, error) {
	if m.TS == "" {
		m.TS = s.newTS()
	}
	if m.ChannelType == "" {
		m.ChannelType = "channel"
	}
	ev := map[string]any{
		"type":         "message",
		"channel":      m.Channel,
		"channel_type": m.ChannelType,
		"text":         m.Text,
		"ts":           m.TS,
		"event_ts":     m.TS,
		"team":         s.cfg.identity.TeamID,
	}
	optional := map[string]string{"user": m.User, "thread_ts": m.ThreadTS, "subtype": m.Subtype, "bot_id": m.BotID}
	for k, v := range optional {
		if v != "" {
			ev[k] = v
		}
	}
	return s.SendEvent(ev, opts...)
}

// SendSlashCommand delivers a slash_commands envelope and returns its envelope_id.
func (s *Server) SendSlashCommand(cmd SlashCommand) string {
	envID := newEnvelopeID()
	id := s.cfg.identity
	def := func(v *string, d string) {
		if *v == "" {
			*v = d
		}
	}
	def(&cmd.TeamID, id.TeamID)
	def(&cmd.TeamDomain, id.TeamName)
	def(&cmd.APIAppID, id.AppID)
	def(&cmd.TriggerID, "trigger-"+envID)
	def(&cmd.ResponseURL, s.ResponseURL(envID))
	def(&cmd.ChannelName, cmd.ChannelID)
	def(&cmd.UserName, cmd.UserID)
	// Slack sends the form fields as JSON strings, is_enterprise_install included.
	payload := map[string]string{
		"token":                 "fake-verification-token",
		"team_id":               cmd.TeamID,
		"team_domain":           cmd.TeamDomain,
		"channel_id":            cmd.ChannelID,
		"channel_name":          cmd.ChannelName,
		"user_id":               cmd.UserID,
		"user_name":             cmd.UserName,
		"command":               cmd.Command,
		"text":                  cmd.Text,
		"api_app_id":            cmd.APIAppID,
		"is_enterprise_install": "false",
		"response_url":          cmd.ResponseURL,
		"trigger_id":            cmd.TriggerID,
	}
	_ = s.enqueueEnvelope(envID, "slash_commands", payload, true, 0, "") // strings always marshal
	return envID
}

// SendInteraction delivers an interactive envelope (block_actions,
// view_submission, view_closed, message_action, shortcut, block_suggestion)
// and returns its envelope_id. payload must marshal to a JSON object with a
// "type" (a map, slack.InteractionCallback, or json.RawMessage). Missing or
// empty "trigger_id", and "response_url" for block_actions and message_action,
// are filled in; the response_url is ResponseURL(envelopeID).
func (s *Server) SendInteraction(payload any) (string, error) {
	raw, err := toJSON(payload)
	if err != nil {
		return "", fmt.Errorf("send interaction: %w", err)
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(raw, &fields); err != nil {
		return "", fmt.Errorf("send interaction: payload is not a JSON object: %w", err)
	}
	var typ string
	_ = json.Unmarshal(fields["type"], &typ)
	if typ == "" {
		return "", fmt.Errorf("send interaction: payload has no type")
	}
	envID := newEnvelopeID()
	missing := func(k string) bool {
		v, ok := fields[k]
		return !ok || string(v) == `""` || string(v) == "null"
	}
	set := func(k, v string) { fields[k], _ = json.Marshal(v) }
	if missing("trigger_id") {
		set("trigger_id", "trigger-"+envID)
	}
	// A button on a Home tab (container type "view") has no response_url.
	if (typ == "block_actions" && !inView(fields) || typ == "message_action") && missing("response_url") {
		set("response_url", s.ResponseURL(envID))
	}
	if missing("api_app_id") {
		set("api_app_id", s.cfg.identity.AppID)
	}
	accepts := typ == "view_submission" || typ == "block_suggestion"
	if err := s.enqueueEnvelope(envID, "interactive", fields, accepts, 0, ""); err != nil {
		return "", fmt.Errorf("send interaction: %w", err)
	}
	return envID, nil
}

// SendRaw delivers raw as one websocket text frame, unchecked: for malformed or
// unknown envelopes. It returns raw's envelope_id if it has one.
func (s *Server) SendRaw(raw []byte) string {
	var probe struct {
		EnvelopeID string `json:"envelope_id"`
	}
	_ = json.Unmarshal(raw, &probe) // raw may be anything
	s.enqueue(envelope{id: probe.EnvelopeID, raw: append([]byte(nil), raw...)})
	return probe.EnvelopeID
}

func (s *Server) sendEnvelope(typ string, payload any, accepts bool, retry int, reason string) (string, error) {
	envID := newEnvelopeID()
	if err := s.enqueueEnvelope(envID, typ, payload, accepts, retry, reason); err != nil {
		return "", err
	}
	return envID, nil
}

func (s *Server) enqueueEnvelope(envID, typ string, payload any, accepts bool, retry int, reason string) error {
	raw, err := json.Marshal(map[string]any{
		"envelope_id":              envID,
		"payload":                  payload,
		"type":                     typ,
		"accepts_response_payload": accepts,
		"retry_attempt":            retry,
		"retry_reason":             reason,
	})
	if err != nil {
		return fmt.Errorf("marshal %s envelope: %w", typ, err)
	}
	s.enqueue(envelope{id: envID, raw: raw})
	return nil
}

// toJSON marshals v unless it already is JSON.
func toJSON(v any) (json.RawMessage, error) {
	switch x := v.(type) {
	case json.RawMessage:
		if !json.Valid(x) {
			return nil, fmt.Errorf("invalid JSON")
		}
		return x, nil
	case []byte:
		if !json.Valid(x) {
			return nil, fmt.Errorf("invalid JSON")
		}
		return json.RawMessage(x), nil
	default:
		b, err := json.Marshal(v)
		if err != nil {
			return nil, fmt.Errorf("marshal: %w", err)
		}
		return b, nil
	}
}

// inView reports whether an interaction came from a view (a Home tab or a
// modal) rather than a message.
func inView(fields map[string]json.RawMessage) bool {
	var c struct {
		Type string `json:"type"`
	}
	_ = json.Unmarshal(fields["container"], &c)
	return c.Type == "view"
}
