package coach

import "testing"

// Wave 13, helper "fr": the frustration score on customers' tweets, forum
// posts and tickets. Each family keeps its near-miss:
//   - a failure that runs wild ("crashing like mad", "draining the battery
//     like crazy") is exasperation; "selling like crazy" is not;
//   - "Not cool." closing a grievance is a verdict; "not cool enough" is a
//     temperature;
//   - anger and gloom in idioms ("it pisses me off", "angering me",
//     "really bummed", "it's upsetting honestly"); staff's "I know it's
//     upsetting" is a feeling named for the reader;
//   - thanks for a service not given ("thanks for not ringing back") is
//     sarcasm beside a grievance; "thanks for not giving up on me" is
//     gratitude;
//   - counts in any noun ("two delayed trains in a row", "four
//     consecutive drivers cancelled"); a good run ("two nights in a row
//     without a warning") is not a grievance;
//   - a unit of time is no ordinal ("a five second delay"), and code that
//     is called often is no customer calling ("the hook gets called three
//     times");
//   - one-word verdicts and names for the service ("so lame", "a train
//     wreck", "a total mess", "a bunch of liars", "I feel cheated");
//   - names of a feature, file or state that VADER rates as feelings
//     ("alarm", "crash dumps", "fire off", "suspended", "unsecured") carry
//     no valence;
//   - two pleading cues over the same words ("can someone help me please")
//     are one plea;
//   - "thanks again" after an earlier thanks repeats it; alone after a
//     grievance it stays sarcasm;
//   - waits in abbreviated units ("for 2 mths", "over 3 wks");
//   - staff sympathy in other words ("really hate to hear that", "not good
//     to hear") is a staff voice; "I really hate this app" stays anger;
//   - "emergency" before a provision ("emergency supplies") is no crisis;
//     speed that the writer's side will ship ("the patch will be out as
//     soon as possible") is no urgency; "work out" is "figure out";
//   - "twice in the same evening" counts, "twice in the same address
//     book" places;
//   - a battery that drains, a destructive operation, a blind user: a
//     fault or a person described, not a feeling;
//   - a date, not a wait: "fixed since March", "the session lasts for 1
//     week"; "down since March" stays a wait;
//   - capitals after "called" or "named" are a name, not a shout;
//   - lateness counted in hours or more ("almost 5 hours late", "2 days
//     late", "delayed by 3 days") is a long wait; "5 minutes late" and
//     staff's "you've been delayed by over an hour, claim here" are not,
//     nor is lateness shrugged off ("no complaints", "not complaining");
//   - what was paid for, claimed ("I want my food."), is a demand; "I want
//     my order sent to the office" is a request;
//   - indifference named ("they didn't even care to ring", "the crew
//     couldn't be bothered", "not even the decency to reply", "what a
//     cheek") is a verdict on treatment; the writer's own "I don't care
//     which colour" and "I couldn't be bothered to cook" are not;
//   - "still waiting" alone is a calm nudge ("still waiting on my two
//     orders"), read once, not as a wait and a persisting problem and
//     impatience; with a length or a shout it stays frustrated;
//   - a good state restored ("all is well once again") is no repeat; "the
//     printer jammed once again" is;
//   - effort foreseen ("the backport would be a nightmare to do") is no
//     feeling; "this week has been a nightmare" is;
//   - a purchase for a trip ("unable to buy wifi for my flight") is no
//     deadline;
//   - what a server or a bank does to a request ("rejected", "declined")
//     carries no valence ("denied a refund" keeps its own), and a date after a shipped state
//     ("fixed for the beta since March") is no wait;
//   - "please help me sort it out" asks for help; "sort it out!" alone
//     stays a demand;
//   - an instruction's "try it a second time" does not reach back across
//     a clause: "I reported it, this is the 4th time" counts;
//   - praise trailing off after a grievance ("cool...", "Wow..") is
//     sarcasm; after a fix it is praise.
//
// Our own sentences, not the study messages.

