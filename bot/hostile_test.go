package bot_test

// Hostile input and faults on the event path, each through the fake Slack:
// forged events and envelopes, forged interaction payloads, Slack failing.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/rapport-bot/rapport/bot/slackfake"
)

// logBuffer collects log lines (and shows them in the test log).
type logBuffer struct {
	t  testing.TB
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.t.Log(strings.TrimRight(string(p), "\n"))
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// lines returns the logged lines that contain every one of subs.
func (l *logBuffer) lines(subs ...string) []string {
	var out []string
	for _, line := range strings.Split(l.String(), "\n") {
		ok := line != ""
		for _, s := range subs {
			ok = ok && strings.Contains(line, s)
		}
		if ok {
			out = append(out, line)
		}
	}
	return out
}

// withLog sends the bot's logs, from level up, to a buffer.
func withLog(t testing.TB, level slog.Level) (func(*setup), *logBuffer) {
	buf := &logBuffer{t: t}
	return func(s *setup) {
		s.deps.Log = slog.New(slog.NewTextHandler(buf, &slog.HandlerOptions{Level: level}))
	}, buf
}

// value reads a counter or gauge.
func value(t testing.TB, m prometheus.Metric) float64 {
	t.Helper()
	var out dto.Metric
	if err := m.Write(&out); err != nil {
		t.Fatalf("read metric: %v", err)
	}
	if c := out.GetCounter(); c != nil {
		return c.GetValue()
	}
	return out.GetGauge().GetValue()
}

func dropped(h *harness, reason string) float64 {
	return value(h.t, h.metrics.EventsDropped.WithLabelValues(reason))
}

func TestDirectMessageEventInAChannelIsNotAnswered(t *testing.T) {
	h := newHarness(t)
	// channel_type says "im", the channel is the public support channel.
	h.say(staffUser, supportChan, "No problem, just reboot it.", func(m *slackfake.Message) { m.ChannelType = "im" })
	h.sync()
	if got := h.fake.Calls("chat.postMessage"); len(got) != 0 {
		t.Errorf("got %d chat.postMessage calls (first to %q), want none: the event was not a DM", len(got), got[0].Params["channel"])
	}
	if got := len(h.ephemeralsIn(supportChan)); got != 0 {
		t.Errorf("got %d ephemerals in %s, want 0", got, supportChan)
	}
	if got := dropped(h, "not_a_dm"); got != 1 {
		t.Errorf("events_dropped_total{reason=not_a_dm} = %v, want 1", got)
	}

	// A real DM is still answered, in the DM.
	h.say(staffUser, "D0STAFFDM", "No problem, just reboot it.", func(m *slackfake.Message) { m.ChannelType = "im" })
	c, err := h.fake.WaitCall(waitFor, "chat.postMessage", nil)
	if err != nil {
		t.Fatalf("a real DM got no answer: %v", err)
	}
	if got := c.Params["channel"]; got != "D0STAFFDM" {
		t.Errorf("DM answer went to %q, want the DM D0STAFFDM", got)
	}
}

// liveMarkup reports Slack markup that would act (notify, link) in text.
func liveMarkup(text string) []string {
	var out []string
	for _, m := range []string{"<!channel>", "<!here>", "<!everyone>", "<https://", "<mailto:"} {
		if strings.Contains(text, m) {
			out = append(out, m)
		}
	}
	return out
}

func TestUserTextIsEscapedInEveryBlockForm(t *testing.T) {
	h := newHarness(t)
	const hostile = "No problem <!channel>, just reboot it: <https://evil.example/x|the guide> <!here>"
	cases := []struct {
		name string
		send func() slackfake.Call
	}{
		{"nudge, code block", func() slackfake.Call {
			h.say(staffUser, supportChan, hostile)
			return h.ephemeralTo(staffUser, supportChan)
		}},
		{"nudge, quote (text has a code fence)", func() slackfake.Call {
			h.say(otherStaff, supportChan, hostile+" ```ipconfig```")
			return h.ephemeralTo(otherStaff, supportChan)
		}},
		{"direct-message check", func() slackfake.Call {
			h.say(staffUser, "D0STAFFDM", hostile, func(m *slackfake.Message) { m.ChannelType = "im" })
			c, err := h.fake.WaitCall(waitFor, "chat.postMessage", nil)
			if err != nil {
				t.Fatalf("no DM answer: %v", err)
			}
			return c
		}},
		{"Why? with a forged rewrite", func() slackfake.Call {
			value := `{"r":"no-such.rule","w":"` + strings.ReplaceAll(hostile, `"`, `\"`) + `"}`
			return h.responseTo(h.click(staffUser, supportChan, "rapport_why", value))
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := tc.send()
			shown := blocksPlain(t, c) + "\n" + c.Params["text"]
			if live := liveMarkup(shown); len(live) > 0 {
				t.Errorf("got live markup %q in what was posted, want it escaped:\n%s", live, shown)
			}
			if !strings.Contains(shown, "&lt;!channel&gt;") && !strings.Contains(c.Params["blocks"], "&lt;!channel&gt;") {
				t.Errorf("got no escaped <!channel> in the rewrite, want it shown as text:\n%s", shown)
			}
		})
	}
}

func TestNudgeRetriedAfterTransientSlackFailure(t *testing.T) {
	cases := []struct {
		name    string
		failure slackfake.Failure
		times   int
		want    bool // delivered
	}{
		{"HTTP 500 twice", slackfake.ServerError(), 2, true},
		{"internal_error once", slackfake.SlackError("internal_error"), 1, true},
		{"HTTP 503 four times: the bound", slackfake.Failure{Status: 503}, 4, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t)
			h.fake.FailNext("chat.postEphemeral", tc.times, tc.failure)
			h.say(staffUser, supportChan, "No problem, just reboot it.")
			h.sync() // one worker: the message's nudge is done with first
			var ok, all int
			for _, c := range h.ephemeralsIn(supportChan) {
				all++
				if c.Status == 200 && c.Error == "" {
					ok++
					if c.Params["user"] != staffUser {
						t.Errorf("nudge to %s, want %s", c.Params["user"], staffUser)
					}
				}
			}
			want, wantCalls := 0, 1+3
			if tc.want {
				want, wantCalls = 1, tc.times+1
			}
			if ok != want || all != wantCalls {
				t.Errorf("got %d nudges delivered in %d calls, want %d in %d", ok, all, want, wantCalls)
			}
			if got := value(t, h.metrics.SlackRetries.WithLabelValues("chat.postEphemeral")); got != float64(wantCalls-1) {
				t.Errorf("slack_retries_total = %v, want %d", got, wantCalls-1)
			}
		})
	}
}

