package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/rapport-bot/rapport/coach"
)

// runTipsCommand runs `rapport <args>` in-process and returns its exit code,
// stdout and stderr.
func runTipsCommand(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	env := &Env{In: strings.NewReader(""), Out: &out, Err: &errOut,
		Lookup: func(string) (string, bool) { return "", false }}
	code := Main(context.Background(), args, env)
	return code, out.String(), errOut.String()
}

func loadTipsForTest(t *testing.T) []coach.Tip {
	t.Helper()
	tips, err := coach.LoadTips()
	if err != nil {
		t.Fatalf("LoadTips: %v", err)
	}
	return tips
}

func TestTipsCommandListsEveryTip(t *testing.T) {
	code, out, errOut := runTipsCommand(t, "tips")
	if code != exitOK {
		t.Fatalf("exit code %d, want %d; stderr: %s", code, exitOK, errOut)
	}
	if errOut != "" {
		t.Errorf("unexpected stderr: %q", errOut)
	}
	flat := strings.Join(strings.Fields(out), " ") // undo the word wrapping
	tips := loadTipsForTest(t)
	for _, tip := range tips {
		for _, want := range []string{
			tip.Title + " [" + tip.ID + "]",
			tip.Body,
			"Try this week: " + tip.Try,
			"Source: " + tip.Source.Title + " by " + tip.Source.Author,
		} {
			if !strings.Contains(flat, strings.Join(strings.Fields(want), " ")) {
				t.Errorf("output lacks %q", want)
			}
		}
	}
	for _, a := range coach.Articles() {
		if !strings.Contains(out, a.Title+", by "+a.Author) {
			t.Errorf("output has no heading for %q", a.Title)
		}
	}
	if got := strings.Count(out, "\n  Source: "); got != len(tips) {
		t.Errorf("got %d Source lines, want one per tip (%d)", got, len(tips))
	}
	for i, line := range strings.Split(out, "\n") {
		// Body and "Try this week" lines are wrapped; headings and sources are not.
		wrapped := strings.HasPrefix(line, "  ") && !strings.HasPrefix(line, "  Source: ")
		if n := len([]rune(line)); wrapped && n > tipsWrapWidth {
			t.Errorf("line %d is %d characters wide, want at most %d: %q", i+1, n, tipsWrapWidth, line)
		}
	}
}

func TestTipsCommandJSON(t *testing.T) {
	code, out, errOut := runTipsCommand(t, "tips", "--json")
	if code != exitOK {
		t.Fatalf("exit code %d, want %d; stderr: %s", code, exitOK, errOut)
	}
	var got []tipJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("output is not a JSON array of tips: %v", err)
	}
	var want []tipJSON
	for _, tip := range loadTipsForTest(t) {
		cats := tip.Categories
		if cats == nil {
			cats = []coach.Category{}
		}
		want = append(want, tipJSON{ID: tip.ID, Title: tip.Title, Body: tip.Body, Try: tip.Try,
			Source:     tipSourceJSON{ID: tip.Source.ID, Title: tip.Source.Title, Author: tip.Source.Author},
			Categories: cats})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("--json output differs from the library (-want +got):\n%s", diff)
	}
	// Consumers see [] rather than null for a tip without categories.
	if strings.Contains(out, `"categories": null`) {
		t.Error(`output has "categories": null, want []`)
	}
}

func TestTipsCommandUsage(t *testing.T) {
	tests := []struct {
		args     []string
		wantCode int
		wantOut  string // help goes to stdout
		wantErr  string // mistakes go to stderr, worded as in every subcommand
	}{
		{[]string{"tips", "--bogus"}, exitUsage, "", "rapport tips: unknown flag --bogus (see 'rapport tips --help')\n"},
		{[]string{"tips", "extra"}, exitUsage, "", `rapport tips: unexpected argument "extra" (see 'rapport tips --help')` + "\n"},
		{[]string{"tips", "--json", "extra"}, exitUsage, "", `rapport tips: unexpected argument "extra" (see 'rapport tips --help')` + "\n"},
		{[]string{"tips", "--help"}, exitOK, "Usage: rapport tips", ""},
		{[]string{"tips", "-h"}, exitOK, "--json", ""},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, out, errOut := runTipsCommand(t, tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit code %d, want %d", code, tt.wantCode)
			}
			if !strings.Contains(out, tt.wantOut) || (tt.wantOut == "" && out != "") {
				t.Errorf("stdout %q, want %q", out, tt.wantOut)
			}
			if tt.wantErr == "" && errOut != "" || errOut != tt.wantErr && tt.wantErr != "" {
				t.Errorf("stderr %q, want %q", errOut, tt.wantErr)
			}
		})
	}
}

func TestWriteTipsWrapped(t *testing.T) {
	var b bytes.Buffer
	long := strings.Repeat("word ", 40)
	writeTipsWrapped(&b, "  ", long+"averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongword")
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) < 3 {
		t.Fatalf("got %d lines, want the text wrapped", len(lines))
	}
	for _, l := range lines {
		if !strings.HasPrefix(l, "  ") || strings.HasPrefix(l, "   ") {
			t.Errorf("line %q is not indented by exactly two spaces", l)
		}
		if len(l) > tipsWrapWidth && strings.Contains(l, " word") {
			t.Errorf("line %q is longer than %d", l, tipsWrapWidth)
		}
	}
	if got, want := strings.Join(strings.Fields(b.String()), " "), strings.Join(strings.Fields(long), " ")+" averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongword"; got != want {
		t.Errorf("wrapping changed the words")
	}
}
