package main

// Process-level acceptance tests: each builds the real rapport binary (once
// per run), starts it with exec as an operator would, and drives it through
// the fake Slack over loopback. They check what a user or operator sees:
// Slack calls, exit codes, HTTP endpoints, logs and the database file.

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	_ "github.com/mattn/go-sqlite3"

	"github.com/rapport-bot/rapport/bot/slackfake"
	"github.com/rapport-bot/rapport/coach"
	"github.com/rapport-bot/rapport/storage"
)

const (
	accStaff   = "U0ACCSTAFF"
	accChannel = "C0ACCSUP"
)

// sayAndWait sends a channel message from user and waits for its ack.
func sayAndWait(t *testing.T, fake *slackfake.Server, user, text string) string {
	t.Helper()
	env, err := fake.SendMessage(slackfake.Message{Channel: accChannel, User: user, Text: text})
	if err != nil {
		t.Fatalf("send message: %v", err)
	}
	if _, err := fake.WaitAck(accWait, env); err != nil {
		t.Fatalf("message not acked: %v", err)
	}
	return env
}

// waitNudge waits for a successful ephemeral to user in the support channel.
func waitNudge(t *testing.T, fake *slackfake.Server, user string) slackfake.Call {
	t.Helper()
	c, err := fake.WaitCall(accWait, "chat.postEphemeral", func(c slackfake.Call) bool {
		return c.Params["user"] == user && c.Params["channel"] == accChannel && c.Error == ""
	})
	if err != nil {
		t.Fatalf("no nudge to %s: %v", user, err)
	}
	return c
}

// slash sends a slash command from user and returns the text of the reply
// carried in its ack.
func slash(t *testing.T, fake *slackfake.Server, user, command, text string) string {
	t.Helper()
	env := fake.SendSlashCommand(slackfake.SlashCommand{Command: command, Text: text, UserID: user, ChannelID: accChannel})
	ack, err := fake.WaitAck(accWait, env)
	if err != nil {
		t.Fatalf("%s %q not acked: %v", command, text, err)
	}
	return replyText(t, ack)
}

func replyText(t *testing.T, ack slackfake.Ack) string {
	t.Helper()
	if len(ack.Payload) == 0 {
		return ""
	}
	var reply struct {
		Text   string          `json:"text"`
		Blocks json.RawMessage `json:"blocks"`
	}
	if err := json.Unmarshal(ack.Payload, &reply); err != nil {
		t.Fatalf("ack payload %s: %v", ack.Payload, err)
	}
	return reply.Text + string(reply.Blocks)
}

