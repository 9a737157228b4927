package slackfake_test

import (
	"context"
	"testing"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"

	"github.com/rapport-bot/rapport/bot/slackfake"
)

// BenchmarkEventAckRoundTrip measures one message event from the fake to a
// real slack-go client that acks it at once, and back.
func BenchmarkEventAckRoundTrip(b *testing.B) {
	fake := slackfake.New(b)
	api := slack.New("xoxb-test", slack.OptionAppLevelToken("xapp-1-test"), slack.OptionAPIURL(fake.APIURL()))
	sm := socketmode.New(api)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() { _ = sm.RunContext(ctx) }()
	go func() {
		for {
			select {
			case e := <-sm.Events:
				if e.Request != nil && e.Request.EnvelopeID != "" {
					_ = sm.Ack(*e.Request)
				}
			case <-ctx.Done():
				return
			}
		}
	}()
	if err := fake.WaitConnected(5*time.Second, 1); err != nil {
		b.Fatal(err)
	}
	var total time.Duration
	b.ResetTimer()
	for range b.N {
		env, err := fake.SendMessage(slackfake.Message{Channel: "C1", User: "U1", Text: "hello"})
		if err != nil {
			b.Fatal(err)
		}
		ack, err := fake.WaitAck(5*time.Second, env)
		if err != nil {
			b.Fatal(err)
		}
		total += ack.Latency
	}
	b.ReportMetric(float64(total.Microseconds())/float64(b.N), "µs/ack")
}
