package coach

// Wave 11, helper "tw": brand agents' replies on Twitter (signed "^KT",
// "-Jo", "/LM") and customers' tweets to brands. Each guard names a
// family and keeps its positive:
//   - a purpose clause ("DM us so we can get you back online") is ability,
//     not a commitment; "we'll get you back online tonight" and "DM us and
//     we'll check" stay promises;
//   - "shall" with the subject left off ("we've escalated it and shall get
//     back to you") and a team tagged by its handle ("Team @AcmeCareLine
//     will reach out") are promises;
//   - speed promised to the reader ("get you back online ASAP", "sorted for
//     you ASAP") is the helper's, not stress; a customer's own ASAP stays;
//   - "thanks for keeping us in the loop" and "thanks for leaving a review"
//     are plain thanks; keeping or leaving someone on hold, waiting or
//     stranded stays sarcasm;
//   - a sum with its currency glued on ("Ksh1,500", "INR2000") and
//     capitals naming a brand's offer ("the GWX app", "NFL games") are no
//     terms; a listed component's app ("the DNS app") stays jargon;
//   - a shouted negation of what happened ("the ATM did NOT give me my
//     cash") and "as per usual" are a complaint; "Please do NOT share your
//     card number" is an instruction and "your account has NOT been
//     affected" an agent's stress on good news;
//   - excitement about what's coming ("So excited to fly with you!!!",
//     "can't wait for the trip!!!") is happy "!!!";
//   - taking it outside ("next time I will alert the authorities") is a
//     threat, not a commitment;
//   - "your experience means everything to us" is the company script;
//     "that means a lot to us", thanks for praise, stays plain;
//   - "no phone line for my country" says who lacks it, not how long: the
//     wait needs a length after "for" ("no internet for three days");
//   - "I regret you are having trouble" is the letter office's "sorry";
//   - a jab at the service's people ("do your job", "the agents are
//     idiots") is anger; "I'm such an idiot" is the writer laughing at
//     themself;
//   - what was due long ago and still hasn't come ("due Monday last week
//     and it still hasn't arrived") is a long wait; "my order still hasn't
//     arrived, could you check?" alone is a calm question;
//   - "absolutely worse experience", the superlative as often typed;
//   - an ironic tag signing off a complaint ("#smart", "#not") is sarcasm;
//     "#smarthome" and a "#not" typed inside a sentence are not;
//   - effort doubted ("in case anyone may bother to check", "nobody
//     bothered to call") is anger; "I didn't bother to check" is the
//     writer's own doing;
//   - "as per the fare rules" is the form letter, as "as per our policy"
//     is. ("We're sorry you feel that way" was tried as robotic and
//     dropped: an earlier audit probe keeps it clean.)
//
// Our own sentences; the probe file w11-tw.jsonl varies these registers,
// about half of it clean.