// TestAcceptanceServeNudgeShutdown: start, health, metrics, one private
// nudge, graceful SIGTERM, and nothing of the message or the tokens in the
// logs or the database.
func TestAcceptanceServeNudgeShutdown(t *testing.T) {
	fake := slackfake.New(t)
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "rapport.db")
	// Debug level: not even debug logs may carry message text.
	p := startConnected(t, fake, dbPath, 1, "RAPPORT_STAFF="+accStaff, "RAPPORT_CHANNELS="+accChannel, "RAPPORT_LOG_LEVEL=debug")

	for _, path := range []string{"/healthz", "/readyz"} {
		code, body, err := p.get(path)
		if err != nil || code != http.StatusOK {
			t.Errorf("GET %s: got %d %q %v, want 200", path, code, body, err)
		}
	}

	// Distinctive words, to look for in logs and on disk afterwards.
	const secretWords = "quokkaprinter zanzibarvpn"
	text := "No problem, just reboot the quokkaprinter and the zanzibarvpn. PEBKAC."
	sayAndWait(t, fake, accStaff, text)
	nudge := waitNudge(t, fake, accStaff)
	if ts := nudge.Params["thread_ts"]; ts != "" {
		t.Errorf("nudge for a top-level message has thread_ts %q, want none", ts)
	}

	// The other ways text reaches the bot: a private draft check, and a
	// direct message. Both are answered, and neither is kept.
	draft := slash(t, fake, accStaff, "/coach", "check Obviously the quokkaprinter is fine, PEBKAC.")
	if draft == "" {
		t.Errorf("/coach check got no reply")
	}
	dm, err := fake.SendMessage(slackfake.Message{Channel: "D0ACCDM", ChannelType: "im", User: accStaff, Text: "Like I told you, the zanzibarvpn is easy."})
	if err != nil {
		t.Fatalf("send DM: %v", err)
	}
	if _, err := fake.WaitAck(accWait, dm); err != nil {
		t.Fatalf("DM not acked: %v", err)
	}
	if _, err := fake.WaitCall(accWait, "", func(c slackfake.Call) bool {
		return c.Params["channel"] == "D0ACCDM" || (c.Method == "chat.postMessage" && c.Params["channel"] == accStaff)
	}); err != nil {
		t.Errorf("DM draft check got no answer: %v", err)
	}

	// Metrics move: the nudge is counted once Slack accepted it.
	var metrics string
	err = waitUntil(accWait, p.done, func() bool {
		_, metrics, _ = p.get("/metrics")
		return strings.Contains(metrics, "rapport_nudges_sent_total 1")
	})
	if err != nil {
		t.Errorf("/metrics never showed rapport_nudges_sent_total 1: %v\n%s", err, grepLines(metrics, "rapport_"))
	}
	for _, name := range []string{"rapport_envelopes_received_total", "rapport_envelopes_acked_total", "rapport_findings_total", "rapport_nudge_latency_seconds"} {
		if !strings.Contains(metrics, name) {
			t.Errorf("/metrics lacks %s", name)
		}
	}

	p.signal(syscall.SIGTERM)
	if code := p.wait(10 * time.Second); code != 0 {
		t.Errorf("exit code after SIGTERM: got %d, want 0", code)
	}

	if got := ephemeralsTo(fake, accStaff); len(got) != 1 {
		t.Errorf("ephemerals to the author: got %d, want 1", len(got))
	}
	for _, c := range fake.Calls("chat.postMessage") {
		if c.Params["channel"] == accChannel {
			t.Errorf("coaching posted publicly in the channel: %s", c.Params["text"])
		}
	}

	logs := p.stderr.String() + p.stdout.String()
	if len(nonEmptyLines(logs)) == 0 {
		t.Errorf("no log lines at all; want JSON lines on stderr")
	}
	for _, line := range nonEmptyLines(p.stderr.String()) {
		if !json.Valid([]byte(line)) {
			t.Errorf("RAPPORT_LOG_FORMAT=json, but a log line is not JSON: %s", line)
		}
	}
	for _, needle := range append(strings.Fields(secretWords), "xoxb-", "xapp-", accBotToken, accAppToken) {
		if strings.Contains(logs, needle) {
			t.Errorf("logs contain %q", needle)
		}
	}

	// The raw database files (main, WAL, shared memory) never hold the text.
	var dbBytes int
	for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
		b, err := os.ReadFile(dbPath + suffix)
		if err != nil {
			continue
		}
		dbBytes += len(b)
		for _, w := range strings.Fields(secretWords) {
			if bytes.Contains(b, []byte(w)) {
				t.Errorf("%s contains %q", filepath.Base(dbPath+suffix), w)
			}
		}
	}
	if dbBytes == 0 {
		t.Fatalf("no database file at %s", dbPath)
	}

	// And no table does, while the statistics of the nudge are there.
	rows := dumpTables(t, dbPath)
	for table, values := range rows {
		for _, v := range values {
			for _, w := range strings.Fields(secretWords) {
				if strings.Contains(v, w) {
					t.Errorf("table %s holds message text: %q", table, v)
				}
			}
		}
	}
	if !containsValue(rows["findings"], accStaff) {
		t.Errorf("findings table has no statistics for %s; the nudge should be counted (tables: %v)", accStaff, tableNames(rows))
	}
}

// TestAcceptanceFollowupSurvivesKill9: a promise confirmed to the user is
// committed: SIGKILL right after the confirmation loses nothing.
func TestAcceptanceFollowupSurvivesKill9(t *testing.T) {
	fake := slackfake.New(t)
	fake.SetUser(slackfake.User{ID: accStaff, Name: "ann", TZ: "Europe/Berlin"})
	dbPath := filepath.Join(t.TempDir(), "rapport.db")

	p := startConnected(t, fake, dbPath, 1)
	env := fake.SendSlashCommand(slackfake.SlashCommand{Command: "/followup", Text: "tomorrow 3pm call Dana back", UserID: accStaff, ChannelID: accChannel})
	ack, err := fake.WaitAck(accWait, env)
	if err != nil {
		t.Fatalf("/followup not acked: %v", err)
	}
	p.kill9() // as soon as the confirmation is out
	confirm := replyText(t, ack)
	m := regexp.MustCompile("ID `([^`]+)`").FindStringSubmatch(confirm)
	if m == nil || !strings.Contains(confirm, "call Dana back") {
		t.Fatalf("confirmation %q: want the promise and its ID", confirm)
	}
	id := m[1]

	startConnected(t, fake, dbPath, 2)
	list := slash(t, fake, accStaff, "/followup", "list")
	// The promise's own line: its ID, then its text (the empty-list answer
	// quotes "call Dana back" as an example).
	if !regexp.MustCompile("`" + regexp.QuoteMeta(id) + "`[^\n]*call Dana back").MatchString(list) {
		t.Errorf("/followup list after SIGKILL and restart: got %q, want the promise %s", list, id)
	}
}

