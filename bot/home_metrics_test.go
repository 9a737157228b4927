package bot_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func scrapeMetrics(t *testing.T, h http.Handler) string {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	b, _ := io.ReadAll(rec.Body)
	return string(b)
}

func TestMetricsShowConnectionBuildAndNudgeOutcomes(t *testing.T) {
	h := newHarness(t)
	h.metrics.SetBuildInfo("v1.4.0", "0123abc")
	h.say(staffUser, supportChan, "No problem, happy to help.")
	nudge := h.ephemeralTo(staffUser, supportChan)
	whyValue, _ := buttonValue(t, nudge, "rapport_why")
	ids, _ := buttonValue(t, nudge, "rapport_not_helpful")
	dismiss, _ := buttonValue(t, nudge, "rapport_dismiss")
	h.sync()
	h.responseTo(h.click(staffUser, supportChan, "rapport_why", whyValue))
	h.responseTo(h.click(staffUser, supportChan, "rapport_not_helpful", ids))
	h.responseTo(h.click(staffUser, supportChan, "rapport_dismiss", dismiss))

	body := scrapeMetrics(t, h.metrics.Handler())
	for _, want := range []string{
		`rapport_slack_connected 1`,
		`rapport_build_info{commit="0123abc",version="v1.4.0"} 1`,
		// This nudge and h.sync's sentinel, which also leads with "no problem".
		`rapport_nudge_outcomes_total{category="no-problem",outcome="shown"} 2`,
		`rapport_nudge_outcomes_total{category="no-problem",outcome="why_opened"} 1`,
		`rapport_nudge_outcomes_total{category="no-problem",outcome="not_helpful"} 1`,
		`rapport_nudge_outcomes_total{category="no-problem",outcome="dismissed"} 1`,
		`rapport_nudge_outcomes_total{category="blame",outcome="shown"} 0`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	// A forged Dismiss value does not become a label.
	h.responseTo(h.click(staffUser, supportChan, "rapport_dismiss", "U0SECRET"))
	body = scrapeMetrics(t, h.metrics.Handler())
	if strings.Contains(body, "U0SECRET") || !strings.Contains(body, `rapport_nudge_outcomes_total{category="unknown",outcome="dismissed"} 1`) {
		t.Errorf("a forged Dismiss value: want it counted as unknown, never as a label")
	}
	h.stopBot()
	if body := scrapeMetrics(t, h.metrics.Handler()); !strings.Contains(body, `rapport_slack_connected 0`) {
		t.Errorf("after shutdown: want rapport_slack_connected 0")
	}
}
