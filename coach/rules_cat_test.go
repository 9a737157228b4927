package coach

import (
	"slices"
	"testing"
)

// flagCase is a message and whether one category must be found in it. Unlike
// categoryCase, a near-miss only has to stay clear of that category: "DNS"
// in a contradiction near-miss may still be jargon.
type flagCase struct {
	text string
	want bool
}

// runFlagCases judges each text alone, as `rapport check` does, for category c.
func runFlagCases(t *testing.T, c Category, tests []flagCase) {
	t.Helper()
	a := newTestAnalyzer(t)
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := categoriesOf(a, tt.text, Context{})
			if has := slices.Contains(got, c); has != tt.want {
				t.Errorf("got %v, want %s: %v", got, c, tt.want)
			}
		})
	}
}

// TestContradictionRealLanguage: the ways real support replies wave a report
// away ("works fine for me", "can't reproduce, closing", "the problem is on
// your end", "not a bug"), and the same words used harmlessly.
func TestContradictionRealLanguage(t *testing.T) {
	runFlagCases(t, Contradiction, []flagCase{
		// our own check set against the report
		{"Runs fine for me on a clean install.", true},
		{"Hmm, it loads just fine on my end.", true},
		{"Printing works perfectly here.", true},
		{"Odd, works for me... make sure you're on the latest build.", true},
		{"It always works for me.", true},
		{"It's working just fine.", true},
		{"Mine still works.", true},
		{"Nope, it works.", true},
		{"Friday works fine for me.", false},
		{"That works for me, thanks!", false},
		{"Works for me.", false},
		{"Works fine for me now, thanks for the quick fix!", false},
		{"It worked fine for me until last week's update.", false},
		{"The old version was fine for me, the new one keeps crashing.", false},
		{"It works fine for me on Wi-Fi but not on mobile data.", false},
		{"Once you restart, it should work fine for you.", false},
		{"No, it's working now, thanks.", false},
		// "can't reproduce" closing the matter, or standing alone
		{"Cannot reproduce, closing.", true},
		{"Couldn't replicate it here. Closing this ticket.", true},
		{"Can't reproduce.", true},
		{"I can't reproduce it yet, could you send a screenshot?", false},
		{"We couldn't reproduce this so far; please share the steps you took.", false},
		// the fault put on the person's side without a shared check
		{"The problem is on your end.", true},
		{"That's an issue with your router, not us.", true},
		{"It's something on your side.", true},
		{"If the page still won't load, the issue might be with your browser.", false},
		{"Is the problem on your end or ours?", false},
		{"We found the issue with your account and fixed it.", false},
		{"Nothing is needed on your end, we'll handle it.", false},
		// ruling the report out
		{"That's not really a bug.", true},
		{"Everything is working as intended.", true},
		{"It's not our problem.", true},
		{"That has nothing to do with our app.", true},
		{"Not a bug, it's a feature!", false},
		{"This is not a bug report template, sorry.", false},
		{"Sorry, it's not a big problem to fix, I'll do it today.", false},
		{"It isn't a bug in your setup; we broke it and we're fixing it.", false},
		// flat denials and "we changed nothing"
		{"Wrong.", true},
		{"Nope, wrong.", true},
		{"Wrong password.", false},
		{"Something's wrong.", false},
		{"We didn't make any changes to your mailbox.", true},
		{"We haven't made any changes yet, so nothing on your side will move.", false},
		// a report that stops working, by the person having the trouble
		{"Everything was working fine until this morning.", false},
		// "by design", "I don't see a problem", "no one else has it"
		{"Closing as won't fix.", true},
		{"That's by design.", true},
		{"That's just how it works.", true},
		{"It's by design, but I see why it's confusing; here's how to turn it off.", false},
		{"I don't see any problem.", true},
		{"Nobody else has reported this.", true},
		{"You're the only one.", true},
		{"I don't see any errors in the logs yet, could you send a screenshot?", false},
		{"You're the only one with admin access on that laptop.", false},
		{"Everything looks fine on our end.", true},
		{"There's no mechanism for locking accounts.", true},
		{"There's no way to delete the account from the app, so email us and we'll do it.", false},
		{"We're not seeing any issues on our end.", true},
		{"We don't see any problems on our side.", true},
		{"I've tried it five times and it worked every time.", true},
		{"I tested it, it works.", true},
		{"I tested it after the patch and it works now.", false},
		{"You never called us.", true},
		{"The server was never down.", true},
		{"We have no record of that.", true},
		{"If you say so.", true},
		{"That's your opinion.", true},
		{"There is no such command.", true},
		{"That's a myth.", true},
		{"Nah, that's not the issue.", true},
		{"I think you're mistaken.", true},
		{"You're confusing two different things.", true},
		{"Check again, it's there.", true},
		{"That's not the issue I meant, sorry, it's the other printer.", false},
		{"It's there now, give it a refresh.", false},
		{"That's not the problem, but it's related: the disk is full.", false},
		{"Your network is the problem here, not our servers.", true},
		{"Your environment is broken, reinstall Python.", true},
		{"It's your antivirus blocking it, not our app.", true},
		{"Invalid. Please read the contributing guide.", true},
		{"Your account is set up and ready to go.", false},
		{"It's your laptop, so you choose the wallpaper.", false},
		{"Your computer is fine.", true},
		{"I don't see anything wrong.", true},
		{"Your computer is fine now, the update finished.", false},
		{"The printer is fine, it just needed paper.", false},
		{"works here on 22.04", true},
		{"no it doesnt", true},
		{"It works here on Wi-Fi but not on the office network.", false},
		{"We have no record of that order yet, could you send the number?", false},
		{"You never called back yesterday, so I'll try you again now.", false},
		{"Not true.", true},
		{"Wrong, it uses UDP.", true},
		{"That's incorrect.", true},
		{"Wrong, sorry, I meant Tuesday.", false},
		{"That's wrong of me, I should have checked.", false},
		{"Not true for the Mac version, which needs the newer installer?", false},
		{"Unfortunately there's no way to recover it, but I can restore last night's copy.", false},
	})
}

