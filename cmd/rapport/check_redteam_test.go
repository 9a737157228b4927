package main

import (
	"bufio"
	"io"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestCheckBoundsAVeryLongLine: a line of stdin far longer than any message
// (here 24 MiB with no newline for a long way) is checked on its first
// maxCheckLine bytes, said so on stderr, and the lines after it are still
// answered, one result per line. Before the bound, the whole line was held
// in memory several times over (a 50 MB line took about 500 MB).
func TestCheckBoundsAVeryLongLine(t *testing.T) {
	const long = 24 << 20
	in := io.MultiReader(
		strings.NewReader("no problem, glad it works\n"),
		io.LimitReader(repeatReader("just reboot it "), long),
		strings.NewReader("\nno problem\n"),
	)
	code, out, errOut := runCheckCmd(t, in, nil, "--json")
	if code != exitFindings {
		t.Fatalf("exit %d, want %d (findings); stderr %q", code, exitFindings, errOut)
	}
	rs := decodeResults(t, out)
	if len(rs) != 3 {
		t.Fatalf("got %d results, want 3 (one per line)", len(rs))
	}
	if n := len(rs[1].Text); n > maxCheckLine || n < maxCheckLine-utf8.UTFMax {
		t.Errorf("the %d-byte line came back as %d bytes, want its first %d", long, n, maxCheckLine)
	}
	if !strings.HasPrefix(rs[1].Text, "just reboot it just") || len(rs[1].Findings) == 0 {
		t.Errorf("the long line's kept part was not checked: %d findings, text starts %.40q", len(rs[1].Findings), rs[1].Text)
	}
	if rs[2].Text != "no problem" || len(rs[2].Findings) == 0 {
		t.Errorf("the line after the long one: got %.40q with %d findings, want \"no problem\" with a finding", rs[2].Text, len(rs[2].Findings))
	}
	if want := "line 2 is longer than"; !strings.Contains(errOut, want) {
		t.Errorf("stderr %q does not say the line was cut (want %q)", errOut, want)
	}
}

// repeatReader reads s over and over, without end.
type repeatReader string

func (r repeatReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		n += copy(p[n:], r)
	}
	return n, nil
}

// TestReadLineCutsAtACharacter: a cut never splits a character, and the
// line after a cut one is read whole.
func TestReadLineCutsAtACharacter(t *testing.T) {
	tests := []struct {
		name, in string
		limit    int
		want     string
		wantCut  bool
	}{
		{"short line", "héllo\nnext\n", 16, "héllo\n", false},
		{"cut inside é", "ééééé\nnext\n", 5, "éé", true},
		{"cut inside an emoji", "a😀b\nnext\n", 3, "a", true},
		{"exactly the limit", "abc\nnext\n", 4, "abc\n", false},
		{"no trailing newline", "abcdef", 3, "abc", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := bufio.NewReaderSize(strings.NewReader(tt.in), 16)
			got, cut, _ := readLine(r, tt.limit)
			if got != tt.want || cut != tt.wantCut {
				t.Errorf("got %q cut=%v, want %q cut=%v", got, cut, tt.want, tt.wantCut)
			}
			if strings.Contains(tt.in, "next") {
				if next, _, _ := readLine(r, 16); next != "next\n" {
					t.Errorf("line after: got %q, want %q", next, "next\n")
				}
			}
		})
	}
}
