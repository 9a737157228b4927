package coach

import (
	"math"
	"slices"
	"strings"
	"testing"
)

// reading scores text with the analyzer's frustration reader.
func reading(text string) frustrationReading {
	tz := &tokenizer{}
	return readFrustration(tz.tokenize(text), text)
}

// TestValenceHeuristics checks VADER's heuristics as read on our tokens:
// the lexicon value of a word ("annoying" -1.7, "good" 1.9, "great" 3.1),
// then capitals, degree words, negation, "but", "!" and emoji.
func TestValenceHeuristics(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		pos, neg float64
	}{
		{"rated word", "the new portal is annoying", 0, 1.7},
		{"capitals among lower case add emphasis", "the new portal is ANNOYING", 0, 1.7 + capsStep},
		{"an all-capitals message has no emphasis from capitals", "THE NEW PORTAL IS ANNOYING", 0, 1.7},
		{"a booster adds", "the new portal is very annoying", 0, 1.7 + degreeStep},
		{"a dampener takes away", "the new portal is slightly annoying", 0, 1.7 - degreeStep},
		{"a booster two words back counts a little less", "it is so very annoying", 0, 1.7 + degreeStep + degreeStep*0.95},
		{"negation turns and damps", "the fix is not good", 0, 1.9 * -negateFactor},
		{"negation with n't", "the fix isn't good", 0, 1.9 * -negateFactor},
		{"negation of a bad word reads mildly good", "the fix is not annoying", 1.7 * -negateFactor, 0},
		{"negation stops at a clause break", "not now, the fix is good", 1.9, 0},
		{"but halves before and strengthens after", "the fix is great but annoying", 3.1 * butBefore, 1.7 * butAfter},
		{"but works per sentence", "Great fix. Annoying portal.", 3.1, 1.7},
		{"exclamation marks add to the stronger side", "the portal is annoying!!!", 0, 1.7 + 3*exclaimStep},
		{"at most four exclamation marks count", "annoying!!!!!!!!", 0, 1.7 + maxExclaims*exclaimStep},
		{"two question marks add", "why is it annoying??", 0, 1.7 + 2*questionStep},
		{"many question marks add a fixed amount", "why is it annoying?????", 0, 1.7 + questionsMax},
		{"emoji", "the update is out 😡", 0, 2.3},
		{"happy emoji", "it works 😊", 4.0, 0},
		{"a plain frown keeps half its rating", "the update broke my mail :(", 0, 1.9 * plainFrown},
		{"an angry emoticon keeps all of it", "the update broke my mail >:(", 0, 2.7},
		{"Slack emoji by the words of its name", "the update broke my mail :rage:", 0, 2.6},
		{"stretched letters are read as the word", "sooo annoyinggg", 0, 1.7 + degreeStep},
		{"problem words of a calm report carry no valence", "I have a problem, the update failed with an error", 0, 0},
		{"courtesy carries no valence", "please help, sorry to bother you", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := reading(tt.text)
			if math.Abs(r.pos-tt.pos) > 1e-9 || math.Abs(r.neg-tt.neg) > 1e-9 {
				t.Errorf("%q: got pos %.3f neg %.3f, want pos %.3f neg %.3f", tt.text, r.pos, r.neg, tt.pos, tt.neg)
			}
		})
	}
}

