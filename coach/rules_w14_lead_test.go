package coach

import "testing"

// TestW14ServiceCopyGlosses: the copies of a service its makers run each
// get their own gloss. The live one is not the one for trying changes
// (wave 14 had glossed "prod server" as the test copy), and a dev build is
// a version of the software, not a copy of the service.
func TestW14ServiceCopyGlosses(t *testing.T) {
	runW8Cases(t, []w8Case{
		{"test copy", "The fix is on the staging server now.", "The fix is on the staging server (a copy of the service its makers use to try changes) now."},
		{"test copies, plural", "Check the staging instances first.", "Check the staging instances (each a copy of the service its makers use to try changes) first."},
		{"the live copy", "We moved it to the production server on Monday.", "We moved it to the production server (the live service everyone uses) on Monday."},
		{"the live copy, short name", "The prod environment is fine.", "The prod environment (the live service everyone uses) is fine."},
		{"a test version", "It's fixed in the latest dev build.", "It's fixed in the latest dev build (a test version built from the newest code)."},
	})
}

// TestW14PlainFrown: a plain frown on a calm failure report is sadness, not
// the anger or despair LABELING.md counts, so on its own, even twice, it
// does not make the report frustrated; beside another sign it still counts,
// and an angry or held frown counts on its own.
func TestW14PlainFrown(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"the installer crashed halfway :(", false},
		{"the mail app crashed :(", false},
		{"sync stopped after the update :( :(", false},
		{"the new version broke the plugin :( and I never got to use it :(", false},
		{"sync stopped after the update 🙁", false},
		{"my parcel never arrived :(", true},
		{"the installer crashed again :( fourth time today", true},
		{"the installer crashed halfway >:(", true},
		{"this is awful :(", true},
	})
}

// TestW14MakeTargetGlosses: each make target gets the gloss of what it
// does (wave 14b had one gloss, "copies … or takes it out", for both).
func TestW14MakeTargetGlosses(t *testing.T) {
	runW8Cases(t, []w8Case{
		{"install", "Then run make install as root.", "Then run make install (the build step that copies the built program into the system) as root."},
		{"uninstall", "Then run make uninstall as root.", "Then run make uninstall (the build step that takes the built program out of the system again) as root."},
	})
}
