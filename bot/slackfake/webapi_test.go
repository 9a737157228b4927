package slackfake_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack"

	"github.com/rapport-bot/rapport/bot/slackfake"
)

func newAPI(fake *slackfake.Server) *slack.Client {
	return slack.New("xoxb-test", slack.OptionAPIURL(fake.APIURL()))
}

func TestPostEphemeralIsRecorded(t *testing.T) {
	fake := slackfake.New(t)
	api := newAPI(fake)
	block := slack.NewSectionBlock(slack.NewTextBlockObject(slack.MarkdownType, "Try *plain words*", false, false), nil, nil)
	ts, err := api.PostEphemeral("C1", "U1",
		slack.MsgOptionText("A gentler way to say it", false),
		slack.MsgOptionTS("1700000000.000100"),
		slack.MsgOptionBlocks(block))
	if err != nil {
		t.Fatal(err)
	}
	if ts == "" {
		t.Error("PostEphemeral returned no message_ts")
	}
	call, err := fake.WaitCall(time.Second, "chat.postEphemeral", func(c slackfake.Call) bool { return c.Params["user"] == "U1" })
	if err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]string{"channel": "C1", "user": "U1", "text": "A gentler way to say it", "thread_ts": "1700000000.000100"} {
		if got := call.Params[k]; got != want {
			t.Errorf("param %s = %q, want %q", k, got, want)
		}
	}
	if _, ok := call.Params["token"]; ok {
		t.Error("token recorded in Params")
	}
	var blocks []map[string]any
	if err := json.Unmarshal([]byte(call.Params["blocks"]), &blocks); err != nil || len(blocks) != 1 || blocks[0]["type"] != "section" {
		t.Errorf("blocks = %s (%v)", call.Params["blocks"], err)
	}
	if call.Status != http.StatusOK || call.Error != "" {
		t.Errorf("answered %d %q, want 200 ok", call.Status, call.Error)
	}
}