// TestBlameRealLanguage: blame as real replies put it (the missed route, the
// person's side named as the cause, scolding the report or the tone, blame
// dressed as policy), and the same words used harmlessly.
func TestBlameRealLanguage(t *testing.T) {
	runFlagCases(t, Blame, []flagCase{
		// the route not taken
		{"You could've just asked in the team channel.", true},
		{"People keep opening tickets for answers they could have found on the wiki.", true},
		{"You could have worked that out without calling me.", true},
		{"You could have lost everything, so I'm glad the backup worked.", false},
		{"If you'd like, you could have a look at the new dashboard.", false},
		{"We could have warned you sooner, sorry about that.", false},
		{"You could have told me about the fee before charging me.", false},
		{"should of not unzipped it", true},
		{"She should have just used the shared drive.", true},
		{"It should have arrived by now, let me chase it.", false},
		{"You should of received a code by text.", false},
		// the person's doing named as the cause
		{"Looks like you did something to your proxy settings.", true},
		{"It was fine until you messed with it!", true},
		{"Did you do something weird to it?", true},
		{"We'll work out what you're doing wrong.", true},
		{"We'll figure out what you did wrong.", true},
		{"The trouble was that you were trying to print to the old printer.", true},
		{"Don't worry, you didn't do anything wrong.", false},
		{"Could you show me what you did when it froze?", false},
		{"The problem you're describing is on our list.", false},
		// fault words
		{"Classic user error.", true},
		{"Skill issue, honestly.", true},
		{"This wasn't user error, the form really was broken.", false},
		{"The new form catches user errors before you submit.", false},
		{"I blame the users.", true},
		{"I don't blame you at all, the menu is confusing.", false},
		{"That was your responsibility.", true},
		{"It's not your responsibility to patch it, we'll do it.", false},
		// scolding the report or the tone
		{"You have provided almost no information.", true},
		{"You've given us very little detail to go on.", true},
		{"Thanks, you've given us plenty to go on.", false},
		{"No need for this tantrum.", true},
		{"Do not open duplicate tickets for the same fault.", true},
		{"Please stop bumping the thread.", true},
		{"Sorry for the hassle, I understand your frustration.", false},
		{"Search the forum before posting next time.", true},
		{"I searched the forum before posting, nothing came up.", false},
		{"Next time, use the form on the portal.", true},
		{"Next time it happens, send a screenshot.", false},
		{"Next time you're in, drop by the desk.", false},
		// slips stated as verdicts
		{"It jammed because you can't follow directions.", true},
		{"You also forgot to switch the paper type.", true},
		{"If you forgot to switch the paper type, that's fine, it's easy to miss.", false},
		{"You can't just delete the folder and expect the app to work.", true},
		{"What did you expect to happen when you clicked Save?", false},
		{"If the files mattered, they should have been backed up.", true},
		{"Your files should have been backed up automatically overnight.", false},
		{"You're so clueless about this.", true},
		{"You're not supposed to install your own apps.", true},
		{"That's why you should always back up first.", true},
		{"Did you actually read the email?", true},
		{"You're not supposed to pay for it, the licence is covered.", true},
		{"If you're not sure, you're allowed to ask us anytime.", false},
		{"It isn't broken, you just didn't plug it in.", true},
		{"You wired it up backwards.", true},
		{"Don't worry if you set it up wrong, the wizard is confusing.", false},
		{"Stupid users again.", true},
		{"Users never read the banner.", true},
		{"Classic case of the user being the problem.", true},
		{"You should never have installed that.", true},
		{"You waited too long to report it.", true},
		{"You really need to start backing up your files.", true},
		{"Maybe next time read the email.", true},
		{"Because someone didn't read the instructions.", true},
		{"Your bad.", true},
		{"Don't blame us for your own mistakes.", true},
		{"Stop blaming the software.", true},
		{"You're running an ancient version, no wonder it breaks.", true},
		{"No wonder I couldn't log in, the server was down!", false},
		{"No wonder you're frustrated, the form really is broken; sorry.", false},
		{"I'm not saying it's your fault, but you did click it.", true},
		{"Your commit broke the build again.", true},
		{"You obviously didn't test it.", true},
		{"That was a stupid move.", true},
		{"Your update broke my phone, fix it!", false},
		{"No such thing as a silly question.", false},
		{"You haven't tested it yet, right?", false},
		{"That's what backups are for.", true},
		{"You chose to ignore the update for three months.", true},
		{"You never have to restart it yourself, it updates overnight.", false},
		{"You really need to restart it once the update lands, then it's done.", false},
		{"You should have access now, try again.", false},
		{"You should never have to type the password twice; I'll look into it.", false},
		{"The user is the problem owner for this ticket, so I've assigned it to her.", false},
		{"Users aren't stupid, the banner is just easy to miss.", false},
		{"Why would you run it as an admin?", true},
		{"you borked your install", true},
		{"Don't flood the channel.", true},
		{"You've been told three times already.", true},
		{"Please don't open tickets without reading the FAQ first.", true},
		{"Don't post here without looking at the wiki.", true},
		{"You can find it without reading the whole manual: it's on page 2.", false},
		{"Don't feel like you're stupid, this menu confuses everyone.", false},
	})
}

