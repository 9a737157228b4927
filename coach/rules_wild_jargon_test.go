package coach

import "testing"

// TestJargonPackageNames: hyphenated package, daemon and tool names as IRC
// and forum helpers write them, and the hyphenated everyday compounds and
// model names that must stay clean. Our own sentences.
func TestJargonPackageNames(t *testing.T) {
	runFlagCases(t, Jargon, []flagCase{
		// after an install verb: a platform word, a rare part or "b43"
		{"kim: install linux-firmware and reboot", true},
		{"you can purge gnome-shell-extension-foo later", true},
		{"remove network-manager-gnome and put it back", true},
		{"kim: reinstall ubuntu-desktop, the menus will return", true},
		{"then install b43-fwcutter", true},
		// before a package noun
		{"the avahi-browse package has what you need", true},
		{"that comes from the firmware-b43-installer package", true},
		{"the nvidia-glx-new package is the older one", true},
		{"try the realtek-dkms driver from the repo", true},
		// three parts or more: a listed component, or a platform word
		// with a rare part
		{"kim: it lives in bcmwl-kernel-source", true},
		{"xserver-xorg-input-synaptics handles the touchpad", true},
		// Ubuntu tools named whole in the component list
		{"kim: run do-release-upgrade from a terminal", true},
		{"kim: open software-properties-gtk and tick the restricted box", true},
		{"kim: ubuntu-drivers list shows what it recommends", true},
		// everyday compounds, even in a frame
		{"Please enable two-factor authentication on your account.", false},
		{"The built-in driver should be enough.", false},
		{"Install the add-ons from the store.", false},
		{"You can remove the follow-up reminder in Settings.", false},
		{"Install the third-party app only if you trust it.", false},
		{"We installed a linux-based router at the front desk.", false},
		{"It's a state-of-the-art set-up for video calls.", false},
		// model names with digits outside a package frame
		{"my sony wh-1000xm4 headphones wont pair", false},
		{"@help the galaxy-s10-plus screen flickers after the update", false},
		{"Install the covid-19 app from the store.", false},
		// a term explained right after its technical noun
		{"Your OST file, which is Outlook's offline copy of your mail, was damaged.", false},
		{"The PST file, meaning your mail archive, is too large.", false},
		{"Your OST file was damaged, so I rebuilt it.", true},
	})
}

// TestJargonCareReplies: terms customer-care agents use in replies, a menu
// path after a colon (which says where to tap, not what the term means),
// and the consumer words and brands around them that stay clean.
func TestJargonCareReplies(t *testing.T) {
	runFlagCases(t, Jargon, []flagCase{
		{"@sam Please clear the app cache: Settings > Apps > Music > Storage.", true},
		{"@sam Clear your cookies - Settings > Privacy > Clear data", true},
		{"@sam Could you put the router in bridge mode and try again?", true},
		{"@sam Please turn off band steering in the router's admin page.", true},
		{"@sam Try a hard refresh of the page and sign in again.", true},
		{"@sam The cache: the saved copies of pages your browser keeps. Clearing it is safe.", false},
		{"@sam Try a hard refresh (hold Shift and press reload) and sign in again.", false},
		{"@sam Please go to Settings > Wi-Fi, forget the network and join it again.", false},
		{"@sam Bridges are closed: take the ferry > train instead.", false},
		{"@sam Head to My Account > Billing to download the invoice.", false},
		{"@sam Your AirPods need a reset: hold the button on the case for 15 seconds.", false},
		{"@sam Please update the app, then restart your phone and the router.", false},
		{"@sam HBO Max and ESPN are both in your plan; sign in with your account email.", false},
	})
}

