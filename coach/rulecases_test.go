package coach

import (
	"slices"
	"strings"
	"testing"
)

// ruleCases holds, for each rule of robotic.yaml, promise.yaml and
// no-problem.yaml, messages it must flag (hit) and near-misses that must not
// get a finding of its category (miss). All are written for this test; each
// is judged alone, as `rapport check` judges it.
var ruleCases = map[string]struct{ hit, miss []string }{
	"robotic.call-important": {
		hit:  []string{"Your call is important to us, please hold.", "Your ticket is valuable to us."},
		miss: []string{"I know your call mattered, sorry I missed it."},
	},
	"robotic.inconvenience": {
		hit: []string{"We apologise for any inconvenience.", "We do sincerely apologize for the inconvenience caused.",
			"Our apologies for any delay or inconvenience, Priya.", "Sorry for the inconvenience!", "I regret any inconvenience.", "All inconveniences regretted.",
			"Apologies for the inconvience caused.", "We apologise if this has caused you any inconvenience.", "We're sorry to inform you that the offer has ended.",
			"We regret to advise that the flight is cancelled."},
		miss: []string{"Sorry the printer ate your slides before the board meeting.", "I'm sorry to be such an inconvenience, thanks for staying late.",
			"Sorry, no inconvenience at all on our side.", "Sorry if I'm an inconvenience, could you reset it?", "I'm sorry to tell you the repair isn't covered, Jo."},
	},
	"robotic.be-advised": {
		hit:  []string{"Please be advised that the VPN restarts at 6pm.", "Kindly be informed the office is shut on Friday.", "This email is to notify you that the VPN restarts at 6pm."},
		miss: []string{"Heads up: the VPN restarts at 6pm.", "You would be advised to back up first."},
	},
	"robotic.per-my-last": {
		hit: []string{"As per my last email, the form is attached.", "Per our records the licence expired.",
			"In accordance with our policy, refunds are store credit."},
		miss: []string{"To recap what I sent earlier: the form is attached."},
	},
	"robotic.per-our-call": {
		hit:  []string{"As per our recent call, the laptop ships Monday.", "as per our telecon the ticket is escalated", "Per our phone call, I've reset the token."},
		miss: []string{"Following our call, the laptop ships Monday.", "I'm not on the call as per usual."},
	},
	"robotic.do-not-hesitate": {
		hit:  []string{"Please do not hesitate to contact us.", "Should you require further assistance, reply here."},
		miss: []string{"Message me any time if it happens again."},
	},
	"robotic.revert": {
		hit:  []string{"Kindly revert at the earliest.", "Please do the needful."},
		miss: []string{"I reverted the update on your laptop."},
	},
	"robotic.revert-with": {
		hit:  []string{"Kindly revert with the serial number."},
		miss: []string{"Please reply with the serial number when you get a moment."},
	},
	"robotic.kindly": {
		hit:  []string{"Kindly acknowledge receipt of the new badge.", "Kindly accept our apologies for the delay."},
		miss: []string{"Please share the screenshot.", "That was kind of you.", "Kindly try again now.", "Kindly visit the nearest store.", "Kindly call us on 121.", "Kindly share the screenshot.", "Kindly DM us your registered number."},
	},
	"robotic.earliest-convenience": {
		hit:  []string{"Please sign the form at your earliest convenience."},
		miss: []string{"Please sign the form when you get a moment today.", "The part arrives Monday at the earliest.", "We will sort it at the earliest."},
	},
	"robotic.contacting": {
		hit:  []string{"Thank you for contacting the service desk."},
		miss: []string{"Thanks for flagging the printer, Sam."},
	},
	"robotic.patience-understanding": {
		hit:  []string{"Thank you for your patience and understanding."},
		miss: []string{"Thanks for bearing with me while the laptop rebuilt."},
	},
	"robotic.finds-you-well": {
		hit:  []string{"I hope this email finds you well."},
		miss: []string{"Hi Sam, hope your week's going well."},
	},
	"robotic.high-volume": {
		hit:  []string{"We are currently experiencing a high volume of requests."},
		miss: []string{"We're swamped today, but I'll look at yours by 2pm."},
	},
	"robotic.appropriate-team": {
		hit: []string{"I have escalated this to the appropriate team."},
		miss: []string{"I've passed this to Dana on the network team.", "The app won't let me speak to an agent.", "I waited an hour for an agent.", "I need an actual agent.",
			"A member of our team will ring you today.", "An agent will call you back shortly.", "I'll pass it to the relevant team today."},
	},
	"robotic.ticket-received": {
		hit:  []string{"Your ticket has been received and will be processed.", "Your service request REQ-5521 has been logged and assigned to a queue.", "This incident has been logged and assigned."},
		miss: []string{"Got it, Sam - I'll look at the shared drive today."},
	},
	"robotic.valued-customer": {
		hit: []string{"As a valued customer you get priority.", "As a valued Acme customer, you matter to us.", "We appreciate your business.",
			"As a valued member, you get early access.", "Your complaint has been duly noted.", "We've received your request."},
		miss: []string{"I valued the feedback you gave last week.", "Rest assured, the backup ran last night.", "Thanks for choosing a slot on Friday.",
			"You're a valued member of the team, Sam.", "Duly noted, thanks!", "I've received your email, I'll read it after lunch."},
	},
	"robotic.bare-patience": {
		hit: []string{"Thank you for your patience in this matter."},
		miss: []string{"Thank you for your patience.", "Thanks for your patience on this one, Maria, it took three vendors.",
			"Thanks for your patience while we look into this."},
	},
	"robotic.assist": {
		hit:  []string{"May I assist you with anything else?", "Thanks Sam, may we help you with anything else?"},
		miss: []string{"How can I help?", "How may I assist you?", "Hi there, Dana. How may we assist you today?"},
	},
	"robotic.anything-else": {
		hit:  []string{"Is there anything else I can assist you with?", "Is there anything else we may be able to assist with?"},
		miss: []string{"Anything else I can help with?", "If there is anything we can assist you with, we are here.", "Is there anything in particular we can assist with?"},
	},
	"robotic.dear-user": {
		hit:  []string{"Dear user, your mailbox is full."},
		miss: []string{"Hi Sam, your mailbox is full."},
	},
	"robotic.find-attached": {
		hit:  []string{"Please find attached the report."},
		miss: []string{"Here's the report you asked for."},
	},
	"robotic.due-course": {
		hit:  []string{"You will hear from the vendor in due course."},
		miss: []string{"You'll hear from the vendor by Thursday."},
	},
	"robotic.unable-to-action": {
		hit:  []string{"We are unable to action your request."},
		miss: []string{"I can't get to this today, but I will on Monday."},
	},
	"robotic.action-request": {
		hit:  []string{"We will action your request shortly."},
		miss: []string{"The action button is greyed out."},
	},
	"robotic.no-response": {
		hit:  []string{"If no response is received, the ticket closes."},
		miss: []string{"If I don't hear back by Friday I'll close this."},
	},
	"robotic.auto-closed": {
		hit:  []string{"This ticket will be closed automatically."},
		miss: []string{"I'll close this on Friday if it stays quiet."},
	},
	"robotic.please-note": {
		hit:  []string{"For your kind information, the portal is down."},
		miss: []string{"Heads up, the portal is down.", "For your reference, the old link still works.", "Please note that the portal is down tonight."},
	},
	"robotic.thank-cooperation": {
		hit:  []string{"We thank you for your cooperation."},
		miss: []string{"Thanks for letting me borrow your desk, Lee."},
	},
	"robotic.trust-well": {
		hit:  []string{"Trust you are doing well."},
		miss: []string{"I trust the new laptop is working for you?"},
	},
	"robotic.bare-understanding": {
		hit:  []string{"Thank you for your understanding.", "We truly appreciate your cooperation."},
		miss: []string{"Thanks for understanding why I had to take the laptop, Sam, it's back on your desk."},
	},
	"robotic.important-to-us": {
		hit: []string{"Your privacy is extremely important to us.", "Keeping you online is important to us!", "It's important to us that the visit goes well.", "Reliability is our number one priority.",
			"Your business matters to us.", "We take your privacy very seriously."},
		miss: []string{"What's important to us right now is getting your email back.", "Is it important to you that it's done today?",
			"Privacy matters, so I've blurred the names.", "We take backups every night."},
	},
	"robotic.bot-template": {
		hit: []string{"This issue has been automatically marked as stale.", "It will be closed if no further activity occurs.", "I am currently out of the office.",
			"Your incident has been resolved.", "If you are not satisfied with the resolution, reopen it.", "This case will now be closed.",
			"This is an automated message, please do not reply."},
		miss: []string{"I'm out of the office tomorrow, Dana covers for me.", "The ticket closed itself after a week, I reopened it.", "I've closed the ticket since the printer works again.",
			"Your account has been automatically locked after five wrong passwords.", "I automated the report, it runs at 9."},
	},
	"promise.later": {
		hit: []string{"I'll get back to you by Friday.", "We'll update you tomorrow.", "Let me ask the vendor and get back to you.", "lemme check tomorrow and get back to you"},
		miss: []string{"I've reset your password, try now.", "The laptop restarts automatically at 7pm.", "Hopefully we'll have more news tomorrow.", "We'll be more than happy to look into this.",
			"I was told I'll get a call back within 24 hours.", "Will we hear back today?", "So I'll get a refund within 5 days?",
			"I'll be calling my bank tomorrow.", "I'll look elsewhere next time."},
	},
	"promise.subjectless": {
		hit: []string{"Checked the logs, will update you tomorrow.", "Our team has been notified and will work to resolve this.",
			"Going to try that after work.", "going to look into this tomorrow"},
		miss: []string{"Checked the logs, it will restart tonight.", "Going to the store after work.", "going to be honest, it's broken"},
	},
	"promise.hear-from-me": {
		hit:  []string{"You'll hear back from me today.", "You'll be contacted by one of our engineers within 24 hours.", "You will be called by our team."},
		miss: []string{"You'll get an email from the vendor.", "You'll be contacted by the courier."},
	},
	"promise.time-first": {
		hit:  []string{"Tomorrow I'll reinstall Office on your laptop."},
		miss: []string{"Tomorrow the office is closed."},
	},
	"promise.on-my-list": {
		hit:  []string{"It's on my list for this afternoon."},
		miss: []string{"Is it on the list of supported phones?"},
	},
	"promise.will": {
		hit: []string{"We'll pass your feedback on to the right team.", "I'll make a release in a day or two.", "Send us a DM and we'll take care of it.",
			"I’ll try switching the channel.", "We would be glad to help; we'd certainly follow up.",
			"We have no news right now, but we'll pass your note to the team.", "We plan to ship the fix in March.", "I promise to send the form.",
			"I'll have a word with the vendor.", "I'll ask the vendor.", "I'll see if the spare is free.", "I'll start on the rebuild.",
			"I'll add it to the FAQ.", "I'll mention it to the team."},
		miss: []string{"I'll be honest, that menu is confusing.", "We'll see.", "Hopefully we'll have news then.", "I'll fix it now.",
			"Will we get a refund?", "I'll never use this app again.", "We'll gladly assist if anything comes up.", "I'll admit that menu is confusing.",
			"I'll explain: the token had expired.", "I'll take my business elsewhere.", "I'll just wait then.", "I'll ask you to restart first.", "We'll see how it goes.",
			"I'm going to go ahead and close this issue.", "I'll take that as a yes.", "I'll forward this to the right team right away.",
			"Great, so I'll get a refund then.", "The agent told me we'll get a new router.", "We'll see what happens after the update.",
			"We'll definitely keep it in mind.", "I'll stick with the old plan then.", "I'm going to follow you so you can DM me.",
			"I'll tell everyone about this.", "I'll leave a 1 star review.", "I'll add that the fix only covers Windows.",
			"We'll look forward to hearing from you."},
	},
	"promise.and-will": {
		hit:  []string{"I've read the logs and will send a fix.", "We're on the call now and will ring you after."},
		miss: []string{"The laptop restarts and will ask you to sign in.", "I checked and it will restart by itself tonight.", "I've read it and will reply now."},
	},
	"promise.will-start": {
		hit:  []string{"Will fix in the next release.", "Thanks, will check the logs.", "Ok, will do!"},
		miss: []string{"Will it work on a Mac?", "Will you be in tomorrow?", "Will be out of the office on Friday.", "Will need your password for that."},
	},
	"promise.fix-coming": {
		hit: []string{"The fix will be out next week.", "The next update will address the crash.", "A fix is on its way.", "The replacement is due on Monday."},
		miss: []string{"Will the next update fix it?", "Hopefully the fix will be out soon.", "The update will restart your laptop.", "Is a fix on its way?", "The update is coming along.", "A replacement is on its way from the vendor.",
			"You'll get a text when the engineer is on the way."},
	},
	"promise.will-be": {
		hit: []string{"We'll be in contact.", "I will be sending the new badge.", "I'll be sure to pass it on."},
		miss: []string{"I'll be honest, it's odd.", "We'll be closed on Friday.", "I'll be driving in.", "Will you be in touch?", "We'll be back in stock next week.", "I'll be getting the new model.",
			"I'll be looking for another provider.", "I'll be posting a review about this.", "I'll be sure to tell all my friends.",
			"We'll be looking forward to your DM!", "I'll be following you so you can DM."},
	},
	"promise.sending": {
		hit:  []string{"We're sending you a new charger.", "I am booking an engineer for your site."},
		miss: []string{"I'm sending it now.", "Are we shipping to Ireland?", "The vendor is sending a new one."},
	},
	"promise.passive": {
		hit: []string{"Your feedback will be passed on to the team.", "Will be included in the next release.", "The fix has been tested and will be deployed tonight.",
			"Your replacement card will be sent out within 5 working days.", "You have my word, it'll be fixed by tomorrow.",
			"A refund will be issued within 5 working days."},
		miss: []string{"Your request will be handled in due course.", "Will it be fixed soon?", "Files in that folder will be deleted after 30 days.",
			"Your parcel will be delivered by the courier tomorrow."},
	},
	"promise.expect": {
		hit:  []string{"Expect a fix in the next update.", "We're on it, stay tuned!"},
		miss: []string{"I didn't expect a fix so soon, thanks!", "The team stayed late to tune the servers."},
	},
	"promise.team-will": {
		hit: []string{"A technician will visit on Tuesday morning.", "Our network team will look into the drops.", "Someone from our team will call you this afternoon.",
			"Someone from our billing team will call you back today.", "It's escalated and someone will contact you within 48 hours.", "A member of our team will be in touch.",
			"Our tech team is going to look into this today.", "The team's going to push a fix tonight."},
		miss: []string{"The vendor will ship it when they can.", "Our team will be off on Friday.", "A technician will be assigned shortly.", "Our engineer will be in the office on Monday.",
			"The team is going to the offsite on Friday.", "Our engineers are going to be off on Friday.", "Our team is going to need your order number."},
	},
	"no-problem.reply": {
		hit: []string{"No problem, glad it's sorted!", "@sam no worries, enjoy the new monitor", "No problem Jim.", "No problem Dana :+1:", "no prob bob", "No worries about the delay!", "Ah no probs x", "no problem at all my friend"},
		miss: []string{"There's no problem with your account.", "No worries if Thursday suits you better.", "You're welcome, happy to help.", "No problem Found in the logs.",
			"No worries, we can help with that!", "No problem, let's get you set up.", "No worries about the data, it's all backed up."},
	},
	"promise.unmarked": {
		hit: []string{"DM us your order number and well take a look.", "Well pass your feedback on to the design team.",
			"I saw the export and ill check the logs tonight", "Sorry about that, well get a replacement out this week."},
		miss: []string{"Well, check the cable first.", "The new dock works well with the old monitors.", "I was ill last week, sorry for the delay.",
			"Well let me check that for you.", "Get well soon!", "Well see.", "Will it work well with the old drivers?"},
	},
	"promise.not-until": {
		hit: []string{"I'm away, so I won't be able to update it until next week.", "We can't look at it until Monday, sorry."},
		miss: []string{"I can't log in until they reset my password.", "We won't know until tomorrow.",
			"I can't do anything until the part arrives."},
	},
	"no-problem.np": {
		hit:  []string{"np, enjoy!"},
		miss: []string{"The NP-hard part is the scheduling."},
	},
	"robotic.closed-in-error": {
		hit:  []string{"If you feel this has been done incorrectly then please mention the moderators.", "If you believe it was closed in error, open a new ticket."},
		miss: []string{"If you think this was closed in error, reply here and I'll reopen it.", "I think the export was done incorrectly by the script."},
	},
}

func TestRuleCases(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, r := range a.Rules() {
		if strings.HasPrefix(r.ID, "robotic.") || strings.HasPrefix(r.ID, "promise.") || strings.HasPrefix(r.ID, "no-problem.") {
			if _, ok := ruleCases[r.ID]; !ok {
				t.Errorf("rule %s has no table cases", r.ID)
			}
		}
	}
	for id, tc := range ruleCases {
		info, ok := a.Rule(id)
		if !ok {
			t.Errorf("no rule %s", id)
			continue
		}
		for _, text := range tc.hit {
			t.Run(id+"/hit/"+text, func(t *testing.T) {
				var rules []string
				for _, f := range a.Analyze(text, Context{}) {
					rules = append(rules, f.Rule)
				}
				if !slices.Contains(rules, id) {
					t.Errorf("got rules %v, want %s", rules, id)
				}
			})
		}
		for _, text := range tc.miss {
			t.Run(id+"/miss/"+text, func(t *testing.T) {
				if got := categoriesOf(a, text, Context{}); slices.Contains(got, info.Category) {
					t.Errorf("got %v, want no %s", a.Analyze(text, Context{}), info.Category)
				}
			})
		}
	}
}
