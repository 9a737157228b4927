package bot_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/rapport-bot/rapport/bot/slackfake"
	"github.com/rapport-bot/rapport/storage"
)

// dmsAbout returns the chat.postMessage calls to user (a DM) whose text
// mentions what; failed says whether to keep the ones Slack refused.
func (h *harness) dmsAbout(user, what string, failed bool) []slackfake.Call {
	var out []slackfake.Call
	for _, c := range h.fake.Calls("chat.postMessage") {
		if c.Params["channel"] == user && strings.Contains(blocksText(c), what) && (failed || c.Error == "") {
			out = append(out, c)
		}
	}
	return out
}

// waitReminder waits for a delivered reminder DM to user about what.
func (h *harness) waitReminder(user, what string) slackfake.Call {
	h.t.Helper()
	c, err := h.fake.WaitCall(waitFor, "chat.postMessage", func(c slackfake.Call) bool {
		return c.Params["channel"] == user && c.Error == "" && strings.Contains(c.Params["text"], "Reminder") && strings.Contains(c.Params["text"], what)
	})
	if err != nil {
		h.t.Fatalf("no reminder to %s about %q: %v", user, what, err)
	}
	return c
}

// settle proves the reminder loop has gone round since now: it records a
// promise due at once for otherStaff and waits for its reminder. Anything
// the loop was going to send before then has been sent.
func (h *harness) settle(tag string) {
	h.t.Helper()
	h.record(otherStaff, "in 1 minute "+tag)
	h.clock.Advance(time.Minute)
	h.waitReminder(otherStaff, tag)
}

// dueNow stores a promise of otherStaff due at once and waits for its
// reminder, without moving the clock: the reminder loop has gone round since.
func (h *harness) dueNow(tag string) {
	h.t.Helper()
	p := storage.Promise{Owner: otherStaff, Text: tag, Due: h.clock.Now()}
	if err := h.db.CreatePromise(context.Background(), &p); err != nil {
		h.t.Fatal(err)
	}
	h.waitReminder(otherStaff, tag)
}

