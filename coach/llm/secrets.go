package llm

import (
	"regexp"
	"strings"
	"unicode"
)

// Detectors for credentials, secrets, card numbers and national ID numbers,
// which must never reach a model however they are written. Each finds
// candidates with a regular expression and, where a shape alone would catch
// ordinary text, confirms them with a check (Luhn for cards, the rules of
// SSNs, how random a token looks).

var (
	// Tokens with a vendor's own prefix: cloud access keys, API keys,
	// Slack tokens, JSON web tokens.
	prefixedTokenRE = regexp.MustCompile(`\b(?:` +
		`(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ABIA|ACCA)[0-9A-Z]{16}` + // AWS access key IDs
		`|AIza[0-9A-Za-z_\-]{35}` + // Google API keys
		`|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}` + // GitHub
		`|glpat-[A-Za-z0-9_\-]{20,}` + // GitLab
		`|xox[abposre]-[A-Za-z0-9\-]{6,}|xapp-[A-Za-z0-9\-]{6,}` + // Slack
		`|sk-(?:proj-|ant-)?[A-Za-z0-9_\-]{20,}` + // OpenAI-style keys
		`|(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{10,}` + // Stripe
		`|SG\.[A-Za-z0-9_\-]{16,}\.[A-Za-z0-9_\-]{16,}` + // SendGrid
		`|npm_[A-Za-z0-9]{30,}` +
		`|eyJ[A-Za-z0-9_\-]{5,}\.eyJ[A-Za-z0-9_\-]{5,}\.[A-Za-z0-9_\-]*` + // JWT
		`)`)

	privateKeyRE = regexp.MustCompile(`-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----(?:[\s\S]*?-----END [A-Z0-9 ]*PRIVATE KEY-----|[\s\S]*$)`)

	// "password: x", "pw=x", "api_key = "x y"", "client-secret => x": the
	// value is redacted, the key kept.
	credentialRE = regexp.MustCompile(`(?i)\b(?:pass(?:word|wd|phrase|code)?|pw|pwd|pin|secret|client[_ \-]?secret|api[_ \-]?key|apikey|access[_ \-]?key|secret[_ \-]?key|(?:auth|access|refresh|api)[_ \-]?token|token|private[_ \-]?key)\s*(?::=|=>|[:=])\s*("[^"\n]*"|'[^'\n]*'|[^\s,;]+)`)
	// "the password is x": only a value with a digit or symbol counts, so
	// "the password is expired" stays.
	credentialIsRE = regexp.MustCompile(`(?i)\b(?:pass(?:word|wd|phrase|code)?|pw|pwd|pin)\s+is\s+([^\s,;]+)`)
	// "Authorization: Bearer x", "Basic x".
	authSchemeRE = regexp.MustCompile(`(?i)\b(?:bearer|basic)\s+([A-Za-z0-9._~+/\-]{8,}=*)`)

	// Long runs of token characters, judged by secretLike.
	tokenRE = regexp.MustCompile(`[A-Za-z0-9+/=_\-]{20,}`)

	// 13 to 19 digits, optionally grouped by spaces or dashes; Luhn decides.
	cardRE = regexp.MustCompile(`\b[0-9](?:[ \-]?[0-9]){12,18}\b`)

	// US social security numbers; ssnOK drops impossible ones.
	ssnRE = regexp.MustCompile(`\b([0-9]{3})-([0-9]{2})-([0-9]{4})\b`)
	// UK national insurance numbers: two letters, six digits, A to D.
	ninoRE = regexp.MustCompile(`\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]\b`)
)

// webhookHosts are services whose URL path is itself the secret: anyone who
// has it may post.
var webhookHosts = []struct{ host, pathPrefix string }{
	{"hooks.slack.com", "/"},
	{".webhook.office.com", "/"},
	{"outlook.office.com", "/webhook"},
	{"discord.com", "/api/webhooks"},
	{"discordapp.com", "/api/webhooks"},
	{"hooks.zapier.com", "/"},
	{"api.telegram.org", "/bot"},
}

func isWebhook(host, path string) bool {
	host = strings.ToLower(host)
	for _, w := range webhookHosts {
		match := host == w.host
		if strings.HasPrefix(w.host, ".") {
			match = strings.HasSuffix(host, w.host)
		}
		if match && strings.HasPrefix(path, w.pathPrefix) && len(path) > 1 {
			return true
		}
	}
	return false
}

