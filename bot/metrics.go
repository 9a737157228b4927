package bot

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/rapport-bot/rapport/coach"
)

// Metrics are the Prometheus series Rapport exposes on /metrics. They live on
// a registry of their own (never the global one), so that every Metrics value
// is independent and tests can run side by side.
//
// Label values must come from small, fixed sets (envelope types, reasons,
// categories, Slack method names and error codes): never user or channel IDs,
// never message text.
type Metrics struct {
	// EnvelopesReceived counts Socket Mode envelopes by type
	// (events_api, slash_commands, interactive, hello, …).
	EnvelopesReceived *prometheus.CounterVec
	// EnvelopesAcked counts envelopes acknowledged to Slack.
	EnvelopesAcked prometheus.Counter
	// EventsDropped counts events not handled, by reason
	// (duplicate, queue_full, stale, shutdown, not_a_dm, bad_envelope, …).
	EventsDropped *prometheus.CounterVec
	// QueueDepth is how many acknowledged jobs wait for a worker.
	QueueDepth prometheus.Gauge
	// SlackRetries counts Web API calls retried after a transient failure
	// (HTTP 5xx, internal_error), by method.
	SlackRetries *prometheus.CounterVec
	// Nudges counts ephemeral coaching messages sent.
	Nudges prometheus.Counter
	// Findings counts findings by category.
	Findings *prometheus.CounterVec
	// SlackAPIErrors counts failed Slack Web API calls by method and error
	// code (e.g. chat.postEphemeral, not_in_channel).
	SlackAPIErrors *prometheus.CounterVec
	// NudgeLatency observes the time from receiving a message event to the
	// nudge being sent, in seconds.
	NudgeLatency prometheus.Histogram
	// RemindersSent counts follow-up reminders delivered by DM.
	RemindersSent prometheus.Counter
	// TipsPosted counts scheduled and on-demand tips posted.
	TipsPosted prometheus.Counter
	// LLMCalls counts requests made to the LLM rewriter.
	LLMCalls prometheus.Counter
	// LLMFailures counts LLM requests that failed or returned an unusable
	// rewrite.
	LLMFailures prometheus.Counter
	// LLMFallbacks counts rewrites that fell back to the rule-based rewrite.
	LLMFallbacks prometheus.Counter
	// LLMLatency observes the duration of LLM requests, in seconds.
	LLMLatency prometheus.Histogram
	// NudgeOutcomes counts nudges by the category they lead with and what
	// became of them: shown, dismissed, not_helpful, why_opened.
	NudgeOutcomes *prometheus.CounterVec
	// SlackConnected is 1 while the Socket Mode connection is up, else 0.
	SlackConnected prometheus.Gauge
	// BuildInfo is always 1; its labels carry the version and commit.
	BuildInfo *prometheus.GaugeVec

	registry *prometheus.Registry
}

// nudgeBuckets span 1 ms to 5 s: a rule-based nudge takes milliseconds, one
// waiting on an LLM or a slow Slack API takes seconds.
var nudgeBuckets = []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5}

// llmBuckets span 50 ms to 30 s, the range of hosted chat completions.
var llmBuckets = []float64{.05, .1, .25, .5, 1, 2, 4, 8, 15, 30}

// namespace prefixes every metric's name; the helpers below make the
// metric rapport_<name>.
const namespace = "rapport"

func counter(name, help string) prometheus.Counter {
	return prometheus.NewCounter(prometheus.CounterOpts{Namespace: namespace, Name: name, Help: help})
}

func counterVec(name, help string, labels ...string) *prometheus.CounterVec {
	return prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace, Name: name, Help: help}, labels)
}

func gauge(name, help string) prometheus.Gauge {
	return prometheus.NewGauge(prometheus.GaugeOpts{Namespace: namespace, Name: name, Help: help})
}

func histogram(name, help string, buckets []float64) prometheus.Histogram {
	return prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: namespace, Name: name, Help: help, Buckets: buckets})
}

