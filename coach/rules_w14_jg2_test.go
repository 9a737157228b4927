package coach

// Wave 14, helper "jg2": jargon recall in Linux help (IRC channels and
// forums) on the wave-13 study set, after wave 14's first pass.
//
// Recall, detector: a package named with its category, as a source
// distribution's package tree writes it ("net-im/tox",
// "sys-kernel/gentoo-sources", "dev-libs/openssl-3.0"): one slash between a
// listed category and a lower-case name. Words joined by a slash
// ("non-admin/restricted", "check-in/check-out") and a category before a
// capitalised name stay clean.
//
// Recall, explanations that were not: ", or" after a term is a gloss only
// when it follows the term itself ("alsamixer, or the sound level panel");
// when the term is itself one item of a list of alternatives ("or the
// cable, or udev, or the disk", "either dnsmasq, or a full server", "dig,
// nslookup, or …") the ", or" leads to the next item.
//
// Recall, component list: the embedded-Linux build system's own variables
// and tasks named as plain words (rdepends, srcrev, autorev, cleanall,
// bblayers…), in any case; the English "depends" and a revert stay clean.
//
// Glossary: building from source as Linux help writes it: a make target
// typed as words ("then a make install", "run make menuconfig"), header
// files named "the includes" (or "for includes" at a clause's end) and the
// include path after a determiner. "To make install simpler", "the plan
// includes", "what it asks for includes a photo" and "please include path
// and version" are the verbs and stay clean.
//
// Glossary: more install and build words of Linux help in forms only they
// have: a package manager named as a kind of tool ("use your distro's
// package manager"; "the Synaptic Package Manager" is an app's title),
// package feeds, a language server, a shell task or function, the source
// tree or dir, and "at parse time". A shell on the beach, a tree's source
// and a link time of two days stay clean. Also a web server and a shell
// account; a restaurant's server and shelling out for an account stay clean.

func init() {
	addRuleCases("jargon.unknown-term",
		[]string{
			"I went with sys-kernel/gentoo-kernel-bin in the end.",
			"Try unmasking media-libs/mesa and rebuild.",
			"Is net-wireless/iwd in your world file?",
			"Emerge dev-python/pip before the rest.",
		},
		[]string{
			"It boots into a non-admin/restricted user by default.",
			"Self check-in/check-out is at the front desk.",
			"Our dev-team/partners page has the list.",
			"See the sys-admin/Helpdesk rota.",
		})
	addRuleCases("jargon.unknown-term",
		[]string{
			"It might be the cable, or udev, or the disk itself.",
			"Use either dnsmasq, or a proper server for that.",
			"Either alsamixer, or pavucontrol, will show the levels.",
		},
		[]string{
			"Open alsamixer, or the sound level panel, and raise it.",
			"Is the laptop on the desk, or at home, or with you?",
		})
	addRuleCases("jargon.unknown-term",
		[]string{
			"Put the library in RDEPENDS and build again.",
			"Point srcrev at the tag you want.",
			"Do a cleanall on it first, then rebuild.",
			"Autorev only follows a branch.",
		},
		[]string{
			"That depends on the plan you are on.",
			"The auto revert is off in your settings.",
		})
	addRuleCases("jargon.devices-and-accounts",
		[]string{
			"After the build finishes, do a make install as root.",
			"Run make menuconfig and switch the driver on.",
			"It fails on the includes, so the headers are not there.",
			"Is that what you changed for includes?",
			"Add that folder to your include path.",
			"Every header needs include guards.",
		},
		[]string{
			"A setup script would make install simpler for everyone.",
			"The plan includes free calls abroad.",
			"Tell me what your bundle includes.",
			"What it asks for includes a photo of the receipt.",
			"Please include path and version when you reply.",
		})
	addRuleCases("jargon.devices-and-accounts",
		[]string{
			"Install it with your distro's package manager instead.",
			"The device pulls updates from the package feeds we host.",
			"Does your editor have a language server for it?",
			"Put that in a shell function and call it twice.",
			"Run it from the top of the source tree.",
			"Those values are fixed at parse time.",
		},
		[]string{
			"Open System > Administration > Synaptic Package Manager and search for it.",
			"We found a lovely shell on the beach.",
			"The river is the source of the tree's water.",
			"Expect a link time of two days for the new line.",
		})
	addRuleCases("jargon.devices-and-accounts",
		[]string{
			"The web server logs will show why the page failed.",
			"Run it from your shell account on the club's machine.",
		},
		[]string{
			"Our server will bring the bill in a moment.",
			"You would have to shell out for an account upgrade.",
		})
}
