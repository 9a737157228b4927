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

// NewMetrics registers Rapport's metrics, plus the Go runtime and process
// collectors, on a new registry.
func NewMetrics() *Metrics {
	const ns = "rapport"
	m := &Metrics{
		EnvelopesReceived: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Name: "envelopes_received_total",
			Help: "Socket Mode envelopes received, by envelope type.",
		}, []string{"type"}),
		EnvelopesAcked: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: ns, Name: "envelopes_acked_total",
			Help: "Socket Mode envelopes acknowledged.",
		}),
		EventsDropped: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Name: "events_dropped_total",
			Help: "Events not handled, by reason.",
		}, []string{"reason"}),
		QueueDepth: prometheus.NewGauge(prometheus.GaugeOpts{
			Namespace: ns, Name: "work_queue_depth",
			Help: "Acknowledged jobs waiting for a worker.",
		}),
		SlackRetries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Name: "slack_retries_total",
			Help: "Slack Web API calls retried after a transient failure, by method.",
		}, []string{"method"}),
		Nudges: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: ns, Name: "nudges_sent_total",
			Help: "Private coaching nudges sent.",
		}),
		Findings: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Name: "findings_total",
			Help: "Findings in coached messages, by category.",
		}, []string{"category"}),
		SlackAPIErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Name: "slack_api_errors_total",
			Help: "Failed Slack Web API calls, by method and error code.",
		}, []string{"method", "code"}),
		NudgeLatency: prometheus.NewHistogram(prometheus.HistogramOpts{
			Namespace: ns, Name: "nudge_latency_seconds",
			Help:    "Time from receiving a message event to sending its nudge.",
			Buckets: nudgeBuckets,
		}),
		RemindersSent: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: ns, Name: "reminders_sent_total",
			Help: "Follow-up reminders sent by direct message.",
		}),
		TipsPosted: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: ns, Name: "tips_posted_total",
			Help: "Tips posted.",
		}),
		LLMCalls: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: ns, Name: "llm_calls_total",
			Help: "Requests made to the LLM rewriter.",
		}),
		LLMFailures: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: ns, Name: "llm_failures_total",
			Help: "LLM requests that failed or returned an unusable rewrite.",
		}),
		LLMFallbacks: prometheus.NewCounter(prometheus.CounterOpts{
			Namespace: ns, Name: "llm_fallbacks_total",
			Help: "Rewrites that fell back to the rule-based rewrite.",
		}),
		LLMLatency: prometheus.NewHistogram(prometheus.HistogramOpts{
			Namespace: ns, Name: "llm_latency_seconds",
			Help:    "Duration of LLM rewrite requests.",
			Buckets: llmBuckets,
		}),
		NudgeOutcomes: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: ns, Name: "nudge_outcomes_total",
			Help: "Nudges by lead category and outcome (shown, dismissed, not_helpful, why_opened).",
		}, []string{"category", "outcome"}),
		SlackConnected: prometheus.NewGauge(prometheus.GaugeOpts{
			Namespace: ns, Name: "slack_connected",
			Help: "1 while the Socket Mode connection to Slack is up, else 0.",
		}),
		BuildInfo: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Namespace: ns, Name: "build_info",
			Help: "Always 1; the labels name the running version and commit.",
		}, []string{"version", "commit"}),
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
