package coach

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// categoriesOf returns the categories found in text, in order, without repeats.
func categoriesOf(a *Analyzer, text string, c Context) []Category {
	var out []Category
	for _, f := range a.Analyze(text, c) {
		if !slices.Contains(out, f.Category) {
			out = append(out, f.Category)
		}
	}
	return out
}

// categoryCase is a message and the category it must be flagged with; ""
// means no finding of any category.
type categoryCase struct {
	text string
	want Category
}

// runCategoryCases judges each text alone, as `rapport check` does.
func runCategoryCases(t *testing.T, a *Analyzer, tests []categoryCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := categoriesOf(a, tt.text, Context{})
			if tt.want == "" {
				if len(got) != 0 {
					t.Errorf("got %v, want no findings", got)
				}
				return
			}
			if !slices.Contains(got, tt.want) {
				t.Errorf("got %v, want %s", got, tt.want)
			}
		})
	}
}

// TestRuleFamilies holds each rule family to positives and near-misses, judged
// from the text alone as `rapport check` does.
func TestRuleFamilies(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []categoryCase{
		// no-problem
		{"No problem!", NoProblem},
		{"Sure, no problem, I've added you to the group.", NoProblem},
		{"np", NoProblem},
		{"no worries, it's sorted now", NoProblem},
		{"Not a problem at all <@U04ABCD12>, enjoy the new monitor", NoProblem},
		{"There's no problem with your account.", ""},
		{"No problems reported since the patch went out.", ""},
		{"You're welcome! Happy to help.", ""},
		// condescending
		{"Just restart it.", Condescending},
		{"You just need to sign out and back in.", Condescending},
		{"Simply click Save.", Condescending},
		{"Obviously the cable was unplugged.", Condescending},
		{"Of course it won't print, the driver isn't installed.", Condescending},
		{"As I said, you need to reboot first.", Condescending},
		{"It's easy, the button is on the left.", Condescending},
		{"Everyone knows you need a password for that.", Condescending},
		{"It's not rocket science.", Condescending},
		{"I just checked and your mailbox looks fine.", ""},
		{"Just in case, I've made a backup.", ""},
		{"I fixed it just now.", ""},
		{"Just a moment please, looking now.", ""},
		{"Just to confirm, is it the HP printer?", ""},
		{"Of course! Happy to help.", ""},
		{"It's easy to miss, that setting is hidden.", ""},
		{"It's a clearly labelled box on the left.", ""},
		// jargon
		{"Your DNS settings were wrong.", Jargon},
		{"Clear your cache and try again please.", Jargon},
		{"The DHCP lease ran out.", Jargon},
		{"DNS (the internet's address book) was down.", ""},
		{"The cache, which is a store of saved pages, was stale.", ""},
		{"Think of a VLAN as a separate lane on our network.", ""},
		{"Run `ipconfig /flushdns` and try again.", ""},
		{"IT will be in at nine.", ""},
		{"Connect to the VPN first, then open Outlook.", ""},
		// in-joke
		{"Classic PEBKAC.", InJoke},
		{"Ha, an ID10T error.", InJoke},
		{"It's always DNS.", InJoke},
		{"Works on my machine!", InJoke},
		{"It's not a bug, it's a feature.", InJoke},
		{"Have you tried turning it off and on again?", InJoke},
		{"RTFM", InJoke},
		{"Could you please restart your laptop and let me know?", ""},
		{"We're having a picnic on Friday.", ""},
		// blame
		{"You broke it.", Blame},
		{"What did you do?", Blame},
		{"You should have saved it first.", Blame},
		{"That's your fault for clicking the link.", Blame},
		{"You must have deleted the folder.", Blame},
		{"It's not your fault at all.", ""},
		{"You should have received an email with the link.", ""},
		{"What did the error say?", ""},
		{"Your fault report came through, thanks.", ""},
		// contradiction
		{"That's impossible.", Contradiction},
		{"That can't happen.", Contradiction},
		{"You're wrong.", Contradiction},
		{"The printer can't be printing blank pages on its own.", Contradiction},
		{"I doubt that, the VPN was fine this morning.", Contradiction},
		{"Let's check whether that's happening.", ""},
		{"You're right, the VPN was down.", ""},
		{"It's impossible to say without the logs.", ""},
		// robotic
		{"Your call is important to us.", Robotic},
		{"We apologize for any inconvenience.", Robotic},
		{"Please be advised that the server restarts at 6pm.", Robotic},
		{"As per my last email, the link is below.", Robotic},
		{"Kindly revert at your earliest convenience.", Robotic},
		{"Sorry I missed your call, I was in the server room.", ""},
		// promise
		{"I'll get back to you tomorrow.", Promise},
		{"Will update you by EOD.", Promise},
		{"Let me check and get back to you.", Promise},
		{"We'll have a replacement to you Friday.", Promise},
		{"I'll restart it now.", ""},
		{"I've sent it.", ""},
		{"You'll get an email when it's ready.", ""},
		{"Can you let me know if it happens again?", ""},
		// frustration (text alone)
		{"This is the third time this week!!!", Frustration},
		{"I have a presentation in an hour and nothing works", Frustration},
		{"NOTHING WORKS AT ALL", Frustration},
		{"still not working, I've restarted 5 times", Frustration},
		{"Could I borrow a clicker for my presentation on Thursday? No rush.", ""},
		{"Outlook keeps asking me to sign in, not urgent.", ""},
	}
	runCategoryCases(t, a, tests)
}

