package coach

import (
	"slices"
	"testing"
)

// The precision wave's shapes: clean messages the engine flagged on real
// sets outside the corpus (developer threads, IRC help channels, tweets to
// brands), each with the near-miss that must stay clean and the positive
// that must still be flagged. Our own sentences, not the real ones.

// TestPrecisionUnknownTerms: what the jargon detector must leave alone and
// what it must still report.
func TestPrecisionUnknownTerms(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []struct {
		name, text, want string // want "" means no detector finding
	}{
		// words run together in capitals
		{"issue label in capitals", "The tracker now handles WONTFIX for rare requests.", ""},
		{"acronym in capitals still a term", "The DSLAM at the exchange was restarted overnight.", "DSLAM"},
		// a character's code point
		{"code point", "The export shows <U+00BD> instead of the fraction.", ""},
		{"hex after a plus is not a code point", "Your VDSL+ESXI box needs a reboot.", "ESXI"},
		// a backtick used as an apostrophe
		{"backtick apostrophe", "I`ve tried it twice and it still won`t print.", ""},
		{"inline code after a space", "Your note was about the script `build.py`, not the page.", "`build.py`"},
		// what the reader sees on screen, in backticks
		{"button in backticks", "Press the `RESTART` button on the front panel.", ""},
		{"menu path in backticks", "Open `Settings > Privacy` and turn it back on.", ""},
		{"lower-case command in backticks", "Nothing was lost: it all went into `git stash` first.", "`git stash`"},
		{"file in backticks", "Look in `settings.json` for the line.", "`settings.json`"},
		// review and chat shorthand
		{"review verdict", "Thanks for the fix, LGTM!", ""},
		{"question to the thread", "We could drop the old page. WDYT?", ""},
		{"tweet insult", "this phone is a total POS", ""},
		{"shorthand does not hide a term", "LGTM, though the DSLAM still drops the line.", "DSLAM"},
		// issue-tracker labels and references in backticks
		{"label after marked as", "I've marked it as `needs-info` until we hear back.", ""},
		{"two labels", "The bot only closes issues labelled `stale` and `no-repro`.", ""},
		{"label before the word label", "Please drop the `wontfix` label, it's fixed now.", ""},
		{"issue reference", "This is the same crash as `acme/app#112`.", ""},
		{"bot command to try", "Try `@helpbot status` to see the queue.", ""},
		{"command after 'try running' is still a term", "Try running `chmod 600` on the key file.", "`chmod 600`"},
		{"code span that is not a label", "The error comes from `needs_retry` in the worker.", "`needs_retry`"},
		// text-speak and styled words
		{"vowel dropped", "the only thng left to try is a refund", ""},
		{"consonant code still a term", "Install tftp on the server first.", "tftp"},
		{"prefix glued to a capitalised word", "Can I preOrder the new model online?", ""},
		{"camelCase code name still a term", "The page calls loadProfile before it renders.", "loadProfile"},
		{"brand among slashed choices", "You can pay by card/PayPal/voucher at checkout.", ""},
		{"capitalised folders in a place stay a path", "Copy it to Library/Preferences/Backup first.", "Library/Preferences/Backup"},
		// a product named by its release
		{"product and release number", "Are you on the qtx 19 build or the older one?", ""},
		{"product and the word version", "I moved you to the new QMTR version last week.", ""},
		{"same product as a bare acronym", "I reset the QMTR on your desk, so it should hold its settings now.", "QMTR"},
		// said what kind of thing it is
		{"named as a kind of tool", "QMTR is a really handy monitoring tool we run on every desk.", ""},
		{"not said what it is", "I installed QMTR on every desk for you.", "QMTR"},
		// a chat handle set off with a double dash
		{"handle before a double dash", "kim_w -- the list is the best place to ask that", ""},
		{"setting name before a double dash is mid-message", "Set max_retries -- the default is too low", "max_retries"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := unknownTermsIn(a, tc.text, Context{})
			switch {
			case tc.want == "" && len(got) > 0:
				t.Errorf("%q: got terms %q, want none", tc.text, got)
			case tc.want != "" && !slices.Contains(got, tc.want):
				t.Errorf("%q: got terms %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestPrecisionCategories: near-misses that must stay clean of a category
// and positives that must keep it.
func TestPrecisionCategories(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []struct {
		name, text string
		cat        Category
		want       bool // want a finding of cat
	}{
		// a glossary word with an everyday sense is a term only in its
		// technical one
		{"issue filed in the wrong place", "This was filed in the wrong repository, so I'm closing it here.", Jargon, false},
		{"a store of documents", "The library keeps theses in its digital repository.", Jargon, false},
		{"software source switched on", "After the upgrade, enable the repository again and run the updates.", Jargon, true},
		{"software source named", "Add the backports repository and the newer version will show up.", Jargon, true},
		// a life event or a public topic named calmly is not the writer's
		// anger
		{"a death in the family", "We had a death in the family and I missed the payment.", Frustration, false},
		{"a funeral", "After the funeral we found the tablet locked with a code nobody knows.", Frustration, false},
		{"an illness", "My dad has cancer and I manage his account now.", Frustration, false},
		{"anger at the service still counts", "Your support is a disaster, I hate this app.", Frustration, true},
		// "emergency" naming a provision, and the helper's promise of speed
		{"in case of emergency", "The exit row is only for people who can help in case of emergency.", Frustration, false},
		{"an emergency patch applied", "An emergency patch was applied to the mail server last night.", Frustration, false},
		{"promise of speed", "Our team will do their best to get the laptop back to you asap.", Frustration, false},
		{"the writer's emergency", "This is an emergency, the till is down and customers are waiting!", Frustration, true},
		{"the writer's asap", "I need the VPN working asap, my client call starts soon.", Frustration, true},
		// a goodbye and an effort offered in the message itself
		{"goodbye", "Thanks again, I'll see you on the next trip soon!", Promise, false},
		{"effort in the message", "It's a long story for one reply, but I'll do my best.", Promise, false},
		{"effort that commits to an action", "We'll do our best to rebook you on the morning flight.", Promise, true},
		{"a visit arranged", "I'll see you at your desk at 3 to swap the dock.", Promise, true},
		// a test the writer shares, named by what it ran on
		{"test shared with its system", "I tested this on Windows 11 and it works.", Contradiction, false},
		{"test shared with its version", "I tried it with 4.2 and it works fine.", Contradiction, false},
		{"own machine overrules the report", "I tested this on my laptop and it works.", Contradiction, true},
		// a count that ends in success
		{"count ending in success", "I tried again, and after the third time I was able to log in.", Frustration, false},
		{"managed in the end", "The upload failed twice today, then I managed to send it.", Frustration, false},
		{"count still failing", "After the third time it still fails to log in.", Frustration, true},
		// "for" naming a purpose, not an event due
		{"purpose, not a deadline", "It doesn't work for the clients on the second floor.", Frustration, false},
		{"an event due", "The projector won't connect and I need it for the meeting at 3.", Frustration, true},
		// one missed step named plainly, not a verdict on habits
		{"a missed step", "You didn't run the update after adding the source.", Blame, false},
		{"never does it", "You never restart it when we ask, that's why it keeps failing.", Blame, true},
		{"didn't even", "You didn't even try the steps in the guide.", Blame, true},
		// taking up a suggestion by name, while the helper waits
		{"trying the suggestion named", "Thanks for the link, I will try those steps.", Promise, false},
		{"trying it with a time and a report", "I'll try those steps tonight and let you know.", Promise, true},
		{"another way, a commitment", "If that fails I will try another approach.", Promise, true},
		// an in-joke is the in-joke rules' business, not a term to explain
		{"in-joke criticised", "We do not want a PEBKAC culture about our users here.", Jargon, false},
		{"in-joke still an in-joke", "Classic PEBKAC, the monitor was switched off.", InJoke, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := slices.Contains(categoriesOf(a, tc.text, Context{}), tc.cat)
			if got != tc.want {
				t.Errorf("%q: got %s %v, want %v (findings %v)", tc.text, tc.cat, got, tc.want, a.Analyze(tc.text, Context{}))
			}
		})
	}
}
