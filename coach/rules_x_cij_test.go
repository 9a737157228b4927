package coach

import "testing"

// Shapes from the wave-3 audit of forum threads, GitHub replies, developer
// IRC and help-desk blogs (condescending, in-joke, jargon). Our own
// sentences: each shape has a positive and a near-miss that must stay clean.

// TestJargonDeveloperParts: parts of a developer's or a Linux desktop's
// toolbox named bare, and the same words in their everyday senses.
func TestJargonDeveloperParts(t *testing.T) {
	runFlagCases(t, Jargon, []flagCase{
		{"Attach the debugger and step through the login call.", true},
		{"The compiler drops that branch anyway.", true},
		{"It hangs before the display manager comes up.", true},
		{"Those machines run better as fat clients.", true},
		{"Half the lab netboots from the classroom server.", true},
		{"I wrapped the two steps in a shell script.", true},
		{"Only the renderer crashes, the rest of the app stays open.", true},
		{"Bump the number in the manifest file before you tag it.", true},
		{"My manager wants the report by Friday.", false},
		{"The script for the training video is on the shared drive.", false},
		// kernel modules, named by what is done to them
		{"Blacklist the module and reboot.", true},
		{"Those modules get loaded at boot, not later.", true},
		{"The sound module isn't there after the update.", true},
		{"The course modules load slowly on the old laptop.", false},
		{"Finish the first two modules of the safety training.", false},
		// crashes and disk areas, and the same words used plainly
		{"It segfaults as soon as I open a file.", true},
		{"The swap file filled the disk overnight.", true},
		{"Set the env variable before you launch it.", true},
		{"Try purging the package and installing it again.", true},
		{"Happy to swap files with you after lunch.", false},
		{"The package was left at reception this morning.", false},
	})
}

// TestJargonCodeNames: a dotted name from code or settings and the
// technical file endings of developer threads; web addresses, abbreviations
// and words run together by a missing space stay clean.
func TestJargonCodeNames(t *testing.T) {
	runFlagCases(t, Jargon, []flagCase{
		{"The value comes from app.settings.loadLocale, check it there.", true},
		{"Call store.fetchItems after the page loads.", true},
		{"Look at payments.gateway.retrytimeout in the settings.", true},
		{"Did you change core.properties or the defaults?", true},
		{"You don't have to touch boot.ipxe for this.", true},
		{"The colours live in theme.css.", true},
		{"The guide is at help.example.org, section two.", false},
		{"See docs.example.app for the steps.", false},
		{"Please bring e.g. a charger and a cable.", false},
		{"ok.thanks.bye", false},
		{"The file is report.final.pdf on the shared drive.", false},
	})
}

// TestCondescendingRepeatsAndSearchShame: counting how often something was
// said, a question said to be asked before, search-shame asked back as a
// question, and the same words used neutrally.
func TestCondescendingRepeatsAndSearchShame(t *testing.T) {
	runFlagCases(t, Condescending, []flagCase{
		{"As explained several times, the token lasts an hour.", true},
		{"As I have mentioned many times, the form needs a signature.", true},
		{"As mentioned in the release notes, the old app stops next month.", false},
		{"This question has been discussed before, check the FAQ.", true},
		{"The topic was discussed at Monday's team meeting.", false},
		{"The idea has been discussed before and we chose a different design.", false},
		{"It has been asked before whether we support tablets; we do.", false},
		{"This must be one of the most frequently asked questions here.", true},
		{"Our Frequently Asked Questions page lists the opening hours.", false},
		{"Why don't you search the forum for it?", true},
		{"Why don't you check the wiki first?", true},
		{"Why don't you look up the train times and I'll book the seats?", false},
		{"Why don't you read it out to me and I'll note it down?", false},
		{"A quick google search would have answered this.", true},
		{"Any sysadmin should know this.", true},
		{"Any beginner tutorial covers it.", true},
		{"The answer is literally the first line of the error.", true},
		{"This is trivially fixable if you read the log.", true},
		{"Have you considered reading the error message?", true},
		{"Have you considered checking the router's lights? They tell us a lot.", false},
		{"The instructions couldn't be clearer.", true},
		{"Booking a room couldn't be easier, there's a button on the home page.", false},
	})
}

// TestInJokeCompoundsAndQuips: the user-is-the-problem acronym glued into a
// compound, console folklore, and a restart said as a punchline, beside a
// plain restart request.
func TestInJokeCompoundsAndQuips(t *testing.T) {
	runFlagCases(t, InJoke, []flagCase{
		{"Lots of pebkac-related tickets after the rollout.", true},
		{"Another PEBKAC-type issue, closing.", true},
		{"Have you tried blowing on the cartridge?", true},
		{"Turn it off and on again, works most of the time.", true},
		{"Ah, the good old turn it off and on again.", true},
		{"Turn it off and on again and tell me what the screen shows.", false},
		{"Please blow the dust out of the fan with the can of air.", false},
	})
}

// TestJargonNetworkAndRuntimeInternals: the plumbing developers name in IRC
// meetings and mailing lists (anonymous-network routing, a program's memory
// and build, file fingerprints), and everyday words that look like them.
func TestJargonNetworkAndRuntimeInternals(t *testing.T) {
	runFlagCases(t, Jargon, []flagCase{
		{"The new release should stop the congestion collapse we saw last week.", true},
		{"Route it through a remailer first.", true},
		{"Half the floodfills dropped off overnight.", true},
		{"The tunnel pool is empty again after the restart.", true},
		{"It uses onion routing, so nobody sees both ends.", true},
		{"The garbage collector pauses everything for a second.", true},
		{"It throws on a null pointer when the field is empty.", true},
		{"Ship the jar file with the installer.", true},
		{"Compare the SHA256 of the download with the one on the site.", true},
		{"That bounce came from the mailer-daemon, not from us.", true},
		{"We had garlic bread and onion rings at the team lunch.", false},
		{"The bin collection is on Thursday this week.", false},
		{"There's a lot of congestion on the ring road this morning.", false},
	})
}