// TestProtectedNeverFlagged: quotes, code, links, mentions and emoji hide
// what they contain.
func TestProtectedNeverFlagged(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, text := range []string{
		`He wrote "just restart it, no problem" in the ticket.`,
		"He wrote “it's always DNS” on the board.",
		"Run `just restart --dns` to reset it.",
		"```\nno problem: just restart DNS\n```",
		"> just restart it, obviously\nthanks, looking now",
		"&gt; you broke it\nlet's check together",
		"See <https://wiki.example.com/just-restart|just restart it> for the steps.",
		"See https://wiki.example.com/dns-cache/just-restart for the steps.",
		"<@U123ABC> <#C42|no-problem> <!here> <!subteam^S99|dns-team>",
		"thanks :no_problem: :simple_smile:",
	} {
		if fs := a.Analyze(text, Context{}); len(fs) != 0 {
			t.Errorf("Analyze(%q) = %v, want none", text, fs)
		}
	}
}

func TestContext(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []struct {
		name string
		text string
		c    Context
		want Category // "" = none
		rule string
	}{
		{"bare no problem after thanks", "Happy to, no problem", Context{PrevThanked: true}, NoProblem, ""},
		{"no problem state after thanks", "There's no problem with your account", Context{PrevThanked: true}, "", ""},
		{"no worries after apology", "ok no worries", Context{PrevApologized: true}, NoProblem, ""},
		{"frustration never on staff", "This is the third time this week!!!", Context{Role: RoleStaff}, "", ""},
		{"frustration for requester", "This is the third time this week!!!", Context{Role: RoleRequester}, Frustration, ""},
		{"unacknowledged", "Restart the laptop and try again. Then tell me.", Context{Role: RoleStaff, PrevFrustrated: true}, Frustration, "frustration.unacknowledged"},
		{"acknowledged", "I'm sorry, that sounds stressful. Restart the laptop and try again.", Context{Role: RoleStaff, PrevFrustrated: true}, "", ""},
		{"acknowledged understanding", "I understand, let's fix it now: restart the laptop.", Context{Role: RoleStaff, PrevFrustrated: true}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := a.Analyze(tt.text, tt.c)
			if tt.want == "" {
				if len(fs) != 0 {
					t.Fatalf("got %v, want none", fs)
				}
				return
			}
			for _, f := range fs {
				if f.Category == tt.want && (tt.rule == "" || f.Rule == tt.rule) {
					return
				}
			}
			t.Fatalf("got %v, want %s %s", fs, tt.want, tt.rule)
		})
	}
	// The unacknowledged finding spans the reply's first sentence.
	text := "Restart the laptop and try again. Then tell me."
	for _, f := range a.Analyze(text, Context{Role: RoleStaff, PrevFrustrated: true}) {
		if f.Rule == "frustration.unacknowledged" && f.Match != "Restart the laptop and try again" {
			t.Errorf("unacknowledged span = %q, want the first sentence", f.Match)
		}
	}
}

