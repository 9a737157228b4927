package slackfake

import (
	"strings"
	"time"
)

// User is what users.info answers for one user ID.
type User struct {
	ID       string
	Name     string
	RealName string
	// TZ is an IANA zone ("America/New_York"). When TZOffset is 0 and TZ is a
	// known zone, tz_offset is computed for the current time.
	TZ       string
	TZOffset int // seconds east of UTC
	IsBot    bool
	Deleted  bool
}

// Channel is what conversations.info answers for one channel ID.
type Channel struct {
	ID        string
	Name      string
	IsPrivate bool
	IsIM      bool
	IsMember  bool
	User      string // the other user of an IM
}

// SetUser adds or replaces a user known to users.info. Unknown users get
// "user_not_found"; the bot user is known from the start.
func (s *Server) SetUser(u User) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.users[u.ID] = u
}

// SetUserGroup sets the members usergroups.users.list answers for the group
// id (S…). Unknown groups get "no_such_subteam".
func (s *Server) SetUserGroup(id string, members ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.groups[id] = append([]string(nil), members...)
}

// SetChannel sets what conversations.info answers for ch.ID. A channel never
// set is answered as a public channel named after its ID with the bot a member
// (an IM when the ID starts with "D").
func (s *Server) SetChannel(ch Channel) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.channels[ch.ID] = ch
}

func (s *Server) user(id string) (User, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	u, ok := s.users[id]
	return u, ok
}

func (s *Server) group(id string) ([]string, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, ok := s.groups[id]
	return append([]string(nil), m...), ok
}

func (s *Server) channel(id string) Channel {
	s.mu.Lock()
	defer s.mu.Unlock()
	if ch, ok := s.channels[id]; ok {
		return ch
	}
	return Channel{ID: id, Name: strings.ToLower(id), IsIM: strings.HasPrefix(id, "D"), IsMember: true}
}

func userJSON(u User, teamID string) map[string]any {
	tz, offset, label := u.TZ, u.TZOffset, u.TZ
	if tz == "" {
		tz, label = "UTC", "Coordinated Universal Time"
	}
	if offset == 0 {
		if loc, err := time.LoadLocation(tz); err == nil {
			label, offset = time.Now().In(loc).Zone()
		}
	}
	real := u.RealName
	if real == "" {
		real = u.Name
	}
	return map[string]any{
		"id":        u.ID,
		"team_id":   teamID,
		"name":      u.Name,
		"real_name": real,
		"deleted":   u.Deleted,
		"tz":        tz,
		"tz_label":  label,
		"tz_offset": offset,
		"is_bot":    u.IsBot,
		"profile": map[string]any{
			"real_name":    real,
			"display_name": u.Name,
			"team":         teamID,
		},
	}
}

func channelJSON(ch Channel) map[string]any {
	isChannel := !ch.IsIM && !ch.IsPrivate
	return map[string]any{
		"id":         ch.ID,
		"name":       ch.Name,
		"is_channel": isChannel,
		"is_group":   ch.IsPrivate && !ch.IsIM,
		"is_im":      ch.IsIM,
		"is_private": ch.IsPrivate || ch.IsIM,
		"is_member":  ch.IsMember,
		"user":       ch.User,
		"created":    1700000000,
	}
}
