package slackfake

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"
)

// Limits Slack enforces that a bot can trip over.
const (
	maxTextRunes     = 40000 // chat.* "msg_too_long"
	maxMessageBlocks = 50    // chat.* "invalid_blocks"
	maxViewBlocks    = 100   // views.open "invalid_arguments"
)

type apiHandler func(s *Server, p map[string]string) (map[string]any, string)

var apiMethods = map[string]apiHandler{
	"apps.connections.open": (*Server).appsConnectionsOpen,
	"auth.test":             (*Server).authTest,
	"chat.postEphemeral":    (*Server).chatPostEphemeral,
	"chat.postMessage":      (*Server).chatPostMessage,
	"chat.update":           (*Server).chatUpdate,
	"chat.getPermalink":     (*Server).chatGetPermalink,
	"users.info":            (*Server).usersInfo,
	"usergroups.users.list": (*Server).usergroupsUsersList,
	"views.open":            (*Server).viewsOpen,
	"views.publish":         (*Server).viewsPublish,
	"conversations.info":    (*Server).conversationsInfo,
}

// handleAPI serves /api/{method}: records the call, then answers an injected
// failure, unknown_method, an auth error or the method's result, in that order.
func (s *Server) handleAPI(w http.ResponseWriter, r *http.Request) {
	at := time.Now()
	method := r.PathValue("method")
	body, params, token, err := readRequest(r)
	s.delay(r, method)
	call := Call{Method: method, Params: params, Body: body, At: at}
	status, slackErr := s.answerAPI(w, method, params, token, err)
	call.Status, call.Error = status, slackErr
	s.recordCall(call)
}

func (s *Server) answerAPI(w http.ResponseWriter, method string, params map[string]string, token string, readErr error) (int, string) {
	if f, ok := s.takeFailure(method); ok {
		return writeFailure(w, f)
	}
	fail := func(code string) (int, string) {
		writeJSON(w, http.StatusOK, map[string]any{"ok": false, "error": code})
		return http.StatusOK, code
	}
	h, ok := apiMethods[method]
	if !ok {
		return fail("unknown_method")
	}
	if readErr != nil {
		return fail("invalid_form_data")
	}
	if code := s.checkToken(method, token); code != "" {
		return fail(code)
	}
	res, code := h(s, params)
	if code != "" {
		return fail(code)
	}
	res["ok"] = true
	writeJSON(w, http.StatusOK, res)
	return http.StatusOK, ""
}

// checkToken answers "" for the right kind of token, else Slack's error.
func (s *Server) checkToken(method, token string) string {
	want, other := s.cfg.botToken, s.cfg.appToken
	if method == "apps.connections.open" {
		want, other = other, want
	}
	switch token {
	case "":
		return "not_authed"
	case want:
		return ""
	case other:
		return "not_allowed_token_type"
	default:
		return "invalid_auth"
	}
}

