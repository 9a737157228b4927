package llm

import (
	"errors"
	"fmt"
	"net/netip"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"
)

// Placeholders look like [[EMAIL_1]]: plain ASCII, which models copy
// faithfully, and unlike anything in a support chat. Text that already looks
// like a placeholder is itself replaced by one ([[TEXT_n]]), so restoring is
// always exact.
var placeholderRE = regexp.MustCompile(`\[\[([A-Z]+)_([0-9]+)\]\]`)

// The kinds of private detail, used in placeholder names.
const (
	kindEmail   = "EMAIL"
	kindPhone   = "PHONE"
	kindIP      = "IP"
	kindQuery   = "QUERY"
	kindMention = "MENTION" // Slack user, user group and special mentions
	kindChannel = "CHANNEL" // Slack channel links
	kindText    = "TEXT"    // input that already looked like a placeholder
	kindSecret  = "SECRET"  // passwords, API keys, tokens, private keys, secret URL paths
	kindCard    = "CARD"    // payment card numbers
	kindID      = "ID"      // national ID numbers (US SSN, UK NI number)
)

// ErrPlaceholder is returned by a restore function when the text holds a
// placeholder that the redaction did not make: the model invented or changed
// one.
var ErrPlaceholder = errors.New("unknown placeholder")

var (
	// Slack's own markup for mentions and channel links.
	slackMentionRE = regexp.MustCompile(`<(?:@[UW][A-Z0-9]+|!subteam\^S[A-Z0-9]+|!(?:here|channel|everyone))(?:\|[^<>]*)?>`)
	slackChannelRE = regexp.MustCompile(`<#C[A-Z0-9]+(?:\|[^<>]*)?>`)

	// Addresses in any script (josé@correo.es, 用户@例子.广告).
	emailRE = regexp.MustCompile(`[\p{L}\p{M}\p{N}._%+\-]+@[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}\-]*[\p{L}\p{M}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}\-]*[\p{L}\p{M}\p{N}])?)*\.(?:[\p{L}\p{M}]{2,}|xn--[a-z0-9\-]+)`)

	// URLs with a scheme, and scheme-less host/path forms (Slack shows a
	// link's label without the scheme). Only the query and fragment are
	// private; scheme, host and path stay for the model to keep.
	urlRE         = regexp.MustCompile(`(?i)\b(?:https?|ftp)://[^\s<>|"'\x60]+`)
	barePathURLRE = regexp.MustCompile(`(?i)\b(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+[a-z]{2,}(?::[0-9]+)?/[^\s<>|"'\x60]*[?#][^\s<>|"'\x60]+`)

	// Dotted quads, zero-padded or not (010.000.000.015); ipv4OK checks
	// each part is at most 255.
	ipv4RE = regexp.MustCompile(`\b[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\b`)
	// Candidates only: each is checked with netip.ParseAddr.
	ipv6RE = regexp.MustCompile(`(?i)[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:[0-9]{1,3}(?:\.[0-9]{1,3}){3})?(?:%[0-9a-z]+)?`)

	// International numbers start with + (or 00, below); US numbers are
	// 3-3-4 digits with separators, optionally with a leading 1, or ten
	// digits in a row that follow the North American plan; national numbers
	// elsewhere start with a trunk 0 (020 7946 0958, 07700 900123).
	// Ticket numbers (#12345), versions (10.4.2), dates (2026-12-01) and
	// ten-digit numbers starting with 0 or 1 have other shapes.
	intlPhoneRE   = regexp.MustCompile(`\+[0-9][0-9 ().\-]{6,22}[0-9]`)
	usPhoneRE     = regexp.MustCompile(`(?:\b1[ .\-]?)?(?:\([0-9]{3}\) ?|\b[0-9]{3}[ .\-])[0-9]{3}[ .\-][0-9]{4}\b`)
	nanpBareRE    = regexp.MustCompile(`\b[2-9][0-9]{2}[2-9][0-9]{6}\b`)
	trunkPhoneRE  = regexp.MustCompile(`\b0[0-9]{1,4}(?:[ \-]?[0-9]{2,8}){1,4}\b`)
	bareWebhookRE = regexp.MustCompile(`(?i)\b(?:hooks\.slack\.com|[a-z0-9\-]+\.webhook\.office\.com|outlook\.office\.com|discord(?:app)?\.com|hooks\.zapier\.com|api\.telegram\.org)/[^\s<>|"'\x60?#]+`)
)

