package bot_test

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rapport-bot/rapport/bot/slackfake"
)

// Red-team tests of the surfaces added with the Home tab, edits and the
// /coach forget confirmation: each drives the bot through the fake Slack.

// lockedBuffer collects log output from the bot's goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// withLogs sends every log line, DEBUG up, to buf.
func withLogs(buf *lockedBuffer) func(*setup) {
	return func(s *setup) {
		s.deps.Log = slog.New(slog.NewTextHandler(buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
}

func (h *harness) publishesFor(user string) int {
	n := 0
	for _, c := range h.fake.Calls("views.publish") {
		if c.Params["user_id"] == user {
			n++
		}
	}
	return n
}

// TestHomeOpenFloodPublishesOnlyWhatChanged: Slack sends app_home_opened
// each time the tab is shown. A flood of them (a script, a stuck client)
// must not turn into a views.publish each: that spends the workspace's
// views.publish rate limit (and earns 429s) for views the user already
// has. The tab still follows every change.
func TestHomeOpenFloodPublishesOnlyWhatChanged(t *testing.T) {
	h := newHarness(t)
	h.openHome(staffUser, 1) // the onboarding
	h.openHome(staffUser, 2) // the ordinary page
	const flood = 60
	for range flood {
		if _, err := h.fake.SendAppHomeOpened(staffUser, "home"); err != nil {
			t.Fatal(err)
		}
	}
	h.sync()
	if got := h.publishesFor(staffUser); got > 3 {
		t.Errorf("%d app_home_opened for an unchanged page made %d views.publish, want at most 3", flood, got)
	}
	// A change is still shown on the next open.
	h.command(staffUser, "/followup", "tomorrow 3pm bring the spare charger")
	if _, err := h.fake.SendAppHomeOpened(staffUser, "home"); err != nil {
		t.Fatal(err)
	}
	h.sync()
	view, _ := h.fake.HomeView(staffUser)
	if !strings.Contains(string(view), "spare charger") {
		t.Errorf("the page after a change lacks the new promise:\n%s", view)
	}
}

// TestHomeButtonsWithForgedValuesEchoNothing: the values of Home buttons
// come back from the client and may be forged. An Unmute or Undo carrying
// a huge, invalid or injected rule ID changes nothing, and its bytes never
// reach the log (a log line per forged click would also let anyone write
// into the admin's logs).
func TestHomeButtonsWithForgedValuesEchoNothing(t *testing.T) {
	var logs lockedBuffer
	h := newHarness(t, withLogs(&logs))
	ctx := context.Background()
	const marker = "FORGEDVALUEMARKER"
	values := []struct{ name, value string }{
		{"huge", strings.Repeat("x", 40000) + marker},
		{"newline injection", "no-problem.reply\nlevel=ERROR msg=" + marker},
		{"invalid UTF-8", "no-problem.\xff\xfe" + marker},
		{"unknown rule", "made.up-" + marker},
	}
	for _, v := range values {
		t.Run(v.name, func(t *testing.T) {
			for _, action := range []string{"rapport_home_unmute", "rapport_undo_not_helpful"} {
				h.homeClick(staffUser, action, v.value)
			}
			h.sync()
			if strings.Contains(logs.String(), marker) {
				t.Errorf("a forged button value reached the log:\n%.600s", logs.String())
			}
		})
	}
	if muted, err := h.db.MutedRules(ctx, staffUser); err != nil || len(muted) != 0 {
		t.Errorf("forged clicks left muted rules %v (err %v), want none", muted, err)
	}
}

// TestEditNudgeSurvivesASlackServerError: the nudge for an edited message
// is retried on HTTP 5xx like any other nudge, not dropped.
func TestEditNudgeSurvivesASlackServerError(t *testing.T) {
	h := newHarness(t)
	const ts = "1700000200.000100"
	v1 := "The printer is back online."
	h.fake.SendMessage(slackfake.Message{Channel: supportChan, User: staffUser, Text: v1, TS: ts})
	h.sync()
	before := len(h.ephemeralsIn(supportChan))
	h.fake.FailNext("chat.postEphemeral", 1, slackfake.ServerError())
	h.edit(slackfake.Edit{Channel: supportChan, User: staffUser, TS: ts, Before: v1, After: v1 + " Classic PEBKAC."})
	h.sync()
	var got []string
	for _, c := range h.ephemeralsIn(supportChan)[before:] {
		if c.Status == 200 && c.Error == "" {
			got = append(got, blocksText(c))
		}
	}
	if len(got) != 1 || !strings.Contains(got[0], "PEBKAC") {
		t.Errorf("after one HTTP 500, got %d delivered edit nudges, want 1 naming PEBKAC", len(got))
	}
}

var forgetValue = regexp.MustCompile(`"action_id":"rapport_forget_confirm"[^}]*?"value":"([^"]*)"`)

// forgetButton is the value of the Delete everything button in a reply.
func forgetButton(t *testing.T, reply string) string {
	t.Helper()
	m := forgetValue.FindStringSubmatch(reply)
	if m == nil {
		t.Fatalf("no Delete everything button in:\n%s", reply)
	}
	return m[1]
}

// TestForgetConfirmReplayedLaterAsksAgain: the confirmation lists what
// will be deleted. A Delete everything button clicked after that list
// went out of date (a promise recorded since, or clicked long after) must
// not delete what the person was never shown: it asks again instead.
func TestForgetConfirmReplayedLaterAsksAgain(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	prompt := h.command(staffUser, "/coach", "forget")
	m := forgetValue.FindStringSubmatch(prompt)
	if m == nil {
		t.Fatalf("no Delete everything button in:\n%s", prompt)
	}
	h.command(staffUser, "/followup", "tomorrow 3pm send Robin the new door code")
	reply := h.responseTo(h.click(staffUser, supportChan, "rapport_forget_confirm", m[1]))
	if ps, _ := h.db.OpenPromises(ctx, staffUser); len(ps) != 1 {
		t.Errorf("an out-of-date confirmation deleted a promise it never listed: %d left, want 1", len(ps))
	}
	if text := blocksText(reply); !strings.Contains(text, "door code") || !strings.Contains(text, "rapport_forget_confirm") {
		t.Errorf("an out-of-date confirmation should ask again, listing the new promise; got:\n%s", text)
	}
	// The fresh question's button deletes.
	m2 := forgetValue.FindStringSubmatch(blocksText(reply))
	if m2 == nil {
		t.Fatal("no button in the fresh question")
	}
	done := h.responseTo(h.click(staffUser, supportChan, "rapport_forget_confirm", m2[1]))
	if !strings.Contains(blocksText(done), "deleted") {
		t.Errorf("confirming the fresh question answered:\n%s", blocksText(done))
	}
	if ps, _ := h.db.OpenPromises(ctx, staffUser); len(ps) != 0 {
		t.Errorf("%d promises survived a confirmed forget", len(ps))
	}
}

// TestHomeRateLimitDoesNotHoldUpNudges: when Slack rate-limits
// views.publish (429, Retry-After 30 s), a morning's worth of Home opens
// must not park every worker in a 30-second wait while nudges queue
// behind them, nor hammer the method. Publishing pauses until Slack's
// time is up; then the next open publishes again.
func TestHomeRateLimitDoesNotHoldUpNudges(t *testing.T) {
	c := &clock{t: time.Now()}
	h := newHarness(t, func(s *setup) { s.cfg.Workers = 4; s.clock = c })
	h.fake.FailNext("views.publish", 1000, slackfake.RateLimited(30))
	const users = 40
	for i := range users {
		if _, err := h.fake.SendAppHomeOpened(fmt.Sprintf("U0HOME%03d", i), "home"); err != nil {
			t.Fatal(err)
		}
	}
	h.say(staffUser, supportChan, "No problem, PEBKAC again.")
	h.ephemeralTo(staffUser, supportChan) // fails the test if it never comes
	if n := len(h.fake.Calls("views.publish")); n > 8 {
		t.Errorf("views.publish was called %d times under a 30 s Retry-After, want a few at most", n)
	}
	// After Retry-After, the next open is published.
	h.fake.Reset()
	c.Advance(31 * time.Second)
	h.openHome("U0HOME000", 1)
}

// TestHomeOpenWithAForgedUserIsIgnored: an app_home_opened whose user is
// not shaped like a Slack user ID (huge, invalid UTF-8, empty-looking) is
// not recorded as a visit and publishes nothing: the database cannot be
// grown with made-up users.
func TestHomeOpenWithAForgedUserIsIgnored(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	forged := []string{strings.Repeat("U", 20000), "U0BAD\xff\xfe", "U0 SPACE", "not-a-user", "u0lower"}
	for _, u := range forged {
		if _, err := h.fake.SendAppHomeOpened(u, "home"); err != nil {
			t.Fatal(err)
		}
	}
	h.sync()
	for _, u := range forged {
		if seen, err := h.db.HomeOpened(ctx, u); err != nil || seen {
			t.Errorf("forged user %.20q: recorded as a Home visit (err %v)", u, err)
		}
	}
	if n := len(h.fake.Calls("views.publish")); n != 0 {
		t.Errorf("forged users got %d views.publish, want 0", n)
	}
	h.openHome(staffUser, 1) // a real user still gets their page
}