func TestFindingShape(t *testing.T) {
	a := newTestAnalyzer(t)
	text := "No problem! You just need to flush the DNS cache — I'll get back to you tomorrow."
	fs := a.Analyze(text, Context{})
	if len(fs) < 3 {
		t.Fatalf("got %d findings, want at least 3: %v", len(fs), fs)
	}
	last := 0
	for _, f := range fs {
		if f.Start < last {
			t.Errorf("finding %v overlaps or is out of order", f)
		}
		last = f.End
		if text[f.Start:f.End] != f.Match {
			t.Errorf("Match %q != text[%d:%d] %q", f.Match, f.Start, f.End, text[f.Start:f.End])
		}
		art, ok := ArticleByTitle(f.Source)
		if !ok || art.Author == "" {
			t.Errorf("finding %s: source %q is not an article title", f.Rule, f.Source)
		}
		if f.Message == "" || f.Suggestion == "" {
			t.Errorf("finding %s: empty message or suggestion", f.Rule)
		}
		info, ok := a.Rule(f.Rule)
		if !ok || info.Category != f.Category || info.Source.Title != f.Source {
			t.Errorf("Rule(%q) = %+v, %v; want the finding's category and source", f.Rule, info, ok)
		}
	}
	if fs[0].Rule != "no-problem.reply" || fs[0].Start != 0 || fs[0].End != 10 {
		t.Errorf("first finding = %+v, want no-problem.reply at 0-10", fs[0])
	}
}

func TestRuleCoverage(t *testing.T) {
	a := newTestAnalyzer(t)
	per := map[Category]int{}
	for _, r := range a.Rules() {
		per[r.Category]++
	}
	for _, c := range Categories() {
		if per[c] < 2 {
			t.Errorf("category %s has %d rules, want several", c, per[c])
		}
	}
	if n := a.GlossarySize(); n < 80 {
		t.Errorf("glossary has %d terms, want at least 80", n)
	}
	if _, ok := a.Rule("no-such-rule"); ok {
		t.Error("Rule(no-such-rule) found something")
	}
}

func TestSignals(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []struct {
		text string
		want Signals
	}{
		{"thanks so much!", Signals{Thanked: true}},
		{"Thank you, that worked", Signals{Thanked: true}},
		{"sorry, my mistake", Signals{Apologized: true}},
		{"nothing works and I have a demo in 10 minutes!!!", Signals{Frustrated: true, Stress: "deadline"}},
		{"can I get a new mouse?", Signals{}},
	}
	for _, tt := range tests {
		if got := a.Signals(tt.text); got != tt.want {
			t.Errorf("Signals(%q) = %+v, want %+v", tt.text, got, tt.want)
		}
	}
}

func TestPromiseSentence(t *testing.T) {
	a := newTestAnalyzer(t)
	text := "Thanks for the logs. I'll get back to you by 3pm with a fix! Bye."
	for _, f := range a.Analyze(text, Context{}) {
		if f.Category != Promise {
			continue
		}
		if got, want := PromiseSentence(text, f), "I'll get back to you by 3pm with a fix!"; got != want {
			t.Errorf("PromiseSentence = %q, want %q", got, want)
		}
		return
	}
	t.Fatal("no promise found")
}

func TestBadInput(t *testing.T) {
	a := newTestAnalyzer(t)
	big := strings.Repeat("just restart it, no problem. ", 1<<20/29)
	for name, text := range map[string]string{
		"empty":        "",
		"spaces":       "   \n\t ",
		"1MB":          big,
		"invalid utf8": "no problem \xff\xfe just \xc3 restart it",
		"control":      "no\x00 problem\x07\x1b[31m just restart it\r\n",
		"lone marks":   "```` ` \" “ <@ <https:// :: > &gt;",
	} {
		t.Run(name, func(t *testing.T) {
			fs := a.Analyze(text, Context{})
			if !validOffsets(text, fs) {
				t.Fatalf("bad offsets in %v", fs)
			}
			res := a.Check(text, Context{})
			if res.Findings == nil {
				t.Error("Check findings is nil, want an empty slice")
			}
			if len(fs) == 0 && res.Rewrite != text {
				t.Error("rewrite differs from text with no findings")
			}
		})
	}
	// A long message is read up to MaxAnalyzedBytes, with the cut said.
	an := a.AnalyzeMessage(big, Context{})
	if !an.Truncated || len(an.Findings) < 100 || len(an.Findings) > maxCandidates {
		t.Errorf("1 MB message: truncated %v with %d findings, want truncated with 100-%d", an.Truncated, len(an.Findings), maxCandidates)
	}
	if n := len(an.Findings); n > 0 && an.Findings[n-1].End > MaxAnalyzedBytes {
		t.Errorf("1 MB message: a finding ends at byte %d, past the %d analysed", an.Findings[n-1].End, MaxAnalyzedBytes)
	}
}

