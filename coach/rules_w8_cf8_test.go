package coach

import "testing"

// Wave 8, frustration and promise false alarms on clean messages (helper
// "cf8"): guards for whole families of calm messages that read as stressed
// or as commitments, each beside the stressed or committed message that
// must keep its finding. Our own sentences throughout.

// wantNoValence fails t when text's frustration reading has any negative
// valence.
func wantNoValence(t *testing.T, text string) {
	t.Helper()
	if r := reading(text); r.neg != 0 {
		t.Errorf("%q: negative valence %.2f, want 0", text, r.neg)
	}
}

// TestCF8FaultNamesCarryNoValence: a fault or risk named as the noun of a
// report ("a memory leak", "a fraud alert", "merge conflicts", "data
// loss", "technical difficulties") carries no valence, like "error" and
// "crash"; the writer's feelings about it still do.
func TestCF8FaultNamesCarryNoValence(t *testing.T) {
	for _, text := range []string{
		"thanks for the fraud alert, it stopped a bad payment",
		"the service has a memory leak after a few hours",
		"we are seeing merge conflicts and some data loss on the old branch",
		"sorry, we have technical difficulties with the portal",
		"I suspect the cable, input lag went away with a new one",
	} {
		wantNoValence(t, text)
	}
	runFlagCases(t, Frustration, []flagCase{
		{"Thank you for the fraud alert, it saved me from a nasty surprise", false},
		{"This is fraud, you charged me three times and nobody answers!!", true},
		{"the memory leak is still there and it is driving me crazy", true},
	})
}

// TestCF8NameAfterGreeting: a rated word that is a name right after a
// greeting ("Hey Rob", "Hi Joy") is not a feeling; the same word in the
// sentence still is.
func TestCF8NameAfterGreeting(t *testing.T) {
	if r := reading("Hey Rob, your replacement card is on its way"); r.neg != 0 {
		t.Errorf("a name read as a feeling: neg %.2f", r.neg)
	}
	if r := reading("Hi Joy, the card is on its way"); r.pos != 0 {
		t.Errorf("a name read as a feeling: pos %.2f", r.pos)
	}
	if r := reading("hey, they rob us with these fees"); r.neg == 0 {
		t.Error("the verb lost its valence")
	}
	if r := reading("Hi ROB, card is on its way"); r.neg == 0 {
		t.Error("a word in capitals is not a name")
	}
}

// TestCF8BacklogInThePassive: a count of requests told in the passive,
// with no one chasing ("this has been requested many times"), is a
// maintainer's account of the backlog; the writer's own count of calls
// and transfers stays a repeat.
func TestCF8BacklogInThePassive(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"Yes, this has been requested several times and it is on the roadmap", false},
		{"It was reported many times before, see the linked ticket", false},
		{"that's been discussed a few times in the forum already", false},
		{"I have requested this many times and still nothing", true},
		{"I've been transferred four times and nobody can help", true},
	})
}

// TestCF8SympathyExclaimed: "how awful" and "how terrible for you" said
// about someone else's bad luck are sympathy; a verdict on the service
// and the writer's own "how frustrating" stay frustration.
func TestCF8SympathyExclaimed(t *testing.T) {
	wantCueCount(t, "oh no, how awful", cueStaff, 1)
	wantCueCount(t, "how terrible for your family", cueStaff, 1)
	wantCueCount(t, "lost my bag again. how awful.", cueStaff, 0)
	runFlagCases(t, Frustration, []flagCase{
		{"OMG how terrible! I hope the shop makes it right for you", false},
		{"Oh no, how awful. Hope your laptop turns up soon", false},
		{"How terrible is this app, it crashed again and lost my notes", true},
		{"Lost my bags again. How awful.", true},
		{"@Railco how terrible that nobody told us the train was cancelled", true},
		{"how awful for your family, I hope the flight home goes smoothly", false},
	})
}