// TestCondescendingJustDeveloperSteps: "just" in front of a developer's
// step in IRC or an issue reply, beside "just" of time and an invitation to
// write back.
func TestCondescendingJustDeveloperSteps(t *testing.T) {
	runFlagCases(t, Condescending, []flagCase{
		{"sam: just grep the log for the error", true},
		{"You can just hardcode the path for now.", true},
		{"Just wrap it in a try block.", true},
		{"just pipe it through sort", true},
		{"Just apply the patch from the mailing list.", true},
		{"I just wrote the wrapper, give it a go.", false},
		{"We just applied the patch to the staging server.", false},
		{"Just write back if it happens again.", false},
	})
}

// TestCondescendingAboutUsers: help-desk stories that call the caller
// computer illiterate or not smart enough for the machine, beside the same
// words said modestly of oneself or of something else.
func TestCondescendingAboutUsers(t *testing.T) {
	runFlagCases(t, Condescending, []flagCase{
		{"The caller was completely computer illiterate.", true},
		{"Some people are not smart enough to own a laptop.", true},
		{"Honestly, some folks shouldn't be allowed near a keyboard.", true},
		{"You'd think a grown adult could find the power switch.", true},
		{"He's a few bytes short of a gigabyte.", true},
		{"I'm computer illiterate, so please bear with me.", false},
		{"Sorry, I'm not smart enough to work this router out.", false},
		{"Children shouldn't be allowed near the oven without an adult.", false},
		{"We're a few short of the target this month.", false},
	})
}

// TestInJokeMoreVariants: PICNIC in lower case before "error", "luser"
// glued into a compound, "man pages are your friend", "consider it a
// feature" and "it's always the users", beside the outing, a feature
// request and a remark about the label itself.
func TestInJokeMoreVariants(t *testing.T) {
	runFlagCases(t, InJoke, []flagCase{
		{"Picnic error, closing the ticket.", true},
		{"We're having a picnic at noon in the park.", false},
		{"Make the form luser-proof before launch.", true},
		{"Man pages are your friend.", true},
		{"Consider it a feature.", true},
		{"Please consider it a feature request for the next release.", false},
		{"Printer jammed again. It's always the users.", true},
		{"It's always the user who gets blamed, and that's not fair.", false},
	})
}

// TestJargonOfficeNetwork: office-network parts a help desk names, beside
// the same words in plain senses.
func TestJargonOfficeNetwork(t *testing.T) {
	runFlagCases(t, Jargon, []flagCase{
		{"Your files are on the mapped drive.", true},
		{"The network share is down for maintenance.", true},
		{"Log off the terminal server before you leave.", true},
		{"Your roaming profile didn't sync.", true},
		{"The captive portal never loads on my phone.", true},
		{"I rejoined it to the domain and it logs in now.", true},
		{"We rejoined the team after lunch.", false},
		{"Please share the drive details for the trip to Leeds.", false},
	})
}

// TestCondescendingSlowlyAskedFor: offering to explain slowly talks down;
// a requester asking to go slowly does not.
func TestCondescendingSlowlyAskedFor(t *testing.T) {
	runFlagCases(t, Condescending, []flagCase{
		{"Ok, I'll explain it slowly this time.", true},
		{"I'm new to this, so please go slowly with me.", false},
		{"Could you explain it to me slower?", false},
	})
}

// TestCondescendingHomework: mailing-list and forum lines that call the
// question lazy ("this is a FAQ", "this gets asked every week", "we won't
// do it for you"), beside a pointer to the FAQ page and an offer to do it.
func TestCondescendingHomework(t *testing.T) {
	runFlagCases(t, Condescending, []flagCase{
		{"This is a FAQ.", true},
		{"This gets asked every other week.", true},
		{"Show some effort first.", true},
		{"What have you tried? We're not going to do it for you.", true},
		{"That's Git 101.", true},
		{"That's a FAQ page you'll find under Help.", false},
		{"The question is asked every time we run the survey.", false},
		{"We can do it for you if you like.", false},
		{"Shall I do it for you?", false},
	})
}

// TestCondescendingAlreadyStated: an agent pointing back at what "we have
// already stated", beside telling what was already done or passed on.
func TestCondescendingAlreadyStated(t *testing.T) {
	runFlagCases(t, Condescending, []flagCase{
		{"We have already stated that the fee can't be refunded.", true},
		{"We've already advised you that the account is closed.", true},
		{"We have already advised the courier of the new address.", false},
		{"I've already mentioned it to my manager, she'll call you today.", false},
		{"We have already confirmed your refund.", false},
	})
}

// TestCondescendingReferBack: an agent sending the person back to an
// earlier reply instead of answering again, beside the writer re-reading.
func TestCondescendingReferBack(t *testing.T) {
	runFlagCases(t, Condescending, []flagCase{
		{"@sam Please refer to our previous tweet.", true},
		{"@sam Please re-read our last reply.", true},
		{"@sam Please read our message again.", true},
		{"I'll read your reply again tonight and get back to you.", false},
	})
}
