package coach

import "testing"

// TestBlameWildShapes: blame as maintainers, help-desk writers and chat
// helpers word it in real threads (our own sentences on those shapes), and
// the same words used harmlessly: a neutral cause, reassurance, self-blame.
func TestBlameWildShapes(t *testing.T) {
	runFlagCases(t, Blame, []flagCase{
		// damage pinned on the person (blame.you-broke)
		{"you mangled the settings file by editing it by hand", true},
		{"You botched the import, so the totals are off.", true},
		{"The import went wrong, so the totals are off.", false},
		// people who won't send or read (blame.users-insult)
		{"Hard to do anything for folks who refuse to attach a log.", true},
		{"Some folks never read the pinned post before asking.", true},
		{"People who won't be in the office can join by video.", false},
		// "what you did wrong" presupposed (blame.doing-it-wrong)
		{"Most callers know full well what they did wrong.", true},
		{"you're just holding it wrong", true},
		{"Let's find out what went wrong.", false},
		// not paying attention (blame.careless, blame.because-you)
		{"you're not listening", true},
		{"It failed because you weren't paying attention to the prompt.", true},
		{"I wasn't paying attention to the prompt either, sorry.", false},
		// repeat posting and frequency (blame.admonish-stop)
		{"Please stop opening a new ticket every hour.", true},
		{"Stop spamming the tracker with the same question.", true},
		{"Please stop by the desk when you're free.", false},
		// no logs, no help (blame.tracker-policing)
		{"No log attached, no support. Closing.", true},
		{"No logs yet, could you attach them when you can?", false},
		// the act tied to the damage (blame.cause, blame.you-didnt-so)
		{"you pasted your password into the public channel, that was the problem", true},
		{"We told everyone to save first. You didn't, so the draft is gone.", true},
		{"You didn't, so no action is needed on your side.", false},
		{"If you didn't, no worries, it saves on its own.", false},
		// read-first policing, not a first step (blame.search-first)
		{"Please search the forum first.", true},
		{"If it happens again I'd check the cable first.", false},
		{"You could check the power cable first.", false},
		// the lapse first, then "that's why" (blame.thats-why)
		{"you overwrote the template, that's why the logo is gone", true},
		{"Seems you never renewed the certificate, which is why the site warns.", true},
		{"You renewed the certificate, which is why the warning went away.", false},
		{"You didn't get the invite, that's why I'm sending it again.", false},
		{"If you skipped the last step, that's why it stopped.", false},
		// a habit "the whole time" (blame.all-along)
		{"You were pressing the sleep key the whole time.", true},
		{"You were waiting the whole time, sorry about that.", false},
		// hunting a culprit (blame.who-broke)
		{"who broke the build?", true},
		{"I don't know who broke it, let's just fix it.", false},
		{"Who broke the news to the team?", false},
		// sarcastic credit (blame.thanks-to-you)
		{"thanks to your change, nothing builds", true},
		{"Thanks to your quick reply, nothing was lost.", false},
		// an accusing tag question (blame.tag-question)
		{"you didn't read the release notes, did you?", true},
		{"You deleted it, didn't you?", true},
		{"You received the email, didn't you?", false},
		{"Did you save it, or did you close without saving?", false},
		// a user's slip told as a habit (blame.as-usual)
		{"The customer had unplugged the monitor, as usual.", true},
		{"The user had deleted it by accident; we restored it.", false},
		{"The problem was that the caller had never switched the monitor on.", true},
		{"The problem was that the user had a slow connection.", false},
		// chat spellings and more ways to pin it on the person
		{"its ur own fault", true},
		{"u shouldve backed it up", true},
		{"u should have received a code", false},
		{"You misconfigured the router.", true},
		{"you set the wrong date, that's why", true},
		{"You set the right date, that's why it works.", false},
		// a mishap to the person's own things, the mess they made, when it started
		{"you wiped your own profile when you ran that cleanup tool", true},
		{"You can delete your own messages.", false},
		{"You made the mess, so you clean it up.", true},
		{"the whole mess started when you renamed the folder", true},
		{"It worked for months until you started tweaking the settings.", true},
		{"It started when we renamed the folder, our mistake.", false},
		{"People who don't read the install guide end up here every week.", true},
		{"People who don't have a laptop can borrow one.", false},
		// conduct labelled, threads without searching, "next time you will"
		{"Posting the same question five times is rude.", true},
		{"Not reading the guide is rude.", true},
		{"Asking is never rude.", false},
		{"Nothing about asking twice is rude.", false},
		{"I'm tired of people who open threads without searching.", true},
		{"maybe next time you will search before you post", true},
		{"Next time you'll get a reminder email.", false},
		{"it's the ancient phone you insist on using", true},
		{"joe: works fine here, must be something you did", true},
		{"no idea what you did but a clean install doesnt do that", true},
		{"I have no idea what's causing it yet, can you paste the output?", false},
		{"ray: the driver is fine, you picked the wrong one from the list", true},
		{"ray: that driver should work, which one did you pick from the list?", false},
		// fifth-batch shapes: maintainers, mailing lists, help-desk stories
		{"please check the archives before reopening it", true},
		{"Closing: a skin you added yourself is behind this.", true},
		{"This was caused by a setting you might not know about.", false},
		{"We can't debug what you won't let us see.", true},
		{"We can't fix it unless you send the log.", false},
		{"The crash only happens because you're loading two copies of the library.", true},
		{"The crash only happens on older phones.", false},
		{"Turns out she'd been saving everything to the recycle bin for a month.", true},
		{"The virus was a browser toolbar he installed himself.", true},
		{"You can install it yourself from the portal.", false},
		{"He installed it himself, which is totally fine.", false},
		{"@gus_b Your payment failed because the card expired, which you were emailed about", true},
		{"the fix is already in, you just haven't updated", true},
		{"When a hand edit breaks it, that's a mistake on your side, not ours.", true},
		{"It wasn't a mistake on your part at all.", false},
		// own typo, not paying attention, told you so
		{"Blaming the app for your own typo is a bit much.", true},
		{"I told you it wouldn't work.", true},
		{"I told you it would arrive on Monday, and it did.", false},
		// a lecture after an issue number (blame.next-time-do)
		{"Duplicate of #88. Next time search first.", true},
		{"Next time, post in the forum.", true},
		{"Next time check in with me before the call.", false},
		// "Your problem isn't..." is not "that's your problem" (blame.fault)
		{"Your problem isn't hard to fix, here's how.", false},
		{"That's your problem, not mine.", true},
	})
}