// TestAcceptanceReminderCatchUp: a promise that fell due while Rapport was
// down is reminded at start, and a restart does not remind it again.
func TestAcceptanceReminderCatchUp(t *testing.T) {
	fake := slackfake.New(t)
	const owner = "U0ACCOWNER"
	fake.SetUser(slackfake.User{ID: owner, Name: "bo", TZ: "UTC"})
	dbPath := filepath.Join(t.TempDir(), "rapport.db")
	now := time.Now()

	first := addPromise(t, dbPath, storage.Promise{Owner: owner, Text: "send Priya the VPN guide", ChannelID: accChannel, Due: now.Add(-2 * time.Hour)})

	p := startConnected(t, fake, dbPath, 1)
	dm, err := fake.WaitCall(accWait, "chat.postMessage", func(c slackfake.Call) bool {
		return c.Params["channel"] == owner && strings.Contains(c.Params["text"]+c.Params["blocks"], "VPN guide")
	})
	if err != nil {
		t.Fatalf("no catch-up reminder at start: %v", err)
	}
	if !strings.Contains(dm.Params["blocks"], "rapport_promise_done") {
		t.Errorf("reminder has no Done button: %s", dm.Params["blocks"])
	}
	// The reminder is marked after Slack accepted it; stop only then, so
	// the check below is about restarts, not about this race.
	if err := waitUntil(accWait, p.done, func() bool { return reminded(t, dbPath, first.ID) }); err != nil {
		t.Fatalf("reminder was sent but never marked in the database: %v", err)
	}
	p.signal(syscall.SIGTERM)
	if code := p.wait(10 * time.Second); code != 0 {
		t.Fatalf("exit code after SIGTERM: got %d, want 0", code)
	}

	// A second overdue promise, due after the first: the same sweep that
	// reminds it would have re-sent the first one before it.
	addPromise(t, dbPath, storage.Promise{Owner: owner, Text: "order Luis a new charger", Due: now.Add(-time.Hour)})
	startConnected(t, fake, dbPath, 2)
	if _, err := fake.WaitCall(accWait, "chat.postMessage", func(c slackfake.Call) bool {
		return c.Params["channel"] == owner && strings.Contains(c.Params["text"]+c.Params["blocks"], "new charger")
	}); err != nil {
		t.Fatalf("no reminder for the second promise after restart: %v", err)
	}
	var n int
	for _, c := range fake.Calls("chat.postMessage") {
		if strings.Contains(c.Params["text"]+c.Params["blocks"], "VPN guide") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("reminders for the first promise across a restart: got %d, want 1", n)
	}
}

func addPromise(t *testing.T, dbPath string, p storage.Promise) storage.Promise {
	t.Helper()
	ctx := context.Background()
	db, err := storage.Open(ctx, dbPath)
	if err != nil {
		t.Fatalf("open db: %v", err)
	}
	defer db.Close()
	if err := db.CreatePromise(ctx, &p); err != nil {
		t.Fatalf("create promise: %v", err)
	}
	return p
}

// reminded reads, beside the running process, whether promise id's due time
// has been reminded.
func reminded(t *testing.T, dbPath, id string) bool {
	t.Helper()
	db, err := sql.Open("sqlite3", storage.DSN(dbPath))
	if err != nil {
		t.Fatalf("open db: %v", err)
	}
	defer db.Close()
	var ok bool
	err = db.QueryRow(`SELECT reminded_due IS NOT NULL AND reminded_due = due FROM promises WHERE id = ?`, id).Scan(&ok)
	if err != nil {
		t.Logf("read promise %s: %v", id, err)
		return false
	}
	return ok
}

