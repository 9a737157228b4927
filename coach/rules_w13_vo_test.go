package coach

// Wave 13, helper "vo": the voice categories on fresh real messages (brand
// tweets, IRC, forums, GitHub issues, help-desk tickets). Each guard names a
// family and keeps its positive:
//   - an issue form's headings ("Expected behavior" beside "Actual
//     behavior", "Steps to reproduce", "Describe the bug") are the reporter
//     filling in the template; "expected behaviour, closing" as a reply
//     stays a dismissal;
//   - "the behaviour" and "this behaviour" in a report are the software's;
//     "your behaviour" and "your attitude" stay a scolding;
//   - "Let me take a look." ending its sentence is said as the writer
//     starts, like "let me check"; with a time or a follow-up it stays a
//     promise;
//   - "valued guest", "valued passenger" and "valued shopper" are the
//     same script as "valued customer";
//   - "What did you do?" as a bug form's question, or following up a yes
//     ("if so, what did you do?"), asks for facts; a bare "what did you do
//     to it?" stays blame;
//   - "can't reproduce" beside a question about the setup ("which version
//     are you on?") keeps looking, and "close it if you are unable to
//     reproduce" is the reader's test; "can't reproduce, works for me,
//     closing" stays a dismissal;
//   - the goal is no verdict: "we want your laptop working as expected"
//     and "this isn't possible right now" (what can be done today);
//     "the server is working as expected" and "that isn't possible" stay
//     denials;
//   - a cause denied ("just because you switched doesn't mean...", "you
//     won't lose anything just because you updated") and the writer's
//     puzzlement ("I'm confused because you closed this") blame no one;
//     "it broke because you deleted the folder" stays blame;
//   - "why you have been told this" questions someone else's word; "you
//     have been told this twice" stays a told-you-so;
//   - "You'll be contacted once the part arrives" is the team's promise in
//     the passive, like "you'll be contacted shortly"; "I'll get right on
//     it" starts the job;
//   - not a task taken on: a service's target or motto ("we aim to reply
//     within 14 days", "we aim to please"), a bug's pattern as the
//     reporter lives it ("I'll randomly get logged out"), thanks in
//     advance ("I will appreciate any tips"), "I'll reiterate" and "we'll
//     take this one" said as the reply starts; "we'll pass this on" stays
//     a promise;
//   - the step named as the whole answer ("the fix is simply restart
//     the app", "the solution is just reinstall it") shrinks it; "the
//     answer is simply that the licence ran out" explains a cause;
//   - "NW" before a place ("outages in NW Portland") is a compass point;
//     "nw Sam, glad it works" stays "no worries";
//   - subjectless "will take up to 5 days" and "so ill be patient" are
//     time and waiting; "will take it up with the courier tomorrow"
//     stays a promise;
//   - the team's release said with "come", "drop" or "be up" ("the next
//     version will come soon", "the new build will be up tonight");
//     "the update will come with a dark mode" says what is in it;
//   - "for the first time," is a first, not a repeat; "for the third
//     time, ..." stays a talk-down;
//   - "it is never our intention to cause inconvenience" is the form
//     letter's disclaimer; "my intention is to cause as little disruption
//     as possible" plans the work;
//   - silence ordered ("please be quiet", "pipe down", "hush, it's
//     fine"), like "calm down"; "the fan will be quiet after the update"
//     is about a machine;
//   - "I had Ubuntu installed on my computer" is the writer's setup, told
//     as their story; "it installed fine on my laptop" stays a
//     works-for-me;
//   - a condition checked or hoped for ("no guarantee that it doesn't
//     break the build", "we test that it doesn't crash") is no denial;
//     "the app doesn't crash" stays one;
//   - what the system sends ("you will be notified via email on the
//     status") or the box holds ("a gift note will be included in the
//     box") is the product's doing; "you'll be updated by email once the
//     engineer has looked" and "your feedback will be passed on" stay
//     promises.