func init() {
	addRuleCases("frustration.emotion",
		[]string{
			"The new firmware is draining my battery like crazy and the phone runs hot.",
			"Since the upgrade the editor crashes like mad whenever I open a big file.",
			"Honestly it pisses me off that the app logs me out every morning.",
			"This slow wifi is angering me, I have a call in ten minutes.",
			"Every parcel this month turned up late and it's upsetting honestly.",
			"The new checkout page is a train wreck, nothing loads.",
			"Your returns process is a total mess, I've been sent three different labels.",
			"You are a bunch of liars, the refund was never sent.",
			"I feel cheated, the bundle I paid for is missing half the games.",
			"That's so lame, you took the money and the channel still won't play.",
		},
		[]string{
			"Our hoodies have been selling like crazy this week, thanks for the shout-out!",
			"Keep the server room below 25 degrees, the rack is not cool enough right now.",
			"I know it's upsetting to lose the photos, let's see what the backup holds.",
			"Thanks for not giving up on me, the laptop works perfectly now!",
			"I set an alarm for six and it rang at seven, is that a known bug?",
			"Could you fire off the crash dumps to our upload page when you get a moment?",
			"The trial account is suspended until the invoice clears, then it reopens by itself.",
			"The banking app says the device is unsecured when developer mode is on.",
		})
	addRuleCases("frustration.repeat",
		[]string{
			"Two delayed trains in a row, so the meeting started without me.",
			"Three cancelled appointments in a row and still no engineer.",
			"Four consecutive drivers cancelled on me tonight.",
		},
		[]string{
			"The backup ran two nights in a row without a single warning, all good.",
			"There is a five second delay before the screen responds to a tap.",
			"The hook gets called three times when the page reloads, which seems odd.",
			"The function is called multiple times while the list renders.",
		})
}

func init() {
	addRuleCases("frustration.urgency",
		[]string{
			"I'm stuck at the airport, my flight was cancelled and it's an emergency.",
			"I need this fixed as soon as possible, the shop opens in an hour.",
			"I can't work, the laptop won't boot and I have a deadline at noon.",
		},
		[]string{
			"Could drones drop emergency supplies to the villages the roads can't reach?",
			"Since 3.2 the app crashes at launch; the patch will be out as soon as possible.",
			"I installed the driver but I can't work out how to turn the card on.",
		})
	addRuleCases("frustration.repeat",
		[]string{
			"The router dropped twice in the same evening and the game kicked me out both times.",
			"No word from anyone for 2 mths about my refund and the app still says pending.",
		},
		[]string{
			"Importing the same contact twice in the same address book shows an error.",
			"This was fixed since March in the stable channel, please update.",
			"The login session lasts for 1 week and refreshes each time you open the app.",
		})
	addRuleCases("frustration.emotion",
		[]string{
			"I really hate this app, it logged me out in the middle of the checkout again.",
			"The hotline kept me on hold, I've been waiting over 3 wks for the replacement card.",
		},
		[]string{
			"Oh no, really hate to hear the delivery went astray. Could you DM the order number?",
			"That's not good to hear, let's get the right size sent out today.",
			"Thanks for the notes, that got me past the login screen. The export still fails on a missing font. Thanks again, I'll dig in tonight.",
			"The widget drained a fifth of my battery overnight, logs attached.",
			"Syncing is destructive, so keep a copy before you turn it on.",
			"The buttons have no labels, so a blind user can't tell them apart with a screen reader.",
		})
	addRuleCases("frustration.shouting",
		[]string{"I told you three times, STOP CLOSING MY TICKET."},
		[]string{"its called MAC ADDRESS FILTERING, it's under the wireless menu."})
	addRuleCases("frustration.waiting",
		[]string{
			"@AirCo landed almost 5 hours late, no food, no explanation.",
			"My headphones are 2 days late and the tracking hasn't moved.",
			"The parcel was delayed by 3 days and nobody told me.",
		},
		[]string{
			"Sorry, the 9:10 is running 5 minutes late this morning.",
			"You've been delayed by over an hour, so you can claim compensation on our site.",
			"The coach got in 3 hours late but the driver kept us laughing, no complaints.",
		})
	addRuleCases("frustration.emotion",
		[]string{
			"@ShopCo Haven't had a call all week. Don't even have the decency to tell me where my order is.",
			"@AirCo the crew couldn't be bothered to help with my lost bag.",
			"@Store they didn't even care to ring before cancelling.",
			"They offered me 20% back. What a cheek!",
		},
		[]string{
			"I don't care which colour, just send whichever is in stock.",
			"I couldn't be bothered to cook so I ordered in, the app worked great.",
			"Thanks for the courtesy call this morning.",
			"You seem to care about the small details, thanks for that.",
		})
	addRuleCases("frustration.ignored",
		[]string{"My internet has been down since March and nobody will come out to fix it!"},
		nil)
}