// TestSupportCues checks that each kind of support cue is recognised.
func TestSupportCues(t *testing.T) {
	tests := []struct {
		text string
		kind cueKind
	}{
		{"the file server has been down for two days", cueWaiting},
		{"I've been on hold for 40 minutes", cueWaiting},
		{"nobody answered since Monday", cueWaiting},
		{"oh great, the update removed my bookmarks", cueSarcasm},
		{"thanks for nothing", cueSarcasm},
		{"please help, the scanner is jammed", cuePleading},
		{"is anyone else seeing this on the new build?", cuePleading},
		{"I already restarted the router", cueImpatience},
		{"why does the VPN drop every lunchtime", cueWhy},
		{"seriously?! it logged me out again", cueRhetorical},
		{"sort it out", cueDemand},
		{"never had this problem before the update", cueRegression},
		{"I'm so fed up with this laptop", cueFeeling},
		{"the badge reader has been broken all week", cueOutage},
		{"still no reply on my ticket", cueIgnored},
		{"I pay for the premium plan and it never syncs", cueMoney},
		{"where is my replacement laptop", cueWaiting},
		{"how much longer will the upgrade take", cueWaiting},
		{"the shared calendar is broken again", cueRepeatFailure},
		{"you people never read the ticket", cueExasperation},
		{"still haven't received the new badge", cueIgnored},
		{"three emails and a chat later the account is still locked", cueIgnored},
		{"I've been on the phone for an hour", cueWaiting},
		{"all I asked was a working mouse", cueExasperation},
		{"switching to another provider", cueLeaving},
		{"I want to speak to a manager", cueLeaving},
		{"I had to chase this ticket myself", cueIgnored},
		{"no rush on this one", cueCalm},
		{"sorry to hear that, could you DM us the order number", cueStaff},
		{"any ideas what it could be", cueQuery},
		{"is that it? that's your answer?", cueRhetorical},
		{"great, another outage", cueSarcasm},
		{"love paying for a service that never works", cueSarcasm},
		{"somebody please just call me back", cuePleading},
		{"helppp my laptop won't start", cuePleading},
		{"it's working again, thank you", cueResolved},
		{"the customer is really frustrated", cueStaff},
		{"nobody answers the phone", cueIgnored},
		{"you had one job", cueRhetorical},
		{"why won't it just work", cueRhetorical},
		{"thanks for ruining my weekend", cueSarcasm},
		{"I'm done. Switching to another bank.", cueQuit},
		{"I want my money back", cueQuit},
		{"not impressed at all", cueFeeling},
		{"how many more days do I have to wait", cueRhetorical},
		{"oh come on, not again", cueRhetorical},
		{"you've lost a customer", cueQuit},
		{"zero help from anyone", cueIgnored},
		{"great, now nothing boots", cueSarcasm},
		{"great, now it works", cueResolved},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := reading(tt.text)
			if r.kinds[tt.kind] == 0 {
				t.Errorf("got cue kinds %v, want kind %d", r.kinds, tt.kind)
			}
		})
	}
}