// TestAcceptanceConfigErrors: a bad setting stops `run` at once with exit 2
// and one line naming the variable, never the token.
func TestAcceptanceConfigErrors(t *testing.T) {
	const (
		appSecret = "xapp-1-A0SECRET-77777-deadbeefcafe"
		botSecret = "xoxb-1111-2222-SECRETVALUE"
	)
	good := func(overrides ...string) []string {
		env := append(baseEnv(),
			"SLACK_APP_TOKEN="+appSecret,
			"SLACK_BOT_TOKEN="+botSecret,
			"SLACK_API_URL=http://127.0.0.1:1/api/",
			"RAPPORT_DB="+filepath.Join(t.TempDir(), "rapport.db"),
			"RAPPORT_HTTP_ADDR=",
		)
		return append(env, overrides...)
	}
	without := func(name string) []string {
		var out []string
		for _, kv := range good() {
			if !strings.HasPrefix(kv, name+"=") {
				out = append(out, kv)
			}
		}
		return out
	}
	tests := []struct {
		name     string
		env      []string
		variable string
		secrets  []string
	}{
		{"missing bot token", without("SLACK_BOT_TOKEN"), "SLACK_BOT_TOKEN", []string{appSecret}},
		{"bot token as app token", good("SLACK_APP_TOKEN=xoxb-wrong"), "SLACK_APP_TOKEN", []string{"xoxb-wrong", botSecret}},
		{"unknown zone", good("RAPPORT_TZ=Mars/Base"), "RAPPORT_TZ", []string{appSecret, botSecret}},
		{"bad cron", good("RAPPORT_TIP_SCHEDULE=not a cron"), "RAPPORT_TIP_SCHEDULE", []string{appSecret, botSecret}},
		{"channel name", good("RAPPORT_CHANNELS=foo"), "RAPPORT_CHANNELS", []string{appSecret, botSecret}},
		{"token with newline", good("SLACK_BOT_TOKEN=" + botSecret + "\n"), "SLACK_BOT_TOKEN", []string{botSecret}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runOnce(t, tc.env, "run")
			if code != exitUsage {
				t.Errorf("exit code: got %d, want %d", code, exitUsage)
			}
			lines := nonEmptyLines(stderr)
			if len(lines) != 1 {
				t.Errorf("stderr: got %d lines, want 1:\n%s", len(lines), stderr)
			}
			if !strings.Contains(stderr, tc.variable) {
				t.Errorf("stderr %q does not name %s", stderr, tc.variable)
			}
			for _, s := range tc.secrets {
				if strings.Contains(stderr+stdout, s) {
					t.Errorf("output contains the token %q:\n%s%s", s, stdout, stderr)
				}
			}
		})
	}

	t.Run("run --help", func(t *testing.T) {
		code, stdout, stderr := runOnce(t, baseEnv(), "run", "--help")
		if code != 0 {
			t.Errorf("exit code: got %d, want 0 (stderr %q)", code, stderr)
		}
		for _, v := range []string{
			"SLACK_APP_TOKEN", "SLACK_BOT_TOKEN", "SLACK_API_URL", "RAPPORT_DB", "RAPPORT_CHANNELS",
			"RAPPORT_STAFF", "RAPPORT_TIP_CHANNEL", "RAPPORT_TIP_SCHEDULE", "RAPPORT_TZ",
			"RAPPORT_HTTP_ADDR", "OPENAI_API_KEY", "OPENAI_BASE_URL", "RAPPORT_LLM_MODEL",
			"RAPPORT_LOG_FORMAT", "RAPPORT_LOG_LEVEL", "RAPPORT_RETENTION_DAYS",
		} {
			if !strings.Contains(stdout, v) {
				t.Errorf("rapport run --help does not list %s", v)
			}
		}
	})
	t.Run("version", func(t *testing.T) {
		code, stdout, _ := runOnce(t, baseEnv(), "version")
		if code != 0 || !regexp.MustCompile(`^rapport \S+( \(commit \S+\))?( go\S+)?\n$`).MatchString(stdout) {
			t.Errorf("rapport version: got %d %q, want 0 and \"rapport <version> [(commit <sha>)] [<go>]\"", code, stdout)
		}
		code2, stdout2, _ := runOnce(t, baseEnv(), "--version")
		if code2 != 0 || stdout2 != stdout {
			t.Errorf("rapport --version: got %d %q, want 0 and %q", code2, stdout2, stdout)
		}
	})
	t.Run("unknown command", func(t *testing.T) {
		code, _, stderr := runOnce(t, baseEnv(), "frobnicate")
		if code != exitUsage || !strings.Contains(stderr, "frobnicate") {
			t.Errorf("rapport frobnicate: got %d %q, want %d and a line naming it", code, stderr, exitUsage)
		}
	})
	t.Run("no command", func(t *testing.T) {
		if code, _, _ := runOnce(t, baseEnv()); code != exitUsage {
			t.Errorf("rapport with no command: got %d, want %d", code, exitUsage)
		}
	})
}

