package coach

import "testing"

// Wave 12: precision on fresh real messages (brand tweets, GitHub and
// help-desk tickets), each family with its positive kept:
//   - a rated "-ing" word with its g dropped, as chat types it ("the fuckin
//     app", "freakin'"), is rated as the word; "fck" is an oath;
//   - "What did you do to resolve the issue?" (a help-desk form's field)
//     and "what did you do to get it working?" ask for the steps taken;
//     "What did you do to the file?" and "What did you do?" still blame;
//   - "to get started here" begins something; "it started fine here"
//     still answers a report with the writer's own test;
//   - a team's purpose ("DM us your email so we can connect ASAP") is the
//     helper's speed; a customer's "I need this fixed ASAP" stays urgent;
//   - a handle inside a frustration cue ("Thanks @Airline for nothing")
//     is who it is said to, not a word of the cue;
//   - a name with a call's brackets glued on ("getStdIn() will return …")
//     is the subject of its "will", not a reply with the subject left off;
//   - "How may we assist you?" is a greeting's question, as real agents'
//     replies are labelled; the form letter's "May I assist you with
//     anything else?" stays (rulecases_test.go).
func init() {
	addRuleCases("frustration.swearing",
		[]string{"the fuckin app won't open again", "this fck laptop keeps freezing", "freakin printer is jammed again"},
		[]string{"the app won't open, any ideas?", "the fuckin-a best support team, thanks for fixing it"})
	addRuleCases("blame.what-did-you-do",
		[]string{"What did you do to the file?", "What did you do? The whole folder is gone.", "what did you do to my laptop"},
		[]string{"## What did you do to resolve the issue Restarted the router twice.", "What did you do to get it working again? I have the same problem.",
			"Thanks! What did you do to fix it in the end?"})
	addRuleCases("contradiction.works-mine",
		[]string{"It started fine here, nothing wrong with the installer.", "Works fine on my end."},
		[]string{"Please send us a DM to get started here: https://example.com/help", "Click the link below to get started here."})
	// A handle inside a cue is who it is said to: "Thanks @Airline for
	// nothing" is "thanks for nothing".
	addRuleCases("frustration.emotion",
		[]string{"Thanks @NorthRail for nothing", "Thanks <@U024BE7LH> for nothing, really",
			"Thanks @QuickParcel for not calling me back as promised, now I'm stuck waiting in all day"},
		[]string{"Thanks @NorthRail for the quick help!", "Thanks @QuickParcel for calling me back so fast"})
	// A name with a call's or a manual section's brackets glued on
	// ("getStdIn()", "adduser(1)") is the subject of its "will": the tool's
	// doing. An aside in brackets with spaces still ends the clause.
	addRuleCases("promise.will-start",
		[]string{"Thanks (again) will do tonight.", "Sure thing, will do tonight."},
		[]string{"adduser(1) will do that for you.", "getStdIn() will return the handle.", "fetchLog(id) will give you the last run."})
	addRuleCases("frustration.urgency",
		[]string{"I need this fixed ASAP.", "my card was charged twice, sort it out ASAP"},
		[]string{"Please send us a DM with your email address so we can connect ASAP.", "Share your order number so that we can chase it ASAP."})
}

// TestCueNamedFromItsWord: a frustration cue that starts at the mark
// before it (praise as a sentence of its own after a grievance) is named
// from its first word, so the finding quotes "Brilliant.", not ". Brilliant.".
func TestCueNamedFromItsWord(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, c := range []struct{ text, want string }{
		{"My train got cancelled again. Brilliant.", "Brilliant."},
		{"The update wiped my saved passwords. Great.", "Great."},
	} {
		var got []string
		for _, f := range a.Analyze(c.text, Context{}) {
			if f.Category == Frustration {
				got = append(got, f.Match)
			}
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q: frustration findings quote %q, want [%q]", c.text, got, c.want)
		}
	}
}
