package coach

// Wave 14, helper "vo": the voice categories on the study set's less
// obvious families. Each guard names a family and keeps its positive:
//   - how often is not whether: "it doesn't happen every time", "the
//     crash doesn't happen consistently" tell an intermittent fault;
//     "that doesn't happen" stays a denial;
//   - an event told with its when or why ("it didn't happen when I
//     suggested it on the list") is an account; a bare "it didn't happen"
//     stays disbelief;
//   - "never fails" as the idiom for "always happens" ("Never fails: the
//     bus is late again") is a complaint; "no, it never fails" stays a
//     denial;
//   - the writer weighing a cause of their own ("it could be the battery
//     saver, but I don't think so") is no denial; a bare "I don't think
//     so." stays one;
//   - a test still to come ("see if it works for me") is no result; "odd,
//     it works for me on the latest build" stays a works-for-me;
//   - a change reported to the writer and disowned ("an email said my
//     address was updated, but I made no changes") is their own account;
//     "we made no changes on our side" stays a denial;
//   - the writer's own expectation let down ("expecting it to talk on the
//     next boot... Not so!") is a narrative turn; "Not so, the server was
//     up all night." stays a flat contradiction;
//   - "Have you downloaded the update?" asks; "you downloaded a cracked
//     copy, that's why" stays blame;
//   - thanks with a measure ("many thanks to you", "my warmest thanks to
//     you") are gratitude; "thanks to you, nothing builds" stays blame;
//   - a mood spoiled ("the guests who killed the buzz") is an idiom;
//     "who broke the build?" stays a culprit hunt;
//   - a later step tied to a release landing ("I'll close this once the
//     update is live", "I'll keep the issue open until the next release")
//     is a promise;
//   - shown in the message itself ("I'll paste the output below", "I'll
//     copy in the start of the log:") is done now; "I'll post the log
//     tomorrow" stays a promise;
//   - a plan told as past ("I thought I will try the other button") is no
//     commitment;
//   - a habit said with "sometimes" or "occasionally" ("our agents will
//     sometimes ask for ID") is a policy, like "usually"; "our airport
//     staff will advise you" is the team's promise, as "our agents will" is;
//   - the kind of release named before it ("the bugfix patch will be out
//     as soon as possible") and a release named by its number ("v2.3.1
//     will be up later today") are the team's release, promised; "maybe
//     2.1 will be out this week" hedges and "the 2 rooms will be
//     available" is not a release;
//   - "for years... no problem" tells a long spell without trouble, not an
//     answer to thanks; "No problem, glad it works" stays one;
//   - "we hope to serve you better" and "we look forward to serving you
//     again" are the form letter's sign-off; "the kiosk will serve you
//     again once the reader is fixed" is about a machine;
//   - the writer sharing the fault ("that happened to me as well... but
//     the current build doesn't crash", "same here") reports alongside the
//     person, not against them;
//   - "can't reproduce" said in other words ("I wasn't able to reproduce
//     this", "I tried to reproduce it but had no issues") or with the
//     person sent elsewhere ("can't repro, please go to support") is a
//     dismissal; "so I'll ask support" is the writer's own step and a
//     request for steps keeps looking;
//   - "we're not seeing any problems here" is "not on our end" said with
//     "here";
//   - the whole admonishment in one clause ("reinstall and don't do it
//     again", "never do that again!") is blame; "I hope it won't do that
//     again" and "thanks, I won't do that again" are not;
//   - "in case you didn't get the hint" talks down; "in case you missed
//     the memo, the office is closed" and "if you didn't get the memo
//     email" are news and a document;
//   - closing the thread once a condition is met ("if you can confirm,
//     I'll close this one", "let me know, otherwise I'll close it") is a
//     conditional promise; "I'll close it now, reopen if it comes back" is
//     done now;
//   - a hedged plan ("think I'll take the train next time", "if I find
//     the time I will try to get a log") commits to nothing; "I'll send it
//     tomorrow" stays a promise;
//   - arriving ("I'm going to get to work on time") is no task; "we'll
//     get to work on your ticket tomorrow" is one;
//   - "see above... I've done that" points back at the writer's own tries;
//     a bare "See above." stays a brush-off;
//   - the brand's standard recited back ("we expect our team to provide
//     exemplary service at all times", "I apologise this was not your
//     experience", "we're always working to improve our operations") is
//     the script; "it was not your experience, it was mine" corrects who
//     saw it, and "that wasn't your experience?" asks.

