package coach

import (
	"math/rand/v2"
	"slices"
	"strings"
)

// TipChoice is the tip ChooseTip picked, and why.
type TipChoice struct {
	Tip Tip
	// Because is the team's most frequent finding category when the tip was
	// chosen for it, and "" otherwise.
	Because Category
}

// ChooseTip picks the next tip to post from tips.
//
// used is the set of tip IDs already posted in the current cycle; no tip in
// it is chosen until every tip in tips has been used. Then a new cycle
// starts: newCycle is true, used is ignored, and the caller should forget the
// old cycle and record only the returned tip. IDs in used that are not in
// tips (say, tips since removed) are ignored.
//
// topCategory is the team's most frequent finding category of late, or "".
// When an unused tip speaks to it, such a tip is chosen and Because is set.
//
// Otherwise the choice is uniform over the unused tips, drawn from rnd over
// the tips in ID order, so the same seed and state give the same choice
// whatever the order of tips. A nil rnd takes the first unused tip by ID.
// ChooseTip returns the zero TipChoice when tips is empty.
func ChooseTip(tips []Tip, used map[string]bool, topCategory Category, rnd *rand.Rand) (choice TipChoice, newCycle bool) {
	if len(tips) == 0 {
		return TipChoice{}, false
	}
	pool := make([]Tip, 0, len(tips))
	for _, t := range tips {
		if !used[t.ID] {
			pool = append(pool, t)
		}
	}
	if len(pool) == 0 {
		newCycle = true
		pool = append(pool, tips...)
	}
	slices.SortFunc(pool, func(a, b Tip) int { return strings.Compare(a.ID, b.ID) })

	if topCategory != "" {
		var tied []Tip
		for _, t := range pool {
			if slices.Contains(t.Categories, topCategory) {
				tied = append(tied, t)
			}
		}
		if len(tied) > 0 {
			return TipChoice{Tip: pickTip(tied, rnd), Because: topCategory}, newCycle
		}
	}
	return TipChoice{Tip: pickTip(pool, rnd)}, newCycle
}

func pickTip(tips []Tip, rnd *rand.Rand) Tip {
	if rnd == nil {
		return tips[0]
	}
	return tips[rnd.IntN(len(tips))]
}

// Intro is the line that introduces a tip chosen for the team's most common
// nudge, such as `This week's most common nudge was about "no problem"
// replies.`, or "" when the tip was not chosen for a category. It names a
// kind of wording, never a person.
func (c TipChoice) Intro() string {
	topic := c.Because.NudgeTopic()
	if topic == "" {
		return ""
	}
	return "This week's most common nudge was about " + topic + "."
}

// NudgeTopic is a short human phrase for the category, as in "a nudge about
// …", or "" for an unknown category.
func (c Category) NudgeTopic() string {
	switch c {
	case NoProblem:
		return `"no problem" replies`
	case Condescending:
		return `minimising words like "just"`
	case Jargon:
		return "unexplained jargon"
	case InJoke:
		return "techie in-jokes"
	case Blame:
		return "wording that sounds like blame"
	case Contradiction:
		return "contradicting what people report"
	case Robotic:
		return "scripted phrases"
	case Promise:
		return "promises to follow up"
	case Frustration:
		return "acknowledging stress"
	}
	return ""
}
