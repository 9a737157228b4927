package coach

import "testing"

// Wave 9, jargon: LABELING.md's own examples and near-misses, varied the
// way people vary them (possessives, plurals, joined spellings, verbs,
// glosses set off by "=", a comma or "being"), written here in our own
// words.

func init() {
	// The probe file of this wave: every example and near-miss of the
	// jargon row in several forms. Floors and the clean ceiling sit at the
	// measured values and only go up (floors) or down (ceiling).
	probeFloors["w9-vj.jsonl"] = map[Category]probeFloor{Jargon: {0.97, 0.97}}
	probeCleanCeilings["w9-vj.jsonl"] = 0.04 // 4 of 124 clean lines flagged (3.2%): three glosses in passing ("is when", "a.k.a.", "is just saved copies") and "sales pipeline is healthy" read as contradiction
}

// vjCase is one message and whether it shows jargon.
type vjCase struct {
	text string
	want bool
}

func runVJCases(t *testing.T, cases []vjCase) {
	t.Helper()
	a := newTestAnalyzer(t)
	for _, tc := range cases {
		if got := hasJargon(a, tc.text); got != tc.want {
			t.Errorf("%q: jargon %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestW9VJTermForms: a glossary term keeps its label in the forms
// LABELING.md says do not change it, without any term listing them: the
// possessive or "is" of its last word, the plural of a singular, and two
// words written with a hyphen or joined. Everyday words stay clean in the
// same forms.
func TestW9VJTermForms(t *testing.T) {
	runVJCases(t, []vjCase{
		{"Looks like the MTU's wrong on the new link.", true},
		{"the proxy's eating the upload, try from home", true},
		{"The firmware's two versions behind on that printer.", true},
		{"Your laptop's bios's clock is an hour out.", true},
		{"We think the SAML's cert expired over the weekend.", true},
		{"New group policies go out to the design team tonight.", true},
		{"Both default gateways answer, so it's further along.", true},
		{"The Hyper-V BIOSes all have the same setting now.", true},
		{"Some packet-loss shows up after six in the evening.", true},
		{"Could you send a trace-route from the shop floor PC?", true},
		{"Our loadbalancer keeps your session on one server.", true},
		{"The router's lights are all green now.", false},
		{"Your password's expired, reset it from the sign-in page.", false},
		{"The update's finished, you can use the laptop again.", false},
		{"The plant was running out of room as roots grew.", false},
	})
	// The finding names the term without its "'s", and the gloss goes in a
	// note, not between "MTU's" and the rest of the clause.
	a := newTestAnalyzer(t)
	text := "The MTU's set too high on the tunnel."
	fs := a.Analyze(text, Context{})
	if len(fs) != 1 || fs[0].Match != "MTU's" {
		t.Fatalf("%q: findings %+v", text, fs)
	}
	if want := `Say what MTU means the first time you use it, e.g. "MTU (the largest chunk of data the network sends at once)".`; fs[0].Suggestion != want {
		t.Errorf("suggestion %q, want %q", fs[0].Suggestion, want)
	}
}

// TestW9VJPingDone: a ping reported done or under way ("I pinged your
// server", "pinging the gateway", "run a ping to …", "a continuous ping")
// is the network test; a person pinged on chat is not, nor a quiz host.
func TestW9VJPingDone(t *testing.T) {
	runVJCases(t, []vjCase{
		{"I pinged your NAS from the office and nothing came back.", true},
		{"we're pinging the gateway every second while you test", true},
		{"pinged 192.168.1.20 and it replies in 2 ms", true},
		{"Could you run a ping to the printer from your desk?", true},
		{"Leave a continuous ping going while you move around the floor.", true},
		{"I pinged you on Teams about the new starter.", false},
		{"Pinging the host of the Friday quiz about the room.", false},
		{"She pinged the whole channel about the fire drill.", false},
	})
}

// TestW9VJEverydaySenses: cache, kernel and cookies in their everyday
// senses (a hidden store, a seed, a snack) stay clean; the same words
// beside a browser, a clear-out or a system are terms.
func TestW9VJEverydaySenses(t *testing.T) {
	runVJCases(t, []vjCase{
		{"We found a cache of spare chargers behind the server room door.", false},
		{"There's a kernel of a good idea in the new rota.", false},
		{"Popcorn kernels all over the break room again.", false},
		{"Somebody left a tin of cookies on the help desk, help yourselves.", false},
		{"The cache of your browser still has the old logo, clear it.", true},
		{"The kernel of your Linux laptop needs the update.", true},
		{"Delete the cookies for the booking site and try again.", true},
	})
}

// TestW9VJGlossForms: a term explained in the ways people explain it
// stays clean: "=", a comma and the acronym spelt out, "being the …", a
// comma and a short description, "which means unplugging …", "is the
// software …", ", which maps …". A link or an unrelated clause is not a
// gloss.
func TestW9VJGlossForms(t *testing.T) {
	runVJCases(t, []vjCase{
		{"MTU = the biggest piece of data the line sends at once; ours was too big.", false},
		{"We switched on SSO, single sign-on, for the expenses site.", false},
		{"We now ask for MFA – multi-factor authentication – on every login.", false},
		{"The slowness was DNS, DNS being the internet's address book.", false},
		{"Clear the cookies, small files that sites keep to remember you.", false},
		{"Power cycle the router, which means switching it off at the wall for a minute.", false},
		{"The kernel is the core software of the system, and yours is old.", false},
		{"Run a traceroute, which maps every hop between you and the site.", false},
		{"The router's firmware, that's the software built into it, was two years old.", false},
		{"The firmware, that's the problem with these docks.", true},
		{"SSO, so it's down for everyone right now.", true},
		{"MFA, my friend, also matters for the shared mailbox.", true},
		{"Clear the cache, it is stale again.", true},
		{"Power cycle the router, which means the lights go off for a bit.", true},
		{"The firmware is the problem, not the dock.", true},
		{"Update the BIOS: https://example.com/bios-update", true},
	})
}

// TestW9VJCommandsAsText: commands typed as text in the shapes answers
// use — PowerShell's Verb-Noun, a management console's file, a sudo line
// in quotes, a package tool's install — are terms; the same shapes in
// everyday words ("Start-Date", "Set-Up", "the new-user form", a quoted
// phrase, a fruit's pip) are not.
func TestW9VJCommandsAsText(t *testing.T) {
	runVJCases(t, []vjCase{
		{"Run Get-MailboxStatistics for the shared inbox and paste the total.", true},
		{"get-childitem on the share lists nothing", true},
		{"Try Restart-Service on the print spooler.", true},
		{"open printmanagement.msc and delete the stuck job", true},
		{"We tried \"sudo apt install hplip\" already, same error.", true},
		{"pip install the reporting package and rerun it", true},
		{"winget upgrade --all fixed the old Teams", true},
		{"Start-Date: Monday 3rd, desk 14.", false},
		{"The Set-Up guide is attached.", false},
		{"Fill in the new-user form by Friday.", false},
		{"She said \"pretty soon\" about the new chairs.", false},
		{"There's a pip in my orange juice.", false},
	})
}

// TestW9VJProductNames: a brand in capitals named with its product line
// ("OBS Studio") is a product's name, which LABELING.md keeps clean; the
// same letters alone, or a listed computing abbreviation, stay terms.
func TestW9VJProductNames(t *testing.T) {
	runTermCases(t, []termCase{
		{"brand and line", "Record it with ZQX Studio and send the clip.", ""},
		{"brand and player", "It plays fine in the QRV Player on the desk PC.", ""},
		{"letters alone", "Record it through ZQX and send the clip.", "ZQX"},
	})
}

// TestW9VJInternalsAndRoot: a product's internals named in their own
// frames, raid in lower case beside disks, the top folder of a drive and
// root-owned files are terms; a meeting pod, a raid on a shop and the root
// of a problem are not.
func TestW9VJInternalsAndRoot(t *testing.T) {
	runVJCases(t, []vjCase{
		{"The pod restarted at 3am and your upload was lost.", true},
		{"We turned the feature flag on for your workspace.", true},
		{"The read replica is a minute behind, so refresh in a bit.", true},
		{"your old raid lost a disk, the other two are fine", true},
		{"Save it in the root of the drive, not in a folder.", true},
		{"Those files are root-owned, so you can't delete them.", true},
		{"The quiet pod on floor 2 is free after lunch.", false},
		{"Police raid on the shop next door closed the road.", false},
		{"The root of the problem was a typo in the address.", false},
		{"Our sales pipeline is full this quarter.", false},
	})
}

// TestW9VJThatIsGloss: "that is" glosses a term only as "i.e.", set off by
// commas or naming what the term is ("the firmware, that is the software
// inside the dock"). A relative "that is broken" or a verdict "that is the
// problem" leaves the term unexplained, as its contracted "that's" does.
func TestW9VJThatIsGloss(t *testing.T) {
	runVJCases(t, []vjCase{
		{"The nightly build works, it is the tarball that is broken.", true},
		{"The firmware, that is the problem with these docks.", true},
		{"The firmware, that's the problem with these docks.", true},
		{"Lower the MTU, that is, the largest packet the link sends.", false},
		{"Update the firmware, that is the software inside the dock.", false},
		{"Update the firmware, which is the software inside the dock.", false},
	})
}
