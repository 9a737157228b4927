package bot_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/rapport-bot/rapport/bot/slackfake"
)

// firstButton returns the action ID of the first button of a call's blocks.
func firstButton(t *testing.T, c slackfake.Call) string {
	t.Helper()
	var blocks []struct {
		Elements []struct {
			ActionID string `json:"action_id"`
		} `json:"elements"`
	}
	if err := json.Unmarshal([]byte(c.Params["blocks"]), &blocks); err != nil {
		t.Fatalf("blocks: %v", err)
	}
	for _, b := range blocks {
		if len(b.Elements) > 0 {
			return b.Elements[0].ActionID
		}
	}
	return ""
}

func TestPromiseNudgeAsksToRecordWithoutAFakeRewrite(t *testing.T) {
	h := newHarness(t)
	h.say(staffUser, supportChan, "I'll send you the loan laptop details by Friday.")
	c := h.ephemeralTo(staffUser, supportChan)
	text := blocksPlain(t, c)
	if !strings.Contains(text, "You promised “I'll send you the loan laptop details by Friday.” — record it so you keep it?") {
		t.Errorf("promise nudge does not quote the promise and ask to record it:\n%s", text)
	}
	for _, never := range []string{"Suggested rewrite", "small change could make this land better"} {
		if strings.Contains(text, never) {
			t.Errorf("promise nudge shows %q, but there is nothing to rewrite:\n%s", never, text)
		}
	}
	if got := firstButton(t, c); got != "rapport_record_followup" {
		t.Errorf("first button = %q, want rapport_record_followup", got)
	}
}

func TestNudgeWithoutASafeRewriteGivesSuggestions(t *testing.T) {
	h := newHarness(t)
	h.say(staffUser, supportChan, "haha we can blame user error on this one, the printer queue is clear now")
	c := h.ephemeralTo(staffUser, supportChan)
	text := blocksPlain(t, c)
	if strings.Contains(text, "Suggested rewrite") {
		t.Fatalf("nudge shows a rewrite where none is safe:\n%s", text)
	}
	if !strings.Contains(text, "Try changing these phrases") || !strings.Contains(text, "user error") {
		t.Errorf("nudge lacks the per-phrase suggestion:\n%s", text)
	}
	whyValue, ok := buttonValue(t, c, "rapport_why")
	if !ok {
		t.Fatal("no Why? button")
	}
	why := blocksPlain(t, h.responseTo(h.click(staffUser, supportChan, "rapport_why", whyValue)))
	if strings.Contains(why, "Suggested rewrite") || !strings.Contains(why, "in your own words") {
		t.Errorf("Why? view does not keep to suggestions:\n%s", why)
	}
	if strings.Contains(why, "settings mix-up") {
		t.Errorf("Why? view suggests an invented cause:\n%s", why)
	}
}

func TestStressedThreadReplyOpensWithASpecificAcknowledgement(t *testing.T) {
	h := newHarness(t, func(s *setup) { s.cfg.Staff = []string{staffUser, otherStaff} })
	const thread = "1700000013.000100"
	h.say(requesterUser, supportChan, "Same problem AGAIN, this is the third ticket I've opened about the scanner", inThread(thread))
	h.say(staffUser, supportChan, "Unplug the scanner for ten seconds and plug it back in.", inThread(thread))
	c := h.ephemeralTo(staffUser, supportChan)
	text := blocksPlain(t, c)
	const want = "Sorry this has come back again. Unplug the scanner for ten seconds and plug it back in."
	if !strings.Contains(text, want) {
		t.Errorf("nudge rewrite does not open with the acknowledgement then the reply as written; want %q in:\n%s", want, text)
	}
}
