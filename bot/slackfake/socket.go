package slackfake

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

const writeTimeout = 5 * time.Second

// socket is one Socket Mode websocket connection.
type socket struct {
	conn    *websocket.Conn
	writeMu sync.Mutex // gorilla allows one concurrent writer of data frames
	opened  time.Time

	// guarded by Server.mu
	ready    bool // hello written; may receive envelopes
	retiring bool // told to disconnect; gets no more envelopes
	dead     bool
	once     sync.Once
}

func (c *socket) write(b []byte) error {
	c.writeMu.Lock()
	defer c.writeMu.Unlock()
	if err := c.conn.SetWriteDeadline(time.Now().Add(writeTimeout)); err != nil {
		return fmt.Errorf("set write deadline: %w", err)
	}
	if err := c.conn.WriteMessage(websocket.TextMessage, b); err != nil {
		return fmt.Errorf("write frame: %w", err)
	}
	return nil
}

// kill closes the network connection without a close frame.
func (c *socket) kill() { c.once.Do(func() { _ = c.conn.Close() }) }

// envelope is a Socket Mode message waiting for a socket.
type envelope struct {
	id       string // "" for raw frames without an id
	raw      []byte
	failures int // writes that failed; like Slack, the fake gives up after maxDeliveries
}

// maxDeliveries is how many times an envelope is written to a socket that
// fails before the fake drops it, as Slack stops retrying an event.
const maxDeliveries = 4

var upgrader = websocket.Upgrader{
	// slack-go dials with Origin: https://api.slack.com.
	CheckOrigin: func(*http.Request) bool { return true },
}

// Connected reports the open sockets that can receive envelopes: those that
// got their hello and were not sent a disconnect.
func (s *Server) Connected() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.connectedLocked()
}

func (s *Server) connectedLocked() int {
	n := 0
	for c := range s.conns {
		if c.ready && !c.retiring && !c.dead {
			n++
		}
	}
	return n
}

// Connections reports how many sockets were ever opened; it grows on every reconnect.
func (s *Server) Connections() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.connTotal
}

// WaitConnected waits until at least n sockets are Connected.
func (s *Server) WaitConnected(timeout time.Duration, n int) error {
	if err := s.waitFor(timeout, func() bool { return s.connectedLocked() >= n }); err != nil {
		return fmt.Errorf("wait for %d connected sockets: %w", n, err)
	}
	return nil
}

// WaitConnections waits until at least n sockets have ever been opened and
// one of them is Connected: the way to wait for a reconnect.
func (s *Server) WaitConnections(timeout time.Duration, n int) error {
	if err := s.waitFor(timeout, func() bool { return s.connTotal >= n && s.connectedLocked() >= 1 }); err != nil {
		return fmt.Errorf("wait for %d connections: %w", n, err)
	}
	return nil
}

// DropConnections closes every socket abruptly, without a close frame, as a
// network failure would. Envelopes not yet written wait for the next socket.
func (s *Server) DropConnections() {
	s.mu.Lock()
	conns := make([]*socket, 0, len(s.conns))
	for c := range s.conns {
		c.dead = true
		conns = append(conns, c)
	}
	s.notifyLocked()
	s.mu.Unlock()
	for _, c := range conns {
		c.kill()
	}
}

// handleSocket upgrades /link/?ticket=… to a Socket Mode websocket.
func (s *Server) handleSocket(w http.ResponseWriter, r *http.Request) {
	ticket := r.URL.Query().Get("ticket")
	s.mu.Lock()
	valid := s.tickets[ticket] && !s.closed
	delete(s.tickets, ticket)
	s.mu.Unlock()
	if !valid {
		http.Error(w, "invalid ticket", http.StatusUnauthorized)
		return
	}
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return // Upgrade already answered the client
	}
	c := &socket{conn: conn, opened: time.Now()}

	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		c.kill()
		return
	}
	s.conns[c] = struct{}{}
	s.connTotal++
	total := len(s.conns)
	s.wg.Add(2) // this handler and its pinger
	s.mu.Unlock()

	defer s.wg.Done()
	go s.ping(c)
	defer s.forget(c)

	hello, _ := json.Marshal(map[string]any{
		"type":            "hello",
		"num_connections": total,
		"debug_info": map[string]any{
			"host":                        "slackfake",
			"build_number":                1,
			"approximate_connection_time": 3600,
		},
		"connection_info": map[string]any{"app_id": s.cfg.identity.AppID},
	})
	if err := c.write(hello); err != nil {
		return
	}
	s.mu.Lock()
	c.ready = true
	s.notifyLocked()
	s.mu.Unlock()
	s.kick()

	for {
		_, msg, err := conn.ReadMessage()
		if err != nil {
			return
		}
		s.recordAck(msg, time.Now())
	}
}

