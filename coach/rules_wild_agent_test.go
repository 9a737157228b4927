package coach

import "testing"

// The wild wave's promise, robotic and no-problem shapes: how maintainers,
// care agents and IRC helpers really word a commitment or a stock line, and
// the same words used harmlessly. Our own sentences, built on shapes read in
// public issue threads, support playbooks and chat logs.

func init() {
	// TestRuleCases wants table cases for every promise rule; the two
	// rules this wave adds keep theirs here, beside the shapes they cover.
	ruleCases["promise.handed-on"] = struct{ hit, miss []string }{
		hit: []string{
			"I've escalated this to our billing team, they'll call you tomorrow.",
			"We passed your case to our engineers and they will email you by Friday.",
		},
		miss: []string{
			"I've passed it to the courier, they'll contact you tomorrow.",
			"I sent it to our team but they will not be in until Monday.",
		},
	}
	ruleCases["robotic.queue-recording"] = struct{ hit, miss []string }{
		hit: []string{
			"We're experiencing higher than normal call volumes.",
			"Your call will be answered in the order it was received.",
		},
		miss: []string{
			"We had unusually heavy rain and the volume of calls went up.",
			"They said the calls are answered in the order received, is that true?",
		},
	}
	ruleCases["promise.release-plan"] = struct{ hit, miss []string }{
		hit: []string{
			"This is planned for the next release.",
			"Targeting this for the next minor release.",
			"The next version will contain the fix.",
		},
		miss: []string{
			"Is this planned for the next release?",
			"The meeting is scheduled for next week.",
			"I heard the next version will contain dark mode.",
		},
	}
	ruleCases["promise.to-follow"] = struct{ hit, miss []string }{
		hit:  []string{"More details to follow.", "An update to follow shortly."},
		miss: []string{"The update to follow the guide is on the wiki.", "Details to follow? Any idea when?"},
	}
	ruleCases["promise.can-then"] = struct{ hit, miss []string }{
		hit: []string{
			"I can take a look after lunch.",
			"We can have an engineer out to you on Thursday.",
		},
		miss: []string{
			"Please DM us so we can take a look.",
			"I can look at it now.",
			"Can I bring it in tomorrow?",
			"I could do Friday or Monday, whichever suits.",
		},
	}
	ruleCases["promise.leave-with-me"] = struct{ hit, miss []string }{
		hit:  []string{"Leave it with me.", "Ok, leave this with me."},
		miss: []string{"Please leave it with me at reception.", "You can leave it with me if you like."},
	}
	ruleCases["promise.on-return"] = struct{ hit, miss []string }{
		hit:  []string{"I will respond immediately as soon as I return."},
		miss: []string{"When I return the office will be closed.", "Will you reply when you're back?"},
	}
	ruleCases["promise.when-answer"] = struct{ hit, miss []string }{
		hit:  []string{"This week.", "Sure, tomorrow morning."},
		miss: []string{"See you tomorrow.", "It happened last week.", "When is the meeting? Tomorrow.", "Next week probably."},
	}
	ruleCases["promise.next-release"] = struct{ hit, miss []string }{
		hit: []string{
			"thx for the report, fixing it in the next build",
			"Good idea, adding it for the upcoming release.",
		},
		miss: []string{
			"are you fixing this in the next release?",
			"Maybe fixing it in the next version, not sure yet.",
		},
	}
}