// TestContradictionWildShapes: dismissals of a report as real threads word
// them, and the same words used harmlessly: a question, a fix, a cause named,
// a check shared, an apology.
func TestContradictionWildShapes(t *testing.T) {
	runFlagCases(t, Contradiction, []flagCase{
		// turning down a request is not denying a report (contradiction.wrong)
		{"I'm afraid that's not possible today, but Thursday works.", false},
		{"Unfortunately that's not possible on the free plan.", false},
		{"That's just not true, the invoice went out on Monday.", true},
		// our own result set against the report (works-mine, fine-here)
		{"The installer runs perfectly on my machine.", true},
		{"The page loads fine over here.", true},
		{"fine here", true},
		{"Can't see any problem.", true},
		{"no issues here, happy to help", false},
		{"Fine here, thanks!", false},
		// a bare verdict after our own look (nothing-wrong-alone)
		{"Had a look, nothing wrong.", true},
		{"You did nothing wrong.", false},
		{"Nothing wrong with the way you set it up, the sync service was down.", false},
		// monitoring or the service set against the report (status-green)
		{"Our status page shows all green, so the service is up.", true},
		{"There is no outage in your area.", true},
		{"Our status page shows all green, but let's check your account.", false},
		{"The server is up again, sorry for the wait.", false},
		{"Our site is up and running after maintenance.", false},
		{"@jen_k There are no known issues in your area at the moment.", true},
		{"Our network is running normally in your area.", true},
		{"@jen_k There are no known issues in your area, could you DM us your postcode?", false},
		// the first or only reporter (dont-see)
		{"You're the only user seeing this, so it's unlikely to be the app.", true},
		{"We don't have any other reports of this.", true},
		{"You are the first to report this, thank you!", false},
		{"We've had no complaints since the fix went in.", false},
		{"We haven't received any reports of problems with the app.", true},
		{"We haven't received any reports of problems yet, could you send a screenshot?", false},
		// our side cleared by a conclusion (not-ours-so, must-be-yours-close)
		{"Works on every machine here, so it isn't the installer.", true},
		{"Must be your laptop. Closing this ticket.", true},
		{"It must be the router; let's restart it together.", false},
		// the report called no report (actual-bug)
		{"Closing, there's nothing here. Come back once you hit a genuine bug.", true},
		{"If you find a real bug, feel free to reopen.", false},
		// the person's account of the cause ruled out (nothing-would, we-dont-lose)
		{"Nothing we shipped last week could have wiped a folder.", true},
		{"Nothing you did would have caused this.", false},
		{"The email went out, we don't lose emails.", true},
		{"We don't lose emails, so if one went missing let's check the spam filter.", false},
		// flat claims and corrections
		{"It definitely sent. Check your spam.", true},
		{"I definitely sent the form yesterday.", false},
		{"Your reading of the log is wrong, the job finished fine.", true},
		{"your numbers are wrong", true},
		{"It's the other way round.", true},
		{"It's the other way round on a Mac: Cmd instead of Ctrl, as you guessed?", false},
		{"no, thats not how the router works", true},
		{"That's not how it should work, I'll raise it.", false},
		{"That's not how the export works on phones, sadly; here's the web option.", false},
		{"you're confusing the tunnel with the peer", true},
		{"you're mixing the blue and red cables with the grey one", false},
		{"There is no such bug.", true},
		{"It has never had that option, so no.", true},
		{"I've never had that error before.", false},
		{"Closing for lack of details, and it's unrelated to our plugin anyway.", true},
		{"Nope, the export works. I just ran it.", true},
		{"No, it's not.", true},
		{"No, it's not urgent.", false},
		{"I'm afraid you're mistaken there, mate", true},
		// our side cleared, theirs blamed (not-x-its-your, denial)
		{"it's not the router's fault, it's your bandwidth settings", true},
		{"our network is fine, its your router", true},
		{"It's not the app, it's your router, can you restart it?", false},
		// our own run named after the verdict (works-tested), fiat (end-of-story)
		{"The upload works, I tested it five minutes ago.", true},
		{"It works if you restart, I tested it.", false},
		{"It worked fine, I checked it before the update.", false},
		{"the tests pass, end of story", true},
		{"nope, loads instantly here", true},
		{"Nothing's broken, you're looking at the wrong tab.", true},
		{"That's not how it's meant to work; I'll log a bug.", false},
		{"the tracking says delivered, so it was delivered", true},
		{"It was paid on Monday, so it was processed before the cut-off, good news!", false},
		// third-batch shapes: the product's record, "exactly as documented",
		// a named product, "never went down", "fine; it's the phone"
		{"The app has never crashed like that in testing.", true},
		{"My phone has never crashed like this before.", false},
		{"The feature works exactly as documented.", true},
		{"It works as documented, but I agree the docs are confusing; here's a workaround.", false},
		{"This is not a problem with Notely.", true},
		{"This is not a problem with Notely, it's a known Windows bug; here's the workaround.", false},
		{"kim: no, the mirror never went down", true},
		{"The app is fine; it's the ancient phone.", true},
		{"the app is fine, nothing to worry about", false},
		{"We've checked on our end and there's nothing wrong with your order.", true},
		{"We've fixed it, nothing wrong with it now.", false},
		{"Sorry, but that is simply not what happened.", true},
		// fourth-batch shapes: tweets and chat support
		{"@mia_k our app hasnt changed in weeks, it must be your phone settings", true},
		{"@mia_k Nothing has changed on our side this week, so could you tell us which phone you're on?", false},
		{"@lia_s the delay is on the courier side, not ours", true},
		{"@tom_b We've had thousands of customers use this feature without any issue", true},
		{"Thousands of customers use this without any issue, but let's look at yours.", false},
		{"sue: nope, that package never touches your home folder", true},
		{"No, the update doesn't delete your photos, don't worry.", false},
		{"nope it doesnt change anything, still broken", false},
		{"it works for literally everyone else in here", true},
		{"a clean install doesnt do that", true},
		{"works fine on the new release here", true},
		{"I have to disagree: nothing in this patch touches the scheduler.", true},
		{"Nothing in this update changes your saved files, so you're safe.", false},
		{"The regression is in your distro's build, not upstream.", true},
		{"The problem is on your end, not mine.", false},
		{"There was never anything wrong with the tablet.", true},
		{"That's totally fine.", false},
		{"no repro here", true},
		// chat spellings and "just you"
		{"works fine 4 me", true},
		{"it's not down, it's just you", true},
		{"it's working for everyone but you", true},
		{"everyone else is fine", true},
		{"it's just you and me on the call", false},
		{"Is it just you?", false},
		{"your config is wrong", true},
		// the meme belongs to in-joke; a plain report keeps the contradiction
		{"Works on my machine!", false},
		// a shared check is not a bare denial (isnt)
		{"The printer isn't broken; the tray needs the guides moved in. Here's a photo.", false},
	})
}