// secretSpans finds credentials, tokens, private keys, card numbers and
// national ID numbers. urls are the spans of the URLs in text: a token
// inside a URL is judged by urlSpans, not here.
func secretSpans(text string, urls [][]int) []span {
	var out []span
	for _, l := range prefixedTokenRE.FindAllStringIndex(text, -1) {
		out = append(out, span{l[0], l[1], kindSecret})
	}
	for _, l := range privateKeyRE.FindAllStringIndex(text, -1) {
		out = append(out, span{l[0], l[1], kindSecret})
	}
	for _, m := range credentialRE.FindAllStringSubmatchIndex(text, -1) {
		out = append(out, span{m[2], m[3], kindSecret})
	}
	for _, m := range credentialIsRE.FindAllStringSubmatchIndex(text, -1) {
		v := text[m[2]:m[3]]
		if strings.IndexFunc(v, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			out = append(out, span{m[2], trimProse(text, m[2], m[3]), kindSecret})
		}
	}
	for _, m := range authSchemeRE.FindAllStringSubmatchIndex(text, -1) {
		if v := text[m[2]:m[3]]; mixedClasses(v) {
			out = append(out, span{m[2], m[3], kindSecret})
		}
	}
	for _, l := range tokenRE.FindAllStringIndex(text, -1) {
		if insideAny(l, urls) || !secretLike(text[l[0]:l[1]]) {
			continue
		}
		if l[0] > 0 && isWordByte(text[l[0]-1]) || l[1] < len(text) && isWordByte(text[l[1]]) {
			continue
		}
		out = append(out, span{l[0], l[1], kindSecret})
	}
	for _, l := range cardRE.FindAllStringIndex(text, -1) {
		if numberBounded(text, l[0], l[1]) && luhn(text[l[0]:l[1]]) {
			out = append(out, span{l[0], l[1], kindCard})
		}
	}
	for _, m := range ssnRE.FindAllStringSubmatchIndex(text, -1) {
		if numberBounded(text, m[0], m[1]) && ssnOK(text[m[2]:m[3]], text[m[4]:m[5]], text[m[6]:m[7]]) {
			out = append(out, span{m[0], m[1], kindID})
		}
	}
	for _, l := range ninoRE.FindAllStringIndex(text, -1) {
		out = append(out, span{l[0], l[1], kindID})
	}
	return out
}

// trimProse drops a full stop or comma that ends a sentence after a value.
func trimProse(text string, start, end int) int {
	for end > start+1 && strings.IndexByte(".,!?)", text[end-1]) >= 0 && (end == len(text) || text[end] == ' ' || text[end] == '\n') {
		end--
	}
	return end
}

func insideAny(l []int, spans [][]int) bool {
	for _, s := range spans {
		if l[0] < s[1] && s[0] < l[1] {
			return true
		}
	}
	return false
}

// charClass sorts a byte for secretLike: upper, lower, digit, other.
func charClass(c byte) int {
	switch {
	case c >= 'A' && c <= 'Z':
		return 0
	case c >= 'a' && c <= 'z':
		return 1
	case c >= '0' && c <= '9':
		return 2
	}
	return 3
}

// runRatio is the number of runs of one character class per character: a
// random token switches class often (about 0.6 for base62), words and
// CamelCase names rarely.
func runRatio(s string) float64 {
	if s == "" {
		return 0
	}
	runs := 1
	for i := 1; i < len(s); i++ {
		if charClass(s[i]) != charClass(s[i-1]) {
			runs++
		}
	}
	return float64(runs) / float64(len(s))
}

// secretLike reports whether s (letters, digits and + / = _ -) looks like
// a random token rather than a word, a path, a slug or a UUID: letters and
// digits mixed, the classes switching often, and one unbroken stretch of
// at least ten characters that is itself mixed.
func secretLike(s string) bool {
	if len(s) < 20 || !mixedClasses(s) || runRatio(s) < 0.35 {
		return false
	}
	longest := ""
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune("+/=_-.~:", r) }) {
		if len(part) > len(longest) {
			longest = part
		}
	}
	return len(longest) >= 10 && runRatio(longest) >= 0.3
}

// mixedClasses reports whether s has a digit and a letter, or both cases.
func mixedClasses(s string) bool {
	var has [4]bool
	for i := 0; i < len(s); i++ {
		has[charClass(s[i])] = true
	}
	return has[2] && (has[0] || has[1]) || has[0] && has[1]
}

// luhn reports whether the digits of s pass the Luhn check, as every
// payment card number does.
func luhn(s string) bool {
	sum, n := 0, 0
	for i := len(s) - 1; i >= 0; i-- {
		c := s[i]
		if c < '0' || c > '9' {
			continue
		}
		d := int(c - '0')
		if n%2 == 1 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		n++
	}
	return n >= 13 && sum%10 == 0
}

// ssnOK rejects numbers the US never issues: area 000, 666 or 900-999,
// group 00, serial 0000.
func ssnOK(area, group, serial string) bool {
	return area != "000" && area != "666" && area[0] != '9' && group != "00" && serial != "0000"
}

// numberBounded rejects a digit group that continues a longer number or
// identifier (#123-45-6789, 10.4111…, v4111…).
func numberBounded(text string, start, end int) bool {
	if start > 0 {
		c := text[start-1]
		if c == '#' || c == '.' || c == '-' || c == '/' || isWordByte(c) {
			return false
		}
	}
	if end < len(text) {
		c := text[end]
		if isWordByte(c) || (c == '.' || c == '-') && end+1 < len(text) && isWordByte(text[end+1]) {
			return false
		}
	}
	return true
}
