package main

import (
	"bytes"
	"context"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/rapport-bot/rapport/storage"
)

// mainIn runs Main in-process with the given environment and stdin.
func mainIn(t *testing.T, env map[string]string, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Main(context.Background(), args, &Env{In: strings.NewReader(stdin), Out: &out, Err: &errOut, Lookup: lookupMap(env)})
	return code, out.String(), errOut.String()
}

func TestHelpGoesToStdoutAndVersionFlagWorks(t *testing.T) {
	for _, args := range [][]string{{"help"}, {"--help"}, {"-h"}} {
		code, out, errOut := mainIn(t, nil, "", args...)
		if code != exitOK || !strings.Contains(out, "Usage: rapport") || errOut != "" {
			t.Errorf("rapport %v: got %d, stdout %q, stderr %q; want 0 and the usage on stdout only", args, code, out, errOut)
		}
	}
	code, out, _ := mainIn(t, nil, "", "help", "check")
	if code != exitOK || !strings.Contains(out, "Usage: rapport check") {
		t.Errorf("rapport help check: got %d %q, want check's usage", code, out)
	}
	code, _, errOut := mainIn(t, nil, "")
	if code != exitUsage || !strings.Contains(errOut, "Usage: rapport") {
		t.Errorf("rapport with no command: got %d, stderr %q; want 2 and the usage on stderr", code, errOut)
	}
	code, out, _ = mainIn(t, nil, "", "--version")
	if code != exitOK || !strings.HasPrefix(out, "rapport ") {
		t.Errorf("rapport --version: got %d %q", code, out)
	}
}

func TestFlagErrorsReadTheSameInEverySubcommand(t *testing.T) {
	for _, cmd := range []string{"run", "check", "tips", "backup", "rules report", "version", "healthcheck"} {
		t.Run(cmd, func(t *testing.T) {
			args := append(strings.Fields(cmd), "--frobnicate=xoxb-SECRET")
			code, out, errOut := mainIn(t, map[string]string{}, "", args...)
			name := strings.Fields(cmd)[0]
			want := "rapport " + name + ": unknown flag --frobnicate (see 'rapport " + name + " --help')\n"
			if errOut != want {
				t.Errorf("stderr %q, want %q", errOut, want)
			}
			if out != "" {
				t.Errorf("stdout %q, want nothing", out)
			}
			wantCode := exitUsage
			if name == "healthcheck" {
				wantCode = 1 // Docker reserves 2
			}
			if code != wantCode {
				t.Errorf("exit %d, want %d", code, wantCode)
			}
		})
	}
}

