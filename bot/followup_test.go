package bot_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/rapport-bot/rapport/bot/slackfake"
	"github.com/rapport-bot/rapport/storage"
)

// followupNow is Wed 18 Nov 2026: 10:30 in New York, 16:30 in Berlin,
// 21:00 in Kolkata.
var followupNow = time.Date(2026, 11, 18, 15, 30, 0, 0, time.UTC)

const nyZone = "America/New_York"

func mustZone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatalf("zone %s: %v", name, err)
	}
	return loc
}

// newFollowupHarness starts a bot at now whose staff user lives in New York;
// more users (with their zones) may be given.
func newFollowupHarness(t *testing.T, now time.Time, users ...slackfake.User) *harness {
	t.Helper()
	fake := slackfake.New(t, slackfake.WithPingInterval(50*time.Millisecond))
	fake.SetUser(slackfake.User{ID: staffUser, Name: "sam", TZ: nyZone})
	for _, u := range users {
		fake.SetUser(u)
	}
	c := &clock{}
	c.Set(now)
	return newHarness(t, func(s *setup) {
		s.fake = fake
		s.clock = c
	})
}

var confirmedID = regexp.MustCompile("ID `([a-z0-9]+)`")

// record runs /followup text as user and returns the new promise as stored.
func (h *harness) record(user, text string) (storage.Promise, string) {
	h.t.Helper()
	reply := h.command(user, "/followup", text)
	m := confirmedID.FindStringSubmatch(reply)
	if m == nil {
		h.t.Fatalf("/followup %q: no ID in the reply:\n%s", text, reply)
	}
	p, err := h.db.Promise(context.Background(), user, m[1])
	if err != nil {
		h.t.Fatalf("/followup %q: promise %s confirmed but not stored: %v", text, m[1], err)
	}
	return p, reply
}

