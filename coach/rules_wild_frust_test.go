package coach

import "testing"

// TestFrustrationWildShapes: shapes of frustration seen in real customer
// tweets, issue threads, IRC and tickets (our own sentences), and the same
// words used calmly, sincerely or by staff.
func TestFrustrationWildShapes(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		// praise beside a grievance is sarcasm
		{"nice work @Roamly, the new version and my saved routes are gone", true},
		{"@Tellco 90 minutes in the queue. really stellar service", true},
		{"@GridPower outage number four this month. thanks for that", true},
		{"Wow. Thanks for locking the thread without even reading it.", true},
		{"Nice work on the new dashboard, it loads so much faster.", false},
		{"Brilliant, the patch fixed the crash for me. Great job!", false},
		{"Thanks for that, the refund came through this morning.", false},
		{"Thanks for closing this, the fix works on my side too.", false},
		{"Oh great, that helped! Thanks a lot.", false},
		{"Love how clean the new settings page is.", false},
		// a long wait or a count in new words
		{"any update?? it's been months and the export still fails", true},
		{"3 weeks for a replacement?? it took you a day to charge me", true},
		{"@Nettie how many more calls before someone actually fixes my line", true},
		{"second delay on the same route this week, you could not make it up", true},
		{"the router drops every evening, fix your network", true},
		{"Not a thing has changed. Crashing on startup, every single launch.", true},
		{"We ran it every single night for a month and it never failed.", false},
		{"The backup job restarts every night at 2, that's expected.", false},
		// demands, pleading twice, broken promises, feelings
		{"Please, please stop pushing half-tested releases to everyone.", true},
		{"I was promised a callback on Monday. Nothing. Again.", true},
		{"lost my flight, lost my bag and now lost my patience", true},
		{"Why do you keep changing the menus when basic search doesn't even work?", true},
		{"you marked my ticket solved. it is NOT fixed.", true},
		{"Please stop the service before you run the upgrade.", false},
		{"I was promised a loan laptop and it arrived today, thanks!", false},
		// rhetorical questions, broken promises, being passed around
		{"@Fonely how is this still not fixed after a month", true},
		{"@Streamzy and you wonder why people cancel. buffering every five minutes", true},
		{"SHIP the PATCH? But you promised it for this release!", true},
		{"Sat through 40 minutes of hold music only to be told to ring back tomorrow.", true},
		{"three different advisors have given me three different answers", true},
		{"Doesnt load any more. More then two weeks now.", true},
		{"tried the reset, nothing. or do i just give up?", true},
		{"the app is anything but smart, it forgets my login daily", true},
		{"How is the new layout still in beta? Looks finished to me.", false},
		{"You promised a demo on Friday, looking forward to it.", false},
		{"We tried three different cables before it synced, all good now.", false},
		{"Should I give up the old account once the new one is set up?", false},
		// asides and accusations
		{"@Shopco ordered the large, got the small. again.", true},
		{"my laptop froze mid call, what am I supposed to do now", true},
		{"Honestly you don't care about your customers at all", true},
		{"Another month, another price rise on my bill.", true},
		{"Please stop emailing me, I've unsubscribed 4 times", true},
		{"I've lost all my photos after the reset. Years of them.", true},
		{"Of course it goes down right before the match.", true},
		{"Problem solved by the night shift. Thanks a lot!", false},
		{"Obviously frustrating, I know. Let's get it fixed.", false},
		{"We care about our customers and want to make this right.", false},
		{"What am I supposed to enter in the second box?", false},
		// IRC-style
		{"why wont this stupid thing just connect", true},
		{"wtf that's actually really cool", false},
		{"been running it for 2 years without a single problem", false},
		{"argh, silly me, forgot to plug it in. works now", false},
		// staff voices and neutral timelines
		{"Is this urgent for you, or can it wait until Monday?", false},
		{"Our engineers have been notified and will fix this asap.", false},
		{"You must be so tired of this, sorry.", false},
		{"It's frustrating when an upload fails halfway, I know.", false},
		{"No more dropouts since Tuesday, thanks.", false},
		{"Can I restart it, or will I lose my work?", false},
		{"press the key twice in a row to select the word", false},
		{"it crashed twice in an hour, third time this week", true},
		// issue-thread shapes
		{"Is anybody going to triage this, or do we fork it?", true},
		{"Why was it locked? Nothing is fixed.", true},
		{"Lost an entire weekend to this upgrade.", true},
		{"Each new release breaks the importer. We can't keep patching it.", true},
		{"How many reports does it take before this gets fixed?", true},
		{"Closed without a fix again. Please reopen.", true},
		{"Really disappointed, this used to be rock solid.", true},
		{"This is getting pretty tiresome.", true},
		{"Each new release gets a short summary in the notes.", false},
		{"Disappointed it slipped, but the reasons make sense.", false},
		{"Closing this, it was fixed in the last release.", false},
		{"Is anybody going to the meetup on Friday?", false},
		// customer-care tweets
		{"@Cablo you say 2 days, your chat says 10. which is it?", true},
		{"@Roamtel capped at 2mb on an unlimited plan. make it make sense", true},
		{"@Skyjet I shouldn't have to ring 3 times to get my seat back", true},
		{"@Playhub refund me, the game doesn't even launch", true},
		{"@Trainly sat outside the station 30 mins with no explanation. great start to the week", true},
		{"@Postco marked delivered to an address that isn't mine. love that for me", true},
		{"@Appco fix the stupid login page", true},
		{"@Trainly great start to the week, the new timetable is much better", false},
		{"@Cablo which plan is best for two people?", false},
		{"You shouldn't need to restart it after this update.", false},
		// calm reports and polite follow-ups stay clean
		{"still no sound after the update :( any ideas?", false},
		{"Any update on this? No rush, just planning the upgrade. Thanks!", false},
		{"Still seeing this on 2.4, log attached.", false},
		{"@Tellco hi, is there an outage on the east side? no signal since noon", false},
		{"The worst case is a few seconds of lag, which is fine.", false},
		{"Am I the only one seeing the new icons? Just curious.", false},
	})
}
