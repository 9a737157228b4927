package bot_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/rapport-bot/rapport/bot/slackfake"
)

// benchMessages is a realistic mix: most support messages are clean.
var benchMessages = []struct {
	text    string
	flagged bool
}{
	{"I've reset your password. Try logging in now and tell me how it goes.", false},
	{"No problem! Just flush your DNS cache and it'll work.", true},
	{"Thanks for the details. I'm checking the mail server logs for your account now.", false},
	{"Obviously the printer queue is stuck, just restart the spooler.", true},
	{"Could you send me a screenshot of the error so I can see which version you're on?", false},
	{"I'll get back to you tomorrow about the replacement laptop.", true},
}

func percentile(d []time.Duration, p float64) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := slices.Clone(d)
	slices.Sort(s)
	return s[int(float64(len(s)-1)*p)]
}

// BenchmarkEventToNudge measures, one message at a time, the time from the
// test handing a flagged message to the fake Slack to the bot's
// chat.postEphemeral arriving there, with rule rewrites.
func BenchmarkEventToNudge(b *testing.B) {
	h := newHarness(b, func(s *setup) { s.cfg.NudgeLimit = 1 << 30; s.cfg.Workers = 8 })
	var lat, acks []time.Duration
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		start := time.Now()
		env, err := h.fake.SendMessage(slackfake.Message{Channel: supportChan, User: staffUser, Text: "No problem! Just flush your DNS cache and it'll work."})
		if err != nil {
			b.Fatal(err)
		}
		c, err := h.fake.WaitCall(waitFor, "chat.postEphemeral", func(c slackfake.Call) bool { return !c.At.Before(start) })
		if err != nil {
			b.Fatal(err)
		}
		ack, err := h.fake.WaitAck(waitFor, env)
		if err != nil {
			b.Fatal(err)
		}
		lat = append(lat, c.At.Sub(start))
		acks = append(acks, ack.Latency)
	}
	b.StopTimer()
	b.ReportMetric(float64(percentile(lat, 0.5).Microseconds()), "nudge-p50-µs")
	b.ReportMetric(float64(percentile(lat, 0.99).Microseconds()), "nudge-p99-µs")
	b.ReportMetric(float64(percentile(acks, 0.5).Microseconds()), "ack-p50-µs")
	b.ReportMetric(float64(percentile(acks, 0.99).Microseconds()), "ack-p99-µs")
}

// BenchmarkSustained500 offers 500 events/s (one every 2 ms, a third of
// them flagged) and reports the ack latency at that rate. It fails if any
// event is dropped: every one acked, every flagged one nudged.
func BenchmarkSustained500(b *testing.B) { benchEvents(b, 2*time.Millisecond) }

// BenchmarkBurst offers events as fast as the fake can write them and
// reports the throughput the bot sustains without dropping any.
func BenchmarkBurst(b *testing.B) { benchEvents(b, 0) }

func benchEvents(b *testing.B, every time.Duration) {
	h := newHarness(b, func(s *setup) { s.cfg.NudgeLimit = 1 << 30; s.cfg.Workers = 8 })
	wantNudges := 0
	var envs []string
	var tick *time.Ticker
	if every > 0 {
		tick = time.NewTicker(every)
		defer tick.Stop()
	}
	b.ResetTimer()
	start := time.Now()
	for i := 0; b.Loop(); i++ {
		if tick != nil {
			<-tick.C
		}
		m := benchMessages[i%len(benchMessages)]
		if m.flagged {
			wantNudges++
		}
		env, err := h.fake.SendMessage(slackfake.Message{Channel: supportChan, User: fmt.Sprintf("U0STAFF%d", i%50), Text: m.text})
		if err != nil {
			b.Fatal(err)
		}
		envs = append(envs, env)
	}
	for _, env := range envs {
		if _, err := h.fake.WaitAck(30*time.Second, env); err != nil {
			b.Fatalf("envelope never acked: %v", err)
		}
	}
	deadline := time.Now().Add(30 * time.Second)
	for len(h.fake.Calls("chat.postEphemeral")) < wantNudges {
		if time.Now().After(deadline) {
			b.Fatalf("%d of %d nudges arrived", len(h.fake.Calls("chat.postEphemeral")), wantNudges)
		}
		time.Sleep(time.Millisecond)
	}
	elapsed := time.Since(start)
	b.StopTimer()
	if got := len(h.fake.Calls("chat.postEphemeral")); got != wantNudges {
		b.Fatalf("got %d nudges, want %d", got, wantNudges)
	}
	var acks []time.Duration
	for _, a := range h.fake.Acks() {
		acks = append(acks, a.Latency)
	}
	b.ReportMetric(float64(len(envs))/elapsed.Seconds(), "events/s")
	b.ReportMetric(float64(percentile(acks, 0.5).Microseconds()), "ack-p50-µs")
	b.ReportMetric(float64(percentile(acks, 0.99).Microseconds()), "ack-p99-µs")
}

// BenchmarkBurstSlowSlack offers a burst (10,000 with -benchtime 10000x)
// from 500 users while Slack takes 200 ms to answer each nudge, with the
// default pool. It fails if an acknowledged event is dropped, and reports
// how long the last nudge took to go out.
func BenchmarkBurstSlowSlack(b *testing.B) {
	h := newHarness(b, func(s *setup) { s.cfg.NudgeLimit = 1 << 30; s.cfg.Workers = 0 })
	h.fake.SetLatency("chat.postEphemeral", 200*time.Millisecond)
	wantNudges := 0
	var envs []string
	b.ResetTimer()
	start := time.Now()
	for i := 0; b.Loop(); i++ {
		m := benchMessages[i%len(benchMessages)]
		if m.flagged {
			wantNudges++
		}
		env, err := h.fake.SendMessage(slackfake.Message{Channel: supportChan, User: fmt.Sprintf("U0BURST%03d", i%500), Text: m.text})
		if err != nil {
			b.Fatal(err)
		}
		envs = append(envs, env)
	}
	for _, env := range envs {
		if _, err := h.fake.WaitAck(60*time.Second, env); err != nil {
			b.Fatalf("envelope never acked: %v", err)
		}
	}
	acked := time.Since(start)
	deadline := time.Now().Add(5 * time.Minute)
	for len(h.fake.Calls("chat.postEphemeral")) < wantNudges {
		if time.Now().After(deadline) {
			b.Fatalf("%d of %d nudges arrived", len(h.fake.Calls("chat.postEphemeral")), wantNudges)
		}
		time.Sleep(10 * time.Millisecond)
	}
	elapsed := time.Since(start)
	b.StopTimer()
	if got := len(h.fake.Calls("chat.postEphemeral")); got != wantNudges {
		b.Fatalf("got %d nudges, want %d", got, wantNudges)
	}
	b.ReportMetric(acked.Seconds(), "all-acked-s")
	b.ReportMetric(elapsed.Seconds(), "last-nudge-s")
	b.ReportMetric(float64(wantNudges)/elapsed.Seconds(), "nudges/s")
}
