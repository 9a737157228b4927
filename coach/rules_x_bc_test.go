package coach

import "testing"

// TestBlameWave3Shapes: blame as maintainers and help-desk writers put it
// in threads and notices (wave 3, our own sentences on those shapes), each
// beside the same words used harmlessly.
func TestBlameWave3Shapes(t *testing.T) {
	runFlagCases(t, Blame, []flagCase{
		// a warning pointed at after the loss (blame.for-a-reason)
		{"The restore prompt asks twice for this very reason.", true},
		{"There's a confirmation box for exactly this reason, and it was clicked through.", true},
		{"We added a second prompt for this very reason, so it can't happen again.", false},
		{"Is the export limit there for this very reason?", false},
		{"We postponed the rollout for a reason we can share on Friday.", false},
		// a habit that ends in the person's complaint (blame.then-complain)
		{"Please don't ignore the toner light for a week and then complain about faded pages.", true},
		{"Folks skip the update for months and then wonder why the VPN drops.", true},
		{"Some users close the warning and then blame IT when the laptop won't boot.", true},
		{"Feel free to test it and then complain to me if it still fails.", false},
		{"We restarted the server and then complained to the vendor about the outage.", false},
		// "why didn't you" about speaking up (blame.why-didnt)
		{"Why didn't you speak up in the planning meeting?", true},
		{"Why didn't you reply to the first email?", true},
		{"I wonder why didn't you get the reply, let me check the mail logs.", false},
		// asking again called pointless (blame.wont-make-faster)
		{"Pinging the thread every day won't make us fix it any sooner.", true},
		{"Asking the same question again will not get it done faster.", true},
		{"Restarting won't make the sync any faster; it runs every hour.", false},
		{"A bigger disk won't make the backup quicker, sadly.", false},
		// a person's damage counted (blame.nth-time-broken)
		{"This is the third time someone has unplugged the core switch.", true},
		{"Second time you've wiped the shared calendar this month.", true},
		{"This is the third time the update has broken my printer.", false},
		{"It's the second time I've deleted it by mistake, sorry!", false},
		// "until you changed it" (blame.until-you)
		{"The share worked fine until you renamed it.", true},
		{"The share worked fine until the rename last night.", false},
		// the fault and the work handed back (blame.fix-your)
		{"Fix your proxy settings and try again.", true},
		{"Please sort your dependencies out first.", true},
		{"To fix your connection, restart the router.", false},
		{"Let's fix your settings together, it takes a minute.", false},
		// a tale that sets the person's word against the finding
		// (blame.claimed-but, blame.of-course-he-had)
		{"He insisted the screen was dead, but he simply hadn't plugged it in.", true},
		{"She swore she hadn't changed a thing. Of course she had.", true},
		{"He said he'd be late, but he never turned up.", false},
		{"She said thanks. Of course she did, it was fixed in ten minutes.", false},
		// "a you problem" (blame.fault)
		{"Sounds like a you problem.", true},
		{"It looks like your problem is the cable.", false},
		// a culprit hunted and scolded (blame.whoever-should-have)
		{"Whoever uploaded that should have tested it first.", true},
		{"Whoever is on call should have access to the dashboard.", false},
		// the person's sense judged (blame.right-mind)
		{"Who in their right mind runs that as root?", true},
		{"No one in their right mind would blame you for that.", false},
		// the warning recalled (blame.told-you-so)
		{"We told you this would break.", true},
		{"You were told about this last cycle.", true},
		{"You were told the wrong date, sorry about that.", false},
		{"We told you it would arrive Monday, and it did.", false},
		// the bug handed to them (blame.fault)
		{"It's your bug.", true},
		{"It's your bug bounty report, not ours.", false},
		// users called liars (blame.users-insult)
		{"Users will happily tell you flat-out lies about what they clicked.", true},
		{"Customers don't lie about outages; believe the report.", false},
	})
}

// TestContradictionWave3Shapes: the report waved away as maintainers and
// agents put it (wave 3), each beside a harmless use of the same words.
func TestContradictionWave3Shapes(t *testing.T) {
	runFlagCases(t, Contradiction, []flagCase{
		// the person's account ruled wrong (contradiction.your-reading-wrong)
		{"Your assumption is simply wrong.", true},
		{"your whole premise is flawed", true},
		{"Your password is wrong; the reset link is on the sign-in page.", false},
		{"Your reading is correct, the limit is per user.", false},
		{"Sorry, my reading was wrong, you are right.", false},
		// our say-so against their idea of the cause (contradiction.trust-me-not)
		{"Trust me, that's definitely not it.", true},
		{"Trust me, the router isn't the cause. There's nothing to check there.", false},
		{"Trust me, it's not your fault.", false},
		{"Trust me, it is not hard once you've done it once.", false},
		// our side cleared to a fault report (contradiction.not-having-here)
		{"We're not having any issues with the portal on our end.", true},
		{"We aren't experiencing problems with sign-ins here.", true},
		{"We're not having any issues on our end, could you send a screenshot?", false},
		{"Glad we're not having any issues here anymore.", false},
		{"We're not having issues here yet, but the upgrade is tonight.", false},
		// their reading put down to misreading (contradiction.misunderstood)
		{"You have misunderstood what the option does.", true},
		{"You misread the docs.", true},
		{"Sorry if you misunderstood, that's on me.", false},
		{"I think you may have misread it, the docs are confusing.", false},
		// their claim ruled false (contradiction.your-reading-wrong)
		{"Your claim that it deletes files is false.", true},
		{"Your claim that it deletes files is correct, sadly.", false},
		// "that's not right": a denial, or sympathy (contradiction.not-right)
		{"No, that's not right.", true},
		{"That's not right, the invoice was sent on Monday.", true},
		{"Oh no! That's not right. I'm so sorry the courier left it in the rain.", false},
		// the product's record (contradiction.never-did)
		{"The app has never behaved like that.", true},
		{"My phone has never behaved like that before.", false},
		// the fault handed back in one breath (contradiction.yours-not-ours)
		{"That's your firewall, not our server.", true},
		{"This is your config, not ours.", true},
		{"It might be your firewall, not our server.", false},
		// our side declared fine (contradiction.device-fine)
		{"Our servers are fine.", true},
		{"Good news, our servers are fine now.", false},
		// disbelief, and a hedge about the reader (contradiction.disbelief)
		{"I don't believe you.", true},
		{"I don't believe you have access to that folder yet.", false},
		{"I don't believe you need to restart for that.", false},
		// the problem not seen (contradiction.dont-see, contradiction.disbelief)
		{"I fail to see the problem.", true},
		{"I can't see how that's possible.", true},
		// a flat verdict on the product (contradiction.nothing-to-fix)
		{"This is a non-issue.", true},
		{"Don't worry, it's a non-issue.", false},
		{"I request closing this as a non-issue.", false},
		{"No bug was found in the plugin.", true},
		{"No bugs found in the app after the fix, thanks for checking.", false},
		// "can't reproduce" with the door held open (contradiction.cant-reproduce)
		{"Can't reproduce this on the current release, closing.", true},
		{"I can't reproduce it, so I'm closing this for now; if it happens to you again I'd be glad to reopen and dig in.", false},
		// our run shared in full is a finding (contradiction.works-mine)
		{"Works fine on my machine.", true},
		{"Works fine here on the old tower; I'm attaching my boot log in case you want to compare.", false},
		// a guess at their machine, then closing (contradiction.must-be-yours-close)
		{"It must be your network. Will close.", true},
		{"It must be your network; will close the loop with the ISP tomorrow?", false},
	})
}
