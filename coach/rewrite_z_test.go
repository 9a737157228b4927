package coach

import (
	"strings"
	"testing"
)

// Wave 5 ("rw"): classes of bad rewrites found by grading every offer on
// real support messages, each fixed by shape. The sentences here are our
// own.

// TestRewriteZVerdictOnTheReport: "that's not a bug" rules on the report
// itself (intended behaviour, a harmless warning). An offer to check
// ("I can't see it from here yet, so let's check") would change what the
// writer says, so it gets a suggestion; a claim about the writer's own
// side keeps its rewrite.
func TestRewriteZVerdictOnTheReport(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, in := range []string{
		"that's not really a bug",
		"That's not a bug.",
		"that is not an error",
	} {
		res := a.Check(in, Context{})
		found := false
		for _, f := range res.Findings {
			found = found || f.Category == Contradiction
		}
		if !found {
			t.Errorf("%q: want a contradiction finding, got %+v", in, res.Findings)
			continue
		}
		if res.Rewrite != in || len(res.Suggestions) == 0 {
			t.Errorf("%q: want suggestions and the text kept, got rewrite %q", in, res.Rewrite)
		}
	}
	// Near-miss: the writer's side, not the report, keeps its rewrite.
	res := a.Check("It's fine on our end.", Context{})
	if res.Rewrite == "It's fine on our end." || len(res.Suggestions) > 0 {
		t.Errorf("claim about our side: want a whole rewrite, got %q with %d suggestions", res.Rewrite, len(res.Suggestions))
	}
}

// TestRewriteZFitsExclusions: a "!word" in a rewrite's fits list keeps the
// replacement off matches holding that word; plain words still require
// one of them.
func TestRewriteZFitsExclusions(t *testing.T) {
	tests := []struct {
		match string
		words []string
		want  bool
	}{
		{"that's not a bug", []string{"!bug"}, false},
		{"it's fine on our end", []string{"!bug"}, true},
		{"it's dead easy", []string{"easy", "!not"}, true},
		{"it's not easy", []string{"easy", "!not"}, false},
		{"it's quick", []string{"easy", "!not"}, false},
		{"anything", nil, true},
	}
	for _, tt := range tests {
		if got := fits(tt.match, tt.words); got != tt.want {
			t.Errorf("fits(%q, %q) = %v, want %v", tt.match, tt.words, got, tt.want)
		}
	}
}

// TestRewriteZCapitalAfterComma: a stock lead-in removed after a comma
// does not leave its capital behind. After a short greeting the next word
// keeps its small letter; after a longer clause the writer's capital
// opened a new sentence, which now gets its full stop.
func TestRewriteZCapitalAfterComma(t *testing.T) {
	a := newTestAnalyzer(t)
	wantRewrites(t, a, []rewriteCase{
		{"Hi Priya, Please be advised that your laptop is ready.", "Hi Priya, your laptop is ready."},
		{"Dear Sir/Madam, Please be advised that your badge was renewed.", "Hi, your badge was renewed."},
		{"Thanks for holding on the line, Please be advised that the lab is shut today.", "Thanks for holding on the line. The lab is shut today."},
		// Near-misses: a small letter stays small, a sentence start stays capital.
		{"Hi Priya, please be advised that your laptop is ready.", "Hi Priya, your laptop is ready."},
		{"Please be advised that the lab is shut today.", "The lab is shut today."},
	})
}

// TestRewriteZGlossHead: a glossary term whose pattern takes in words
// around it ("in the console", "your swap file", "modules to load on
// boot") gets its gloss after the term itself, and a note or the advice
// names the term alone; a compound that is a term of its own ("registry
// fix") keeps the gloss after the whole compound.
func TestRewriteZGlossHead(t *testing.T) {
	a := newTestAnalyzer(t)
	wantRewrites(t, a, []rewriteCase{
		{"Please list the modules to load on boot in that file.", "Please list the modules (a driver part of the operating system) to load on boot in that file."},
		{"Could you look for red lines in the console?", "Could you look for red lines in the console (the panel where the browser or app lists its errors)?"},
		{"Your DNS setting and your swap file both need a look.", "Your DNS setting and your swap file both need a look. (DNS: the internet's address book; swap file: disk space the computer uses as extra memory)"},
		// Near-miss: "registry fix" is one term; its gloss follows it whole.
		{"We sent a registry fix to the laptop, please reboot.", "We sent a registry fix (a change to Windows' internal settings database) to the laptop, please reboot."},
	})
	// The advice names the term, not "in the console".
	res := a.Check("I can't reproduce it, it loads fine for me. Any errors in the console?", Context{})
	for _, s := range res.Suggestions {
		if s.Category == Jargon && strings.Contains(s.Try, "in the console") {
			t.Errorf("advice %q names the words around the term", s.Try)
		}
	}
}