// forget removes a closed socket.
func (s *Server) forget(c *socket) {
	c.kill()
	s.mu.Lock()
	c.dead = true
	delete(s.conns, c)
	s.notifyLocked()
	s.mu.Unlock()
}

// ping sends websocket pings until the socket or the server closes; slack-go
// reconnects when pings stop.
func (s *Server) ping(c *socket) {
	defer s.wg.Done()
	t := time.NewTicker(s.cfg.pingInterval)
	defer t.Stop()
	for {
		// WriteControl may run concurrently with other writes.
		if err := c.conn.WriteControl(websocket.PingMessage, nil, time.Now().Add(writeTimeout)); err != nil {
			c.kill()
			return
		}
		select {
		case <-t.C:
		case <-s.done:
			return
		}
	}
}

// kick wakes the dispatcher.
func (s *Server) kick() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// enqueue queues an envelope for the newest ready socket.
func (s *Server) enqueue(e envelope) {
	s.mu.Lock()
	s.pending = append(s.pending, e)
	s.mu.Unlock()
	s.kick()
}

// dispatch writes queued envelopes, in order, to the newest ready socket. With
// no socket ready, envelopes wait, as Slack holds them for a reconnecting app.
func (s *Server) dispatch() {
	defer s.wg.Done()
	for {
		s.mu.Lock()
		target := s.targetLocked()
		if len(s.pending) == 0 || target == nil {
			s.mu.Unlock()
			select {
			case <-s.wake:
				continue
			case <-s.done:
				return
			}
		}
		e := s.pending[0]
		s.pending = s.pending[1:]
		// The send time is recorded before the write: a client can read
		// the envelope and ack it before this goroutine takes the lock
		// again, and its ack must find the time it was sent.
		if e.id != "" {
			s.sentAt[e.id] = time.Now()
		}
		s.mu.Unlock()

		err := target.write(e.raw)
		s.mu.Lock()
		if err != nil {
			// Put it back and stop using the socket; the client will
			// reconnect. An envelope that keeps killing sockets (one the
			// client refuses to read) is dropped in the end.
			e.failures++
			if e.failures < maxDeliveries {
				s.pending = append([]envelope{e}, s.pending...)
			}
			target.dead = true
			delete(s.sentAt, e.id)
		}
		s.notifyLocked()
		s.mu.Unlock()
		if err != nil {
			target.kill()
		}
	}
}

// targetLocked picks the newest socket able to take envelopes.
func (s *Server) targetLocked() *socket {
	var best *socket
	for c := range s.conns {
		if c.ready && !c.retiring && !c.dead && (best == nil || c.opened.After(best.opened)) {
			best = c
		}
	}
	return best
}

// SendDisconnect sends a "disconnect" envelope with reason ("warning",
// "refresh_requested", "link_disabled") to every connected socket, which then
// gets no more envelopes. slack-go handles it by opening a new connection; it
// never reaches the client's Events. It reports how many sockets were told.
func (s *Server) SendDisconnect(reason string) int {
	msg, _ := json.Marshal(map[string]any{
		"type":       "disconnect",
		"reason":     reason,
		"debug_info": map[string]any{"host": "slackfake"},
	})
	s.mu.Lock()
	var targets []*socket
	for c := range s.conns {
		if c.ready && !c.retiring && !c.dead {
			c.retiring = true
			targets = append(targets, c)
		}
	}
	s.notifyLocked()
	s.mu.Unlock()
	for _, c := range targets {
		if err := c.write(msg); err != nil {
			c.kill()
		}
	}
	return len(targets)
}
