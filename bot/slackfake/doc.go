// Package slackfake is a fake Slack for tests: a real Socket Mode websocket,
// the Web API methods Rapport calls, and response URLs, all on one loopback
// listener. A real slack-go client talks to it unchanged; the fake records
// every call and every ack, and can be told to fail.
//
// Start one per test with New (or Start/Close outside tests) and point
// slack-go at it:
//
//	fake := slackfake.New(t)
//	api := slack.New("xoxb-test",
//		slack.OptionAppLevelToken("xapp-1-test"),
//		slack.OptionAPIURL(fake.APIURL()))
//	client := socketmode.New(api)
//	go client.RunContext(ctx)
//
//	fake.SetUser(slackfake.User{ID: "U1", Name: "ann", TZ: "America/New_York"})
//	env, _ := fake.SendMessage(slackfake.Message{Channel: "C1", User: "U1", Text: "just RTFM"})
//	ack, err := fake.WaitAck(time.Second, env)            // ack.Latency: send → ack
//	call, err := fake.WaitCall(time.Second, "chat.postEphemeral",
//		func(c slackfake.Call) bool { return c.Params["user"] == "U1" })
//
// # Web API
//
// Methods: apps.connections.open (app token), auth.test, chat.postMessage (a
// user ID as channel answers a D… channel), chat.postEphemeral, chat.update,
// chat.getPermalink, users.info (SetUser; unknown users get user_not_found),
// usergroups.users.list (SetUserGroup), views.open and conversations.info
// (SetChannel; unset channels are public and the bot is a member). Others answer
// unknown_method. Form and JSON bodies are accepted; the token comes from the
// Authorization bearer header or the token field, and a wrong one answers
// invalid_auth. Message methods check text/blocks like Slack (no_text,
// invalid_blocks, msg_too_long).
//
// Every request is recorded as a Call: Params holds form values, or a JSON
// body's top-level fields with strings unquoted and everything else (blocks,
// view) as raw JSON. ResponseURL(id) gives a response_url whose POSTs are
// recorded as method "response_url"; like Slack, each accepts five messages and
// then answers 404.
//
// FailNext(method, n, f) makes the next n calls answer f: SlackError(code),
// RateLimited(seconds) (slack-go: *slack.RateLimitedError),
// RateLimitedNoHeader() (slack.StatusCodeError 429) or ServerError().
// SetLatency(method, d) makes a method (or every one) answer after d, as a
// slow Slack does.
//
// # Socket Mode
//
// Each socket gets a hello and websocket pings every WithPingInterval (100ms).
// SendEvent, SendMessage, SendSlashCommand, SendInteraction and SendRaw queue
// an envelope with a fresh envelope_id and return it; the envelope goes to the
// newest connected socket, or waits for one, so an event sent during a
// reconnect is not lost. WithEventID and WithRetry simulate Slack's retries.
// SendDisconnect sends a disconnect envelope (slack-go reconnects; the event
// never reaches Events); DropConnections cuts the sockets. Connected,
// Connections, WaitConnected and WaitConnections observe reconnects.
//
// Slash commands and block_actions without a response_url get
// ResponseURL(envelopeID), so a test can find the reply by envelope.
package slackfake
