package slackfake

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"
)

// ErrTimeout is wrapped by the Wait methods when nothing matched in time.
var ErrTimeout = errors.New("slackfake: timed out")

// ErrClosed is wrapped by the Wait methods when the server was closed while waiting.
var ErrClosed = errors.New("slackfake: server closed")

// Identity is who the fake says the app and its bot user are (auth.test, hello,
// event authorizations, slash-command team fields).
type Identity struct {
	TeamID    string // "T0FAKE" by default
	TeamName  string // "rapport-test"
	BotUserID string // "U0BOT"
	BotID     string // "B0BOT"
	BotName   string // "rapport"
	AppID     string // "A0FAKE"
}

// DefaultIdentity is the identity used unless WithIdentity overrides it.
func DefaultIdentity() Identity {
	return Identity{
		TeamID:    "T0FAKE",
		TeamName:  "rapport-test",
		BotUserID: "U0BOT",
		BotID:     "B0BOT",
		BotName:   "rapport",
		AppID:     "A0FAKE",
	}
}

type config struct {
	appToken     string
	botToken     string
	pingInterval time.Duration
	identity     Identity
}

// Option configures a Server.
type Option func(*config)

// WithAppToken sets the app-level token apps.connections.open accepts (default "xapp-1-test").
func WithAppToken(token string) Option { return func(c *config) { c.appToken = token } }

// WithBotToken sets the bot token every other Web API method accepts (default "xoxb-test").
func WithBotToken(token string) Option { return func(c *config) { c.botToken = token } }

// WithPingInterval sets how often the fake pings each socket (default 100ms). It
// must be shorter than the client's socketmode.OptionPingInterval (30s by default).
func WithPingInterval(d time.Duration) Option { return func(c *config) { c.pingInterval = d } }

// WithIdentity replaces the team, bot and app identifiers. Empty fields keep
// their defaults.
func WithIdentity(id Identity) Option {
	return func(c *config) {
		def := c.identity
		fill := func(v *string, d string) {
			if *v == "" {
				*v = d
			}
		}
		fill(&id.TeamID, def.TeamID)
		fill(&id.TeamName, def.TeamName)
		fill(&id.BotUserID, def.BotUserID)
		fill(&id.BotID, def.BotID)
		fill(&id.BotName, def.BotName)
		fill(&id.AppID, def.AppID)
		c.identity = id
	}
}

// Server is a fake Slack: Web API, response URLs and a Socket Mode websocket on
// one loopback listener. All methods are safe for concurrent use.
type Server struct {
	cfg  config
	http *httptest.Server

	mu      sync.Mutex
	changed chan struct{} // closed and replaced on every recorded change
	closed  bool

	calls     []Call
	acks      []Ack
	failures  map[string][]Failure
	latency   map[string]time.Duration // method ("" for all) → delay before answering
	waiting   map[string]int           // method → calls held by their latency now
	users     map[string]User
	groups    map[string][]string
	channels  map[string]Channel
	respUses  map[string]int
	tickets   map[string]bool
	conns     map[*socket]struct{}
	connTotal int
	pending   []envelope                 // envelopes waiting for a ready socket, FIFO
	sentAt    map[string]time.Time       // envelope_id → when written to a socket
	homes     map[string]json.RawMessage // user → last published Home tab

	seq  uint64 // ids, timestamps
	base int64  // unix seconds at start, for message timestamps

	wake chan struct{} // nudges the dispatcher
	done chan struct{} // closed by Close
	wg   sync.WaitGroup
}

// New starts a fake Slack for a test and closes it when the test ends.
func New(tb testing.TB, opts ...Option) *Server {
	tb.Helper()
	s, err := Start(opts...)
	if err != nil {
		tb.Fatalf("slackfake: start: %v", err)
	}
	tb.Cleanup(s.Close)
	return s
}

