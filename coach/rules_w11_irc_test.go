package coach

import (
	"slices"
	"testing"
)

// Wave 11, helper "irc": volunteers answering beginners in IRC help
// channels and forums, and the askers' own lines. Families fixed, each
// with its positive kept:
//   - "or just …" with the subject left out offers a second way beside the
//     first ("yes, or just use two windows"), as "or you can just" already
//     did; "nah just reboot it" stays condescending;
//   - after "try", "just" that sets the step against what is left out
//     means "only" ("try just the basic effects, not the extra ones");
//     "try just restarting it" and "Just use the app, not the site" stay;
//   - a word of order in capitals ("and THEN run it", "unplug it FIRST")
//     stresses the order of the steps and is no shout; "it NEVER works"
//     and "ANSWER your phone" stay frustration;
//   - an unlisted name dated by the word before it ("the old zorbix", "a
//     5-year old qrxb") is a product's release, as a version number is;
//     "the old kernel" and a device's acronym ("the new ONT") stay terms;
//   - a long option after its command at the end of a message ("fc-cache
//     --force") and a short one after a hyphenated command ("fc-cache -f")
//     are terms; a sign-off ("thanks --sam", "cheers -jt") is not;
//   - the software sources refreshed ("try updating the repositories");
//     one repository of lesson plans stays an everyday word;
//   - the writer's own kit judged with "clearly" ("my laptop is clearly too
//     old for this"); "your laptop is clearly too old" and "my point was
//     clearly lost on you" stay condescending;
//   - "no way, it worked!" is delight at a fix; "no way, it works fine
//     here" and "No way it's our server." stay denials;
//   - a path an error message quotes inside its own quotes ("Unable to
//     mount "/dev/sdb1". Not a folder") pairs the quote marks wrongly and
//     left the path glued to one, unread; a chunk now also starts right
//     after a quote mark, so the path is read as a path. Findings on all
//     9,515 testdata, probe and dev messages are unchanged by it.
//
// Our own sentences; the probe file w11-irc.jsonl varies them, over half
// of it clean.

func init() {
	probeFloors["w11-irc.jsonl"] = map[Category]probeFloor{Condescending: {1.00, 1.00}, Contradiction: {1.00, 1.00}, Jargon: {1.00, 1.00}, Frustration: {1.00, 1.00}}
	probeCleanCeilings["w11-irc.jsonl"] = 0.00 // 0 of 23 clean lines flagged

	addRuleCases("condescending.just",
		[]string{
			"nah just reboot it",
			"If not, just reboot it.",
			"Just use the app, not the website.",
		},
		[]string{
			"yep, or just open two windows side by side",
			"restart the app, or just reboot the whole laptop if that's easier",
		})
	addRuleCases("condescending.clearly",
		[]string{
			"your laptop is clearly too old for this",
			"my point was clearly lost on you",
		},
		[]string{
			"my laptop is clearly too old for this",
			"our old router was clearly dying",
		})
	addRuleCases("contradiction.denial",
		[]string{
			"no way, it works fine here",
			"No way it's our server.",
		},
		[]string{
			"no way, it worked! thank you",
			"no way, that actually works.",
		})
	addRuleCases("condescending.try-simply",
		[]string{
			"try just restarting it",
			"Try simply reinstalling the app from the store.",
		},
		[]string{
			"try just turning on the basic effects, not the extra ones yet",
			"maybe try just the wired mouse, not both at once",
		})
}

// TestW11IRCOrderInCapitals: a word of order typed in capitals among
// lower-case words stresses the order of the steps; a shouted everyday
// word is still frustration.
func TestW11IRCOrderInCapitals(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"why don't you sign in as usual, and THEN open the remote session?", false},
		{"unplug the dock FIRST, then the charger", false},
		{"do the backup BEFORE you start the upgrade", false},
		{"you can use BOTH ports, it doesn't matter", false},
		{"it NEVER works after lunch and I'm fed up", true},
		{"why don't you ANSWER your phone?", true},
	} {
		got := slices.Contains(categoriesOf(a, tc.text, Context{}), Frustration)
		if got != tc.want {
			t.Errorf("%q: frustration %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestW11IRCJargon: dated product names are names; options typed after
// their command, refreshed repositories and a path quoted inside a quoted
// error are terms.
func TestW11IRCJargon(t *testing.T) {
	runVJCases(t, []vjCase{
		{"ah, that's the old zorbix, it isn't maintained any more", false},
		{"you still have a 5-year old qrxb there :)", false},
		{"the newer zorbix does this for you", false},
		{"the new ONT is blinking red", true},
		{"boot the old kernel from the menu", true},
		{"the old fstab still points at the missing disk", true},
		{"rebuild the font cache: fc-cache --force", true},
		{"then run fc-cache -f and log in again", true},
		{"clean it up with apt-get --purge", true},
		{"thanks for the help --sam", false},
		{"that fixed it, cheers -jt", false},
		{"try updating the repositories and then search again", true},
		{"I updated the repository of lesson plans on the shared drive", false},
		{`it pops up "Unable to mount "/dev/sdb1". Not a folder"`, true},
		{`the box says "cannot read "/etc/hosts"" after the update`, true},
		{`he said "hello" and left`, false},
		{`choose "yes"/"no" in the box`, false},
	})
}
