package coach

import "testing"

// Wave 10, jargon in the registers of the blind sets (helper "jp"): customer
// tweets to a brand, agents' replies, IRC, forum and GitHub answers and
// help-desk tickets. The false findings were names used harmlessly (an
// airport or a region in a tweet about a trip, a station's call sign, a
// public body, chat shorthand, a customer service rep, a subreddit); the
// misses were terms in shapes the detector did not know (a component with
// its release glued on, a package named after its component, a system path
// inside a quoted error, plumbing the component list lacked). Our own
// sentences.

func init() {
	// The probe file of this wave, in our own words: 102 jargon lines and
	// 95 clean near-misses in those registers (198 lines). Floors and the
	// clean ceiling sit at the measured values and only go up (floors) or
	// down (ceiling). The five misses are help-desk and build words the
	// detector has no shape for ("tenant admin", "litigation hold",
	// "hotfix", "-O2").
	probeFloors["w10-jp.jsonl"] = map[Category]probeFloor{Jargon: {1.00, 0.95}}
	probeCleanCeilings["w10-jp.jsonl"] = 0.011 // 1 of 95 clean lines flagged: a customer's "I'll try the other cable tonight" read as a promise

	// "a PST" and "the PSTs" are Outlook files; a time zone takes no
	// article and no plural.
	addRuleCases("jargon.devices-and-accounts",
		[]string{"Archive the old mail to a PST before the move.", "we can import the PSTs for you on Monday", "Export the mailbox to a PST and send it."},
		[]string{"The call is at 9am PST.", "We open at 8 PST on weekdays."})
	// A CSR is a certificate request only beside certificates, keys or a
	// server; in a customer's tweet it is the rep they spoke to.
	addRuleCases("jargon.systems",
		[]string{"Generate a CSR on the web server and send it over.", "the CSR needs the full domain name in it"},
		[]string{"@ShopCo the CSR on the phone sorted it in minutes, thank you", "The CSR I spoke to yesterday said a refund was on its way."})
	// Package tools and git typed with their subcommand, without code
	// marks; the same words in their everyday senses stay clean.
	addRuleCases("jargon.devices-and-accounts",
		[]string{"git stash your changes, then pull again", "do a git bisect between the two releases", "snap refresh fixed the crash for me", "gem install the bundler first", "cargo install the cli and rerun"},
		[]string{"snap a photo of the serial number", "what a gem, thanks for sorting it", "the cargo arrived a day late", "you git, you ate my lunch"})
	// The address book and the password store of a Windows office.
	addRuleCases("jargon.systems",
		[]string{"You won't show in the GAL until tonight's sync.", "Remove the old entry from Credential Manager and sign in again."},
		[]string{"She's a lovely gal, thanks for the help.", "The office manager has the spare credentials card."})
}

// TestW10JPComponentForms: a listed component stays a term with its release
// glued on, and a package named after a listed component with a rare half
// is a package; a model or a format with a number is not.
func TestW10JPComponentForms(t *testing.T) {
	runVJCases(t, []vjCase{
		{"switch the theme to gtk4 and log out", true},
		{"the box only has bluez5 so the codec isn't there", true},
		{"enable http2 on the proxy", true},
		{"the apt-listchanges prompt is just news, press q", false}, // "listchanges" is two English words run together
		{"apt-zorbify keeps asking about the mirror", true},
		{"ripped it to mp3 and it plays fine", false},
		{"my ps4 is in rest mode", false},
		{"the gtk theme looks odd", true},
	})
}

// TestW10JPPlaceCodes: in a tweet about a trip, three capitals where a
// place stands are an airport or a region, whether or not the tweet says
// "flight"; a code before "direct" or "nonstop" is one too. A code in a
// place slot in a tweet that is not about a trip is still judged.
func TestW10JPPlaceCodes(t *testing.T) {
	runVJCases(t, []vjCase{
		{"@AirCo the crew at PDX were lovely to my dad", false},
		{"@AirCo heading home from QXZ on Monday, is the lounge open early?", false},
		{"@AirCo QXZ direct to Denver again this summer?", false},
		{"@AirCo my bag is still at QXZ, who do I call?", false},
		{"@AirCo the desk staff at QXZ need a refresher on rebooking", false},
		{"@AirCo delayed again in QXZ, any update on the crew?", false},
		{"@TelcoCare can't log in to QXZ since the update", true},
		{"@TelcoCare the QXZ light on the router is red at home", true},
		{"@AirCo the QXZ page is broken, can't see my seat", true},
	})
}

// TestW10JPCallSigns: four capitals led by K or W beside a word of
// broadcasting are a station; without one, or far from it, they are judged
// as any acronym.
func TestW10JPCallSigns(t *testing.T) {
	runVJCases(t, []vjCase{
		{"@NewsCo the KZTV stream cuts out every night", false},
		{"loved the WQRX piece on buses this morning", false},
		{"@AirCo stock hit a new high, says the WZBT News report", false},
		{"join the WZBT network and watch it load the login page", true},
	})
}

// TestW10JPNames: public bodies, banks and chat shorthand are names and
// words, not terms; a subreddit is a forum, not a folder.
func TestW10JPNames(t *testing.T) {
	runVJCases(t, []vjCase{
		{"@Care the NHS app won't load my records", false},
		{"the DVLA letter came today, can I renew online?", false},
		{"HMRC sent me a new tax code", false},
		{"tap the refresh btn in the corner", false},
		{"the grp chat works on the phone", false},
		{"ask on /r/ubuntu, they know that laptop", false},
		{"someone on /u/helper's thread had the same fix", false},
		{"look in /usr/share for the icons", true},
	})
}

// TestW10JPQuotedPaths: a quoted error of several words that names a
// system path shows the reader the path; a quote with a date or a plain
// sentence does not.
func TestW10JPQuotedPaths(t *testing.T) {
	runVJCases(t, []vjCase{
		{`it says "cannot open /etc/ssl/private/site.key" and stops`, true},
		{`the log shows "failed to mount /dev/sdc1 on /mnt/photos" each boot`, true},
		{`the note said "back on 5/6, call the office"`, false},
		{`she wrote "see you at the desk" so I waited`, false},
	})
}

// TestW10JPComponents: plumbing that IRC, forum and GitHub answers name
// bare counts in any position.
func TestW10JPComponents(t *testing.T) {
	runVJCases(t, []vjCase{
		{"connman grabs the wifi before anything else can", true},
		{"bluetoothctl says paired but not connected", true},
		{"the image is built by dracut on that distro", true},
		{"logrotate never ran so the disk filled up", true},
		{"use sftp for the upload, plain ftp is off", true},
		{"run pnputil from an admin prompt to load the driver", true},
		{"the laptop connects to the wifi fine now", false},
	})
}

// TestW10JPAppNames: a listed component written with a capital as the app
// someone uses is an app named as a product; in lower case, in capitals,
// as a sentence's first word or as a name that acts it is judged as before.
func TestW10JPAppNames(t *testing.T) {
	runVJCases(t, []vjCase{
		{"On that desktop, edit the notes with Gedit.", false},
		{"the headset pairs fine via Blueman now", false},
		{"it opens with Pavucontrol instead of Gedit now", false},
		{"the release is late because Gedit needs a fix", true},
		{"open it in gedit and save", true},
		{"Gedit is the editor to use there", true},
		{"the GRUB menu doesn't show up", true},
	})
}
