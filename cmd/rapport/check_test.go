package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rapport-bot/rapport/coach"
)

// runCheckCmd runs `rapport check args...` in-process.
func runCheckCmd(t *testing.T, stdin io.Reader, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	e := &Env{In: stdin, Out: &out, Err: &errb, Lookup: func(k string) (string, bool) {
		v, ok := env[k]
		return v, ok
	}}
	code := Main(context.Background(), append([]string{"check"}, args...), e)
	return code, out.String(), errb.String()
}

func decodeResults(t *testing.T, out string) []coach.Result {
	t.Helper()
	var rs []coach.Result
	for _, line := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		if line == "" {
			continue
		}
		var r coach.Result
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("line %q is not JSON: %v", line, err)
		}
		rs = append(rs, r)
	}
	return rs
}

func TestCheckArgsJSON(t *testing.T) {
	code, out, _ := runCheckCmd(t, nil, nil, "--json", "No", "problem!")
	if code != exitFindings {
		t.Fatalf("exit %d, want %d", code, exitFindings)
	}
	rs := decodeResults(t, out)
	if len(rs) != 1 {
		t.Fatalf("got %d results, want 1 (args are one message)", len(rs))
	}
	r := rs[0]
	if r.Text != "No problem!" || r.Rewrite != "You're welcome!" {
		t.Errorf("got text %q rewrite %q", r.Text, r.Rewrite)
	}
	if len(r.Findings) != 1 {
		t.Fatalf("findings = %+v", r.Findings)
	}
	f := r.Findings[0]
	if f.Rule != "no-problem.reply" || f.Category != "no-problem" || f.Start != 0 || f.End != 10 || f.Match != "No problem" ||
		f.Source != "Eight Simple Ways to Show You Care as an IT Professional" || f.Message == "" || f.Suggestion == "" {
		t.Errorf("finding = %+v", f)
	}
	// Flags may follow the text too.
	if code, out, _ := runCheckCmd(t, nil, nil, "All done, your laptop is ready.", "--json"); code != exitOK || !strings.Contains(out, `"findings":[]`) {
		t.Errorf("clean message: exit %d, out %q; want 0 and an empty findings list", code, out)
	}
}

func TestCheckStdinLines(t *testing.T) {
	in := "No problem!\n\nAll done, your laptop is ready.\r\nJust restart it."
	code, out, errOut := runCheckCmd(t, strings.NewReader(in), nil, "--json")
	if code != exitFindings || errOut != "" {
		t.Fatalf("exit %d stderr %q", code, errOut)
	}
	rs := decodeResults(t, out)
	want := []string{"No problem!", "", "All done, your laptop is ready.", "Just restart it."}
	if len(rs) != len(want) {
		t.Fatalf("got %d results, want %d: %q", len(rs), len(want), out)
	}
	for i, w := range want {
		if rs[i].Text != w {
			t.Errorf("result %d text %q, want %q (input order)", i, rs[i].Text, w)
		}
		if rs[i].Findings == nil {
			t.Errorf("result %d: findings is null, want []", i)
		}
	}
	if len(rs[1].Findings) != 0 || rs[1].Rewrite != "" {
		t.Errorf("empty line: got %+v, want no findings", rs[1])
	}
	if rs[3].Rewrite != "Restart it." {
		t.Errorf("rewrite = %q", rs[3].Rewrite)
	}
	if code, _, _ := runCheckCmd(t, strings.NewReader("All good here.\nThanks, closing the ticket.\n"), nil); code != exitOK {
		t.Errorf("clean stdin: exit %d, want 0", code)
	}
}

func TestCheckHumanOutput(t *testing.T) {
	code, out, _ := runCheckCmd(t, nil, nil, "You just need to flush the DNS cache. I'll get back to you tomorrow.")
	if code != exitFindings {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{
		"just", "[condescending]", "Why:", "Try:", `Source: "Viewing Your Client Through a Different Lens, Part 2" by Chris Powell`,
		"[promise]", "/followup", "Rewrite: You need to flush the DNS cache",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("human output lacks %q:\n%s", want, out)
		}
	}
}

