package bot_test

// The event path under load: bursts against a slow Slack, staleness, and
// the drain at shutdown.

import (
	"fmt"
	"log/slog"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rapport-bot/rapport/bot/slackfake"
	"github.com/rapport-bot/rapport/coach/llm/openaifake"
)

// waitCalls waits until n successful calls of method were recorded.
func waitCalls(t *testing.T, fake *slackfake.Server, method string, n int, timeout time.Duration) []slackfake.Call {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		var ok []slackfake.Call
		for _, c := range fake.Calls(method) {
			if c.Error == "" && c.Status == 200 {
				ok = append(ok, c)
			}
		}
		if len(ok) >= n || time.Now().After(deadline) {
			return ok
		}
		time.Sleep(20 * time.Millisecond)
	}
}

var ticketNo = regexp.MustCompile(`ticket (\d+)`)

func TestBurstAgainstSlowSlackKeepsEveryMessageInOrderPerUser(t *testing.T) {
	const users, perUser = 40, 15
	h := newHarness(t, func(s *setup) {
		s.cfg.Workers = 0 // the default pool
		s.cfg.NudgeLimit = 1 << 20
	})
	h.fake.SetLatency("chat.postEphemeral", 100*time.Millisecond)
	// Each user's messages arrive back to back, as a burst does.
	var envs []string
	for u := range users {
		for i := range perUser {
			env, err := h.fake.SendMessage(slackfake.Message{Channel: supportChan, User: fmt.Sprintf("U0LOAD%03d", u),
				Text: fmt.Sprintf("I'll reboot it tomorrow, ticket %d.", i)})
			if err != nil {
				t.Fatal(err)
			}
			envs = append(envs, env)
		}
	}
	for _, env := range envs {
		if _, err := h.fake.WaitAck(waitFor, env); err != nil {
			t.Fatalf("not acked: %v", err)
		}
	}
	calls := waitCalls(t, h.fake, "chat.postEphemeral", users*perUser, 60*time.Second)
	if len(calls) != users*perUser {
		t.Fatalf("got %d nudges for %d acknowledged messages, want all", len(calls), users*perUser)
	}
	// Calls are recorded as they finish; each user's must be in send order.
	next := map[string]int{}
	for _, c := range calls {
		m := ticketNo.FindStringSubmatch(c.Params["blocks"])
		if m == nil {
			t.Fatalf("nudge without its ticket number: %s", c.Params["blocks"])
		}
		n, _ := strconv.Atoi(m[1])
		user := c.Params["user"]
		if n != next[user] {
			t.Errorf("%s: got the nudge for ticket %d, want ticket %d next", user, n, next[user])
		}
		next[user] = n + 1
	}
	for _, reason := range []string{"queue_full", "stale"} {
		if got := dropped(h, reason); got != 0 {
			t.Errorf("events_dropped_total{reason=%s} = %v, want 0", reason, got)
		}
	}
}

func TestStaleMessagesAreDroppedAndCounted(t *testing.T) {
	c := &clock{}
	c.Set(time.Date(2026, 11, 18, 10, 0, 0, 0, time.UTC))
	h := newHarness(t, func(s *setup) { s.clock = c; s.cfg.NudgeLimit = 1 << 20 })
	// One worker, held up by a slow Slack: what comes next waits.
	h.fake.SetLatency("chat.postEphemeral", 3*time.Second)
	h.say(staffUser, supportChan, "No problem, just reboot it.")
	if err := h.fake.WaitHeld(waitFor, "chat.postEphemeral", 1); err != nil {
		t.Fatal(err)
	}
	h.say(otherStaff, supportChan, "Obviously that's your fault.")
	h.say(otherStaff, supportChan, "Just restart it, PEBKAC.")
	c.Advance(3 * time.Minute) // both waited past their usefulness
	h.fake.SetLatency("chat.postEphemeral", 0)
	h.say(otherStaff, otherChan, "No problem, just reboot it. PEBKAC.") // fresh: after the Advance
	if got := len(waitCalls(t, h.fake, "chat.postEphemeral", 2, 30*time.Second)); got != 2 {
		t.Fatalf("got %d nudges, want the held one and the fresh one", got)
	}
	if got := len(h.ephemeralsIn(supportChan)); got != 1 {
		t.Errorf("got %d nudges in %s, want 1 (the one already being sent)", got, supportChan)
	}
	if got := dropped(h, "stale"); got != 2 {
		t.Errorf("events_dropped_total{reason=stale} = %v, want 2", got)
	}
}