// TestCondescendingRealLanguage: minimisers on any step, pointing back at
// what was said before, "doesn't seem complicated", "calm down", pet names,
// and the same words used harmlessly.
func TestCondescendingRealLanguage(t *testing.T) {
	runFlagCases(t, Condescending, []flagCase{
		{"Just modify the config file and restart.", true},
		{"Simply tunnel the port through the gateway.", true},
		{"Next time try simply asking on the forum.", true},
		{"Just want to check you got the new badge.", false},
		{"Next time it happens, just ping me.", false},
		{"Simply put, the server is down.", false},
		{"That's clearly our fault, sorry about that.", false},
		{"Read the docs.", true},
		{"We told you yesterday, install the driver first.", true},
		{"Learn to use Google.", true},
		{"The answer is literally in the FAQ.", true},
		{"The answer is in the FAQ, question 4: https://example.com/faq", false},
		{"Read the docs here, section 4 covers it: https://example.com/docs", false},
		{"I just modified the config, can you try again?", false},
		{"As we said, running it as admin isn't supported.", true},
		{"Check the cable again as previously asked.", true},
		{"As mentioned before, the VPN has to be on first.", true},
		{"As mentioned in the invite, the meeting moved to 3pm.", false},
		{"This doesn't really seem like a complicated issue.", true},
		{"It's not a difficult fix.", true},
		{"It's not as easy as it looks, so give me a few minutes.", false},
		{"Should be easy as pie then!", true},
		{"It's as easy as clicking the blue button.", true},
		{"It's easy to overwhelm people with options.", false},
		{"Calm down, it's only a printer.", true},
		{"No need to shout.", true},
		{"No need to panic, your files are safe.", false},
		{"Please don't panic, we have backups.", false},
		{"Sit back and relax while it installs.", false},
		{"Relax in the lounge while we set it up.", false},
		{"Amateur.", true},
		{"Okay, sweetie, let's try that again.", true},
		{"I'm a total newbie with this app.", false},
		{"Here's a beginner guide for new users.", false},
		{"Again: click Start first.", true},
		{"Please check again: the link is below.", false},
		{"It literally says the password expired.", true},
		{"Learn how to use recovery mode here: https://example.com/guide", false},
		{"Did you read the FAQ?", true},
		{"Have you looked at the setup guide?", true},
		{"Have you looked at the new section on printers in the guide?", false},
		{"This has been asked many times.", true},
		{"This has been reported before and we're working on it.", false},
		{"Duh, it needs power.", true},
		{"Duh, my mistake, I had the wrong account.", false},
		{"Basic computer skills would help here.", true},
		{"Don't ask to ask, just ask.", true},
		{"Just sudo apt-get install it.", true},
		{"It's a simple fix.", true},
		{"All it takes is a quick restart.", true},
		{"It's as simple as turning it off and on.", true},
		{"You can easily change this in Settings.", true},
		{"Piece of cake: open the app and tap Sync.", true},
		{"That's all there is to it!", true},
		{"It's easily missed, the toggle is tiny.", false},
		{"We can easily swap the laptop for you.", false},
		{"All you need is your staff number and we'll do the rest.", true},
		{"It's not as simple as it looks.", false},
		{"It's really that easy.", true},
		{"Let me explain it slowly.", true},
		{"It's not a simple fix, so give me an hour.", false},
		{"The laptop is loading slowly today.", false},
		{"That's an easy mistake to make.", false},
	})
}