// promiseRows counts every promise in the database file, whatever its owner
// or status.
func (h *harness) promiseRows() int {
	h.t.Helper()
	db, err := sql.Open("sqlite3", storage.DSN(h.dbPath))
	if err != nil {
		h.t.Fatalf("open db: %v", err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM promises`).Scan(&n); err != nil {
		h.t.Fatalf("count promises: %v", err)
	}
	return n
}

func TestFollowupTimePhrases(t *testing.T) {
	ny := mustZone(t, nyZone)
	h := newFollowupHarness(t, followupNow)
	tests := []struct {
		text     string
		want     time.Time
		describe string
	}{
		{"tomorrow 3pm call Dana back", time.Date(2026, 11, 19, 15, 0, 0, 0, ny), "Thu 19 Nov, 15:00 (tomorrow)"},
		{"call Dana back tomorrow 3pm", time.Date(2026, 11, 19, 15, 0, 0, 0, ny), "Thu 19 Nov, 15:00 (tomorrow)"},
		{"in 2 hours call Dana back", time.Date(2026, 11, 18, 12, 30, 0, 0, ny), "Wed 18 Nov, 12:30 (in 2 hours)"},
		{"friday call Dana back", time.Date(2026, 11, 20, 9, 0, 0, 0, ny), "Fri 20 Nov, 09:00 (in 2 days)"},
		{"next monday 9am call Dana back", time.Date(2026, 11, 23, 9, 0, 0, 0, ny), "Mon 23 Nov, 09:00 (in 5 days)"},
		{"dec 1 2pm call Dana back", time.Date(2026, 12, 1, 14, 0, 0, 0, ny), "Tue 1 Dec, 14:00 (in 13 days)"},
		{"noon tomorrow call Dana back", time.Date(2026, 11, 19, 12, 0, 0, 0, ny), "Thu 19 Nov, 12:00 (tomorrow)"},
		{"eod call Dana back", time.Date(2026, 11, 18, 17, 0, 0, 0, ny), "Wed 18 Nov, 17:00 (in 6 hours 30 minutes)"},
		{"2026-12-01 14:00 call Dana back", time.Date(2026, 12, 1, 14, 0, 0, 0, ny), "Tue 1 Dec, 14:00 (in 13 days)"},
		{"call Dana back by friday", time.Date(2026, 11, 20, 9, 0, 0, 0, ny), "Fri 20 Nov, 09:00 (in 2 days)"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			p, reply := h.record(staffUser, tt.text)
			if !p.Due.Equal(tt.want) {
				t.Errorf("due = %v, want %v", p.Due.In(ny), tt.want)
			}
			if p.Text != "call Dana back" {
				t.Errorf("text = %q, want %q", p.Text, "call Dana back")
			}
			if p.Owner != staffUser || p.Status != storage.PromiseOpen || p.ChannelID != supportChan {
				t.Errorf("stored %+v, want open, owned by %s, in %s", p, staffUser, supportChan)
			}
			if !strings.Contains(reply, tt.describe) {
				t.Errorf("reply does not say %q:\n%s", tt.describe, reply)
			}
			if len(p.ID) > 6 {
				t.Errorf("ID %q is not short", p.ID)
			}
		})
	}
}

func TestFollowupUsesCallersTimeZone(t *testing.T) {
	h := newFollowupHarness(t, followupNow,
		slackfake.User{ID: "U0KOLKATA", Name: "asha", TZ: "Asia/Kolkata"},
		slackfake.User{ID: "U0BERLIN", Name: "jonas", TZ: "Europe/Berlin"})
	tests := []struct {
		user     string
		wantUTC  time.Time
		describe string
	}{
		{staffUser, time.Date(2026, 11, 19, 20, 0, 0, 0, time.UTC), "Thu 19 Nov, 15:00"},
		{"U0KOLKATA", time.Date(2026, 11, 19, 9, 30, 0, 0, time.UTC), "Thu 19 Nov, 15:00"},
		{"U0BERLIN", time.Date(2026, 11, 19, 14, 0, 0, 0, time.UTC), "Thu 19 Nov, 15:00"},
	}
	for _, tt := range tests {
		t.Run(tt.user, func(t *testing.T) {
			p, reply := h.record(tt.user, "tomorrow 3pm call Dana back")
			if !p.Due.Equal(tt.wantUTC) {
				t.Errorf("due = %v, want %v", p.Due.UTC(), tt.wantUTC)
			}
			if !strings.Contains(reply, tt.describe) {
				t.Errorf("reply does not show the time in the caller's zone (%s):\n%s", tt.describe, reply)
			}
			if strings.Contains(reply, "couldn't read your Slack time zone") {
				t.Errorf("reply says the zone is unknown:\n%s", reply)
			}
		})
	}
	// The zone is cached: a second command does not ask Slack again.
	h.record(staffUser, "friday call Dana back")
	n := 0
	for _, c := range h.fake.Calls("users.info") {
		if c.Params["user"] == staffUser {
			n++
		}
	}
	if n != 1 {
		t.Errorf("users.info asked %d times for the same user, want 1 (cached)", n)
	}
}

func TestFollowupAcrossDSTChange(t *testing.T) {
	// Sat 31 Oct 2026, 12:00 EDT; clocks go back on Sun 1 Nov.
	now := time.Date(2026, 10, 31, 16, 0, 0, 0, time.UTC)
	h := newFollowupHarness(t, now)
	p, reply := h.record(staffUser, "monday 9am call Dana back")
	want := time.Date(2026, 11, 2, 14, 0, 0, 0, time.UTC) // 09:00 EST
	if !p.Due.Equal(want) {
		t.Errorf("due = %v, want %v (09:00 EST)", p.Due.UTC(), want)
	}
	if !strings.Contains(reply, "Mon 2 Nov, 09:00 (in 2 days)") {
		t.Errorf("reply:\n%s", reply)
	}
	p, _ = h.record(staffUser, "tomorrow 9am call Dana back")
	if want := time.Date(2026, 11, 1, 14, 0, 0, 0, time.UTC); !p.Due.Equal(want) {
		t.Errorf("tomorrow 9am on the change day: due = %v, want %v", p.Due.UTC(), want)
	}
}

func TestFollowupUnknownZoneIsSaid(t *testing.T) {
	h := newFollowupHarness(t, followupNow)
	// U0NOBODY is unknown to users.info: times fall back to UTC, and the
	// reply says so rather than pass a time in the wrong zone off as right.
	_, reply := h.record("U0NOBODY", "tomorrow 3pm call Dana back")
	if !strings.Contains(reply, "Thu 19 Nov, 15:00") || !strings.Contains(reply, "UTC") {
		t.Errorf("reply does not say the time is in UTC:\n%s", reply)
	}
}

func TestFollowupRequester(t *testing.T) {
	h := newFollowupHarness(t, followupNow)
	tests := []struct {
		text, requester, shown string
	}{
		{"<@U0DANA|dana> tomorrow 3pm send the VPN guide", "U0DANA", "for <@U0DANA>"},
		{"<@U0DANA> send the VPN guide friday", "U0DANA", "for <@U0DANA>"},
		{"@dana tomorrow 3pm send the VPN guide", "@dana", "for @dana"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			p, reply := h.record(staffUser, tt.text)
			if p.Requester != tt.requester {
				t.Errorf("requester = %q, want %q", p.Requester, tt.requester)
			}
			if p.Text != "send the VPN guide" {
				t.Errorf("text = %q", p.Text)
			}
			if !strings.Contains(reply, tt.shown) {
				t.Errorf("reply does not name the requester (%s):\n%s", tt.shown, reply)
			}
		})
	}
}

func TestFollowupListDoneCancelSnooze(t *testing.T) {
	ny := mustZone(t, nyZone)
	h := newFollowupHarness(t, followupNow)
	later, _ := h.record(staffUser, "friday send the VPN guide")
	soon, _ := h.record(staffUser, "<@U0DANA|dana> in 1 hour call Dana back")
	mid, _ := h.record(staffUser, "tomorrow 3pm check the printer")
	theirs, _ := h.record(otherStaff, "tomorrow 3pm someone else's promise")
	h.clock.Advance(90 * time.Minute) // soon is now overdue

	list := h.command(staffUser, "/followup", "list")
	iSoon, iMid, iLater := strings.Index(list, soon.ID), strings.Index(list, mid.ID), strings.Index(list, later.ID)
	if iSoon < 0 || iMid < 0 || iLater < 0 || !(iSoon < iMid && iMid < iLater) {
		t.Errorf("list is not all three by due time (%s, %s, %s):\n%s", soon.ID, mid.ID, later.ID, list)
	}
	if strings.Contains(list, theirs.ID) || strings.Contains(list, "someone else") {
		t.Errorf("list shows another user's promise:\n%s", list)
	}
	lines := strings.Split(list, "\n")
	for _, l := range lines {
		overdue := strings.Contains(l, "overdue")
		switch {
		case strings.Contains(l, soon.ID) && !overdue:
			t.Errorf("overdue promise not marked: %s", l)
		case strings.Contains(l, soon.ID) && !strings.Contains(l, "<@U0DANA>"):
			t.Errorf("requester not shown: %s", l)
		case strings.Contains(l, mid.ID) && overdue:
			t.Errorf("promise still ahead marked overdue: %s", l)
		}
	}

	// Another user's ID answers exactly as a missing one, and changes nothing.
	for _, verb := range []string{"done", "cancel", "snooze"} {
		args := map[bool]string{true: " in 2 hours", false: ""}[verb == "snooze"]
		got := h.command(otherStaff, "/followup", verb+" "+soon.ID+args)
		missing := h.command(otherStaff, "/followup", verb+" zzzz"+args)
		if strings.ReplaceAll(got, soon.ID, "zzzz") != missing {
			t.Errorf("%s of another user's ID answers\n%q\nnot as a missing one\n%q", verb, got, missing)
		}
	}
	if p, _ := h.db.Promise(context.Background(), staffUser, soon.ID); p.Status != storage.PromiseOpen || !p.Due.Equal(soon.Due) {
		t.Errorf("another user changed the promise: %+v", p)
	}

	reply := h.command(staffUser, "/followup", "snooze "+strings.ToUpper(soon.ID)+" tomorrow 9am")
	if p, _ := h.db.Promise(context.Background(), staffUser, soon.ID); !p.Due.Equal(time.Date(2026, 11, 19, 9, 0, 0, 0, ny)) {
		t.Errorf("snooze: due = %v, want tomorrow 09:00", p.Due.In(ny))
	}
	if !strings.Contains(reply, "Thu 19 Nov, 09:00") {
		t.Errorf("snooze reply:\n%s", reply)
	}

	h.command(staffUser, "/followup", "done `"+soon.ID+"`")
	h.command(staffUser, "/followup", "cancel "+mid.ID)
	for id, want := range map[string]storage.PromiseStatus{soon.ID: storage.PromiseDone, mid.ID: storage.PromiseCancelled, later.ID: storage.PromiseOpen} {
		if p, _ := h.db.Promise(context.Background(), staffUser, id); p.Status != want {
			t.Errorf("promise %s is %s, want %s", id, p.Status, want)
		}
	}
	if again := h.command(staffUser, "/followup", "done "+soon.ID); !strings.Contains(again, "already closed") {
		t.Errorf("closing twice: %s", again)
	}
	list = h.command(staffUser, "/followup", "list")
	if strings.Contains(list, soon.ID) || strings.Contains(list, mid.ID) || !strings.Contains(list, later.ID) {
		t.Errorf("list after done and cancel:\n%s", list)
	}
}

func TestFollowupHelp(t *testing.T) {
	h := newFollowupHarness(t, followupNow)
	help := h.command(staffUser, "/followup", "help")
	for _, want := range []string{"/followup list", "/followup done ID", "/followup snooze ID", "/followup cancel ID", "tomorrow 3pm", "time zone"} {
		if !strings.Contains(help, want) {
			t.Errorf("help lacks %q:\n%s", want, help)
		}
	}
}

func TestFollowupBadInputStoresNothing(t *testing.T) {
	h := newFollowupHarness(t, followupNow)
	tests := []struct {
		text string
		want string // in the reply, beside the usage examples
	}{
		{"", "Say when and what"},
		{"   ", "Say when and what"},
		{"frobnicate", "I don't know `/followup frobnicate`"},
		{"banana", "I don't know `/followup banana`"},
		{"call Dana back", "couldn't find a time"},
		{"yesterday call Dana back", "already passed"},
		{"2026-11-01 09:00 call Dana back", "already passed"},
		{"in 2 years call Dana back", "more than a year"},
		{"2027-12-01 09:00 call Dana back", "more than a year"},
		{"feb 30 call Dana back", "doesn't exist"},
		{"tomorrow 3pm", "Say what you promised"},
		{"tomorrow 3pm call Dana back friday", "not sure which time"},
		{"in a few days call Dana back", "not sure which time"},
		{"tomorrow 3pm " + strings.Repeat("a", 1990), "too long"},
		{"done", "Say which promise"},
		{"cancel", "Say which promise"},
		{"done a b", "Say which promise"},
		{"snooze", "Say which promise and until when"},
		{"snooze abcd", "Say which promise and until when"},
		{"snooze abcd banana", "couldn't find a time"},
		{"list everything", "takes nothing after it"},
		{"tomorrow 3pm call Dana \ufffd back", "characters I can't read"},
		{"tomorrow 25:99 call Dana back", "doesn't exist"},
		{"call Dana back tomorrow 23:60", "doesn't exist"},
		{"tomorrow ３pm call Dana back", "ordinary digits"},
		{"call Dana back ３pm", "ordinary digits"},
		{"snooze abcd ３pm", "ordinary digits"},
		{"snooze abcd tomorrow 25:99", "doesn't exist"},
		{"done abcd extra words tomorrow", "takes only the ID"},
		{"cancel ABCD, call Dana friday 2pm", "takes only the ID"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%.40q", tt.text), func(t *testing.T) {
			reply := h.command(staffUser, "/followup", tt.text)
			if !strings.Contains(reply, tt.want) {
				t.Errorf("reply lacks %q:\n%s", tt.want, reply)
			}
			if !strings.Contains(reply, "/followup tomorrow 3pm call Dana back") {
				t.Errorf("reply has no usage examples:\n%s", reply)
			}
		})
	}
	// A promise that starts with a subcommand's word is still a promise.
	for _, text := range []string{"cancel the team lunch friday 2pm", "done reviewing? send the report by friday", "list the spare laptops tomorrow 9am"} {
		h.record(staffUser, text)
	}
	// A long promise in a script that takes several bytes a character is
	// judged by characters, as Slack counts them.
	long := strings.Repeat("ж", 1900)
	if p, _ := h.record(staffUser, "tomorrow 3pm "+long); p.Text != long {
		t.Errorf("1,900-character promise not stored whole")
	}
	if n := h.promiseRows(); n != 4 {
		t.Errorf("%d promises stored, want only the 4 valid ones", n)
	}
}

// TestFollowupInvalidUTF8 sends bytes that are not UTF-8 in a raw envelope:
// they reach the bot as U+FFFD and must not be stored.
func TestFollowupInvalidUTF8(t *testing.T) {
	h := newFollowupHarness(t, followupNow)
	raw := []byte(`{"envelope_id":"env-bad-utf8","type":"slash_commands","accepts_response_payload":true,"payload":{` +
		`"command":"/followup","text":"tomorrow 3pm call Dana ` + "\xff\xfe" + ` back","user_id":"` + staffUser + `",` +
		`"channel_id":"` + supportChan + `","team_id":"T0TEAM","response_url":"` + h.fake.ResponseURL("env-bad-utf8") + `","trigger_id":"trig"}}`)
	env := h.fake.SendRaw(raw)
	ack, err := h.fake.WaitAck(waitFor, env)
	if err != nil {
		t.Fatalf("no ack: %v", err)
	}
	var reply struct{ Text string }
	if err := json.Unmarshal(ack.Payload, &reply); err != nil {
		t.Fatalf("ack payload %s: %v", ack.Payload, err)
	}
	if !strings.Contains(reply.Text, "characters I can't read") {
		t.Errorf("reply: %s", reply.Text)
	}
	if n := h.promiseRows(); n != 0 {
		t.Errorf("%d promises stored from unreadable text", n)
	}
}

// TestFollowupOpenPromiseCap: past the per-person cap on open promises,
// /followup and the modal say why nothing was stored and how to make room.
func TestFollowupOpenPromiseCap(t *testing.T) {
	h := newFollowupHarness(t, followupNow)
	ctx := context.Background()
	var first storage.Promise
	for i := range storage.DefaultMaxOpen {
		p := storage.Promise{Owner: staffUser, Text: fmt.Sprintf("promise %d", i), Due: followupNow.Add(time.Hour)}
		if err := h.db.CreatePromise(ctx, &p); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = p
		}
	}
	want := fmt.Sprintf("%d open promises", storage.DefaultMaxOpen)
	reply := h.command(staffUser, "/followup", "tomorrow 3pm call Dana back")
	if !strings.Contains(reply, want) || !strings.Contains(reply, "/followup done ID") {
		t.Errorf("reply at the cap lacks %q and how to close one:\n%s", want, reply)
	}
	v := openedView{CallbackID: "rapport_followup"}
	ack := h.submitView(staffUser, v, "Send the VPN guide", "friday 2pm")
	if !strings.Contains(string(ack), want) {
		t.Errorf("modal at the cap answered %s, want an error saying %q", ack, want)
	}
	if n := h.promiseRows(); n != storage.DefaultMaxOpen {
		t.Errorf("%d promises stored, want %d: nothing past the cap", n, storage.DefaultMaxOpen)
	}
	// Someone else is not held back by it, and closing one makes room.
	h.record(otherStaff, "tomorrow 3pm call Dana back")
	h.command(staffUser, "/followup", "done "+first.ID)
	h.record(staffUser, "tomorrow 3pm call Dana back")
}
