package coach

import (
	"strings"
	"testing"
)

// Wave 8, lead: patterns and guards that the "|" slip had half-disabled,
// now written as groups ("(you're|you are) overreacting"): the contracted
// form matches again. Our own sentences.

func init() {
	addRuleCases("contradiction.disbelief",
		[]string{
			"Honestly you're overreacting, the share is only slow on Mondays.",
			"You're seeing things, the banner was never there.",
			"You are overreacting, it is one pop-up.",
		},
		[]string{
			"You're seeing the old banner until the page reloads.",
		})
	addRuleCases("contradiction.trust-me-not",
		[]string{
			"Trust me, there's no virus on that laptop.",
			"Trust me, there is no way the update did that.",
		},
		[]string{
			"Trust me, there's a faster way to do this: I'll show you after lunch.",
		})
	addRuleCases("contradiction.nothing-wrong-alone",
		[]string{
			"Nothing's broken, you're looking at the wrong tab.",
			"I checked the logs, nothing wrong here.",
		},
		[]string{
			"I checked the logs, nothing wrong here, you're fine.",
			"Nothing wrong at all, you are good to carry on.",
		})
}

// TestGroupedAlternativesInBuiltinRules: a pattern written with a group
// matches each of its phrases in a real rule, contracted or not.
func TestGroupedAlternativesInBuiltinRules(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, text := range []string{"I think you're mistaken, the quota resets nightly.", "I think you are mistaken, the quota resets nightly."} {
		if !ruleFound(a, text, "contradiction.disbelief") {
			t.Errorf("%q: contradiction.disbelief not found", text)
		}
	}
}

// TestStockTailGoesWithItsClause: the stock "and any inconvenience" tacked
// on after a real apology goes with the clause that tells what caused it;
// left behind, "that this caused" would hang on the real noun and change
// what the writer said.
func TestStockTailGoesWithItsClause(t *testing.T) {
	a := newTestAnalyzer(t)
	wantRewrites(t, a, []rewriteCase{
		{"We apologise for the outage and any inconvenience that this caused.", "We apologise for the outage."},
		{"Sorry for the late delivery and any inconveniences that it may have caused.", "Sorry for the late delivery."},
		{"Sorry for the delay and any inconvenience it has caused you, the new card is on its way.", "Sorry for the delay, the new card is on its way."},
		{"Sorry for the delay and any inconvenience caused.", "Sorry for the delay."},
	})
}

// TestNoteAfterAbbreviation: "e.g." and "i.e." do not end a sentence, so a
// gloss noted after the sentence never lands inside the writer's own
// brackets.
func TestNoteAfterAbbreviation(t *testing.T) {
	a := newTestAnalyzer(t)
	wantRewrites(t, a, []rewriteCase{
		{"Try a different DNS server (e.g. the one your router uses) and reboot.",
			"Try a different DNS server (e.g. the one your router uses) and reboot. (DNS: the internet's address book)"},
		{"Check the logs (e.g. the DHCP lease table) before you reboot.",
			"Check the logs (e.g. the DHCP lease table) before you reboot. (DHCP lease: the network address a device borrows for a while)"},
	})
}

// TestGlossaryTermOtherSense: a team's glossary term can name the phrases
// that show its word in an everyday sense and those that keep it the term;
// the built-in "cookies" uses them for cookies eaten and a shop's cookies.
func TestGlossaryTermOtherSense(t *testing.T) {
	body := "rules:\n  - id: team.terms\n    category: jargon\n    source: welch-personal\n    message: m {term}\n    suggestion: s\n    glossary:\n      terms:\n" +
		"        - term: \"python\"\n          gloss: \"a programming language\"\n          other_sense: [\"snake|zoo|reptile\", \"%handle python\"]\n          sense: [\"script|pip|install\"]\n"
	a, err := NewAnalyzer(Options{RulesPath: writeRules(t, "terms.yaml", body)})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Open the report in python and send me the chart.", true},
		{"The python at the zoo escaped again, said the news.", false},
		{"Loved the tour, @ZooCo python was the best bit.", false},
		{"The snake emoji is fine, but run the python script again.", true},
	} {
		if got := ruleFound(a, tc.text, "team.terms"); got != tc.want {
			t.Errorf("%q: term found %v, want %v", tc.text, got, tc.want)
		}
	}
	b := newTestAnalyzer(t)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Clear your cookies and reload the page.", true},
		{"Those chocolate cookies at reception were great.", false},
		{"Mmm, @ShopCo cookies are back in stock.", false},
	} {
		found := false
		for _, f := range b.Analyze(tc.text, Context{}) {
			found = found || f.Category == Jargon && strings.Contains(strings.ToLower(f.Match), "cookies")
		}
		if found != tc.want {
			t.Errorf("%q: cookies flagged %v, want %v", tc.text, found, tc.want)
		}
	}
}
