package coach

// Wave 10, helper "fq": frustration said without a stock phrase, in the
// registers of the blind sets (customer tweets to a brand, IRC, forum and
// GitHub answers, help-desk tickets). The families: a wait counted as it
// passes a mark ("just hit 4hrs"), a verdict on how the company treats its
// customers ("putting your customers last"), rhetorical questions at the
// company ("since when do you…", "what do I have to do to get a reply?"),
// sarcasm without a grievance word ("that makes it all better then"),
// disappointment and being let down, threats to leave in the writer's own
// words, and the service rated below standard. The near-misses use the
// same words harmlessly. Our own sentences.

func init() {
	// The probe file of this wave, in our own words. Floors and the clean
	// ceiling sit at the measured values and only go up (floors) or down
	// (ceiling).
	probeFloors["w10-fq.jsonl"] = map[Category]probeFloor{Frustration: {1.00, 0.89}}
	probeCleanCeilings["w10-fq.jsonl"] = 0.00 // 0 of 78 clean lines flagged

	// A wait counted as it passes a mark, and what never came, counted.
	addRuleCases("frustration.waiting",
		[]string{
			"@ShuttleCo just passed 3 hours stuck at arrivals",
			"we've now hit the 6 hour mark in this queue",
			"@FixItNow coming up on three weeks for a simple repair",
			"haven't had hot water for 4 days and the plumber never came",
			"I didn't get a reply for a week",
		},
		[]string{
			"the render just passed 3 hours of processing, which is about right",
			"We just reached 5 years in business, thanks for your support!",
			"our driver waited 10 mins at the door for me, very patient",
			"I haven't had a cold for years, must be the vitamins",
		})
	// A verdict on how customers are treated; the praise beside it is
	// sarcasm ("is that fun?").
	addRuleCases("frustration.emotion",
		[]string{
			"@BusLine you are putting your passengers last, again",
			"@Insurer you have no empathy for people who actually claim",
			"@Gym taking advantage of students with a hidden joining fee, lovely",
			"@Telly all you care about is the renewal price",
			"@ShopCo profits over customers, as usual. Is that fun?",
			"@Bank shame on you for closing the branch with no notice",
		},
		[]string{
			"Take advantage of the spring sale while it lasts!",
			"We care about your data, so we never sell it.",
			"It's a shame the tour was cancelled, but we had fun anyway.",
		})
	// Rhetorical questions at the company.
	addRuleCases("frustration.emotion",
		[]string{
			"@Energy since when do you charge a fee to pay by card?",
			"what do I have to do to get someone from your team to call me?",
			"what does it take for anyone to look at this bug?",
			"@AirCo is this some kind of joke? three gate changes in an hour",
			"Fifth build in a row that fails on launch. Was this even tested?",
			"@CableCo no one listens to customers here, do they",
		},
		[]string{
			"since when did the scanner start doing that?",
			"What do I need to do to get the discount code applied?",
			"what does it take to get into the beta? sounds great",
			"The fix was tested on all three models before release.",
		})
	// Sarcasm with no grievance word of its own.
	addRuleCases("frustration.emotion",
		[]string{
			"@Diner a hair in the soup and an hour late. well that makes it all better then",
			"@PhoneCo ninety minutes on hold. can't wait to waste my lunch break on this tomorrow",
			"@Shop enjoy my money, it's the last you'll see of it",
			"update wiped my notes. mission accomplished i guess",
		},
		[]string{
			"Can't wait to see the new stadium next month!",
			"Well, that makes it all okay to print now, thanks for the help.",
			"Enjoy the film and the popcorn!",
		})
	// Disappointment, being let down, and being owed for it.
	addRuleCases("frustration.emotion",
		[]string{
			"Honestly disappointed, the replacement has the same fault",
			"@Hotel left disappointed after a cold room and no apology",
			"@Airline feeling totally let down by the way this was handled",
			"@Broadband I'd better get a refund for this week of no service",
		},
		[]string{
			"The kids were disappointed at first, but the new date worked out even better. Thanks!",
			"Sorry you felt let down, I've refunded the delivery fee.",
			"I'd better get going, thanks for all the help today.",
			"The rope lets us down slowly to the platform, perfectly safe.",
		})
	// Threats to leave in the writer's words; a plan and a finished task
	// are not.
	addRuleCases("frustration.emotion",
		[]string{
			"@Mobile will switch for sure when the contract ends",
			"@Bank seriously considering leaving after this",
			"@Cinema I won't be back, the screen froze twice",
			"I'm done chasing you for this refund",
		},
		[]string{
			"I won't be back until Monday, so email Sam in the meantime.",
			"Thinking about switching the layout to two columns, any thoughts?",
			"I'm done with the form, what's the next step?",
		})
	// The service rated below standard, and the staff judged untrained.
	addRuleCases("frustration.emotion",
		[]string{
			"@Shop service was well below par at the till today",
			"@Garage a shoddy repair that failed within a week",
			"@Airline a terribly poorly handled delay, nobody told us anything",
			"@Hotel you treat your guests so badly, no towels for two days",
			"@Store your checkout staff need some training, I was shouted at",
			"it's an absolute disgrace, the bin lorry skipped our road again",
		},
		[]string{
			"Our new starters need more training on the booking tool before launch.",
			"haha it's a joke, the error banner was an april fools prank",
			"the scores were not up to standard, so we re-ran the test with more samples",
		})

	// Compensation claimed as owed; its words ("better", "credit") are no
	// praise. Harmless neighbours of the ignored and laughing cues.
	addRuleCases("frustration.emotion",
		[]string{
			"@Phone I better get a credit for this outage",
		},
		[]string{
			"Not enough detail and no response from the reporter. Closing.",
			"No reply needed, the delivery came this morning.",
			"lol that did the trick, thanks!",
			"I'd better get a receipt for the warranty, thanks.",
		})
	// Laughter typed as a word is no joy beside a grievance: it takes
	// nothing off the score, as a smiley does not.
	addRuleCases("frustration.waiting",
		[]string{"been trying for the past hour to pay xD"},
		[]string{"haha it took an hour but we got there, thanks xD"})

	// Capitals that quote a screen or an error are its words, not a shout:
	// after "says", "shows", "displays", or an error told with its number.
	addRuleCases("frustration.shouting",
		[]string{
			"WHY DOES THE APP KEEP CRASHING",
			"I'M SO DONE WITH THIS ROUTER",
		},
		[]string{
			"the screen says INSERT SIM CARD even with the card in, is that normal?",
			"Getting ERROR CODE 404 PAGE MISSING on the help pages, any idea?",
			"The kiosk displays OUT OF ORDER, is there another one nearby?",
		})

	// The company told it neglects or mocks its customers ("you don't
	// value your customers", "I was laughed at"); staff saying what they
	// don't do, and laughter at a show, are not this.
	addRuleCases("frustration.emotion",
		[]string{
			"@Ferry they never clean their toilets on the late crossing",
			"@Store you clearly don't respect your customers",
			"@Bank I was laughed at when I asked about the missing payment",
		},
		[]string{
			"We don't maintain your meter, the supplier does, so please ring them.",
			"The audience laughed at every joke, what a night!",
			"we never sell your details to other companies",
		})
}
