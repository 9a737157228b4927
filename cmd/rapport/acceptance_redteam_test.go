package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rapport-bot/rapport/bot/slackfake"
)

// TestAcceptanceNewSurfacesKeepNoText drives the built binary through the
// surfaces added with the Home tab and edits, with hostile values mixed
// in: edits (hostile nested messages, bot edits, DM edits, huge edits),
// Home opens in a burst, Home buttons with forged values, the message
// shortcut, Why?, Not helpful and Undo, and /coach forget confirmed with a
// forged value. Afterwards the process is healthy, stops cleanly, and
// neither its logs (at debug level) nor its database files hold any of
// the words typed, the forged values or the tokens.
func TestAcceptanceNewSurfacesKeepNoText(t *testing.T) {
	fake := slackfake.New(t)
	dbPath := filepath.Join(t.TempDir(), "rapport.db")
	p := startConnected(t, fake, dbPath, 1, "RAPPORT_STAFF="+accStaff, "RAPPORT_CHANNELS="+accChannel, "RAPPORT_LOG_LEVEL=debug")

	// Distinctive words, never to be found afterwards.
	secret := []string{"wombatrouter", "kestrelprinter", "narwhaldrive", "ocelotlaptop", "FORGEDMARKER"}
	const ts = "1700000300.000100"
	v1 := "No problem, the wombatrouter is back."
	env, err := fake.SendMessage(slackfake.Message{Channel: accChannel, User: accStaff, Text: v1, TS: ts})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := fake.WaitAck(accWait, env); err != nil {
		t.Fatal(err)
	}
	waitNudge(t, fake, accStaff)

	var envs []string
	send := func(env string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("send: %v", err)
		}
		envs = append(envs, env)
	}
	// Edits: a real one adding a finding, a DM edit, a huge edit, and
	// hostile nested messages.
	send(fake.SendEdit(slackfake.Edit{Channel: accChannel, User: accStaff, TS: ts, Before: v1, After: v1 + " Classic PEBKAC on the kestrelprinter."}))
	send(fake.SendEdit(slackfake.Edit{Channel: "D0ACCDM", ChannelType: "im", User: accStaff, TS: ts, Before: "hi", After: "PEBKAC narwhaldrive"}))
	send(fake.SendEdit(slackfake.Edit{Channel: accChannel, User: accStaff, TS: "1700000301.000100", Before: "x", After: strings.Repeat("Obviously the narwhaldrive is easy. ", 1200)}))
	for _, nested := range []string{
		`"message":{"type":"message","bot_id":"B0OTHER","user":"` + accStaff + `","text":"PEBKAC ocelotlaptop","ts":"` + ts + `"}`,
		`"message":null,"previous_message":{"text":"ocelotlaptop"}`,
		`"message":{"type":"message","user":"` + accStaff + `","text":"no problem ` + "\xff\xfe" + ` ocelotlaptop PEBKAC","ts":"` + ts + `","thread_ts":"` + strings.Repeat("9", 5000) + `"}`,
		`"message":{"type":"message","user":"` + accStaff + `","text":{"nested":["ocelotlaptop"]},"ts":"` + ts + `"}`,
		`"message":"` + strings.Repeat("[", 3000) + `"`,
	} {
		send(fake.SendEvent(json.RawMessage(`{"type":"message","subtype":"message_changed","channel":"` + accChannel + `","channel_type":"channel","ts":"1700000302.000100",` + nested + `}`)))
	}
	// Home: a burst of opens, then forged buttons.
	for range 30 {
		send(fake.SendAppHomeOpened(accStaff, "home"))
	}
	for _, c := range []slackfake.HomeClick{
		{User: accStaff, ActionID: "rapport_home_unmute", Value: strings.Repeat("z", 3000) + "FORGEDMARKER"},
		{User: accStaff, ActionID: "rapport_home_unmute", Value: "no-problem.reply\nlevel=ERROR FORGEDMARKER"},
		{User: accStaff, ActionID: "rapport_promise_done", Value: "FORGEDMARKER\xff"},
		{User: accStaff, ActionID: "rapport_snooze_hour", Value: strings.Repeat("FORGEDMARKER", 300)},
		{User: accStaff, ActionID: "rapport_home_coaching_off", Value: "FORGEDMARKER"},
		{User: accStaff, ActionID: "rapport_home_coaching_on", Value: "FORGEDMARKER"},
		{User: accStaff, ActionID: "rapport_undo_not_helpful", Value: "FORGEDMARKER"},
		{User: accStaff, ActionID: "FORGEDMARKER_action", Value: "FORGEDMARKER"},
	} {
		send(fake.SendHomeClick(c))
	}
	// Message buttons with forged values, and the shortcut on a message.
	for _, a := range [][2]string{
		{"rapport_not_helpful", strings.Repeat("no-problem.reply,", 50)},
		{"rapport_undo_not_helpful", "no-problem.reply"},
		{"rapport_undo_not_helpful", "no-problem.reply"},
		{"rapport_forget_confirm", "forget"},
		{"rapport_forget_confirm", "forget:99999999999:FORGEDMARKER"},
		{"rapport_forget_cancel", "FORGEDMARKER"},
		{"rapport_why", `{"r":"FORGEDMARKER"}`},
	} {
		send(fake.SendInteraction(map[string]any{
			"type": "block_actions", "user": map[string]any{"id": accStaff}, "channel": map[string]any{"id": accChannel},
			"response_url": fake.ResponseURL("acc-redteam"),
			"actions":      []map[string]any{{"action_id": a[0], "value": a[1], "type": "button", "block_id": "b"}},
		}))
	}
	send(fake.SendInteraction(map[string]any{
		"type": "message_action", "callback_id": "record_followup", "trigger_id": "T0TRIGGER",
		"user": map[string]any{"id": accStaff}, "channel": map[string]any{"id": accChannel},
		"message": map[string]any{"type": "message", "user": accStaff, "ts": ts, "text": "I'll check the ocelotlaptop tomorrow at 3pm"},
	}))
	for _, e := range envs {
		if _, err := fake.WaitAck(accWait, e); err != nil {
			t.Errorf("envelope %s not acked: %v", e, err)
		}
	}
	// The edit that added PEBKAC got its own nudge; nothing else was nudged.
	sayAndWait(t, fake, accStaff, "Fine now, no problem.")
	if err := waitUntil(accWait, p.done, func() bool { return len(ephemeralsTo(fake, accStaff)) >= 3 }); err != nil {
		t.Errorf("nudges to the author: got %d, want 3 (message, its edit, the last message)", len(ephemeralsTo(fake, accStaff)))
	}
	if publishes := len(fake.Calls("views.publish")); publishes > 8 {
		t.Errorf("30 Home opens and a few clicks made %d views.publish, want a handful", publishes)
	}
	if code, _, err := p.get("/healthz"); err != nil || code != http.StatusOK {
		t.Errorf("/healthz after the attack: %d %v", code, err)
	}
	// Nothing forged muted anything or deleted the person's setting.
	rows := dumpTables(t, dbPath)

	p.signal(syscall.SIGTERM)
	if code := p.wait(10 * time.Second); code != 0 {
		t.Errorf("exit code after SIGTERM: got %d, want 0", code)
	}
	logs := p.stderr.String() + p.stdout.String()
	if os.Getenv("RAPPORT_TEST_SHOW_LOGS") != "" {
		t.Log(logs)
	}
	if strings.Contains(logs, "panic") {
		t.Errorf("a panic was logged:\n%s", grepLines(logs, "panic"))
	}
	for _, needle := range append(secret, "xoxb-", "xapp-", accBotToken, accAppToken) {
		if strings.Contains(logs, needle) {
			t.Errorf("logs contain %q:\n%s", needle, grepLines(logs, needle))
		}
	}
	for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
		b, err := os.ReadFile(dbPath + suffix)
		if err != nil {
			continue
		}
		for _, w := range secret {
			if bytes.Contains(b, []byte(w)) {
				t.Errorf("%s contains %q", filepath.Base(dbPath+suffix), w)
			}
		}
	}
	for table, values := range rows {
		for _, v := range values {
			for _, w := range secret {
				if strings.Contains(v, w) {
					t.Errorf("table %s holds %q: %.80q", table, w, v)
				}
			}
		}
	}
}
