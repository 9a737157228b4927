package coach

import (
	"strings"
	"testing"
)

// Wave 8 ("rw8"): shapes of bad offers found by grading every whole
// rewrite on the pooled study halves and the dev corpus again, each fixed
// where it is general. The sentences here are our own.

// w8Case is one message and the whole rewrite it must get; want "" means
// no whole rewrite (suggestions only, the text kept).
type w8Case struct {
	name, in, want string
}

func runW8Cases(t *testing.T, cases []w8Case) {
	t.Helper()
	a := newTestAnalyzer(t)
	for _, tt := range cases {
		res := a.Check(tt.in, Context{})
		if len(res.Findings) == 0 {
			t.Errorf("%s: %q: want a finding, got none", tt.name, tt.in)
			continue
		}
		got := res.Rewrite
		if tt.want == "" {
			if got != tt.in || len(res.Suggestions) == 0 {
				t.Errorf("%s: %q: want suggestions and the text kept, got rewrite %q", tt.name, tt.in, got)
			}
			continue
		}
		if got != tt.want {
			t.Errorf("%s: %q:\n got %q\nwant %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// TestRewriteW8VerbForAPerson: "please reply" stands in for a stock verb
// of answering, but before "with" and a person it says something else
// ("please reply with us"). The writer's own plain verb stays; a stock verb
// with no plain swap gets a suggestion. Near-misses: "with" and the thing
// to send keeps "please reply".
func TestRewriteW8VerbForAPerson(t *testing.T) {
	runW8Cases(t, []w8Case{
		{"confirm with us", "Once the laptop is back, kindly confirm with us here.", "Once the laptop is back, please confirm with us here."},
		{"confirm with me", "Kindly confirm with me when the meeting room is free.", "Please confirm with me when the meeting room is free."},
		{"advise with us", "Kindly advise with us when the badge arrives.", ""},
		{"near-miss: with the details", "Kindly revert with the serial number.", "Please reply with the serial number."},
		{"near-miss: with your number", "Kindly confirm with your desk number.", "Please reply with your desk number."},
	})
}

// TestRewriteW8WritersWe: an offer of help keeps the writer's "we" ("can
// we help with anything else"), so a reply that already speaks as "we" does not switch to
// "I" halfway. Near-miss: the writer's own "I" stays "I".
func TestRewriteW8WritersWe(t *testing.T) {
	runW8Cases(t, []w8Case{
		{"we in the sentence", "We got your ticket. May we assist you with anything else?", "We got your ticket. Can we help with anything else?"},
		{"we alone", "Thanks Sam, may we help you with anything else?", "Thanks Sam, can we help with anything else?"},
		{"near-miss: I", "Thanks Sam, may I help you with anything else?", "Thanks Sam, can I help with anything else?"},
	})
	if got := keepWritersWe("I'm sorry for the trouble", "I'm sorry for the trouble"); got != "I'm sorry for the trouble" {
		t.Errorf("an apology's own I changed: %q", got)
	}
}

// TestRewriteW8ParticipleHead: a glossary pattern that takes in the
// storage before "mounted" or a verb coordinated after it puts the gloss
// right after "mounted", and the advice names that word. Near-miss: "mount
// the drive" is a verb phrase the gloss follows whole.
func TestRewriteW8ParticipleHead(t *testing.T) {
	runW8Cases(t, []w8Case{
		{"mounted and read", "The backup disk can be mounted and read from, not written to.", "The backup disk can be mounted (made reachable from the system) and read from, not written to."},
		// A pattern with a gap ("folder <0-4 words> mounted") has no
		// spelling in the glossary; its entry is found by the advice.
		{"gap pattern", "Where should the team folder be mounted?", "Where should the team folder be mounted (made reachable from the system)?"},
		// Near-miss: a verb phrase with a gap names no head; its gloss
		// would not fit the words, so it keeps its suggestion.
		{"near-miss: verb phrase with a gap", "I mount the other shares by hand.", ""},
	})
	a := newTestAnalyzer(t)
	res := a.Check("Where should the team folder be mounted? Sorry for any inconvenience caused to you and your team.", Context{})
	if len(res.Suggestions) == 0 || !strings.HasPrefix(res.Suggestions[0].Try, "Say what mounted means") {
		t.Errorf("advice should name the participle alone, got %+v", res.Suggestions)
	}
	res = a.Check("Please mount the drive again.", Context{})
	if !strings.Contains(res.Rewrite, "mount the drive (") && !(len(res.Suggestions) > 0 && strings.Contains(res.Suggestions[0].Try, "mount the drive")) {
		t.Errorf("near-miss: the verb phrase should stay whole, got %q %+v", res.Rewrite, res.Suggestions)
	}
}

// TestRewriteW8PluralGloss: a gloss describing one thing ("a small
// computer…") after the plural of its term takes "each". Near-misses: the
// singular term, a term that merely ends in "s", and a gloss that is not
// "a …" stay as they were.
func TestRewriteW8PluralGloss(t *testing.T) {
	runW8Cases(t, []w8Case{
		{"plural term", "The training room runs on thin clients.", "The training room runs on thin clients (each a small computer that runs everything from a server)."},
		{"near-miss: singular", "The training room runs on a thin client.", "The training room runs on a thin client (a small computer that runs everything from a server)."},
	})
	a := newTestAnalyzer(t)
	for _, in := range []string{"The NFS share is down again.", "Install the codecs first."} {
		if res := a.Check(in, Context{}); strings.Contains(res.Rewrite, "(each ") || strings.Contains(res.Rewrite, ": each ") {
			t.Errorf("near-miss %q: no 'each' wanted, got %q", in, res.Rewrite)
		}
	}
}

// TestRewriteW8NounHeads: a glossary pattern that takes in a verb or a
// measure before a noun term ("resize the partition", "GB of the
// partition", "in the repos") glosses and names the noun. Near-misses: a
// term whose gloss tells an action ("mount the partition", "partition the
// drive") stays whole, and so does a compound with its own entry ("root
// partition").
func TestRewriteW8NounHeads(t *testing.T) {
	runW8Cases(t, []w8Case{
		{"verb before the noun", "Resize the partition first.", "Resize the partition (a separate section of the disk) first."},
		{"measure before the noun", "The 20 GB of the partition is used.", "The 20 GB of the partition (a separate section of the disk) is used."},
		{"near-miss: action gloss", "Partition the drive before you start.", "Partition the drive (split the disk into separate sections) before you start."},
	})
	a := newTestAnalyzer(t)
	res := a.Check("It is in the repos already.", Context{})
	if !strings.Contains(res.Rewrite, "(repos: ") {
		t.Errorf("note should name repos alone, got %q", res.Rewrite)
	}
	res = a.Check("Mount the partition again.", Context{})
	if !strings.Contains(res.Rewrite, "(Mount the partition: ") {
		t.Errorf("near-miss: an action gloss keeps the whole term, got %q", res.Rewrite)
	}
	res = a.Check("The root partition is full.", Context{})
	if len(res.Suggestions) == 0 || !strings.Contains(res.Suggestions[0].Try, "root partition") {
		t.Errorf("near-miss: root partition stays whole, got %+v", res.Suggestions)
	}
	if !actionGloss("switching it off at the plug") || !actionGloss("make the files reachable") || actionGloss("a separate section of the disk") || actionGloss("the sources the system downloads software from") {
		t.Error("actionGloss misreads a gloss")
	}
}

// TestRewriteW8GlossBeforeThan: a gloss never comes between a compared
// term and its "than"; it goes in a note after the sentence. Near-miss:
// the same term without a comparison is glossed in place.
func TestRewriteW8GlossBeforeThan(t *testing.T) {
	runW8Cases(t, []w8Case{
		{"than after the term", "You need a newer kernel than that.", "You need a newer kernel than that. (kernel: the core of the operating system)"},
		{"near-miss: no comparison", "You need a newer kernel for that.", "You need a newer kernel (the core of the operating system) for that."},
	})
}

// TestRewriteW8BareNot: a minimiser removed before a bare "not" answer
// leaves a plain "No" ("Obviously not, …" → "No, …"), not "Not, …".
// Near-misses: "not" before a word, or inside the sentence, stays.
func TestRewriteW8BareNot(t *testing.T) {
	runW8Cases(t, []w8Case{
		{"answer with a comma", "Obviously not, the printer is on another network.", "No, the printer is on another network."},
		{"answer alone", "Clearly not!", "No!"},
		{"near-miss: inside the sentence", "The printer is obviously not, though.", "The printer is not, though."},
	})
	if bareNot("nothing changed") || bareNot("not plugged in") || !bareNot("not.") {
		t.Error("bareNot misreads its text")
	}
}

// TestRewriteW8UnquotedExample: advice that quotes a term the writer put in
// quotes starts its example without doubled marks (e.g. "sudo (…)", not
// e.g. ""sudo" (…)"). Near-misses: an unquoted term and the term named in
// the advice's own words are left as they were.
func TestRewriteW8UnquotedExample(t *testing.T) {
	tests := []struct{ try, match, want string }{
		{`Say what "sudo" means, e.g. ""sudo" (admin rights)".`, `"sudo"`, `Say what "sudo" means, e.g. "sudo (admin rights)".`},
		{`Say what “thin clients” means, e.g. "“thin clients” (small computers)".`, `“thin clients”`, `Say what “thin clients” means, e.g. "thin clients (small computers)".`},
		{`Say what sudo means, e.g. "sudo (admin rights)".`, `sudo`, `Say what sudo means, e.g. "sudo (admin rights)".`},
		{`Explain "grub & menu.lst" in plain words.`, `"grub & menu.lst"`, `Explain "grub & menu.lst" in plain words.`},
	}
	for _, tt := range tests {
		if got := unquoteExample(tt.try, tt.match); got != tt.want {
			t.Errorf("unquoteExample(%q, %q) = %q, want %q", tt.try, tt.match, got, tt.want)
		}
	}
}

// TestRewriteW8PluralAdvice: advice whose example names the writer's
// plural takes "each" as the rewrite does. Near-miss: an example that
// names the entry's singular keeps the gloss as it is.
func TestRewriteW8PluralAdvice(t *testing.T) {
	a := newTestAnalyzer(t)
	const apology = " Sorry for any inconvenience caused to you and your team."
	res := a.Check(`Do you run "thin clients"?`+apology, Context{})
	if len(res.Suggestions) == 0 || !strings.Contains(res.Suggestions[0].Try, `"thin clients (each a small computer`) {
		t.Errorf("plural example: got %+v", res.Suggestions)
	}
	res = a.Check("Do you run fat clients?"+apology, Context{})
	if len(res.Suggestions) == 0 || strings.Contains(res.Suggestions[0].Try, "each") || !strings.Contains(res.Suggestions[0].Try, "fat client (a computer") {
		t.Errorf("near-miss, singular example: got %+v", res.Suggestions)
	}
}
