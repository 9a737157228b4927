package bot

import (
	"context"
	"errors"
	"time"

	"github.com/gorilla/websocket"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"
)

// loop reads the Socket Mode events. It never calls the network and never
// blocks on work: every envelope is acknowledged first and its handling is
// handed to the worker pool (or, for commands whose reply travels in the ack,
// to a bounded goroutine).
func (b *Bot) loop(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case evt, ok := <-b.sm.Events:
			if !ok {
				return
			}
			b.dispatch(ctx, evt)
		}
	}
}

func (b *Bot) dispatch(ctx context.Context, evt socketmode.Event) {
	received := b.now()
	b.metrics.EnvelopesReceived.WithLabelValues(string(evt.Type)).Inc()
	if evt.Request != nil && len(evt.Request.EnvelopeID) > maxEnvelopeID {
		// Slack's envelope IDs are UUIDs; an ack echoing this one would
		// exceed what Slack accepts. Nothing in it can be trusted.
		b.log.Warn("dropping an envelope whose envelope_id is too long to acknowledge", "type", logToken(evt.Request.Type), "id_bytes", len(evt.Request.EnvelopeID))
		b.metrics.EventsDropped.WithLabelValues("bad_envelope").Inc()
		return
	}
	switch evt.Type {
	case socketmode.EventTypeConnected:
		b.setConnected(true)
		b.log.Info("connected to Slack over Socket Mode")
	case socketmode.EventTypeConnecting:
		b.setConnected(false)
		b.log.Debug("connecting to Slack")
	case socketmode.EventTypeConnectionError:
		b.setConnected(false)
		cause := "network"
		if ce, ok := evt.Data.(*slack.ConnectionErrorEvent); ok && ce.ErrorObj != nil {
			cause = slackCode(ce.ErrorObj)
		}
		b.log.Warn("Socket Mode connection error; retrying", "cause", cause, "hint", causeHint(cause))
	case socketmode.EventTypeInvalidAuth:
		b.stopFatal(ErrFatalSlack)
	case socketmode.EventTypeIncomingError:
		b.noteUnreadableFrame(evt)
	case socketmode.EventTypeErrorBadMessage:
		b.ackBadMessage(evt)
	case socketmode.EventTypeHello, socketmode.EventTypeDisconnect:
		// slack-go handles these itself.
	case socketmode.EventTypeEventsAPI:
		b.ack(evt.Request, nil)
		ev, ok := evt.Data.(slackevents.EventsAPIEvent)
		if !ok {
			return
		}
		b.handleEventsAPI(ev, received)
	case socketmode.EventTypeSlashCommand:
		cmd, ok := evt.Data.(slack.SlashCommand)
		if !ok {
			b.ack(evt.Request, nil)
			return
		}
		b.runCommand(ctx, evt.Request, func(cctx context.Context) any { return b.handleSlashCommand(cctx, cmd) })
	case socketmode.EventTypeInteractive:
		cb, ok := evt.Data.(slack.InteractionCallback)
		if !ok {
			b.ack(evt.Request, nil)
			return
		}
		if cb.Type == slack.InteractionTypeViewSubmission {
			// The answer to a modal travels in the ack (validation errors).
			b.runCommand(ctx, evt.Request, func(cctx context.Context) any { return b.handleViewSubmission(cctx, cb) })
			return
		}
		b.ack(evt.Request, nil)
		b.runInteraction(ctx, func(jctx context.Context) { b.handleInteraction(jctx, cb) })
	default:
		if evt.Request != nil && evt.Request.EnvelopeID != "" {
			b.ack(evt.Request, nil)
		}
	}
}