// TestAcceptanceSlackRefusesCredentials: Slack refusing a token, at start
// or later, stops the process with a clear error line, without the token.
func TestAcceptanceSlackRefusesCredentials(t *testing.T) {
	tests := []struct {
		name string
		opts []slackfake.Option
		// poke, if set, runs once connected and makes Slack refuse.
		poke     func(t *testing.T, fake *slackfake.Server)
		code     string
		oneError bool
	}{
		{name: "bot token at auth.test", opts: []slackfake.Option{slackfake.WithBotToken("xoxb-another-workspace")}, code: "invalid_auth", oneError: true},
		{name: "app token at connect", opts: []slackfake.Option{slackfake.WithAppToken("xapp-1-another-app")}, code: "invalid_auth", oneError: true},
		{name: "token revoked while running", code: "token_revoked", poke: func(t *testing.T, fake *slackfake.Server) {
			fake.FailNext("chat.postEphemeral", 1, slackfake.SlackError("token_revoked"))
			sayAndWait(t, fake, accStaff, "No problem, just reboot it.")
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fake := slackfake.New(t, tc.opts...)
			dbPath := filepath.Join(t.TempDir(), "rapport.db")
			var p *rapportProc
			if tc.poke != nil {
				p = startConnected(t, fake, dbPath, 1)
				tc.poke(t, fake)
			} else {
				p = startRapport(t, fake, dbPath)
			}
			if code := p.wait(accWait); code == 0 {
				t.Errorf("exit code: got 0, want non-zero")
			}
			stderr := p.stderr.String()
			var errLines []string
			for _, l := range nonEmptyLines(stderr) {
				var rec struct {
					Level string `json:"level"`
				}
				if json.Unmarshal([]byte(l), &rec) == nil && rec.Level == "ERROR" {
					errLines = append(errLines, l)
				}
			}
			if tc.oneError && len(errLines) != 1 {
				t.Errorf("error lines: got %d, want 1:\n%s", len(errLines), stderr)
			}
			if !strings.Contains(strings.Join(errLines, "\n"), tc.code) {
				t.Errorf("no error line says %s:\n%s", tc.code, stderr)
			}
			for _, s := range []string{"xoxb-", "xapp-"} {
				if strings.Contains(stderr, s) {
					t.Errorf("stderr contains %q:\n%s", s, stderr)
				}
			}
		})
	}
}

// TestAcceptanceStartFailures: a setting that passes validation but cannot
// be used (a directory as the database) stops `run` at start with one line
// naming the variable.
func TestAcceptanceStartFailures(t *testing.T) {
	fake := slackfake.New(t)
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "adir"), 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, variable string
		env            []string
	}{
		{"database is a directory", "RAPPORT_DB", runEnv(fake, filepath.Join(dir, "adir"), "")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runOnce(t, tc.env, "run")
			if code == 0 {
				t.Errorf("exit code: got 0, want non-zero")
			}
			if lines := nonEmptyLines(stderr); len(lines) != 1 || !strings.Contains(lines[0], tc.variable) {
				t.Errorf("stderr: want one line naming %s, got:\n%s", tc.variable, stderr)
			}
			if strings.Contains(stdout+stderr, accBotToken) || strings.Contains(stdout+stderr, accAppToken) {
				t.Errorf("output contains a token")
			}
		})
	}
	if len(fake.Calls("")) != 0 {
		t.Errorf("a failed start still called Slack: %d calls", len(fake.Calls("")))
	}
}

// TestAcceptanceBusyHTTPPortStillCoaches: a second process whose health
// port is taken (say, two processes sharing one database) says so in one
// error line naming RAPPORT_HTTP_ADDR and goes on coaching.
func TestAcceptanceBusyHTTPPortStillCoaches(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	fake := slackfake.New(t)
	// The last RAPPORT_HTTP_ADDR in the environment wins.
	p := startRapport(t, fake, filepath.Join(t.TempDir(), "rapport.db"), "RAPPORT_HTTP_ADDR="+busy.Addr().String())
	if err := fake.WaitConnected(accWait, 1); err != nil {
		t.Fatalf("did not connect with its health port taken: %v\n%s", err, p.stderr.String())
	}
	sayAndWait(t, fake, accStaff, "No problem, that's not rocket science.")
	waitNudge(t, fake, accStaff)
	if !strings.Contains(p.stderr.String(), "RAPPORT_HTTP_ADDR") {
		t.Errorf("no error line naming RAPPORT_HTTP_ADDR:\n%s", p.stderr.String())
	}
}

