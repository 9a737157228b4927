package coach

import "testing"

// TestFrustrationCustomerShapes: shapes of frustration that a real set of
// customer tweets and issue posts showed the engine missing (our own
// sentences), beside the same words in calm or happy messages.
func TestFrustrationCustomerShapes(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		// praise beside a loss the grievance list now knows
		{"@Paynow the app scammed me into a yearly plan. Superb service.", true},
		{"@Railo stranded at the platform for the last train again. Great work.", true},
		{"Superb service, the scanner was repaired the same day.", false},
		// "love" with an -ing of something lost or endured
		{"@CoachLine love losing the seat I paid to reserve, every single trip", true},
		{"@CoachLine love sitting in a cancelled train's empty carriage", true},
		{"Love spending time in the new editor, the shortcuts are great.", false},
		// feelings with "too", and as customers spell them
		{"@Tvbox too annoyed to write a proper complaint tonight", true},
		{"@Furnco very dissapointed, the sofa came with a torn cushion and nobody called", true},
		{"Not too annoyed, it only took a minute to reset.", false},
		// a delay named as a thing, a time typed with its unit
		{"@FlyHigh 6 hour delay, no food voucher, no explanation", true},
		{"@Phonely wasted 90mins on hold and still no answer", true},
		{"There's a 2 hour delay on my train, is the later one still running?", false},
		{"Landed 3hrs late but the crew were lovely, thank you.", false},
		// verdicts on how the service treats people, rhetorical questions
		{"@Bankly you make it impossible to close an account. Six screens of offers.", true},
		{"@Mailo what gives? My inbox hasn't synced since Monday.", true},
		{"@Shipit it can't be that hard to deliver to the address on the label", true},
		{"@Gymly what kind of company keeps charging a cancelled card?", true},
		{"Couldn't believe they charged me to cancel a contract for a phone that never worked!!", true},
		{"What kind of cable does the new dock need?", false},
		{"I couldn't believe how quick the setup was, thank you!", false},
		// a complaint signed with a hashtag; a happy hashtag
		{"@Pizzago forty minutes late and stone cold #fail", true},
		{"@Trainz the 7:12 vanished from the board again #neveragain", true},
		{"@Pizzago hot, fast and the driver was lovely #happycustomer", false},
		// a shouted length of time
		{"@Couriers I have waited a WEEK for a parcel marked next day", true},
		{"The backup ran for two weeks without a hitch.", false},
		// little or no word from the company
		{"@FerryLine 3 hours in the port with little to no updates from anyone", true},
		{"@Coachy sat 2hrs at the depot and no information given by anyone. shocking", true},
		{"@Plumbfast wasted 45mins waiting in for an engineer who never showed", true},
		{"@Telly 50mins in the queue only to be cut off when I got through", true},
		{"@Rentals the flat was 20mins from the station, perfect for us", false},
		{"@Greengas so dissapointed with the new tariff letter, prices up again", true},
		{"@Dropbin is there a limit on how many people can share one folder?", false},
		{"How many reports does it take before someone looks at this crash?", true},
		{"@Broadband I'll live without the TV box for a week, the internet matters more.", false},
		{"The minor disaster in the kitchen was a loose washer, all fixed now.", false},
		// "thanks a lot!" closing a complaint; sincere thanks
		{"The new player really sucks, half my playlists are gone. thanks a lot!", true},
		{"Thanks a lot! The playlists are back after the update.", false},
		// a long wait in other words, and a plain report of a break-in
		{"Someone is still posting from my account. It's going on a year now. I need help.", true},
		{"My account was hacked last night and my saved cards were stolen.", false},
		// sarcastic gladness after a wait; a verdict on the service; too late
		{"@Buswise so glad I waited 40 minutes in the rain for a bus that never came", true},
		{"So glad I found this thread, the workaround fixed it for me.", false},
		{"@Cablenet your customer service sucks. Nobody picks up.", true},
		{"That sucks, sorry to hear it. Let's get you a replacement.", false},
		{"@Ferryway refund offered a month later. too little, too late", true},
		{"@Hotelio three emails about the deposit, all unanswered #dobetter", true},
		{"@Voicely hung up on twice this morning trying to port my number", true},
		{"@Rentacar the desk staff were horrific to my elderly dad", true},
		// app-review shapes: losing everything, no reply, leaving
		{"Opened the notes app after the update and lost all data. Two years of lists gone.", true},
		{"This used to be great, now every feature is behind a paywall. I'll be uninstalling it.", true},
		{"Before a reinstall, export your notes so you don't lose data.", false},
		{"Haven't received a reply yet, but no rush, it's a small thing.", false},
		{"The status page has no information yet, is there an outage?", false},
		// a fix only wished for is no fix ("should have resolved this")
		{"The support team should have resolved this months ago. Stay far away, they never answer.", true},
		{"The update resolved this for me, thanks.", false},
		// calm reports that only look like waits or verdicts
		{"Since last update the app asks me to log in every morning. Any setting for that?", false},
		{"We had a minor disaster with the coffee machine, all sorted now.", false},
		{"After months of using the trial I've bought the full licence.", false},
		{"That was useless, the agent hung up on me twice.", true},
	})
}

