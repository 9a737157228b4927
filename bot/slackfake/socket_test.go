package slackfake_test

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"

	"github.com/rapport-bot/rapport/bot/slackfake"
)

const wait = 5 * time.Second

// client is a real slack-go Socket Mode client running against the fake.
type client struct {
	sm     *socketmode.Client
	events chan socketmode.Event
}

// runClient starts a slack-go socketmode client and stops it when the test ends.
func runClient(t *testing.T, fake *slackfake.Server) *client {
	t.Helper()
	api := slack.New("xoxb-test", slack.OptionAppLevelToken("xapp-1-test"), slack.OptionAPIURL(fake.APIURL()))
	sm := socketmode.New(api, socketmode.OptionPingInterval(2*time.Second))
	ctx, cancel := context.WithCancel(context.Background())
	runDone := make(chan error, 1)
	go func() { runDone <- sm.RunContext(ctx) }()
	c := &client{sm: sm, events: make(chan socketmode.Event, 100)}
	readDone := make(chan struct{})
	go func() {
		defer close(readDone)
		for {
			select {
			case e := <-sm.Events:
				select {
				case c.events <- e:
				case <-ctx.Done():
					return
				}
			case <-ctx.Done():
				return
			}
		}
	}()
	t.Cleanup(func() {
		cancel()
		<-readDone
		if err := <-runDone; !errors.Is(err, context.Canceled) {
			t.Errorf("RunContext returned %v, want context.Canceled", err)
		}
	})
	return c
}

// next returns the next event of type typ, skipping others.
func (c *client) next(t *testing.T, typ socketmode.EventType) socketmode.Event {
	t.Helper()
	timer := time.NewTimer(wait)
	defer timer.Stop()
	for {
		select {
		case e := <-c.events:
			if e.Type == typ {
				return e
			}
		case <-timer.C:
			t.Fatalf("no %s event within %v", typ, wait)
			return socketmode.Event{}
		}
	}
}

func TestHelloAndConnected(t *testing.T) {
	fake := slackfake.New(t)
	c := runClient(t, fake)
	c.next(t, socketmode.EventTypeConnected)
	hello := c.next(t, socketmode.EventTypeHello)
	if got, want := hello.Request.ConnectionInfo.AppID, fake.Identity().AppID; got != want {
		t.Errorf("hello app_id = %q, want %q", got, want)
	}
	if err := fake.WaitConnected(wait, 1); err != nil {
		t.Fatal(err)
	}
	if got := fake.Connections(); got != 1 {
		t.Errorf("Connections() = %d, want 1", got)
	}
	if got := fake.Calls("apps.connections.open"); len(got) != 1 {
		t.Errorf("apps.connections.open calls = %d, want 1", len(got))
	}
}

func TestEventsAPIMessageIsDeliveredAndAcked(t *testing.T) {
	fake := slackfake.New(t)
	c := runClient(t, fake)
	envID, err := fake.SendMessage(slackfake.Message{Channel: "C1", User: "U1", Text: "have you tried rebooting", ThreadTS: "1.000001"})
	if err != nil {
		t.Fatal(err)
	}
	e := c.next(t, socketmode.EventTypeEventsAPI)
	if e.Request.EnvelopeID != envID {
		t.Errorf("envelope_id = %q, want %q", e.Request.EnvelopeID, envID)
	}
	outer := e.Data.(slackevents.EventsAPIEvent)
	msg, ok := outer.InnerEvent.Data.(*slackevents.MessageEvent)
	if !ok {
		t.Fatalf("inner event is %T, want *slackevents.MessageEvent", outer.InnerEvent.Data)
	}
	if msg.Channel != "C1" || msg.User != "U1" || msg.Text != "have you tried rebooting" || msg.ThreadTimeStamp != "1.000001" {
		t.Errorf("message = %+v", msg)
	}
	cb := outer.Data.(*slackevents.EventsAPICallbackEvent)
	if !strings.HasPrefix(cb.EventID, "Ev") {
		t.Errorf("event_id = %q, want Ev…", cb.EventID)
	}
	if cb.TeamID != fake.Identity().TeamID {
		t.Errorf("team_id = %q, want %q", cb.TeamID, fake.Identity().TeamID)
	}

	if err := c.sm.Ack(*e.Request); err != nil {
		t.Fatal(err)
	}
	ack, err := fake.WaitAck(wait, envID)
	if err != nil {
		t.Fatal(err)
	}
	if ack.SentAt.IsZero() || ack.ReceivedAt.Before(ack.SentAt) || ack.Latency != ack.ReceivedAt.Sub(ack.SentAt) {
		t.Errorf("ack times: sent %v received %v latency %v", ack.SentAt, ack.ReceivedAt, ack.Latency)
	}
	if ack.Payload != nil {
		t.Errorf("ack payload = %s, want none", ack.Payload)
	}
}

