package bot_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/rapport-bot/rapport/bot/slackfake"
	"github.com/rapport-bot/rapport/coach"
)

func TestFlaggedMessageGetsOnePrivateNudge(t *testing.T) {
	h := newHarness(t)
	env := h.say(staffUser, supportChan, "No problem! Just flush your DNS cache and it'll work.")
	c := h.ephemeralTo(staffUser, supportChan)
	if c.Params["thread_ts"] != "" {
		t.Errorf("thread_ts = %q for a top-level message, want none", c.Params["thread_ts"])
	}
	text := blocksText(c)
	for _, want := range []string{"Suggested rewrite", "no problem", "DNS"} {
		if !strings.Contains(strings.ToLower(text), strings.ToLower(want)) {
			t.Errorf("nudge lacks %q:\n%s", want, text)
		}
	}
	for _, action := range []string{"rapport_why", "rapport_dismiss", "rapport_not_helpful"} {
		if _, ok := buttonValue(t, c, action); !ok {
			t.Errorf("nudge has no %s button", action)
		}
	}
	if _, ok := buttonValue(t, c, "rapport_record_followup"); ok {
		t.Errorf("nudge without a promise has a Record follow-up button")
	}
	if len(h.fake.Calls("chat.postMessage")) != 0 {
		t.Errorf("coaching was posted publicly: %v", h.fake.Calls("chat.postMessage"))
	}
	h.sync()
	if got := len(h.ephemeralsIn(supportChan)); got != 1 {
		t.Errorf("got %d nudges for one message, want 1", got)
	}
	if ack, _ := h.fake.WaitAck(waitFor, env); ack.EnvelopeID != env {
		t.Errorf("envelope %s not acked", env)
	}
}

func TestPromiseNudgeOffersRecordFollowup(t *testing.T) {
	h := newHarness(t)
	h.say(staffUser, supportChan, "I'll get back to you tomorrow with the replacement laptop.")
	c := h.ephemeralTo(staffUser, supportChan)
	v, ok := buttonValue(t, c, "rapport_record_followup")
	if !ok {
		t.Fatalf("promise nudge has no Record follow-up button:\n%s", blocksText(c))
	}
	if !strings.Contains(v, supportChan) {
		t.Errorf("button value %q does not point at the message's channel", v)
	}
}

func TestNudgeInThreadCarriesThreadTS(t *testing.T) {
	h := newHarness(t)
	h.say(staffUser, supportChan, "Obviously you need to clear the cache.", inThread("1700000000.000100"))
	c := h.ephemeralTo(staffUser, supportChan)
	if c.Params["thread_ts"] != "1700000000.000100" {
		t.Errorf("thread_ts = %q, want the thread's", c.Params["thread_ts"])
	}
}

func TestCleanAndIgnoredMessagesGetNothing(t *testing.T) {
	h := newHarness(t)
	h.say(staffUser, supportChan, "I've reset your password. Try logging in now and tell me how it goes.")
	h.say(staffUser, supportChan, "There's no problem with your account; the outage was on our side.")
	for _, m := range []slackfake.Message{
		{Channel: supportChan, User: staffUser, Text: "No problem, just reboot.", BotID: "B0OTHER", Subtype: "bot_message"},
		{Channel: supportChan, User: "U0BOT", Text: "No problem, just reboot."},
		{Channel: supportChan, User: staffUser, Text: "No problem, just reboot.", Subtype: "message_changed"},
		{Channel: supportChan, User: staffUser, Text: "No problem, just reboot.", Subtype: "channel_join"},
		{Channel: supportChan, User: staffUser, Text: ""},
	} {
		env, err := h.fake.SendMessage(m)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := h.fake.WaitAck(waitFor, env); err != nil {
			t.Fatalf("not acked: %v", err)
		}
	}
	h.sync()
	if got := h.ephemeralsIn(supportChan); len(got) != 0 {
		t.Errorf("got %d nudges for clean, bot and edited messages, want 0: %s", len(got), blocksText(got[0]))
	}
}