func init() {
	addRuleCases("contradiction.by-design",
		[]string{
			"Expected behaviour, so I'm closing this one.",
			"That's by design, closing.",
		},
		[]string{
			"**Expected behavior** The page opens. **Actual behavior** It spins forever.",
			"Steps to reproduce: open the app and tap save. Expected behaviour: the file is saved.",
			"Describe the bug: the login loops. Expected behavior: I land on my inbox.",
			"### Expected behaviour Syncing finishes. ### Current behaviour Syncing stops at half way.",
		})
	addRuleCases("blame.conduct-tone",
		[]string{
			"Your behaviour on this thread has been out of line.",
			"Your attitude isn't helping anyone here.",
		},
		[]string{
			"Steps to reproduce the behavior: 1. open the editor 2. paste an image.",
			"This behaviour started after the last update on my tablet.",
			"I saw the same behavior on a second laptop, so it isn't the hardware.",
		})
	addRuleCases("promise.later",
		[]string{
			"Let me take a look tonight and I'll message you.",
			"Let me have a closer look and get back to you.",
		},
		[]string{
			"Hi Sam, let me take a look. Could you send the booking code?",
			"Thanks! Let me have a quick look.",
		})
	addRuleCases("robotic.valued-customer",
		[]string{
			"Thank you for being a valued Acme guest.",
			"We appreciate all our valued passengers.",
		},
		[]string{
			"Thanks for the guest list, I've added Priya.",
			"Our guest wifi is back up now.",
		})
	addRuleCases("blame.what-did-you-do",
		[]string{
			"What did you do to it?",
			"Seriously, what have you done to this laptop?",
		},
		[]string{
			"What did you do? Opened the app and pressed sync. What did you expect to happen? The list updates. What actually happened? It froze.",
			"Did anyone get the scanner working again? If so, what did you do?",
			"You said it works now. If you did, what did you do?",
		})
	addRuleCases("contradiction.cant-reproduce",
		[]string{
			"Can't reproduce, works fine for me. Closing.",
		},
		[]string{
			"Hmm, I can't reproduce it, the file opens fine for me. Which version of the app is this on?",
			"Hi Ana, please close the ticket if you are unable to reproduce it, thanks!",
		})
	addRuleCases("contradiction.denial",
		[]string{
			"The mail server is working as expected.",
		},
		[]string{
			"We know how much it matters to have your laptop working as expected again.",
			"Let's get everything running normally before your trip.",
		})
	addRuleCases("contradiction.disbelief",
		[]string{
			"That isn't possible, the app never deletes files.",
		},
		[]string{
			"We're afraid this isn't possible right now, but the team is adding it.",
			"Sadly that isn't possible at the moment on the basic plan.",
		})
	addRuleCases("blame.careless",
		[]string{
			"It broke because you deleted the folder.",
		},
		[]string{
			"You won't lose any of your files just because you switched laptops.",
			"Just because you updated the app doesn't mean your notes are gone.",
		})
	addRuleCases("blame.because-you",
		[]string{
			"The backup stopped because you neglected to renew it.",
		},
		[]string{
			"I'm a little confused because you closed this ticket yesterday.",
			"I'm surprised because you never had this error before.",
		})
	addRuleCases("blame.told-you-so",
		[]string{
			"You have been told this twice already.",
		},
		[]string{
			"I've checked the order and I'm not sure why you have been told this, please call us.",
		})
	addRuleCases("promise.hear-from-me",
		[]string{
			"You'll be contacted once the replacement part arrives.",
			"You'll be called when the engineer is on the way.",
		},
		[]string{
			"You'll be contacted by the bank once the payment clears.",
		})
	addRuleCases("promise.later",
		[]string{
			"I'll get right on it.",
			"We'll get on that tonight.",
		},
		[]string{
			"I can't get on it, the site is down.",
			"We'll get started there: which version are you on?",
		})
	addRuleCases("promise.will",
		[]string{
			"We'll pass this on to the store manager.",
		},
		[]string{
			"We aim to please!",
			"We aim to reply to every letter within 14 days.",
			"Since the update I'll randomly get logged out of the app.",
			"I will appreciate any tips on the boot menu.",
			"I'll reiterate. Why was I charged twice?",
			"We'll take this one, Priya. Which version of the app do you have?",
		})
	addRuleCases("condescending.simply",
		[]string{
			"The fix is simply restart the app.",
			"The trick is simply clear the form and start again.",
		},
		[]string{
			"The answer is simply that the licence ran out.",
			"The problem is simply due to an old driver.",
			"The reason is simply how the sync was set up.",
		})
	addRuleCases("condescending.just",
		[]string{
			"The solution is just restart the router.",
		},
		[]string{
			"The solution is just a newer version of the app.",
		})
	addRuleCases("no-problem.np",
		[]string{
			"nw Sam, glad it works now",
			"Thanks! np",
		},
		[]string{
			"Does NW Portland have an outage right now?",
			"We moved the office to NW Leeds last year.",
		})
	addRuleCases("promise.will-start",
		[]string{
			"Ok, will take it up with the courier tomorrow.",
			"Will take up the refund with billing this afternoon.",
		},
		[]string{
			"will take up to 5 working days to arrive by email.",
			"Thanks, so ill be patient then.",
		})
	addRuleCases("promise.fix-coming",
		[]string{
			"The next version will come soon, so I'll leave this open.",
			"The new build will be up later today.",
			"The update will drop on Friday.",
		},
		[]string{
			"The update will come with a dark mode and a new icon.",
			"Will the next version come soon?",
		})
	addRuleCases("condescending.as-i-said",
		[]string{
			"For the third time, the form goes to payroll.",
		},
		[]string{
			"I booted the new laptop for the first time, but the screen stayed black.",
			"For the first time, the sync finished overnight.",
		})
	addRuleCases("robotic.inconvenience",
		[]string{
			"It is never our intention to cause inconvenience to our customers.",
			"It was not our intent to cause you any frustration.",
		},
		[]string{
			"My intention is to cause as little disruption as possible by patching at night.",
			"Our intention was to cause a stir with the launch.",
		})
	addRuleCases("condescending.calm-down",
		[]string{
			"Please respectfully be quiet, the fix is coming.",
			"Pipe down, it's only a test page.",
			"Hush, it is fine.",
		},
		[]string{
			"The fan will be quiet after the firmware update.",
			"The office should be quiet tomorrow, so we can move the desks.",
			"I'll be quiet for a bit while it installs.",
		})
	addRuleCases("contradiction.works-mine",
		[]string{
			"It installed fine on my laptop.",
			"The report opens fine on my machine at the office.",
		},
		[]string{
			"When I had the old version installed on my computer, the scanner worked.",
			"I've got the app installed on my phone, but the widget is missing.",
		})
	addRuleCases("contradiction.denial",
		[]string{
			"The app doesn't crash.",
		},
		[]string{
			"There's no guarantee that it doesn't break the build if it brings big changes.",
			"We test that it doesn't crash before every release.",
		})
	addRuleCases("promise.passive",
		[]string{
			"You will be updated by email once the engineer has looked.",
			"Your feedback will be passed on to the store team.",
		},
		[]string{
			"You will be notified accordingly via email on the status.",
			"A gift note (if you asked for one) will be included in the box.",
		})
}