func TestInjectedFailures(t *testing.T) {
	tests := []struct {
		name    string
		failure slackfake.Failure
		check   func(t *testing.T, err error)
	}{
		{"slack error", slackfake.SlackError("not_in_channel"), func(t *testing.T, err error) {
			var se slack.SlackErrorResponse
			if !errors.As(err, &se) || se.Err != "not_in_channel" {
				t.Errorf("err = %#v, want SlackErrorResponse not_in_channel", err)
			}
		}},
		{"429 with Retry-After", slackfake.RateLimited(7), func(t *testing.T, err error) {
			var rl *slack.RateLimitedError
			if !errors.As(err, &rl) || rl.RetryAfter != 7*time.Second {
				t.Errorf("err = %#v, want *RateLimitedError{7s}", err)
			}
		}},
		{"429 without Retry-After", slackfake.RateLimitedNoHeader(), func(t *testing.T, err error) {
			var sc slack.StatusCodeError
			if !errors.As(err, &sc) || sc.Code != http.StatusTooManyRequests {
				t.Errorf("err = %#v, want StatusCodeError 429", err)
			}
		}},
		{"500", slackfake.ServerError(), func(t *testing.T, err error) {
			var sc slack.StatusCodeError
			if !errors.As(err, &sc) || sc.Code != http.StatusInternalServerError {
				t.Errorf("err = %#v, want StatusCodeError 500", err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fake := slackfake.New(t)
			api := newAPI(fake)
			fake.FailNext("chat.postEphemeral", 1, tt.failure)
			_, err := api.PostEphemeral("C1", "U1", slack.MsgOptionText("hi", false))
			tt.check(t, err)
			// Only the next call fails.
			if _, err := api.PostEphemeral("C1", "U1", slack.MsgOptionText("hi", false)); err != nil {
				t.Errorf("second call: %v", err)
			}
			if got := len(fake.Calls("chat.postEphemeral")); got != 2 {
				t.Errorf("recorded %d calls, want 2", got)
			}
		})
	}
}

func TestRetryConfigHonoursRetryAfter(t *testing.T) {
	fake := slackfake.New(t)
	api := slack.New("xoxb-test", slack.OptionAPIURL(fake.APIURL()), slack.OptionRetryConfig(slack.RetryConfig{MaxRetries: 2}))
	fake.FailNext("chat.postMessage", 1, slackfake.RateLimited(0))
	if _, _, err := api.PostMessage("C1", slack.MsgOptionText("tip", false)); err != nil {
		t.Fatalf("PostMessage with retries: %v", err)
	}
	calls := fake.Calls("chat.postMessage")
	if len(calls) != 2 || calls[0].Status != http.StatusTooManyRequests || calls[1].Status != http.StatusOK {
		t.Errorf("calls = %+v, want a 429 then a 200", calls)
	}
}

func TestTokens(t *testing.T) {
	fake := slackfake.New(t)
	tests := []struct {
		token, want string
	}{
		{"xoxb-test", ""},
		{"xoxb-wrong", "invalid_auth"},
		{"xapp-1-test", "not_allowed_token_type"},
	}
	for _, tt := range tests {
		_, err := slack.New(tt.token, slack.OptionAPIURL(fake.APIURL())).AuthTest()
		got := ""
		var se slack.SlackErrorResponse
		if errors.As(err, &se) {
			got = se.Err
		} else if err != nil {
			t.Fatalf("token %q: %v", tt.token, err)
		}
		if got != tt.want {
			t.Errorf("auth.test with %q = %q, want %q", tt.token, got, tt.want)
		}
	}
}

func TestUnknownMethodIsRecorded(t *testing.T) {
	fake := slackfake.New(t)
	req, err := http.NewRequest(http.MethodPost, fake.APIURL()+"reminders.add", strings.NewReader(`{"text":"x"}`))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer xoxb-test")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var body struct {
		OK    bool   `json:"ok"`
		Error string `json:"error"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		t.Fatal(err)
	}
	if body.OK || body.Error != "unknown_method" {
		t.Errorf("answer = %+v, want unknown_method", body)
	}
	calls := fake.Calls("reminders.add")
	if len(calls) != 1 || calls[0].Params["text"] != "x" {
		t.Errorf("calls = %+v", calls)
	}
}

func TestIdentityAndDirectory(t *testing.T) {
	fake := slackfake.New(t, slackfake.WithIdentity(slackfake.Identity{BotUserID: "U0RAPPORT"}))
	api := newAPI(fake)

	auth, err := api.AuthTest()
	if err != nil {
		t.Fatal(err)
	}
	if auth.UserID != "U0RAPPORT" || auth.BotID != "B0BOT" || auth.TeamID != "T0FAKE" {
		t.Errorf("auth.test = %+v", auth)
	}

	fake.SetUser(slackfake.User{ID: "U1", Name: "ann", TZ: "America/New_York", TZOffset: -18000})
	u, err := api.GetUserInfo("U1")
	if err != nil {
		t.Fatal(err)
	}
	if u.TZ != "America/New_York" || u.TZOffset != -18000 || u.IsBot {
		t.Errorf("user = tz %q offset %d bot %v", u.TZ, u.TZOffset, u.IsBot)
	}
	bot, err := api.GetUserInfo("U0RAPPORT")
	if err != nil || !bot.IsBot {
		t.Errorf("bot user: %+v, %v", bot, err)
	}
	var se slack.SlackErrorResponse
	if _, err := api.GetUserInfo("U404"); !errors.As(err, &se) || se.Err != "user_not_found" {
		t.Errorf("unknown user: %v, want user_not_found", err)
	}

	fake.SetUserGroup("S1", "U1", "U2")
	members, err := api.GetUserGroupMembers("S1")
	if err != nil || strings.Join(members, ",") != "U1,U2" {
		t.Errorf("group members = %v, %v", members, err)
	}
	if _, err := api.GetUserGroupMembers("S404"); !errors.As(err, &se) || se.Err != "no_such_subteam" {
		t.Errorf("unknown group: %v, want no_such_subteam", err)
	}

	fake.SetChannel(slackfake.Channel{ID: "G1", Name: "secret", IsPrivate: true})
	ch, err := api.GetConversationInfo(&slack.GetConversationInfoInput{ChannelID: "G1"})
	if err != nil || ch.Name != "secret" || !ch.IsPrivate || ch.IsMember {
		t.Errorf("channel = %+v, %v", ch, err)
	}
	ch, err = api.GetConversationInfo(&slack.GetConversationInfoInput{ChannelID: "C9"})
	if err != nil || ch.ID != "C9" || !ch.IsMember {
		t.Errorf("unset channel = %+v, %v", ch, err)
	}
}

func TestPostMessageToUserOpensDM(t *testing.T) {
	fake := slackfake.New(t)
	api := newAPI(fake)
	ch, ts, err := api.PostMessage("U1", slack.MsgOptionText("Reminder: call Ann", false))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(ch, "D") || ts == "" {
		t.Errorf("PostMessage = %q %q, want a D… channel and a ts", ch, ts)
	}
	_, ts2, err := api.PostMessage("C1", slack.MsgOptionText("tip", false))
	if err != nil {
		t.Fatal(err)
	}
	if ts2 <= ts {
		t.Errorf("timestamps not increasing: %q then %q", ts, ts2)
	}
	_, _, _, err = api.UpdateMessage(ch, ts, slack.MsgOptionText("Done", false))
	if err != nil {
		t.Fatal(err)
	}
	link, err := api.GetPermalink(&slack.PermalinkParameters{Channel: "C1", Ts: ts2})
	if err != nil || !strings.Contains(link, "/archives/C1/p") {
		t.Errorf("permalink = %q, %v", link, err)
	}
	var se slack.SlackErrorResponse
	if _, _, err := api.PostMessage("C1"); !errors.As(err, &se) || se.Err != "no_text" {
		t.Errorf("empty message: %v, want no_text", err)
	}
}

func TestViewsOpen(t *testing.T) {
	fake := slackfake.New(t)
	api := newAPI(fake)
	view := slack.ModalViewRequest{
		Type:       slack.VTModal,
		Title:      slack.NewTextBlockObject(slack.PlainTextType, "Snooze", false, false),
		CallbackID: "snooze",
		Blocks:     slack.Blocks{BlockSet: []slack.Block{slack.NewDividerBlock()}},
	}
	resp, err := api.OpenViewContext(context.Background(), "trigger-1", view)
	if err != nil {
		t.Fatal(err)
	}
	if resp.View.ID == "" || resp.View.CallbackID != "snooze" {
		t.Errorf("view = id %q callback %q", resp.View.ID, resp.View.CallbackID)
	}
	call := fake.Calls("views.open")[0]
	if call.Params["trigger_id"] != "trigger-1" || !strings.Contains(call.Params["view"], `"callback_id":"snooze"`) {
		t.Errorf("views.open params = %v", call.Params)
	}
}

func TestResponseURLAnswers404AfterFiveUses(t *testing.T) {
	fake := slackfake.New(t)
	api := newAPI(fake)
	u := fake.ResponseURL("r1")
	for i := range 5 {
		if _, _, err := api.PostMessage("", slack.MsgOptionReplaceOriginal(u), slack.MsgOptionText("step", false)); err != nil {
			t.Fatalf("use %d: %v", i+1, err)
		}
	}
	_, _, err := api.PostMessage("", slack.MsgOptionDeleteOriginal(u))
	var sc slack.StatusCodeError
	if !errors.As(err, &sc) || sc.Code != http.StatusNotFound {
		t.Errorf("sixth use: %v, want StatusCodeError 404", err)
	}
	// Another URL is unaffected.
	if _, _, err := api.PostMessage("", slack.MsgOptionDeleteOriginal(fake.ResponseURL("r2"))); err != nil {
		t.Errorf("fresh url: %v", err)
	}
	calls := fake.Calls("response_url")
	if len(calls) != 7 || calls[6].Params["delete_original"] != "true" || calls[6].ResponseURLID != "r2" {
		t.Errorf("recorded %d response_url calls: %+v", len(calls), calls)
	}
}

func TestResetForgetsCalls(t *testing.T) {
	fake := slackfake.New(t)
	api := newAPI(fake)
	fake.FailNext("auth.test", 3, slackfake.SlackError("token_revoked"))
	if _, err := api.AuthTest(); err == nil {
		t.Fatal("want token_revoked")
	}
	fake.Reset()
	if got := fake.Calls(""); len(got) != 0 {
		t.Errorf("calls after Reset = %d, want 0", len(got))
	}
	if _, err := api.AuthTest(); err != nil {
		t.Errorf("auth.test after Reset: %v (pending failures should be gone)", err)
	}
	if _, err := fake.WaitCall(50*time.Millisecond, "chat.postMessage", nil); !errors.Is(err, slackfake.ErrTimeout) {
		t.Errorf("WaitCall = %v, want ErrTimeout", err)
	}
}

func TestLatencyHoldsCallsUntilAnswered(t *testing.T) {
	fake := slackfake.New(t)
	api := newAPI(fake)
	fake.SetLatency("chat.postEphemeral", time.Hour)

	// A client that gives up first sees its own deadline, and the held
	// call is visible while it waits.
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() {
		_, err := api.PostEphemeralContext(ctx, "C1", "U1", slack.MsgOptionText("held", false))
		errc <- err
	}()
	if err := fake.WaitHeld(time.Second*5, "chat.postEphemeral", 1); err != nil {
		t.Fatalf("the call was not held: %v", err)
	}
	cancel()
	if err := <-errc; !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled from a held call", err)
	}

	// Other methods are not delayed, and 0 removes the latency.
	if _, err := api.AuthTest(); err != nil {
		t.Errorf("auth.test: %v", err)
	}
	fake.SetLatency("chat.postEphemeral", 0)
	if _, err := api.PostEphemeral("C1", "U1", slack.MsgOptionText("fast", false)); err != nil {
		t.Errorf("after SetLatency 0: %v", err)
	}
}
