package coach

import "testing"

// TestJargonIRCComponents: file-system, boot and session names that Linux
// help channels write bare, in any case (a line's first word, a quoted boot
// error), and the chat around them that stays clean. Our own sentences.
func TestJargonIRCComponents(t *testing.T) {
	runFlagCases(t, Jargon, []flagCase{
		{"Overlayfs refuses the upper dir on that stick", true},
		{"BCACHEFS error: mount failed, bad superblock", true},
		{"zram is already on by default there", true},
		{"is the tablet starting in efi mode?", true},
		{"chainload ipxe from the stick", true},
		{"the tool is linked against ncurses", true},
		{"that one is only a metapackage", true},
		{"pkill the tray app and start it again", true},
		{"thnx, all good now", false},
		{"txs!!", false},
		{"thanks, it boots now", false},
		{"which release are you on?", false},
	})
}