// TestJargonCustomerTweets: a customer's tweet about their own thing
// ("my X card was declined", "can't get X to load") names it with an
// acronym that is their plan, channel or product; consumer acronyms (TV
// channels, travel, money, TV specs) are everyday. Commands, paths and
// glossary terms still count in the same tweets.
func TestJargonCustomerTweets(t *testing.T) {
	runFlagCases(t, Jargon, []flagCase{
		{"@bank my EMV card was declined twice today", false},
		{"@tv cant get HGTV or the PPV channel to load on my stick", false},
		{"@shop why is my FBA shipment still stuck in the warehouse", false},
		{"@air what goes in the TSA PreCheck field on the booking?", false},
		{"@tv the HDR picture on my QLED looks washed out", false},
		{"@isp my router is showing a DNS error again", true},
		{"@isp my modem keeps dropping, the DOCSIS log is full of errors", true},
		{"@isp why is my ping 300ms every evening", true},
		{"@sam The EMV chip reader needs a firmware update before it works.", true},
		{"@sam Please check the TPM setting in the BIOS.", true},
		// telling a person a change was rolled back is not a note to
		// colleagues
		{"The NIC driver rolled back after the update, so I pinned the newer one.", true},
		{"@sam We're seeing high latency on your line since this morning.", true},
		{"@sam We are seeing packet loss upstream of your modem.", true},
	})
}

// TestJargonShortFlags: a one-letter flag typed after a command in an IRC or
// forum answer ("df -h", "ls -l"), and the sign-offs and minus signs that
// share its shape.
func TestJargonShortFlags(t *testing.T) {
	runFlagCases(t, Jargon, []flagCase{
		{"kim: look at the output of df -h", true},
		{"kim: ls -l in that folder and paste it", true},
		{"kim: try ps -e and look for the updater", true},
		{"Thanks for waiting, we're on it -j", false},
		{"hope this helps -m", false},
		{"the score was 3 -1 at half time", false},
		{"we had fun - a lot of it", false},
	})
}

// TestJargonFlagNamedWithCommand: the finding names the command with its
// flag, and a listed command is named alone.
func TestJargonFlagNamedWithCommand(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, tt := range []struct{ text, want string }{
		{"kim: look at the output of df -h", "df -h"},
		{"kim: uname -a tells you the kernel", "uname"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, f := range a.Analyze(tt.text, Context{}) {
				if f.Rule == "jargon.unknown-term" {
					got = append(got, f.Match)
				}
			}
			if len(got) == 0 || got[0] != tt.want {
				t.Errorf("got %q, want first term %q", got, tt.want)
			}
		})
	}
}

// TestJargonConsumerHomonyms: glossary words with an everyday sense in
// customers' tweets (a wedding registry, packets of crisps) stay clean;
// Windows' registry and network packets are still terms.
func TestJargonConsumerHomonyms(t *testing.T) {
	runFlagCases(t, Jargon, []flagCase{
		{"@shop our wedding registry shows gifts we never added", false},
		{"@shop can I share my baby registry with family?", false},
		{"@shop the packets of crisps in my order were out of date", false},
		{"@shop two seed packets were missing from the box", false},
		{"I edited the registry for you, please restart.", true},
		{"Windows registry keys can break the app if edited by hand.", true},
		{"We pushed a registry fix to your machine, please restart.", true},
		{"The line test shows dropped packets on your connection.", true},
		{"We see lost packets between your router and our node.", true},
	})
}

// TestJargonAcronymHomonyms: acronyms that are also sunscreen, an airport or
// a knee ligament in customers' tweets, and their IT senses in context.
func TestJargonAcronymHomonyms(t *testing.T) {
	runFlagCases(t, Jargon, []flagCase{
		{"@shop is the SPF 30 face cream back in stock?", false},
		{"@air my flight from SAN to Denver was cancelled", false},
		{"@run I tore my ACL last month, can I pause my membership?", false},
		{"The SPF record for our domain is missing the new mail service.", true},
		{"Their mail server reports an SPF fail for us.", true},
		{"The SAN is nearly full, so saves are slow.", true},
		{"You're not on the ACL for the Finance share yet.", true},
		{"I added an ACL entry for your team.", true},
	})
}

// TestJargonAppNamesInTweets: in a tweet, the word after "reinstall",
// "run" or "restart" names an app or a game; in an IRC or forum answer the
// same frame still names a command or a package.
func TestJargonAppNamesInTweets(t *testing.T) {
	runFlagCases(t, Jargon, []flagCase{
		{"@sam Please reinstall shazam and sign in again.", false},
		{"@sam Could you restart fortnite and check the party settings?", false},
		{"@sam Please launch nordvpn and pick another server.", false},
		{"@sam Try to uninstall mcafee, then restart the laptop.", false},
		{"kim: install gufw and enable it", true},
		{"kim: run xdotool to send the keys", true},
		{"@sam Please run chkdsk from the Command Prompt.", true},
	})
}
