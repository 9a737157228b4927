package coach

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"",
	"No problem! Just restart it.",
	"You just need to flush the DNS cache — I'll get back to you tomorrow.",
	"<@U1> see <https://x.example/a|just restart> and `rm -rf /tmp/x` :smile:",
	"\"no problem\" > quoted\n> just restart it\n```\nno problem\n```",
	"This is the third time this week!!! NOTHING WORKS",
	"no problem \xff\xfe just \xc3 restart",
	"just\x00restart\x1b it, np",
	"“It’s always DNS” isn’t it? I’ll fix it by 3pm.",
	"C:\\Users\\ana\\just\\restart.txt and /etc/no/problem v1.2.3",
	"Just type netsh wlan show profiles and the DNS cache clears, no problem",
	"run 'ipconfig /flushdns' lol classic PEBKAC 😂, the SSO cert expired",
}

// FuzzAnalyze: no panic; findings sorted, disjoint, inside the text and on
// UTF-8 boundaries; protected tokens survive the rewrite; and the rewrite of
// a message without findings is the message.
func FuzzAnalyze(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	a, err := NewAnalyzer(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, c := range []Context{{}, {Role: RoleStaff, PrevFrustrated: true, PrevThanked: true}, {Role: RoleRequester}} {
			fs := a.Analyze(text, c)
			if !validOffsets(text, fs) {
				t.Fatalf("bad findings for %q: %+v", text, fs)
			}
			rw := a.RuleRewrite(text, fs)
			if len(fs) == 0 && rw != text {
				t.Fatalf("rewrite without findings changed %q to %q", text, rw)
			}
			raw, _ := a.ruleEdit(text, fs)
			for _, out := range []string{rw, raw} {
				if msg := codeIntact(text, out); msg != "" {
					t.Fatalf("rewrite of %q %s: %q", text, msg, out)
				}
			}
		}
		_ = a.Signals(text)
	})
}

// TestDeterminism: the same message gives the same findings and rewrite
// every time, whatever was analysed before (pooled buffers are reused).
func TestDeterminism(t *testing.T) {
	a := newTestAnalyzer(t)
	first := make([]Result, len(fuzzSeeds))
	for i, s := range fuzzSeeds {
		first[i] = a.Check(s, Context{})
	}
	for round := 0; round < 20; round++ {
		for k := range fuzzSeeds {
			i := (k*7 + round) % len(fuzzSeeds)
			got := a.Check(fuzzSeeds[i], Context{})
			if got.Rewrite != first[i].Rewrite || !slices.Equal(got.Findings, first[i].Findings) {
				t.Fatalf("round %d: %q gave a different result", round, fuzzSeeds[i])
			}
		}
	}
	// A second compile of the same rules (not the shared test analyser)
	// must agree: nothing may depend on map order at compile time.
	b, err := NewAnalyzer(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range fuzzSeeds {
		if got := b.Check(s, Context{}); !slices.Equal(got.Findings, first[i].Findings) {
			t.Fatalf("a second analyser disagrees on %q", s)
		}
	}
}

// TestConcurrent exercises the pooled tokenizers from many goroutines (run
// with -race).
func TestConcurrent(t *testing.T) {
	a := newTestAnalyzer(t)
	want := make([]Result, len(fuzzSeeds))
	for i, s := range fuzzSeeds {
		want[i] = a.Check(s, Context{})
	}
	done := make(chan bool)
	for g := 0; g < 8; g++ {
		go func(g int) {
			ok := true
			for n := 0; n < 50; n++ {
				i := (g + n) % len(fuzzSeeds)
				if got := a.Check(fuzzSeeds[i], Context{}); got.Rewrite != want[i].Rewrite || !slices.Equal(got.Findings, want[i].Findings) {
					ok = false
				}
			}
			done <- ok
		}(g)
	}
	for g := 0; g < 8; g++ {
		if !<-done {
			t.Error("concurrent Check disagreed with sequential Check")
		}
	}
}

// FuzzPatternCompile: a user's pattern, whatever it holds, either loads or
// is refused with ErrBadRules; it never panics, and a loaded one can be
// matched against text without panicking.
func FuzzPatternCompile(f *testing.F) {
	for _, p := range []string{"no problem", "we <0-2 @intens> ~apologise", "%caps %caps", "get <0-3 !not|never> back",
		"<1-2> x", "a|", "~", "%", "<9-1>", "why %marks", "thanks %emoji+", "a? b? c?", "<0-8> <0-8>", "@thanks|~sorry|#",
		"(we are|i am) on it", "(at all)? (a|b) (c d|e)?", "((a)", "(a|) b", "( a )", "x (", ":)"} {
		f.Add(p, "We do sincerely apologise, NOTHING WORKS sooo why?? thanks 🙏 get it back to you")
	}
	f.Fuzz(func(t *testing.T, pattern, text string) {
		if strings.ContainsAny(pattern, "'\n\r\\") || !utf8.ValidString(pattern) {
			return // keep the YAML quoting simple
		}
		var cp compiler
		cp.lists = map[string]map[string]struct{}{"intens": {"really": {}}, "thanks": {"thanks": {}}}
		cp.acronyms = map[string]struct{}{}
		cp.strict = true
		seqs, _, err := cp.pattern(pattern, false, true)
		if err != nil {
			return
		}
		var tz tokenizer
		toks := tz.tokenize(text)
		for _, s := range seqs {
			for i := range toks {
				if end, ok := matchAt(s, toks, i, text); ok && (end <= i || end > len(toks)) {
					t.Fatalf("pattern %q matched [%d, %d) of %d tokens", pattern, i, end, len(toks))
				}
				_ = matchEndingAt(s, toks, i, text)
			}
		}
	})
}
