package coach

// Wave 9, talk-down and insider jokes (helper "vc"): LABELING.md's own
// examples of condescending and in-joke, and their near-misses, varied the
// ways people vary them (another subject, a hedge inside, tense, chat and
// tweet register). Each broadened rule gets positives and near-misses of
// its own, in our own words.

func init() {
	// The probe file of this wave, our own sentences. Floors and the clean
	// ceiling sit at the measured values and only go up (floors) or down
	// (ceiling).
	probeFloors["w9-vc.jsonl"] = map[Category]probeFloor{Condescending: {1.00, 0.98}, InJoke: {1.00, 0.97}}
	probeCleanCeilings["w9-vc.jsonl"] = 0.05 // 11 of 245 clean lines flagged (4.5%), none condescending or in-joke

	// "Just" after the reader by another name ("you guys", "ya") or after a
	// hedge ("you could probably just …"), and before a step in two words
	// ("just right click"); the writer's hedged request and "just" meaning
	// recently stay clean.
	addRuleCases("condescending.just",
		[]string{
			"you guys just need to fill in the top box again",
			"Y'all can just close the tab and reopen it.",
			"ya just hold the button for five seconds",
			"You could probably just unplug the scanner for a minute.",
			"You'll honestly just want to log out first. Just double click the icon after that.",
			"just right click the file and choose Open with",
		},
		[]string{
			"You guys just missed the courier, he left at four.",
			"You probably just missed the reminder email, it went out early.",
			"If you could maybe just send the photo when you get a moment, thanks.",
			"we just right-sized the storage plan for your team",
		})
	// "All you need to do is …" whoever the reader is.
	addRuleCases("condescending.everyone-knows",
		[]string{
			"All you guys need to do is press Sync.",
			"All your staff have to do is scan the badge at the door.",
		},
		[]string{
			"All we need to do is wait for the courier.",
			"All your team's files are safe, nothing was lost.",
		})
	addRuleCases("condescending.all-it-takes",
		[]string{"All that's needed is a fresh sign-in.", "All that is required is your manager's OK on the form."},
		[]string{"Is that all that's needed, or do you want the receipts too?"})
	addRuleCases("condescending.obviously",
		[]string{"obv u have to save it before closing"},
		[]string{"obv I'll keep you posted on the shipment"})
	// A click called quick or single: the step waved off.
	addRuleCases("condescending.easy",
		[]string{"It's just a quick tap on the bell icon.", "That is literally a single click in the menu."},
		[]string{"It's just a quick question: which floor are you on?", "It was a quick fix on our side, all working now."})
	// "As I already mentioned", a colleague pointing back; words said to
	// someone else are not said to the reader.
	addRuleCases("condescending.as-i-said",
		[]string{"As I already mentioned, the locker key is at reception.", "like i previously noted, the form needs a signature"},
		[]string{"Like I said to Omar, the new chairs are lovely.", "As I mentioned to my manager, the printer works fine now."})
	addRuleCases("condescending.as-i-said-more",
		[]string{"As our team already explained, the store credit can't be moved.", "Like my colleague mentioned, you need the booking code."},
		[]string{"As I said to the whole office yesterday, thank you all."})
	// "No, what I said was …"; owning the slip stays clean.
	addRuleCases("condescending.no-i-said",
		[]string{"No, what I said was the blue cable.", "nope, i clearly said Thursday"},
		[]string{"No, I worded that badly: the blue cable, not the red one."})
	// "Not rocket science" with any subject and a hedge inside.
	addRuleCases("condescending.not-hard",
		[]string{"Booking a room isn't rocket science.", "honestly it's not exactly brain surgery", "That's hardly rocket science."},
		[]string{"It's probably not rocket science for you, but I'm lost with this form.", "Our new hire left rocket science for IT support."})
	// "Calm down" said to the reader, whoever they are and whatever follows;
	// the writer's own calm, a thing calmed and "relax" as reassurance stay
	// clean.
	addRuleCases("condescending.calm-down",
		[]string{
			"Sir, you need to calm down.",
			"Everybody needs to calm down, the files are back.",
			"Please calm down so we can go through it.",
			"Ok calm down, I'll look at it now.",
		},
		[]string{
			"I need to calm down before the next call.",
			"Calm down the alerts by muting the channel for an hour.",
			"Relax, I'll take it from here.",
		})
	// A fix easy "for us" or "on our side" is our work, not the reader's.
	addRuleCases("condescending.simple-fix",
		[]string{"It's honestly a really simple change in Settings."},
		[]string{"That's an easy one to fix on our side, thanks for flagging it."})
	// A product described as simple among its other qualities.
	addRuleCases("condescending.is-easy",
		[]string{"Changing your photo is really simple."},
		[]string{"The new timesheet is simple and quick, the team likes it."})

	// "Works on my laptop, so 🤷": a comma before the shrug is still the
	// meme; a comma before a comparison is a report.
	addRuleCases("in-joke.my-machine-shrug",
		[]string{"Worked on my PC, so ¯\\_(ツ)_/¯"},
		[]string{"It works on my laptop, but not on the shared one 🤷 any ideas?"})
	// The meme called unhelpful or unkind is criticised, not used.
	addRuleCases("in-joke.dns",
		[]string{"it's always DNS lol"},
		[]string{"Telling a caller 'it's always DNS' is never kind."})
	// Refusing the label is not using it.
	addRuleCases("in-joke.user-is-the-problem",
		[]string{"Closed as PEBKAC."},
		[]string{"Let's not call this user error, the menu really is confusing.", "Don't put it down to user error, the form changed."})
	// Second round, written after the first fixes to test them.
	// "Take a deep breath" on its own (one pattern with "breath|chill
	// pill" had needed "pill" after "breath").
	addRuleCases("condescending.calm-down",
		[]string{"Take a deep breath, it's only the wifi.", "take a chill pill mate"},
		[]string{"Take a deep breath before you dive in, the pool is cold!"})
	// "Just" before a padded step ("just simply log out").
	addRuleCases("condescending.just",
		[]string{"Just simply sign out and back in.", "just quickly restart the app"},
		[]string{"I just quickly checked the order, it's on its way."})
	addRuleCases("condescending.easily",
		[]string{"u can easily reset it from the app"},
		[]string{"You can't easily reset it from the app yet, so I've done it for you."})
	// A task called a breeze; weather is not.
	addRuleCases("condescending.is-easy",
		[]string{"Booking leave is a breeze.", "Adding a printer is an absolute doddle."},
		[]string{"There is a breeze coming through the broken window, facilities are on it."})
	// "No, I told you …", "No no, I said …".
	addRuleCases("condescending.no-i-said",
		[]string{"No, I told you to sign out, not shut down.", "no no, I said the second drawer"},
		[]string{"No, I told my manager about it, all good."})
	// Other verbs that point back need the pointer: "as I wrote yesterday";
	// "as I wrote in the guide" cites the guide.
	addRuleCases("condescending.as-i-said",
		[]string{"As I wrote yesterday, the desk is booked for you.", "like we noted in our last reply, the store is shut on Sunday"},
		[]string{"As I wrote in the setup guide, the blue cable goes in first.",
			"As I said in the meeting, great work everyone.", "Like I said, I'm away Friday, Ben has the keys."})
	addRuleCases("condescending.told-you",
		[]string{"I've told you this already.", "I have explained that before."},
		[]string{"I've told the courier about the side door already."})
	// A person known is not a fact the reader should know.
	addRuleCases("condescending.everyone-knows",
		[]string{"Everyone knows Outlook has a search box."},
		[]string{"Everyone knows Maria, she runs the front desk.", "everybody knows him from the old office"})
	// Disliking the meme is criticising it.
	addRuleCases("in-joke.rtfm",
		[]string{"rtfm mate"},
		[]string{"We really dislike 'RTFM' answers on the forum."})
	// Third round. Any task called "not hard"; sympathy ("not hard to see
	// why") stays clean.
	addRuleCases("condescending.not-hard",
		[]string{"Changing the ringtone is really not hard.", "Booking a desk isn't that complicated."},
		[]string{"It's not hard to see why you're annoyed, sorry about the wait.", "Your question isn't hard to answer, here's the link."})
	addRuleCases("condescending.everyone-knows",
		[]string{"All you have to do now is sign the form."},
		nil)
	addRuleCases("condescending.as-i-said-more",
		[]string{"as mentioned b4, we need the order number"},
		[]string{"As I mentioned, I'll be away next week, Sam is covering."})
	addRuleCases("condescending.calm-down",
		[]string{"Chill, it's only a test page."},
		[]string{"Chill the drinks before the party."})
	// "Clearly on us" owns the fault.
	addRuleCases("condescending.clearly",
		[]string{"Clearly the cable is loose."},
		[]string{"That's clearly on us, sorry for the mix-up."})
	// A literal feature named beside "not a bug".
	addRuleCases("in-joke.feature",
		[]string{"That's a feature, not a bug!"},
		[]string{"That's a missing feature, not a bug, and it's on the list."})
	// Fourth round. Agreeing in a discussion, then pointing back at a
	// shared view; "just go away" is rude, not a step.
	addRuleCases("condescending.as-i-said",
		[]string{"As I said before, it won't run on the old laptops."},
		[]string{"Agreed. As I said before, the old laptops can't run it either."})
	addRuleCases("condescending.just",
		[]string{"just go to Settings and pick Privacy"},
		[]string{"Can you just go away already?"})
	// "Easy to use" rates a product; "not rocket science for our team
	// either" is the writer's side.
	addRuleCases("condescending.is-easy",
		[]string{"Renaming a folder is easy."},
		[]string{"The booking tool is easy to use once you're in."})
	addRuleCases("condescending.not-hard",
		[]string{"It's not rocket science, honestly."},
		[]string{"It isn't rocket science for our team either, we're all new to it."})
	// The DNS punch line turned round.
	addRuleCases("in-joke.dns",
		[]string{"jk it was DNS, always is"},
		[]string{"The 'it's always DNS' joke is not an answer we give to callers."})
	// Fifth round. "Just a case of clicking"; waiting is not a step.
	addRuleCases("condescending.talk-down",
		[]string{"It's really just a case of ticking the box."},
		[]string{"It's just a matter of waiting for the courier now, sorry."})
	addRuleCases("condescending.everyone-knows",
		[]string{"Everybody should know how to lock their screen by now."},
		[]string{"Everyone should know by Friday whether the move is on."})
	addRuleCases("condescending.just",
		[]string{"u just have 2 tap the link"},
		nil)
	// Reassurance after "of course".
	addRuleCases("condescending.of-course",
		[]string{"Of course it won't print, the tray is empty."},
		[]string{"Of course it's not your fault, the update was faulty.", "Of course you didn't do anything wrong."})
	// Sixth round: the in-joke spelled out and reworded.
	addRuleCases("in-joke.user-is-the-problem",
		[]string{"Classic I.D. ten T."},
		[]string{"The I.D. card reader is on the left."})
	addRuleCases("in-joke.feature",
		[]string{"bug? no, feature!"},
		[]string{"Bug? No, the export is slow because the file is huge."})
	addRuleCases("in-joke.always-the-users",
		[]string{"The issue is the user, not the PC 🙃", "problem was clearly the operator - not the printer"},
		[]string{"The problem is the user's old password, not the PC."})
	// Praise with a superlative.
	addRuleCases("condescending.clearly",
		nil,
		[]string{"Clearly the best helpdesk in the building 😄"})
}
