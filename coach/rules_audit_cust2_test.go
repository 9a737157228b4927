package coach

import "testing"

// TestFrustrationCustomerTold: frustration that customers tell a brand
// rather than shout, seen missed on a second real batch of customer
// tweets (our own sentences), beside the same words said calmly, happily
// or by staff.
func TestFrustrationCustomerTold(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		// an oath or a verdict aimed at the brand
		{"@Streamo fuck u, third buffering wheel tonight", true},
		{"@Routerco you suck, the line drops every evening", true},
		{"@Consoly YOU AINT SHIT, my saves are gone", true},
		{"Man the new music app on my TV is some hot garbage.", true},
		{"He told them to fuck off and closed the laptop.", false},
		{"Screw that panel back on before you power it up.", false},
		// "couldn't be more" turns a feeling up, not off
		{"@Fonebox couldn't b more pissed about paying £30 for a cable", true},
		{"@Fonebox I could not be more annoyed with this bill", true},
		{"This couldn't be more perfect, thank you!", false},
		// rhetorical jabs and sarcastic suggestions to the brand
		{"@Gamehub do you even test your patches before pushing them?", true},
		{"@Gamehub do you even use your own launcher?", true},
		{"Do you even use Outlook, or only the web version?", false},
		{"@Printly how about you guys make an ink cartridge that lasts a month", true},
		{"@Cablenet how about you teach your installers to close the box", true},
		{"How about you make a backup first, then we reinstall?", false},
		{"How about you start by restarting the router?", false},
		{"@Photoapp every update you make it worse. And worse.", true},
		{"@Bankit the card reader died at the till, what even is this", true},
		{"@Mobilo just gave me a huge middle finger over my upgrade", true},
		{"Being held hostage at the phone shop for a screen swap", true},
		// worn out by it
		{"@Wifico tired of your excuses, the line has dropped all week", true},
		{"@Tabletco I can't do this anymore, it reboots every ten minutes", true},
		{"I can't do it anymore since the update, where did the button go?", false},
		// a wait typed short; who, not how long
		{"@Telco on hold 56 min....", true},
		{"No TV update for me yet", false},
		{"@Telco no internet for 3 days", true},
		// sarcastic praise beside a grievance
		{"shout out to @Laptopco for the charger never working", true},
		{"Shout out to the support team, fixed in five minutes!", false},
		{"i love when the app crashes mid-song @Tuneco", true},
		{"I love when the team ships early, thanks all", false},
		{"my phone is dead. Thanks @Shopco what great help you were", true},
		{"What great help, the tech fixed it in minutes", false},
		// complaint hashtags
		{"@Phoneco the new handset drops calls #nomorephoneco", true},
		{"@Cameraco the lens cap cracked in a week #dontbuy", true},
		{"@Cameraco lovely photos from the trip #nofilter", false},
		// "for years" of owning or using is loyalty, not a wait
		{"had their chargers for years & they're still top tier. please keep up", false},
		{"I've banked with you for years and never had an issue like this one", false},
		{"my mic has been broken for years", true},
	})
}

// TestJargonPrefixedName: a word-building prefix joined to a brand is an
// everyday phrase; a component name with a hyphen is still judged.
func TestJargonPrefixedName(t *testing.T) {
	runFlagCases(t, Jargon, []flagCase{
		{"Setting up a new non-Samsung tablet reminds me how good yours are.", false},
		{"Do the cases fit pre-iPhone models?", false},
		// A capital after a hyphen starts a name ("ex-Man", "mid-May";
		// TestHyphenNameNotCamel), so a lower-case component name before
		// one is read on its own.
		{"the dbus daemon crashed again", true},
		{"call the re-InitHandler first", true},
	})
}

// TestPromiseCustomerNearMisses: customers' future tense that commits to
// no task, beside the promises it must not hide.
func TestPromiseCustomerNearMisses(t *testing.T) {
	runFlagCases(t, Promise, []flagCase{
		{"Integrity cures most ills. Your brand, in this case, will too!", false},
		{"Mine will as well once the update lands.", false},
		{"Send me the new model and I will forgive you", false},
		{"Yeh I'll probly do it at the weekend", false},
		{"I'll prolly switch to the other plan", false},
		{"We will also send you a return label.", true},
		{"Will also check the logs tonight.", true},
		{"I'll check it tonight and let you know.", true},
		{"We'll forward your ticket to the billing team.", true},
	})
}

// TestBlameCustomerAsksCompany: a customer asking a company why its own
// service is hard to use is a complaint, not blame; staff asking about
// the person's act stays blame.
func TestBlameCustomerAsksCompany(t *testing.T) {
	runFlagCases(t, Blame, []flagCase{
		{"@Mobico why did you make it so difficult to reach a human?", false},
		{"why did you make it this hard to cancel a subscription", false},
		{"Why did you delete the shared folder?", true},
		{"why did you make it so complicated, the sheet had three tabs before", true},
	})
}