// TestCF8ThanksForMakingIsThanks: "thanks for making…" and "thanks for
// giving…" thank for help unless what was made or given is a loss
// ("thanks for making it worse", "thanks for giving me the runaround").
func TestCF8ThanksForMakingIsThanks(t *testing.T) {
	wantCueCount(t, "thanks for making me look at the settings again", cueSarcasm, 0)
	wantCueCount(t, "thank you for giving it a try", cueSarcasm, 0)
	wantCueCount(t, "thanks for making it worse", cueSarcasm, 1)
	wantCueCount(t, "thank you for giving me the runaround", cueSarcasm, 1)
	wantCueCount(t, "thanks for giving away my table", cueSarcasm, 1)
	runFlagCases(t, Frustration, []flagCase{
		{"The player can't open the files and shows an error. Thanks for making me check the other settings though, quite helpful!", false},
		{"Thanks for making it worse, the update wiped my playlists", true},
	})
}

// TestCF8NoLuckIsATry: "no luck", "without success" and "no joy" report a
// try that failed as calmly as "it failed"; other negated praise keeps
// its weight.
func TestCF8NoLuckIsATry(t *testing.T) {
	for _, text := range []string{"tried that too, no luck", "I reinstalled it without success", "no joy with the new cable"} {
		if r := reading(text); r.neg != 0 {
			t.Errorf("%q: negative valence %.2f", text, r.neg)
		}
	}
	if r := reading("the new agent was no help and not good at all"); r.neg == 0 {
		t.Error("negated praise lost its valence")
	}
	runFlagCases(t, Frustration, []flagCase{
		{"Thanks for the tip. I tried that as well, no success though :(", false},
		{"no luck AGAIN, third reinstall this week and it still crashes!!", true},
	})
}

// TestCF8ComplaintDisclaimer: "not to be rude, but…" and "no offence"
// preface a complaint; the negated word is not praise that outweighs it.
func TestCF8ComplaintDisclaimer(t *testing.T) {
	for _, text := range []string{"not to be rude but", "I don't mean to be harsh", "no offence"} {
		if r := reading(text); r.pos != 0 {
			t.Errorf("%q: positive valence %.2f", text, r.pos)
		}
	}
	if r := reading("the driver was not rude at all"); r.pos == 0 {
		t.Error("a plain negated word lost its valence")
	}
	runFlagCases(t, Frustration, []flagCase{
		{"the wifi has dropped every evening for the past five evenings!!! not to be rude but seriously what the heck!!", true},
		{"not to be rude, but could you check the spelling on the invoice?", false},
	})
}

// TestCF8RudeTreatment: a verdict on how the writer was treated ("the
// driver was rude", "staff were dismissive") is frustration; the writer
// owning it ("sorry if I was rude") or a disclaimer ("not to be rude")
// is not.
func TestCF8RudeTreatment(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"The courier was really rude and left the box in the rain", true},
		{"the agents on the phone have been dismissive every time", true},
		{"sorry if I was rude yesterday, thanks for sorting the login", false},
		{"I've been a bit rude in that thread, apologies", false},
		{"not to be rude, but could you check the spelling on the invoice?", false},
	})
}

// TestCF8GladToPassFeedbackOn: passing feedback on is the commitment
// LABELING names, said gladly or not; an offer to help stays clean.
func TestCF8GladToPassFeedbackOn(t *testing.T) {
	runFlagCases(t, Promise, []flagCase{
		{"Thanks for the idea. I will be happy to share your feedback with the product team.", true},
		{"We'll be glad to pass it on to the store manager.", true},
		{"We'll be glad to help you with the settings.", false},
		{"If you send the details we would be happy to forward them.", false},
	})
}

// TestCF8FaultCompounds: a rated word beside the word that makes it the
// name of a fault or a thing ("permission denied", "kernel panic",
// "fatal error", "core dumped", "a dead link", "a fraud alert", "data
// loss") carries no valence; the same word elsewhere keeps it.
func TestCF8FaultCompounds(t *testing.T) {
	for _, text := range []string{
		"the script stops with permission denied",
		"it boots to a kernel panic after the update",
		"a fatal error shows in the log and the core dumped",
		"the page has a dead link to the manual",
		"the bank sent a fraud alert by text",
		"the sync has no data loss, only a delay",
		"a critical update is ready for the laptops",
	} {
		if r := reading(text); r.neg != 0 {
			t.Errorf("%q: negative valence %.2f", text, r.neg)
		}
	}
	for _, text := range []string{"I was denied a refund", "I panic every time it beeps", "this is fraud", "the screen is dirty"} {
		if r := reading(text); r.neg == 0 {
			t.Errorf("%q: lost its valence", text)
		}
	}
}

