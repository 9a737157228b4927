package coach

import "testing"

// The audit wave's shapes from care agents' replies read on real text (a
// private set outside the repository): the stock apology with another word
// for the person's feelings, a macro's "concerned team internally", a team
// named before "team", an action on the person's booking "for you", and the
// harmless uses of the same words. Our own sentences, not the real ones.

func init() {
	ruleCases["promise.for-you"] = struct{ hit, miss []string }{
		hit: []string{
			"Sorry about that, I will cancel the second booking for you.",
			"We'll switch the plan back for you before the next bill.",
		},
		miss: []string{
			"I'll cancel my subscription if this happens again.",
			"I'll cancel that for you now.",
			"Shall I cancel it for you?",
		},
	}
	ruleCases["robotic.feelings-apology"] = struct{ hit, miss []string }{
		hit: []string{
			"We apologise for any discomfort you experienced on board.",
			"Sorry for the frustration this has caused.",
			"We regret for the delay in your refund.",
		},
		miss: []string{
			"I'm sorry for the frustration with the app, which version are you on?",
			"We are not liable for any inconvenience from a courier's delay.",
			"I regret not backing up the files.",
		},
	}
	ruleCases["robotic.forwarded-appropriate"] = struct{ hit, miss []string }{
		hit: []string{
			"Thanks for letting us know! I've forwarded this over to the appropriate team.",
			"I have sent your notes over to the appropriate department.",
		},
		miss: []string{
			"I was passed over to the appropriate team and waited an hour.",
			"They forwarded it over to the appropriate department, then nothing.",
			"Please send the form to the appropriate address.",
		},
	}
	ruleCases["robotic.concerned-team"] = struct{ hit, miss []string }{
		hit: []string{
			"Your comments have been forwarded to the concerned team internally.",
			"I'll share this with appropriate team internally.",
		},
		miss: []string{
			"The team concerned has already replied to you.",
			"A concerned team member called to check on the outage.",
			"They sent me to the concerned department twice.",
		},
	}
}

func TestPromiseAuditAgent(t *testing.T) {
	runFlagCases(t, Promise, []flagCase{
		// an action on the person's things, done for them
		{"@kim Sorry for the mix-up. I will cancel the duplicate order for you. ^TR", true},
		{"I'll refund the delivery fee for you and email the receipt.", true},
		{"I'm going to cancel my contract, this is the last straw.", false},
		{"I'll cancel that for you right away.", false},
		// a team named before "team", a member "from" somewhere
		{"A team member will be in touch about the claim.", true},
		{"Our Lost Property team will reach out to you.", true},
		{"The Billing team will call you on Monday.", true},
		{"A member from our returns desk will contact you.", true},
		{"A team member will be glad to help at the counter.", false},
		{"Our Support team will need the order number first.", false},
		{"The chat team will be online from 9am tomorrow.", false},
		// the writer's own people carry over an "and"
		{"Our engineers are aware and will have it working again tonight.", true},
		{"Our engineers are aware and will need the logs to go further.", false},
		// working on it is the task; going to work is a trip
		{"We'll work on your concern and reach out to you shortly.", true},
		{"I'm going to work, back online at 6.", false},
		{"I'll work from home tomorrow.", false},
		// what the shop's pages do
		{"We'll show all available delivery dates at checkout.", false},
		{"I'll show you the new settings page tomorrow.", true},
		// the form letter's "the same" and "the concerned department"
		{"The same will be shared with you via email.", true},
		{"The same will be true for the next order, I expect.", false},
		{"We have escalated your ticket to the concerned department and they will revert shortly.", true},
		{"I sent it to the courier's depot and they will decide.", false},
		// a manager told, then "they"
		{"I've let my manager know and they will call you back.", true},
		{"I've let my neighbour know and they will check the parcel.", false},
		// checking now; the time is inside the question asked
		{"Let me check with the depot to see if they can deliver tomorrow.", false},
		{"Let me check with the depot and I'll update you tomorrow.", true},
		// done as the reply goes out, however long the object
		{"I'm sending a note to the store's leadership team now.", false},
		{"We're sending a replacement charger tomorrow.", true},
		// watching a page is not an update promised
		{"Please stay tuned to our website for stock.", false},
		{"Stay tuned for an update on the outage.", true},
		// the team's reply, in the passive
		{"Your case will be responded to within 24 hours.", true},
		{"Will my case be responded to today?", false},
	})
}

