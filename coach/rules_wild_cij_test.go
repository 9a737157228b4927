package coach

import "testing"

// TestCondescendingWildShapes: talk-down in the shapes real maintainers, IRC
// helpers and agents use (search-shaming, "anyone who has...", "I'm not going
// to repeat myself", "that's what the wiki is for", an eye-roll after advice),
// and the same words used about the writer, kindly, or as plain description.
// Our own sentences, written for the wild-cij wave.
func TestCondescendingWildShapes(t *testing.T) {
	runFlagCases(t, Condescending, []flagCase{
		// search-shaming
		{"A quick google would have told you the answer.", true},
		{"It's the top hit when you search the error code.", true},
		{"Sorry, a quick search would have answered my own question.", false},
		{"I searched and the first result when you search the model number is a recall notice.", false},
		// everyone else manages
		{"Anybody who has ever used a printer can load paper.", true},
		{"Everyone else on the floor managed to connect without a ticket.", true},
		{"Everyone else on the floor is affected too, so it's on our side.", false},
		{"Don't worry, anyone who has set this up before found it fiddly.", false},
		// trivial
		{"Changing the ringtone is the simplest thing in the world.", true},
		{"This is the easiest job on my list today, I'll have it done by noon.", false},
		{"Not sure how much clearer I can make it: the red cable goes in the red port.", true},
		// repeat-shame and "should be obvious"
		{"I won't repeat myself, the code is on the back of the card.", true},
		{"I'm not going to explain it again.", true},
		{"That should be obvious from the screen.", true},
		{"Not sure what's so hard about it, it's one switch.", true},
		{"I'm not sure what's confusing the sync, let me look at the logs.", false},
		{"As advised earlier, please keep the receipt.", true},
		{"We already told you this on the phone, the parcel left on Monday.", true},
		{"As I mentioned, I'm new to the team, so bear with me.", false},
		{"Like I said, I'm glad to stay on the call until it works.", false},
		{"Like I said on the call, thank you for your patience with this.", false},
		// where help lives
		{"That's what the search bar is for.", true},
		{"We're not your personal tech department.", true},
		{"I answered that already above.", true},
		{"I'm not your usual contact, but I can help with this.", false},
		// skill sarcasm
		{"Maybe phones just aren't your thing.", true},
		{"Scrolling is hard, I know.", true},
		{"Reading is hard on a cracked screen, so I've sent it by email too.", false},
		{"That's covered in literally every beginner tutorial.", true},
		{"You are aware the cable has two ends, right?", true},
		{"What part of 'leave it charging overnight' was unclear?", true},
		// minimisers on a step
		{"nadia, just swap the batteries", true},
		{"You just need the newer charger.", true},
		{"Simply put the code in the box marked Voucher.", true},
		{"Simply put, the update replaces the old app.", false},
		{"It's just a matter of reinstalling the app.", true},
		{"Just put a note on your account so the team can see it.", false},
		{"Read the error.", true},
		{"Could you read the error out to me?", false},
		{"I said you need the blue cable.", true},
		// the writer about themselves
		{"I obviously didn't read the setup guide properly, sorry!", false},
		{"I'm obviously biased, but I like the new layout.", false},
		{"I'm not a tech person, obviously, so go slowly.", false},
		{"Everyone knows how fiddly the new menu is, you're not alone.", false},
		{"This is basic information we ask for on every ticket.", false},
		{"The form is simple to fill in now that we've removed two pages.", false},
		{"Exporting is easy once you know where to look.", true},
		// an eye-roll after advice, not a customer's complaint
		{"Follow the steps on the wiki :rolleyes:", true},
		{"Still on hold after an hour :rolleyes:", false},
	})
}

// TestInJokeWildShapes: help-desk memes as real threads and chats use them
// ("narrator: it was DNS", "replace user", "is it plugged in? :P", the clue
// stick) and the same words in criticism of the meme or in a plain request.
func TestInJokeWildShapes(t *testing.T) {
	runFlagCases(t, InJoke, []flagCase{
		{"narrator: it was DNS", true},
		{"Let me guess, it was DNS?", true},
		{"It was DNS again.", true},
		{"It can't be DNS. It's never DNS.", true},
		{"The outage was caused by a faulty name lookup, now fixed.", false},
		{"User error, replace user.", true},
		{"Fix: replace the user.", true},
		{"Please replace the user account's old email with the new one.", false},
		{"Somebody fetch the clue stick.", true},
		{"The problem sits in front of the monitor.", true},
		{"Between the keyboard and the seat, as usual.", true},
		{"is it plugged in? ;)", true},
		{"Is it plugged in at the wall? The light should be green :)", false},
		{"There's an xkcd for that.", true},
		{"Meatbag error, closing.", true},
		{"We stopped using PEBKAC in ticket notes because it's unkind.", false},
		{"Please don't answer people with 'have you tried turning it off and on again', it makes them feel dismissed.", false},
		{"Could you switch it off and on again and tell me what the screen shows?", false},
	})
}

