package slackfake

import (
	"encoding/json"
	"fmt"
)

// Slack's limits on a Home tab view (views.publish).
const (
	maxHomeBlocks   = 100
	maxHomeViewSize = 250 << 10
	maxSectionRunes = 3000
	maxButtonValue  = 2000
)

// viewsPublish stores the user's Home tab, as Slack does: one view per user,
// replaced on every publish. It refuses what Slack refuses: a missing user,
// a view that is not a home view, too many blocks, an oversized view, a
// section text or button value over its limit.
func (s *Server) viewsPublish(p map[string]string) (map[string]any, string) {
	user := p["user_id"]
	if user == "" {
		return nil, "invalid_arguments"
	}
	raw := p["view"]
	if len(raw) > maxHomeViewSize {
		return nil, "invalid_arguments"
	}
	var view map[string]json.RawMessage
	if json.Unmarshal([]byte(raw), &view) != nil {
		return nil, "invalid_arguments"
	}
	var typ string
	_ = json.Unmarshal(view["type"], &typ)
	if typ != "home" {
		return nil, "invalid_arguments"
	}
	var blocks []struct {
		Type string `json:"type"`
		Text *struct {
			Text string `json:"text"`
		} `json:"text"`
		Elements []struct {
			Value string `json:"value"`
		} `json:"elements"`
		Accessory *struct {
			Value string `json:"value"`
		} `json:"accessory"`
	}
	if json.Unmarshal(view["blocks"], &blocks) != nil || len(blocks) == 0 || len(blocks) > maxHomeBlocks {
		return nil, "invalid_blocks"
	}
	for _, b := range blocks {
		if b.Type == "" {
			return nil, "invalid_blocks"
		}
		if b.Text != nil && len([]rune(b.Text.Text)) > maxSectionRunes {
			return nil, "invalid_blocks"
		}
		for _, e := range b.Elements {
			if len(e.Value) > maxButtonValue {
				return nil, "invalid_blocks"
			}
		}
		if b.Accessory != nil && len(b.Accessory.Value) > maxButtonValue {
			return nil, "invalid_blocks"
		}
	}
	s.mu.Lock()
	id := fmt.Sprintf("V%08d", s.nextSeqLocked())
	if s.homes == nil {
		s.homes = map[string]json.RawMessage{}
	}
	s.homes[user] = json.RawMessage(raw)
	s.mu.Unlock()
	view["id"], _ = json.Marshal(id)
	view["team_id"], _ = json.Marshal(s.cfg.identity.TeamID)
	view["app_id"], _ = json.Marshal(s.cfg.identity.AppID)
	view["bot_id"], _ = json.Marshal(s.cfg.identity.BotID)
	return map[string]any{"view": view}, ""
}

// HomeView returns the Home tab last published for user, as the bot sent it.
func (s *Server) HomeView(user string) (json.RawMessage, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.homes[user]
	return v, ok
}

// SendAppHomeOpened delivers the app_home_opened event Slack sends when user
// opens a tab ("home" or "messages") of the app, with the user's published
// Home view when there is one, and returns its envelope_id.
func (s *Server) SendAppHomeOpened(user, tab string) (string, error) {
	ev := map[string]any{
		"type":     "app_home_opened",
		"user":     user,
		"channel":  dmChannel(user),
		"tab":      tab,
		"event_ts": s.newTS(),
	}
	if v, ok := s.HomeView(user); ok && tab == "home" {
		ev["view"] = v
	}
	return s.SendEvent(ev)
}

// HomeClick is a button pressed on a user's Home tab.
type HomeClick struct {
	User, ActionID, Value string
}

// SendHomeClick delivers the block_actions Slack sends for a button on a Home
// tab: its container is the view and, unlike a message button, it carries no
// response_url.
func (s *Server) SendHomeClick(c HomeClick) (string, error) {
	payload := map[string]any{
		"type":      "block_actions",
		"user":      map[string]any{"id": c.User},
		"container": map[string]any{"type": "view", "view_id": "VHOME"},
		"view":      map[string]any{"id": "VHOME", "type": "home"},
		"actions":   []map[string]any{{"action_id": c.ActionID, "value": c.Value, "type": "button", "block_id": "b"}},
	}
	return s.SendInteraction(payload)
}