func TestBuildInfoReportsTheCommitOfASourceBuild(t *testing.T) {
	vcs := []debug.BuildSetting{{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.modified", Value: "false"}}
	dirty := []debug.BuildSetting{{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.modified", Value: "true"}}
	tests := []struct {
		name   string
		linked string
		bi     *debug.BuildInfo
		want   buildInfo
	}{
		{"release via ldflags", "v1.2.0", &debug.BuildInfo{GoVersion: "go1.26", Main: debug.Module{Version: "(devel)"}, Settings: vcs},
			buildInfo{Version: "v1.2.0", Commit: "0123456789ab", Go: "go1.26"}},
		{"go install @version", "", &debug.BuildInfo{GoVersion: "go1.26", Main: debug.Module{Version: "v1.1.0"}},
			buildInfo{Version: "v1.1.0", Go: "go1.26"}},
		{"source build", "", &debug.BuildInfo{GoVersion: "go1.26", Main: debug.Module{Version: "(devel)"}, Settings: vcs},
			buildInfo{Version: "dev-0123456789ab", Commit: "0123456789ab", Go: "go1.26"}},
		{"source build with edits", "", &debug.BuildInfo{GoVersion: "go1.26", Main: debug.Module{Version: "(devel)"}, Settings: dirty},
			buildInfo{Version: "dev-0123456789ab-dirty", Commit: "0123456789ab-dirty", Go: "go1.26"}},
		{"no VCS stamp (-buildvcs=false)", "", &debug.BuildInfo{GoVersion: "go1.26", Main: debug.Module{Version: "(devel)"}},
			buildInfo{Version: "dev", Go: "go1.26"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := buildInfoFrom(tt.linked, tt.bi); got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestRulesReportCountsFiredAndNotHelpful(t *testing.T) {
	path := filepath.Join(t.TempDir(), "rapport.db")
	ctx := context.Background()
	db, err := storage.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	recs := []storage.FindingRecord{
		{UserID: "U1", Rule: "no-problem.reply", Category: "no-problem", At: now.Add(-time.Hour)},
		{UserID: "U2", Rule: "no-problem.reply", Category: "no-problem", At: now.Add(-2 * time.Hour)},
		{UserID: "U1", Rule: "in-joke.user-is-the-problem", Category: "in-joke", At: now.Add(-time.Hour)},
		// Older than 30 days: left out.
		{UserID: "U1", Rule: "in-joke.user-is-the-problem", Category: "in-joke", At: now.AddDate(0, 0, -40)},
		// A rule no longer in the rule files.
		{UserID: "U1", Rule: "old.retired", Category: "jargon", At: now.Add(-time.Hour)},
	}
	if err := db.RecordFindings(ctx, recs); err != nil {
		t.Fatal(err)
	}
	if err := db.RecordRuleVote(ctx, "no-problem.reply"); err != nil {
		t.Fatal(err)
	}
	db.Close()

	code, out, errOut := mainIn(t, map[string]string{"RAPPORT_DB": path}, "", "rules", "report")
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	lines := strings.Split(out, "\n")
	row := func(rule string) []string {
		for _, l := range lines {
			if f := strings.Fields(l); len(f) > 0 && f[0] == rule {
				return f
			}
		}
		return nil
	}
	tests := []struct {
		rule string
		want string
	}{
		{"no-problem.reply", "no-problem.reply no-problem 2 1 50%"},
		{"in-joke.user-is-the-problem", "in-joke.user-is-the-problem in-joke 1 0 0%"},
		{"old.retired", "old.retired (not loaded) 1 0 0%"},
		{"blame.you-broke-it", ""}, // checked below: loaded rules show at zero
	}
	for _, tt := range tests[:3] {
		if got := strings.Join(row(tt.rule), " "); got != tt.want {
			t.Errorf("row %s: got %q, want %q", tt.rule, got, tt.want)
		}
	}
	if !strings.HasPrefix(lines[3], "no-problem.reply") {
		t.Errorf("first row %q, want the most fired rule first", lines[3])
	}
	zero := 0
	for _, l := range lines {
		if f := strings.Fields(l); len(f) == 5 && f[2] == "0" && f[4] == "-" {
			zero++
		}
	}
	if zero == 0 {
		t.Errorf("no loaded rule listed at zero:\n%s", out)
	}

	code, out, _ = mainIn(t, map[string]string{"RAPPORT_DB": path}, "", "rules", "report", "--json", "--days", "60")
	if code != exitOK || !strings.Contains(out, `"rule": "in-joke.user-is-the-problem",
    "category": "in-joke",
    "fired": 2`) {
		t.Errorf("--json --days 60: got %d\n%.600s", code, out)
	}
	code, _, errOut = mainIn(t, map[string]string{"RAPPORT_DB": filepath.Join(t.TempDir(), "none.db")}, "", "rules", "report")
	if code != exitUsage || !strings.Contains(errOut, "no such database file") {
		t.Errorf("missing database: got %d %q", code, errOut)
	}
}

func TestStartupSummarySaysWhatRapportWillDo(t *testing.T) {
	dir := t.TempDir()
	summary := func(t *testing.T, env map[string]string) map[string]string {
		t.Helper()
		e := minimalEnv()
		for k, v := range env {
			e[k] = v
		}
		cfg, _, err := loadConfig(nil, lookupMap(e))
		if err != nil {
			t.Fatal(err)
		}
		kv := startupSummary(cfg)
		m := map[string]string{}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i].(string)] = kv[i+1].(string)
		}
		return m
	}
	tests := []struct {
		name string
		env  map[string]string
		want map[string]string
	}{
		{"defaults", nil, map[string]string{
			"database": "rapport.db",
			"channels": "every channel the bot is in",
			"staff":    "every human: set RAPPORT_STAFF so requesters are not coached",
			"tips":     "off (RAPPORT_TIP_CHANNEL is not set)",
			"llm":      "off: rewrites come from the rules",
		}},
		{"everything set", map[string]string{
			"RAPPORT_DB": filepath.Join(dir, "r.db"), "RAPPORT_CHANNELS": "C0SUPPORT,C0DESK", "RAPPORT_STAFF": "S0HELPDESK",
			"RAPPORT_TIP_CHANNEL": "C0TIPS", "RAPPORT_TZ": "Europe/Berlin",
			"OPENAI_API_KEY": "sk-SECRETkey1234",
		}, map[string]string{
			"database": filepath.Join(dir, "r.db"), "channels": "C0SUPPORT,C0DESK", "staff": "S0HELPDESK",
			"tips": `C0TIPS at "0 9 * * MON" (Europe/Berlin)`,
			"llm":  "on: gpt-4o-mini (default) at OpenAI",
		}},
		{"local model server", map[string]string{
			"OPENAI_BASE_URL": "http://user:SECRETpass@localhost:11434/v1", "RAPPORT_LLM_MODEL": "llama3.1",
		}, map[string]string{"llm": "on: llama3.1 at http://localhost:11434/v1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summary(t, tt.env)
			for k, want := range tt.want {
				if got[k] != want {
					t.Errorf("%s = %q, want %q", k, got[k], want)
				}
			}
			if got["version"] == "" {
				t.Errorf("no version")
			}
			for k, v := range got {
				if strings.Contains(v, "SECRET") {
					t.Errorf("%s = %q shows a secret", k, v)
				}
			}
		})
	}
}