func TestBroadcastAndFileShareAreCoached(t *testing.T) {
	h := newHarness(t)
	for _, sub := range []string{"thread_broadcast", "file_share"} {
		h.fake.Reset()
		env, err := h.fake.SendMessage(slackfake.Message{Channel: supportChan, User: staffUser, Text: "RTFM, it's not rocket science.", Subtype: sub, ThreadTS: "1700000000.000200"})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := h.fake.WaitAck(waitFor, env); err != nil {
			t.Fatal(err)
		}
		h.ephemeralTo(staffUser, supportChan)
	}
}

func TestChannelAndStaffFilters(t *testing.T) {
	fake := slackfake.New(t, slackfake.WithPingInterval(50_000_000))
	fake.SetUserGroup("S0HELPDESK", otherStaff)
	h := newHarness(t, func(s *setup) {
		s.fake = fake
		s.cfg.Channels = []string{supportChan, otherChan}
		s.cfg.Staff = []string{staffUser, "S0HELPDESK"}
	})
	const flagged = "Like I told you, just restart it."
	h.say(staffUser, "C0UNWATCHED", flagged)
	h.say(requesterUser, supportChan, flagged)
	h.say(otherStaff, supportChan, flagged) // staff through the user group
	c := h.ephemeralTo(otherStaff, supportChan)
	if c.Params["user"] != otherStaff {
		t.Fatalf("nudge went to %s", c.Params["user"])
	}
	h.sync()
	if n := len(h.ephemeralsIn("C0UNWATCHED")); n != 0 {
		t.Errorf("%d nudges in an unwatched channel", n)
	}
	for _, c := range h.ephemeralsIn(supportChan) {
		if c.Params["user"] == requesterUser {
			t.Errorf("a requester (not staff) was coached")
		}
	}
	if len(fake.Calls("usergroups.users.list")) == 0 {
		t.Errorf("user group was never resolved")
	}
}

func TestRetriedEventIsHandledOnce(t *testing.T) {
	h := newHarness(t)
	id := h.fake.NewEventID()
	m := slackfake.Message{Channel: supportChan, User: staffUser, Text: "That's impossible, you must have broken it.", TS: "1700000001.000100"}
	for attempt := range 3 {
		opts := []slackfake.EventOption{slackfake.WithEventID(id)}
		if attempt > 0 {
			opts = append(opts, slackfake.WithRetry(attempt, "timeout"))
		}
		env, err := h.fake.SendMessage(m, opts...)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := h.fake.WaitAck(waitFor, env); err != nil {
			t.Fatalf("retry %d not acked: %v", attempt, err)
		}
	}
	h.sync()
	if n := len(h.ephemeralsIn(supportChan)); n != 1 {
		t.Errorf("got %d nudges for one event retried 3 times, want 1", n)
	}
}

func TestNoProblemAnsweringThanksUsesThreadContext(t *testing.T) {
	h := newHarness(t, func(s *setup) { s.cfg.Staff = []string{staffUser, otherStaff} })
	const thread = "1700000002.000100"
	// "np" alone is ambiguous; after a thank-you it is the reply SPEC means.
	h.say(requesterUser, supportChan, "That fixed it, thank you so much!", inThread(thread))
	h.say(staffUser, supportChan, "np", inThread(thread))
	c := h.ephemeralTo(staffUser, supportChan)
	if !strings.Contains(strings.ToLower(blocksText(c)), "welcome") && !strings.Contains(strings.ToLower(blocksText(c)), "pleasure") {
		t.Errorf("nudge does not suggest \"you're welcome\":\n%s", blocksText(c))
	}
}

func TestUnacknowledgedFrustrationIsNudged(t *testing.T) {
	h := newHarness(t, func(s *setup) { s.cfg.Staff = []string{staffUser, otherStaff} })
	const thread = "1700000003.000100"
	h.say(requesterUser, supportChan, "This is the THIRD time this week the VPN dropped and I have a presentation in an hour!!!", inThread(thread))
	h.say(staffUser, supportChan, "Reconnect to the VPN and send me a screenshot of the error.", inThread(thread))
	c := h.ephemeralTo(staffUser, supportChan)
	if !strings.Contains(blocksText(c), "stress") {
		t.Errorf("nudge does not ask to acknowledge the stress:\n%s", blocksText(c))
	}
	// An acknowledging reply in another frustrated thread is left alone.
	const thread2 = "1700000004.000100"
	h.say(requesterUser, supportChan, "Nothing works!!! Third time this week!", inThread(thread2))
	h.say(staffUser, supportChan, "I'm sorry, that sounds really stressful. Let's get the VPN back up now: please reconnect and send me a screenshot.", inThread(thread2))
	h.sync()
	for _, c := range h.ephemeralsIn(supportChan) {
		if c.Params["thread_ts"] == thread2 {
			t.Errorf("an acknowledging reply was nudged:\n%s", blocksText(c))
		}
	}
}

