package coach

import "testing"

// Wave 6, support conversations on Twitter (helper "tw6"): shapes of
// frustration and promise that customers and care agents use in tweets,
// each beside the same words used calmly, which LABELING.md keeps clean.
// Our own sentences throughout.

// TestTW6DigitsStartCues: a cue written with digits ("4 tickets", "3
// calls") starts at a number token as it does at a number word.
func TestTW6DigitsStartCues(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"after 4 tickets and a shop visit the line still drops every evening", true},
		{"after four tickets and a shop visit the line still drops every evening", true},
		{"I have 4 tickets for the Friday show, can I change the seats?", false},
	})
}

// TestTW6SwearingBareOath: the bare oath about a failure ("won't pair.
// Fuck") counts like "fucking" does.
func TestTW6SwearingBareOath(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"The headphones won't pair with the laptop. Fuck", true},
		{"The headphones paired first time, no fuss at all", false},
	})
}

// TestTW6ThanksForAHarm: thanks for a cost or a hold put on the writer is
// sarcasm; thanks for a kindness is thanks.
func TestTW6ThanksForAHarm(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"@Bankly thanks for costing me the concert tickets by blocking my card", true},
		{"thank you for keeping me waiting on the line all evening", true},
		{"@Bankly thanks for getting back to me so quickly", false},
		{"thank you for keeping me posted, the card works again", false},
	})
}

// TestTW6PleasureBesideAGrievance: "it's been a pleasure" next to a wait
// or a failure is a jab; on its own it is courtesy.
func TestTW6PleasureBesideAGrievance(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"Thanks @Railco, it's been a pleasure standing on platform 2 for an hour in the rain", true},
		{"It's been a pleasure flying with you this year, see you in March", false},
	})
}

// TestTW6HelpThatGotNowhere: help that came to nothing ("have been no
// help", "got nowhere") is feeling let down, like "no reply".
func TestTW6HelpThatGotNowhere(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"Anyone else lost signal since the update?? the shop have been no help", true},
		{"Rang them already. Got nowhere.", true},
		{"No help needed after all, it sorted itself out", false},
		{"The road to the depot goes nowhere near the station, is there a bus?", false},
	})
}

// TestTW6SupposedToExactly: "what exactly am I supposed to do with that"
// is a question asked in exasperation; "what am I supposed to enter here"
// asks for a step.
func TestTW6SupposedToExactly(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"the tracker says a delivery was tried but nobody came... what exactly am I supposed to do with that?", true},
		{"What am I supposed to enter in the reference box?", false},
	})
}

// TestTW6HateAtTheCompany: hate aimed at the company or its people.
func TestTW6HateAtTheCompany(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"@Cablenet hate them", true},
		{"Do you know if the new remote works with the old box?", false},
	})
}

// TestTW6MoneyTakenOrCost: money taken from the writer ("stole my money")
// or a cost put on them ("this seat cost me money") beside exasperation.
func TestTW6MoneyTakenOrCost(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"It is really inconvenient and there's no way to call them back. You basically stole my money", true},
		{"Nobody wiped the tray table? Come on. This seat cost me money, do better.", true},
		{"The lock came on by itself, does the seat cost more if I move?", false},
		{"We will do better next time, sorry about the tray table.", false},
	})
}

// TestTW6GivingUp: the writer giving up, or ruling out a next time.
func TestTW6GivingUp(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"three calls and still no engineer, I give up", true},
		{"The manager would only offer a voucher. There won't be a next time. SO annoyed", true},
		{"Don't give up on the form, the second page loads slowly", false},
	})
}

// TestTW6PromiseImma: "imma" is "I'm going to" as typed in chat.
func TestTW6PromiseImma(t *testing.T) {
	runFlagCases(t, Promise, []flagCase{
		{"imma call the store tomorrow and ask about the order", true},
		{"imma be honest, the new menu is great", false},
	})
}

// TestTW6VerdictOfAnySubject: "is a joke", "is a disgrace" said of the
// wifi, the app or the company, not only "this is a joke"; a joke told
// is not a verdict.
func TestTW6VerdictOfAnySubject(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"@Railco the wifi on this train is a joke", true},
		{"@Cablenet your new billing page is an absolute disgrace", true},
		{"The pilot's announcement was a joke about the weather, made us all laugh", false},
		{"Is there a joke in the new advert? My son keeps laughing", false},
	})
}

// TestTW6NotAcceptable: "not acceptable" is "unacceptable" in two words;
// "acceptable" alone or asked about is not a verdict.
func TestTW6NotAcceptable(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"@Railco not acceptable. forty minutes late and no announcement", true},
		{"A scan of the receipt is acceptable, you don't need the paper copy", false},
		{"Is a photo of my licence acceptable as ID?", false},
	})
}

// TestTW6TreatedLike: being treated like cattle or criminals.
func TestTW6TreatedLike(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"@Skyway treated like cattle at the gate again tonight", true},
		{"The crew treated us like royalty, thank you so much", false},
	})
}

// TestTW6RipOffAndNoExcuse: "what a rip off", "there is no excuse for
// this".
func TestTW6RipOffAndNoExcuse(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"@Cablenet what a rip off, the bill went up again", true},
		{"@Cablenet there is no excuse for this, the engineer never came", true},
		{"Rip off the old label before you post the box back", false},
		{"Please send an excuse note for the school trip form", false},
	})
}

