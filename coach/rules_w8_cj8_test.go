package coach

import "testing"

// Wave 8, jargon precision on clean messages: building blocks, written here
// in our own words. A word handed back to the person who used it, or an
// everyday word named as a word, is talked about, not used; the
// administrator account is a term when something is being run or logged in
// "as root".

// TestCJ8MentionedTerms: a term the writer hands back ("why do you say X",
// "what do you mean by X", "what kind of X do you mean") or an everyday
// word in backticks named as a keyword is a mention; the same term used, or
// offered as a suggestion, still counts.
func TestCJ8MentionedTerms(t *testing.T) {
	runTermCases(t, []termCase{
		{"kind of word asked back", "Which sort of `sluggish` do you mean?", ""},
		{"word handed back after mean by", "What do you mean by `qrxbd` exactly?", ""},
		{"everyday word named as keyword", "The `average` keyword works on the rows above it.", ""},
		{"rare word before keyword still a term", "The `qrxbavg` keyword works on the rows above it.", "`qrxbavg`"},
		{"suggestion still a term", "Did you mean `qrxbtool --list`?", "`qrxbtool --list`"},
		{"used in a question still a term", "Which `qrxbd` build do you run?", "`qrxbd`"},
	})
	a := newTestAnalyzer(t)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Sam, cached? Why do you say cached?", false},
		{"What do you mean by the cache being full?", false},
		{"The page is cached, so reload it twice.", true},
		{"You said you cleared the cache, did it help?", true},
		{"Clear the cache and tell me what you see.", true},
	} {
		if got := hasJargon(a, tc.text); got != tc.want {
			t.Errorf("%q: jargon %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestCJ8RunningAsRoot: running, executing or logging in as root names the
// administrator account; "root cause" and a plant's roots do not.
func TestCJ8RunningAsRoot(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Are you running the installer as root?", true},
		{"I logged in as root and the folder was still locked.", true},
		{"Executing the backup as root fixed the permissions.", true},
		{"We identified the outage as root cause of the delay.", false},
		{"The plant was running out of room as roots grew.", false},
	} {
		if got := hasJargon(a, tc.text); got != tc.want {
			t.Errorf("%q: jargon %v, want %v", tc.text, got, tc.want)
		}
	}
}

// hasJargon reports whether text gets a jargon finding without a role.
func hasJargon(a *Analyzer, text string) bool {
	for _, c := range categoriesOf(a, text, Context{}) {
		if c == Jargon {
			return true
		}
	}
	return false
}

// TestCJ8CookiesInTheirFrame: cookies are a term in a message about a
// browser, a site or clearing them; cookies eaten are not.
func TestCJ8CookiesInTheirFrame(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Please check that cookies are enabled in your browser.", true},
		{"Does deleting your cookies change anything?", true},
		{"Thinking about those lemon cookies on the morning train.", false},
		{"We left milk and cookies by the help desk.", false},
	} {
		if got := hasJargon(a, tc.text); got != tc.want {
			t.Errorf("%q: jargon %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestCJ8NamedAsProject: a name the message says is a project, a
// distribution or a game is explained as what it is, as "is a tool" is.
func TestCJ8NamedAsProject(t *testing.T) {
	runTermCases(t, []termCase{
		{"said to be a project", "The rollout waits because Ansible is a very busy project.", ""},
		{"said to be a utility", "Install it with dpkg, dpkg is a small utility on every machine.", ""},
		{"named without saying what it is", "The rollout waits because Ansible needs a new release.", "Ansible"},
	})
}

// TestCJ8PlaceInBrackets: brackets after a term that say where it is found
// do not explain it; brackets that say what it is still do.
func TestCJ8PlaceInBrackets(t *testing.T) {
	runTermCases(t, []termCase{
		{"where to find it", "Turn off keepSyncOpen (under Settings) and try once more.", "keepSyncOpen"},
		{"which page", "Turn off keepSyncOpen (in the advanced page) and try once more.", "keepSyncOpen"},
		{"what it is", "Turn off keepSyncOpen (the switch that holds the link open) and try once more.", ""},
		{"in other words", "Turn off keepSyncOpen (in other words, stop holding the link open) and try once more.", ""},
	})
}

// TestCJ8ChangeLog: a change log says what it is in its two everyday
// words; a stack trace does not.
func TestCJ8ChangeLog(t *testing.T) {
	runTermCases(t, []termCase{
		{"change log", "The changelog for this week is out of date.", ""},
	})
	// "stacktrace" is still a term: since wave 9 the glossary knows the
	// joined spelling of "stack trace", so it is glossed, not detected.
	if !hasJargon(newTestAnalyzer(t), "The stacktrace for this week is out of date.") {
		t.Error("stacktrace: no jargon")
	}
}