func TestCheckBadInput(t *testing.T) {
	big := strings.Repeat("a", 1<<20) + " just restart it"
	code, out, _ := runCheckCmd(t, strings.NewReader(big+"\nno problem \xff\xfe!\nctrl\x00\x1b[2J np\n"), nil, "--json")
	if code != exitFindings {
		t.Fatalf("exit %d, want 1", code)
	}
	rs := decodeResults(t, out)
	if len(rs) != 3 {
		t.Fatalf("got %d results, want 3", len(rs))
	}
	if len(rs[0].Text) != len(big) {
		t.Errorf("1 MB line came back as %d bytes", len(rs[0].Text))
	}
	for i, r := range rs {
		if !utf8.ValidString(r.Text) {
			t.Errorf("result %d text is not valid UTF-8", i)
		}
		for _, f := range r.Findings {
			if r.Text[f.Start:f.End] != f.Match {
				t.Errorf("result %d: offsets %d-%d do not point at %q", i, f.Start, f.End, f.Match)
			}
		}
	}
	// Control characters do not reach the terminal raw.
	_, human, _ := runCheckCmd(t, nil, nil, "np\x1b[2J")
	if strings.Contains(human, "\x1b") {
		t.Error("human output printed a raw escape character")
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

func TestCheckErrors(t *testing.T) {
	code, _, errOut := runCheckCmd(t, failingReader{}, nil)
	if code != exitUsage || strings.Count(strings.TrimSpace(errOut), "\n") != 0 || !strings.Contains(errOut, "read input") {
		t.Errorf("unreadable input: exit %d stderr %q; want 2 and one line", code, errOut)
	}
	code, _, errOut = runCheckCmd(t, nil, nil, "--bogus", "hi")
	if code != exitUsage || !strings.Contains(errOut, "--bogus") {
		t.Errorf("unknown flag: exit %d stderr %q", code, errOut)
	}
	code, _, _ = runCheckCmd(t, nil, nil, "--rules")
	if code != exitUsage {
		t.Errorf("--rules without a path: exit %d", code)
	}
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	if err := os.WriteFile(bad, []byte("rules:\n  - id: x\n    category: rude\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		env  map[string]string
	}{
		{[]string{"--rules", bad, "hi"}, nil},
		{[]string{"hi"}, map[string]string{"RAPPORT_RULES": bad}},
	} {
		code, _, errOut := runCheckCmd(t, nil, tc.env, tc.args...)
		if code != exitUsage || strings.Count(strings.TrimSpace(errOut), "\n") != 0 || !strings.Contains(errOut, "bad.yaml") {
			t.Errorf("bad rules: exit %d stderr %q; want 2 and one line naming the file", code, errOut)
		}
	}
	if code, out, _ := runCheckCmd(t, nil, nil, "--help"); code != exitOK || !strings.Contains(out, "Usage: rapport check") {
		t.Errorf("--help: exit %d out %q", code, out)
	}
}

func TestCheckUserRules(t *testing.T) {
	dir := t.TempDir()
	rules := "rules:\n  - id: custom.asap\n    category: robotic\n    source: welch-personal\n    message: Buzzword.\n    suggestion: Say when.\n    phrase: {match: [synergy]}\ndisable: [no-problem.reply]\n"
	if err := os.WriteFile(filepath.Join(dir, "mine.yaml"), []byte(rules), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ := runCheckCmd(t, nil, map[string]string{"RAPPORT_RULES": dir}, "--json", "No problem! Great synergy.")
	if code != exitFindings {
		t.Fatalf("exit %d", code)
	}
	rs := decodeResults(t, out)
	if len(rs) != 1 || len(rs[0].Findings) != 1 || rs[0].Findings[0].Rule != "custom.asap" {
		t.Errorf("got %+v, want only the user rule", rs)
	}
}
