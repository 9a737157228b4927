package coach

import (
	"slices"
	"testing"
)

// Wave 3 (promise, robotic, no-problem) read on fresh real text: brand
// agents' tweets from another e-commerce desk and another airline, and
// Ubuntu/Kubuntu IRC support channels. The shapes are written here in our
// own words, never the real messages.

func init() {
	// The probe file of this wave's shapes, in our own words: positives and
	// the near-misses worded the same ways. Floors and the clean ceiling
	// sit at the measured values and only go up (floors) or down (ceiling).
	probeFloors["audit-x-pr.jsonl"] = map[Category]probeFloor{Promise: {1.00, 1.00}, Robotic: {1.00, 1.00}, NoProblem: {1.00, 1.00}}
	probeCleanCeilings["audit-x-pr.jsonl"] = 0.00 // 0 of 13 clean lines flagged

	// "Sorry for any ..." hedges the apology whatever noun follows; the
	// writer's own slip named plainly stays clean.
	addRuleCases("robotic.any-apology",
		[]string{
			"Hi Dana, I'm sorry for any repetition in our replies. Could you send the order number?",
			"Sorry for any bother with the parking passes this week.",
			"Apologies for any hassle, the voucher is attached.",
		},
		[]string{
			"Sorry for any confusion, the link in my last message was the old one.",
			"Apologies for any typos, I'm on my phone.",
			"Sorry for the delay, the new charger is on your desk.",
		})
	// "Thank you for choosing Northwind" closes a warm reply by thanking the
	// person for their custom; alone it is not the script.
	addRuleCases("robotic.valued-customer", nil,
		[]string{
			"Glad the upgrade went through! Thank you for choosing Northwind Air, enjoy the trip.",
			"You're all set for Friday. Thanks for choosing Harbour Rail!",
		})
	// "How may I help you?" is a polite opener, and so is "how may we
	// assist you?" as real agents' replies are labelled.
	addRuleCases("robotic.assist", nil,
		[]string{"Hi Priya, sorry about that. How may I help you?", "Morning! How may we help you today?"})
	// A chat's subjectless "will take a look" is the task; time taken is not.
	addRuleCases("promise.will-start",
		[]string{"Will take a look at the printer queue after lunch.", "Will take the old monitor down to stores later."},
		[]string{"Will take a while to rebuild the index, sorry.", "Gonna take place in the big meeting room."})
	// The people who come out to a site commit to a visit.
	addRuleCases("promise.team-will",
		[]string{"An engineer will be on site on Thursday to swap the switch.", "The technician will be onsite from nine."},
		[]string{"The engineer will be on site anyway if the weather holds, probably."})
	// The contraction takes the verbs "will be" takes; "they" stands for
	// the reports just named.
	addRuleCases("promise.passive",
		[]string{"Thanks, found it. It'll be shipped in the March update.", "Keep sending the error screens and they will be reviewed on Monday."},
		[]string{"It'll be delivered by the courier on Friday.", "I think it'll be fixed in the next one."})
	// Waiting, being home and a customer's loyalty are not tasks; a report
	// back after the wait still is.
	addRuleCases("promise.later",
		[]string{"We'll give it another hour, then check the logs and get back to you."},
		[]string{"I'll be home all day tomorrow for the engineer.", "I'll give it another day and see."})
	addRuleCases("promise.later", nil,
		[]string{"Do this and I can see your screen; I'll leave in a few minutes though."})
	addRuleCases("promise.will",
		[]string{"We'll be flying you home on the early flight instead, I'll send the new times."},
		[]string{"I will definitely be flying with you again!", "Ok I'll give it a few more days."})
	// The mission statement said to one person.
	addRuleCases("robotic.important-to-us",
		[]string{"Oh dear. We strive to provide first-class service to every passenger.", "We pride ourselves on quick replies."},
		[]string{"I strive to answer tickets within the day, so ping me if I miss one."})
	// "Not problem" typed without the article still answers thanks.
	addRuleCases("no-problem.reply",
		[]string{"not problem! glad the dock works now"},
		[]string{"It's not problem of the dock, the cable is faulty."})
	// "Be sure/certain to" is a commitment, even cut short by a split tweet.
	addRuleCases("promise.will-be",
		[]string{"I'll be certain to pass that on to the night shift.", "Thanks Jo, we'll be sure t… https://t.co/abc"},
		[]string{"I'll be sure of the date once the rota is out?"})
}

// TestXPRShapes checks each shape end to end through Analyze: the category a
// reader would see, for a positive and its near-miss.
func TestXPRShapes(t *testing.T) {
	a := newTestAnalyzer(t)
	cases := []struct {
		text string
		cat  Category
		want bool
	}{
		{"So sorry for any bother this week, I've sent the forms again.", "robotic", true},
		{"Sorry for any confusion earlier, the room is 4B not 4D.", "robotic", false},
		{"Thank you for choosing Lakeside Broadband, enjoy the faster line!", "robotic", false},
		{"How may I assist you today?", "robotic", false},
		{"How may I help you?", "robotic", false},
		{"Will take a look at the VPN logs tonight.", "promise", true},
		{"Will take ages to copy all of that, sorry.", "promise", false},
		{"A technician will be on site tomorrow morning to check the cabling.", "promise", true},
		{"Our office will be on site visits all week.", "promise", false},
		{"We'll be certain to pass your comments on to the crew.", "promise", true},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			got := categoriesOf(a, c.text, Context{})
			if slices.Contains(got, c.cat) != c.want {
				t.Errorf("got categories %v, want %s present = %v", got, c.cat, c.want)
			}
		})
	}
}