func init() {
	probeFloors["w11-tw.jsonl"] = map[Category]probeFloor{Promise: {1.00, 1.00}, Robotic: {1.00, 1.00}, Frustration: {1.00, 0.75}, Jargon: {1.00, 1.00}}
	probeCleanCeilings["w11-tw.jsonl"] = 0.00 // 0 of 28 clean lines flagged; two frustration lines are known misses: 016 (sarcasm with "thanks for leaving" and no hold or loss named) and 038 (a threat with no stress word)

	addRuleCases("promise.later",
		[]string{
			"We'll get you back online tonight.",
		},
		[]string{
			"Please DM us so we can get you back online.",
			"Fill in the form here so that we can get this sorted for you.",
		})
	addRuleCases("promise.subjectless",
		[]string{
			"We've escalated it and shall get back to you tomorrow.",
			"We're on it and will update you tonight.",
		},
		[]string{
			"The parcel shall arrive when it arrives.",
		})
	addRuleCases("promise.team-will",
		[]string{
			"Team @AcmeCareLine will reach out shortly.",
		},
		[]string{
			"Team @AcmeCareLine is the best place for billing questions.",
		})
	addRuleCases("frustration.urgency",
		[]string{
			"I need my internet back ASAP for work",
			"please get me reconnected asap",
		},
		[]string{
			"DM us so we can get you back online ASAP.",
			"We want this sorted for you asap, which phone are you on?",
		})
	addRuleCases("frustration.caps",
		[]string{
			"the app crashed AGAIN",
		},
		[]string{
			"Send us a DM and we will get you back online ASAP.",
		})
	addRuleCases("frustration.emotion",
		[]string{
			"thank you for keeping me on hold for two hours",
			"thanks for leaving us stranded at the gate",
			"thank you for keeping me waiting",
		},
		[]string{
			"Thanks for keeping us in the loop!",
			"Thanks for keeping me posted, glad it arrived.",
			"Thanks for leaving us a review, it helps the team.",
		})
	addRuleCases("jargon.unknown-term",
		[]string{
			"you'll need the XRDP service running first",
		},
		[]string{
			"I sent Ksh1,500 to the wrong number, can it be reversed?",
			"I was charged INR2000 twice",
			"the GWX app says my train is on time",
			"where can I watch the NFL games this weekend",
		})
	addRuleCases("robotic.per-my-last",
		[]string{
			"Any change would be as per the fare rules.",
		},
		[]string{
			"The rules of the loyalty scheme are on our website.",
		})
	addRuleCases("frustration.caps",
		[]string{
			"the cash machine did NOT give me my money",
		},
		[]string{
			"Please do NOT share your card number here.",
			"Good news: your account has NOT been affected by the outage.",
			"You have NOT been charged for the cancelled order.",
		})
	addRuleCases("frustration.exclaim",
		[]string{
			"another two hour delay on the same route!!!",
		},
		[]string{
			"So excited to be flying with you tomorrow!!!",
			"can't wait for my first trip in business class!!!",
		})
	addRuleCases("promise.will",
		[]string{
			"We'll report this to the depot manager.",
		},
		[]string{
			"if the van blocks my drive again next time I will alert the authorities",
		})
	addRuleCases("robotic.important-to-us",
		[]string{
			"Your experience means everything to us.",
			"Customer experience means the most to our team.",
		},
		[]string{
			"That means a lot to us, thanks for the kind words!",
		})
	addRuleCases("frustration.waiting",
		[]string{
			"no internet for three days now",
			"no wifi for a week and nobody cares",
			"no internet since Monday",
		},
		[]string{
			"is there a live chat? there is no phone line for my country",
		})
	addRuleCases("robotic.regret-to",
		[]string{
			"I regret you are having trouble with the new app.",
		},
		[]string{
			"I'm sorry the new app keeps logging you out.",
		})
	addRuleCases("frustration.emotion",
		[]string{
			"pick up your phones and do your job",
			"your couriers are idiots",
		},
		[]string{
			"I'm such an idiot, the router was switched off",
			"We're just doing our job, happy to help!",
		})
	addRuleCases("frustration.waiting",
		[]string{
			"my order was due Monday last week and it still hasn't arrived",
			"ordered 3 weeks ago and still hasn't shipped",
		},
		[]string{
			"hi, my order still hasn't arrived, could you check the tracking?",
		})
	addRuleCases("frustration.emotion",
		[]string{
			"stuck at the gate since noon, absolutely worse experience ever",
		},
		[]string{
			"the new version gives a worse experience for screen readers than the old one",
		})
	addRuleCases("frustration.emotion",
		[]string{
			"left my parcel out in the rain again #smart",
			"great service as always #not",
			"the seat map is wrong, in case anyone may bother to check it",
			"nobody bothered to call me back",
		},
		[]string{
			"loving my new speaker so far #smarthome",
			"is the lounge open? #not sure",
			"I didn't bother to check the size chart, my fault!",
		})
}