// TestInvisibleCharacters: control and zero-width characters pasted into
// a message neither hide a phrase nor make one.
func TestInvisibleCharacters(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, tc := range []struct{ text, want string }{
		{"No problem\x00, glad it worked.", "no-problem"},
		{"No problem\u200b, glad it worked.", "no-problem"},
		{"\ufeffNo problem, glad it worked.", "no-problem"},
		{"Just\x07 reboot it and it'll be fine.", "condescending"},
		{"Sorry for the\u00ad inconvenience.", "robotic"},
		{"I\x00 just checked the logs, all fine.", ""},
		{"Thanks\u200d, the printer works now.", ""},
	} {
		t.Run(tc.text, func(t *testing.T) {
			fs := a.Analyze(tc.text, Context{})
			if !validOffsets(tc.text, fs) {
				t.Fatalf("bad offsets in %v", fs)
			}
			var got []string
			for _, f := range fs {
				got = append(got, string(f.Category))
			}
			if tc.want == "" && len(got) > 0 || tc.want != "" && !slices.Contains(got, tc.want) {
				t.Errorf("got %v, want %q", got, tc.want)
			}
		})
	}
}

// TestShoutingGivesWayInside: a run of capitals is cut around a finding of
// another category inside it, so both are reported on disjoint spans and
// the shouted words on either side stay flagged.
func TestShoutingGivesWayInside(t *testing.T) {
	a := newTestAnalyzer(t)
	text := "WHY IS THIS BROKEN AGAIN, YOU SHOULD HAVE SAVED A COPY BEFORE THE UPDATE"
	fs := a.Analyze(text, Context{})
	if !validOffsets(text, fs) {
		t.Fatalf("bad offsets in %v", fs)
	}
	var blame, before, after bool
	for _, f := range fs {
		switch {
		case f.Category == Blame:
			blame = strings.Contains(f.Match, "SHOULD HAVE")
		case f.Rule == "frustration.shouting" && strings.Contains(f.Match, "BROKEN"):
			before = true
		case f.Rule == "frustration.shouting" && strings.Contains(f.Match, "UPDATE"):
			after = true
		}
	}
	if !blame || !before || !after {
		t.Errorf("got %v, want blame on SHOULD HAVE and shouting before and after it", fs)
	}
}

// validOffsets checks that findings are sorted, disjoint, inside text and on
// UTF-8 boundaries, and that Match is the text they span.
// A boundary is where `range` starts a rune; an invalid byte counts as one.
func validOffsets(text string, fs []Finding) bool {
	if len(fs) == 0 {
		return true
	}
	boundary := make(map[int]bool, len(text)+1)
	for i := range text {
		boundary[i] = true
	}
	boundary[len(text)] = true
	last := 0
	for _, f := range fs {
		if f.Start < last || f.Start >= f.End || f.End > len(text) {
			return false
		}
		if !boundary[f.Start] || !boundary[f.End] || !utf8.ValidString(text[f.Start:f.End]) && utf8.ValidString(text) {
			return false
		}
		if text[f.Start:f.End] != f.Match {
			return false
		}
		last = f.End
	}
	return true
}