// TestRewriteZWordFamilyGlossedOnce: a later form of a word already
// explained inside a longer term ("cached" after "the DNS cache") is not
// explained a second time, and the rewrite is still offered.
func TestRewriteZWordFamilyGlossedOnce(t *testing.T) {
	a := newTestAnalyzer(t)
	in := "Flush the DNS cache on your laptop. The office router cached an old address for the intranet, so it may take an hour."
	res := a.Check(in, Context{})
	if len(res.Suggestions) > 0 {
		t.Fatalf("want a whole rewrite, got suggestions %+v", res.Suggestions)
	}
	if strings.Contains(res.Rewrite, "(cached:") || strings.Contains(res.Rewrite, "cached (") {
		t.Errorf("rewrite %q explains cached again", res.Rewrite)
	}
	if !strings.Contains(res.Rewrite, "DNS cache") || !strings.Contains(res.Rewrite, "saved copies") {
		t.Errorf("rewrite %q lost the DNS cache gloss", res.Rewrite)
	}
	// Near-miss: different words are not one family.
	for _, p := range [][2]string{{"cache", "cached"}, {"caches", "caching"}} {
		if !sameWordFamily(p[0], p[1]) {
			t.Errorf("%q and %q: want one family", p[0], p[1])
		}
	}
	for _, p := range [][2]string{{"cache", "cache"}, {"cash", "cached"}, {"port", "portal"}} {
		if sameWordFamily(p[0], p[1]) {
			t.Errorf("%q and %q: want different words", p[0], p[1])
		}
	}
}

// TestRewriteZPointerBackAtEnd: a pointer back at the writer's earlier
// words that closes its sentence ("…, like I said.") goes, with the comma
// before it; "To recap" opens a sentence and cannot stand there. At the
// start the opener is still "To recap"; in the middle of a clause the
// writer gets a suggestion.
func TestRewriteZPointerBackAtEnd(t *testing.T) {
	a := newTestAnalyzer(t)
	wantRewrites(t, a, []rewriteCase{
		{"Plug the dock into the other socket, like I said.", "Plug the dock into the other socket."},
		{"Try the guest network as previously asked", "Try the guest network"},
		{"As I said, the badge reader is on the left.", "To recap, the badge reader is on the left."},
		// Near-misses: mid-clause and alone it stays for a suggestion.
		{"Plug the dock in like I said, then press the button.", "Plug the dock in like I said, then press the button."},
		{"like I said", "like I said"},
	})
}

// TestRewriteZNameAfterApology: a stock apology followed by the name of
// the person addressed ("…for the inconvenience Sam.") is rewritten, and
// the name is set off by a comma; a time after it ("…Friday.") is no
// name, so the apology keeps its suggestion.
func TestRewriteZNameAfterApology(t *testing.T) {
	a := newTestAnalyzer(t)
	wantRewrites(t, a, []rewriteCase{
		{"Our apologies for any inconvenience Sam. The printer is back online.", "I'm sorry for the trouble, Sam. The printer is back online."},
		{"Sorry for the inconvenience Priya!", "I'm sorry for the trouble, Priya!"},
		{"Sorry for the inconvenience, Priya.", "I'm sorry for the trouble, Priya."},
		// Near-misses: a day is not a name; an all-caps word is not one either.
		{"We apologise for the inconvenience Friday.", "We apologise for the inconvenience Friday."},
		{"We apologise for the inconvenience ASAP.", "We apologise for the inconvenience ASAP."},
	})
}

