package coach

import (
	"strings"
	"testing"
)

// Realistic Slack support messages of 50-400 characters.
var benchClean = []string{
	"Hi Sam, I've reset your password. Try signing in again and let me know if Outlook still asks for it.",
	"The printer on level 3 is back online; your 40 copies came out fine and they're in the tray by the window.",
	"Thanks for the screenshot! That error means the meeting link expired, so I've sent you a fresh invite for 2pm.",
	"I checked your account and there's no problem with it. Could you try the Teams web app while I look at the desktop one?",
	"<@U04ABCD12> your new laptop is ready for pickup at the desk on level 2, it has all your files from OneDrive already.",
	"Just to confirm, is it the black HP printer near the kitchen or the big one by reception? Both were serviced on Monday.",
	"I've added you to the Finance shared mailbox. It can take up to an hour to appear in Outlook, so don't worry if it's not there yet.",
	"Your badge is active again. If the door by the loading bay still doesn't open, the reader log on the wall panel shows why.",
}

var benchFlagged = []string{
	"No problem! You just need to clear your cache and restart, it's easy. I'll get back to you tomorrow if it still fails.",
	"Obviously the DNS cache is stale, just run ipconfig and flush it, everyone knows that. As I said, it's always DNS.",
	"You broke it again, what did you do? That's impossible, the GPO can't be blocking you. Please be advised we will revert by EOD.",
	"We apologize for any inconvenience. Your call is important to us and a member of our team will update you by EOD.",
	"np, classic PEBKAC lol. You should have saved it first, it's not rocket science. Will update you once I hear back from the vendor.",
	"This is the third time this week!!! I have a presentation in an hour and NOTHING WORKS, I can't do my job.",
	"Have you tried turning it off and on again? Works on my machine. Let me check the DHCP lease and get back to you.",
	"Kindly revert at your earliest convenience. As per my last email, your MFA registration and the VLAN change are pending.",
}

func benchAnalyze(b *testing.B, msgs []string) {
	a, err := NewAnalyzer(Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, m := range msgs {
		if len(m) < 50 || len(m) > 400 {
			b.Fatalf("benchmark message of %d bytes, want 50-400", len(m))
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = a.Analyze(msgs[i%len(msgs)], Context{})
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
}

func BenchmarkAnalyzeClean(b *testing.B) { benchAnalyze(b, benchClean) }

func BenchmarkAnalyzeFlagged(b *testing.B) { benchAnalyze(b, benchFlagged) }

// BenchmarkAnalyzeLongRepeats is a 64 KB message whose phrase matches all
// carry message-wide conditions: their verdict is reused, so the cost
// grows with the length, not with its square.
func BenchmarkAnalyzeLongRepeats(b *testing.B) {
	a, err := NewAnalyzer(Options{})
	if err != nil {
		b.Fatal(err)
	}
	msg := strings.Repeat("no worries, glad it's sorted. ", 64<<10/30)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if len(a.Analyze(msg, Context{})) == 0 {
			b.Fatal("no findings in a message of repeated \"no worries\"")
		}
	}
	b.ReportMetric(float64(len(msg))*float64(b.N)/b.Elapsed().Seconds()/1e6, "MB/s")
}

// BenchmarkCheckFlagged includes the rule rewrite.
func BenchmarkCheckFlagged(b *testing.B) {
	a, err := NewAnalyzer(Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = a.Check(benchFlagged[i%len(benchFlagged)], Context{})
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
}

func TestBenchMessagesAreWhatTheySay(t *testing.T) {
	a := newTestAnalyzer(t)
	for _, m := range benchClean {
		if fs := a.Analyze(m, Context{}); len(fs) != 0 {
			t.Errorf("clean benchmark message flagged: %q %v", m, fs)
		}
	}
	for _, m := range benchFlagged {
		if fs := a.Analyze(m, Context{}); len(fs) < 2 {
			t.Errorf("flagged benchmark message has %d findings: %q", len(fs), m)
		}
	}
}

// worstCases are 64 KB messages built to make the analyser work hardest:
// one endless sentence of promises (each scans ahead in its sentence), of
// replies to thanks, of shouting, of quoted jargon, and a line of "!!" runs.
func worstCases() map[string]string {
	const size = 64 << 10
	fill := func(unit string) string { return strings.Repeat(unit, size/len(unit)) }
	return map[string]string{
		"promises":  fill("i will look into it and get back to you and "),
		"no-worry":  fill("no worries glad it's sorted and "),
		"shouting":  fill("THIS IS BROKEN AGAIN "),
		"jargon":    fill("flush the DNS cache and renew the DHCP lease then "),
		"exclaims":  fill("why!! "),
		"sentences": fill("We apologise for any inconvenience. "),
	}
}

// BenchmarkAnalyzeWorstCase analyses 64 KB messages of repeated findings.
// Work is linear in the message and capped (a bounded prefix, a bounded
// number of findings), so each takes about as long as its prefix.
func BenchmarkAnalyzeWorstCase(b *testing.B) {
	a, err := NewAnalyzer(Options{})
	if err != nil {
		b.Fatal(err)
	}
	for name, msg := range worstCases() {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				_ = a.Analyze(msg, Context{Role: RoleStaff})
			}
			b.ReportMetric(float64(len(msg))*float64(b.N)/b.Elapsed().Seconds()/1e6, "MB/s")
		})
	}
}