// TestAcceptanceSlackUnreachable: with Slack gone the process stays up but
// not ready, and still shuts down cleanly.
func TestAcceptanceSlackUnreachable(t *testing.T) {
	fake, err := slackfake.Start()
	if err != nil {
		t.Fatal(err)
	}
	p := startConnected(t, fake, filepath.Join(t.TempDir(), "rapport.db"), 1)
	fake.Close()
	var last int
	if err := waitUntil(accWait, p.done, func() bool {
		last, _, _ = p.get("/readyz")
		return last == http.StatusServiceUnavailable
	}); err != nil {
		t.Errorf("/readyz with Slack gone: got %d, want 503", last)
	}
	if code, _, err := p.get("/healthz"); err != nil || code != http.StatusOK {
		t.Errorf("/healthz with Slack gone: got %d %v, want 200", code, err)
	}
	p.signal(syscall.SIGTERM)
	if code := p.wait(10 * time.Second); code != 0 {
		t.Errorf("exit code after SIGTERM with Slack gone: got %d, want 0", code)
	}
}

// TestAcceptanceHealthcheckCommand: the container health check the
// Dockerfile runs (`rapport healthcheck`) passes against a ready process
// and fails when nothing answers.
func TestAcceptanceHealthcheckCommand(t *testing.T) {
	fake := slackfake.New(t)
	p := startConnected(t, fake, filepath.Join(t.TempDir(), "rapport.db"), 1)
	env := append(baseEnv(), "RAPPORT_HTTP_ADDR="+p.httpAddr)
	if code, _, stderr := runOnce(t, env, "healthcheck"); code != 0 {
		// The Dockerfile's HEALTHCHECK runs exactly this; an unknown command
		// (exit 2) marks every container unhealthy.
		t.Errorf("rapport healthcheck against a ready process: got exit %d (%s), want 0", code, strings.TrimSpace(stderr))
	}
	p.signal(syscall.SIGTERM)
	p.wait(10 * time.Second)
	if code, _, _ := runOnce(t, env, "healthcheck"); code != 1 {
		t.Errorf("rapport healthcheck with nothing listening: got exit %d, want 1", code)
	}
}

// TestAcceptanceScheduledTip: with a tip channel and a fast schedule, a tip
// with its source article's attribution is posted to the channel.
func TestAcceptanceScheduledTip(t *testing.T) {
	fake := slackfake.New(t)
	const tipChannel = "C0ACCTIPS"
	startConnected(t, fake, filepath.Join(t.TempDir(), "rapport.db"), 1,
		"RAPPORT_TIP_CHANNEL="+tipChannel, "RAPPORT_TIP_SCHEDULE=@every 1s")
	tip, err := fake.WaitCall(accWait, "chat.postMessage", func(c slackfake.Call) bool { return c.Params["channel"] == tipChannel })
	if err != nil {
		t.Fatalf("no tip posted: %v", err)
	}
	attributed := false
	for _, a := range coach.Articles() {
		if strings.Contains(tip.Params["blocks"], a.Author) {
			attributed = true
		}
	}
	if !attributed {
		t.Errorf("tip names no article author: %s", tip.Params["blocks"])
	}
}

