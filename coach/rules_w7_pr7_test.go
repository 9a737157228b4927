package coach

// Wave 7, pr7: families of false alarms in the staff-side categories, read
// on the pooled study halves and written here in our own words. An
// instruction that starts with "don't" or "never" denies nothing; a report
// that something works again is good news, not a verdict; a question asked
// without its "?" ("tell me when it will be fixed") commits nobody; a
// writer's "obviously" inside their own first-person account qualifies what
// they saw, not what the reader should have known.

func init() {
	addRuleCases("contradiction.denial-plural",
		[]string{
			"Our backups never fail.",
			"Files don't just vanish from the shared drive.",
			"Invoices do not disappear from the portal.",
		},
		[]string{
			"Don't delete the old folder until the copy finishes.",
			"Never unplug the drive while it is writing, it can lose data.",
			"Do not break the seal on the replacement toner.",
			"Please don't delete anything yet, we still need the logs.",
			"Keep the receipt and don't lose the order number.",
		})
	addRuleCases("contradiction.denial",
		[]string{
			"The sync doesn't lose files.",
			"No, the invoice never fails to send.",
		},
		[]string{
			"The printer is working fine again, thanks for the help.",
			"It's working perfectly again after the restart.",
		})
	addRuleCases("promise.passive",
		[]string{
			"Your refund will be processed today.",
		},
		[]string{
			"Please tell me when my refund will be processed.",
			"Could someone let us know if the outage will be fixed tonight.",
			"Kindly advise whether the part will be replaced under warranty.",
		})
	addRuleCases("condescending.obviously",
		[]string{
			"Obviously the charger has to be plugged in first.",
			"I told you twice, obviously you need to sign out first.",
			"I checked and you obviously typed the old password.",
		},
		[]string{
			"I can't see the picture on the projector obviously, so that test is out.",
			"At first I thought the card was faulty, but obviously that's not the case.",
			"My laptop obviously won't boot without the charger.",
		})
	// A customer holding to their own dealings ("I paid", "I never got
	// the code", "my card has money on it") is not dismissing a report;
	// a staff check stays a denial.
	addRuleCases("contradiction.wrong",
		[]string{
			"You're wrong, the update never touched your settings.",
		},
		[]string{
			"That's not true, I rang the helpline twice on Friday.",
			"You're wrong, I did pay for the bigger plan.",
			"That's simply not true, we were never told about the fee.",
		})
	addRuleCases("contradiction.impossible",
		[]string{
			"That's impossible, the server logs every login.",
		},
		[]string{
			"That's not possible, my card has plenty of money on it.",
			"That's impossible, I was home all afternoon.",
		})
	addRuleCases("contradiction.are-you-sure",
		[]string{
			"Are you sure? The portal shows the upgrade went through.",
		},
		[]string{
			"Are you sure? I never received a reset code.",
			"Are you sure? We have the receipt right here.",
		})
	addRuleCases("contradiction.denial",
		[]string{},
		[]string{
			"No way, I ordered the adapter three weeks ago.",
		})
	// Answers about what the software does or cannot do, doubts about a
	// remedy and a named limitation are not denials of a report.
	addRuleCases("contradiction.denial",
		[]string{
			"I doubt that, the job ran at six.",
			"No, the scanner doesn't lose pages.",
		},
		[]string{
			"I doubt a new cable will help here.",
			"No, the app doesn't need a restart after that.",
			"Nope, the driver isn't in the store yet.",
		})
	addRuleCases("contradiction.disbelief",
		[]string{
			"That isn't possible.",
		},
		[]string{
			"It isn't possible to move that menu on the old version.",
			"That isn't possible without an admin account.",
		})
	addRuleCases("contradiction.not-a-bug",
		[]string{
			"This is not a bug, it's working as designed.",
		},
		[]string{
			"It's not a bug in the add-on, it's a limitation of the phone.",
			"This isn't an issue with the add-on, it's a limitation of the phone.",
			"It's working as intended, sync runs every ten minutes by default.",
		})
	// "D'oh" is the writer's own slip; "duh" is aimed at the reader.
	addRuleCases("condescending.duh",
		[]string{
			"Well duh, the dock has no power.",
		},
		[]string{
			"Turns out the adapter was off, doh.",
		})
	// Mates' words are not pet names; the product's own docs judged
	// with "clearly" judge no reader; a customer's "of course" about a
	// trip let down again is sarcasm about the service.
	addRuleCases("condescending.address",
		[]string{
			"Okay, honey, let's go through it once more.",
		},
		[]string{
			"Thanks buddy, that sorted it.",
			"Hope you get some rest tonight, pal.",
		})
	addRuleCases("condescending.clearly",
		[]string{
			"Clearly you skipped the second step.",
		},
		[]string{
			"Clearly the docs could say this better.",
			"Clearly the error message is misleading here.",
		})
	addRuleCases("condescending.of-course",
		[]string{
			"Of course it failed, you never plugged it in.",
		},
		[]string{
			"Of course my train is delayed again.",
		})
	addRuleCases("condescending.obviously",
		[]string{},
		[]string{
			"Obviously customer service is not a priority for them.",
		})
	// Effort and goodwill with no action anyone waits on, and taking up
	// a suggestion in the chat, are not promises; a time or an action
	// keeps the promise.
	addRuleCases("promise.will",
		[]string{
			"I'll do it while you wait at the desk.",
		},
		[]string{
			"We will do better.",
			"I'll try my best.",
			"Send the log and we'll try to help.",
			"Good tip, I'll do that.",
			"Thanks, I am going to do that first then.",
		})
	addRuleCases("promise.later",
		[]string{
			"I'll do that tomorrow morning.",
		},
		[]string{})
	// A bare "as stated," points back at the conversation; a document
	// named after it, or the writer's own news, does not talk down.
	addRuleCases("condescending.as-i-said",
		[]string{
			"As stated, the licence can't be moved to a second laptop.",
			"As mentioned: the form needs your manager's sign-off.",
		},
		[]string{
			"As mentioned in the release notes, the menu moved to the left.",
			"Thanks! As mentioned, I'll be out on Friday.",
		})
	// The fallback step after "if not" or "otherwise" is an instruction.
	addRuleCases("condescending.just",
		[]string{
			"If not, just drag the file onto the window.",
			"Otherwise just reinstall the printer driver.",
		},
		[]string{
			"If not, just let me know and I'll call you.",
			"If not, I just use the browser version.",
		})
	// The brochure's "always looking for ways to improve our services"
	// is a script; a named aim is not.
	addRuleCases("robotic.valued-customer",
		[]string{
			"Thanks for the note, we are always looking for ways to improve our service.",
		},
		[]string{
			"We are always looking at ways to cut the queue at the help desk.",
		})
	// A guess that a setup step is not done yet is a diagnosis; a bet
	// on a mishap is still blame.
	addRuleCases("blame.guess",
		[]string{
			"I bet you clicked the pop-up again.",
			"I guess you didn't read the email.",
		},
		[]string{
			"I'm guessing you didn't install the language pack yet.",
			"I suspect you haven't enabled the sync service.",
		})
	// The team's next release, said in other words, is a promise; a
	// question or a guess about it is not.
	addRuleCases("promise.release-plan",
		[]string{
			"Thanks, this is fixed and will be live in the next release.",
			"The fix is merged and will go out with 3.2.",
			"The next version is gonna have the fix for the crash.",
			"Version 5 will include the fix.",
		},
		[]string{
			"Will it be out in 3.2?",
			"I think it will be out in 3.2.",
			"The phone maker's update will include a fix.",
		})
	// "Later" naming a version is not a time.
	addRuleCases("promise.next-release",
		[]string{
			"Releasing tomorrow.",
		},
		[]string{
			"Installing a later version of the add-on wipes the old settings.",
		})
	// Someone else's report relayed to peers is a question for help,
	// not a dismissal of the reporter.
	addRuleCases("contradiction.cant-reproduce",
		[]string{
			"Can't reproduce on my end, closing.",
		},
		[]string{
			"A tester keeps getting a blank screen, but I can't reproduce it on my end. Ideas?",
			"I have someone reporting a sync failure, but I can't reproduce it on my side.",
		})
}