// TestTW6ServiceNonExistent: help or communication that does not exist.
func TestTW6ServiceNonExistent(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"@Skyway customer service is non existent", true},
		{"The page says the file is nonexistent, which folder should it be in?", false},
	})
}

// TestTW6GettingWorseAndFaithLost: decline named ("keeps getting worse")
// and faith lost in the company.
func TestTW6GettingWorseAndFaithLost(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"@Railco the evening trains just keep getting worse", true},
		{"@Bankly lost all faith in your bank, third blocked card this month", true},
		{"Is the rash getting worse or better? The pharmacist asked me", false},
		{"I have faith the new app will sort it, thanks for the tip", false},
	})
}

// TestTW6ComplaintIdioms: set phrases of customers' complaints ("not fit
// for purpose", "daylight robbery", "false advertising", "absolutely
// shocking", "rubbish signal"), beside the same words used calmly.
func TestTW6ComplaintIdioms(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"@Railco the new timetable is not fit for purpose", true},
		{"@Cablenet £80 for that is daylight robbery", true},
		{"@Cablenet unlimited data my foot, false advertising", true},
		{"@Railco the service tonight was absolutely shocking", true},
		{"@Cellnet rubbish signal in town again", true},
		{"@Bankly absolutely raging, my card is blocked again", true},
		{"Is the old charger fit for purpose with the new phone?", false},
		{"It's shocking how fast the new laptop is, love it", false},
		{"Where do I put the rubbish bags for collection?", false},
	})
}

// TestTW6IgnoredBesideAFault: feeling ignored in a message that names a
// fault weighs more, as a wait there does.
func TestTW6IgnoredBesideAFault(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"@Parcelco the parcel is missing and no one answers the phone", true},
		{"@Parcelco the parcel arrived, thanks, no reply needed", false},
	})
}

// TestTW6Interrobang: "?!" beside a complaint is exasperation, weighed as
// "???" is; a calm question with one "?" is not.
func TestTW6Interrobang(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"@Shopco the app says it was delivered but nothing is here?!", true},
		{"@Shopco the app says it was delivered, could you check where it was left?", false},
	})
}

// TestTW6EmojiMarks: "❗️❗️" are marks typed as emoji and count as "!!"
// do; a happy message stays clean with either.
func TestTW6EmojiMarks(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, pair := range [][2]string{
		{"the screen went black again!! nothing works", "the screen went black again❗️❗️ nothing works"},
		{"thank you so much!! it works", "thank you so much❗️❗️ it works"},
	} {
		got, want := categoriesOf(a, pair[1], Context{}), categoriesOf(a, pair[0], Context{})
		if len(got) != len(want) {
			t.Errorf("%q: got %v, want %v as for %q", pair[1], got, want, pair[0])
		}
	}
	if r := reading("not again❗️❗️"); r.exclaims != 1 {
		t.Errorf("exclaims = %d, want 1", r.exclaims)
	}
}

// TestTW6TimeOffNotPromise: a customer's time off ("gonna hang with my
// family") is not a task anyone waits on; "gonna check the router" is.
func TestTW6TimeOffNotPromise(t *testing.T) {
	runFlagCases(t, Promise, []flagCase{
		{"gonna hang with my family instead, enjoy the money", false},
		{"gonna go eat first, long day at work", false},
		{"gonna check the router tonight and let you know", true},
	})
}

// TestTW6AngryFacesRated: the middle finger and the confounded and
// persevering faces are rated like the other faces of anger and distress.
func TestTW6AngryFacesRated(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"@Cablenet down again 🖕", true},
		{"@Cablenet the engineer fixed it in ten minutes 👍", false},
	})
	for _, face := range []string{"🖕", "😖", "😣"} {
		if r := reading("the parcel " + face); r.sadFaces != 1 {
			t.Errorf("%s: sadFaces = %d, want 1", face, r.sadFaces)
		}
	}
}

// TestTW6ApologyForTheTrouble: "apologies for the trouble" is a plain
// apology (and the inconvenience rule's own rewrite); "for any trouble"
// keeps the script's hedge.
func TestTW6ApologyForTheTrouble(t *testing.T) {
	runFlagCases(t, Robotic, []flagCase{
		{"I apologize for the trouble, can you send the order number?", false},
		{"Our apologies for the trouble, Sam. Which browser are you on?", false},
		{"We apologize for any trouble this may have caused.", true},
		{"We apologize for the inconvenience.", true},
	})
}

// TestTW6AskedThenSoAs: a request asked first, then the writer's own step
// joined by "so" or "as", or asked with a question word ("which store is
// nearest, as I'll call them?").
func TestTW6AskedThenSoAs(t *testing.T) {
	runFlagCases(t, Promise, []flagCase{
		{"Can you send the booking reference so I'll check the seats?", true},
		{"Which store is nearest to you, as I'll call them to check?", true},
		{"What is the order number, so I'll check where it is?", true},
		{"What if I cancel, will I lose the deposit?", false},
		{"Can you tell me why it failed so I understand?", false},
	})
}

// TestTW6NoShow: nobody came, with the adverbs customers put in ("no one
// has ever even shown up"), beside a fault or a "why"; "nobody has shown
// me how" is teaching, not a no-show.
func TestTW6NoShow(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"@Parcelco why does the app say you tried to deliver when no one has ever even shown up?", true},
		{"nobody has shown me how to book the room, where is the guide?", false},
	})
	if r := reading("nobody has shown me how to book the room"); r.kinds[cueIgnored] != 0 {
		t.Errorf("'nobody has shown me how' read as ignored")
	}
}
