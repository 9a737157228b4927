package bot_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/rapport-bot/rapport/storage"
)

func TestCoachOffAndOn(t *testing.T) {
	h := newHarness(t)
	if got := h.command(staffUser, "/coach", "off"); !strings.Contains(got, "off") {
		t.Fatalf("/coach off answered %q", got)
	}
	h.say(staffUser, supportChan, "No problem, just reboot it.")
	h.sync()
	if n := len(h.ephemeralsIn(supportChan)); n != 0 {
		t.Fatalf("opted-out user got %d nudges", n)
	}
	h.command(staffUser, "/coach", "on")
	h.say(staffUser, supportChan, "No problem, just reboot it.")
	h.ephemeralTo(staffUser, supportChan)
}

func TestCoachStatsCountsOwnNudgesOnly(t *testing.T) {
	c := &clock{t: time.Date(2026, 11, 18, 10, 0, 0, 0, time.UTC)}
	h := newHarness(t, func(s *setup) { s.clock = c })
	ctx := context.Background()
	// 40 days ago: counted in the previous 30 days.
	c.Set(time.Date(2026, 10, 9, 10, 0, 0, 0, time.UTC))
	if err := h.db.RecordNudge(ctx, staffUser, "jargon"); err != nil {
		t.Fatal(err)
	}
	if err := h.db.RecordNudge(ctx, staffUser, "jargon"); err != nil {
		t.Fatal(err)
	}
	c.Set(time.Date(2026, 11, 18, 10, 0, 0, 0, time.UTC))
	if err := h.db.RecordNudge(ctx, otherStaff, "blame"); err != nil {
		t.Fatal(err)
	}
	h.say(staffUser, supportChan, "No problem!")
	h.ephemeralTo(staffUser, supportChan)
	h.sync() // the nudge is recorded once it has been sent
	got := h.command(staffUser, "/coach", "stats")
	for _, want := range []string{"last 30d", "“no problem”", "jargon", "Fewer nudges"} {
		if !strings.Contains(got, want) {
			t.Errorf("stats lack %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "blame") {
		t.Errorf("stats show another user's nudges:\n%s", got)
	}
}

func TestCoachStatsCountsNudgesNotFindingsNorCappedMessages(t *testing.T) {
	h := newHarness(t, func(s *setup) { s.cfg.NudgeLimit = 1; s.cfg.NudgeWindow = time.Hour })
	// One nudge with several findings, then a message the cap holds back.
	h.say(staffUser, supportChan, "No problem, just reboot it. PEBKAC. Obviously you broke it.")
	nudge := h.ephemeralTo(staffUser, supportChan)
	if !strings.Contains(blocksText(nudge), "blame") {
		t.Fatalf("the nudge should list several findings:\n%s", blocksText(nudge))
	}
	h.say(staffUser, supportChan, "No problem, PEBKAC.")
	h.sync()
	if n := len(h.ephemeralsIn(supportChan)); n != 1 {
		t.Fatalf("got %d nudges, want 1 (the cap)", n)
	}
	got := h.command(staffUser, "/coach", "stats")
	if !strings.Contains(got, "total                           1") {
		t.Errorf("stats: want a total of 1 nudge, got:\n%s", got)
	}
	if strings.Contains(got, "More nudges than the month before") {
		t.Errorf("a new user is told they got more nudges than before:\n%s", got)
	}
	if !strings.Contains(got, "first month") {
		t.Errorf("a new user's stats do not say there is nothing to compare yet:\n%s", got)
	}
}

func TestCoachCheckHelpTipAndUnknown(t *testing.T) {
	h := newHarness(t)
	if got := h.command(staffUser, "/coach", "check Obviously you broke it. PEBKAC."); !strings.Contains(got, "Suggested rewrite") {
		t.Errorf("/coach check gave no rewrite:\n%s", got)
	}
	if got := h.command(staffUser, "/coach", "check Thanks for waiting, I've reset your password."); !strings.Contains(got, "Looks good") {
		t.Errorf("/coach check of a clean draft: %q", got)
	}
	if got := h.command(staffUser, "/coach", "check"); !strings.Contains(got, "Give me a draft") {
		t.Errorf("/coach check without a draft: %q", got)
	}
	for _, text := range []string{"", "help"} {
		if got := h.command(staffUser, "/coach", text); !strings.Contains(got, "/coach on") {
			t.Errorf("/coach %q gave no help: %q", text, got)
		}
	}
	if got := h.command(staffUser, "/coach", "frobnicate now"); !strings.Contains(got, "don't know") || !strings.Contains(got, "/coach on") {
		t.Errorf("unknown /coach word: %q", got)
	}
	if got := h.command(staffUser, "/coach", "tip"); !strings.Contains(got, "Try this week") {
		t.Errorf("/coach tip: %q", got)
	}
	// Nothing of this reached the channel.
	if n := len(h.fake.Calls("chat.postMessage")); n != 0 {
		t.Errorf("%d public posts from /coach", n)
	}
}

func TestCoachForgetDeletesEverything(t *testing.T) {
	h := newHarness(t)
	h.command(staffUser, "/coach", "off")
	h.command(staffUser, "/followup", "tomorrow 3pm call Dana back")
	ctx := context.Background()
	prompt := h.command(staffUser, "/coach", "forget")
	if !strings.Contains(prompt, "call Dana back") || !strings.Contains(prompt, "1 open promise") {
		t.Fatalf("/coach forget does not say what will go:\n%s", prompt)
	}
	// Nothing goes before the person confirms; Keep it keeps everything.
	kept := h.responseTo(h.click(staffUser, supportChan, "rapport_forget_cancel", "keep"))
	if !strings.Contains(blocksText(kept), "nothing was deleted") {
		t.Errorf("Keep it answered:\n%s", blocksText(kept))
	}
	if ps, _ := h.db.OpenPromises(ctx, staffUser); len(ps) != 1 {
		t.Fatalf("before confirming: %d promises, want 1", len(ps))
	}
	done := h.responseTo(h.click(staffUser, supportChan, "rapport_forget_confirm", forgetButton(t, prompt)))
	if !strings.Contains(blocksText(done), "deleted") {
		t.Fatalf("confirmed forget answered:\n%s", blocksText(done))
	}
	if out, _ := h.db.OptedOut(ctx, staffUser); out {
		t.Errorf("opt-out survived forget")
	}
	if ps, _ := h.db.OpenPromises(ctx, staffUser); len(ps) != 0 {
		t.Errorf("%d promises survived forget", len(ps))
	}
}

func TestWhyDismissAndNotHelpfulButtons(t *testing.T) {
	h := newHarness(t)
	h.say(staffUser, supportChan, "No problem!")
	nudge := h.ephemeralTo(staffUser, supportChan)
	whyValue, ok := buttonValue(t, nudge, "rapport_why")
	if !ok {
		t.Fatal("no Why? button")
	}
	ids, ok := buttonValue(t, nudge, "rapport_not_helpful")
	if !ok {
		t.Fatal("no Not helpful button")
	}

	why := h.responseTo(h.click(staffUser, supportChan, "rapport_why", whyValue))
	if why.Params["replace_original"] != "true" {
		t.Errorf("Why? did not replace the nudge: %v", why.Params)
	}
	whyText := blocksPlain(t, why)
	if !strings.Contains(whyText, "Eight Simple Ways to Show You Care") {
		t.Errorf("Why? does not name the source article:\n%s", whyText)
	}
	if !strings.Contains(whyText, "Suggested rewrite") {
		t.Errorf("Why? lost the rewrite of the nudge it replaced:\n%s", whyText)
	}
	if v, ok := buttonValue(t, why, "rapport_not_helpful"); !ok || v != strings.Split(ids, ",")[0] {
		t.Errorf("Why? has no Not helpful button for its rule (value %q, want %q)", v, strings.Split(ids, ",")[0])
	}

	dismiss := h.responseTo(h.click(staffUser, supportChan, "rapport_dismiss", "dismiss"))
	if dismiss.Params["delete_original"] != "true" {
		t.Errorf("Dismiss did not delete the nudge: %v", dismiss.Params)
	}

	var last string
	for range 3 {
		last = blocksText(h.responseTo(h.click(staffUser, supportChan, "rapport_not_helpful", ids)))
	}
	if !strings.Contains(last, "/coach unmute") {
		t.Errorf("third Not helpful does not say how to undo the mute:\n%s", last)
	}
	h.say(staffUser, supportChan, "No problem!")
	h.sync()
	if n := len(h.ephemeralsIn(supportChan)); n != 1 {
		t.Errorf("muted rule still nudged: %d nudges in the channel, want the first only", n)
	}
	rule := strings.Split(ids, ",")[0]
	if got := h.command(staffUser, "/coach", "unmute "+rule); !strings.Contains(got, "back on") {
		t.Errorf("/coach unmute: %q", got)
	}
	h.say(staffUser, supportChan, "No problem!")
	h.sync()
	if n := len(h.ephemeralsIn(supportChan)); n != 2 {
		t.Errorf("unmuted rule did not nudge again: %d nudges, want 2", n)
	}
}

func TestOldOrForgedButtonsChangeNothing(t *testing.T) {
	h := newHarness(t)
	h.responseTo(h.click(staffUser, supportChan, "rapport_why", "no-such.rule,\x00\xff"))
	h.click(staffUser, supportChan, "rapport_unknown_action", "garbage")
	h.responseTo(h.click(staffUser, supportChan, "rapport_record_followup", "{not json"))
	h.click(staffUser, supportChan, "rapport_not_helpful", "no-such.rule")
	if muted, _ := h.db.MutedRules(context.Background(), staffUser); len(muted) != 0 {
		t.Errorf("forged feedback muted %v", muted)
	}
	h.sync() // still coaching
}

func TestFollowupStoresTextAsTypedNotSlackEscaped(t *testing.T) {
	h := newHarness(t)
	// Slack escapes &, < and > in command text.
	h.command(staffUser, "/followup", "tomorrow 3pm send the Q&amp;A notes &lt;draft&gt;")
	ps, err := h.db.OpenPromises(context.Background(), staffUser)
	if err != nil || len(ps) != 1 {
		t.Fatalf("promises: %v, %v", ps, err)
	}
	if ps[0].Text != "send the Q&A notes <draft>" {
		t.Errorf("stored %q, want the text as the user typed it", ps[0].Text)
	}
	if got := h.command(staffUser, "/followup", "list"); !strings.Contains(got, "Q&amp;A notes &lt;draft&gt;") {
		t.Errorf("list does not show the text escaped once for Slack:\n%s", got)
	}
}

func TestFollowupListFitsInTheAck(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	due := time.Now().Add(24 * time.Hour)
	// Each preview escapes to five times its length: unbounded, 40 of them
	// would pass Slack's 20 KB ack limit.
	for i := range 40 {
		p := storage.Promise{Owner: staffUser, Text: fmt.Sprintf("%d %s", i, strings.Repeat("&", 150)), Due: due,
			ChannelID: supportChan, Permalink: "https://rapport-test.slack.com/archives/C0SUPPORT/p1700000000000100"}
		if err := h.db.CreatePromise(ctx, &p); err != nil {
			t.Fatal(err)
		}
	}
	got := h.command(staffUser, "/followup", "list")
	if strings.Contains(got, "too long") || !strings.Contains(got, "more.") {
		t.Errorf("list of 40 long promises: want a shortened list ending in \"…and N more.\", got %d bytes:\n%.300s", len(got), got)
	}
}
