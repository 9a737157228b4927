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