// TestAcceptanceHostileInput: malformed and odd envelopes neither crash the
// process nor stop it coaching; every envelope with an id is acked.
func TestAcceptanceHostileInput(t *testing.T) {
	fake := slackfake.New(t)
	p := startConnected(t, fake, filepath.Join(t.TempDir(), "rapport.db"), 1)

	fake.SendRaw([]byte(`{`))
	fake.SendRaw([]byte(`{"type":"events_api"}`))
	acked := []string{
		fake.SendRaw([]byte(`{"type":"brand_new_type","envelope_id":"acc-unknown-type","payload":{"x":1}}`)),
		fake.SendRaw([]byte(`{"type":"events_api","envelope_id":"acc-bad-payload","payload":"not an object"}`)),
		fake.SendRaw([]byte(`{"type":"interactive","envelope_id":"acc-bad-interaction","payload":{"type":42}}`)),
	}
	send := func(m slackfake.Message) {
		env, err := fake.SendMessage(m)
		if err != nil {
			t.Fatalf("send: %v", err)
		}
		acked = append(acked, env)
	}
	send(slackfake.Message{Channel: accChannel, User: "U0HOST1", Text: ""})
	send(slackfake.Message{Channel: accChannel, User: "U0HOST2", Text: strings.Repeat("the printer on floor three shows a paper jam ", 1000)[:40000]})
	send(slackfake.Message{Channel: accChannel, User: "", Text: "no user at all"})
	// Raw bytes that are not UTF-8, and a lone surrogate escape.
	bad, err := fake.SendEvent(json.RawMessage("{\"type\":\"message\",\"channel\":\"" + accChannel + "\",\"user\":\"U0HOST3\",\"text\":\"no problem \xff\xfe\xfd \\ud800 just reboot\",\"ts\":\"1700000000.000100\"}"))
	if err != nil {
		t.Fatalf("send invalid UTF-8: %v", err)
	}
	acked = append(acked, bad)
	for _, c := range []slackfake.SlashCommand{
		{Command: "/followup", Text: "\x00\x01;; DROP TABLE promises; -- \xff", UserID: "U0HOST4", ChannelID: accChannel},
		{Command: "/followup", Text: strings.Repeat("x", 5000), UserID: "U0HOST4", ChannelID: accChannel},
		{Command: "/followup", Text: "done zzzzzz", UserID: "U0HOST4", ChannelID: accChannel},
		{Command: "/coach", Text: "💥 ¿¿ %s %n", UserID: "U0HOST4", ChannelID: accChannel},
		{Command: "/nonesuch", Text: "hello", UserID: "U0HOST4", ChannelID: accChannel},
	} {
		acked = append(acked, fake.SendSlashCommand(c))
	}
	for _, a := range []map[string]any{
		{"action_id": "acc_unknown_action", "value": "\x00garbage{{", "type": "button", "block_id": "b"},
		{"action_id": "rapport_promise_done", "value": "no-such-id", "type": "button", "block_id": "b"},
		{"action_id": "rapport_why", "value": "%%%not-json", "type": "button", "block_id": "b"},
	} {
		env, err := fake.SendInteraction(map[string]any{
			"type":    "block_actions",
			"user":    map[string]any{"id": "U0HOST5"},
			"channel": map[string]any{"id": accChannel},
			"actions": []map[string]any{a},
		})
		if err != nil {
			t.Fatalf("send interaction: %v", err)
		}
		acked = append(acked, env)
	}

	for _, env := range acked {
		if _, err := fake.WaitAck(accWait, env); err != nil {
			t.Errorf("envelope %s not acked: %v", env, err)
		}
	}

	sayAndWait(t, fake, accStaff, "No problem, just clear your cache. PEBKAC.")
	waitNudge(t, fake, accStaff)
	if p.exited() {
		t.Fatalf("rapport exited during hostile input")
	}
	if code, _, err := p.get("/healthz"); err != nil || code != http.StatusOK {
		t.Errorf("/healthz after hostile input: %d %v", code, err)
	}
	if strings.Contains(p.stderr.String(), "panic") {
		t.Errorf("a panic was logged:\n%s", grepLines(p.stderr.String(), "panic"))
	}
}

// TestAcceptanceRateLimitedNudge: a 429 on chat.postEphemeral is waited out
// (Retry-After) and the nudge still arrives.
func TestAcceptanceRateLimitedNudge(t *testing.T) {
	fake := slackfake.New(t)
	startConnected(t, fake, filepath.Join(t.TempDir(), "rapport.db"), 1)
	fake.FailNext("chat.postEphemeral", 1, slackfake.RateLimited(1))

	sayAndWait(t, fake, accStaff, "No problem, that's not rocket science.")
	ok := waitNudge(t, fake, accStaff)
	calls := ephemeralsTo(fake, accStaff)
	if len(calls) != 2 || calls[0].Status != http.StatusTooManyRequests {
		t.Fatalf("ephemeral calls: got %d (first status %d), want a 429 then the nudge", len(calls), calls[0].Status)
	}
	if gap := ok.At.Sub(calls[0].At); gap < 900*time.Millisecond {
		t.Errorf("retried %v after the 429, want at least Retry-After (1s)", gap)
	}
}