func TestShutdownDrainsAcknowledgedWork(t *testing.T) {
	opt, logs := withLog(t, slog.LevelInfo)
	h := newHarness(t, opt, func(s *setup) { s.cfg.Workers = 0 })
	// Slack answers in a second: 100 messages would need 100 s one by one.
	h.fake.SetLatency("chat.postEphemeral", time.Second)
	const n = 100
	for i := range n {
		h.say(fmt.Sprintf("U0DRAIN%03d", i), supportChan, "No problem, just reboot it.")
	}
	h.stopBot()
	if got := len(waitCalls(t, h.fake, "chat.postEphemeral", n, 0)); got != n {
		t.Errorf("got %d nudges for %d acknowledged messages at shutdown, want all", got, n)
	}
	if got := logs.lines("drained: all acknowledged work was handled"); len(got) != 1 {
		t.Errorf("got %d drain lines, want 1", len(got))
	}
	if got := logs.lines("level=ERROR"); len(got) != 0 {
		t.Errorf("got %d ERROR lines at shutdown, want 0: %q", len(got), got)
	}
}

func TestShutdownDeadlineSaysHowMuchWasLeftInOneLine(t *testing.T) {
	opt, logs := withLog(t, slog.LevelInfo)
	h := newHarness(t, opt, func(s *setup) {
		s.cfg.Workers = 2
		s.deps.DrainTimeout = time.Second
	})
	h.fake.SetLatency("chat.postEphemeral", 5*time.Second)
	const n = 12
	for i := range n {
		h.say(fmt.Sprintf("U0LEFT%03d", i), supportChan, "No problem, just reboot it.")
	}
	h.stopBot()
	lines := logs.lines("drain deadline reached")
	if len(lines) != 1 {
		t.Fatalf("got %d drain lines, want 1: %q", len(lines), lines)
	}
	if !strings.Contains(lines[0], "queued=10") || !strings.Contains(lines[0], "interrupted=2") {
		t.Errorf("got %q, want queued=10 interrupted=2", lines[0])
	}
	var noisy []string
	for _, l := range strings.Split(logs.String(), "\n") {
		if (strings.Contains(l, "level=WARN") || strings.Contains(l, "level=ERROR")) && !strings.Contains(l, "drain deadline reached") {
			noisy = append(noisy, l)
		}
	}
	if len(noisy) != 0 {
		t.Errorf("got %d more WARN/ERROR lines at shutdown, want only the drain line: %q", len(noisy), noisy)
	}
	if got := dropped(h, "shutdown"); got != n {
		t.Errorf("events_dropped_total{reason=shutdown} = %v, want %d", got, n)
	}
}

func TestShutdownDeadlineWithSlowModelSaysItInOneLine(t *testing.T) {
	srv := openaifake.New(openaifake.Options{})
	t.Cleanup(srv.Close)
	for range 4 {
		srv.Enqueue(openaifake.Slow(time.Minute, openaifake.JSON("You're welcome, a restart should fix it.", "warmer")))
	}
	opt, logs := withLog(t, slog.LevelInfo)
	h := newHarness(t, opt, withLLM(t, srv, 30*time.Second), func(s *setup) {
		s.cfg.Workers = 2
		s.deps.DrainTimeout = time.Second
	})
	for i := range 4 {
		h.say(fmt.Sprintf("U0SLOW%03d", i), supportChan, "No problem, just reboot it.")
	}
	h.stopBot()
	var noisy []string
	for _, l := range strings.Split(logs.String(), "\n") {
		if (strings.Contains(l, "level=WARN") || strings.Contains(l, "level=ERROR")) && !strings.Contains(l, "drain deadline reached") {
			noisy = append(noisy, l)
		}
	}
	if len(noisy) != 0 {
		t.Errorf("got %d WARN/ERROR lines besides the drain line, want 0: %q", len(noisy), noisy)
	}
	if got := logs.lines("drain deadline reached", "queued=2", "interrupted=2"); len(got) != 1 {
		t.Errorf("got drain lines %q, want one with queued=2 interrupted=2", logs.lines("drain"))
	}
}
