package coach

// Wave 10, lead: three ways people say their patience has run out, in our
// own words: "I've had it with…", an end that is not in sight, and trying
// again and again for a long time without the "I've" ("Been trying for
// the past hour"). The near-misses use the same words harmlessly.

func init() {
	addRuleCases("frustration.emotion",
		[]string{
			"I really have had it with this provider.",
			"We've had it with the portal logging us out.",
			"Honestly I've had it up to here with these dropouts.",
			"Four hours on the phone so far, any end in sight?",
			"The sync errors keep coming with no end in sight.",
		},
		[]string{
			"I had it with me at the gate, then it was gone from the tray.",
			"I've had it up and running for a year without a hitch.",
			"I had it with the old laptop too, so it may be the dock.",
		})
	addRuleCases("frustration.waiting",
		[]string{
			"Been trying for the past hour to log in.",
			"been calling all week and nobody picks up",
			"Been refreshing for over two hours, the page never loads.",
		},
		[]string{
			"Have you been trying for long, or did it just start?",
			"Been trying the new dashboard, it looks great.",
		})
}

// Doubt is a forecast, not a commitment and not a verdict on a report: "I
// doubt we'll have it by Friday" promises nothing, and "I doubt anyone
// reads these" dismisses nobody. "No doubt we'll have it" still promises,
// and a later "but I'll chase them" keeps its own promise.
func init() {
	addRuleCases("promise.later",
		[]string{
			"No doubt we'll have it before Friday.",
			"I doubt they'll ring back, but I'll chase them tomorrow.",
		},
		[]string{
			"I doubt we'll have the part before Friday.",
			"It's doubtful we'll get stock this week.",
		})
	addRuleCases("promise.will",
		nil,
		[]string{
			"I doubt I'll ever see that refund.",
		})
	addRuleCases("contradiction.denial",
		[]string{
			"I doubt that.",
		},
		[]string{
			"I doubt anyone reads these replies.",
			"I doubt it'll happen again after the patch.",
			"I seriously doubt they'll ring back.",
		})
}
