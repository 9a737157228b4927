package coach

import (
	"strings"
	"testing"
)

// Wave 9, lead: blame and contradiction read through an adverb of
// emphasis or hedging (phrase step_adverbs), as LABELING.md's "meaning,
// not spelling" asks: "That simply isn't possible" is "That isn't
// possible". Our own sentences; the probe file w9-bc.jsonl varies every
// example and near-miss of the two rows of LABELING.md.

func init() {
	probeFloors["w9-bc.jsonl"] = map[Category]probeFloor{Blame: {1.00, 1.00}, Contradiction: {1.00, 1.00}}
	probeCleanCeilings["w9-bc.jsonl"] = 0.00 // 0 of 21 clean lines flagged
	// LABELING.md's frustration examples and near-misses varied (w9-fr):
	// 41 of 43 found. The misses are sarcasm the score cannot tell from
	// praise: no grievance word ("love how the app logs me out every five
	// minutes"), and "Nice one, …", which as often praises a bill that
	// came in lower (audit-cust2).
	probeFloors["w9-fr.jsonl"] = map[Category]probeFloor{Frustration: {1.00, 0.95}}
	probeCleanCeilings["w9-fr.jsonl"] = 0.00 // 0 of 19 clean lines flagged
	addRuleCases("blame.doing-it-wrong",
		[]string{
			"You probably did something wrong when you copied it.",
			"You obviously did something wrong with the cable.",
		},
		[]string{
			"Did you do anything different this time? Let's compare.",
		})
	addRuleCases("blame.should-have",
		[]string{
			"You should of saved it before the update.",
			"You honestly should have asked first.",
			"You clearly should've kept the receipt.",
		},
		[]string{
			"You should of received a text with the code by now.",
			"You should probably have received an email by now.",
		})
	addRuleCases("contradiction.disbelief",
		[]string{
			"I don't think that happened, the job log is clean.",
			"We don't think that's true.",
			"That simply isn't possible.",
		},
		[]string{
			"I don't think that's true for every model, let me check.",
			"I don't think that happened before the update?",
		})
	addRuleCases("contradiction.denial",
		[]string{
			"That definitely didn't happen.",
			"It certainly isn't the server, we checked it twice.",
			"It definitely doesn't do that.",
		},
		[]string{
			"It definitely wasn't delivered, nobody came to the door.",
			"My card definitely wasn't charged before this month.",
			"The parcel definitely isn't here.",
			"Is there a way to export it? No way that I know of.",
		})
	// "!!!" beside "works" or "thanks" is joy, but beside "not working" it
	// is a complaint told loudly (LABELING.md: "!!!" with a complaint).
	addRuleCases("frustration.exclaim",
		[]string{
			"Still not working!!!",
			"The scanner doesn't work!!!",
			"Printer never worked!!! Third time I ask.",
		},
		[]string{
			"It works!!!",
			"It's working now, thanks!!!",
			"Thank you!!! It's not crashing anymore.",
		})
	addRuleCases("contradiction.wrong",
		[]string{
			"You are simply wrong about the quota.",
			"That's honestly not true, nobody touched your mailbox.",
		},
		[]string{
			"That's probably not possible to do remotely, so I'll come by.",
		})
}

// TestStepAdverbs: a rule that asks for it (step_adverbs) reads through an
// adverb of emphasis or hedging, inside its pattern and between the match
// and its context; a rule that does not, and every rule for "just" (time,
// "only" or a minimiser), does not.
func TestStepAdverbs(t *testing.T) {
	rule := func(id, category string, step bool) string {
		s := "  - id: " + id + "\n    category: " + category + "\n    source: welch-personal\n    message: m\n    suggestion: s\n    phrase:\n"
		if step {
			s += "      step_adverbs: true\n"
		}
		return s + "      match: [\"that is not purple\"]\n      after: [\"^\", \"well\"]\n"
	}
	a, err := NewAnalyzer(Options{RulesPath: writeRules(t, "step.yaml", "rules:\n"+rule("team.step", "contradiction", true))})
	if err != nil {
		t.Fatal(err)
	}
	b, err := NewAnalyzer(Options{RulesPath: writeRules(t, "plain.yaml", "rules:\n"+rule("team.plain", "contradiction", false))})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text        string
		step, plain bool
	}{
		{"That is not purple.", true, true},
		{"That is really not purple.", true, true},  // an intensifier: every rule
		{"That is simply not purple.", true, false}, // an adverb inside the pattern
		{"That is probably not purple, as far as I know.", true, false},
		{"Well honestly that is not purple.", true, false},            // between the context and the match
		{"That is actually definitely not purple.", true, false},      // two
		{"That is just not purple.", false, false},                    // "just" is never stepped over
		{"That is simply honestly clearly not purple.", false, false}, // at most two
	} {
		if got := ruleFound(a, tc.text, "team.step"); got != tc.step {
			t.Errorf("%q: step_adverbs rule found %v, want %v", tc.text, got, tc.step)
		}
		if got := ruleFound(b, tc.text, "team.plain"); got != tc.plain {
			t.Errorf("%q: plain rule found %v, want %v", tc.text, got, tc.plain)
		}
	}
}

// TestDismissalOpenerGoesWithIt: a sentence that is itself the dismissal
// loses its talk-down opener with it; "of course" left in front of the
// offer to check would keep the tone the rewrite removes.
func TestDismissalOpenerGoesWithIt(t *testing.T) {
	a := newTestAnalyzer(t)
	wantRewrites(t, a, []rewriteCase{
		{"Of course it works fine for me.", "It looks fine for me, so let's look at what's happening on your side."},
		{"No, of course it works fine for me.", "It looks fine for me, so let's look at what's happening on your side."},
		{"No, it's working fine on our end.", "It looks fine on our end, so let's look at what's happening on your side."},
	})
}

// TestGroupPhrasesAreNotSlips: the slip check reads a group's phrases one
// by one, as the matcher does, so a team's group of phrases that share a
// word ("(spin that|spin that way)") loads, and matches each phrase.
func TestGroupPhrasesAreNotSlips(t *testing.T) {
	body := "rules:\n  - id: team.denial\n    category: contradiction\n    source: welch-personal\n    message: m\n    suggestion: s\n    phrase:\n" +
		"      match: [\"the widget (does not|won't) (spin that|spin that way)\"]\n"
	a, err := NewAnalyzer(Options{RulesPath: writeRules(t, "team.yaml", body)})
	if err != nil {
		t.Fatalf("a group of phrases sharing a word was refused: %v", err)
	}
	for _, text := range []string{"The widget does not spin that.", "The widget won't spin that way."} {
		if !ruleFound(a, text, "team.denial") {
			t.Errorf("%q: team.denial not found", text)
		}
	}
	// The slip itself, outside a group, is still refused.
	slip := strings.Replace(body, `"the widget (does not|won't) (spin that|spin that way)"`, `"it is|that is fine"`, 1)
	if _, err := NewAnalyzer(Options{RulesPath: writeRules(t, "slip.yaml", slip)}); err == nil {
		t.Error(`"it is|that is fine" loaded; want the slip refused`)
	}
}