// TestFrustrationScore holds the score to positives and near-misses, in our
// own words, judged from the text alone as `rapport check` does.
func TestFrustrationScore(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []struct {
		text string
		want bool
	}{
		// A count of failures or contacts.
		{"Third time this week the VPN has dropped me mid-meeting.", true},
		{"I've already restarted it three times and nothing changes!!!", true},
		{"I've emailed twice about the broken badge reader and still no reply", true},
		// Waiting.
		{"The shared drive has been down for two days and still no reply from anyone.", true},
		{"Waiting since Monday for my account to be unlocked, what is going on??", true},
		// A deadline.
		{"I have a board presentation in an hour and my laptop won't boot", true},
		// Pleading.
		{"please help, anyone?? the scanner eats every page", true},
		// Feelings, profanity, angry emoji.
		{"I'm so fed up with this laptop 😤", true},
		{"this damn printer is useless", true},
		{"the new expenses app is the worst, I hate it", true},
		// Sarcasm and exasperation.
		{"oh great, just great, the update wiped my bookmarks", true},
		{"Love how the app logs me out every single time I switch networks 🙄", true},
		{"seriously?? it wiped my settings AGAIN", true},
		{"WHY does the login page keep throwing me out?!", true},
		{"the export is missing half the rows???", true},
		{"Printer. Jammed. Again.", true},
		{"the latest patch wiped my signature. AGAIN.", true},
		{"been waiting since Tuesday for a replacement charger", true},
		{"I've been passed to four different teams about this login", true},
		// A verdict on the product or service.
		{"the new booking system is a shambles", true},
		// Thanks to the company closing a grievance that asks nothing is
		// sarcasm; with a question, a fix or praise before it, it is thanks.
		{"Laptop died again in the middle of my demo. Thanks @Zentrix", true},
		{"my calendar keeps freezing every morning thank u @zentrix", true},
		{"Laptop died again in the middle of my demo. Can you swap it? Thanks @Zentrix", false},
		{"Laptop died again, but the loaner you sent is lovely, thanks @Zentrix", false},
		{"the new dock finally works after the firmware reset, thanks @Zentrix", false},
		{"Thanks @Zentrix", false},
		// A smile changes nothing (LABELING.md: emoji do not change the
		// label): it neither cancels a complaint nor makes a shout joy.
		{"The app keeps logging me out!!! 🙂", true},
		{"the export is missing half the rows??? 🙂", true},
		{"My card got charged twice AGAIN 😊", true},
		{"IT WORKS!!! 🎉", false},
		{"FINALLY FIXED 🙂🙂", false},
		{"oops, forgot to plug the dock in, that was a bit dumb of me :)", false},
		{"so ill check the logs later and report back", false},
		// "never so", "never such" say the most, as in VADER.
		{"Never been so disappointed by a software update.", true},
		{"I have never had such an awful time with a delivery.", true},
		{"the nightly backup has never been awful, it just runs", false},
		{"honestly the support on this is atrocious", true},
		{"this laptop is junk, the hinge cracked again", true},
		{"the portal went down mid-demo #epicfail", true},
		{"what a farce, the form lost my answers", true},
		// Counts of the same trouble in any wording.
		{"Fourth outage this month.", true},
		{"This is the 2nd time I'm asking about my refund.", true},
		{"rebooted it like a dozen times, no change", true},
		{"I've phoned you three times and nobody calls back", true},
		{"the VPN dropped twice this morning during calls", true},
		{"no signal for the third day running", true},
		// Long waits named as a grievance.
		{"on hold for over an hour with the helpline", true},
		{"2 weeks and still no refund", true},
		{"It's been 5 months. Still broken.", true},
		{"the app has had sync problems for the last 2 weeks", true},
		{"my phone has been stuck on the logo for over 20 minutes", true},
		// Pleading again and again, giving up.
		{"please, I need the photos back, please help, please restore them", true},
		{"I have had enough of this printer", true},
		{"Every single time I open Excel it freezes", true},
		{"been on the phone with you for 2 hours", true},
		{"someone please, my wifi dies every 5 minutes", true},
		{"absolute joke of a company", true},
		{"nothing I try works", true},
		{"you charged me twice and won't answer", true},
		{"this is getting old", true},
		{"great, now nothing boots", true},
		{"I've been a customer for 8 years and this is how you treat me", true},
		{"it keeps asking me to sign in, again and again", true},
		{"everyone hates your new layout", true},
		{"beyond disappointed with the new plan", true},
		{"day 5 of no internet", true},
		{"can't print :( need this for class", true},
		{"laptop won't turn on :((", true},
		{"tried everything and the disc still won't boot :banghead:", true},
		{"guess I'll keep paying for nothing then", true},
		{"I get that updates happen, but this is ridiculous", true},
		{"it was working fine before the update and now it crashes every single time", true},
		{"sorry it's me again, the printer jammed for the third time today", true},
		// Staff sympathy and instructions with the same words.
		{"I need this for the meeting tomorrow, could you book the room?", false},
		{"The caller is upset, they've been waiting a week for a loan laptop.", false},
		{"If it keeps asking for your password after the update, let me know.", false},
		{"Great, now it works! Thanks so much.", false},
		{"I've been with this bank for ten years and never had an issue.", false},
		{"That sounds really frustrating, let's get you a loan laptop.", false},
		{"Try switching to the 5GHz network and tell me if it drops.", false},
		// A duration with no fault, or a plan.
		{"The backup ran for two hours and finished without errors.", false},
		{"I'm away for a week, so the update waits until Monday.", false},
		{"How long does a lockout last? I can't log in.", false},
		// A deadline with something failing.
		{"My demo is in 15 minutes and the projector won't connect", true},
		// Swearing about the problem, rhetorical questions, faces.
		{"wtf, the app wiped my notes again", true},
		{"the bloody printer jammed again", true},
		{"really? a week to reset a password?", true},
		{"not working >:(", true},
		{"great, another update that breaks printing", true},
		{"pls someone answer, my card was charged twice", true},
		// ... and the same words used calmly.
		{"Click Save a second time to confirm the change.", false},
		{"This is the third time I've used the new portal and it was easy.", false},
		{"How many times did you restart it before the error came back?", false},
		{"The customer has called four times, can someone take the ticket?", false},
		{"Our meeting starts at 3; could you set up the screen before then?", false},
		{"The system will be down for two hours tonight for upgrades.", false},
		{"so sorry you've waited three days for a reply, it's sorted now", false},
		{"Wait a minute, then switch it back on.", false},
		{"The customer is furious about the printer, go gently.", false},
		{"Oh great, it's working again, thanks!", false},
		{"The worst part is over, the move finished last night.", false},
		// ... and the same words as calm technical terms.
		{"the parser prints garbage characters after the header", false},
		{"the garbage collector pauses for a second under load, any ideas?", false},
		{"moved the old logs to the trash folder", false},
		// Threats to leave and pleading, with one more sign of stress.
		{"Never ordering from you again, the charger arrived cracked and nobody cares", true},
		{"I'm cancelling my contract, already tried everything", true},
		{"please help, I've already tried reinstalling it", true},
		// ... and as calm requests.
		{"How do I cancel my subscription before it renews?", false},
		{"Please help me reset my password when you have a moment.", false},
		{"Could anyone help me map a network drive?", false},
		// Calm reports, even with a duration or a failure.
		{"It's been slow since Monday, any ideas?", false},
		{"Still seeing the error after the update, any ideas?", false},
		{"The battery died after two hours, is that normal?", false},
		{"Is the VPN down? I can't reach the wiki.", false},
		{"Done. Thanks.", false},
		{"Tested it again after lunch, it still fails on the second floor, any ideas?", false},
		{"Could I speak to a manager about ordering new chairs?", false},
		{"No rush, but the projector in room 4 is still flickering.", false},
		{"Not urgent: the kitchen screen shows the wrong date.", false},
		{"I hate to bother you, but could you reset my password?", false},
		// Staff apologies, empathy and status updates.
		{"Sorry to hear that, please DM us your order number.", false},
		{"We're sorry for the trouble with your router, could you send us a DM?", false},
		{"I understand this is frustrating; I've escalated it to the network team.", false},
		{"The VPN has been down for two hours this morning; the network team is on it.", false},
		// Happy capitals and exclamations.
		{"THANK YOU!!! it works now", false},
		{"I had a great week, the new laptop is brilliant!!", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := false
			for _, f := range a.Analyze(tt.text, Context{}) {
				if f.Category == Frustration {
					got = true
				}
			}
			if got != tt.want {
				r := reading(tt.text)
				t.Errorf("frustration: got %v, want %v (valence score %.2f, pos %.2f, neg %.2f, cues %.2f)", got, tt.want, r.score, r.pos, r.neg, r.cues)
			}
		})
	}
}