// ack acknowledges an envelope. The payload, if any, is the reply Slack shows
// for a slash command or a modal submission.
func (b *Bot) ack(req *socketmode.Request, payload any) {
	if req == nil || req.EnvelopeID == "" {
		return
	}
	// The ack queue is drained by slack-go's writer; bound the wait in
	// case the socket is gone.
	ctx, cancel := context.WithTimeout(context.Background(), ackTimeout)
	defer cancel()
	err := b.sm.AckCtx(ctx, req.EnvelopeID, payload)
	if err != nil && payload != nil && ctx.Err() == nil {
		// Too large or unserialisable: say so in a reply that fits.
		b.log.Warn("reply too large for the ack; sending a short one", "err", err)
		err = b.sm.AckCtx(ctx, req.EnvelopeID, ephemeral("Sorry, that answer was too long to show. Try a narrower request."))
	}
	if err != nil {
		b.log.Warn("ack failed", "err", err)
		return
	}
	b.lastAck.Store(time.Now().UnixNano())
	b.metrics.EnvelopesAcked.Inc()
}

// noteUnreadableFrame logs a frame slack-go could not read: larger than the
// read limit (the socket is then re-opened), or not JSON slack-go can
// decode, such as nesting beyond encoding/json's 10,000 levels. Its bytes
// are gone, so it cannot be acked; one line says so, at most one every
// few seconds however fast such frames come.
func (b *Bot) noteUnreadableFrame(evt socketmode.Event) {
	reason := "malformed"
	if ie, ok := evt.Data.(*slack.IncomingEventError); ok && errors.Is(ie.ErrorObj, websocket.ErrReadLimit) {
		reason = "too_large"
	}
	b.metrics.EventsDropped.WithLabelValues("unreadable_frame").Inc()
	if n, ok := b.frameLog.allow(b.now()); ok {
		b.log.Warn("dropped an unreadable frame from Slack", "reason", reason, "limit_bytes", MaxEnvelopeBytes, "suppressed_since_last", n)
	}
}

// ackBadMessage acknowledges an envelope slack-go could not parse, if it
// carries an envelope_id that fits in an ack, so that Slack does not
// redeliver it forever. The head is found by a scan that never decodes
// nested values: the envelope may be nested deeper than any decoder takes.
func (b *Bot) ackBadMessage(evt socketmode.Event) {
	bad, ok := evt.Data.(*socketmode.ErrorBadMessage)
	if !ok || bad == nil {
		return
	}
	head := scanEnvelopeHead(bad.Message)
	b.metrics.EventsDropped.WithLabelValues("bad_envelope").Inc()
	if head.idBytes > maxEnvelopeID {
		b.log.Warn("ignoring an envelope that could not be parsed; its envelope_id is too long to acknowledge", "type", logToken(head.typ), "id_bytes", head.idBytes, "bytes", len(bad.Message))
		return
	}
	b.log.Warn("ignoring an envelope that could not be parsed", "type", logToken(head.typ), "envelope_id", logToken(head.id), "bytes", len(bad.Message))
	if head.id != "" {
		b.ack(&socketmode.Request{EnvelopeID: head.id}, nil)
	}
}

// runCommand runs a command whose reply travels in the ack on a bounded
// goroutine. When too many are in flight it answers at once that the bot is
// busy, so the ack never waits.
func (b *Bot) runCommand(ctx context.Context, req *socketmode.Request, handle func(context.Context) any) {
	select {
	case b.commands <- struct{}{}:
	default:
		b.ack(req, ephemeral("Rapport is busy right now. Please try again in a moment."))
		b.metrics.EventsDropped.WithLabelValues("commands_busy").Inc()
		return
	}
	b.inflight.Add(1)
	go func() {
		defer b.inflight.Done()
		defer func() { <-b.commands }()
		reply := any(ephemeral("Sorry, something went wrong. Please try again."))
		b.runJob(context.WithoutCancel(ctx), func(jctx context.Context) {
			cctx, cancel := context.WithTimeout(jctx, commandTimeout)
			defer cancel()
			reply = handle(cctx)
		})
		b.ack(req, reply)
	}()
}

// ackTimeout bounds how long an ack may wait for the socket writer.
const ackTimeout = 3 * time.Second