func TestRetriedEventKeepsEventID(t *testing.T) {
	fake := slackfake.New(t)
	c := runClient(t, fake)
	id := fake.NewEventID()
	inner := json.RawMessage(`{"type":"message","channel":"C1","user":"U1","text":"hi","ts":"1.000002"}`)
	first, err := fake.SendEvent(inner, slackfake.WithEventID(id))
	if err != nil {
		t.Fatal(err)
	}
	second, err := fake.SendEvent(inner, slackfake.WithEventID(id), slackfake.WithRetry(1, ""))
	if err != nil {
		t.Fatal(err)
	}
	if first == second {
		t.Errorf("retry reused envelope_id %q; Slack sends a fresh one", first)
	}
	for i, want := range []struct {
		env     string
		attempt int
		reason  string
	}{{first, 0, ""}, {second, 1, "timeout"}} {
		e := c.next(t, socketmode.EventTypeEventsAPI)
		cb := e.Data.(slackevents.EventsAPIEvent).Data.(*slackevents.EventsAPICallbackEvent)
		if e.Request.EnvelopeID != want.env || cb.EventID != id || e.Request.RetryAttempt != want.attempt || e.Request.RetryReason != want.reason {
			t.Errorf("delivery %d: envelope %q event %q attempt %d reason %q; want %q %q %d %q",
				i, e.Request.EnvelopeID, cb.EventID, e.Request.RetryAttempt, e.Request.RetryReason, want.env, id, want.attempt, want.reason)
		}
	}
}

func TestSlashCommandAckCarriesReply(t *testing.T) {
	fake := slackfake.New(t)
	c := runClient(t, fake)
	envID := fake.SendSlashCommand(slackfake.SlashCommand{Command: "/followup", Text: "tomorrow 3pm call Ann", UserID: "U1", ChannelID: "C1"})
	e := c.next(t, socketmode.EventTypeSlashCommand)
	cmd := e.Data.(slack.SlashCommand)
	if cmd.Command != "/followup" || cmd.Text != "tomorrow 3pm call Ann" || cmd.UserID != "U1" || cmd.ChannelID != "C1" {
		t.Errorf("command = %+v", cmd)
	}
	if cmd.ResponseURL != fake.ResponseURL(envID) || cmd.TriggerID == "" || cmd.TeamID != fake.Identity().TeamID {
		t.Errorf("filled fields: response_url %q trigger %q team %q", cmd.ResponseURL, cmd.TriggerID, cmd.TeamID)
	}
	if !e.Request.AcceptsResponsePayload {
		t.Error("accepts_response_payload = false, want true for slash commands")
	}
	if err := c.sm.Ack(*e.Request, map[string]any{"response_type": "ephemeral", "text": "Saved."}); err != nil {
		t.Fatal(err)
	}
	ack, err := fake.WaitAck(wait, envID)
	if err != nil {
		t.Fatal(err)
	}
	var reply struct {
		ResponseType string `json:"response_type"`
		Text         string `json:"text"`
	}
	if err := json.Unmarshal(ack.Payload, &reply); err != nil {
		t.Fatal(err)
	}
	if reply.ResponseType != "ephemeral" || reply.Text != "Saved." {
		t.Errorf("ack payload = %s", ack.Payload)
	}
}