// TestFrustrationFinding checks that a finding from the score alone names
// its strongest word, with a why and a source, and that the score feeds the
// bot's Signals and stays off messages the bot knows are staff's.
func TestFrustrationFinding(t *testing.T) {
	a := newTestAnalyzer(t)
	const text = "I'm so mad at this update 😡 nothing syncs"
	var got *Finding
	fs := a.Analyze(text, Context{})
	for i := range fs {
		if fs[i].Category == Frustration {
			got = &fs[i]
		}
	}
	if got == nil {
		t.Fatalf("got findings %+v, want a frustration finding", fs)
	}
	if got.Match != "so mad" || text[got.Start:got.End] != got.Match {
		t.Errorf("got match %q at [%d,%d), want %q", got.Match, got.Start, got.End, "so mad")
	}
	if got.Message == "" || got.Source == "" || got.Suggestion == "" {
		t.Errorf("got message %q, suggestion %q, source %q, want all set", got.Message, got.Suggestion, got.Source)
	}
	if s := a.Signals(text); !s.Frustrated {
		t.Errorf("Signals(%q).Frustrated = false, want true", text)
	}
	for _, f := range a.Analyze(text, Context{Role: RoleStaff}) {
		if f.Category == Frustration {
			t.Errorf("staff message: got finding %+v, want no frustration", f)
		}
	}
}