// readRequest reads the body and flattens the parameters. The token comes from
// the Authorization bearer header or, as slack-go sends forms, a token field.
func readRequest(r *http.Request) (body []byte, params map[string]string, token string, err error) {
	body, err = io.ReadAll(io.LimitReader(r.Body, 10<<20))
	params = map[string]string{}
	if err != nil {
		return body, params, "", fmt.Errorf("read body: %w", err)
	}
	for k, v := range r.URL.Query() {
		params[k] = v[0]
	}
	ctype, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch {
	case len(bytes.TrimSpace(body)) == 0:
	case ctype == "application/json":
		var fields map[string]json.RawMessage
		if err = json.Unmarshal(body, &fields); err != nil {
			return body, params, "", fmt.Errorf("decode json body: %w", err)
		}
		for k, raw := range fields {
			if string(raw) == "null" {
				continue // slack-go sends unset fields as null
			}
			var str string
			if json.Unmarshal(raw, &str) == nil {
				params[k] = str
			} else {
				params[k] = string(raw)
			}
		}
	default:
		vals, perr := url.ParseQuery(string(body))
		if perr != nil {
			return body, params, "", fmt.Errorf("decode form body: %w", perr)
		}
		for k, v := range vals {
			params[k] = v[0]
		}
	}
	token = params["token"]
	delete(params, "token")
	if auth, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok {
		token = auth
	}
	return body, params, token, nil
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (s *Server) appsConnectionsOpen(map[string]string) (map[string]any, string) {
	s.mu.Lock()
	ticket := fmt.Sprintf("ticket-%d", s.nextSeqLocked())
	s.tickets[ticket] = true
	s.mu.Unlock()
	wsURL := "ws" + strings.TrimPrefix(s.http.URL, "http") + "/link/?ticket=" + ticket + "&app_id=" + s.cfg.identity.AppID
	return map[string]any{"url": wsURL}, ""
}

func (s *Server) authTest(map[string]string) (map[string]any, string) {
	id := s.cfg.identity
	return map[string]any{
		"url":     "https://" + id.TeamName + ".slack.com/",
		"team":    id.TeamName,
		"user":    id.BotName,
		"team_id": id.TeamID,
		"user_id": id.BotUserID,
		"bot_id":  id.BotID,
	}, ""
}

// checkMessage applies Slack's checks on message content.
func checkMessage(p map[string]string) string {
	empty := func(v string) bool { return v == "" || v == "[]" }
	if p["text"] == "" && empty(p["blocks"]) && empty(p["attachments"]) {
		return "no_text"
	}
	if utf8.RuneCountInString(p["text"]) > maxTextRunes {
		return "msg_too_long"
	}
	if b := p["blocks"]; b != "" {
		var blocks []json.RawMessage
		if json.Unmarshal([]byte(b), &blocks) != nil || len(blocks) > maxMessageBlocks {
			return "invalid_blocks"
		}
	}
	if a := p["attachments"]; a != "" {
		var atts []json.RawMessage
		if json.Unmarshal([]byte(a), &atts) != nil {
			return "invalid_attachments"
		}
	}
	return ""
}

// dmChannel is the IM channel the fake gives a user ID posted to directly.
func dmChannel(id string) string {
	if strings.HasPrefix(id, "U") || strings.HasPrefix(id, "W") {
		return "D" + id[1:]
	}
	return id
}

func (s *Server) botMessage(p map[string]string, ts string) map[string]any {
	msg := map[string]any{
		"type":    "message",
		"user":    s.cfg.identity.BotUserID,
		"bot_id":  s.cfg.identity.BotID,
		"text":    p["text"],
		"ts":      ts,
		"team":    s.cfg.identity.TeamID,
		"app_id":  s.cfg.identity.AppID,
		"blocks":  json.RawMessage("[]"),
		"subtype": "",
	}
	if b := p["blocks"]; b != "" {
		msg["blocks"] = json.RawMessage(b)
	}
	if t := p["thread_ts"]; t != "" {
		msg["thread_ts"] = t
	}
	return msg
}

func (s *Server) chatPostMessage(p map[string]string) (map[string]any, string) {
	if p["channel"] == "" {
		return nil, "channel_not_found"
	}
	if code := checkMessage(p); code != "" {
		return nil, code
	}
	ts := s.newTS()
	return map[string]any{
		"channel": dmChannel(p["channel"]),
		"ts":      ts,
		"message": s.botMessage(p, ts),
	}, ""
}

func (s *Server) chatPostEphemeral(p map[string]string) (map[string]any, string) {
	if p["channel"] == "" {
		return nil, "channel_not_found"
	}
	if p["user"] == "" {
		return nil, "user_not_found"
	}
	if code := checkMessage(p); code != "" {
		return nil, code
	}
	return map[string]any{"message_ts": s.newTS()}, ""
}

func (s *Server) chatUpdate(p map[string]string) (map[string]any, string) {
	if p["channel"] == "" {
		return nil, "channel_not_found"
	}
	if p["ts"] == "" {
		return nil, "message_not_found"
	}
	if code := checkMessage(p); code != "" {
		return nil, code
	}
	return map[string]any{
		"channel": dmChannel(p["channel"]),
		"ts":      p["ts"],
		"text":    p["text"],
		"message": s.botMessage(p, p["ts"]),
	}, ""
}

func (s *Server) chatGetPermalink(p map[string]string) (map[string]any, string) {
	ch, ts := p["channel"], p["message_ts"]
	if ch == "" {
		return nil, "channel_not_found"
	}
	if ts == "" {
		return nil, "message_not_found"
	}
	link := fmt.Sprintf("https://%s.slack.com/archives/%s/p%s", s.cfg.identity.TeamName, ch, strings.ReplaceAll(ts, ".", ""))
	return map[string]any{"channel": ch, "permalink": link}, ""
}

func (s *Server) usersInfo(p map[string]string) (map[string]any, string) {
	u, ok := s.user(p["user"])
	if !ok {
		return nil, "user_not_found"
	}
	return map[string]any{"user": userJSON(u, s.cfg.identity.TeamID)}, ""
}

func (s *Server) usergroupsUsersList(p map[string]string) (map[string]any, string) {
	members, ok := s.group(p["usergroup"])
	if !ok {
		return nil, "no_such_subteam"
	}
	if members == nil {
		members = []string{}
	}
	return map[string]any{"users": members}, ""
}

func (s *Server) conversationsInfo(p map[string]string) (map[string]any, string) {
	if p["channel"] == "" {
		return nil, "channel_not_found"
	}
	return map[string]any{"channel": channelJSON(s.channel(p["channel"]))}, ""
}

func (s *Server) viewsOpen(p map[string]string) (map[string]any, string) {
	if p["trigger_id"] == "" {
		return nil, "invalid_trigger_id"
	}
	var view map[string]json.RawMessage
	if json.Unmarshal([]byte(p["view"]), &view) != nil {
		return nil, "invalid_arguments"
	}
	var blocks []json.RawMessage
	if raw, ok := view["blocks"]; ok && (json.Unmarshal(raw, &blocks) != nil || len(blocks) > maxViewBlocks) {
		return nil, "invalid_arguments"
	}
	s.mu.Lock()
	view["id"], _ = json.Marshal(fmt.Sprintf("V%08d", s.nextSeqLocked()))
	s.mu.Unlock()
	view["team_id"], _ = json.Marshal(s.cfg.identity.TeamID)
	view["app_id"], _ = json.Marshal(s.cfg.identity.AppID)
	view["bot_id"], _ = json.Marshal(s.cfg.identity.BotID)
	return map[string]any{"view": view}, ""
}
