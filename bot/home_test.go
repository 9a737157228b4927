package bot_test

import (
	"context"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/rapport-bot/rapport/bot/slackfake"
	"github.com/rapport-bot/rapport/coach"
	"github.com/rapport-bot/rapport/storage"
)

// openHome sends app_home_opened for user and waits for the views.publish
// that answers it (the n-th publish for that user, counting from 1).
func (h *harness) openHome(user string, n int) slackfake.Call {
	h.t.Helper()
	if _, err := h.fake.SendAppHomeOpened(user, "home"); err != nil {
		h.t.Fatalf("app_home_opened: %v", err)
	}
	return h.publishNo(user, n)
}

// publishes returns the views.publish calls for user so far.
func (h *harness) publishes(user string) []slackfake.Call {
	return h.callsWith("views.publish", "user_id", user)
}

// publishNo waits for the n-th views.publish for user.
func (h *harness) publishNo(user string, n int) slackfake.Call {
	h.t.Helper()
	deadline := time.Now().Add(waitFor)
	for {
		mine := h.publishes(user)
		if len(mine) >= n {
			if mine[n-1].Error != "" {
				h.t.Fatalf("views.publish %d for %s failed: %s", n, user, mine[n-1].Error)
			}
			return mine[n-1]
		}
		if time.Now().After(deadline) {
			h.t.Fatalf("got %d views.publish for %s, want %d", len(mine), user, n)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// homeClick presses a button on user's Home tab and waits for the ack.
func (h *harness) homeClick(user, actionID, value string) {
	h.t.Helper()
	env, err := h.fake.SendHomeClick(slackfake.HomeClick{User: user, ActionID: actionID, Value: value})
	if err != nil {
		h.t.Fatalf("home click: %v", err)
	}
	if _, err := h.fake.WaitAck(waitFor, env); err != nil {
		h.t.Fatalf("home click not acked: %v", err)
	}
}

// viewText is every text in a published view, and its raw blocks.
func viewText(t *testing.T, c slackfake.Call) (string, []byte) {
	t.Helper()
	var view struct {
		Type   string          `json:"type"`
		Blocks json.RawMessage `json:"blocks"`
	}
	if err := json.Unmarshal([]byte(c.Params["view"]), &view); err != nil {
		t.Fatalf("view: %v", err)
	}
	if view.Type != "home" {
		t.Errorf("view type %q, want home", view.Type)
	}
	return blocksPlain(t, slackfake.Call{Params: map[string]string{"blocks": string(view.Blocks)}}), view.Blocks
}

func TestHomeFirstOpenIsTheOnboarding(t *testing.T) {
	h := newHarness(t)
	first, _ := viewText(t, h.openHome(staffUser, 1))
	for _, want := range []string{"What it does", "What it stores", "Never the text of the messages", "How to opt out", "/coach off", "/coach forget", "Coaching is on"} {
		if !strings.Contains(first, want) {
			t.Errorf("first open lacks %q:\n%s", want, first)
		}
	}
	again, _ := viewText(t, h.openHome(staffUser, 2))
	if strings.Contains(again, "What it does") {
		t.Errorf("second open repeats the onboarding:\n%s", again)
	}
	if !strings.Contains(again, "Coaching is on") || !strings.Contains(again, "/coach off") {
		t.Errorf("second open lacks the coaching state or how to stop it:\n%s", again)
	}
	// The Messages tab is not the Home tab: nothing is published for it.
	if _, err := h.fake.SendAppHomeOpened(otherStaff, "messages"); err != nil {
		t.Fatal(err)
	}
	h.sync()
	if v, ok := h.fake.HomeView(otherStaff); ok {
		t.Errorf("opening the Messages tab published a Home view: %s", v)
	}
}

func TestHomeShowsTheUsersStateAndUpdatesWhenTheyAct(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	// A nudge, a muted rule and a promise.
	h.say(staffUser, supportChan, "No problem, PEBKAC strikes again.")
	h.ephemeralTo(staffUser, supportChan)
	h.sync()
	for range 3 {
		h.responseTo(h.click(staffUser, supportChan, "rapport_not_helpful", "no-problem.reply"))
	}
	h.command(staffUser, "/followup", "tomorrow 3pm send Sam the loaner laptop form")
	ps, err := h.db.OpenPromises(ctx, staffUser)
	if err != nil || len(ps) != 1 {
		t.Fatalf("promises: %v, %v", ps, err)
	}
	n := 1
	text, blocks := viewText(t, h.openHome(staffUser, n))
	for _, want := range []string{"1 nudge", "“no problem”: 1", "send Sam the loaner laptop form", "Suggestions you muted", "This week's tip"} {
		if !strings.Contains(text, want) {
			t.Errorf("home lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "PEBKAC strikes") {
		t.Errorf("home shows the text of a coached message:\n%s", text)
	}
	if v, ok := buttonIn(t, blocks, "rapport_home_unmute"); !ok || v != "no-problem.reply" {
		t.Errorf("Unmute button value %q (found %v), want no-problem.reply", v, ok)
	}
	if v, ok := buttonIn(t, blocks, "rapport_promise_done"); !ok || v != ps[0].ID {
		t.Errorf("Done button value %q (found %v), want %s", v, ok, ps[0].ID)
	}

	// Each action changes the database and the view at once.
	// A refresh started by an earlier event (the mutes, the follow-up) may
	// land after the tab was opened, so each step reads the first view
	// published after its click that shows its change (shows), then checks
	// the database and that view together.
	steps := []struct {
		name, action, value string
		shows               func(text string, blocks []byte) bool
		check               func(t *testing.T, text string, blocks []byte)
	}{
		{"turn coaching off", "rapport_home_coaching_off", "off", func(text string, _ []byte) bool { return strings.Contains(text, "Coaching is off") }, func(t *testing.T, text string, _ []byte) {
			if out, _ := h.db.OptedOut(ctx, staffUser); !out || !strings.Contains(text, "Coaching is off") {
				t.Errorf("got opted out %v, view:\n%s; want off in both", out, text)
			}
		}},
		{"turn coaching on", "rapport_home_coaching_on", "on", func(text string, _ []byte) bool { return strings.Contains(text, "Coaching is on") }, func(t *testing.T, text string, _ []byte) {
			if out, _ := h.db.OptedOut(ctx, staffUser); out || !strings.Contains(text, "Coaching is on") {
				t.Errorf("got opted out %v, view:\n%s; want on in both", out, text)
			}
		}},
		{"unmute", "rapport_home_unmute", "no-problem.reply", func(text string, _ []byte) bool { return !strings.Contains(text, "Unmute") }, func(t *testing.T, text string, blocks []byte) {
			if muted, _ := h.db.MutedRules(ctx, staffUser); len(muted) != 0 {
				t.Errorf("still muted: %v", muted)
			}
			if _, ok := buttonIn(t, blocks, "rapport_home_unmute"); ok {
				t.Errorf("view still offers Unmute:\n%s", text)
			}
		}},
		{"snooze to tomorrow", "rapport_snooze_tomorrow", ps[0].ID, func(text string, _ []byte) bool { return !strings.Contains(text, "15:00") }, func(t *testing.T, text string, _ []byte) {
			p, err := h.db.Promise(ctx, staffUser, ps[0].ID)
			if err != nil || p.Due.Equal(ps[0].Due) {
				t.Errorf("due %v (%v), want moved from %v", p.Due, err, ps[0].Due)
			}
		}},
		{"done", "rapport_promise_done", ps[0].ID, func(text string, _ []byte) bool { return !strings.Contains(text, "loaner laptop") }, func(t *testing.T, text string, _ []byte) {
			if open, _ := h.db.OpenPromises(ctx, staffUser); len(open) != 0 {
				t.Errorf("%d open promises, want 0", len(open))
			}
			if strings.Contains(text, "loaner laptop") {
				t.Errorf("view still lists the finished promise:\n%s", text)
			}
		}},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			n++
			h.homeClick(staffUser, s.action, s.value)
			text, blocks := viewText(t, h.publishNo(staffUser, n))
			for deadline := time.Now().Add(waitFor); !s.shows(text, blocks) && time.Now().Before(deadline); {
				if len(h.publishes(staffUser)) > n {
					n++
					text, blocks = viewText(t, h.publishNo(staffUser, n))
					continue
				}
				time.Sleep(5 * time.Millisecond)
			}
			s.check(t, text, blocks)
		})
	}
	// A Home button has no response_url: nothing was sent to one.
	for _, c := range h.fake.Calls("response_url") {
		if strings.Contains(string(c.Body), "Snoozed") || strings.Contains(string(c.Body), "Done:") {
			t.Errorf("a Home tab click answered through a response_url: %s", c.Body)
		}
	}
}

func TestHomeFollowsCommandsElsewhere(t *testing.T) {
	h := newHarness(t)
	h.openHome(staffUser, 1)
	h.command(staffUser, "/coach", "off")
	text, _ := viewText(t, h.publishNo(staffUser, 2))
	if !strings.Contains(text, "Coaching is off") {
		t.Errorf("after /coach off the Home tab reads:\n%s", text)
	}
	// Someone who never opened the tab gets no view published.
	h.command(requesterUser, "/coach", "off")
	h.sync()
	if _, ok := h.fake.HomeView(requesterUser); ok {
		t.Errorf("a view was published for a user who never opened the Home tab")
	}
}

var rawPlaceholder = regexp.MustCompile(`\{[a-z_]+\}`)

func TestWhyShowsTheFindingsWordsNeverPlaceholders(t *testing.T) {
	h := newHarness(t)
	h.say(staffUser, supportChan, "Just flush your DNS and it should work.")
	nudge := h.ephemeralTo(staffUser, supportChan)
	whyValue, _ := buttonValue(t, nudge, "rapport_why")
	tests := []struct{ name, value, want string }{
		{"this nudge", whyValue, `"DNS" is a term`},
		// Buttons on nudges sent before the fix carried the rule IDs alone.
		{"an older nudge", "condescending.just,jargon.network", "the term"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			why := h.responseTo(h.click(staffUser, supportChan, "rapport_why", tt.value))
			text := blocksPlain(t, why)
			if p := rawPlaceholder.FindString(text); p != "" {
				t.Errorf("Why? shows the placeholder %s:\n%s", p, text)
			}
			if !strings.Contains(text, tt.want) {
				t.Errorf("Why? lacks %q:\n%s", tt.want, text)
			}
		})
	}
}

func TestWhyOnAPromiseKeepsRecordFollowup(t *testing.T) {
	h := newHarness(t)
	h.say(staffUser, supportChan, "I'll get back to you tomorrow about the DNS change.")
	nudge := h.ephemeralTo(staffUser, supportChan)
	rec, ok := buttonValue(t, nudge, "rapport_record_followup")
	if !ok {
		t.Fatalf("promise nudge has no Record follow-up")
	}
	whyValue, _ := buttonValue(t, nudge, "rapport_why")
	why := h.responseTo(h.click(staffUser, supportChan, "rapport_why", whyValue))
	got, ok := buttonValue(t, why, "rapport_record_followup")
	if !ok {
		t.Fatalf("Why? dropped Record follow-up:\n%s", blocksText(why))
	}
	if got != rec {
		t.Errorf("Record follow-up after Why? = %q, want the nudge's %q", got, rec)
	}
}

func TestNotHelpfulCountsTheLeadFindingNamesItAndUndoes(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	h.say(staffUser, supportChan, "No problem, just flush the DNS cache. PEBKAC.")
	nudge := h.ephemeralTo(staffUser, supportChan)
	ids, _ := buttonValue(t, nudge, "rapport_not_helpful")
	if len(strings.Split(ids, ",")) < 3 {
		t.Fatalf("want a nudge with several rules, got %q", ids)
	}
	lead := strings.Split(ids, ",")[0]
	var reply slackfake.Call
	for range 3 {
		reply = h.responseTo(h.click(staffUser, supportChan, "rapport_not_helpful", ids))
	}
	muted, err := h.db.MutedRules(ctx, staffUser)
	if err != nil || len(muted) != 1 || muted[0] != lead {
		t.Fatalf("muted %v (%v), want only the lead rule %s", muted, err, lead)
	}
	text := blocksPlain(t, reply)
	if !strings.Contains(text, "“no problem”: ") {
		t.Errorf("the reply does not name the rule in words:\n%s", text)
	}
	undo, ok := buttonValue(t, reply, "rapport_undo_not_helpful")
	if !ok {
		t.Fatalf("no Undo button:\n%s", text)
	}
	undone := h.responseTo(h.click(staffUser, supportChan, "rapport_undo_not_helpful", undo))
	if !strings.Contains(blocksPlain(t, undone), "Undone") {
		t.Errorf("Undo answered:\n%s", blocksPlain(t, undone))
	}
	if muted, _ := h.db.MutedRules(ctx, staffUser); len(muted) != 0 {
		t.Errorf("after Undo: muted %v, want none", muted)
	}
	// Undo twice more takes back the other clicks; a fourth has nothing to undo.
	h.responseTo(h.click(staffUser, supportChan, "rapport_undo_not_helpful", undo))
	h.responseTo(h.click(staffUser, supportChan, "rapport_undo_not_helpful", undo))
	last := h.responseTo(h.click(staffUser, supportChan, "rapport_undo_not_helpful", undo))
	if !strings.Contains(blocksPlain(t, last), "Nothing to undo") {
		t.Errorf("undo with no click left answered:\n%s", blocksPlain(t, last))
	}
}

func TestNudgeCarriesNoNoise(t *testing.T) {
	h := newHarness(t)
	h.say(staffUser, supportChan, "No problem, glad it works.")
	text := blocksText(h.ephemeralTo(staffUser, supportChan))
	// Slack labels an ephemeral "Only visible to you" itself; a plain rules
	// rewrite needs no note.
	for _, noise := range []string{"Only you can see this", "only you can see this", "Rewrite from Rapport's rules."} {
		if strings.Contains(text, noise) {
			t.Errorf("nudge repeats %q:\n%s", noise, text)
		}
	}
}

func TestHomeFollowsPromisesMadeAndClosedElsewhere(t *testing.T) {
	h := newHarness(t)
	h.openHome(staffUser, 1)
	h.command(staffUser, "/followup", "tomorrow 3pm send the printer driver link")
	text, _ := viewText(t, h.publishNo(staffUser, 2))
	if !strings.Contains(text, "send the printer driver link") {
		t.Fatalf("after /followup the Home tab reads:\n%s", text)
	}
	ps, err := h.db.OpenPromises(context.Background(), staffUser)
	if err != nil || len(ps) != 1 {
		t.Fatalf("promises: %v, %v", ps, err)
	}
	// Done from a reminder DM (a message button, with a response_url).
	h.responseTo(h.click(staffUser, "D0STAFF", "rapport_promise_done", ps[0].ID))
	text, _ = viewText(t, h.publishNo(staffUser, 3))
	if strings.Contains(text, "printer driver") {
		t.Errorf("after Done in a DM the Home tab still lists it:\n%s", text)
	}
}

func TestHomeStaysWithinSlacksLimitsForABusyUser(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	for i := range 40 {
		p := storage.Promise{Owner: staffUser, Text: strings.Repeat("send the long checklist ", 20) + string(rune('a'+i%26)), Due: time.Now().Add(time.Duration(i+1) * time.Hour)}
		if err := h.db.CreatePromise(ctx, &p); err != nil {
			t.Fatal(err)
		}
	}
	for _, info := range h.analyzerRules(t)[:30] {
		if _, _, err := h.db.RecordNotHelpful(ctx, staffUser, info, 1); err != nil {
			t.Fatal(err)
		}
	}
	// publishNo fails the test if the fake refused the view (over 100
	// blocks, a section over 3000 characters, a button value over 2000).
	text, _ := viewText(t, h.openHome(staffUser, 1))
	for _, want := range []string{"…and 25 more", "/followup list", "…and 10 more"} {
		if !strings.Contains(text, want) {
			t.Errorf("busy Home tab lacks %q", want)
		}
	}
}

// analyzerRules lists the IDs of the built-in rules.
func (h *harness) analyzerRules(t *testing.T) []string {
	t.Helper()
	a, err := coach.NewAnalyzer(coach.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range a.Rules() {
		ids = append(ids, r.ID)
	}
	if len(ids) < 30 {
		t.Fatalf("only %d rules", len(ids))
	}
	return ids
}

func TestHomeAfterForgetShowsAFreshStart(t *testing.T) {
	h := newHarness(t)
	h.command(staffUser, "/followup", "tomorrow 3pm return the spare badge")
	text, _ := viewText(t, h.openHome(staffUser, 1))
	if !strings.Contains(text, "spare badge") {
		t.Fatalf("home lacks the promise:\n%s", text)
	}
	prompt := h.command(staffUser, "/coach", "forget")
	h.responseTo(h.click(staffUser, supportChan, "rapport_forget_confirm", forgetButton(t, prompt)))
	text, _ = viewText(t, h.publishNo(staffUser, 2))
	if strings.Contains(text, "spare badge") || !strings.Contains(text, "What it stores") {
		t.Errorf("after forget the Home tab should show the onboarding and no promise:\n%s", text)
	}
}
