package coach

// Wave 13, helper "jg": the unknown-term detector on fresh real messages
// (brand tweets, IRC and forum help, GitHub issues, help-desk tickets).
// Each guard names a family and keeps its positive:
//   - a tweet's part count glued to its last word after an ellipsis or a
//     slash ("…as always...2/2", "your info/(1/2)") is no path; a real
//     path ("src/app/main") stays a term;
//   - a care agent's initials after the last word that spell a listed
//     command ("… *SED", "~ADB") sign the reply; "run adb logcat" stays;
//   - a name after a word that makes it an account ("username jo_smith_7",
//     "gamer tag Night_Owl") is a login to quote; a settings key
//     ("max_retries") stays a term;
//   - a dash glued to a little word ("the trick -if you ask") is
//     punctuation; "-rf", "-la" and "docker -it" stay flags;
//   - capitals or a run of consonants before what a maker or a bank offers
//     its customer ("the QRT screen reader", "the hkbc bank app", "my QVZ
//     calendar", "ZMT buds") are a brand; a listed command before it ("the
//     DNS app") stays a term;
//   - inline code holding a product's model or release ("`QX-L2710DN`",
//     "`Inspiron 5510`", "`fooprint version 3`") or a setting's label in
//     plain words ("`show previews on the lock screen`") is no term;
//     "`setup.py`" and "`max_retries`" stay;
//   - e-mail's copy fields ("I cc'd my manager"), a UK savings account (ISA)
//     and maker names (HTC, ATI) are everyday words;
//   - a capital one-letter flag after a command ("lshw -C network", "ls -R
//     photos") is the command's switch, not a dash opening a gloss: the
//     command stays a term; "DNS - the internet's address book" is still a
//     gloss.
//
// More guards, each a family of names:
//   - an acronym spelled out earlier by capitalised words ("the Office of
//     Rail Safety … ORS") has been explained; the same letters without
//     the words stay a term;
//   - "a/an <product kind> such as X" (a screen reader, an app, a tool)
//     says what X is; "a problem such as X" does not;
//   - a name after "model" ("the printer model is QX_Laser_P100") is a
//     model to quote, like a username;
//   - two airports glued by "2" ("LHR2JFK") are a route; DSL is home
//     broadband people buy by name;
//   - capitals listed beside one of SCOWL's name abbreviations ("CBS, NBC,
//     QXTV") are another channel or brand; beside consumer tech ("the VPN
//     or DSLAMX") or two capitals ("TV") they are still judged.
//
// Glossary: sign-in tokens named by what they sign in to ("your
// authentication tokens", "the access token", "an API token"); a token of
// thanks or a bus token stays clean.
//
// Glossary: words of release notes and phone forums said to users: a
// "breaking change", an "emulator", a phone's "stock ROM", an "automatic
// fail over" or a "fail-over"; someone "breaking changes to the rota
// gently", "the stock room" and an exam that "failed over half the class"
// stay clean.
//
// Glossary by sense: "rooted" alone in a message about a phone's
// system ("a device that is not rooted"), not "deeply rooted" or "rooted
// for the home side". Tried and dropped: "compile" alone (on the check half
// it flagged two clean messages and found none) and the singular "a
// cookie" (the wave-9 probes keep "thanks for the cookie" clean, and a
// glossary sense cannot tell a thank-you from a browser).
//
// A block of network addresses with its prefix length ("10.20.0.0/16") is
// a term, quoted or not; a score ("3.5/10") and a date are not.
//
// Paths and versions: a bare drive letter ("format C:\") is the drive
// everyone knows, while a folder on it stays a path; an everyday word glued
// to its release in brackets ("the update(2.0-beta3)") is judged by the
// word, a rare name so glued ("zorbix(2.1)") stays a term.
//
// Glossary: words of code projects said to people who report bugs ("an
// upstream bug", "the master branch", "the next release candidate");
// swimming upstream, living upstream of a bridge and a bank's main branch
// stay clean. A hotfix written in two words or hyphenated ("any hot fixes
// yet?") is the glossary's hotfix; "a hot dish to fix" is not. "PR" and
// "commit" are left out: the development two thirds label them clean in
// GitHub replies.
//
// Recall: build tools and build-system parts (autotools, qmake, rootfs,
// sysroot, multilib, devtool), Fedora's dnf and CPU architecture names as
// downloads spell them (arm64-v8a) join the component list; a Windows set-up
// image ("install.wim") is a technical file; a compiler's search path glued
// to its flag ("-I/usr/include") is a path; a quote holding a short command
// and its flag ("ls -h") is a command typed as text, while quoted speech
// with a dash ("well - maybe", "cheap -ish") stays clean.