// TestFrustrationEmoticonSpan checks that a finding on a text emoticon
// covers all of it.
func TestFrustrationEmoticonSpan(t *testing.T) {
	a := newTestAnalyzer(t)
	const text = "the new build deleted my drafts >:( and the export is gone :("
	for _, f := range a.Analyze(text, Context{}) {
		if f.Category == Frustration {
			if f.Match != ">:(" && f.Match != ":(" {
				t.Errorf("got match %q, want a whole emoticon", f.Match)
			}
			return
		}
	}
	t.Errorf("got no frustration finding in %q, want one", text)
}

// TestFrustrationKeepsUnacknowledged checks that the staff-side nudge is
// not a cue of the score: it still fires on a staff reply that skips the
// requester's stress.
func TestFrustrationKeepsUnacknowledged(t *testing.T) {
	a := newTestAnalyzer(t)
	fs := a.Analyze("Open Settings and click Reset.", Context{Role: RoleStaff, PrevFrustrated: true})
	if len(fs) != 1 || fs[0].Rule != "frustration.unacknowledged" {
		t.Errorf("got %+v, want one frustration.unacknowledged finding", fs)
	}
}

// TestFrustrationUserRules checks a team's own rule files against the
// score: a frustration phrase rule of their own flags on its own, and
// disabling the rules that name score-only findings turns those off.
func TestFrustrationUserRules(t *testing.T) {
	const own = `
rules:
  - id: team.frustration-month-end
    category: frustration
    source: messer-professionalism
    message: Month end is a stressful time for finance.
    suggestion: Acknowledge the pressure first.
    phrase:
      match: ["month end close"]
`
	a, err := NewAnalyzer(Options{RulesPath: writeRules(t, "own.yaml", own)})
	if err != nil {
		t.Fatalf("NewAnalyzer: %v", err)
	}
	fs := a.Analyze("the ledger export fails and it is month end close", Context{})
	if len(fs) != 1 || fs[0].Rule != "team.frustration-month-end" {
		t.Errorf("own rule: got %+v, want one team.frustration-month-end finding", fs)
	}

	const text = "I'm so mad at this update 😡 nothing syncs"
	off, err := NewAnalyzer(Options{RulesPath: writeRules(t, "off.yaml", "disable: [frustration.emotion]\n")})
	if err != nil {
		t.Fatalf("NewAnalyzer: %v", err)
	}
	for _, f := range off.Analyze(text, Context{}) {
		if f.Category == Frustration {
			t.Errorf("frustration.emotion disabled: got finding %+v, want none", f)
		}
	}
}