// runInteraction handles a button or shortcut beside the message queue, so
// a click is never stuck behind slow message work: trigger_ids (for the
// modal) expire after 3 s. When too many are in flight it queues instead.
func (b *Bot) runInteraction(ctx context.Context, job func(context.Context)) {
	select {
	case b.interactive <- struct{}{}:
	default:
		b.enqueue("interaction", job)
		return
	}
	b.inflight.Add(1)
	go func() {
		defer b.inflight.Done()
		defer func() { <-b.interactive }()
		b.runJob(context.WithoutCancel(ctx), job)
	}()
}

// commandTimeout keeps a command's ack well inside Slack's 3 s.
const commandTimeout = 2 * time.Second

func (b *Bot) handleEventsAPI(ev slackevents.EventsAPIEvent, received time.Time) {
	if ev.Type != slackevents.CallbackEvent {
		return
	}
	if cb, ok := ev.Data.(*slackevents.EventsAPICallbackEvent); ok && cb.EventID != "" {
		if !b.seen.add(cb.EventID, b.now()) {
			b.metrics.EventsDropped.WithLabelValues("duplicate").Inc()
			return
		}
	}
	switch inner := ev.InnerEvent.Data.(type) {
	case *slackevents.MessageEvent:
		msg := slimMessage(*inner)
		b.enqueueJob(job{
			key:     author(msg),
			kind:    "message",
			bytes:   jobOverhead + len(msg.Text),
			staleAt: received.Add(messageStaleAfter),
			run:     func(jctx context.Context) { b.handleMessage(jctx, msg, received) },
		})
	case *slackevents.AppHomeOpenedEvent:
		if inner.Tab == "home" && userIDShape.MatchString(inner.User) {
			// Slack sends this each time the tab is shown: a burst of them
			// for one user waits as one job, not one views.publish each.
			user := inner.User
			if !b.homes.queue(user) {
				b.metrics.EventsDropped.WithLabelValues("home_coalesced").Inc()
				return
			}
			b.enqueueJob(job{key: "home\x00" + user, kind: "home", bytes: jobOverhead, run: func(jctx context.Context) {
				b.homes.started(user)
				b.openHome(jctx, user)
			}})
		}
	}
}

// slimMessage keeps what handling a message needs while it waits in the
// queue: the text and the routing fields, not the blocks and the copies of
// the message slack-go also decodes. Text beyond twice what is analysed is
// cut (the handler still sees that the message was longer than it reads).
func slimMessage(ev slackevents.MessageEvent) slackevents.MessageEvent {
	ev.Text = truncateUTF8(ev.Text, 2*maxAnalyzed)
	ev.Blocks = slack.Blocks{}
	ev.Root = nil
	// An edit (message_changed) carries the new and the earlier version:
	// keep their routing fields and text, cut like the text itself.
	ev.Message, ev.PreviousMessage = slimMsg(ev.Message), slimMsg(ev.PreviousMessage)
	return ev
}

// author is whose queue a message event waits in: an edit's author is on
// the nested message.
func author(ev slackevents.MessageEvent) string {
	if ev.User == "" && ev.Message != nil {
		return ev.Message.User
	}
	return ev.User
}

// slimMsg keeps what an edit needs of a nested message.
func slimMsg(m *slack.Msg) *slack.Msg {
	if m == nil {
		return nil
	}
	return &slack.Msg{
		User: m.User, BotID: m.BotID, SubType: m.SubType,
		Timestamp: m.Timestamp, ThreadTimestamp: m.ThreadTimestamp,
		Text: truncateUTF8(m.Text, 2*maxAnalyzed),
	}
}

// maxEnvelopeID bounds an envelope_id we echo in an ack. Slack's are UUIDs
// (36 characters).
const maxEnvelopeID = 128

// ephemeral is a slash-command reply only the caller sees.
func ephemeral(text string, blocks ...slack.Block) map[string]any {
	m := map[string]any{"response_type": "ephemeral", "text": text}
	if len(blocks) > 0 {
		m["blocks"] = blocks
	}
	return m
}
