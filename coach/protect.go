package coach

import (
	"strings"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) of a message.
type Span struct{ Start, End int }

// spanKind says what a protected span holds. The analyser never matches words
// inside a protected span; numbers and paths still count as tokens for rules
// that look for "by 3pm" or "in 2 hours".
type spanKind uint8

const (
	spanCode spanKind = iota + 1
	spanLink          // URL, Slack <…> link, mention, channel or special mention
	spanEmoji
	spanQuote // "…", “…” or a `>` quoted line
	spanNumber
	spanPath // paths, file names, domains, e-mail addresses, flags, identifiers
)

type protSpan struct {
	Span
	kind spanKind
}

// ProtectedSpans returns, in order and without overlap, the parts of text a
// rewrite must keep verbatim: code blocks and inline code, URLs (Slack's
// <https://…|text> and bare), mentions <@U…>, channel links <#C…|name>,
// special mentions <!here>, emoji codes :like_this:, quoted text ("…", “…”
// and `>` quoted lines), numbers, paths, file names and e-mail addresses.
func ProtectedSpans(text string) []Span {
	ps := protectedSpans(text, nil)
	out := make([]Span, len(ps))
	for i, p := range ps {
		out[i] = p.Span
	}
	return out
}

// ProtectedTokens returns the text of each protected span, in order. A
// faithful rewrite contains every one of them unchanged.
func ProtectedTokens(text string) []string {
	ps := protectedSpans(text, nil)
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = text[p.Start:p.End]
	}
	return out
}

// protectedSpans appends the protected spans of text to dst.
func protectedSpans(text string, dst []protSpan) []protSpan {
	n := len(text)
	lineStart := true
	i := 0
	for i < n {
		if !lineStart && i > 0 && !isSpaceByte(text[i-1]) && text[i-1] != '(' && text[i-1] != '[' && text[i-1] != '"' {
			// Inside a chunk only a byte that may open a span, end the
			// chunk or start a new one after a bracket matters.
			for i < n && !chunkStop[text[i]] {
				i++
			}
			if i == n {
				break
			}
		}
		c := text[i]
		if lineStart {
			// Skip indentation to find a `>` quote marker.
			j := i
			for j < n && (text[j] == ' ' || text[j] == '\t') {
				j++
			}
			if j < n && (text[j] == '>' || strings.HasPrefix(text[j:], "&gt;")) {
				end := lineEnd(text, j)
				dst = append(dst, protSpan{Span{j, end}, spanQuote})
				i = end
				continue
			}
			lineStart = false
		}
		switch {
		case c == '\n':
			lineStart = true
			i++
			continue
		case c == '`':
			if strings.HasPrefix(text[i:], "```") {
				end := strings.Index(text[i+3:], "```")
				if end < 0 {
					end = n
				} else {
					end = i + 3 + end + 3
				}
				dst = append(dst, protSpan{Span{i, end}, spanCode})
				i = end
				continue
			}
			if k := strings.IndexByte(text[i+1:lineEnd(text, i+1)], '`'); k > 0 {
				end := i + 1 + k + 1
				dst = append(dst, protSpan{Span{i, end}, spanCode})
				i = end
				continue
			}
		case c == '<':
			if end := slackLinkEnd(text, i); end > 0 {
				dst = append(dst, protSpan{Span{i, end}, spanLink})
				i = end
				continue
			}
		case c == '"':
			if end := quoteEnd(text, i+1, "\""); end > 0 {
				dst = append(dst, protSpan{Span{i, end}, spanQuote})
				i = end
				continue
			}
		case c == 0xE2 && strings.HasPrefix(text[i:], "“"):
			if end := quoteEnd(text, i+len("“"), "”"); end > 0 {
				dst = append(dst, protSpan{Span{i, end}, spanQuote})
				i = end
				continue
			}
		case c == 0xC2 && strings.HasPrefix(text[i:], "¯"):
			// The shrug ¯\_(ツ)_/¯ is one emoji, not a path.
			if end := shrugEnd(text, i); end > 0 {
				dst = append(dst, protSpan{Span{i, end}, spanEmoji})
				i = end
				continue
			}
		case c == ':' && (i == 0 || !isWordByte(text[i-1])):
			if end := emojiEnd(text, i); end > 0 {
				dst = append(dst, protSpan{Span{i, end}, spanEmoji})
				i = end
				continue
			}
		}
		// A chunk starts after a space or an opening bracket, or right
		// after a quote mark: an error message that quotes a path inside
		// its own quotes ("cannot mount "/media/disk". Not a folder") pairs
		// its marks wrongly and leaves the path glued to one.
		if isSpaceByte(c) || (i > 0 && !isSpaceByte(text[i-1]) && text[i-1] != '(' && text[i-1] != '[' && text[i-1] != '"') {
			i++
			continue
		}
		// At the start of a whitespace-separated chunk: decide whether the
		// chunk is a URL, number or path.
		end := i
		for end < n && !isSpaceByte(text[end]) && text[end] != '<' && text[end] != '`' {
			end++
		}
		if plainChunk(text[i:end]) {
			i = end
			continue
		}
		// A Markdown link "[the docs](https://…)": the link text's last
		// word is a word, and the address starts after "](".
		if k := strings.Index(text[i:end], "]("); k > 0 {
			end = i + k + 1
		}
		s, e := trimChunk(text, i, end)
		if s < e {
			if k := chunkKind(text[s:e]); k != 0 {
				dst = append(dst, protSpan{Span{s, e}, k})
				i = end
				continue
			}
		}
		i++
	}
	return dst
}

