package coach

import (
	"slices"
	"strings"
	"testing"
)

// patternRule is a user rule file with one phrase rule: match patterns and
// any extra phrase fields (YAML lines indented by six spaces).
func patternRule(match []string, extra ...string) string {
	var b strings.Builder
	b.WriteString("rules:\n  - id: x.lang\n    category: robotic\n    source: welch-personal\n    message: m\n    suggestion: s\n    phrase:\n      match:\n")
	for _, m := range match {
		b.WriteString("        - '" + m + "'\n")
	}
	for _, e := range extra {
		b.WriteString("      " + e + "\n")
	}
	return b.String()
}

// TestPatternLanguage: each construct, with messages it must match and
// near-misses it must not, all written for this test.
func TestPatternLanguage(t *testing.T) {
	tests := []struct {
		name  string
		match []string
		extra []string
		hit   []string // the matched text, one message each
		miss  []string
	}{
		{
			name:  "word family",
			match: []string{"we|i ~apologise|~apology"},
			hit:   []string{"We apologize for the delay", "I apologised twice", "we apologising", "We apologies for this", "I apologise"},
			miss:  []string{"we applaud you", "an apology is due", "I apologetic"},
		},
		{
			name:  "irregular family",
			match: []string{"it <0-1 ~be|~have> ~break"},
			hit:   []string{"it broke again", "it breaks on Mondays", "it is broken", "it has broken", "it breaking"},
			miss:  []string{"it brake", "it breakfast", "it is not broken"},
		},
		{
			name:  "gap of listed words",
			match: []string{"we <0-2 @intens> ~apologise"},
			hit:   []string{"we apologise", "We do sincerely apologize", "we truly apologise", "we really do apologise"},
			// The gap holds two words, and matching steps over two more
			// intensifiers (maxIntensSkips): five is too many.
			miss: []string{"we did not apologise", "we do really truly sincerely deeply apologise", "we. apologise"},
		},
		{
			name:  "gap with exceptions",
			match: []string{"get <0-3 !not|never> back to you"},
			hit:   []string{"I will get straight back to you", "get back to you", "we'll get the details back to you"},
			miss:  []string{"I will get not back to you", "get a b c d back to you", "get it. back to you"},
		},
		{
			name:  "capitals",
			match: []string{"%caps %caps"},
			hit:   []string{"it is SO BROKEN today", "NOTHING WORKS"},
			miss:  []string{"the VPN PIN", "So Broken", "A B"},
		},
		{
			name:  "title case",
			match: []string{"thanks %title ."},
			hit:   []string{"thanks Jim.", "ok thanks Priya."},
			miss:  []string{"thanks jim.", "thanks JIM.", "thanks O'Neil."},
		},
		{
			name:  "stretched letters",
			match: []string{"%stretched"},
			hit:   []string{"pleeease help", "this is sooo slow"},
			miss:  []string{"please help", "this is too slow", "the www site"},
		},
		{
			name:  "ordinal",
			match: []string{"the? %ordinal time"},
			hit:   []string{"this is the 5th time", "the third time today", "for the 22nd time"},
			miss:  []string{"the 5 time", "the fifty time", "the 5th of May"},
		},
		{
			name:  "handle",
			match: []string{"thanks %handle"},
			hit:   []string{"thanks @ShopCo for the quick reply", "ok thanks @sam_t"},
			miss:  []string{"thanks Sam", "thanks shopco", "thanks <@U04ABCD12>"},
		},
		{
			name:  "repeated marks",
			match: []string{"why %marks"},
			hit:   []string{"why??", "why?!", "why !!!"},
			miss:  []string{"why?", "why.", "why!"},
		},
		{
			name:  "emoji polarity",
			match: []string{"thanks %emoji+", "again %emoji-"},
			hit:   []string{"thanks 🙏", "thanks :tada:", "down again 😡", "down again :rage:"},
			miss:  []string{"thanks 😡", "again 🙏", "thanks :rage:"},
		},
		{
			name:  "when: composable conditions",
			match: []string{"zero fuss"},
			extra: []string{"when:", "        - {scope: just_before, lacks: [there's, \"there is\"]}", "        - {scope: just_after, has: [\"$\", \"glad|happy\"]}", "        - {scope: message, lacks: [\"no rush\"]}"},
			hit:   []string{"zero fuss, glad to help", "ok zero fuss"},
			miss:  []string{"there's zero fuss", "zero fuss with the account", "zero fuss, no rush at all"},
		},
		{
			name:  "groups of phrases",
			match: []string{"(we are|i am|ur) on it", "(at all)? fuss (free|of any kind)", "no (big? fuss|hassle at all)"},
			hit: []string{"we are on it now", "I am on it, promise", "ur on it", "at all fuss free", "fuss free delivery",
				"fuss of any kind", "no fuss", "no big fuss", "no hassle at all"},
			miss: []string{"we am on it", "we i on it", "are on it", "fuss of any", "at all fuss", "no hassle", "no big hassle at all"},
		},
		{
			// The phrases next to a match are looked up by the word they
			// end (just_before) or start with (just_after); a phrase
			// that ends or starts with a list, a suffix, a number or "$"
			// is tried at every match.
			name:  "when: next-word phrases of every shape",
			match: []string{"zero fuss"},
			extra: []string{"when:",
				"        - {scope: just_before, lacks: [\"there's\", \"there is|was\", \"*ing\", \"# days of\", \"with @intens\"]}",
				"        - {scope: just_after, lacks: [\"with|on\", \"*ed\", \"# times\", \"for real $\"]}"},
			hit: []string{"zero fuss, glad to help", "honestly zero fuss", "zero fuss from us", "zero fuss for sure"},
			miss: []string{"there's zero fuss", "there was zero fuss", "amazing zero fuss", "2 days of zero fuss",
				"with totally zero fuss", "zero fuss on Monday", "zero fuss involved", "zero fuss 3 times", "zero fuss for real."},
		},
		{
			name:  "when: later and sentence scopes",
			match: []string{"fuss free"},
			extra: []string{"when:", "        - {scope: later, has: [tomorrow]}", "        - {scope: sentence, lacks: [maybe]}", "        - {scope: overlap, lacks: [\"free delivery\"]}"},
			hit:   []string{"Fuss free install tomorrow."},
			miss:  []string{"Fuss free install.", "Tomorrow, fuss free install.", "maybe fuss free install tomorrow", "fuss free delivery tomorrow"},
		},
		{
			name:  "antipattern",
			match: []string{"zero fuss"},
			extra: []string{`except: ["zero fuss with|on|in", "there's zero fuss", "there is|was zero fuss"]`},
			hit:   []string{"zero fuss, glad to help", "zero fuss"},
			miss:  []string{"there is zero fuss with your account", "zero fuss on our side", "there's zero fuss"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := NewAnalyzer(Options{RulesPath: writeRules(t, "lang.yaml", patternRule(tt.match, tt.extra...))})
			if err != nil {
				t.Fatalf("NewAnalyzer: %v", err)
			}
			found := func(text string) []string {
				var out []string
				for _, f := range a.Analyze(text, Context{}) {
					if f.Rule == "x.lang" {
						out = append(out, f.Match)
					}
				}
				return out
			}
			for _, text := range tt.hit {
				if got := found(text); len(got) == 0 {
					t.Errorf("%q: no match, want one", text)
				}
			}
			for _, text := range tt.miss {
				if got := found(text); len(got) != 0 {
					t.Errorf("%q: matched %q, want no match", text, got)
				}
			}
		})
	}
}