// TestGeneralisedFamilies holds the wider blame, in-joke and jargon
// families to positives and their near-misses.
func TestGeneralisedFamilies(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []categoryCase{
		// "you should have" is a reproach unless what follows is received or held.
		{"You should have told us before you changed teams, now your access is all wrong.", Blame},
		{"You should have said something last week.", Blame},
		{"You should have access now, try again.", ""},
		{"You should have gotten a text with the code.", ""},
		{"You should have a new icon on your desktop.", ""},
		{"You should have been sent a link to set up the app.", ""},
		// flat accusations and "the reason is that you..."
		{"You dragged it into the wrong folder.", Blame},
		{"You filled the drive with 4K videos, that's why it's crawling.", Blame},
		{"The reason it stopped syncing is that you renamed the root folder.", Blame},
		{"You asked about the VPN yesterday, it's fixed now.", ""},
		{"You were added to the Finance group this morning.", ""},
		{"When you dragged it across, did a message appear?", ""},
		{"You renamed the folder correctly, that's why it's syncing again.", ""},
		{"You must have bypassed the login screen somehow.", Blame},
		{"You must have noticed the new login page this morning.", ""},
		// accusatory questions and admonitions
		{"Did you spill something on this?", Blame},
		{"Did you restart it?", ""},
		{"Next time maybe don't download random PDF converters.", Blame},
		{"Please stop clicking the links in those emails.", Blame},
		{"Try not to unplug it during updates again.", Blame},
		{"Next time it happens, send me a screenshot.", ""},
		{"Please stop by the desk at 2pm.", ""},
		{"Stop sharing your screen, then rejoin the call.", ""},
		// in-jokes: spellings, and inside quotes
		{"Sounds like an ID 10 T error.", InJoke},
		{"Ha, that's a feature, not a bug.", InJoke},
		{"Did you give it the ol' off-and-on-again?", InJoke},
		{`Classic "works on my machine", let me look.`, InJoke},
		{`The message reads "works on your machine only".`, ""},
		{"That's a feature we turned on last week.", ""},
		// jargon: colleague requests are not findings; a requester-sounding
		// report is judged by its text (LABELING.md), and only a known
		// requester role keeps it quiet (jargon_test.go)
		{"The share is on the DFS namespace now.", Jargon},
		{"my BitLocker screen keeps coming up every time I dock, is that expected?", Jargon},
		{"the SSO token seems to expire after 5 min in Safari, any known issue?", Jargon},
		{"<@U04NETENG> the MTU on the Leeds tunnel is still 1500, can you drop it to 1400?", ""},
		{"<@U04ABC> your MTU was wrong, can you check it now?", Jargon},
		// contradiction: denying the report, doubting it, ruling out the
		// person's evidence; reassurance about fault stays clean
		{"Nope, you didn't get signed out, the session is still live.", Contradiction},
		{"You sure?? The console shows the printer online.", Contradiction},
		{"Whatever you think you're seeing, the queue is empty.", Contradiction},
		{"That's not what the monitoring says, it shows no drops.", Contradiction},
		{"That screenshot can't be current, we changed the logo in May.", Contradiction},
		{"Excel doesn't show an error like that.", Contradiction},
		{"Works for me when I test it, so it's not the app.", Contradiction},
		{"No, you didn't break anything, the update needed a restart.", ""},
		{"You didn't do anything wrong, the form was timing out.", ""},
		{"Are you sure you want the old mailbox deleted? It can't be undone.", ""},
		{"Your new password can't be the same as the last one.", ""},
		{"That's not a real Microsoft alert, it's a scam page, so don't click it.", ""},
		{"There's no such thing as a silly question.", ""},
		// blame: counterfactuals, tallies, permission
		{"If you'd waited for the update to finish, it wouldn't need a rebuild.", Blame},
		{"How often do you forget to charge it?", Blame},
		{"Who said it was okay to plug that in?", Blame},
		{"If you'd like, I can restore yesterday's copy.", ""},
		{"How many times did it beep before it died?", ""},
		// frustration needs the requester's voice
		{"Hello?? Is anyone there? My laptop won't start.", Frustration},
		{"Does anyone actually read these tickets?", Frustration},
		{"Third email about the same login problem.", Frustration},
		{"Your mailbox keeps filling up because of the old archive; I've raised the quota.", ""},
		{"<@U08OPS> ugh, second sev1 today", ""},
		{"Second ticket from Leeds today, both about badges.", ""},
		// jargon: definitions and change notes are clean
		{"We switched your VPN to split tunnelling last night.", Jargon},
		{"A proxy is a middleman server that web traffic passes through.", ""},
		{"Change note: rotated the SMTP relay cert, no user impact.", ""},
		// no-problem and condescending near-misses
		{"No worries, whenever works is fine by me.", ""},
		{"Sorry, I worded that badly. Let me try again: click Start first.", ""},
	}
	runCategoryCases(t, a, tests)
}

// TestQuotedInJokeRewrite: an in-joke found inside quotes is reported, and
// the rewrite leaves the quoted text as written.
func TestQuotedInJokeRewrite(t *testing.T) {
	a := newTestAnalyzer(t)
	text := `Classic "works on my machine" — I'll dig into it.`
	res := a.Check(text, Context{})
	var found bool
	for _, f := range res.Findings {
		if f.Category == InJoke {
			found = true
			if f.Match != "works on my machine" || text[f.Start:f.End] != f.Match {
				t.Errorf("finding %q at [%d,%d), want the quoted words", f.Match, f.Start, f.End)
			}
		}
	}
	if !found {
		t.Fatalf("no in-joke finding in %q", text)
	}
	if !strings.Contains(res.Rewrite, `"works on my machine"`) {
		t.Errorf("rewrite %q changed the quoted text", res.Rewrite)
	}
}