func TestHostileEnvelopesAckedOrDroppedWithOneLine(t *testing.T) {
	opt, logs := withLog(t, slog.LevelDebug)
	h := newHarness(t, opt)
	deep := strings.Repeat("[", 20000) + strings.Repeat("]", 20000)

	// slack-go's reader cannot decode a frame nested beyond encoding/json's
	// 10,000 levels and discards it before Rapport sees its envelope_id:
	// it cannot be acked, so it is dropped, a flood of them with one line,
	// and the connection carries on.
	t.Run("20,000-deep nesting", func(t *testing.T) {
		for i := range 5 {
			h.fake.SendRaw([]byte(fmt.Sprintf(`{"envelope_id":"deep-%d","type":"events_api","payload":%s}`, i, deep)))
		}
		h.sync()
		if got := logs.lines("unreadable frame"); len(got) != 1 {
			t.Errorf("got %d log lines about 5 deep frames, want 1: %q", len(got), got)
		}
		if got := dropped(h, "unreadable_frame"); got != 5 {
			t.Errorf("events_dropped_total{reason=unreadable_frame} = %v, want 5", got)
		}
		if got := h.fake.Connections(); got != 1 {
			t.Errorf("got %d connections, want 1: a bad frame must not cost the socket", got)
		}
	})
	t.Run("unparseable envelope nested within the limit", func(t *testing.T) {
		nested := strings.Repeat(`{"a":`, 5000) + `"x"` + strings.Repeat("}", 5000)
		h.fake.SendRaw([]byte(`{"type":"events_api","payload":{"type":"event_callback","event":` + nested + `},"envelope_id":"nested-last"}`))
		if _, err := h.fake.WaitAck(waitFor, "nested-last"); err != nil {
			t.Errorf("got no ack, want one: %v", err)
		}
	})
	t.Run("1 MB envelope_id", func(t *testing.T) {
		bigID := strings.Repeat("e", 1<<20)
		env, _ := json.Marshal(map[string]any{
			"envelope_id": bigID,
			"type":        "events_api",
			"payload": map[string]any{
				"type": "event_callback", "event_id": "EvBIGID", "team_id": "T0FAKE",
				"event": map[string]any{"type": "message", "channel": supportChan, "channel_type": "channel",
					"user": staffUser, "text": "No problem, just reboot it.", "ts": "1700000000.000100"},
			},
		})
		h.fake.SendRaw(env)
		h.sync()
		for _, a := range h.fake.Acks() {
			if len(a.EnvelopeID) > 1000 || len(a.Raw) > 100000 {
				t.Errorf("got an ack of %d bytes for a %d-byte envelope_id, want none", len(a.Raw), len(a.EnvelopeID))
			}
		}
		if got := len(h.ephemeralsIn(supportChan)); got != 0 {
			t.Errorf("got %d nudges for an envelope that could not be acked, want 0", got)
		}
		if got := logs.lines("envelope_id is too long"); len(got) != 1 {
			t.Errorf("got %d log lines about the long envelope_id, want 1: %q", len(got), got)
		}
		if strings.Contains(logs.String(), strings.Repeat("e", 200)) {
			t.Errorf("the logs echo the envelope_id")
		}
	})
	h.sync()
}

