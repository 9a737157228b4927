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
}