func TestBadPatterns(t *testing.T) {
	tests := []struct {
		name, pattern, want string
	}{
		{"gap first", "<0-2> sorry", "a gap must sit between two words"},
		{"gap last", "sorry <1-2>", "a gap must sit between two words"},
		{"gap too wide", "sorry <0-20> again", "max <= 8"},
		{"gap backwards", "sorry <3-1> again", "0 <= min <= max"},
		{"gap unclosed", "sorry <0-2 again", "has no >"},
		{"gap unknown list", "sorry <0-2 @nolist> again", "unknown list @nolist"},
		{"gaps placed too many ways", "sorry <0-8> for <0-8> the <0-2> trouble", "more than 81 ways"},
		{"unknown shape", "%loud words", "unknown word shape %loud"},
		{"empty family", "~ sorry", `needs a word after ~`},
		{"alternation beside its own word", "it is|that is fine", `write a group such as`},
		{"group unclosed", "(you are|ur kidding", "has no )"},
		{"groups nested", "(you (really|truly) are) kidding", "cannot nest"},
		{"group with an empty phrase", "(you are|) kidding", "empty phrase"},
		{"groups making too many phrases", "(a|b|c|d) (e|f|g|h) (i|j|k|l) (m|n|o|p)", "more than 64 phrases"},
		{"bad word inside a group", "(sorry|<0-20> again) now", "max <= 8"},
		{"clause edge inside an alternation", "no problem ,|.|$", "inside an alternation"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewAnalyzer(Options{RulesPath: writeRules(t, "bad.yaml", patternRule([]string{tt.pattern}))})
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), `"x.lang"`) || !strings.Contains(err.Error(), "bad.yaml:2") {
				t.Errorf("pattern %q: got error %v, want one naming bad.yaml:2, rule x.lang and %q", tt.pattern, err, tt.want)
			}
		})
	}
}

func TestInflections(t *testing.T) {
	tests := []struct {
		word string
		want []string
	}{
		{"apologise", []string{"apologise", "apologize", "apologises", "apologizes", "apologised", "apologized", "apologising", "apologizing"}},
		{"look", []string{"look", "looks", "looked", "looking"}},
		{"stop", []string{"stop", "stops", "stopped", "stopping"}},
		{"cancel", []string{"cancel", "cancels", "canceled", "cancelled", "canceling", "cancelling"}},
		{"reply", []string{"reply", "replies", "replied", "replying"}},
		{"fix", []string{"fix", "fixes", "fixed", "fixing"}},
		{"colour", []string{"colour", "color", "colours", "colors"}},
		{"send", []string{"sent", "sends", "sending"}},
	}
	for _, tt := range tests {
		got := inflections(tt.word)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("inflections(%q) = %v, missing %q", tt.word, got, w)
			}
		}
		if len(got) > maxInflections {
			t.Errorf("inflections(%q): %d forms, want at most %d", tt.word, len(got), maxInflections)
		}
	}
}

func TestBadWhen(t *testing.T) {
	for _, tc := range []struct{ when, want string }{
		{"{scope: nearby, has: [x]}", `unknown scope "nearby"`},
		{"{scope: later}", "needs exactly one of has, lacks"},
		{"{scope: later, has: [x], lacks: [y]}", "needs exactly one of has, lacks"},
		{"{scope: later, has: ['$']}", "only work in after/before"},
	} {
		_, err := NewAnalyzer(Options{RulesPath: writeRules(t, "bad.yaml", patternRule([]string{"zero fuss"}, "when: ["+tc.when+"]"))})
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), `"x.lang"`) {
			t.Errorf("when %s: got error %v, want one naming rule x.lang and %q", tc.when, err, tc.want)
		}
	}
}
