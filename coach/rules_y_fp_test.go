package coach

import "testing"

// Wave 4 (precision on fresh real language): shapes that flagged clean
// messages in the study halves and older audits, written in our own words,
// each beside a message of the same wording that must still be flagged.

func TestFPPromiseOwnPlans(t *testing.T) {
	runFlagCases(t, Promise, []flagCase{
		// an attempt or the writer's own testing of a suggestion
		{"I will try to rebuild the image in a container first.", false},
		{"There's a new driver out, I'll check if that fixes the flicker.", false},
		{"I will keep testing the nightly build.", false},
		{"I will just pick the default value for the timeout.", false},
		// stopping is not a task someone waits on
		{"I will no longer answer questions in this thread.", false},
		{"Three calls and no answer, I'll give up on the upgrade.", false},
		// commitments to the reader stay promises
		{"I'll check the mail server logs and get back to you.", true},
		{"We will rebuild the image tonight and let you know.", true},
		{"I'll test the new driver on your laptop tomorrow.", true},
	})
}

func TestFPFrustrationWarmthAndIdioms(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		// warmth about a role, not sarcasm
		{"So glad you're back with us! We love being your home internet provider.", false},
		{"love being ignored by your helpline for a week", true},
		// an idiom of taste
		{"Love it or hate it, the new start menu is here to stay.", false},
		{"I hate it, the new start menu hides everything", true},
		// staff sharing the dislike
		{"We dislike cancelled trains as much as you do. We'll find you a seat on the next one.", false},
	})
}

func TestFPCondescendingRemarks(t *testing.T) {
	runFlagCases(t, Condescending, []flagCase{
		// "again" as "once more" on a third party's news
		{"I understand. Again, they'll ring you as soon as the parcel turns up.", false},
		{"Again, you need to restart before the update applies.", true},
		// a remark on what still needs doing, not aimed at the reader
		{"Clearly, a proper list of the printer's error codes needs to be written.", false},
		{"Clearly you didn't read the setup guide.", true},
	})
}

func TestFPContradictionHedgedDataPoint(t *testing.T) {
	runFlagCases(t, Contradiction, []flagCase{
		// the writer grants their own setup may be the difference
		{"Scanning works fine here, but my laptop is an unusual model.", false},
		{"Scanning works fine here, so it must be your settings.", true},
	})
}

func TestFPBlameReportedSpeech(t *testing.T) {
	runFlagCases(t, Blame, []flagCase{
		// someone else's account, passed on
		{"The courier told me the problem is that you never sent the parcel to them.", false},
		{"The problem is that you never sent the form to payroll.", true},
	})
}

func TestFPBlameCustomerComplaint(t *testing.T) {
	runFlagCases(t, Blame, []flagCase{
		// the harm lands on the writer: a complaint about the service
		{"@Railco you cancelled my train again... who pays for the taxi?", false},
		{"@Skyline you lost my suitcase AGAIN!", false},
		{"the refund form is broken, what do you expect me to do?", false},
		// the reader judged for their own problem stays blame
		{"You deleted the shared folder again!", true},
		{"What did you expect? It was a free plan.", true},
	})
}

func TestFPPromiseClosingNow(t *testing.T) {
	runFlagCases(t, Promise, []flagCase{
		// closing the thread as the message is sent
		{"Thanks, it was the dock after all. Will close.", false},
		{"Glad the VPN is back. I'll close this ticket, but reply here if it drops again.", false},
		// a time or a report back keeps it a promise
		{"I'll close this ticket on Friday if I don't hear back.", true},
		{"I'll close the old account and email you the new login tomorrow.", true},
	})
}

func TestFPFrustrationSlipsAndRetold(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		// "screw it up" is a slip, not an oath
		{"The drivers usually install cleanly, though I managed to screw it up myself.", false},
		{"screw it, this printer is going out the window", true},
		// someone else's complaint, retold as advice
		{"Tell us when the scanner jams. Don't ignore the warning light and then complain that nothing works.", false},
		{"Restarted twice and nothing works, I need this for payroll.", true},
	})
}

func TestFPPromiseTripsHopesAndNotices(t *testing.T) {
	runFlagCases(t, Promise, []flagCase{
		// a trip, not a task
		{"@Railco thanks anyway. Going to drive the four hours instead.", false},
		// an attempt at the writer's own setup
		{"will try to set up a wiki page for it once I understand it", false},
		// a hope, and what an app's notice says
		{"Every release I keep hoping the sync bug will be fixed, but it's still there.", false},
		{"The app won't open and the banner says it will be fixed shortly.", false},
		// an effort offered to the reader, and a team's commitment
		{"...will try to make this right for you. *KD 2/2", true},
		{"Your refund will be processed by Friday.", true},
	})
}

func TestFPReviewsAndIntensifiers(t *testing.T) {
	runFlagCases(t, Promise, []flagCase{
		// a customer's rating and resolve, not a task for anyone
		{"Login crashes every time. Fix it and I will update this review.", false},
		{"Sorry, I should have searched first. I'll try next time, thanks.", false},
		{"I'll update the ticket with the new serial number tomorrow.", true},
	})
	runFlagCases(t, Contradiction, []flagCase{
		// an intensifier, not a denial
		{"The agent at the desk could not have been more rude.", false},
		{"That couldn't have happened, the server was up all night.", true},
	})
	runFlagCases(t, Condescending, []flagCase{
		// a product rated in a review, not a step
		{"Been using the banking app for months, it's easy to use and quick. Thanks!", false},
		{"It's easy, just drag the file onto the icon.", true},
	})
}

func TestFPFrustrationUsageHistory(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		// how long the writer has used the product, told calmly
		{"Hi, I have been using this app for 5 months, used to work fine. But now it stopped working on my tablet.", false},
		// a fault that has lasted stays a wait
		{"Hello, my scanner has been broken for 5 months, used to run fine. But now it stopped working on my tablet.", true},
	})
}
