package main

import (
	"bufio"
	"context"
	"io"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/rapport-bot/rapport/coach"
)

// TestCheckAnswersEachLineAtOnce feeds stdin through a pipe and reads the
// answer to the first line while stdin is still open.
func TestCheckAnswersEachLineAtOnce(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan int, 1)
	go func() {
		code := Main(context.Background(), []string{"check", "--json"}, &Env{In: inR, Out: outW, Err: io.Discard})
		outW.Close()
		done <- code
	}()
	lines := bufio.NewScanner(outR)
	lines.Buffer(make([]byte, 1<<20), 1<<20)
	for i, msg := range []string{"No problem, PEBKAC.", "Thanks for waiting, it's fixed."} {
		go func() { _, _ = io.WriteString(inW, msg+"\n") }()
		got := make(chan string, 1)
		go func() {
			if lines.Scan() {
				got <- lines.Text()
			}
			close(got)
		}()
		select {
		case line := <-got:
			if !strings.Contains(line, `"text":"`+strings.ReplaceAll(msg, "'", "'")) {
				t.Errorf("answer %d = %.120s, want the result for %q", i, line, msg)
			}
		case <-time.After(10 * time.Second): // a liveness bound, not a timing assertion
			t.Fatalf("no answer to line %d while stdin stays open", i)
		}
	}
	inW.Close()
	if code := <-done; code != exitFindings {
		t.Errorf("exit %d, want %d", code, exitFindings)
	}
}

func TestCheckHumanFormHasNoOffsetsAndOnlyUsefulRewrites(t *testing.T) {
	tests := []struct {
		name, text  string
		wantRewrite bool
	}{
		{"rewrite differs", "You just need to flush the DNS cache, PEBKAC.", true},
		{"promise kept as written", "I'll get back to you tomorrow.", false},
	}
	offsets := regexp.MustCompile(`bytes \d+-\d+`)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, out, _ := runCheckCmd(t, nil, nil, tt.text)
			if offsets.MatchString(out) {
				t.Errorf("human output shows byte offsets:\n%s", out)
			}
			if got := strings.Contains(out, "Rewrite:"); got != tt.wantRewrite {
				t.Errorf("Rewrite line shown = %v, want %v:\n%s", got, tt.wantRewrite, out)
			}
			_, js, _ := runCheckCmd(t, nil, nil, "--json", tt.text)
			if !strings.Contains(js, `"start":`) || !strings.Contains(js, `"end":`) {
				t.Errorf("JSON lost its offsets: %s", js)
			}
		})
	}
}

func TestNoPlaceholderReachesCheckOutput(t *testing.T) {
	placeholder := regexp.MustCompile(`\{[a-z_]+\}`)
	for _, text := range []string{
		"Your DNS is misconfigured.", "Flush the DNS cache and renew the DHCP lease.",
		"Check the GPO and the registry.", "The MTU on the VPN is wrong.",
	} {
		for _, args := range [][]string{{text}, {"--json", text}} {
			_, out, _ := runCheckCmd(t, nil, nil, args...)
			if !strings.Contains(out, "jargon") {
				t.Errorf("%q: expected a jargon finding:\n%s", text, out)
			}
			if p := placeholder.FindString(out); p != "" {
				t.Errorf("check %v shows the placeholder %s:\n%s", args, p, out)
			}
		}
	}
}

func TestTerminalStyleRespectsNoColorAndWidth(t *testing.T) {
	env := func(m map[string]string) func(string) (string, bool) {
		return func(k string) (string, bool) { v, ok := m[k]; return v, ok }
	}
	tests := []struct {
		name  string
		env   map[string]string
		width int
		want  humanStyle
	}{
		{"terminal", nil, 100, humanStyle{color: true, width: 100}},
		{"NO_COLOR", map[string]string{"NO_COLOR": "1"}, 100, humanStyle{width: 100}},
		{"NO_COLOR empty means unset", map[string]string{"NO_COLOR": ""}, 100, humanStyle{color: true, width: 100}},
		{"dumb terminal", map[string]string{"TERM": "dumb"}, 80, humanStyle{width: 80}},
		{"COLUMNS wins", map[string]string{"COLUMNS": "72"}, 100, humanStyle{color: true, width: 72}},
		{"too narrow", map[string]string{"COLUMNS": "12"}, 0, humanStyle{color: true, width: 40}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := terminalStyle(env(tt.env), tt.width); got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
	// Not a terminal (a buffer, a pipe): plain and unwrapped, whatever the env.
	if got := styleFor(io.Discard, env(map[string]string{"COLUMNS": "50"})); got != (humanStyle{}) {
		t.Errorf("styleFor(non-terminal) = %+v, want plain", got)
	}
}

func TestWrappedColouredOutputFitsTheWidth(t *testing.T) {
	analyzer, err := coach.NewAnalyzer(coach.Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := "You just need to flush the DNS cache, PEBKAC. Obviously you broke it."
	res := analyzer.Check(text, coach.Context{})
	for _, st := range []humanStyle{{width: 60}, {width: 60, color: true}} {
		var b strings.Builder
		if err := writeHumanStyled(&b, res, "", st); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		for _, line := range strings.Split(out, "\n") {
			if w := visibleWidth(line); w > 60 && strings.Contains(strings.TrimSpace(line), " ") {
				t.Errorf("color=%v: line of width %d > 60: %q", st.color, w, line)
			}
		}
		if hasEsc := strings.Contains(out, "\x1b["); hasEsc != st.color {
			t.Errorf("color=%v: escape codes present = %v", st.color, hasEsc)
		}
		// Wrapping moves words between lines, never drops them.
		if !strings.Contains(strings.Join(strings.Fields(stripANSI(out)), " "), strings.Join(strings.Fields(res.Findings[0].Message), " ")) {
			t.Errorf("wrapped output lost words of the first explanation:\n%s", out)
		}
	}
}

func stripANSI(s string) string {
	return regexp.MustCompile("\x1b\\[[0-9;]*m").ReplaceAllString(s, "")
}
