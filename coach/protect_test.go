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
