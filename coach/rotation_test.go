package coach

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func tipRand(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)) }

// drawTips plays the scheduler: n draws, keeping the cycle's used set the way
// storage does (reset on a new cycle, then record the chosen tip).
func drawTips(t *testing.T, tips []Tip, n int, top Category, rnd *rand.Rand) (ids []string, cycleStarts []int) {
	t.Helper()
	used := map[string]bool{}
	for i := range n {
		choice, newCycle := ChooseTip(tips, used, top, rnd)
		if choice.Tip.ID == "" {
			t.Fatalf("draw %d: no tip chosen", i)
		}
		if newCycle {
			cycleStarts = append(cycleStarts, i)
			clear(used)
		}
		used[choice.Tip.ID] = true
		ids = append(ids, choice.Tip.ID)
	}
	return ids, cycleStarts
}

func TestChooseTipNoRepeatsUntilAllUsed(t *testing.T) {
	tips := mustLoadTips(t)
	for _, top := range []Category{"", NoProblem, Frustration} {
		t.Run("top="+string(top), func(t *testing.T) {
			n := len(tips)
			ids, starts := drawTips(t, tips, 3*n, top, tipRand(7))
			if want := []int{n, 2 * n}; !slices.Equal(starts, want) {
				t.Fatalf("new cycles began at draws %v, want %v", starts, want)
			}
			for c := range 3 {
				cycle := slices.Clone(ids[c*n : (c+1)*n])
				slices.Sort(cycle)
				if len(slices.Compact(cycle)) != n {
					t.Errorf("cycle %d repeats a tip before all %d were used", c, n)
				}
			}
		})
	}
}

func TestChooseTipRestartsCycle(t *testing.T) {
	tips := mustLoadTips(t)
	used := map[string]bool{"a-tip-since-removed": true}
	for _, tip := range tips {
		used[tip.ID] = true
	}
	choice, newCycle := ChooseTip(tips, used, "", tipRand(1))
	if !newCycle {
		t.Error("every tip used: got newCycle false, want true")
	}
	if !slices.ContainsFunc(tips, func(tip Tip) bool { return tip.ID == choice.Tip.ID }) {
		t.Errorf("chose %q, which is not in the library", choice.Tip.ID)
	}

	// A stale ID in used does not count towards a full cycle.
	delete(used, tips[3].ID)
	choice, newCycle = ChooseTip(tips, used, "", tipRand(1))
	if newCycle || choice.Tip.ID != tips[3].ID {
		t.Errorf("one tip left: got %q (newCycle %v), want %q (newCycle false)", choice.Tip.ID, newCycle, tips[3].ID)
	}
}

func TestChooseTipPrefersTopCategory(t *testing.T) {
	tips := mustLoadTips(t)
	for _, cat := range Categories() {
		t.Run(string(cat), func(t *testing.T) {
			var tied []string
			for _, tip := range tips {
				if slices.Contains(tip.Categories, cat) {
					tied = append(tied, tip.ID)
				}
			}
			used := map[string]bool{}
			// Every tied tip comes first, each chosen for the category.
			for range tied {
				choice, newCycle := ChooseTip(tips, used, cat, tipRand(3))
				if newCycle {
					t.Fatal("new cycle before all tips were used")
				}
				if !slices.Contains(tied, choice.Tip.ID) || choice.Because != cat {
					t.Fatalf("got %q because %q, want a tip about %q", choice.Tip.ID, choice.Because, cat)
				}
				if used[choice.Tip.ID] {
					t.Fatalf("%q chosen twice in one cycle", choice.Tip.ID)
				}
				used[choice.Tip.ID] = true
			}
			// With the tied tips used, the rotation goes on without a reason.
			choice, _ := ChooseTip(tips, used, cat, tipRand(3))
			if choice.Because != "" || used[choice.Tip.ID] {
				t.Errorf("tied tips used: got %q because %q, want an unused tip and no reason", choice.Tip.ID, choice.Because)
			}
			if choice.Intro() != "" {
				t.Errorf("got intro %q for a tip not chosen for a category, want none", choice.Intro())
			}
		})
	}
}