// Start starts a fake Slack on a loopback port. Call Close when done.
func Start(opts ...Option) (*Server, error) {
	cfg := config{
		appToken:     "xapp-1-test",
		botToken:     "xoxb-test",
		pingInterval: 100 * time.Millisecond,
		identity:     DefaultIdentity(),
	}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.pingInterval <= 0 {
		return nil, fmt.Errorf("slackfake: ping interval %v must be positive", cfg.pingInterval)
	}
	s := &Server{
		cfg:      cfg,
		changed:  make(chan struct{}),
		failures: map[string][]Failure{},
		latency:  map[string]time.Duration{},
		waiting:  map[string]int{},
		users:    map[string]User{},
		groups:   map[string][]string{},
		channels: map[string]Channel{},
		respUses: map[string]int{},
		tickets:  map[string]bool{},
		conns:    map[*socket]struct{}{},
		sentAt:   map[string]time.Time{},
		base:     time.Now().Unix(),
		wake:     make(chan struct{}, 1),
		done:     make(chan struct{}),
	}
	s.users[cfg.identity.BotUserID] = User{ID: cfg.identity.BotUserID, Name: cfg.identity.BotName, IsBot: true, TZ: "UTC"}

	mux := http.NewServeMux()
	mux.HandleFunc("/api/{method}", s.handleAPI)
	mux.HandleFunc("/response/{id}", s.handleResponseURL)
	mux.HandleFunc("/link/", s.handleSocket)
	s.http = httptest.NewServer(mux)

	s.wg.Add(1)
	go s.dispatch()
	return s, nil
}

// Close stops the server: closes every socket, stops the dispatcher and the
// pingers, and shuts the listener. It is safe to call more than once.
func (s *Server) Close() {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return
	}
	s.closed = true
	close(s.done)
	conns := make([]*socket, 0, len(s.conns))
	for c := range s.conns {
		conns = append(conns, c)
	}
	s.notifyLocked()
	s.mu.Unlock()

	for _, c := range conns {
		c.kill()
	}
	s.wg.Wait()
	s.http.Close()
}

// APIURL is the base URL for slack.OptionAPIURL; it ends with "/".
func (s *Server) APIURL() string { return s.http.URL + "/api/" }

// Identity reports the team, bot and app identifiers the fake uses.
func (s *Server) Identity() Identity { return s.cfg.identity }

// ResponseURL is a response_url on the fake. POSTs to it are recorded as calls
// of method "response_url" with Call.ResponseURLID set to id. Like Slack, each
// URL accepts five messages and answers 404 after that.
func (s *Server) ResponseURL(id string) string { return s.http.URL + "/response/" + id }

// Reset forgets recorded calls and acks, pending failures and response_url use
// counts. Users, user groups and channels stay.
func (s *Server) Reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls = nil
	s.acks = nil
	s.failures = map[string][]Failure{}
	s.respUses = map[string]int{}
	s.notifyLocked()
}

// notifyLocked wakes every waiter. Callers hold s.mu.
func (s *Server) notifyLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// waitFor polls check under the lock each time something changes, until it
// reports true, the timeout passes or the server closes.
func (s *Server) waitFor(timeout time.Duration, check func() bool) error {
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	for {
		s.mu.Lock()
		if check() {
			s.mu.Unlock()
			return nil
		}
		if s.closed {
			s.mu.Unlock()
			return ErrClosed
		}
		ch := s.changed
		s.mu.Unlock()
		select {
		case <-ch:
		case <-timer.C:
			return ErrTimeout
		}
	}
}

// nextSeq returns a fresh sequence number. Callers hold s.mu.
func (s *Server) nextSeqLocked() uint64 {
	s.seq++
	return s.seq
}

// newTS returns a fresh, increasing Slack message timestamp.
func (s *Server) newTS() string {
	s.mu.Lock()
	n := s.nextSeqLocked()
	s.mu.Unlock()
	return fmt.Sprintf("%d.%06d", s.base+int64(n/1_000_000), n%1_000_000)
}