func TestNudgeCapPerUser(t *testing.T) {
	h := newHarness(t, func(s *setup) { s.cfg.NudgeLimit = 2 })
	for range 4 {
		h.say(staffUser, supportChan, "Just reboot it, it's easy.")
	}
	h.say(otherStaff, otherChan, "Just reboot it, it's easy.")
	h.ephemeralTo(otherStaff, otherChan) // everything before has been handled
	if n := len(h.ephemeralsIn(supportChan)); n != 2 {
		t.Errorf("got %d nudges with a cap of 2, want 2", n)
	}
}

func TestDirectMessageIsAPrivateDraftCheck(t *testing.T) {
	h := newHarness(t)
	env, err := h.fake.SendMessage(slackfake.Message{Channel: "D0DM", ChannelType: "im", User: staffUser, Text: "As I said, just clear your browser cache."})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := h.fake.WaitAck(waitFor, env); err != nil {
		t.Fatal(err)
	}
	c, err := h.fake.WaitCall(waitFor, "chat.postMessage", func(c slackfake.Call) bool { return c.Params["channel"] == "D0DM" })
	if err != nil {
		t.Fatalf("no answer to a DM draft: %v", err)
	}
	if !strings.Contains(blocksText(c), "Suggested rewrite") {
		t.Errorf("draft check lacks a rewrite:\n%s", blocksText(c))
	}
	env, _ = h.fake.SendMessage(slackfake.Message{Channel: "D0DM", ChannelType: "im", User: staffUser, Text: "Thanks for your patience while I checked the logs."})
	h.fake.WaitAck(waitFor, env)
	_, err = h.fake.WaitCall(waitFor, "chat.postMessage", func(c slackfake.Call) bool {
		return c.Params["channel"] == "D0DM" && strings.Contains(c.Params["text"], "Looks good")
	})
	if err != nil {
		t.Errorf("a clean draft got no \"looks good\": %v", err)
	}
}

func TestLongPromiseStillGivesAWorkingFollowupButton(t *testing.T) {
	h := newHarness(t)
	long := "I'll call you back tomorrow about " + strings.Repeat("the <https://wiki.example.com/a?b=c&d=e|wiki page> & ", 60) + "the printer."
	h.say(staffUser, supportChan, long)
	c := h.ephemeralTo(staffUser, supportChan)
	v, ok := buttonValue(t, c, "rapport_record_followup")
	if !ok {
		t.Fatal("no Record follow-up button")
	}
	if len(v) > 2000 {
		t.Errorf("button value is %d bytes, over Slack's 2000", len(v))
	}
	var ref map[string]string
	if err := json.Unmarshal([]byte(v), &ref); err != nil {
		t.Fatalf("button value is not valid JSON: %v", err)
	}
	if ref["c"] != supportChan || !strings.HasPrefix(ref["p"], "I'll call you back") {
		t.Errorf("button reference lost its channel or promise: %v", ref)
	}
}

// A long staff message is read up to coach.MaxAnalyzedBytes; the nudge says
// it read only the first part.
func TestLongMessageNudgeSaysItWasCut(t *testing.T) {
	h := newHarness(t)
	long := "Obviously you need to clear the cache. " + strings.Repeat("The new monitor sits on the desk by the window. ", coach.MaxAnalyzedBytes/48+1)
	h.say(staffUser, supportChan, long)
	if got := blocksText(h.ephemeralTo(staffUser, supportChan)); !strings.Contains(got, "only read its first part") {
		t.Errorf("nudge for a %d-byte message does not say it was cut: %s", len(long), got)
	}
	h.fake.Reset()
	h.say(staffUser, supportChan, "Obviously you need to clear the cache.")
	if got := blocksText(h.ephemeralTo(staffUser, supportChan)); strings.Contains(got, "only read its first part") {
		t.Errorf("nudge for a short message says it was cut: %s", got)
	}
}