func init() {
	addRuleCases("frustration.persisting",
		[]string{"still waiting for a reply since Monday"},
		[]string{
			"@GroceryCo still waiting to hear if the Leeds store has the gift boxes back in",
			"@ShopCo still waiting on my two orders, numbers in DM",
		})
	addRuleCases("frustration.exclaim",
		[]string{"Still waiting on the engineer, 3 HOURS past the slot they gave me!!!"},
		nil)
}

func init() {
	addRuleCases("frustration.repeat",
		[]string{
			"The printer jammed once again and I've a queue of parents at the desk.",
			"I reported it, this is the 4th time the app lost my notes.",
			"Fix it, this is the third time the bill is wrong.",
		},
		[]string{
			"Reinstalled the old driver and all is well once again.",
			"Try it a second time and it should go through.",
			"Works on the beta. This was fixed for the beta since March, please update.",
		})
	addRuleCases("frustration.emotion",
		[]string{"This week has been a nightmare, the portal keeps throwing me out."},
		[]string{
			"The backport would be a nightmare to do correctly, so it stays on the main branch.",
			"Duplicate contacts are rejected by the server when the ID already exists.",
		})
	addRuleCases("frustration.deadline",
		[]string{"My talk is in an hour and the projector won't connect!"},
		[]string{"Unfortunately I was unable to buy wifi for my flight on my phone, the page wouldn't scroll."})
}

// TestW13FrustrationScore checks the score's families that name no rule of
// their own: the finding falls on the strongest cue, so only the verdict
// (frustrated or not) is held.
func TestW13FrustrationScore(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"A three hour delay and no food voucher. Not cool.", true},
		{"Thanks for not ringing me back like you said you would, now I've missed the engineer slot.", true},
		{"I'm really bummed, the parcel was meant to arrive before the party.", true},
		{"Thanks for not telling anyone about the surprise, the party went great!", false},
		{"My bag went missing on the way home and nobody has phoned. Thanks again.", true},
		{"The alarm app rings twice when the phone is on silent.", false},
		{"Could you upload the crash dumps from the last run?", false},
	})
}

// TestW13OnePleaOnce checks that pleading cues over the same words count
// as one plea, and two pleas apart still count twice.
func TestW13OnePleaOnce(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"can someone help me please", 1},
		{"please help, anyone?", 2},
		{"help me please, is anyone else seeing this?", 2},
	}
	for _, tc := range tests {
		if got := reading(tc.text).kinds[cuePleading]; got != tc.want {
			t.Errorf("%q: pleading cues = %d, want %d", tc.text, got, tc.want)
		}
	}
}

// TestW13NewCues checks the support cues of this wave by kind, hits and
// near-misses.
func TestW13NewCues(t *testing.T) {
	tests := []struct {
		text string
		kind cueKind
		want bool
	}{
		{"the courier never came. I want my food.", cueDemand, true},
		{"I want my parcel today, it was promised for Monday", cueDemand, true},
		{"I want my order sent to the office instead", cueDemand, false},
		{"the flight was cancelled and my bags are lost again. cool...", cueSarcasm, true},
		{"your fix worked first time, cool...", cueSarcasm, false},
		{"the app is crashing like crazy since the update", cueExasperation, true},
		{"our new mugs are selling like crazy", cueExasperation, false},
		{"my bill is wrong again, sort it out!", cueDemand, true},
		{"my account was hacked last night, please help me sort it out", cueDemand, false},
		{"can you help sort this out before Friday?", cueDemand, false},
		{"the bags came three hours late. Not cool.", cueFeeling, true},
		{"Cool. The new router is up, thanks for the quick swap.", cueFeeling, false},
		{"they don't even have the decency to reply", cueTreatment, true},
		{"the engineer had the decency to call ahead", cueTreatment, false},
		{"we couldn't be bothered to wait so we took the bus", cueTreatment, false},
		{"I know it's upsetting to lose the photos", cueFeeling, false},
		{"no reply for 2 mths", cueWaiting, true},
		{"it has 2 mths of history", cueWaiting, false},
	}
	for _, tc := range tests {
		if got := reading(tc.text).kinds[tc.kind] > 0; got != tc.want {
			t.Errorf("%q: cue %d = %v, want %v", tc.text, tc.kind, got, tc.want)
		}
	}
}

// TestW13NamesNotFeelings checks that words naming a feature, a file or a
// state carry no valence.
func TestW13NamesNotFeelings(t *testing.T) {
	for _, text := range []string{
		"the alarm did not ring",
		"attach the crash dumps",
		"fire off a new build",
		"the account is suspended",
		"an unsecured device",
		"add it to the exclusion list",
		"the card was declined",
	} {
		wantNoValence(t, text)
	}
}
