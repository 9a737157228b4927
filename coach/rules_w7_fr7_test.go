package coach

import "testing"

// Wave 7, frustration recall from the building blocks (helper "fr7"):
// fixes to the tokenizer, the cue lists and the score that hold for whole
// families of messages, each beside the near-miss that must stay as it
// was. Our own sentences throughout.

// TestFR7OnHoldIsNotStaffOnIt: the staff guard "I'm on it" must not read a
// writer who is "on hold" or "on the phone" as staff at work.
func TestFR7OnHoldIsNotStaffOnIt(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"I'm on hold for 40 minutes now waiting for somebody to unlock my card", true},
		{"We're on hold with the courier for an hour and the parcel is still missing", true},
		{"I'm on it, sorry the portal has been down for two days", false},
		{"We're on the case, sorry you waited for two hours", false},
	})
}

// TestFR7ChatSpellingsOfYou: "yall" and "y'all" are read as "you", so
// the cues written with "you" hold for them.
func TestFR7ChatSpellingsOfYou(t *testing.T) {
	runFlagCases(t, Frustration, []flagCase{
		{"@Netco yall suck", true},
		{"@Netco y'all suck at this", true},
		{"@Netco y'all need to do better", true},
		{"@Netco yall rock, the new router is great", false},
		{"thank yall, the line works again", false},
	})
}