// span is a part of the original text to replace by a placeholder.
type span struct {
	start, end int
	kind       string
}

// redaction is one message's mapping between private details and
// placeholders. The same detail always gets the same placeholder.
type redaction struct {
	text     string            // the redacted text
	values   map[string]string // placeholder → original
	byValue  map[string]string // kind+"\x00"+original → placeholder
	counters map[string]int
	order    []string // placeholders of text, in order of first appearance
}

// Redact replaces e-mail addresses (in any script), phone numbers (with or
// without separators, international or national), IPv4 (zero-padded too) and
// IPv6 addresses, URL query strings and fragments, passwords in URLs, secret
// URL paths (webhooks, random tokens), Slack mentions and channel links,
// credentials (password: x, api_key=x, Bearer x), API keys and tokens (cloud
// access keys, Slack, GitHub, JWT…), private keys, payment card numbers and
// national ID numbers in text by placeholders such as [[EMAIL_1]] or
// [[SECRET_1]], and returns the redacted text and a
// function that puts the originals back into any text that uses those
// placeholders (the model's answer). restore fails with ErrPlaceholder when
// its input holds a placeholder the redaction did not make. For every text,
// restore(redacted) returns text unchanged.
func Redact(text string) (redacted string, restore func(string) (string, error)) {
	r := newRedaction(text)
	return r.text, r.restore
}

func newRedaction(text string) *redaction {
	r := &redaction{values: map[string]string{}, byValue: map[string]string{}, counters: map[string]int{}}
	r.text = r.apply(text, true)
	return r
}

// also redacts another text with the same mapping (a finding's phrase or
// suggestion), so that the same detail gets the same placeholder.
func (r *redaction) also(s string) string { return r.apply(s, false) }