func lineEnd(text string, i int) int {
	if k := strings.IndexByte(text[i:], '\n'); k >= 0 {
		return i + k
	}
	return len(text)
}

// slackLinkEnd returns the end of a Slack link, mention or special mention
// starting at text[i] == '<', or 0.
func slackLinkEnd(text string, i int) int {
	if i+1 >= len(text) {
		return 0
	}
	rest := text[i+1:]
	switch {
	case rest[0] == '@' || rest[0] == '#' || rest[0] == '!',
		strings.HasPrefix(rest, "http://"), strings.HasPrefix(rest, "https://"),
		strings.HasPrefix(rest, "mailto:"), strings.HasPrefix(rest, "tel:"):
	default:
		return 0
	}
	le := lineEnd(text, i)
	if k := strings.IndexByte(text[i:le], '>'); k > 0 {
		return i + k + 1
	}
	return 0
}

// quoteEnd finds the closing quote on the same line, at most 400 bytes on.
func quoteEnd(text string, from int, closer string) int {
	le := lineEnd(text, from)
	if le-from > 400 {
		le = from + 400
		for le > from && !utf8.RuneStart(text[le]) {
			le--
		}
	}
	k := strings.Index(text[from:le], closer)
	if k <= 0 {
		return 0
	}
	return from + k + len(closer)
}

// shrugEnd returns the end of a shrug ¯\_(ツ)_/¯ (in any of its escaped
// spellings) starting at i, or 0.
func shrugEnd(text string, i int) int {
	const arm = "¯"
	rest := text[i+len(arm):]
	if len(rest) > 24 {
		rest = rest[:24]
	}
	k := strings.Index(rest, arm)
	if k < 0 || !strings.Contains(rest[:k], "ツ") {
		return 0
	}
	return i + len(arm) + k + len(arm)
}

// emojiEnd returns the end of an emoji code :name: starting at text[i].
func emojiEnd(text string, i int) int {
	letters := 0
	for j := i + 1; j < len(text) && j-i < 64; j++ {
		c := text[j]
		switch {
		case c == ':':
			if letters == 0 || j == i+1 {
				return 0
			}
			if j+1 < len(text) && isWordByte(text[j+1]) {
				return 0
			}
			return j + 1
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			letters++
		case c >= '0' && c <= '9':
			letters++
		case c == '_', c == '+', c == '-':
		default:
			return 0
		}
	}
	return 0
}

// chunkStop holds the bytes protectedSpans must look at inside a chunk:
// white space, the bytes that open a span in its switch, and the brackets
// after which a new chunk starts.
var chunkStop = func() (t [256]bool) {
	for _, c := range []byte(" \t\n\r\f\v`<\":([") {
		t[c] = true
	}
	t[0xE2], t[0xC2] = true, true // “ and ¯
	return t
}()

// plainChunk reports whether chunk is a plain word, for which chunkKind
// finds nothing: an ASCII letter, then letters, apostrophes, hyphens and
// sentence punctuation, with no letter after a dot ("e.g" and "x.org" are
// not plain). Most chunks of a message are, and skip the classification.
func plainChunk(chunk string) bool {
	if len(chunk) == 0 || !isASCIILetter(chunk[0]) {
		return false
	}
	dot := false
	for k := 1; k < len(chunk); k++ {
		switch c := chunk[k]; {
		case isASCIILetter(c):
			if dot {
				return false
			}
		case c == '.':
			dot = true
		case c == '\'' || c == '-' || c == ',' || c == ';' || c == '!' || c == '?' || c == ')':
		default:
			return false
		}
	}
	return true
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c >= 0x80
}

// trimChunk trims leading opening punctuation and trailing sentence
// punctuation from the chunk text[s:e].
func trimChunk(text string, s, e int) (int, int) {
	for s < e && strings.IndexByte("([{'\"*_", text[s]) >= 0 {
		s++
	}
	for e > s {
		c := text[e-1]
		if strings.IndexByte(".,;:!?)]}'\"*~", c) >= 0 {
			e--
			continue
		}
		if c >= 0x80 { // trailing ” or ’ or …
			_, size := utf8.DecodeLastRuneInString(text[s:e])
			r, _ := utf8.DecodeLastRuneInString(text[s:e])
			if r == '”' || r == '’' || r == '…' || r == '»' {
				e -= size
				continue
			}
		}
		break
	}
	return s, e
}

