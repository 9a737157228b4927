package bot

import (
	"sync"
	"time"

	"github.com/rapport-bot/rapport/coach"
)

// threadMemory remembers, for a few minutes per conversation, what the
// engine needs to judge a reply: whether the other person just thanked or
// apologised, and whether someone in the thread showed frustration. It
// keeps flags only, never text, and never touches the disk.
type threadMemory struct {
	mu  sync.Mutex
	ttl time.Duration
	max int
	m   map[threadKey]*threadState
}

type threadKey struct{ channel, thread string }

type threadState struct {
	lastUser   string
	lastSig    coach.Signals
	lastAt     time.Time
	frustrated map[string]time.Time // requester → when they last showed frustration
	stress     string               // what the last frustration was about ("repeat", "urgency"…)
}

func newThreadMemory(ttl time.Duration, max int) *threadMemory {
	return &threadMemory{ttl: ttl, max: max, m: make(map[threadKey]*threadState)}
}

// context is what user's reply in key can be judged against.
func (t *threadMemory) context(key threadKey, user string, now time.Time) coach.Context {
	t.mu.Lock()
	defer t.mu.Unlock()
	var c coach.Context
	st := t.m[key]
	if st == nil {
		return c
	}
	if st.lastUser != user && now.Sub(st.lastAt) <= t.ttl {
		c.PrevThanked = st.lastSig.Thanked
		c.PrevApologized = st.lastSig.Apologized
	}
	for who, at := range st.frustrated {
		if who != user && now.Sub(at) <= t.ttl {
			c.PrevFrustrated = true
			c.PrevStress = st.stress
		}
	}
	return c
}

// remember records user's message in each of keys. A reply clears the
// frustration flags of others, so a thread is nudged about it once.
func (t *threadMemory) remember(keys []threadKey, user string, sig coach.Signals, now time.Time) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, key := range keys {
		st := t.m[key]
		if st == nil {
			if len(t.m) >= t.max {
				t.evictLocked(now)
			}
			st = &threadState{}
			t.m[key] = st
		}
		st.lastUser, st.lastSig, st.lastAt = user, sig, now
		for who := range st.frustrated {
			if who != user {
				delete(st.frustrated, who)
			}
		}
		if sig.Frustrated {
			if st.frustrated == nil {
				st.frustrated = make(map[string]time.Time)
			}
			st.frustrated[user] = now
			st.stress = sig.Stress
		}
	}
}

func (t *threadMemory) evictLocked(now time.Time) {
	for k, st := range t.m {
		if now.Sub(st.lastAt) > t.ttl {
			delete(t.m, k)
		}
	}
	// Still full: drop arbitrary entries; losing context only makes the
	// engine judge from the text alone.
	for k := range t.m {
		if len(t.m) < t.max {
			break
		}
		delete(t.m, k)
	}
}

// recentSet remembers IDs seen recently, to handle each Slack retry once.
type recentSet struct {
	mu  sync.Mutex
	ttl time.Duration
	max int
	m   map[string]time.Time
}

func newRecentSet(max int, ttl time.Duration) *recentSet {
	return &recentSet{ttl: ttl, max: max, m: make(map[string]time.Time)}
}

// add records id and reports whether it was new.
func (s *recentSet) add(id string, now time.Time) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if at, ok := s.m[id]; ok && now.Sub(at) <= s.ttl {
		return false
	}
	if len(s.m) >= s.max {
		for k, at := range s.m {
			if now.Sub(at) > s.ttl {
				delete(s.m, k)
			}
		}
		for k := range s.m {
			if len(s.m) < s.max {
				break
			}
			delete(s.m, k)
		}
	}
	s.m[id] = now
	return true
}

// nudgeLimiter caps nudges per user in a sliding window, so Rapport never nags.
type nudgeLimiter struct {
	mu     sync.Mutex
	limit  int
	window time.Duration
	m      map[string][]time.Time
}

func newNudgeLimiter(limit int, window time.Duration) *nudgeLimiter {
	return &nudgeLimiter{limit: limit, window: window, m: make(map[string][]time.Time)}
}

// allow reports whether user may get another nudge now, and counts it if so.
func (l *nudgeLimiter) allow(user string, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	times := l.m[user]
	kept := times[:0]
	for _, at := range times {
		if now.Sub(at) < l.window {
			kept = append(kept, at)
		}
	}
	if len(kept) >= l.limit {
		l.m[user] = kept
		return false
	}
	l.m[user] = append(kept, now)
	if len(l.m) > 100000 {
		for u, ts := range l.m {
			if len(ts) == 0 || now.Sub(ts[len(ts)-1]) >= l.window {
				delete(l.m, u)
			}
		}
	}
	return true
}

// zoneCache caches users' Slack time zones (users.info tz), and failures
// too: a user Slack cannot describe is not asked about again for a while,
// and while users.info is failing for everyone (an outage, a missing
// scope, rate limits) no command waits on it, nor logs it again.
type zoneCache struct {
	mu      sync.Mutex
	ttl     time.Duration
	failTTL time.Duration
	outage  time.Duration
	m       map[string]zoneEntry
	downTil time.Time // users.info is not called before this
}

type zoneEntry struct {
	loc *time.Location // nil: Slack gave no usable zone
	at  time.Time
}

func newZoneCache(ttl time.Duration) *zoneCache {
	return &zoneCache{ttl: ttl, failTTL: 10 * time.Minute, outage: time.Minute, m: make(map[string]zoneEntry)}
}

// get reports user's cached zone. ok is false when users.info should be
// asked; when ok, a nil loc means the zone is not known (use the default).
func (z *zoneCache) get(user string, now time.Time) (loc *time.Location, ok bool) {
	z.mu.Lock()
	defer z.mu.Unlock()
	if e, found := z.m[user]; found {
		ttl := z.ttl
		if e.loc == nil {
			ttl = z.failTTL
		}
		if now.Sub(e.at) <= ttl {
			return e.loc, true
		}
	}
	if now.Before(z.downTil) {
		return nil, true
	}
	return nil, false
}

func (z *zoneCache) put(user string, loc *time.Location, now time.Time) {
	z.mu.Lock()
	defer z.mu.Unlock()
	if len(z.m) > 50000 {
		clear(z.m)
	}
	z.m[user] = zoneEntry{loc: loc, at: now}
}

// fail records a users.info failure for user: one about this user (not
// found, no zone) is remembered for the user; any other stops calls for
// everyone for a minute.
func (z *zoneCache) fail(user string, userSpecific bool, now time.Time) {
	if userSpecific {
		z.put(user, nil, now)
		return
	}
	z.mu.Lock()
	z.downTil = now.Add(z.outage)
	z.mu.Unlock()
}

// logThrottle lets one log line through per period and counts the rest, so
// a flood of one kind of bad input writes a line every few seconds, not
// one per item.
type logThrottle struct {
	mu         sync.Mutex
	period     time.Duration
	last       time.Time
	suppressed int
}

// allow reports whether a line may be written now and how many were held
// back since the last one.
func (l *logThrottle) allow(now time.Time) (suppressed int, ok bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.last.IsZero() && now.Sub(l.last) < l.period {
		l.suppressed++
		return 0, false
	}
	n := l.suppressed
	l.last, l.suppressed = now, 0
	return n, true
}
