package coach

import "testing"

// Wave 14, helper "fr": the frustration score on customers' tweets, IRC
// lines and tickets, second pass. Each family keeps its near-miss:
//   - "as per usual" and "gotta love" are sarcasm only beside a grievance:
//     "boarded as per normal" and "gotta love the view" mean what they say;
//   - a reason granted with a trailing ellipsis after a grievance ("no
//     reply in a week - makes sense....") is sarcasm; "makes sense,
//     thanks" is not;
//   - "Why me?" as a sentence of its own is despair; "why me and not the
//     others" asks;
//   - waits in more words: "more than 10 hrs ago", "48 hours since it was
//     due", a date ("since 12 nov"), the time gone pointed at ("That was
//     an hour ago"), how long an answer took ("three days to get a
//     reply", "a whole day to get back to me");
//   - an ultimatum with its deadline ("by tonight or cancel it", "by today
//     or feel free to cancel the order": a customer's, not an agent's
//     "feel free"); "today or tomorrow" is a delivery window;
//   - "not the first time" counts a failure;
//   - slang verdicts: "that's some bs", "how trash the update is"; a "BS
//     degree" and the "trash folder" are not;
//   - praise denied ("not great") is understatement: it reads as mild
//     disapproval, not as strong as "awful";
//   - a negation before a comparison ("nothing we love more than", "no
//     better feeling than") makes the most of it, not its opposite;
//   - a feeling word as what is avoided ("to avoid disappointing anyone",
//     "prevent annoying pop-ups") is not the writer's mood;
//   - "!!!" in a message with nothing to complain of ("Off we go!!!") is
//     excitement; "???" still asks loudly, and "!!!" beside a fault counts;
//   - warmth and greetings held longer ("awww", "heyyy", "yesss") are no
//     stretched stress; "sooo slow" and "pleaseee" still are;
//   - a hedged verdict ("it's kind of annoying, but maybe intended") is a
//     calm report;
//   - a mock apology ("sorry for expecting it on the day you promised",
//     "silly me for thinking") is sarcasm; "sorry for asking, but…" is a
//     courtesy;
//   - silence in more words: "nobody has said anything", "can't seem to
//     get through", "can't get a call back", "left several msgs"; "where
//     is my TV" and other things paid for;
//   - an interjection after a negation is not negated ("we can't change
//     it, wtf" is no praise), and praise inside a frustration phrase
//     ("for the love of god") is the phrase's;
//   - sarcasm in more words, beside a grievance: "love the way you…",
//     "how wonderful it feels to…", "not like I needed it"; the same on
//     their own are praise or a concession;
//   - rhetorical questions at the company: "why guarantee a date if…",
//     "remember how you said you'd call?"; "remember when you said the
//     printer was slow?" recalls;
//   - habitual failure: "always delayed", "#everytime";
//   - a date with its ordinal ("since the 3rd of May") as a wait;
//   - the writer's own occasions ("my birthday is tomorrow", "a funeral
//     to attend") as deadlines when a delivery or booking has gone wrong;
//     a plain question about the day is planning;
//   - "please" in a polite request ("can you please…", "could you
//     please…") is a courtesy and does not count towards pleading three
//     times; "please, please help, please" still does;
//   - "still" gives way to a weightier cue on the same word: "I still
//     haven't received it" is one sign (no reply), a calm nudge on its own;
//   - everyday complaint idioms: "So much for next day delivery" ("thank
//     you so much for" is thanks), "nice one" beside a grievance ("some
//     way to go" is a distance; "way to go" was dropped), "dropped the
//     ball" (staff's "we dropped the ball" owns it), "what a waste", "nobody got back to me", "and nobody did",
//     "without any notice" (terms that "may change without notice" are
//     calm), "every time I call I get…" ("every time I call the function"
//     is code), "cheers for leaving me stranded", "really useful. Not.",
//     "zero stars if I could" ("zero stars on the repo" counts stars),
//     "not happy at all", "nobody ever answers";
//   - users' exasperation on IRC: "so broken it's not even funny", "who
//     thought this was a good idea", "what a pain", "nothing I try makes
//     it work", "the dumbest design ever" ("the slowest part was the
//     download" describes);
//   - help-desk tickets: contacts counted by the writer ("I have opened
//     three tickets about this"), an urgent fix before a deadline ("I
//     need this resolved today, payroll runs tonight"), "please escalate",
//     "going on far too long", "paying for premium and getting nothing",
//     "impossible to reach anyone", "the engineer didn't turn up again"
//     ("the option didn't show up" is a screen), "taking my business
//     elsewhere" ("stored elsewhere" places), "passed from one department to
//     another", "why should I have to…" ("why should I update?" asks),
//     "this is how I'm treated";
//   - a mock apology ("sorry for expecting it on the day you promised")
//     is sarcasm only beside a grievance: "sorry for expecting so much
//     detail" alone is meant; "just curious" marks a calm question;
//   - customers' tweets to airlines, banks and couriers: "delayed 6 hours
//     and not even a voucher", "marked it as delivered and drove off"
//     ("shows as delivered, can you confirm where?" asks), "you lost my
//     luggage" (not "I lost my bag"), "now want me to pay" ("do you want
//     me to pay by card?" asks), "third missed delivery"; "low pressure
//     since this morning, is there work on our road?" is a calm question.
//
// Our own sentences, not the study messages.