func TestOversizedFrameIsNotRead(t *testing.T) {
	h := newHarness(t)
	// A frame above the read limit closes the socket; slack-go reconnects
	// and nothing of the frame is kept.
	filler := strings.Repeat("A", 9<<20)
	h.fake.SendRaw([]byte(`{"envelope_id":"huge-1","type":"events_api","payload":{"x":"` + filler + `"}}`))
	if err := h.fake.WaitConnections(10*time.Second, 2); err != nil {
		t.Fatalf("got no reconnect after a 9 MB frame, want the read limit to close the socket: %v", err)
	}
	h.sync()
	for _, a := range h.fake.Acks() {
		if a.EnvelopeID == "huge-1" {
			t.Errorf("got an ack of the 9 MB frame, want it unread")
		}
	}
}

func TestInteractionPayloadsValidatedStrictly(t *testing.T) {
	opt, logs := withLog(t, slog.LevelDebug)
	fake := slackfake.New(t, slackfake.WithPingInterval(50*time.Millisecond))
	fake.SetUser(slackfake.User{ID: staffUser, Name: "sam", TZ: nyZone})
	c := &clock{}
	c.Set(followupNow)
	h := newHarness(t, opt, func(s *setup) { s.fake, s.clock = fake, c })
	ctx := context.Background()

	t.Run("modal text that was not valid UTF-8", func(t *testing.T) {
		v := openedView{CallbackID: "rapport_followup", PrivateMetadata: `{}`}
		for _, tc := range []struct{ what, when, field string }{
			{"call Dana \xff\xfe back", "tomorrow 3pm", "what"},
			{"call Dana back", "tomorrow \xff 3pm", "when"},
		} {
			payload := h.submitView(staffUser, v, tc.what, tc.when)
			var ack struct {
				Action string            `json:"response_action"`
				Errors map[string]string `json:"errors"`
			}
			if err := json.Unmarshal(payload, &ack); err != nil || ack.Action != "errors" || ack.Errors[tc.field] == "" {
				t.Errorf("%q / %q: got ack %s, want an error on %q", tc.what, tc.when, payload, tc.field)
			}
		}
		open, err := h.db.OpenPromises(ctx, staffUser)
		if err != nil {
			t.Fatal(err)
		}
		if len(open) != 0 {
			t.Errorf("got %d promises stored from invalid input, want 0", len(open))
		}
	})

	t.Run("Not helpful value repeating one rule", func(t *testing.T) {
		h.say(staffUser, supportChan, "No problem, just reboot it.")
		nudge := h.ephemeralTo(staffUser, supportChan)
		ids, ok := buttonValue(t, nudge, "rapport_not_helpful")
		if !ok {
			t.Fatal("nudge has no Not helpful button")
		}
		id := strings.Split(ids, ",")[0]
		reply := blocksText(h.responseTo(h.click(staffUser, supportChan, "rapport_not_helpful", strings.Repeat(id+",", 10))))
		if strings.Contains(reply, "won't see") {
			t.Errorf("one click muted %s: %q", id, reply)
		}
		muted, err := h.db.MutedRules(ctx, staffUser)
		if err != nil {
			t.Fatal(err)
		}
		if len(muted) != 0 {
			t.Errorf("got muted %v after one click, want none", muted)
		}
	})

	t.Run("unknown action_id is not logged", func(t *testing.T) {
		const evil = "rapport_evil_zq9x<script>"
		h.click(staffUser, supportChan, evil, "x")
		h.sync()
		if strings.Contains(logs.String(), "zq9x") {
			t.Errorf("the logs echo an attacker-chosen action_id")
		}
	})
}

func TestUsersInfoFailuresAreCached(t *testing.T) {
	cases := []struct {
		name    string
		failure slackfake.Failure
	}{
		{"Slack down", slackfake.ServerError()},
		{"user not found", slackfake.SlackError("user_not_found")},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			opt, logs := withLog(t, slog.LevelWarn)
			h := newHarness(t, opt)
			h.fake.FailNext("users.info", 100, tc.failure)
			for i := range 5 {
				reply := h.command(staffUser, "/followup", fmt.Sprintf("tomorrow 3pm call Dana back about ticket %d", i))
				if !strings.Contains(reply, "call Dana back") {
					t.Fatalf("command %d: got %q, want it recorded", i, reply)
				}
			}
			if got := len(h.fake.Calls("users.info")); got != 1 {
				t.Errorf("got %d users.info calls for 5 commands, want 1", got)
			}
			if got := logs.lines("users.info"); len(got) != 1 {
				t.Errorf("got %d log lines about users.info, want 1: %q", len(got), got)
			}
		})
	}
}