// TestCF8MaintainerTriage: a maintainer's triage ("this is a known issue",
// "a fix is coming", "PRs welcome", "closing as duplicate") is a staff
// voice, so strong words about the bug in it are a calm description; a
// user asking whether it is known keeps their stress.
func TestCF8MaintainerTriage(t *testing.T) {
	wantCueCount(t, "this is a known issue in the exporter", cueStaff, 1)
	wantCueCount(t, "is this a known issue?", cueStaff, 0)
	runFlagCases(t, Frustration, []flagCase{
		{"Yes, export is completely broken in 4.1. A fix is coming in the next build.", false},
		{"This is a known bug, the importer is totally broken since the rewrite.", false},
		{"Is this a known issue?? The importer is completely broken and I lost a day of work!!", true},
	})
}

// TestCF8HowLongAsksAboutARule: "how long does the lockout last" asks
// about a rule; "how long do I have to wait" and "how long will this
// take" are impatience.
func TestCF8HowLongAsksAboutARule(t *testing.T) {
	wantCueCount(t, "how long does the lockout last after three tries?", cueWaiting, 0)
	wantCueCount(t, "how long do I have to wait for the refund", cueWaiting, 1)
	wantCueCount(t, "how long will this take", cueWaiting, 1)
}

// TestCF8SubjectlessWillHave: a subjectless plan with "will have"
// ("Will have a look tomorrow", "will have to try that when I get home")
// is the writer's own firm plan, a promise as the dev corpus labels it;
// "will have been three days" counts a wait.
func TestCF8SubjectlessWillHave(t *testing.T) {
	runFlagCases(t, Promise, []flagCase{
		{"Thanks, that was the missing step. Will have to try it when I get home tonight.", true},
		{"Will have a look at the logs tomorrow.", true},
		{"Will have been three days tomorrow.", false},
		{"Will have to wait and see.", false},
	})
}

// TestCF8CountClippedToASentence: a count clipped into a sentence of its
// own after what was tried ("Multiple times.") counts the repeats.
func TestCF8CountClippedToASentence(t *testing.T) {
	wantCueCount(t, "Typed the code in again. Several times.", cueRepeatFailure, 1)
	wantCueCount(t, "Press it several times. Then wait.", cueRepeatFailure, 0)
	runFlagCases(t, Frustration, []flagCase{
		{"Pasted the licence key in again. Multiple times. :(", true},
		{"Pasted the licence key in again and it worked :)", false},
	})
}

// TestCF8DoesYourAppEvenWork: "does your app even work?" asked of the
// brand is rhetorical; asking how it works ("does your app really work
// offline?") is a question.
func TestCF8DoesYourAppEvenWork(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"@Shopco hello? Does your website really work ?", true},
		{"does your app even work??", true},
		{"Does your app really work offline? I fly on Monday.", false},
		{"Does the new release actually work on older tablets?", false},
	})
}

// TestCF8OmgIsSurprise: "omg" says surprise, joy as often as dismay: on
// its own it is no sign of stress, beside one it still adds nothing that
// the other signs do not.
func TestCF8OmgIsSurprise(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"omg the new dark mode is out", false},
		{"omg finally got the printer working", false},
		{"OMG I just realised I was on the guest wifi", false},
		{"omg this portal is useless", true},
		{"OMG!!! the update wiped my photos and nobody answers", true},
	})
}

// TestCF8LetsSortItIsStaff: an agent taking the problem on together
// ("let's take a look", "let's get this sorted") is a staff voice.
func TestCF8LetsSortItIsStaff(t *testing.T) {
	wantCueCount(t, "let's take a look at the router together", cueStaff, 1)
	wantCueCount(t, "let's get this sorted for you", cueStaff, 1)
	wantCueCount(t, "let's see how long this takes", cueStaff, 0)
}