// chunkKind classifies a trimmed whitespace-free chunk.
func chunkKind(w string) spanKind {
	lw := len(w)
	if lw == 0 {
		return 0
	}
	if strings.HasPrefix(w, "http://") || strings.HasPrefix(w, "https://") || strings.HasPrefix(w, "www.") || strings.HasPrefix(w, "ftp://") {
		return spanLink
	}
	c := w[0]
	if c >= '0' && c <= '9' || (lw > 1 && (c == '$' || c == '#' || c == '+' || c == '-') && w[1] >= '0' && w[1] <= '9') {
		if lw >= 9 && c >= '0' && c <= '9' && cidrBlock(w) {
			return spanPath // "10.20.0.0/16": a block of network addresses, read as a path
		}
		return spanNumber
	}
	if lw > 1 && (c == 'v' || c == 'V') && w[1] >= '0' && w[1] <= '9' {
		return spanNumber
	}
	if c == '.' && ellipsisWord(w) {
		return 0 // "...for any inconvenience": a split tweet's ellipsis, then a word
	}
	if c == '/' || c == '~' || c == '\\' || c == '$' || c == '%' || (c == '.' && lw > 1 && (w[1] == '/' || w[1] == '.' || isWordByte(w[1]))) {
		if lw > 1 {
			return spanPath
		}
		return 0
	}
	if c == '-' && lw > 1 && (w[1] == '-' || w[1] >= 'a' && w[1] <= 'z') {
		return spanPath // command-line flag
	}
	if lw > 2 && w[1] == ':' && w[2] == '\\' {
		return spanPath // C:\…
	}
	hasLetterDot := false
	for i := 0; i < lw; i++ {
		switch w[i] {
		case '/', '\\', '@', '_', '=':
			if w[i] == '/' && (isSlashPair(w, i) || partCount(w, i)) {
				continue
			}
			return spanPath
		case '.':
			if i > 0 && i+1 < lw && isWordByte(w[i-1]) && isWordByte(w[i+1]) {
				hasLetterDot = true
			}
		}
	}
	if hasLetterDot && !isAbbrev(w) && !missingSpace(w) {
		return spanPath
	}
	return 0
}

// ellipsisWord reports whether w is two or more dots run into a word
// ("...for", "..DM"), as a tweet split in parts starts its next part. A
// relative path ("../x", ".../x") has a slash after its dots.
func ellipsisWord(w string) bool {
	k := 0
	for k < len(w) && w[k] == '.' {
		k++
	}
	if k < 2 || k == len(w) {
		return false
	}
	for _, r := range w[k:] {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '\'' || r == '-') {
			return false
		}
	}
	return true
}

// missingSpace reports whether w is two sentences run together, as in
// "understanding.Best": a lower-case word, one dot, a capitalised word.
// File names and domains are not written that way.
func missingSpace(w string) bool {
	dot := strings.IndexByte(w, '.')
	if dot < 2 || dot+3 > len(w) || w[dot+1] < 'A' || w[dot+1] > 'Z' {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case i == dot || i == dot+1:
		case c < 'a' || c > 'z':
			return false
		}
	}
	return true
}

// isSlashPair reports whether the slash at w[i] joins two plain words, as in
// "and/or" or "TCP/IP": such a chunk is prose, not a path.
func isSlashPair(w string, i int) bool {
	if i == 0 || i == len(w)-1 {
		return false
	}
	for j := 0; j < len(w); j++ {
		c := w[j]
		if j != i && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// partCount reports whether the slash at i sits in a split tweet's part
// count, "(2/3)", glued to the word before it ("public.(2/2)^AM").
func partCount(w string, i int) bool {
	a := i
	for a > 0 && w[a-1] >= '0' && w[a-1] <= '9' {
		a--
	}
	b := i + 1
	for b < len(w) && w[b] >= '0' && w[b] <= '9' {
		b++
	}
	// The closing ")" may already be trimmed off as trailing punctuation.
	return a < i && b > i+1 && a > 0 && w[a-1] == '(' && (b == len(w) || w[b] == ')')
}

// isAbbrev reports whether w looks like "e.g", "i.e" or "a.m": single letters
// separated by dots.
func isAbbrev(w string) bool {
	for i := 0; i < len(w); i++ {
		if i%2 == 1 {
			if w[i] != '.' {
				return false
			}
		} else if !(w[i] >= 'a' && w[i] <= 'z' || w[i] >= 'A' && w[i] <= 'Z') {
			return false
		}
	}
	return true
}