func init() {
	addRuleCases("frustration.emotion",
		[]string{
			"They charged me twice and then blamed my bank, that's some bs.",
			"Only found out how trash the new update is after it wiped my playlists.",
		},
		[]string{
			"She finished her BS in biology last year and starts on our team Monday.",
			"Empty the trash folder to free up space, then sync again.",
		})
}

// TestW14FrustrationFamilies judges each message alone, as `rapport check`
// does.
func TestW14FrustrationFamilies(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"My parcel went to the wrong depot and as per usual nobody picks up the phone.", true},
		{"You boarded as per normal and the plane left on time, have a lovely trip!", false},
		{"Gotta love being kept on hold for an hour only to get cut off.", true},
		{"Gotta love the sunset from the window seat on this route 😍", false},
		{"Emailed support twice this week and no reply - makes sense....", true},
		{"Ah, the cache was full - makes sense, thanks for explaining!", false},
		{"So the toggle moved to the settings page... makes sense...", false},
		{"Oh no... the screen went black mid-essay. Why me? Why me?", true},
		{"Why me and not the others? We all have the same laptop model.", false},
		{"Already sent the form, more than 10 hrs ago, and nothing yet.", true},
		{"It's 48 hours since the courier was meant to come and still nothing.", true},
		{"Returned it and the refund has been pending since 12 nov, still not initiated.", true},
		{"The driver hasn't moved since he took my order. That was an hour ago. I want my order now.", true},
		{"The update rolled out more than 10 hrs ago, so you should see it now.", false},
		{"Our new store has been open since 3 May, come and say hello!", false},
		{"Three days to get a reply? Wow.. must have been a hard question", true},
		{"It took two days to get a reply, but they sorted it perfectly, thanks!", false},
		{"It still hasn't shipped. I want it sent by today or please cancel it.", true},
		{"Nothing has shipped yet. Get it to me by tomorrow or feel free to cancel the order.", true},
		{"It should arrive today or tomorrow, feel free to track it with the link.", false},
		{"Sorry the parcel is late! Reply here by tonight or feel free to DM us your order number.", false},
		{"Tracking says delivered but it's not here. Not the first time with this courier, still no parcel.", true},
		{"Not the first time I've used the app, but where do I add a second card?", false},
		{"The new layout is not great, could you add the old menu back as an option?", false},
		{"There's nothing we love more than seeing your holiday photos, thanks for sharing!", false},
		{"There's no better feeling than a clean install that just works.", false},
		{"We won't share a date yet, to avoid disappointing anyone if it slips.", false},
		{"Turn this on to prevent annoying pop-ups while you type.", false},
		{"It's so disappointing, the app lost my whole order again.", true},
		{"Bags packed, passports ready, off to the airport!!!", false},
		{"Do you still sell the winter boots in green?!", true},
		{"The payment page is down and I can't check out!!!", true},
		{"Where is the download link????", true},
		{"awww thank you, that's so kind of you", false},
		{"heyyy, quick one: where do I change my avatar?", false},
		{"Pleaseee fix the login, it's sooo slow!!", true},
		{"The sidebar collapses on its own. It's kind of annoying, but maybe that's intended?", false},
		{"The sidebar collapses on its own every time I click, so annoying!", true},
		{"Sorry for expecting my parcel on the day you promised, it's now three days late.", true},
		{"Silly me for thinking the update would fix the battery drain. It's worse.", true},
		{"Sorry for asking again, but where do I find the invoice?", false},
		{"Stuck at the gate for ages, nobody has said anything. What's going on?", true},
		{"Tried every number on the site and can't seem to get through to a person. Still no refund.", true},
		{"Still no sign of my bag and I can't get a call back from the desk (left several msgs).", true},
		{"Ordered it a month ago and it's still not here. Where is my TV!", true},
		{"Where is my TV remote stored in the menu? The manual doesn't say.", false},
		{"The old theme isn't coming back, wtf", true},
		{"For the love of god, let me change my username.", true},
		{"We love hearing from you, thanks for the kind words!", false},
		{"Love the way you closed my ticket without a reply, it's still broken.", true},
		{"Love the way you redesigned the menu, it's so much cleaner!", false},
		{"How wonderful it feels to report that my parcel is still missing a week later.", true},
		{"How wonderful to hear the fix worked, enjoy the new phone!", false},
		{"Three days late, not like I needed it for the trip.", true},
		{"Not like I needed the old cable anyway, keep it.", false},
		{"Why guarantee next-day delivery if it never comes the next day?", true},
		{"Remember how you said you'd call me back this morning? Still nothing.", true},
		{"Remember when you said the printer was slow? We replaced it today.", false},
		{"Your trains are always late and I've missed my connection again.", true},
		{"The 8:05 is always late on Mondays, so we book the 7:50 for visitors.", false},
		{"Both logs give the same answer, so the config is fine.", false},
		{"The driver threw the parcel over the fence again #everytime", true},
		{"My line has still not been activated since the 3rd of May.", true},
		{"Our new office has been open since the 3rd of May.", false},
		{"The parcel is delayed and my birthday is tomorrow!", true},
		{"My birthday is tomorrow, can I pick the cake up in the morning?", false},
		{"I lost my phone, so can you please help and remove the old device so I can log in, please.", false},
		{"Please, please help, please, the shop opens soon and the till is dead.", true},
		{"I asked for my boarding pass by text but I still haven't received it.", false},
		{"Two hours on hold and I still haven't received the callback. Ridiculous.", true},
		{"So much for next day delivery, the parcel is still not here.", true},
		{"Thank you so much for the quick fix!", false},
		{"Way to go, you passed the exam!", false},
		{"There is still some way to go before the new Outlook matches the old one.", false},
		{"Nice one, charged me twice again.", true},
		{"Nice one, that fixed it!", false},
		{"You really dropped the ball on my order.", true},
		{"Sorry, we dropped the ball on this one, your refund is on its way.", false},
		{"What a waste of money this subscription was.", true},
		{"Nobody has got back to me and I've emailed four times.", true},
		{"Said someone would ring me today and nobody did. Still no refund.", true},
		{"Cancelled my booking without any notice, still no refund.", true},
		{"Prices may change without notice, see the terms for details.", false},
		{"Every time I call I get a different answer.", true},
		{"Every time I call the function it returns an empty list.", false},
		{"Cheers for leaving me stranded at the station.", true},
		{"Cheers for the help, it works now.", false},
		{"Cheers for the help, really useful. Not.", true},
		{"Zero stars if I could.", true},
		{"Not happy at all with the service today.", true},
		{"Why does nobody ever answer the phone?", true},
		{"Zero stars on the repo so far, it's a new project.", false},
		{"this is so broken it's not even funny", true},
		{"seriously, who thought this was a good idea", true},
		{"nothing i try makes the sound come back, i've rebooted three times", true},
		{"Nothing I try makes a difference to the font size, any ideas?", false},
		{"that's the dumbest design decision ever", true},
		{"The slowest part was the download, the install itself took a minute.", false},
		{"I have opened three tickets about this and each one was closed without a fix.", true},
		{"I need this resolved today, our payroll runs tonight.", true},
		{"Our payroll runs tonight, could you confirm the new rates are in?", false},
		{"Please escalate this, it's been going on far too long.", true},
		{"I'm paying for premium and getting nothing.", true},
		{"The engineer didn't turn up again.", true},
		{"The option didn't show up in the menu until I restarted.", false},
		{"A restart won't help here, the setting lives on the server.", false},
		{"I'm taking my business elsewhere, three missed deliveries is enough.", true},
		{"The photos are stored elsewhere, on the NAS.", false},
		{"I thought this was a good idea, so I tried it first.", false},
		{"I keep getting passed from one department to another.", true},
		{"Why should I have to pay for your mistake?", true},
		{"Why should I update to 2.0 if 1.9 works?", false},
		{"I've been a loyal customer for years and this is how I'm treated.", true},
		{"Sorry for expecting so much detail, I just want to get it right.", false},
		{"Why should I have to restart after changing the setting? Just curious.", false},
		{"Delayed 6 hours and not even a voucher.", true},
		{"We've had low water pressure since this morning, is there work on our road?", false},
		{"The driver marked it as delivered and drove off, I was home all day.", true},
		{"The tracking shows as delivered, can you confirm where it was left?", false},
		{"You lost my luggage and no one can tell me where it is.", true},
		{"I lost my bag at the gate, is there a lost property desk?", false},
		{"Do you want me to pay by card or by transfer?", false},
		{"Third missed delivery this week, I stayed in all day again.", true},
		{"Wasted hours of my evening on this installer and it still fails.", true},
		{"Lost hours of debugging before I saw the cable was loose, my own fault haha.", false},
	})
}

// TestW14NegatedPraiseIsMild: "not great" reads as mild disapproval (at
// most negatedPraiseFloor), while a word of blame keeps its full weight.
func TestW14NegatedPraiseIsMild(t *testing.T) {
	tests := []struct {
		text   string
		maxNeg float64
		minNeg float64
	}{
		{"the new portal is not great", -negatedPraiseFloor, 1.0},
		{"the new portal is not a good experience", -negatedPraiseFloor, 1.0},
		{"the new portal is awful", 10, 1.9},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if r := reading(tt.text); r.neg > tt.maxNeg+1e-9 || r.neg < tt.minNeg {
				t.Errorf("negative valence %.2f, want between %.2f and %.2f", r.neg, tt.minNeg, tt.maxNeg)
			}
		})
	}
}