func TestInteractionAndResponseURL(t *testing.T) {
	fake := slackfake.New(t)
	c := runClient(t, fake)
	envID, err := fake.SendInteraction(map[string]any{
		"type":    "block_actions",
		"user":    map[string]any{"id": "U1"},
		"channel": map[string]any{"id": "C1"},
		"actions": []map[string]any{{"type": "button", "action_id": "coach_dismiss", "block_id": "b1", "value": "F1"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	e := c.next(t, socketmode.EventTypeInteractive)
	cb := e.Data.(slack.InteractionCallback)
	if cb.Type != slack.InteractionTypeBlockActions || cb.User.ID != "U1" || len(cb.ActionCallback.BlockActions) != 1 ||
		cb.ActionCallback.BlockActions[0].ActionID != "coach_dismiss" || cb.ActionCallback.BlockActions[0].Value != "F1" {
		t.Fatalf("interaction = %+v", cb)
	}
	if cb.ResponseURL != fake.ResponseURL(envID) {
		t.Errorf("response_url = %q, want %q", cb.ResponseURL, fake.ResponseURL(envID))
	}
	if err := c.sm.Ack(*e.Request); err != nil {
		t.Fatal(err)
	}
	if _, err := fake.WaitAck(wait, envID); err != nil {
		t.Fatal(err)
	}

	api := slack.New("xoxb-test", slack.OptionAPIURL(fake.APIURL()))
	if _, _, err := api.PostMessage("", slack.MsgOptionReplaceOriginal(cb.ResponseURL), slack.MsgOptionText("Dismissed.", false)); err != nil {
		t.Fatalf("replace original: %v", err)
	}
	got := fake.Calls("response_url")
	if len(got) != 1 {
		t.Fatalf("response_url calls = %d, want 1", len(got))
	}
	if got[0].ResponseURLID != envID || got[0].Params["replace_original"] != "true" || got[0].Params["text"] != "Dismissed." {
		t.Errorf("response_url call = %+v", got[0])
	}
}

func TestDisconnectEnvelopeLeadsToReconnect(t *testing.T) {
	fake := slackfake.New(t)
	c := runClient(t, fake)
	if err := fake.WaitConnected(wait, 1); err != nil {
		t.Fatal(err)
	}
	if n := fake.SendDisconnect("refresh_requested"); n != 1 {
		t.Fatalf("SendDisconnect told %d sockets, want 1", n)
	}
	// Sent before the client is back: it waits for the new socket.
	envID, err := fake.SendMessage(slackfake.Message{Channel: "C1", User: "U1", Text: "after"})
	if err != nil {
		t.Fatal(err)
	}
	if err := fake.WaitConnections(wait, 2); err != nil {
		t.Fatal(err)
	}
	e := c.next(t, socketmode.EventTypeEventsAPI)
	if e.Request.EnvelopeID != envID {
		t.Errorf("envelope_id = %q, want %q", e.Request.EnvelopeID, envID)
	}
}

func TestDroppedConnectionReconnects(t *testing.T) {
	fake := slackfake.New(t)
	c := runClient(t, fake)
	if err := fake.WaitConnected(wait, 1); err != nil {
		t.Fatal(err)
	}
	fake.DropConnections()
	if err := fake.WaitConnections(wait, 2); err != nil {
		t.Fatal(err)
	}
	envID, err := fake.SendMessage(slackfake.Message{Channel: "C1", User: "U1", Text: "still there?"})
	if err != nil {
		t.Fatal(err)
	}
	e := c.next(t, socketmode.EventTypeEventsAPI)
	if e.Request.EnvelopeID != envID {
		t.Errorf("envelope_id = %q, want %q", e.Request.EnvelopeID, envID)
	}
}

func TestEnvelopeSentBeforeConnectWaits(t *testing.T) {
	fake := slackfake.New(t)
	envID, err := fake.SendMessage(slackfake.Message{Channel: "C1", User: "U1", Text: "early"})
	if err != nil {
		t.Fatal(err)
	}
	c := runClient(t, fake)
	if e := c.next(t, socketmode.EventTypeEventsAPI); e.Request.EnvelopeID != envID {
		t.Errorf("envelope_id = %q, want %q", e.Request.EnvelopeID, envID)
	}
}

func TestRawUnknownEnvelopeIsBadMessage(t *testing.T) {
	fake := slackfake.New(t)
	c := runClient(t, fake)
	raw := `{"type":"mystery","envelope_id":"env-raw-1","payload":{}}`
	if got := fake.SendRaw([]byte(raw)); got != "env-raw-1" {
		t.Errorf("SendRaw = %q, want env-raw-1", got)
	}
	e := c.next(t, socketmode.EventTypeErrorBadMessage)
	bad := e.Data.(*socketmode.ErrorBadMessage)
	if string(bad.Message) != raw {
		t.Errorf("bad message = %s, want %s", bad.Message, raw)
	}
	// The connection survives: a normal event still arrives.
	envID, err := fake.SendMessage(slackfake.Message{Channel: "C1", User: "U1", Text: "ok"})
	if err != nil {
		t.Fatal(err)
	}
	if e := c.next(t, socketmode.EventTypeEventsAPI); e.Request.EnvelopeID != envID {
		t.Errorf("envelope_id = %q, want %q", e.Request.EnvelopeID, envID)
	}
}

func TestWrongAppTokenIsInvalidAuth(t *testing.T) {
	fake := slackfake.New(t)
	api := slack.New("xoxb-test", slack.OptionAppLevelToken("xapp-wrong"), slack.OptionAPIURL(fake.APIURL()))
	sm := socketmode.New(api)
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	go func() { // RunContext blocks on a full Events channel otherwise
		for {
			select {
			case <-sm.Events:
			case <-ctx.Done():
				return
			}
		}
	}()
	err := sm.RunContext(ctx)
	var se slack.SlackErrorResponse
	if !errors.As(err, &se) || se.Err != "invalid_auth" {
		t.Errorf("RunContext = %v, want invalid_auth", err)
	}
	if fake.Connections() != 0 {
		t.Errorf("Connections() = %d, want 0", fake.Connections())
	}
}

func TestCloseEndsWaits(t *testing.T) {
	fake, err := slackfake.Start()
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { _, err := fake.WaitCall(time.Minute, "chat.postMessage", nil); done <- err }()
	fake.Close()
	if err := <-done; !errors.Is(err, slackfake.ErrClosed) {
		t.Errorf("WaitCall after Close = %v, want ErrClosed", err)
	}
	fake.Close() // idempotent
}

func TestCloseLeavesNoGoroutines(t *testing.T) {
	before := runtime.NumGoroutine()
	fake, err := slackfake.Start(slackfake.WithPingInterval(10 * time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	tr := &http.Transport{}
	api := slack.New("xoxb-test", slack.OptionAppLevelToken("xapp-1-test"), slack.OptionAPIURL(fake.APIURL()),
		slack.OptionHTTPClient(&http.Client{Transport: tr}))
	_, wsURL, err := api.StartSocketModeContext(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	conn, _, err := (&websocket.Dialer{NetDial: (&net.Dialer{}).Dial}).Dial(wsURL, nil)
	if err != nil {
		t.Fatal(err)
	}
	var hello struct{ Type string }
	if err := conn.ReadJSON(&hello); err != nil || hello.Type != "hello" {
		t.Fatalf("first frame: %+v, %v", hello, err)
	}
	if _, err := fake.SendMessage(slackfake.Message{Channel: "C1", User: "U1", Text: "x"}); err != nil {
		t.Fatal(err)
	}
	fake.Close()
	for {
		if _, _, err := conn.ReadMessage(); err != nil {
			break // the fake closed the socket
		}
	}
	_ = conn.Close()
	tr.CloseIdleConnections()

	deadline := time.Now().Add(wait)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		buf := make([]byte, 1<<16)
		t.Errorf("%d goroutines after Close, %d before:\n%s", n, before, buf[:runtime.Stack(buf, true)])
	}
}