// NewMetrics registers Rapport's metrics, plus the Go runtime and process
// collectors, on a new registry.
func NewMetrics() *Metrics {
	m := &Metrics{
		EnvelopesReceived: counterVec("envelopes_received_total",
			"Socket Mode envelopes received, by envelope type.", "type"),
		EnvelopesAcked: counter("envelopes_acked_total",
			"Socket Mode envelopes acknowledged."),
		EventsDropped: counterVec("events_dropped_total",
			"Events not handled, by reason.", "reason"),
		QueueDepth: gauge("work_queue_depth",
			"Acknowledged jobs waiting for a worker."),
		SlackRetries: counterVec("slack_retries_total",
			"Slack Web API calls retried after a transient failure, by method.", "method"),
		Nudges: counter("nudges_sent_total",
			"Private coaching nudges sent."),
		Findings: counterVec("findings_total",
			"Findings in coached messages, by category.", "category"),
		SlackAPIErrors: counterVec("slack_api_errors_total",
			"Failed Slack Web API calls, by method and error code.", "method", "code"),
		NudgeLatency: histogram("nudge_latency_seconds",
			"Time from receiving a message event to sending its nudge.", nudgeBuckets),
		RemindersSent: counter("reminders_sent_total",
			"Follow-up reminders sent by direct message."),
		TipsPosted: counter("tips_posted_total",
			"Tips posted."),
		LLMCalls: counter("llm_calls_total",
			"Requests made to the LLM rewriter."),
		LLMFailures: counter("llm_failures_total",
			"LLM requests that failed or returned an unusable rewrite."),
		LLMFallbacks: counter("llm_fallbacks_total",
			"Rewrites that fell back to the rule-based rewrite."),
		LLMLatency: histogram("llm_latency_seconds",
			"Duration of LLM rewrite requests.", llmBuckets),
		NudgeOutcomes: counterVec("nudge_outcomes_total",
			"Nudges by lead category and outcome (shown, dismissed, not_helpful, why_opened).", "category", "outcome"),
		SlackConnected: gauge("slack_connected",
			"1 while the Socket Mode connection to Slack is up, else 0."),
		BuildInfo: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: namespace, Name: "build_info",
			Help: "Always 1; the labels name the running version and commit."}, []string{"version", "commit"}),
		registry: prometheus.NewRegistry(),
	}
	m.registry.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		m.EnvelopesReceived, m.EnvelopesAcked, m.EventsDropped, m.QueueDepth, m.SlackRetries, m.Nudges,
		m.Findings, m.SlackAPIErrors, m.NudgeLatency, m.RemindersSent,
		m.TipsPosted, m.LLMCalls, m.LLMFailures, m.LLMFallbacks, m.LLMLatency,
		m.NudgeOutcomes, m.SlackConnected, m.BuildInfo,
	)
	// Every category is exported from the start at 0, so that rate() and
	// alerts see a series before the first finding of its kind.
	for _, c := range coach.Categories() {
		m.Findings.WithLabelValues(string(c))
		for _, o := range nudgeOutcomes {
			m.NudgeOutcomes.WithLabelValues(string(c), o)
		}
	}
	return m
}

// The outcomes of a nudge, the values of NudgeOutcomes' outcome label.
const (
	outcomeShown      = "shown"
	outcomeDismissed  = "dismissed"
	outcomeNotHelpful = "not_helpful"
	outcomeWhy        = "why_opened"
)

var nudgeOutcomes = []string{outcomeShown, outcomeDismissed, outcomeNotHelpful, outcomeWhy}

// SetBuildInfo exports the running version and commit as rapport_build_info.
func (m *Metrics) SetBuildInfo(version, commit string) {
	m.BuildInfo.Reset()
	m.BuildInfo.WithLabelValues(version, commit).Set(1)
}

// nudgeOutcome counts an outcome under category; a value that is not a
// known category (an old or forged button) counts as "unknown", so label
// values stay a small fixed set.
func (m *Metrics) nudgeOutcome(category, outcome string) {
	if !coach.Category(category).Valid() {
		category = "unknown"
	}
	m.NudgeOutcomes.WithLabelValues(category, outcome).Inc()
}

// Handler serves the registry in the Prometheus exposition format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{
		Registry:          m.registry, // exports promhttp_metric_handler_errors_total
		EnableOpenMetrics: true,
	})
}
