package bot

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func scrape(t *testing.T, h http.Handler) string {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("GET /metrics: status %d, want 200", rec.Code)
	}
	b, err := io.ReadAll(rec.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestMetricsExposition(t *testing.T) {
	m := NewMetrics()
	m.EnvelopesReceived.WithLabelValues("events_api").Inc()
	m.EnvelopesReceived.WithLabelValues("events_api").Inc()
	m.EnvelopesReceived.WithLabelValues("slash_commands").Inc()
	m.EnvelopesAcked.Add(3)
	m.EventsDropped.WithLabelValues("duplicate").Inc()
	m.Nudges.Inc()
	m.Findings.WithLabelValues("jargon").Add(2)
	m.SlackAPIErrors.WithLabelValues("chat.postEphemeral", "not_in_channel").Inc()
	m.NudgeLatency.Observe(0.004)
	m.RemindersSent.Inc()
	m.TipsPosted.Inc()
	m.LLMCalls.Add(4)
	m.LLMFailures.Inc()
	m.LLMFallbacks.Inc()
	m.LLMLatency.Observe(1.5)

	body := scrape(t, m.Handler())
	for _, want := range []string{
		`rapport_envelopes_received_total{type="events_api"} 2`,
		`rapport_envelopes_received_total{type="slash_commands"} 1`,
		`rapport_envelopes_acked_total 3`,
		`rapport_events_dropped_total{reason="duplicate"} 1`,
		`rapport_nudges_sent_total 1`,
		`rapport_findings_total{category="jargon"} 2`,
		`rapport_findings_total{category="no-problem"} 0`, // pre-initialised
		`rapport_slack_api_errors_total{code="not_in_channel",method="chat.postEphemeral"} 1`,
		`rapport_nudge_latency_seconds_bucket{le="0.005"} 1`,
		`rapport_nudge_latency_seconds_bucket{le="0.0025"} 0`,
		`rapport_nudge_latency_seconds_count 1`,
		`rapport_reminders_sent_total 1`,
		`rapport_tips_posted_total 1`,
		`rapport_llm_calls_total 4`,
		`rapport_llm_failures_total 1`,
		`rapport_llm_fallbacks_total 1`,
		`rapport_llm_latency_seconds_bucket{le="2"} 1`,
		`go_goroutines `,
		`process_start_time_seconds `, // process collector (Linux)
	} {
		if !strings.Contains(body, want) {
			t.Errorf("exposition lacks %q", want)
		}
	}
}

// Two Metrics values must not share a registry: the bot and its tests create
// several in one process, and the global registry would panic on the second.
func TestMetricsIndependent(t *testing.T) {
	a, b := NewMetrics(), NewMetrics()
	a.Nudges.Add(7)
	if got := scrape(t, b.Handler()); !strings.Contains(got, "rapport_nudges_sent_total 0") {
		t.Errorf("second registry saw the first one's nudges:\n%s", grepLines(got, "nudges"))
	}
	if got := scrape(t, a.Handler()); !strings.Contains(got, "rapport_nudges_sent_total 7") {
		t.Errorf("got %s, want rapport_nudges_sent_total 7", grepLines(got, "nudges"))
	}
}

func grepLines(s, sub string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