// TestCustomerWordsStayClean: a customer's own account uses words that
// other categories watch for ("you broke", "obviously", "clearly", "simply",
// "for the third time", "inconvenience", "I'll"); aimed at the company or
// about the writer's own things, they are not staff talking down.
func TestCustomerWordsStayClean(t *testing.T) {
	tests := []struct {
		c    Category
		text string
		want bool
	}{
		{Blame, "@CarHire you broke my roof box when you washed the car, I want it repaired.", false},
		{Blame, "I see what happened: you broke the config when you renamed the folder.", true},
		{Contradiction, "It can't be that complicated to add a dark mode.", false},
		{Contradiction, "That can't be right, our logs show the job finished.", true},
		{Condescending, "@Postal I've emailed for the third time, can someone confirm you got the form?", false},
		{Condescending, "For the third time, the form is on the intranet.", true},
		{Condescending, "@Telco another rude agent on the phone today, no training obviously", false},
		{Condescending, "Obviously you need to plug it in first.", true},
		{Condescending, "I realise there are clearly bigger priorities, but the export would help a lot.", false},
		{Condescending, "It's clearly in the settings menu.", true},
		{Condescending, "They were polite on the phone and simply read the script back to me.", false},
		{Condescending, "Restart the router and simply wait two minutes.", true},
		{Condescending, "Simply open the settings and tap Reset.", true},
		{Robotic, "The agent apologised for my inconvenience and transferred me again.", false},
		{Robotic, "We apologise for the inconvenience.", true},
		{Promise, "Missed the sale. Oh well, I'll survive.", false},
		{Promise, "I'll live without the app for a week.", false},
		{Promise, "I'll send the logs tonight.", true},
		// place codes in a journey; the plural of "ID"
		{Jargon, "@SkyLine our flight from BHX to TFS is showing no gate yet, any news?", false},
		{Jargon, "@SkyLine bags are still in MXP, the flight landed six hours ago", false},
		{Jargon, "The flight's seat screens want a PIN and the crew don't know it.", false},
		{Jargon, "The build server dropped its NFS mount again.", true},
		{Jargon, "Your order IDs are in the confirmation email.", false},
		{Jargon, "@AirFly is flt 221 still on time? rcvd no email yet", false},
		{Jargon, "The IDS flagged the scan from the lab subnet.", true},
	}
	a := newTestAnalyzer(t)
	for _, tt := range tests {
		t.Run(string(tt.c)+": "+tt.text, func(t *testing.T) {
			got := categoriesOf(a, tt.text, Context{})
			has := false
			for _, g := range got {
				if g == tt.c {
					has = true
				}
			}
			if has != tt.want {
				t.Errorf("got %v, want %s: %v", got, tt.c, tt.want)
			}
		})
	}
}