func TestPromiseWildLanguage(t *testing.T) {
	runFlagCases(t, Promise, []flagCase{
		// chat drops the subject; "have a look" is an action
		{"thanks, will have a look at it tonight", true},
		{"Noted, will add it to the FAQ this week.", true},
		{"will have to wait for the vendor on that one", false},
		{"Will have the same problem on the Mac, I expect.", false},
		// an IRC action line speaks of the writer in the third person
		{"* tomasz will write up the notes after the meeting", true},
		{"* tomasz waves", false},
		// the team's release, promised
		{"The fix will go out with the next app update.", true},
		{"I think the fix will go out next week, but it's not my call.", false},
		// the team's action in the passive
		{"The replacement will be dispatched today.", true},
		{"The replacement will be dispatched by the supplier, so ask them.", false},
		// the writer's own people, named just before "they"
		{"@emmaj I've escalated this to our senior team, they'll contact you tomorrow ^MR", true},
		// waiting to see is not a commitment
		{"We'll see how it goes after the weekend.", false},
		// done while the person waits in the chat
		{"ren: i'll check, one moment", false},
		{"will look, one sec", false},
		{"I'll check with the warehouse and come back to you.", true},
		// care-tweet macros: the team named, then "they"; a call promised
		{"@abc123 We've let the team know and they'll be in touch.", true},
		{"We've let the courier know and they'll be in touch.", false},
		{"I let the team know, they will decide.", false},
		{"You'll receive a call from our team within the hour.", true},
		{"You'll get an email from the courier tomorrow.", false},
		{"Our tech will arrive between 2 and 4 pm.", true},
		// chat drops the subject of "gonna" / "going to" too
		{"gonna try reinstalling", true},
		{"going to try a different cable", true},
		{"going to be a long day", false},
		{"Going to bed, night all", false},
		{"gonna happen again tomorrow I bet", false},
		// states and hedges
		{"I'll be back on Monday.", false},
		{"I'll be back in touch tomorrow.", true},
		{"If I have time I'll look at it tomorrow.", false},
		{"I'll try, but no promises.", false},
		{"I'll leave it there for today.", false},
		{"I'll let you decide.", false},
		{"@u1 We'll keep this thread open in case you need us. ^KT", false},
		{"We'll keep you posted on the thread.", true},
		// maintainers' headline style
		{"PR incoming.", true},
		{"Release coming this week.", true},
		{"Releasing tomorrow.", true},
		{"looking at it tomorrow", true},
		{"It'll be in the next nightly.", true},
		{"Release coming soon?", false},
		{"Testing tonight was fine, no errors.", false},
		{"Looking forward to tomorrow's call.", false},
		{"Incoming call from the helpdesk, brb.", false},
		// a hedge or a question counts in the promise's own clause only
		{"We'll send a replacement today, hopefully it arrives by Friday.", true},
		{"I'll look at it tomorrow, ok?", true},
		{"I'll update the ticket once I hear back, maybe tomorrow.", true},
		{"Hopefully we'll have news tomorrow.", false},
		{"So we'll get the refund by Friday?", false},
		{"We'll have it back maybe tomorrow.", false},
		{"OK, I'll keep this open until the next version is out and then close it.", true},
		// not expecting a reply is not promising one
		{"I'll be honest, I didn't expect a reply on a Sunday.", false},
		{"Expect an update from us by noon.", true},
	})
}

func TestRoboticWildLanguage(t *testing.T) {
	runFlagCases(t, Robotic, []flagCase{
		{"All inconvenience caused is deeply regretted.", true},
		{"Inconvenience caused is highly regretted.", true},
		{"The inconvenience of two chargers is why I bought the dock.", false},
		{"I never regretted the inconvenience of the longer commute.", false},
		// the inconvenience template with another noun
		{"I apologize for any confusion this may have caused.", true},
		{"Sorry for any confusion, the form is on page 2.", false},
		// per our records, valued, the bot's own words
		{"Our records show that the device was registered in 2021.", true},
		{"Our records team is on the second floor.", false},
		{"Thank you for your valued feedback.", true},
		{"Thank you for being a loyal customer.", true},
		{"Thanks for being such a good sport about the mix-up!", false},
		{"Please note that this is a system-generated email.", true},
		// closing templates and auto-acknowledgements, also typed by hand
		{"Closing due to inactivity.", true},
		{"Closing this issue due to lack of response.", true},
		{"This issue was closed because it has been inactive for 14 days since being marked as stale.", true},
		{"We have received your email and will respond within 2 business days.", true},
		{"This is a courtesy reminder that your ticket will be closed in 3 days.", true},
		{"We trust this answers your query.", true},
		{"The account was closed due to inactivity, the bank said.", false},
		{"Was your account locked due to inactivity?", false},
		{"Your request has been received? I never got a confirmation.", false},
		{"Friendly reminder: the canteen closes at 2 today.", false},
		// a customer throwing the script back
		{"Valued customer my foot, nobody has called me back.", false},
		{"So much for valued customer, three weeks and no refund.", false},
		{"As a valued customer, you are entitled to a discount.", true},
		// patience thanked "during this time" is the script; a named wait is not
		{"We appreciate your patience during this time.", true},
		{"Thanks for your patience during the office move, Sam.", false},
	})
}

func TestNoProblemWildLanguage(t *testing.T) {
	runFlagCases(t, NoProblem, []flagCase{
		// a report that something went smoothly
		{"the substitute was fine, no problem at all, the kids loved it", false},
		{"setup was easy, no problem at all", false},
		{"The install went, no problem.", false},
		// reassurance before help, not an answer to thanks
		{"@u1 No problem at all! We can definitely help with that. What's your order number?", false},
		{"@u1 No problem, let me check that for you.", false},
		// answering thanks still counts
		{"@u1 No worries, that's what we're here for!", true},
		{"No problem, glad I could help. Let me know if anything else comes up.", true},
		{"ok, no problem!", true},
		{"sure, no problem at all", true},
		{"No problem at all, Grace.", true},
	})
}
