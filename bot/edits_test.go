package bot_test

import (
	"strings"
	"testing"

	"github.com/rapport-bot/rapport/bot/slackfake"
)

// edit sends a message_changed event and waits for its ack.
func (h *harness) edit(e slackfake.Edit) {
	h.t.Helper()
	env, err := h.fake.SendEdit(e)
	if err != nil {
		h.t.Fatalf("send edit: %v", err)
	}
	if _, err := h.fake.WaitAck(waitFor, env); err != nil {
		h.t.Fatalf("edit not acked: %v", err)
	}
}

func TestEditsAreCheckedForNewFindingsOnly(t *testing.T) {
	h := newHarness(t, func(s *setup) { s.cfg.NudgeLimit = 100 }) // h.sync nudges each step
	const ts = "1700000100.000100"
	v1 := "No problem, the printer is back online."
	h.fake.SendMessage(slackfake.Message{Channel: supportChan, User: staffUser, Text: v1, TS: ts})
	first := h.ephemeralTo(staffUser, supportChan)
	if !strings.Contains(blocksText(first), "no problem") {
		t.Fatalf("first nudge:\n%s", blocksText(first))
	}
	h.sync()

	steps := []struct {
		name, before, after string
		wantNudge           bool
		want, notWant       string
	}{
		{"an edit that adds PEBKAC", v1, v1 + " Classic PEBKAC.", true, "PEBKAC", "“no problem”"},
		{"an edit that changes nothing flagged", v1 + " Classic PEBKAC.", v1 + " Classic PEBKAC!", false, "", ""},
		{"PEBKAC removed", v1 + " Classic PEBKAC!", v1, false, "", ""},
		{"PEBKAC added back: never twice", v1, v1 + " Classic PEBKAC.", false, "", ""},
		{"an unfurl: same text", v1 + " Classic PEBKAC.", v1 + " Classic PEBKAC.", false, "", ""},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			before := len(h.ephemeralsIn(supportChan))
			h.edit(slackfake.Edit{Channel: supportChan, User: staffUser, TS: ts, Before: s.before, After: s.after})
			h.sync()
			calls := h.ephemeralsIn(supportChan)
			got := len(calls) - before
			if s.wantNudge != (got == 1) || got > 1 {
				t.Fatalf("got %d nudges, want nudge=%v", got, s.wantNudge)
			}
			if !s.wantNudge {
				return
			}
			text := blocksText(calls[len(calls)-1])
			if !strings.Contains(text, s.want) || strings.Contains(text, s.notWant) {
				t.Errorf("edit nudge should name %q and not %q:\n%s", s.want, s.notWant, text)
			}
			if calls[len(calls)-1].Params["user"] != staffUser {
				t.Errorf("edit nudge went to %q, want %s", calls[len(calls)-1].Params["user"], staffUser)
			}
		})
	}
}

func TestEditsByRequestersAndOptedOutStaffAreNotNudged(t *testing.T) {
	h := newHarness(t, func(s *setup) { s.cfg.Staff = []string{staffUser, otherStaff} })
	h.edit(slackfake.Edit{Channel: supportChan, User: requesterUser, TS: "1700000200.000100", Before: "Printer down.", After: "Printer down, PEBKAC probably."})
	h.command(staffUser, "/coach", "off")
	h.edit(slackfake.Edit{Channel: supportChan, User: staffUser, TS: "1700000300.000100", Before: "Fixed.", After: "Fixed. PEBKAC."})
	h.sync()
	if n := len(h.ephemeralsIn(supportChan)); n != 0 {
		t.Errorf("got %d nudges, want none", n)
	}
}