// TestInJokeRealLanguage: techie memes in their many spellings, a fault
// called a feature, and the same words used plainly.
func TestInJokeRealLanguage(t *testing.T) {
	runFlagCases(t, InJoke, []flagCase{
		{"Have you tried turning the whole office off and on again?", true},
		{"Have you tried turning your brain off and on again?", true},
		{"Could you turn the router off, wait ten seconds, and turn it back on?", false},
		{"rtfml", true},
		{"Did you turn it off and on again?", true},
		{"Did you turn it off?", false},
		{"Someone needs some RTFMing.", true},
		{"Google is your friend.", true},
		{"Use the source, Luke.", true},
		{"Google Workspace is your new mail system from Monday.", false},
		{"Classic problem in the chair.", true},
		{"Loose nut behind the keyboard, I reckon.", true},
		{"The chair in meeting room 2 has a problem with its wheel.", false},
		{"Crashing on startup is a feature now, apparently.", true},
		{"It's a feature :)", true},
		{"It's not really a feature either :)", true},
		{"That's a feature we turned on last week.", false},
		{"Dark mode is a feature of the new version.", false},
		{"The crash is fixed, and the export is a new feature.", false},
		{"Smells like a ghost in the machine.", true},
		{"Hit the any key.", true},
		{`Honestly, the "works on my machine" meme does nobody any favours.`, false},
		{`The problem with "RTFM" is that it tells people not to ask.`, false},
		{"Not a bug, a feature.", true},
		{"Read the f***ing manual.", true},
		{"The manual covers this on page 12.", false},
	})
}