// TestCondescendingDesignTalk: developers weighing a design in an issue
// thread use "obviously", "clearly", "of course" and "trivial" about code,
// users in general or their own work; that judges no reader.
func TestCondescendingDesignTalk(t *testing.T) {
	runFlagCases(t, Condescending, []flagCase{
		{"Obviously the parser should skip blank rows.", false},
		{"Obviously the laptop needs to be on the dock for the second screen.", true},
		{"Customers obviously expect the receipt by email.", false},
		{"Clearly this is a regression from Tuesday's release.", false},
		{"Of course the build fails on the old compiler, the flag is new.", false},
		{"It's trivial to add once the new screen is merged.", false},
		{"It should be obvious to the user which plan is active.", false},
		// the same words said to the reader
		{"Obviously you need to charge it first.", true},
		{"Clearly you skipped the second step.", true},
		{"It's trivial, tick the box and save.", true},
		{"It should be obvious from the message.", true},
	})
}

// TestCondescendingCustomerTweets: customers' sarcasm and requests to a
// brand use "simply", "obviously" and "everyone knows" about the service;
// that is their frustration, not talk-down.
func TestCondescendingCustomerTweets(t *testing.T) {
	runFlagCases(t, Condescending, []flagCase{
		{"@FlyCo simply unacceptable, third delay this week", false},
		{"@PhoneCo simply move me back to my old plan please", false},
		{"@StreamCo obviously something broke after the last update", false},
		{"@GameCo everyone knows your servers are down every weekend", false},
		// an agent's minimiser in the same register is still one
		{"@mara_t Simply restart the app and the offer will show 🙂", true},
		{"@mara_t Obviously you need to update the app first.", true},
	})
}

// TestCondescendingIRCRequester: in a help channel the asker uses the same
// words about their own attempts ("obviously that didn't work", "as I said,
// I'm on the live USB", "simply restarting fixed it").
func TestCondescendingIRCRequester(t *testing.T) {
	runFlagCases(t, Condescending, []flagCase{
		{"vik: obviously that didn't work either, any other ideas?", false},
		{"vik: as i said, i'm running the older release", false},
		{"vik: thanks, simply unplugging the dock solved it", false},
		{"vik: did you just upgrade?", false},
		{"vik: just tried it, same error", false},
		// the helper's side
		{"vik: you just need to enable the extra software source", true},
		{"vik: ok so as i said, paste the whole output", true},
		{"vik: simply reboot into the older version from the menu", true},
	})
}

// TestInJokeFeatureAndFolklore: the feature joke in its other wordings, the
// hacker label "lamers", percussive maintenance spelled out, the reboot quip;
// and triage or plain words that share them.
func TestInJokeFeatureAndFolklore(t *testing.T) {
	runFlagCases(t, InJoke, []flagCase{
		{"Bug or feature? ;)", true},
		{"Let's just call it a feature.", true},
		{"Is this a bug or a feature request? Happy to file it either way.", false},
		{"Please call it a feature in the release notes, since it was planned.", false},
		{"lamers everywhere today", true},
		{"The new menu is even lamer than the old one.", false},
		{"Try whacking it with a spanner.", true},
		{"have u tried to restart it? lol", true},
		{"Have you tried to restart it? The update needs one.", false},
		{"Keyboard not found, press F1 to continue.", true},
		{"Task failed successfully.", true},
		{"The task failed, so I restarted it and it worked.", false},
	})
}

// TestWildCijNearMissesFromOtherFiles: words of these rules in reports,
// software terms and plans ("user error messages", "layer 8 of the cake",
// "once again, the VPN has dropped", "it's a basic feature").
func TestWildCijNearMissesFromOtherFiles(t *testing.T) {
	runFlagCases(t, InJoke, []flagCase{
		{"The user error log now keeps a week of entries.", false},
		{"Layer 8 of the archive holds the old invoices.", false},
		{"PICNIC on Friday at the lake, everyone welcome!", false},
		{"Closing, layer 8 problem.", true},
	})
	runFlagCases(t, Condescending, []flagCase{
		{"Once again, the printer has jammed on page two.", false},
		{"It's a basic feature and it's still missing after a year.", false},
		{"You can't even follow the three steps?", true},
		{"Again: the VPN has to be on.", true},
	})
}

// TestCondescendingAgentSteps: "just" before the steps agents give in
// customer-care replies, and the same word in their own past tense.
func TestCondescendingAgentSteps(t *testing.T) {
	runFlagCases(t, Condescending, []flagCase{
		{"@lu_k Just create a new list and move the items across 🙂", true},
		{"@lu_k Just pop into Settings and switch it off.", true},
		{"@lu_k Just long-press the photo to save it.", true},
		{"@lu_k Just made a note on your account for the team.", false},
		{"@lu_k Just replied to your DM!", false},
	})
}

// TestCondescendingChatExasperation: a helper's exasperated pointers in a
// chat ("read the scrollback", "it's right there", "we went over this
// yesterday", "I thought everyone knew"), and team recaps or owned mistakes
// in the same words.
func TestCondescendingChatExasperation(t *testing.T) {
	runFlagCases(t, Condescending, []flagCase{
		{"sheesh, read the scrollback", true},
		{"geez, it's right there on the screen", true},
		{"we went over this yesterday", true},
		{"I thought everyone knew that by now.", true},
		{"We went over this in the meeting and agreed on Friday, thanks all.", false},
		{"Sorry, I thought everyone knew about the move, my mistake.", false},
		{"It's right there on page two; I'll paste it here as well.", false},
	})
}