// waitUntil polls cond (which may call the fake) until it holds.
func (h *harness) waitUntil(cond func() bool) {
	h.t.Helper()
	deadline := time.Now().Add(waitFor)
	for !cond() {
		if time.Now().After(deadline) {
			h.t.Fatalf("condition not met within %v", waitFor)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// waitStored polls the database until cond holds for the owner's promise.
func (h *harness) waitStored(owner, id string, cond func(storage.Promise) bool) storage.Promise {
	h.t.Helper()
	deadline := time.Now().Add(waitFor)
	for {
		p, err := h.db.Promise(context.Background(), owner, id)
		if err == nil && cond(p) {
			return p
		}
		if time.Now().After(deadline) {
			h.t.Fatalf("promise %s never reached the expected state; last %+v (%v)", id, p, err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestReminderWhenDueOnceWithButtons(t *testing.T) {
	h := newFollowupHarness(t, followupNow)
	p, _ := h.record(staffUser, "<@U0DANA|dana> in 2 hours call Dana back about the printer")
	h.clock.Advance(118 * time.Minute)
	h.settle("sentinel one") // moves the clock a minute on
	if got := h.dmsAbout(staffUser, "printer", true); len(got) != 0 {
		t.Fatalf("reminded a minute early: %s", blocksText(got[0]))
	}

	h.clock.Advance(time.Minute)
	c := h.waitReminder(staffUser, "printer")
	text := blocksText(c)
	for _, want := range []string{"call Dana back about the printer", "for <@U0DANA>", "<#" + supportChan + ">", p.ID} {
		if !strings.Contains(text, want) {
			t.Errorf("reminder lacks %q:\n%s", want, text)
		}
	}
	for _, action := range []string{"rapport_promise_done", "rapport_snooze_hour", "rapport_snooze_tomorrow"} {
		if v, ok := buttonValue(t, c, action); !ok || v != p.ID {
			t.Errorf("button %s has value %q (present %v), want %q", action, v, ok, p.ID)
		}
	}
	for _, label := range []string{"Done", "Snooze 1 hour", "Snooze until tomorrow 9:00"} {
		if !strings.Contains(c.Params["blocks"], label) {
			t.Errorf("no %q button", label)
		}
	}
	h.waitStored(staffUser, p.ID, func(p storage.Promise) bool { return p.RemindedDue.Equal(p.Due) })

	// Time goes on: the same due time is not reminded again.
	h.clock.Advance(3 * time.Hour)
	h.settle("sentinel two")
	if got := h.dmsAbout(staffUser, "printer", true); len(got) != 1 {
		t.Errorf("%d reminders for one due time, want 1", len(got))
	}
}

func TestReminderButtons(t *testing.T) {
	ny := mustZone(t, nyZone)
	h := newFollowupHarness(t, followupNow)
	p, _ := h.record(staffUser, "in 1 hour send the VPN guide")
	h.clock.Advance(time.Hour)
	c := h.waitReminder(staffUser, "VPN guide")
	id, _ := buttonValue(t, c, "rapport_snooze_hour")

	// Someone else clicking the owner's buttons changes nothing.
	for _, action := range []string{"rapport_promise_done", "rapport_snooze_hour", "rapport_snooze_tomorrow"} {
		env := h.click(otherStaff, "D0OTHER", action, id)
		r := h.responseTo(env)
		if r.Params["replace_original"] == "true" || !strings.Contains(r.Params["text"], "can't find an open promise") {
			t.Errorf("%s by another user answered %v", action, r.Params)
		}
	}
	if got, _ := h.db.Promise(context.Background(), staffUser, id); got.Status != storage.PromiseOpen || !got.Due.Equal(p.Due) {
		t.Fatalf("another user's click changed the promise: %+v", got)
	}

	// Snooze 1 hour: replaces the reminder, and reminds again an hour on.
	env := h.click(staffUser, "D0STAFF", "rapport_snooze_hour", id)
	r := h.responseTo(env)
	if r.Params["replace_original"] != "true" || !strings.Contains(r.Params["text"], "Snoozed") {
		t.Errorf("snooze answered %v", r.Params)
	}
	snoozed := h.waitStored(staffUser, id, func(q storage.Promise) bool { return q.Due.Equal(p.Due.Add(time.Hour)) })
	if !snoozed.RemindedDue.IsZero() {
		t.Errorf("snoozed promise counts as reminded")
	}
	h.clock.Advance(time.Hour)
	h.waitStored(staffUser, id, func(q storage.Promise) bool { return q.RemindedDue.Equal(q.Due) })
	if n := len(h.dmsAbout(staffUser, "VPN guide", false)); n != 2 {
		t.Errorf("%d reminders after a snooze, want 2", n)
	}

	// Snooze until tomorrow 9:00, in the owner's zone.
	env = h.click(staffUser, "D0STAFF", "rapport_snooze_tomorrow", id)
	if r := h.responseTo(env); r.Params["replace_original"] != "true" || !strings.Contains(r.Params["text"], "Thu 19 Nov, 09:00") {
		t.Errorf("snooze until tomorrow answered %v", r.Params)
	}
	h.waitStored(staffUser, id, func(q storage.Promise) bool { return q.Due.Equal(time.Date(2026, 11, 19, 9, 0, 0, 0, ny)) })

	// Done.
	env = h.click(staffUser, "D0STAFF", "rapport_promise_done", id)
	if r := h.responseTo(env); r.Params["replace_original"] != "true" || !strings.Contains(r.Params["text"], "Done") {
		t.Errorf("done answered %v", r.Params)
	}
	h.waitStored(staffUser, id, func(q storage.Promise) bool { return q.Status == storage.PromiseDone })
	// A closed promise is never reminded.
	h.clock.Advance(24 * time.Hour)
	h.settle("sentinel")
	if n := len(h.dmsAbout(staffUser, "VPN guide", true)); n != 2 {
		t.Errorf("%d reminders, want 2 (none after done)", n)
	}
}

func TestReminderCatchUpAtStart(t *testing.T) {
	dbPath := t.TempDir() + "/rapport.db"
	db, err := storage.Open(context.Background(), dbPath)
	if err != nil {
		t.Fatal(err)
	}
	db.Now = func() time.Time { return followupNow.Add(-3 * time.Hour) }
	p := storage.Promise{
		Owner: staffUser, Requester: requesterUser, Text: "send the loaner laptop",
		ChannelID: supportChan, MessageTS: "1700000000.000100",
		Permalink: "https://example.slack.com/archives/C0SUPPORT/p1700000000000100",
		Due:       followupNow.Add(-time.Hour), // fell due while Rapport was down
	}
	if err := db.CreatePromise(context.Background(), &p); err != nil {
		t.Fatal(err)
	}
	db.Close()

	fake := slackfake.New(t, slackfake.WithPingInterval(50*time.Millisecond))
	fake.SetUser(slackfake.User{ID: staffUser, TZ: nyZone})
	c := &clock{}
	c.Set(followupNow)
	h := newHarness(t, func(s *setup) { s.fake = fake; s.clock = c; s.dbPath = dbPath })
	dm := h.waitReminder(staffUser, "loaner laptop")
	text := blocksText(dm)
	for _, want := range []string{"<" + p.Permalink + "|conversation>", "for <@" + requesterUser + ">", "1 hour ago"} {
		if !strings.Contains(text, want) {
			t.Errorf("catch-up reminder lacks %q:\n%s", want, text)
		}
	}
}

func TestReminderRetriedAfterSlackFails(t *testing.T) {
	h := newFollowupHarness(t, followupNow)
	h.fake.FailNext("chat.postMessage", 2, slackfake.ServerError())
	p, _ := h.record(staffUser, "in 1 hour renew the certificate")
	h.clock.Advance(time.Hour)
	h.waitReminder(staffUser, "certificate")
	h.waitStored(staffUser, p.ID, func(q storage.Promise) bool { return q.RemindedDue.Equal(q.Due) })
	all := h.dmsAbout(staffUser, "certificate", true)
	if len(all) != 3 || all[0].Status != 500 || all[1].Status != 500 || all[2].Error != "" {
		t.Errorf("attempts: %d, want two refused then one delivered", len(all))
	}
}

func TestReminderUndeliverableIsNotRetriedForever(t *testing.T) {
	h := newFollowupHarness(t, followupNow)
	p, _ := h.record(staffUser, "in 1 hour renew the certificate")
	h.fake.FailNext("chat.postMessage", 1, slackfake.SlackError("user_not_found"))
	h.clock.Advance(time.Hour)
	h.waitStored(staffUser, p.ID, func(q storage.Promise) bool { return q.RemindedDue.Equal(q.Due) })
	h.clock.Advance(time.Hour)
	h.settle("sentinel")
	if n := len(h.dmsAbout(staffUser, "certificate", true)); n != 1 {
		t.Errorf("%d attempts to DM a user Slack does not know, want 1", n)
	}
}

func TestReminderUnknownRefusalBacksOffThenGivesUp(t *testing.T) {
	h := newFollowupHarness(t, followupNow)
	p, _ := h.record(staffUser, "in 1 hour renew the certificate")
	h.clock.Advance(time.Hour)
	for attempt := 1; attempt <= 5; attempt++ {
		h.fake.FailNext("chat.postMessage", 1, slackfake.SlackError("something_new"))
		if attempt > 1 {
			h.clock.Advance(10 * time.Minute) // past the backoff
		}
		h.waitUntil(func() bool { return len(h.dmsAbout(staffUser, "certificate", true)) >= attempt })
		// The loop goes round again without the clock moving: no retry yet.
		h.dueNow(fmt.Sprintf("sentinel %d", attempt))
		if n := len(h.dmsAbout(staffUser, "certificate", true)); n != attempt {
			t.Fatalf("%d attempts, want %d: retried without backing off", n, attempt)
		}
		q, _ := h.db.Promise(context.Background(), staffUser, p.ID)
		if given := !q.RemindedDue.IsZero(); given != (attempt == 5) {
			t.Fatalf("after %d attempts: given up = %v", attempt, given)
		}
	}
	h.clock.Advance(time.Hour)
	h.dueNow("sentinel after")
	if n := len(h.dmsAbout(staffUser, "certificate", true)); n != 5 {
		t.Errorf("%d attempts, want 5 then give up", n)
	}
}

// openedView is the modal a views.open call opened.
type openedView struct {
	CallbackID      string `json:"callback_id"`
	PrivateMetadata string `json:"private_metadata"`
	Blocks          []struct {
		BlockID string `json:"block_id"`
		Element struct {
			ActionID     string `json:"action_id"`
			InitialValue string `json:"initial_value"`
		} `json:"element"`
	} `json:"blocks"`
}

func (v openedView) initial(block string) string {
	for _, b := range v.Blocks {
		if b.BlockID == block {
			return b.Element.InitialValue
		}
	}
	return ""
}

// waitView waits for the n-th views.open call and decodes its view.
func (h *harness) waitView(n int) openedView {
	h.t.Helper()
	h.waitUntil(func() bool { return len(h.fake.Calls("views.open")) >= n })
	c := h.fake.Calls("views.open")[n-1]
	var v openedView
	if err := json.Unmarshal([]byte(c.Params["view"]), &v); err != nil {
		h.t.Fatalf("view: %v", err)
	}
	return v
}

// submitView sends a view_submission of the follow-up modal and returns the
// ack's payload (nil: the modal closes).
func (h *harness) submitView(user string, v openedView, what, when string) json.RawMessage {
	h.t.Helper()
	payload := map[string]any{
		"type": "view_submission",
		"user": map[string]any{"id": user},
		"view": map[string]any{
			"id": "V0001", "type": "modal",
			"callback_id":      v.CallbackID,
			"private_metadata": v.PrivateMetadata,
			"state": map[string]any{"values": map[string]any{
				"what": map[string]any{"what": map[string]any{"type": "plain_text_input", "value": what}},
				"when": map[string]any{"when": map[string]any{"type": "plain_text_input", "value": when}},
			}},
		},
	}
	env, err := h.fake.SendInteraction(payload)
	if err != nil {
		h.t.Fatal(err)
	}
	ack, err := h.fake.WaitAck(waitFor, env)
	if err != nil {
		h.t.Fatalf("view_submission not acked: %v", err)
	}
	return ack.Payload
}

func TestModalFromPromiseNudge(t *testing.T) {
	ny := mustZone(t, nyZone)
	h := newFollowupHarness(t, followupNow)
	h.say(staffUser, supportChan, "I'll call you back tomorrow at 3pm about the printer", func(m *slackfake.Message) { m.TS = "1763479800.000200" })
	nudge := h.ephemeralTo(staffUser, supportChan)
	value, ok := buttonValue(t, nudge, "rapport_record_followup")
	if !ok {
		t.Fatalf("no Record follow-up button:\n%s", blocksText(nudge))
	}
	h.click(staffUser, supportChan, "rapport_record_followup", value)
	v := h.waitView(1)
	if v.CallbackID != "rapport_followup" {
		t.Errorf("callback_id = %q", v.CallbackID)
	}
	if got := v.initial("when"); got != "2026-11-19 15:00" {
		t.Errorf("when prefilled %q, want 2026-11-19 15:00", got)
	}
	if got := v.initial("what"); !strings.Contains(got, "call you back") || !strings.Contains(got, "printer") {
		t.Errorf("what prefilled %q", got)
	}

	// A time that cannot be read keeps the modal open, naming the field.
	ack := h.submitView(staffUser, v, "Call back about the printer", "someday")
	var bad struct {
		ResponseAction string            `json:"response_action"`
		Errors         map[string]string `json:"errors"`
	}
	if err := json.Unmarshal(ack, &bad); err != nil || bad.ResponseAction != "errors" || bad.Errors["when"] == "" {
		t.Errorf("bad time answered %s (%v)", ack, err)
	}
	for _, when := range []string{"yesterday 3pm", "2028-01-01 09:00"} {
		if ack := h.submitView(staffUser, v, "Call back about the printer", when); !strings.Contains(string(ack), `"when"`) {
			t.Errorf("%q answered %s", when, ack)
		}
	}
	if ack := h.submitView(staffUser, v, strings.Repeat("x", 2001), "tomorrow 3pm"); !strings.Contains(string(ack), `"what"`) {
		t.Errorf("2,001 characters answered %s", ack)
	}
	if n := h.promiseRows(); n != 0 {
		t.Fatalf("%d promises stored from invalid submissions", n)
	}

	ack = h.submitView(staffUser, v, "Call back about the printer", v.initial("when"))
	if len(ack) != 0 && string(ack) != "null" {
		t.Errorf("valid submission answered %s, want a bare ack", ack)
	}
	ps, err := h.db.OpenPromises(context.Background(), staffUser)
	if err != nil || len(ps) != 1 {
		t.Fatalf("open promises: %v, %v", ps, err)
	}
	p := ps[0]
	if p.Text != "Call back about the printer" || !p.Due.Equal(time.Date(2026, 11, 19, 15, 0, 0, 0, ny)) ||
		p.ChannelID != supportChan || p.MessageTS != "1763479800.000200" {
		t.Errorf("stored %+v", p)
	}
	if !strings.HasPrefix(p.Permalink, "https://") || !strings.Contains(p.Permalink, "p1763479800000200") {
		t.Errorf("permalink = %q", p.Permalink)
	}
	dm, err := h.fake.WaitCall(waitFor, "chat.postMessage", func(c slackfake.Call) bool {
		return c.Params["channel"] == staffUser && strings.Contains(c.Params["text"], "Got it")
	})
	if err != nil {
		t.Fatalf("no confirmation DM: %v", err)
	}
	for _, want := range []string{p.ID, "Thu 19 Nov, 15:00 (tomorrow)", p.Permalink} {
		if !strings.Contains(blocksText(dm), want) {
			t.Errorf("confirmation lacks %q:\n%s", want, blocksText(dm))
		}
	}
}

func TestModalFromMessageShortcut(t *testing.T) {
	h := newFollowupHarness(t, followupNow)
	payload := map[string]any{
		"type":        "message_action",
		"callback_id": "record_followup",
		"user":        map[string]any{"id": staffUser},
		"channel":     map[string]any{"id": supportChan},
		"message":     map[string]any{"type": "message", "user": requesterUser, "text": "Can you send me the VPN guide by friday?", "ts": "1763479800.000300"},
	}
	env, err := h.fake.SendInteraction(payload)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := h.fake.WaitAck(waitFor, env); err != nil {
		t.Fatal(err)
	}
	v := h.waitView(1)
	if got := v.initial("when"); got != "2026-11-20 09:00" {
		t.Errorf("when prefilled %q, want 2026-11-20 09:00", got)
	}
	if got := v.initial("what"); !strings.Contains(got, "VPN guide") {
		t.Errorf("what prefilled %q", got)
	}
	if ack := h.submitView(staffUser, v, "Send the VPN guide", "friday"); len(ack) != 0 && string(ack) != "null" {
		t.Fatalf("submission answered %s", ack)
	}
	ps, _ := h.db.OpenPromises(context.Background(), staffUser)
	if len(ps) != 1 || ps[0].MessageTS != "1763479800.000300" || ps[0].Permalink == "" {
		t.Errorf("stored %+v", ps)
	}
}

// TestModalSurvivesSlackTrouble: a submission whose permalink lookup fails
// still records the promise (with the channel) rather than losing it.
func TestModalSurvivesSlackTrouble(t *testing.T) {
	h := newFollowupHarness(t, followupNow)
	meta, _ := json.Marshal(map[string]string{"c": supportChan, "t": "1763479800.000400"})
	h.fake.FailNext("chat.getPermalink", 1, slackfake.ServerError())
	v := openedView{CallbackID: "rapport_followup", PrivateMetadata: string(meta)}
	if ack := h.submitView(staffUser, v, "Send the VPN guide", "friday 2pm"); len(ack) != 0 && string(ack) != "null" {
		t.Fatalf("submission answered %s", ack)
	}
	ps, _ := h.db.OpenPromises(context.Background(), staffUser)
	if len(ps) != 1 || ps[0].ChannelID != supportChan || ps[0].Permalink != "" {
		t.Errorf("stored %+v", ps)
	}
}

// TestReminderOnceAcrossTwoProcesses runs two bots on one database file, as
// during a rolling deploy: each due time is reminded once, by one of them.
func TestReminderOnceAcrossTwoProcesses(t *testing.T) {
	first := newHarness(t)
	second := newHarness(t, func(s *setup) { s.fake = first.fake; s.dbPath = first.dbPath })
	const n = 40
	ctx := context.Background()
	due := time.Now().Add(-time.Minute)
	for i := range n {
		p := storage.Promise{Owner: staffUser, Text: fmt.Sprintf("promise number %d", i), Due: due}
		if err := first.db.CreatePromise(ctx, &p); err != nil {
			t.Fatal(err)
		}
	}
	first.waitUntil(func() bool {
		left, err := first.db.DuePromises(ctx, time.Now(), 0)
		return err == nil && len(left) == 0
	})
	// Both loops go round again after the last mark.
	for _, h := range []*harness{first, second} {
		tag := fmt.Sprintf("sentinel for %p", h)
		p := storage.Promise{Owner: otherStaff, Text: tag, Due: time.Now().Add(-time.Second)}
		if err := h.db.CreatePromise(ctx, &p); err != nil {
			t.Fatal(err)
		}
		h.waitReminder(otherStaff, tag)
	}
	counts := map[string]int{}
	for _, c := range first.fake.Calls("chat.postMessage") {
		if c.Params["channel"] == staffUser && c.Error == "" {
			counts[c.Params["text"]]++
		}
	}
	if len(counts) != n {
		t.Errorf("%d promises reminded, want %d", len(counts), n)
	}
	for text, k := range counts {
		if k != 1 {
			t.Errorf("got %d reminders, want 1: %s", k, text)
		}
	}
}

// TestReminderClaimedByACrashedProcess: a process claimed a reminder and
// died before sending it. The reminder is not sent while the claim is live,
// and is sent once it lapses: repeated, perhaps, but never lost.
func TestReminderClaimedByACrashedProcess(t *testing.T) {
	dbPath := t.TempDir() + "/rapport.db"
	db, err := storage.Open(context.Background(), dbPath)
	if err != nil {
		t.Fatal(err)
	}
	db.Now = func() time.Time { return followupNow }
	p := storage.Promise{Owner: staffUser, Text: "swap the broken dock", Due: followupNow.Add(-time.Minute)}
	if err := db.CreatePromise(context.Background(), &p); err != nil {
		t.Fatal(err)
	}
	if ok, err := db.ClaimReminder(context.Background(), p.ID, p.Due, "crashed", time.Minute); err != nil || !ok {
		t.Fatalf("claim: %v, %v", ok, err)
	}
	db.Close()

	fake := slackfake.New(t, slackfake.WithPingInterval(50*time.Millisecond))
	c := &clock{}
	c.Set(followupNow)
	h := newHarness(t, func(s *setup) { s.fake = fake; s.clock = c; s.dbPath = dbPath })
	h.dueNow("sentinel") // the loop has gone round with the claim live
	if got := h.dmsAbout(staffUser, "broken dock", true); len(got) != 0 {
		t.Fatalf("got %d reminders while another process held the claim, want 0", len(got))
	}
	h.clock.Advance(time.Minute)
	h.waitReminder(staffUser, "broken dock")
	h.waitStored(staffUser, p.ID, func(q storage.Promise) bool { return q.RemindedDue.Equal(q.Due) })
}
