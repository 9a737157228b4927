package bot

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/slack-go/slack"
)

// slackCode names a Slack Web API error the way Slack does ("not_in_channel",
// "ratelimited", "http_500"), or why Slack could not be reached ("dns",
// "tls", "proxy", "refused", "timeout", "network"), or "other". It never includes
// request details, so it is safe to log and to use as a metric label.
func slackCode(err error) string {
	var se slack.SlackErrorResponse
	if errors.As(err, &se) {
		return se.Err
	}
	var rl *slack.RateLimitedError
	if errors.As(err, &rl) {
		return "ratelimited"
	}
	var sc slack.StatusCodeError
	if errors.As(err, &sc) {
		if sc.Code == 429 {
			return "ratelimited"
		}
		return "http_" + strconv.Itoa(sc.Code)
	}
	switch {
	case errors.Is(err, context.Canceled):
		return "canceled"
	}
	if cause := networkCause(err); cause != "" {
		return cause
	}
	switch err.Error() { // slack-go returns some codes as bare errors.New(code)
	case "invalid_auth", "token_revoked", "account_inactive", "not_authed", "not_in_channel", "channel_not_found", "user_not_in_channel":
		return err.Error()
	}
	return "other"
}

// isFatalAuth reports whether Slack refused the credentials: retrying cannot help.
func isFatalAuth(err error) bool {
	switch slackCode(err) {
	case "invalid_auth", "token_revoked", "account_inactive", "not_authed", "token_expired":
		return true
	}
	return false
}

// isDroppable reports errors that mean "this one message cannot go there":
// logged and dropped, never retried.
func isDroppable(err error) bool {
	switch slackCode(err) {
	case "not_in_channel", "user_not_in_channel", "channel_not_found", "is_archived", "user_not_found", "cannot_dm_bot", "messages_tab_disabled", "expired_trigger_id", "msg_too_long", "invalid_blocks", "no_text":
		return true
	}
	return false
}

// noteSlackError counts a failed Web API call, logs it without any message
// text, and stops the bot when the credentials are refused.
func (b *Bot) noteSlackError(method string, err error) {
	if err == nil {
		return
	}
	code := slackCode(err)
	b.metrics.SlackAPIErrors.WithLabelValues(method, code).Inc()
	switch {
	case isFatalAuth(err):
		b.log.Error("Slack refused the bot's credentials; stopping", "method", method, "code", code)
		b.stopFatal(fmt.Errorf("%w: %s: %s", ErrFatalSlack, method, code))
	case code == "canceled":
		// Shutdown cut the call short; the drain line counts it.
		b.log.Debug("Slack call cancelled", "method", method)
	case isDroppable(err):
		b.log.Warn("Slack refused a call; dropping it", "method", method, "code", code)
	default:
		b.log.Warn("Slack call failed", "method", method, "code", code)
	}
}

// isTransient reports a failure on Slack's side that a later attempt may
// not meet: HTTP 5xx, or Slack's own internal_error and fatal_error.
func isTransient(err error) bool {
	code := slackCode(err)
	switch code {
	case "internal_error", "fatal_error", "service_unavailable", "request_timeout":
		return true
	}
	return strings.HasPrefix(code, "http_5")
}

// Bounds on retrying a transient failure: about 3.5 s of waiting at most,
// inside the job's deadline and leaving room for a 429 after it.
const (
	transientRetries = 3
	transientBackoff = 500 * time.Millisecond
)

// retryTransient calls fn, and again after a growing pause while it fails
// transiently, at most transientRetries more times. 429s are waited out
// inside slack-go (OptionRetryConfig); this handles what slack-go does not.
// A retried call may have reached Slack the first time: it is used only for
// messages where a rare duplicate is better than a loss.
func (b *Bot) retryTransient(ctx context.Context, method string, fn func() error) error {
	wait := transientBackoff
	for attempt := 0; ; attempt++ {
		err := fn()
		if err == nil || attempt == transientRetries || !isTransient(err) {
			return err
		}
		b.metrics.SlackRetries.WithLabelValues(method).Inc()
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return err
		case <-t.C:
		}
		wait *= 2
	}
}

// networkCause says why a request never reached Slack, in words an admin can
// act on: "proxy" (the HTTPS proxy failed), "dns" (the name did not
// resolve), "tls" (a certificate or handshake failure, often an
// intercepting proxy), "refused", "timeout", or "network" for anything else
// on the wire. It returns "" for errors that are not about the network.
func networkCause(err error) string {
	var op *net.OpError
	if errors.As(err, &op) && op.Op == "proxyconnect" {
		return "proxy"
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return "dns"
	}
	var (
		unknownCA x509.UnknownAuthorityError
		hostname  x509.HostnameError
		invalid   x509.CertificateInvalidError
		verify    *tls.CertificateVerificationError
		recordHdr tls.RecordHeaderError
		alert     tls.AlertError
		echReject *tls.ECHRejectionError
	)
	if errors.As(err, &unknownCA) || errors.As(err, &hostname) || errors.As(err, &invalid) ||
		errors.As(err, &verify) || errors.As(err, &recordHdr) || errors.As(err, &alert) || errors.As(err, &echReject) {
		return "tls"
	}
	if errors.Is(err, syscall.ECONNREFUSED) {
		return "refused"
	}
	var ne net.Error
	if errors.As(err, &ne) {
		if ne.Timeout() {
			return "timeout"
		}
		return "network"
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return "timeout"
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return "network"
	}
	return ""
}

// causeHint is what an admin can check for a cause of networkCause.
func causeHint(cause string) string {
	switch cause {
	case "dns":
		return "the host name of Slack did not resolve: check DNS on this host or container"
	case "tls":
		return "the TLS handshake failed: a proxy that inspects HTTPS needs its CA certificate installed"
	case "proxy":
		return "the HTTPS proxy could not be reached or refused: check HTTPS_PROXY"
	case "refused":
		return "the connection was refused: check the firewall or SLACK_API_URL"
	case "timeout":
		return "no answer in time: check the firewall and proxy settings"
	case "network":
		return "the network failed; see the previous lines"
	}
	return "Slack answered with an error"
}

// isNetworkCode reports a code of networkCause: Slack was not reached, so
// trying again later can help.
func isNetworkCode(code string) bool {
	switch code {
	case "dns", "tls", "proxy", "refused", "timeout", "network":
		return true
	}
	return false
}
