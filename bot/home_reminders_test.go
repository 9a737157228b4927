package bot_test

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestReminderReadsWellAndModalDropsAStaleTime: the reminder reads as a
// sentence, and a time typed into the promise itself (the modal has its own
// Remind me field) is not kept to read stale when the reminder comes.
func TestReminderReadsWellAndModalDropsAStaleTime(t *testing.T) {
	h := newFollowupHarness(t, followupNow)
	h.click(staffUser, supportChan, "rapport_record_followup", `{"c":"`+supportChan+`","t":"1763479800.000200","p":""}`)
	v := h.waitView(1)
	if ack := h.submitView(staffUser, v, "call Dana back about the printer tomorrow at 3pm", "in 2 hours"); len(ack) != 0 && string(ack) != "null" {
		t.Fatalf("submission answered %s", ack)
	}
	ps, err := h.db.OpenPromises(context.Background(), staffUser)
	if err != nil || len(ps) != 1 {
		t.Fatalf("promises: %v, %v", ps, err)
	}
	if got, want := ps[0].Text, "call Dana back about the printer"; got != want {
		t.Errorf("stored %q, want %q (the time lives in Remind me)", got, want)
	}
	h.clock.Advance(2*time.Hour + time.Minute)
	c := h.waitReminder(staffUser, "printer")
	text := c.Params["text"]
	if !strings.HasPrefix(text, ":bell: Reminder to follow up: *call Dana back about the printer*") {
		t.Errorf("reminder reads %q", text)
	}
	if strings.Contains(text, "you promised call") || strings.Contains(text, "tomorrow at 3pm") {
		t.Errorf("reminder keeps the old wording or a stale time: %q", text)
	}
}