// TestValenceData checks the embedded lexicon and emoji table load whole.
func TestValenceData(t *testing.T) {
	vt := valences()
	for _, tt := range []struct {
		name string
		n    int
		min  int
	}{{"words", len(vt.words), 7000}, {"emoji", len(vt.emoji), 60}} {
		if tt.n < tt.min {
			t.Errorf("%s: got %d entries, want at least %d", tt.name, tt.n, tt.min)
		}
	}
	lines := 0
	for _, l := range strings.Split(strings.TrimSpace(vaderLexiconText), "\n") {
		if k, _, ok := strings.Cut(l, "\t"); !ok || k == "" {
			t.Errorf("lexicon line %q: want word<TAB>valence", l)
		}
		lines++
	}
	if lines < 7000 {
		t.Errorf("lexicon: got %d lines, want at least 7000", lines)
	}
	if v := vt.words["problem"]; v != 0 {
		t.Errorf(`valence of "problem": got %v, want 0 (a support word)`, v)
	}
	if v := vt.emoji["😡"]; v >= 0 {
		t.Errorf("valence of 😡: got %v, want negative", v)
	}
}

// FuzzFrustrationReading checks that no text makes the reader panic or
// return a span outside the message.
func FuzzFrustrationReading(f *testing.F) {
	for _, s := range []string{"sooo annoyinggg!!!", ":rage: :(", "WHY??", "not bad but 😡", strings.Repeat("a", 60), "x\u200d😡"} {
		f.Add(s)
	}
	a, err := NewAnalyzer(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, fd := range a.Analyze(text, Context{}) {
			if fd.Start < 0 || fd.End > len(text) || fd.Start > fd.End {
				t.Fatalf("finding %+v outside the text of %d bytes", fd, len(text))
			}
		}
	})
}

// BenchmarkFrustrationReading measures the score alone over the analyzer
// benchmark's messages, clean and flagged.
func BenchmarkFrustrationReading(b *testing.B) {
	msgs := append(append([]string{}, benchClean...), benchFlagged...)
	tz := &tokenizer{}
	toks := make([][]token, len(msgs))
	for i, m := range msgs {
		toks[i] = append([]token(nil), tz.tokenize(m)...)
	}
	valences()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := i % len(msgs)
		_ = readFrustration(toks[k], msgs[k])
	}
}

// TestFrustrationRuleFamilies checks that each phrase rule of the score
// names its own family of wording, and stays quiet on the same words used
// calmly: the acknowledgement the bot suggests depends on which rule fired
// (a repeat, a wait, a deadline).
func TestFrustrationRuleFamilies(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []struct {
		text string
		rule string // "" when no frustration rule may fire
	}{
		{"Third outage this month.", "frustration.repeat"},
		{"3rd time I'm asking about the refund", "frustration.repeat"},
		{"I've restarted it like 10 times.", "frustration.repeat"},
		{"rang you four times today", "frustration.repeat"},
		{"the wifi dropped twice this week", "frustration.repeat"},
		{"Click Save a second time to confirm.", ""},
		{"If it fails a third time, send me the log.", ""},
		{"I tried twice and the second attempt worked, thanks!", ""},
		{"on hold for over an hour", "frustration.waiting"},
		{"the internet has been down for two days", "frustration.waiting"},
		{"3 weeks and still no refund", "frustration.waiting"},
		{"The system will be down for two hours tonight for upgrades.", ""},
		{"I waited two minutes and the page loaded, so all good.", ""},
		{"My demo is in 15 minutes and the projector won't connect", "frustration.deadline"},
		{"payroll has to go out today and the finance app won't open", "frustration.deadline"},
		{"Our meeting starts at 3; could you set up the screen before then?", ""},
		{"the damn printer jammed again", "frustration.swearing"},
		{"damn, that was quick, thank you", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var rules []string
			for _, f := range a.Analyze(tt.text, Context{}) {
				if f.Category == Frustration {
					rules = append(rules, f.Rule)
				}
			}
			if tt.rule == "" {
				if len(rules) > 0 {
					t.Errorf("got frustration rules %v, want none", rules)
				}
				return
			}
			if !slices.Contains(rules, tt.rule) {
				t.Errorf("got frustration rules %v, want %s among them", rules, tt.rule)
			}
		})
	}
}