func TestRoboticAuditAgent(t *testing.T) {
	runFlagCases(t, Robotic, []flagCase{
		// the stock apology with another word for the feelings
		{"We apologise for any discomfort you experienced on the flight.", true},
		{"Sorry for the frustration this has caused.", true},
		{"We're sorry for your displeasure with the new fee.", true},
		{"Again, we do apologize for your disappointment.", true},
		{"Apologies for your frustrations.", true},
		{"Sorry for your loss, take all the time you need.", false},
		{"I'm sorry for the frustration with the app, which version are you on?", false},
		{"Sorry for the delay, the courier has it now.", false},
		{"I'm sorry for the trouble with your order.", false},
		// the apology's tail alone, as a split tweet ends it
		{"@sam ...for any inconvenience. ^JP 2/2", true},
		{"We are not liable for any inconvenience from a courier's delay.", false},
		{"We regret for the delay in processing your claim.", true},
		{"We are sorry to hear of the delay and any resulting inconvenience.", true},
		{"Sorry about the delay and any extra cost, I've refunded the postage.", false},
		{"I regret not backing up the files.", false},
		// the macro's team
		{"I will forward your feedback to the concerned team internally.", true},
		{"The team concerned is looking at it.", false},
		// back-references and closings of the form letter
		{"As informed earlier, the refund takes 7 days.", true},
		{"We informed the courier earlier today.", false},
		{"If we can be of further assistance, please contact us again.", true},
		{"Please be known that the offer ends on Friday.", true},
		{"It should be known by now, the status page says so.", false},
		{"If I can help with anything else, just shout.", false},
		{"Your satisfaction and safety are our top priorities.", true},
		{"We value your business and your loyalty.", true},
		{"Thanks for the lovely photo, we really appreciate your loyalty!", false},
		{"Fixing your laptop is first on my list today.", false},
	})
}

func TestNoProblemAuditAgent(t *testing.T) {
	runFlagCases(t, NoProblem, []flagCase{
		{"Its no problem at all, glad it worked!", true},
		{"its no worries, enjoy the new phone", true},
		{"Its not a problem with your phone, the mast is down.", false},
		{"It's no problem to change the date, there's no fee.", false},
	})
}

// TestAgentInitialsNotJargon: a care tweet's signature and part count are
// not terms, whatever letters they hold.
func TestAgentInitialsNotJargon(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       bool // a jargon finding
	}{
		{"caret initials", "Thanks for letting us know. ^AD", false},
		{"star initials and a part count", "Please follow and DM your booking ref. *VM 2/2", false},
		{"dash initials", "Glad it's sorted! -AD", false},
		{"the acronym in the sentence", "Please restart the VM and try again. *DD", true},
		{"the acronym at the end", "Is it running on the VM", true},
		{"a part count glued to the sentence", "Our page is visible to the public.(2/2)^AM", false},
		{"a part count after a word", "That was the lowest price at the time.(3/3) ^VM", false},
		{"a path with a slash", "Please edit /etc/fstab and reboot.", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := newTestAnalyzer(t)
			got := false
			for _, f := range a.Analyze(tc.text, Context{Role: RoleStaff}) {
				if f.Category == Jargon {
					got = true
				}
			}
			if got != tc.want {
				t.Errorf("%q: jargon finding %v, want %v", tc.text, got, tc.want)
			}
		})
	}
}
