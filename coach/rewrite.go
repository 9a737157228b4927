package coach

import (
	"context"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// RulesRewriter is the default Rewriter: it applies each rule's own rewrite.
type RulesRewriter struct{ Analyzer *Analyzer }

// Rewrite implements Rewriter.
func (r RulesRewriter) Rewrite(_ context.Context, text string, findings []Finding) (Rewrite, error) {
	return Rewrite{Text: r.Analyzer.RuleRewrite(text, findings), By: "rules"}, nil
}

// RuleRewrite returns text with every finding addressed by its rule: swaps
// keep the writer's capitalisation, minimisers are removed, jargon is glossed
// the first time, promises and frustration are kept. Protected spans (code,
// links, mentions, quotes, numbers, paths) are never changed; a finding that
// touches one is left alone.
func (a *Analyzer) RuleRewrite(text string, findings []Finding) string {
	if len(findings) == 0 {
		return text
	}
	fs := make([]Finding, 0, len(findings))
	for _, f := range findings {
		if f.Start >= 0 && f.End <= len(text) && f.Start < f.End && utf8.RuneStart(text[f.Start]) && (f.End == len(text) || utf8.RuneStart(text[f.End])) {
			fs = append(fs, f)
		}
	}
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].Start < fs[j].Start })
	prot := ProtectedSpans(text)
	var b strings.Builder
	b.Grow(len(text) + 64)
	pos := 0
	capNext := false
	// write copies text[from:to]; after a removed sentence opener it
	// capitalises the next word, unless that word is protected.
	write := func(from, to int) {
		s := text[from:to]
		if capNext && s != "" {
			if !startsSpan(prot, from) {
				s = capitalise(s)
			}
			capNext = false
		}
		b.WriteString(s)
	}
	for _, f := range fs {
		if f.Start < pos || overlapsAny(prot, f.Start, f.End) {
			continue
		}
		r := a.byID[f.Rule]
		if r == nil {
			continue
		}
		orig := text[f.Start:f.End]
		switch {
		case r.kind == kindGlossary:
			t := a.glosses[orig]
			if t == nil {
				t = a.glosses[strings.ToLower(orig)]
			}
			if t == nil {
				continue
			}
			write(pos, f.End)
			b.WriteString(" (" + t.gloss + ")")
			pos = f.End
		case r.rewrite.Remove:
			write(pos, f.Start)
			wasCap := startsUpper(orig)
			next := f.End
			for next < len(text) && (text[next] == ' ' || text[next] == '\t') {
				next++
			}
			out := b.String()
			atStart := strings.TrimRight(out, " \t") == "" || endsSentence(strings.TrimRight(out, " \t"))
			if next < len(text) && text[next] == ',' && (wasCap || atStart || strings.HasSuffix(strings.TrimRight(out, " "), ",")) {
				next++
				for next < len(text) && text[next] == ' ' {
					next++
				}
			}
			if next < len(text) && strings.IndexByte(".,;:!?)", text[next]) >= 0 || next == len(text) {
				// Nothing follows in the clause: drop the space before instead.
				trimmed := strings.TrimRight(out, " \t")
				b.Reset()
				b.WriteString(trimmed)
			}
			if (wasCap || atStart) && next < len(text) {
				capNext = true
			}
			pos = next
		case r.rewrite.Replace != "" || r.rewrite.ReplaceAlone != "" && aloneInSentence(text, f.Start, f.End):
			write(pos, f.Start)
			rep := r.rewrite.Replace
			if r.rewrite.ReplaceAlone != "" && aloneInSentence(text, f.Start, f.End) {
				rep = r.rewrite.ReplaceAlone
			}
			if strings.Contains(rep, "{rest}") {
				rest := ""
				if k := strings.IndexAny(orig, " \t"); k >= 0 {
					rest = strings.TrimSpace(orig[k+1:])
				}
				rep = strings.ReplaceAll(rep, "{rest}", rest)
			}
			out := strings.TrimRight(b.String(), " \t")
			if out == "" || endsSentence(out) || (startsUpper(orig) && !isAllCaps(orig) && strings.HasSuffix(out, ">")) {
				rep = capitalise(rep)
			} else if !strings.HasPrefix(rep, "I ") && !strings.HasPrefix(rep, "I'") {
				rep = lowerFirst(rep)
			}
			b.WriteString(rep)
			pos = f.End
		default:
			// Promises and frustration are kept as written.
			write(pos, f.End)
			pos = f.End
		}
	}
	write(pos, len(text))
	return b.String()
}

func startsSpan(spans []Span, at int) bool {
	for _, p := range spans {
		if p.Start == at {
			return true
		}
	}
	return false
}

func overlapsAny(spans []Span, s, e int) bool {
	for _, p := range spans {
		if p.Start < e && s < p.End {
			return true
		}
	}
	return false
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func capitalise(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

func lowerFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || !unicode.IsUpper(r) {
		return s
	}
	// Keep acronyms such as "VPN" as they are.
	if r2, _ := utf8.DecodeRuneInString(s[size:]); unicode.IsUpper(r2) {
		return s
	}
	return string(unicode.ToLower(r)) + s[size:]
}

func endsSentence(s string) bool {
	if s == "" {
		return true
	}
	c := s[len(s)-1]
	return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':'
}

// aloneInSentence reports whether text[s:e] makes up its sentence, apart from
// mentions, emoji and punctuation.
func aloneInSentence(text string, s, e int) bool {
	before := text[:s]
	if k := strings.LastIndexAny(before, ".!?\n"); k >= 0 {
		before = before[k+1:]
	}
	before = strings.TrimSpace(before)
	for _, f := range strings.Fields(before) {
		if !(strings.HasPrefix(f, "<@") || strings.HasPrefix(f, ":")) {
			return false
		}
	}
	after := text[e:]
	if e > s && strings.IndexByte(".!?", text[e-1]) >= 0 {
		after = "" // the match ends its own sentence ("Are you sure?")
	}
	if k := strings.IndexAny(after, ".!?\n"); k >= 0 {
		after = after[:k]
	}
	for _, f := range strings.Fields(after) {
		if !strings.HasPrefix(f, ":") && strings.Trim(f, ",;)") != "" {
			return false
		}
	}
	return true
}

// isAllCaps reports whether s has letters and all of them are capitals.
func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}
