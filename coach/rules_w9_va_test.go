package coach

import "testing"

// Wave 9, the agent's voice (helper "va": promise, robotic, no-problem):
// LABELING.md's examples and near-misses of these rows, each varied the
// ways people vary them (subject, tense, plural, adverbs inside, chat
// spelling, tweet handles and initials). The misses were families, not
// sentences: the writer's people named any way ("our claims team", "one
// of our agents"), "going to" next to "gonna", the reader typed as "u",
// any policy by name, "as per your request", the notice misspelt, and
// "that's fine, no worries" answering an apology. Our own sentences.

func init() {
	// The probe file of this wave, in our own words: every example and
	// near-miss of the three rows, varied. Floors and the clean ceiling sit
	// at the measured values and only go up (floors) or down (ceiling).
	probeFloors["w9-va.jsonl"] = map[Category]probeFloor{Promise: {1.00, 1.00}, Robotic: {1.00, 1.00}, NoProblem: {1.00, 1.00}}
	probeCleanCeilings["w9-va.jsonl"] = 0.02 // 2 of 201 clean lines flagged (1.0%), both contradiction

	// "Going to" and "gonna" alike, with an adverb inside, and the reader
	// as chat types it.
	addRuleCases("promise.later",
		[]string{
			"we're gonna check with the depot and let u know",
			"I'm just going to ring the supplier and get back to you.",
			"i'll chase it up and get back to u",
		},
		[]string{
			"I'm just going to need your order number first.",
			"ill let u know if i hear anything?",
		})
	addRuleCases("promise.will",
		[]string{"We're gonna replace the charger for you.", "I'm definitely going to raise this with the store."},
		[]string{"I'm gonna be away till Monday.", "I'm really gonna miss the old app.", "I'm gonna head out, thanks for the help!", "I'm definitely going to recommend you to friends!"})
	// The writer's people under any name and number.
	addRuleCases("promise.team-will",
		[]string{
			"Our returns team will email you the label.",
			"One of our advisors will ring you this afternoon.",
			"Your case has gone to our complaints team, who will reply within five days.",
			"the team'll sort it this week",
			"Our lab engineers are gonna test the unit.",
		},
		[]string{
			"Our store staff will be wearing name badges.",
			"Our delivery team will be off on Monday.",
			"Our members will get 10% off in May.",
		})
	addRuleCases("promise.hear-from-me",
		[]string{"You should hear back from our billing team by Friday.", "You'll hear from one of our engineers tomorrow."},
		[]string{"You should hear back from the bank within a week.", "Did you hear back from our team?"})

	// "As per your request" is the same letter-office phrase as "as per my
	// last email"; said plainly it is clean.
	addRuleCases("robotic.per-your",
		[]string{"As per your request, the order is cancelled.", "per ur instructions the parcel went next door", "As per your recent email, we've changed the address."},
		[]string{"As you asked, the order is cancelled.", "Your request went through this morning."})
	addRuleCases("robotic.regret-to",
		[]string{"It is with regret that we inform you the branch is closing.", "We regret to let you know that the course is full.", "It's with deep regret that the show is off."},
		[]string{"It is with great pleasure that we welcome Sam to the team.", "I regret letting you down yesterday, Jo."})
	// Any policy by name, and the small print.
	addRuleCases("robotic.per-my-last",
		[]string{"As per our refund policy, opened items can't be returned.", "as per the terms and conditions the deposit is kept", "In accordance with our data protection policy we can't share that."},
		[]string{"Our refund policy gives you 30 days.", "The policy is that refunds take 14 days."})
	addRuleCases("robotic.be-advised",
		[]string{"Please be adviced the lift is out of order."},
		[]string{"We advised the store yesterday."})

	// "That's fine, no worries" answers an apology; a thing that went fine
	// is a state. Reassurance with help on the way, and a kind of problem
	// ("not a problem I've seen"), are not answers.
	addRuleCases("no-problem.reply",
		[]string{"That's totally fine, no worries!", "no prob bro", "No problem and thanks for waiting!", "it's fine, no worries at all"},
		[]string{
			"No worries, we'll get that sorted for you today.",
			"Not a problem I've seen before, can you send a photo?",
			"The swap went fine, no problems.",
			"The line is fine, no problems on our side.",
		})

	// Round two: managers and supervisors are the writer's people too, and
	// a store's or a branch's; opening hours and a goodbye are not tasks.
	addRuleCases("promise.team-will",
		[]string{"The branch manager will ring you before five.", "A supervisor will email you the form."},
		[]string{"The manager will be on holiday next week.", "Your manager will need to approve it."})
	addRuleCases("promise.later",
		[]string{"We'll reopen the ticket tomorrow and let u know."},
		[]string{"We'll be open until 8 tonight.", "We'll be open late on Thursday."})
	addRuleCases("promise.will",
		nil,
		[]string{"I'll let you get on with your evening.", "I'll let you get back to your weekend!"})
	// The press line in other words, the closure with "now", a misspelt
	// stock noun.
	addRuleCases("robotic.important-to-us",
		[]string{"The safety of our riders is of the utmost importance to us.", "We take reports like these very seriously.", "We always take this very seriously."},
		[]string{"Please take the warning seriously and change your password.", "Is it important to you that it arrives by Friday?"})
	addRuleCases("robotic.bot-template",
		[]string{"Your request has now been resolved."},
		[]string{"I've closed the old request and kept this one open."})
	addRuleCases("robotic.inconvenience",
		[]string{"So sorry for the inconvenice caused.", "Apologies for the incovenience this morning."},
		nil)
	// "No trouble at all" and a held "Noooo problem!" answer thanks too.
	addRuleCases("no-problem.reply",
		[]string{"It was no trouble at all!", "Noooo problem, enjoy!", "nooo worries :)"},
		[]string{"It was no trouble to install in the end.", "The printer gave no trouble after the swap."})

	// Round three: an adverb between the writer and "will", and a reply
	// that is only the adverb and "will"; a forecast or a refusal stays
	// clean.
	addRuleCases("promise.will",
		[]string{"I def will update the thread tonight.", "We certainly will pass that on to the drivers."},
		[]string{"We surely will not share your number.", "I definitely will not be able to make the call."})
	addRuleCases("promise.will-start",
		[]string{"Definitely will!", "Certainly will, thanks for the reminder."},
		[]string{"It definitely will crash again if you do that.", "Definitely will be a long wait, sorry."})
	// The small print pointed at, as the form letter does.
	addRuleCases("robotic.per-my-last",
		[]string{"As stated in our terms, the deposit is kept.", "As outlined in the policy, refunds take 14 days.", "As stated at the time of booking, seats can't be changed."},
		[]string{"The price stated on the site was wrong, sorry about that.", "The steps are outlined in the guide I sent."})

	// Guards for the broadened patterns: news of the team itself, a habit,
	// time off, a state told with "fine", someone else's people.
	addRuleCases("promise.team-will", nil,
		[]string{"Our new team will be announced next month.", "Our football team will win on Saturday.", "Our agents will always ask for photo ID."})
	addRuleCases("promise.will", nil, []string{"Im gonna go to bed.", "I'm going to go home early today."})
	addRuleCases("promise.hear-from-me", nil, []string{"You'll hear from our bank about the card.", "You should hear back from our courier partner."})
	addRuleCases("no-problem.reply", nil, []string{"The printer's fine, no problems.", "Everything's fine, no problems at all."})

	// Round four: reassurance before the steps is not an answer to thanks;
	// a warm goodbye after it still is.
	addRuleCases("no-problem.reply",
		[]string{"No problem! Enjoy the new phone.", "No worries! Have a great weekend."},
		[]string{"No problem. Open Settings and tap Reset.", "no worries, try the other cable", "Not a problem! Right click the icon and pick Eject."})
	// The passive with a time and no one else named; a matter to look at.
	addRuleCases("promise.hear-from-me",
		[]string{"You'll be called back within the hour.", "You'll be contacted shortly about the refund."},
		[]string{"You'll be contacted shortly by the bank.", "You'll be called back by the courier within the hour."})
	addRuleCases("promise.passive", []string{"The matter will be investigated by our team."}, nil)
	addRuleCases("robotic.inconvenience",
		[]string{"We are sorry for this inconvenience.", "Apologies for all the inconveniences."},
		[]string{"Sorry to be such an inconvenience, thanks for staying late."})

	// The stock apology said as a hope; the writer's worry about their own
	// request is not it. "Not a prob at all" and a friendly name after.
	addRuleCases("robotic.hope-no-inconvenience",
		[]string{"We hope this hasn't caused too much inconvenience.", "Hope the change doesn't cause you any inconvenience."},
		[]string{"I hope it wasn't an inconvenience to drop the laptop off, thanks so much!", "I hope the new dock doesn't wobble."})
	addRuleCases("no-problem.reply", []string{"not a prob at all :)", "no problemo amigo"}, nil)
}

// TestW9GoingToAndGonna: "going to" and "gonna" commit alike, with an
// adverb inside or none; the same words for a state or a need stay clean.
func TestW9GoingToAndGonna(t *testing.T) {
	runFlagCases(t, Promise, []flagCase{
		{"I'm gonna look into it tonight.", true},
		{"im gonna check with the depot and let u know", true},
		{"We're actually going to replace the unit free of charge.", true},
		{"I'm going to need a photo of the damage.", false},
		{"I'm gonna be out of the office tomorrow.", false},
		{"Are you going to look into it?", false},
	})
}