// TestAcceptanceSIGINTWithWorkInFlight: SIGINT while messages are being
// handled exits 0, and every message acked before it got its nudge.
func TestAcceptanceSIGINTWithWorkInFlight(t *testing.T) {
	fake := slackfake.New(t)
	p := startConnected(t, fake, filepath.Join(t.TempDir(), "rapport.db"), 1, "RAPPORT_NUDGE_LIMIT=100")

	// Slack slows down: the first calls are rate limited, so when SIGINT
	// arrives workers are waiting out Retry-After with nudges unsent.
	fake.FailNext("chat.postEphemeral", 8, slackfake.RateLimited(1))
	var envs []string
	for i := range 20 {
		env, err := fake.SendMessage(slackfake.Message{Channel: accChannel, User: fmt.Sprintf("U0INT%02d", i), Text: "No problem, just reboot it. Obviously it's always DNS."})
		if err != nil {
			t.Fatalf("send: %v", err)
		}
		envs = append(envs, env)
	}
	if _, err := fake.WaitCall(accWait, "chat.postEphemeral", func(c slackfake.Call) bool { return c.Status == http.StatusTooManyRequests }); err != nil {
		t.Fatalf("no nudge in flight: %v", err)
	}
	p.signal(syscall.SIGINT)
	if code := p.wait(15 * time.Second); code != 0 {
		t.Errorf("exit code after SIGINT: got %d, want 0", code)
	}

	ackedUsers := map[string]bool{}
	acks := map[string]bool{}
	for _, a := range fake.Acks() {
		acks[a.EnvelopeID] = true
	}
	for i, env := range envs {
		if acks[env] {
			ackedUsers[fmt.Sprintf("U0INT%02d", i)] = true
		}
	}
	for user := range ackedUsers {
		n := 0
		for _, c := range ephemeralsTo(fake, user) {
			if c.Error == "" {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%s's message was acked before shutdown, got %d nudges, want 1", user, n)
		}
	}
	if len(ackedUsers) == 0 {
		t.Errorf("no message was acked before shutdown")
	}
	t.Logf("%d of 20 messages acked before shutdown", len(ackedUsers))
}

// dumpTables reads every value of every table as text.
func dumpTables(t *testing.T, dbPath string) map[string][]string {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+dbPath+"?mode=ro")
	if err != nil {
		t.Fatalf("open db: %v", err)
	}
	defer db.Close()
	names, err := db.Query(`SELECT name FROM sqlite_master WHERE type = 'table'`)
	if err != nil {
		t.Fatalf("list tables: %v", err)
	}
	var tables []string
	for names.Next() {
		var n string
		if err := names.Scan(&n); err != nil {
			t.Fatalf("scan: %v", err)
		}
		tables = append(tables, n)
	}
	names.Close()
	out := map[string][]string{}
	for _, table := range tables {
		rows, err := db.Query(`SELECT * FROM "` + table + `"`)
		if err != nil {
			t.Fatalf("read %s: %v", table, err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatalf("scan %s: %v", table, err)
			}
			for _, v := range vals {
				switch x := v.(type) {
				case []byte:
					out[table] = append(out[table], string(x))
				case nil:
				default:
					out[table] = append(out[table], fmt.Sprint(x))
				}
			}
		}
		rows.Close()
		if _, ok := out[table]; !ok {
			out[table] = nil
		}
	}
	return out
}

func containsValue(values []string, want string) bool {
	for _, v := range values {
		if v == want {
			return true
		}
	}
	return false
}

func tableNames(m map[string][]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// grepLines keeps the lines of s that contain sub.
func grepLines(s, sub string) string {
	var keep []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "\n")
}

// TestAcceptanceSIGTERMDrainsAckedWorkFromSlowSlack: with Slack taking 2 s a
// call, SIGTERM right after 200 messages were acked still delivers every
// nudge inside the drain deadline, exits 0, and says so in one line, with no
// error line per job.
func TestAcceptanceSIGTERMDrainsAckedWorkFromSlowSlack(t *testing.T) {
	fake := slackfake.New(t)
	p := startConnected(t, fake, filepath.Join(t.TempDir(), "rapport.db"), 1, "RAPPORT_NUDGE_LIMIT=100")
	fake.SetLatency("chat.postEphemeral", 2*time.Second)
	const n = 200
	var envs []string
	for i := range n {
		env, err := fake.SendMessage(slackfake.Message{Channel: accChannel, User: fmt.Sprintf("U0TERM%03d", i), Text: "No problem, just reboot it."})
		if err != nil {
			t.Fatalf("send: %v", err)
		}
		envs = append(envs, env)
	}
	for _, env := range envs {
		if _, err := fake.WaitAck(accWait, env); err != nil {
			t.Fatalf("not acked: %v", err)
		}
	}
	p.signal(syscall.SIGTERM)
	if code := p.wait(15 * time.Second); code != 0 {
		t.Errorf("exit code after SIGTERM: got %d, want 0", code)
	}
	delivered := 0
	for _, c := range fake.Calls("chat.postEphemeral") {
		if c.Error == "" && c.Status == http.StatusOK {
			delivered++
		}
	}
	if delivered != n {
		t.Errorf("got %d nudges for %d messages acked before SIGTERM, want all", delivered, n)
	}
	logs := p.stderr.String()
	if got := strings.Count(logs, "drained: all acknowledged work was handled"); got != 1 {
		t.Errorf("got %d drain lines, want 1", got)
	}
	if got := strings.Count(logs, `"level":"ERROR"`); got != 0 {
		t.Errorf("got %d ERROR lines, want 0", got)
	}
}
