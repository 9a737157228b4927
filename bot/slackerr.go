package bot

import (
	"errors"
	"fmt"
	"net"
	"strconv"

	"github.com/slack-go/slack"
)

// slackCode names a Slack Web API error the way Slack does ("not_in_channel",
// "ratelimited", "http_500"), or "network" / "other". It never includes
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
	var ne net.Error
	if errors.As(err, &ne) {
		return "network"
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
	case isDroppable(err):
		b.log.Warn("Slack refused a call; dropping it", "method", method, "code", code)
	default:
		b.log.Warn("Slack call failed", "method", method, "code", code)
	}
}
