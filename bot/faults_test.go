package bot_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/rapport-bot/rapport/bot"
	"github.com/rapport-bot/rapport/bot/slackfake"
)

func TestMalformedEnvelopesAreAckedAndSurvived(t *testing.T) {
	h := newHarness(t)
	h.fake.SendRaw([]byte(`{`))
	h.fake.SendRaw([]byte(`{"type":"events_api"}`))
	h.fake.SendRaw([]byte(`not json at all`))
	env := h.fake.SendRaw([]byte(`{"envelope_id":"bad-1","type":"mystery_type","payload":{"x":1}}`))
	if _, err := h.fake.WaitAck(waitFor, env); err != nil {
		t.Errorf("an unknown envelope type with an envelope_id was not acked: %v", err)
	}
	env = h.fake.SendRaw([]byte(`{"envelope_id":"bad-2","type":"events_api","payload":{"type":"event_callback","event":"oops"}}`))
	if _, err := h.fake.WaitAck(waitFor, env); err != nil {
		t.Errorf("an unparseable events_api envelope was not acked: %v", err)
	}
	h.sync()
}

func TestHostileMessagesDoNotCrash(t *testing.T) {
	h := newHarness(t)
	huge := strings.Repeat("Just restart it, no problem. ", 1400) // ~40,000 characters
	h.say(staffUser, supportChan, huge)
	c := h.ephemeralTo(staffUser, supportChan)
	if len(c.Params["blocks"]) > 20000 {
		t.Errorf("nudge for a huge message is %d bytes of blocks", len(c.Params["blocks"]))
	}
	h.say(staffUser, supportChan, "no problem \xff\xfe just reboot \x00\x01\x1b[31m")
	h.say(staffUser, supportChan, "<@U123> <#C123|x> <https://x.example/?a=1|link> `rm -rf /` :smile:")
	h.command(staffUser, "/followup", "\xff\xfe")
	h.command(staffUser, "/coach", strings.Repeat("x", 50000))
	h.sync()
}

func TestSlackErrorsAreHandledAsDocumented(t *testing.T) {
	h := newHarness(t)
	// not_in_channel: logged and dropped; the next message still works.
	h.fake.FailNext("chat.postEphemeral", 1, slackfake.SlackError("not_in_channel"))
	h.say(staffUser, supportChan, "No problem, just reboot.")
	h.sync()

	// 429 with Retry-After: waited and retried.
	h.fake.FailNext("chat.postEphemeral", 1, slackfake.RateLimited(1))
	h.say(staffUser, supportChan, "Obviously that's your fault.")
	c, err := h.fake.WaitCall(waitFor, "chat.postEphemeral", func(c slackfake.Call) bool {
		return c.Params["channel"] == supportChan && c.Status == 200 && c.Error == ""
	})
	if err != nil {
		t.Fatalf("rate-limited nudge never delivered: %v", err)
	}
	if c.Params["user"] != staffUser {
		t.Errorf("nudge to %s", c.Params["user"])
	}
}

func TestRevokedTokenStopsTheBot(t *testing.T) {
	h := newHarness(t)
	h.fake.FailNext("chat.postEphemeral", 1, slackfake.SlackError("token_revoked"))
	h.say(staffUser, supportChan, "No problem, just reboot.")
	select {
	case err := <-h.done:
		if !errors.Is(err, bot.ErrFatalSlack) {
			t.Errorf("Run returned %v, want ErrFatalSlack", err)
		}
		if strings.Contains(err.Error(), "xoxb") {
			t.Errorf("error shows the token: %v", err)
		}
		h.done <- err // let cleanup see it
	case <-time.After(waitFor):
		t.Fatal("bot kept running with a revoked token")
	}
}

func TestInvalidAuthAtStart(t *testing.T) {
	fake := slackfake.New(t, slackfake.WithBotToken("xoxb-other"))
	h := newHarness(t, func(s *setup) { s.fake = fake; s.noWait = true })
	select {
	case err := <-h.done:
		if !errors.Is(err, bot.ErrFatalSlack) {
			t.Errorf("Run returned %v, want ErrFatalSlack", err)
		}
		h.done <- err
	case <-time.After(waitFor):
		t.Fatal("bot kept running with a refused token")
	}
}

func TestReconnectsAfterDisconnectAndDrop(t *testing.T) {
	h := newHarness(t)
	h.fake.SendDisconnect("refresh_requested")
	if err := h.fake.WaitConnections(waitFor, 2); err != nil {
		t.Fatalf("no reconnect after disconnect: %v", err)
	}
	h.sync()
	h.fake.DropConnections()
	if err := h.fake.WaitConnections(10*time.Second, 3); err != nil {
		t.Fatalf("no reconnect after a dropped socket: %v", err)
	}
	h.sync()
}

func TestReadyReflectsConnectionAndDatabase(t *testing.T) {
	h := newHarness(t)
	ctx := t.Context()
	deadline := time.Now().Add(waitFor)
	for h.bot.Ready(ctx) != nil && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if err := h.bot.Ready(ctx); err != nil {
		t.Fatalf("connected bot not ready: %v", err)
	}
	h.stop()
	if err := h.bot.Ready(ctx); err == nil {
		t.Errorf("stopped bot still ready")
	}
}
