package slackfake

// Edit is a message a user edited: Slack sends it as a "message" event of
// subtype message_changed carrying both versions.
type Edit struct {
	Channel, User, TS, ThreadTS string
	Before, After               string
	// ChannelType defaults to "channel".
	ChannelType string
}

// SendEdit delivers the message_changed event for e and returns its envelope_id.
func (s *Server) SendEdit(e Edit, opts ...EventOption) (string, error) {
	if e.ChannelType == "" {
		e.ChannelType = "channel"
	}
	version := func(text string) map[string]any {
		m := map[string]any{"type": "message", "user": e.User, "text": text, "ts": e.TS, "team": s.cfg.identity.TeamID}
		if e.ThreadTS != "" {
			m["thread_ts"] = e.ThreadTS
		}
		return m
	}
	after := version(e.After)
	after["edited"] = map[string]any{"user": e.User, "ts": s.newTS()}
	now := s.newTS()
	ev := map[string]any{
		"type":             "message",
		"subtype":          "message_changed",
		"hidden":           true,
		"channel":          e.Channel,
		"channel_type":     e.ChannelType,
		"ts":               now,
		"event_ts":         now,
		"message":          after,
		"previous_message": version(e.Before),
	}
	return s.SendEvent(ev, opts...)
}