func init() {
	addRuleCases("contradiction.impossible",
		[]string{
			"That doesn't happen.",
			"No, that never happens.",
		},
		[]string{
			"It freezes now and then, it certainly does not happen every time I open it.",
			"The sync fails at night but it doesn't happen consistently.",
			"It does not happen all the time, only after a long call.",
		})
	addRuleCases("contradiction.disbelief",
		[]string{
			"It didn't happen.",
		},
		[]string{
			"I can ask the team again, but it didn't happen when I suggested it on the list.",
			"It never happened because the job was paused that night.",
			"The freeze didn't happen every time, only on the big files.",
		})
	addRuleCases("contradiction.denial",
		[]string{
			"No, it never fails, I tested it this morning.",
			"I don't think so.",
		},
		[]string{
			"Never fails: the bus is late again and the app says it's on time.",
			"Or it could be the battery saver killed it, but I don't think so, because it ran fine last month.",
			"The crash doesn't happen consistently, maybe one day in three.",
		})
	addRuleCases("contradiction.denial",
		[]string{
			"The current build doesn't crash.",
		},
		[]string{
			"Yes, that happened to me as well, so I sent a patch, but the current build doesn't crash.",
			"Same here on two laptops, though the nightly doesn't crash.",
		})
	addRuleCases("contradiction.cant-reproduce",
		[]string{
			"Can't repro, please go to support.",
			"Sadly I wasn't able to reproduce this, so it will be closed for now.",
			"I tried to reproduce it but had no issues. Please get in touch with our support team.",
		},
		[]string{
			"A tester can't reproduce it either, so I'll ask support about it.",
			"I wasn't able to reproduce it yet, could you send the steps you took?",
		})
	addRuleCases("contradiction.dont-see",
		[]string{
			"We are not seeing any problems here.",
		},
		[]string{
			"We're not seeing any problems here yet, could you send a screenshot?",
		})
	addRuleCases("blame.not-again",
		[]string{
			"Reinstall it and don't do that again.",
			"Never do that again!",
		},
		[]string{
			"I hope the update won't do that again.",
			"Thanks, I won't do that again.",
			"Please don't worry, the printer won't do this again.",
		})
	addRuleCases("condescending.hint",
		[]string{
			"In case you didn't get the hint: post the exact error, please.",
			"If you still haven't got the memo, this thread is closed.",
		},
		[]string{
			"In case you missed the memo, the office is closed on Friday.",
			"If you didn't get the memo email, have a look in your spam folder.",
		})
	addRuleCases("condescending.read-the-docs",
		[]string{
			"See above.",
		},
		[]string{
			"see above... I've done that already",
			"See above, I already tried both of them.",
		})
	addRuleCases("contradiction.works-for-me",
		[]string{
			"Odd, it works for me on the latest build.",
		},
		[]string{
			"I'll try the steps above and see if it works for me. Thanks",
			"Fingers crossed, I'll test the new driver and hope it works for me too.",
		})
	addRuleCases("contradiction.no-changes",
		[]string{
			"We made no changes on our side.",
		},
		[]string{
			"I got an email saying my address was updated but I made no changes.",
			"The app says my password was reset, but I made no changes to it.",
		})
	addRuleCases("contradiction.flat-wrong",
		[]string{
			"Not so, the server was up all night.",
		},
		[]string{
			"I set up the new laptop, expecting it to pick up the printer on the next boot... Not so! Has anyone got this working?",
			"We had expected the update to fix the sound. Not so.",
		})
	addRuleCases("blame.reckless",
		[]string{
			"You downloaded a cracked copy, that's why it broke.",
		},
		[]string{
			"Have you downloaded the newest update? If it keeps happening, our desk can help.",
			"Had you installed the patch before the crash started?",
		})
	addRuleCases("blame.thanks-to-you",
		[]string{
			"Thanks to you, nothing builds anymore.",
			"And again, thanks to you, the server is down all weekend.",
		},
		[]string{
			"Many thanks to you, nobody else on the forum could guess what was wrong.",
			"My warmest thanks to you, Ravi, none of the other fixes worked.",
		})
	addRuleCases("blame.who-broke",
		[]string{
			"Who broke the build?",
		},
		[]string{
			"The crew were lovely, it was two guests who killed the buzz.",
			"Whoever ruined the mood at the party, it wasn't the DJ.",
		})
	addRuleCases("promise.later",
		[]string{
			"I'll close this issue once the update is live.",
			"The crash is fixed, but I'll keep the issue open until the next release.",
			"We'll revisit the layout when the new version ships.",
		},
		[]string{
			"I'll paste the output below.",
			"Thanks, I'll close it now that the update is live.",
		})
	addRuleCases("promise.will",
		[]string{
			"I'll post the full log on the ticket.",
		},
		[]string{
			"I'll copy in the start of the log:",
			"I will attach the two screenshots below.",
			"I thought I will try the other button first, but it was greyed out.",
		})
	addRuleCases("promise.close-if",
		[]string{
			"If you can confirm the fix, I'll close this one.",
			"If the logs aren't here within two days, we will close the ticket.",
			"Let me know if it's still broken, otherwise I'll close it.",
		},
		[]string{
			"I'll close it now, reopen if it comes back.",
			"I'll close this one, feel free to comment if it happens again.",
			"If it's fixed, shall I close it?",
			"The printer works again. I'll close this ticket, but message me if it jams.",
		})
	addRuleCases("promise.later",
		[]string{
			"I'll send it tomorrow.",
			"We'll get to work on your ticket tomorrow.",
		},
		[]string{
			"Great news, think I'll take the train next time though.",
			"I'm going to get to work on time, just squashed.",
			"I guess we'll see the vendor's reply tomorrow.",
		})
	addRuleCases("promise.will",
		[]string{
			"I will try to get a log from the tablet.",
		},
		[]string{
			"It's a leak somewhere, if I find the time I will try to get a log.",
			"I'll make it to the office late today.",
		})
	addRuleCases("promise.fix-coming",
		[]string{
			"The bugfix patch will be out as soon as possible.",
			"A security update will be available tonight.",
		},
		[]string{
			"The security team will be glad you asked.",
			"Maybe the bugfix patch will be out this week, I can't say.",
		})
	addRuleCases("promise.version-out",
		[]string{
			"v2.3.1 will be up later today.",
			"Version 1.4 will be out this week.",
		},
		[]string{
			"Maybe 2.1 will be out this week, I haven't heard.",
			"The 2 rooms will be available from noon.",
			"Is 2.1 going to be out soon?",
		})
	addRuleCases("no-problem.reply",
		[]string{
			"No problem, glad it works.",
		},
		[]string{
			"I've run the old laptop with this reader for years... no problem until the update.",
			"Used this dock for months, no problems at all.",
		})
	addRuleCases("robotic.valued-customer",
		[]string{
			"We expect our agents to provide excellent service every time.",
			"We're always working to improve our operations.",
		},
		[]string{
			"Our operations team will move the racks on Friday.",
		})
	// The regret for "your experience" is an apology, so it has the
	// apology's own rule and advice (the valued-customer advice spoke of
	// marketing words it does not use).
	addRuleCases("robotic.not-your-experience",
		[]string{
			"I apologise, this was not your experience.",
			"We're sorry that isn't your experience with the new app.",
			"Apologies if that wasn't your experience at the desk today.",
		},
		[]string{
			"That wasn't your experience? Tell me what you saw.",
			"It was not your experience, it was mine.",
			"I'm sorry the laptop arrived without its charger.",
		})
	addRuleCases("robotic.serve-you",
		[]string{
			"Sorry for the delay, we hope to serve you better next time.",
			"We look forward to serving you again soon.",
		},
		[]string{
			"The kiosk will serve you again once the card reader is fixed.",
			"Hope to see you at the meetup again!",
		})
	addRuleCases("promise.team-will",
		[]string{
			"Our team will call you tomorrow.",
			"Our airport staff will advise you of your options.",
		},
		[]string{
			"Our agents will sometimes ask for ID at the gate.",
			"Folks will occasionally get logged out when they change phones.",
			"Our staff will be off on the bank holiday.",
		})
}