func TestChooseTipTopCategoryAfterRestart(t *testing.T) {
	tips := mustLoadTips(t)
	used := map[string]bool{}
	for _, tip := range tips {
		used[tip.ID] = true
	}
	choice, newCycle := ChooseTip(tips, used, Blame, tipRand(5))
	if !newCycle || choice.Because != Blame || !slices.Contains(choice.Tip.Categories, Blame) {
		t.Errorf("got %q because %q (newCycle %v), want a blame tip opening a new cycle", choice.Tip.ID, choice.Because, newCycle)
	}
}

func TestChooseTipUnknownTopCategory(t *testing.T) {
	tips := mustLoadTips(t)
	choice, _ := ChooseTip(tips, nil, Category("rudeness"), tipRand(5))
	if choice.Because != "" || choice.Tip.ID == "" {
		t.Errorf("got %q because %q, want an ordinary choice", choice.Tip.ID, choice.Because)
	}
}

func TestChooseTipDeterministic(t *testing.T) {
	tips := mustLoadTips(t)
	n := 2*len(tips) + 5
	first, _ := drawTips(t, tips, n, "", tipRand(42))
	again, _ := drawTips(t, tips, n, "", tipRand(42))
	if !slices.Equal(first, again) {
		t.Error("same seed gave different sequences")
	}

	// The order the caller passes the tips in does not matter.
	reversed := slices.Clone(tips)
	slices.Reverse(reversed)
	fromReversed, _ := drawTips(t, reversed, n, "", tipRand(42))
	if !slices.Equal(first, fromReversed) {
		t.Error("same seed gave a different sequence for the same tips in another order")
	}

	other, _ := drawTips(t, tips, n, "", tipRand(43))
	if slices.Equal(first, other) {
		t.Error("different seeds gave the same sequence")
	}
	// The rotation is shuffled, not alphabetical.
	sorted := slices.Clone(first[:len(tips)])
	slices.Sort(sorted)
	if slices.Equal(first[:len(tips)], sorted) {
		t.Error("the first cycle came out in ID order")
	}
}

func TestChooseTipEdgeCases(t *testing.T) {
	tips := mustLoadTips(t)
	if choice, newCycle := ChooseTip(nil, nil, NoProblem, tipRand(1)); choice.Tip.ID != "" || newCycle {
		t.Errorf("no tips: got %q (newCycle %v), want the zero choice", choice.Tip.ID, newCycle)
	}
	choice, _ := ChooseTip(tips, map[string]bool{tips[0].ID: true}, "", nil)
	if choice.Tip.ID != tips[1].ID {
		t.Errorf("nil rand: got %q, want the first unused tip by ID, %q", choice.Tip.ID, tips[1].ID)
	}
}

func TestTipChoiceIntro(t *testing.T) {
	topics := map[string]Category{}
	for _, cat := range Categories() {
		intro := TipChoice{Because: cat}.Intro()
		topic := cat.NudgeTopic()
		if topic == "" {
			t.Errorf("%q has no nudge topic", cat)
			continue
		}
		if other, dup := topics[topic]; dup {
			t.Errorf("%q and %q share the topic %q", cat, other, topic)
		}
		topics[topic] = cat
		if want := "This week's most common nudge was about " + topic + "."; intro != want {
			t.Errorf("Intro for %q = %q, want %q", cat, intro, want)
		}
	}
	if got := (TipChoice{Because: NoProblem}).Intro(); got != `This week's most common nudge was about "no problem" replies.` {
		t.Errorf("no-problem intro = %q", got)
	}
	if got := (TipChoice{Because: Condescending}).Intro(); !strings.Contains(got, `"just"`) {
		t.Errorf("condescending intro = %q, want it to name the word \"just\"", got)
	}
	for _, c := range []Category{"", "rudeness"} {
		if got := (TipChoice{Because: c}).Intro(); got != "" {
			t.Errorf("Intro for %q = %q, want empty", c, got)
		}
	}
}
