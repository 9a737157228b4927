package coach

import (
	"strings"
	"testing"
)

// TestQuotedTermNamed: a term found inside quotes is named as the reader
// sees it. The path in a quoted error message is the finding, not the whole
// message, and a quoted name is not wrapped in a second pair of quotes.
func TestQuotedTermNamed(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, tt := range []struct{ text, match string }{
		{`The error says: "cannot mount /dev/sdb2" when I plug it in.`, "/dev/sdb2"},
		{`Open "/etc/app.conf" and change the port.`, "/etc/app.conf"},
		{`Then run df -h and send me what it prints.`, "df -h"},
	} {
		var got *Finding
		for _, f := range a.Check(tt.text, Context{}).Findings {
			if f.Rule == "jargon.unknown-term" {
				got = &f
				break
			}
		}
		if got == nil {
			t.Errorf("%q: no jargon.unknown-term finding", tt.text)
			continue
		}
		if got.Match != tt.match || tt.text[got.Start:got.End] != tt.match {
			t.Errorf("%q: finding names %q (bytes %d-%d), want %q", tt.text, got.Match, got.Start, got.End, tt.match)
		}
		if strings.Contains(got.Message, `""`) || !strings.Contains(got.Message, `"`+tt.match+`"`) {
			t.Errorf("%q: message %q should quote %q once", tt.text, got.Message, tt.match)
		}
	}
}

// TestQuotedGlossaryTermNamed: a glossary term written in quote marks gets
// advice that names it once, not wrapped in a second pair of quotes.
func TestQuotedGlossaryTermNamed(t *testing.T) {
	a := newTestAnalyzer(t)
	text := `Before the update, type "sudo" in front of the command.`
	for _, f := range a.Check(text, Context{}).Findings {
		if f.Category != Jargon {
			continue
		}
		if strings.Contains(f.Message, `""`) || strings.Contains(f.Suggestion, `""`) || !strings.Contains(f.Message, `"sudo"`) {
			t.Errorf("message %q / suggestion %q should name sudo in one pair of quotes", f.Message, f.Suggestion)
		}
		return
	}
	t.Errorf("%q: no jargon finding", text)
}