func (r *redaction) apply(text string, record bool) string {
	spans := findSpans(text)
	if len(spans) == 0 {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	last := 0
	for _, s := range spans {
		b.WriteString(text[last:s.start])
		p := r.placeholder(s.kind, text[s.start:s.end])
		if record && !contains(r.order, p) {
			r.order = append(r.order, p)
		}
		b.WriteString(p)
		last = s.end
	}
	b.WriteString(text[last:])
	return b.String()
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (r *redaction) placeholder(kind, value string) string {
	key := kind + "\x00" + value
	if p, ok := r.byValue[key]; ok {
		return p
	}
	r.counters[kind]++
	p := fmt.Sprintf("[[%s_%d]]", kind, r.counters[kind])
	r.byValue[key] = p
	r.values[p] = value
	return p
}

// placeholders returns the placeholders of the redacted message, in order of
// first appearance.
func (r *redaction) placeholders() []string { return append([]string(nil), r.order...) }

// restore replaces every placeholder in s by its original, in one pass.
func (r *redaction) restore(s string) (string, error) {
	var unknown string
	out := placeholderRE.ReplaceAllStringFunc(s, func(p string) string {
		v, ok := r.values[p]
		if !ok {
			if unknown == "" {
				unknown = p
			}
			return p
		}
		return v
	})
	if unknown != "" {
		return "", fmt.Errorf("restore %s: %w", unknown, ErrPlaceholder)
	}
	return out, nil
}

// findSpans returns the non-overlapping private spans of text, in order.
// Where detectors overlap, the span that starts first wins, then the longer.
func findSpans(text string) []span {
	var all []span
	add := func(kind string, locs [][]int) {
		for _, l := range locs {
			all = append(all, span{l[0], l[1], kind})
		}
	}
	add(kindText, placeholderRE.FindAllStringIndex(text, -1))
	add(kindMention, slackMentionRE.FindAllStringIndex(text, -1))
	add(kindChannel, slackChannelRE.FindAllStringIndex(text, -1))
	urlParts, urls := urlSpans(text)
	all = append(all, urlParts...)
	all = append(all, secretSpans(text, urls)...)
	// "https://bob:pw@host" holds a password, not the address pw@host.
	userinfo := map[int]bool{}
	for _, p := range urlParts {
		if p.kind == kindSecret && p.end < len(text) && text[p.end] == '@' {
			userinfo[p.start] = true
		}
	}
	add(kindEmail, filter(text, emailRE.FindAllStringIndex(text, -1), func(_ string, start, _ int) bool { return !userinfo[start] }))
	add(kindIP, filter(text, ipv4RE.FindAllStringIndex(text, -1), ipv4OK))
	all = append(all, ipv6Spans(text)...)
	add(kindPhone, filter(text, intlPhoneRE.FindAllStringIndex(text, -1), intlPhoneOK))
	add(kindPhone, filter(text, usPhoneRE.FindAllStringIndex(text, -1), usPhoneBounded))
	add(kindPhone, filter(text, nanpBareRE.FindAllStringIndex(text, -1), usPhoneBounded))
	add(kindPhone, filter(text, trunkPhoneRE.FindAllStringIndex(text, -1), trunkPhoneOK))

	sort.SliceStable(all, func(i, j int) bool {
		if all[i].start != all[j].start {
			return all[i].start < all[j].start
		}
		return all[i].end > all[j].end
	})
	var out []span
	end := 0
	for _, s := range all {
		if s.start < end || s.start == s.end {
			continue
		}
		out = append(out, s)
		end = s.end
	}
	return out
}

func filter(text string, locs [][]int, ok func(text string, start, end int) bool) [][]int {
	var out [][]int
	for _, l := range locs {
		if ok(text, l[0], l[1]) {
			out = append(out, l)
		}
	}
	return out
}

// urlSpans finds the private parts of each URL: the query string and
// fragment (from the first '?' or '#' after the host, keeping that one
// character so the model still sees a URL with a query), a password in its
// userinfo, and its path when the path is itself a secret (a webhook) or
// holds a segment that looks like a random token. It also returns the span
// of every URL, so other detectors leave URLs to it.
func urlSpans(text string) (parts []span, urls [][]int) {
	for _, re := range []*regexp.Regexp{urlRE, barePathURLRE, bareWebhookRE} {
		for _, l := range re.FindAllStringIndex(text, -1) {
			start, end := l[0], trimURLEnd(text, l[0], l[1])
			urls = append(urls, []int{start, end})
			parts = append(parts, urlParts(text, start, end)...)
		}
	}
	return parts, urls
}

// urlParts is urlSpans for the URL text[start:end].
func urlParts(text string, start, end int) []span {
	var out []span
	u := text[start:end]
	// Skip the scheme's "//" so a '#' or '?' is looked for after the host.
	from := 0
	if i := strings.Index(u, "://"); i >= 0 {
		from = i + 3
	}
	rest := u // the URL up to its query or fragment
	if q := strings.IndexAny(u[from:], "?#"); q >= 0 {
		qs := from + q + 1
		if qs < len(u) {
			out = append(out, span{start + qs, end, kindQuery})
		}
		rest = u[:from+q]
	}
	authEnd := len(rest)
	if i := strings.IndexByte(rest[from:], '/'); i >= 0 {
		authEnd = from + i
	}
	authority := rest[from:authEnd]
	host := authority
	if at := strings.LastIndexByte(authority, '@'); at >= 0 {
		host = authority[at+1:]
		if c := strings.IndexByte(authority[:at], ':'); c >= 0 && c+1 < at {
			out = append(out, span{start + from + c + 1, start + from + at, kindSecret})
		}
	}
	if h, _, ok := strings.Cut(host, ":"); ok {
		host = h
	}
	path := rest[authEnd:]
	if path == "" {
		return out
	}
	if isWebhook(host, path) {
		return append(out, span{start + authEnd + 1, start + len(rest), kindSecret})
	}
	segStart := authEnd + 1
	for _, seg := range strings.Split(path[1:], "/") {
		if secretLike(seg) {
			out = append(out, span{start + segStart, start + segStart + len(seg), kindSecret})
		}
		segStart += len(seg) + 1
	}
	return out
}

// trimURLEnd drops sentence punctuation that ends a URL in prose, and a
// closing parenthesis that has no opening one inside the URL.
// The parentheses are counted once, so a URL ending in many of them stays
// linear.
func trimURLEnd(text string, start, end int) int {
	opens, closes := strings.Count(text[start:end], "("), strings.Count(text[start:end], ")")
	for end > start {
		c := text[end-1]
		switch {
		case strings.IndexByte(".,;:!?'\"", c) >= 0:
			end--
		case c == ')' && opens < closes:
			end--
			closes--
		default:
			return end
		}
	}
	return end
}

func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// ipv4OK accepts a dotted quad whose parts are at most 255 (leading zeros
// allowed) and that is not part of a longer dotted number (1.2.3.4.5, a
// version or OID).
func ipv4OK(text string, start, end int) bool {
	for _, part := range strings.Split(text[start:end], ".") {
		n := 0
		for i := 0; i < len(part); i++ {
			n = n*10 + int(part[i]-'0')
		}
		if n > 255 {
			return false
		}
	}
	return ipv4Bounded(text, start, end)
}

// ipv4Bounded rejects a dotted quad that is part of a longer dotted number
// (1.2.3.4.5, a version or OID).
func ipv4Bounded(text string, start, end int) bool {
	if start > 0 && (text[start-1] == '.' && start > 1 && isWordByte(text[start-2]) || isWordByte(text[start-1])) {
		return false
	}
	if end < len(text) && (isWordByte(text[end]) || text[end] == '.' && end+1 < len(text) && isWordByte(text[end+1])) {
		return false
	}
	return true
}

func ipv6Spans(text string) []span {
	var out []span
	for _, l := range ipv6RE.FindAllStringIndex(text, -1) {
		start, end := l[0], l[1]
		// A trailing ':' or '.' is punctuation more often than address.
		for end > start && (text[end-1] == '.' || text[end-1] == ':' && !strings.HasSuffix(text[start:end], "::")) {
			end--
		}
		cand := text[start:end]
		if strings.Count(cand, ":") < 2 || !strings.ContainsAny(cand, "0123456789abcdefABCDEF") {
			continue
		}
		if start > 0 && (isWordByte(text[start-1]) || text[start-1] == ':' || text[start-1] == '.') {
			continue
		}
		if end < len(text) && (isWordByte(text[end]) || text[end] == ':') {
			continue
		}
		a, err := netip.ParseAddr(cand)
		if err != nil || !a.Is6() {
			continue
		}
		out = append(out, span{start, end, kindIP})
	}
	return out
}

// intlPhoneOK accepts +… numbers of 8 to 15 digits (E.164) that are not glued
// to other digits or words.
func intlPhoneOK(text string, start, end int) bool {
	if start > 0 && (isWordByte(text[start-1]) || text[start-1] == '+') {
		return false
	}
	if end < len(text) && isWordByte(text[end]) {
		return false
	}
	digits := 0
	for i := start; i < end; i++ {
		if text[i] >= '0' && text[i] <= '9' {
			digits++
		}
	}
	return digits >= 8 && digits <= 15
}

// trunkPhoneOK accepts a number that starts with a trunk 0 (or 00, the
// international prefix) and has 10 to 15 digits, not glued to a longer one.
func trunkPhoneOK(text string, start, end int) bool {
	digits := 0
	for i := start; i < end; i++ {
		if text[i] >= '0' && text[i] <= '9' {
			digits++
		}
	}
	return digits >= 10 && digits <= 15 && usPhoneBounded(text, start, end)
}

// usPhoneBounded rejects 3-3-4 digit groups that continue a longer number
// (#123-456-7890 is a ticket, 10.555.123.4567 a dotted identifier).
func usPhoneBounded(text string, start, end int) bool { return numberBounded(text, start, end) }

// runeLen counts characters, for the length checks of verify.
func runeLen(s string) int { return utf8.RuneCountInString(s) }
