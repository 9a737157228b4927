package bot

import (
	"context"
	"log/slog"
	"strings"
	"sync"
	"time"
)

// staffDirectory answers "is this user's message coached?" from
// RAPPORT_STAFF: user IDs directly, user-group IDs (S…) through
// usergroups.users.list, cached and refreshed.
type staffDirectory struct {
	users   map[string]bool
	groups  []string
	resolve func(ctx context.Context, group string) ([]string, error)
	log     *slog.Logger
	refresh time.Duration

	mu      sync.RWMutex
	members map[string]bool // members of the groups, as last resolved
	loaded  chan struct{}
	once    sync.Once
}

func newStaffDirectory(ids []string, resolve func(context.Context, string) ([]string, error), log *slog.Logger) *staffDirectory {
	d := &staffDirectory{users: map[string]bool{}, resolve: resolve, log: log, refresh: 10 * time.Minute, members: map[string]bool{}, loaded: make(chan struct{})}
	for _, id := range ids {
		id = strings.TrimSpace(id)
		switch {
		case id == "":
		case strings.HasPrefix(id, "S"):
			d.groups = append(d.groups, id)
		default:
			d.users[id] = true
		}
	}
	if len(d.groups) == 0 {
		d.once.Do(func() { close(d.loaded) })
	}
	return d
}

// everyone reports whether RAPPORT_STAFF is unset: every human is coached.
func (d *staffDirectory) everyone() bool { return len(d.users) == 0 && len(d.groups) == 0 }

// isStaff reports whether user's messages are coached.
func (d *staffDirectory) isStaff(ctx context.Context, user string) bool {
	if d.everyone() || d.users[user] {
		return true
	}
	if len(d.groups) == 0 {
		return false
	}
	// Wait briefly for the first resolution so early messages are judged right.
	select {
	case <-d.loaded:
	case <-ctx.Done():
	case <-time.After(2 * time.Second):
	}
	d.mu.RLock()
	defer d.mu.RUnlock()
	return d.members[user]
}

// run resolves the groups now and every refresh period until ctx ends.
func (d *staffDirectory) run(ctx context.Context) {
	if len(d.groups) == 0 {
		return
	}
	t := time.NewTicker(d.refresh)
	defer t.Stop()
	for {
		d.load(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (d *staffDirectory) load(ctx context.Context) {
	members := map[string]bool{}
	complete := true
	for _, g := range d.groups {
		ids, err := d.resolve(ctx, g)
		if err != nil {
			complete = false
			d.log.Warn("could not list user-group members; keeping the last known list", "group", g, "err", err)
			continue
		}
		for _, id := range ids {
			members[id] = true
		}
	}
	d.mu.Lock()
	if complete || len(d.members) == 0 {
		d.members = members
	} else {
		for id := range members {
			d.members[id] = true
		}
	}
	d.mu.Unlock()
	d.once.Do(func() { close(d.loaded) })
}

func (b *Bot) resolveGroup(ctx context.Context, group string) ([]string, error) {
	ids, err := b.api.GetUserGroupMembersContext(ctx, group)
	if err != nil {
		b.noteSlackError("usergroups.users.list", err)
		return nil, err
	}
	return ids, nil
}