// TestRewritesZMustNeverHappen: the wave-5 classes as never-happen
// guards over a few more wordings of each shape (our own sentences).
func TestRewritesZMustNeverHappen(t *testing.T) {
	a := newTestAnalyzer(t)
	tests := []struct {
		name, in string
		never    []string
	}{
		{"verdict on the report", "Honestly that's not a bug, the export is meant to skip hidden rows.", []string{"can't see it from here"}},
		{"verdict on a warning", "that is not an error, only a warning about the old certificate", []string{"can't see it from here"}},
		{"capital after a greeting", "Hello Sam, Please be advised that your new monitor has arrived.", []string{"Sam, Your", ", Your"}},
		{"capital after a clause", "Thanks for bearing with us this week, Please be advised that the portal is back.", []string{", The portal"}},
		{"note names the words around a term", "Your DNS setting and your swap file both need a look.", []string{"(your swap file:", "(the swap file:"}},
		{"advice names the words around a term", "Can't reproduce, works fine for me. Do you see errors in the console?", []string{"Say what in the console"}},
		{"one word family, one note", "Clear the DNS cache first; the router cached the old record.", []string{"(cached:", "cached ("}},
		{"pointer back left at the end", "Send me the crash report, like I said.", []string{"to recap", "To recap", "like I said"}},
		{"name read as the apology's object", "Sorry for the inconvenience Ana.", []string{"inconvenience Ana", "trouble Ana"}},
	}
	for _, tt := range tests {
		res := a.Check(tt.in, Context{})
		text := res.Rewrite
		for _, s := range res.Suggestions {
			text += " | " + s.Try
		}
		for _, bad := range tt.never {
			if strings.Contains(text, bad) {
				t.Errorf("%s: %q gave %q, which holds %q", tt.name, tt.in, text, bad)
			}
		}
	}
}

// TestRewriteZIntensifiedFine: "working just fine" is the same claim as
// "working fine" and gets the same offer to check; the intensifier goes.
func TestRewriteZIntensifiedFine(t *testing.T) {
	a := newTestAnalyzer(t)
	wantRewrites(t, a, []rewriteCase{
		{"It's working just fine.", "It looks fine from here, so let's look at what's happening on your side."},
		{"That's impossible, the scanner works just fine.", "The scanner looks fine from here, so let's look at what's happening on your side."},
		// Near-miss: without an intensifier nothing changes.
		{"It's working fine.", "It looks fine from here, so let's look at what's happening on your side."},
	})
	if got := fineIntensifier.ReplaceAllString("the vpn is just fine now and fine-tuned", "$1"); got != "the vpn is fine now and fine-tuned" {
		t.Errorf("intensifier dropped wrongly: %q", got)
	}
}

// TestRewriteZSubjectlessWorksForMe: "Works fine for me." leaves its
// subject unsaid; the offer to check supplies "It". An offer to check is
// never followed by closing the report: then the writer gets suggestions.
func TestRewriteZSubjectlessWorksForMe(t *testing.T) {
	a := newTestAnalyzer(t)
	wantRewrites(t, a, []rewriteCase{
		{"Works fine for me.", "It looks fine for me, so let's look at what's happening on your side."},
		{"Working fine on the test tablet.", "It looks fine on the test tablet, so let's look at what's happening on your side."},
		// Near-misses: closing after the claim keeps the text for suggestions.
		{"Works fine for me. Closing.", "Works fine for me. Closing."},
		{"It works fine for me. Closing this one.", "It works fine for me. Closing this one."},
	})
	if !offerThenClose.MatchString("So let's check the cable. Closing for now.") {
		t.Errorf("offerThenClose misses a close after an offer")
	}
}

// TestRewriteZOfferThenCloseIsNarrow: an instruction to close an app after
// the offer is no closing of the report.
func TestRewriteZOfferThenCloseIsNarrow(t *testing.T) {
	if offerThenClose.MatchString("So let's check the cable. Close the lid and open it again.") {
		t.Errorf("an instruction to close the lid read as closing the report")
	}
}
