package coach

import (
	"slices"
	"testing"
)

func TestProtectedTokens(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"slack link", "see <https://example.com/a?b=1|the docs> please", []string{"<https://example.com/a?b=1|the docs>"}},
		{"bare url", "open https://intranet.example.com/vpn.", []string{"https://intranet.example.com/vpn"}},
		{"mention and channel", "<@U123ABC> ask in <#C42|it-help> <!here> <!subteam^S9|ops>", []string{"<@U123ABC>", "<#C42|it-help>", "<!here>", "<!subteam^S9|ops>"}},
		{"emoji", "done :white_check_mark: thanks :+1:", []string{":white_check_mark:", ":+1:"}},
		{"markdown link", "see [the docs](https://example.com/x) and [PDF](https://a.example.com/b.pdf).", []string{"https://example.com/x", "https://a.example.com/b.pdf"}},
		{"shrug", `works here ¯\_(ツ)_/¯ and ¯\\_(ツ)_/¯, not ¯ alone`, []string{`¯\_(ツ)_/¯`, `¯\\_(ツ)_/¯`}},
		{"inline code", "run `ipconfig /flushdns` now", []string{"`ipconfig /flushdns`"}},
		{"code block", "try:\n```\nsudo systemctl restart nginx\n```\nok", []string{"```\nsudo systemctl restart nginx\n```"}},
		{"quotes", `it says "access denied" and “no problem” there`, []string{`"access denied"`, "“no problem”"}},
		{"quoted line", "&gt; just restart it\nno", []string{"&gt; just restart it"}},
		{"gt quoted line", "> just restart it\nno", []string{"> just restart it"}},
		{"numbers", "ticket 4521 by 3pm, 10.0.0.12 and v2.1", []string{"4521", "3pm", "10.0.0.12", "v2.1"}},
		{"paths", `check C:\Users\ana and /etc/hosts or ~/x, mail ana@example.com, run with --force`, []string{`C:\Users\ana`, "/etc/hosts", "~/x", "ana@example.com", "--force"}},
		{"file and domain", "open report.xlsx on example.com (e.g. today)", []string{"report.xlsx", "example.com"}},
		{"prose", "I just checked and/or it's fine: no problem, Wi-Fi is up", nil},
		{"times", "10:30 works", []string{"10:30"}},
		{"sentences run together", "thanks for your understanding.Best regards, and see README.md or docs.Example.com", []string{"README.md", "docs.Example.com"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ProtectedTokens(tt.text)
			if !slices.Equal(got, tt.want) {
				t.Errorf("ProtectedTokens(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestPlainChunkFindsNothing holds plainChunk, the fast path of
// protectedSpans, to what it skips: every chunk it calls plain is one that
// chunkKind, after trimming, protects nothing of. The chunks are all the
// strings of up to four bytes over an alphabet of the bytes either
// function looks at.
func TestPlainChunkFindsNothing(t *testing.T) {
	alphabet := []byte("aZvw.,;:!?)'-/_@=\\$#1(]\"")
	var buf [4]byte
	var walk func(n int)
	checked := 0
	walk = func(n int) {
		if n > 0 {
			w := string(buf[:n])
			if plainChunk(w) {
				checked++
				s, e := trimChunk(w, 0, len(w))
				if k := chunkKind(w[s:e]); k != 0 {
					t.Errorf("plainChunk(%q) = true, but chunkKind finds kind %d", w, k)
				}
			}
		}
		if n == len(buf) {
			return
		}
		for _, c := range alphabet {
			buf[n] = c
			walk(n + 1)
		}
	}
	walk(0)
	for _, w := range []string{"www.example.com", "e.g.", "x.org", "v2", "3pm", "-rf", "don't", "hello,", "why?!"} {
		s, e := trimChunk(w, 0, len(w))
		if plainChunk(w) && chunkKind(w[s:e]) != 0 {
			t.Errorf("plainChunk(%q) = true, but chunkKind protects it", w)
		}
	}
	if checked == 0 {
		t.Fatal("no chunk was plain: the test checks nothing")
	}
	for _, w := range []string{"hello", "don't", "well-known", "why?!", "end."} {
		if !plainChunk(w) {
			t.Errorf("plainChunk(%q) = false, want true (a plain word)", w)
		}
	}
}