func init() {
	addRuleCases("jargon.unknown-term",
		[]string{
			"To see the card, run lshw -C network and paste what it prints.",
			"Try iwlist -S scan and tell me what comes back.",
			"Use adb logcat while it crashes, then send the output.",
			"Put the files in src/app/main and rebuild.",
			"The key max_retries in the config decides how often it tries.",
			"Remove the folder with rm -rf and start again.",
			"Start it with docker -it so you can type inside it.",
			"The script `setup.py` fails on line 3.",
			"Change `max_retries` to 5 and restart.",
		},
		[]string{
			"@acme they told me the same story as always...2/2",
			"@acme please fill in the secure form so we can pull up your info/(1/2)",
			"Could you check the reservation once more, please? Thanks a lot. *SED",
			"My jenkins username is jo_smith_7 and I forgot my password.",
			"PS5, gamer tag Night_Owl_77, my stats are wrong after the match.",
			"Here is the trick -if you ask nicely they will swap the seat.",
			"I use the QRT screen reader and the buttons have no labels.",
			"The hkbc bank app says my phone is not secure.",
			"Events vanished from my QVZ calendar after I renamed it.",
			"My ZMT buds disconnect every few minutes.",
			"Could you confirm you have `Inspiron 5510`?",
			"The printer `QX-L2710DN` is supported as well.",
			"Is the driver `fooprint version 3` the one installed?",
			"Go to settings and turn on `show previews on the lock screen`.",
			"I cc'd my manager so she knows about it.",
			"Can I move money between two ISAs without losing the allowance?",
			"My old HTC phone backed up fine, the new one shows nothing.",
			"For the graphics look in the store, search for ATI or for Intel.",
		})
	// A dash with words after it still glosses a glossary term; a flag
	// glued to its dash does not.
	addRuleCases("jargon.network",
		[]string{
			"Run nslookup -Q and check the DNS answers.",
		},
		[]string{
			"It was the DNS - the internet's address book - that failed.",
		})
	addRuleCases("jargon.unknown-term",
		[]string{
			"The recipe builds it with autotools, so the configure step runs first.",
			"The headers should be in the staging sysroot by now.",
			"Does the rootfs have enough room for the extra packages?",
			"Call qmake with the include path and build again.",
			"You can pull the package in with dnf instead.",
			"Grab the arm64-v8a download if your phone is recent.",
			"Copy install.wim from the stick to the image folder.",
			"Adding -I/usr/local/include fixed the missing header.",
			"Type \"df -h\" and paste what it shows.",
			"I tried \"lshw -C network\" and the card is not listed.",
		},
		[]string{
			"She said \"well - maybe\" and left the call.",
			"The price is \"cheap -ish\" for what you get.",
			"The tools are in the garage behind the shed.",
			"Our root cause was a cable that came loose.",
		})
	addRuleCases("jargon.unknown-term",
		[]string{
			"The ORS page lists the delays for today.",
			"The line drops because of a problem such as QXLM faults.",
			"Either the VPN or the DSLAMX is down right now.",
			"Your TV or the QXLM box has lost the signal.",
		},
		[]string{
			"The Office of Rail Safety said the ORS page lists the delays.",
			"The page can't be read with a screen reader such as QVDA.",
			"Keep the lists in an app such as QXN.",
			"The printer model is QX_Laser_P100 and it will not print.",
			"@acme my LHR2JFK flight was cancelled, what now?",
			"We look after the cable and DSL plans for your area.",
			"Which channel is it on? CBS, NBC, QXTV or the web?",
		})
	addRuleCases("jargon.devices-and-accounts",
		[]string{
			"This looks like an upstream bug in the PDF library.",
			"It is fixed on the master branch and ships next month.",
			"The fix lands in the second release candidate.",
			"Are there any hot fixes planned for the crash?",
			"A hot-fix for the login page goes out tonight.",
		},
		[]string{
			"The salmon were swimming upstream past the dam.",
			"Our office sits just upstream of the old mill.",
			"The bank's main branch closes at four today.",
			"That curry is too hot to fix for the kids.",
		})
	addRuleCases("jargon.unknown-term",
		[]string{
			"Open C:\\Windows\\Temp and delete what is there.",
			"Roll back to zorbix(2.1) for now.",
		},
		[]string{
			"If I format C:\\ will the other system go too?",
			"The newest update(2.0-beta3) empties the battery overnight.",
		})
	addRuleCases("jargon.devices-and-accounts",
		[]string{
			"The bank app refuses to open on a phone that is rooted.",
			"It says my device is jailbroken or rooted, but it is not.",
		},
		[]string{
			"That habit is deeply rooted in the whole office.",
			"We rooted for the home side all evening.",
		})
	addRuleCases("jargon.devices-and-accounts",
		[]string{
			"Your authentication tokens live only on the old phone.",
			"The access token ran out, so sign in once more.",
			"Paste your API token into the field and save.",
		},
		[]string{
			"Please accept this small token of thanks from the team.",
			"I left my bus token in the other coat.",
		})
	addRuleCases("jargon.devices-and-accounts",
		[]string{
			"This release has a breaking change, so update the settings file too.",
			"I could not make it crash in the emulator.",
			"The tablet still runs its stock ROM from the shop.",
			"The automatic fail over never started when the power went.",
			"The fail-over to the second site took ten minutes.",
		},
		[]string{
			"She is breaking changes to the rota to the team gently.",
			"The stock room key is at the front desk.",
			"Did the exam fail over half the class this year?",
		})
	addRuleCases("jargon.unknown-term",
		[]string{
			"Add 10.20.0.0/16 to the allowed list and save.",
			"The fix is to enter \"172.16.4.0/22\" in that box.",
		},
		[]string{
			"We gave the new menu a 3.5/10 at the tasting.",
			"The office opened at 9.30 on 12.10.2024 and closed early.",
		})
}
