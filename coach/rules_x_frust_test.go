package coach

import "testing"

// TestFrustrationComplaintShapes: shapes of complaint language seen in
// customers' tweets to brands, app-store reviews and issue threads (wave 3,
// our own sentences), each beside the same words used calmly, kindly or
// happily, which LABELING.md keeps clean.
func TestFrustrationComplaintShapes(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		// a negated oath keeps its sign: contempt, not praise
		{"YOU AIN'T SHIT @Parcelly", true},
		{"honestly this router isn't worth a damn", true},
		{"Not bad at all, the new build is quick.", false},
		// slang oaths asked as questions; "tf" alone is TensorFlow/Terraform
		{"my uploads vanished again... tf is going on @Snapbox", true},
		{"logged out for the third time today, wtf?", true},
		{"wtf that's actually really cool", false},
		{"Pin tf to 2.15 and the import error goes away.", false},
		{"Run tf plan before you apply the new module.", false},
		// worn out by a fault that comes back
		{"getting real tired of my headset cutting out every call", true},
		{"so sick of the app logging me out", true},
		{"real tired of this mouse breaking every month", true},
		{"You must be so tired of this, sorry.", false},
		{"Tired of the old theme? Try the new dark one.", false},
		// a threat of taking it further, a vow not to come back
		{"@Skyway you'll be hearing from me, and from my lawyer.", true},
		{"never ever again will I book through this site", true},
		{"You'll hear from the courier once it ships.", false},
		// nobody to reach
		{"@Phonico you can't even get someone on the phone. Great service.", true},
		{"no refund, no email and nobody answering the helpline #fail", true},
		{"I couldn't reach anyone yesterday, is the helpdesk open today?", false},
		// the same trouble counted, or a verdict on how it works
		{"another delay on top of the cancellation, brilliant.", true},
		{"barely works, it always fails to sync", true},
		{"the app constantly crashes and freezes. I'm done.", true},
		{"Another update is out, release notes below.", false},
		{"The job always fails over to the backup node, that's by design.", false},
		// a verdict on the one addressed
		{"@Bankly you are terrible.", true},
		{"you're the worst airline I've ever flown", true},
		{"You're the best, thanks for the quick fix!", false},
		// questions at the company about the fault
		{"3 cancelled trips and a $5 voucher. that's how much you value my time?", true},
		{"why would you let this happen to a paying customer", true},
		{"How much time do you need to review the contract?", false},
		{"the hotel voucher is useless, what do you expect me to do", true},
		{"What do you expect the report to show? I can set it up.", false},
		// sarcasm: a wish in the past, praise as a sentence of its own
		{"would have been nice if someone had told us the flight was gone", true},
		{"paid for next-day delivery, still nothing. Amazing.", true},
		{"It would be nice if the app had a dark mode.", false},
		{"thanks for sorting my seat! Amazing crew tonight.", false},
		// a verdict "X sucks", not sympathy or self-mockery
		{"@Netly your wifi sucks", true},
		{"this update sux, it wiped my playlists", true},
		{"That sucks, sorry the upgrade took your evening.", false},
		{"I suck at spreadsheets, can you show me the sum again?", false},
		// a strong word for the trouble caused
		{"I run my shop on this app, so the outage is a huge inconvenience!", true},
		{"No inconvenience at all, happy to wait for the engineer.", false},
		// emoji of disgust
		{"🤮", true},
		{"the fix worked 😊", false},
		// "not even", "did everything you said", "still no bag"
		{"I paid yesterday and it hasn't even shipped, I want a refund", true},
		{"I did everything you said and nothing happened again", true},
		{"landed 9 hours ago and still no bag", true},
		{"Landed fine, bag came out first. Thanks!", false},
		// closing what is not fixed, being ignored
		{"why did this get closed? it's not fixed and you closed it anyway", true},
		{"you closed my ticket without a single reply. still broken.", true},
		{"I keep getting ignored here, three weeks and counting", true},
		{"Closed my ticket without needing a reply, the fix works. Thanks!", false},
		{"Feel free to close this, the new build works.", false},
		{"why you close my issue? it still crash", true},
		{"why you just closed my report without a word", true},
		{"I've been onhold for more than an hour", true},
		{"Why exactly was this closed? Nothing works yet.", true},
		{"That's why you closed the old ticket, makes sense.", false},
		// "c'mon guys", "god help me", "it's been a pain"
		{"it's been a pain, two days on this import and still no luck", true},
		{"every update breaks the login again, cmon guys", true},
		{"C'mon in, the meeting room is free now.", false},
		// sarcasm about the service, and the same praise meant
		{"you cancelled her flight the day of the funeral. That's very considerate of you.", true},
		{"thanks for giving away my seat. Another fine job!", true},
		{"lost my bag again, last time I fly with you. thanks again", true},
		{"That's very considerate of you, thanks for holding the seat.", false},
		{"your team did a great job with the storm chaos, though the app needs work. I appreciate it.", false},
		{"Works without any issues now. Great job!", false},
		{"smooth and easy!!!", false},
		// a verdict on the service in set phrases
		{"your service leaves a lot to be desired", true},
		{"The new docs leave nothing to be desired.", false},
		{"menus, prompts, then a hang-up = MAJOR FAIL", true},
		{"#notcool three hours on the tarmac", true},
		// someone else's feelings and a weighed risk stay clean
		{"A wrong default like this makes people really angry, let's change it.", false},
		{"Missing docs could be the last straw for someone new to the tool.", false},
		{"That error is the last straw for users who just want to print.", false},
		// an agent's effort or commitment is not the writer's urgency
		{"Our depot team are doing everything they can to get the part to you as soon as possible.", false},
		{"Will chase the courier and update you asap.", false},
		{"Please send the part as soon as possible, the till is dead", true},
		// but the writer's own wait for someone stays a wait
		{"been waiting since Tuesday for someone to call me back about the refund", true},
		{"At worst the release slips a day, nothing else breaks.", false},
		{"I'm really angry, the release slipped again and nobody told us", true},
		// calm reports with a time or a question stay clean
		{"The portal has been slow this week, any ideas?", false},
		{"Still happening after the update, any ideas?", false},
		{"Is the room not cool enough for the server rack?", false},
		{"Since when has the printer shown this error?", false},
	})
}
