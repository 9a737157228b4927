package coach

import (
	"context"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// RulesRewriter is the default Rewriter: it applies each rule's own rewrite
// when every edit is safe, and otherwise offers per-finding suggestions.
type RulesRewriter struct{ Analyzer *Analyzer }

// Rewrite implements Rewriter.
func (r RulesRewriter) Rewrite(ctx context.Context, text string, findings []Finding) (Rewrite, error) {
	return r.Analyzer.RewriteFor(text, conversationFrom(ctx), findings), nil
}

// RuleRewrite returns the whole-message rewrite the rules would send, or
// text itself when no safe rewrite exists (see Advise).
func (a *Analyzer) RuleRewrite(text string, findings []Finding) string {
	return a.Advise(text, Context{}, findings).Rewrite
}

// editNote records what the rule rewrite did with one finding.
type editNote struct {
	f    Finding
	done bool // the finding was addressed in the text
	safe bool // and the edit may be sent as is
}

// ruleEdit rewrites text addressing each finding by its rule: clause-level
// edits first (quips deleted with their decorations, dismissals reordered
// behind an offer to check, blame turned into a neutral account), then
// swaps keeping the writer's capitalisation, removed minimisers, and jargon
// glossed once per sentence (the rest in a short note after it). Protected
// and code-like spans are never changed; a finding that touches one is left

// aloneInParens reports whether text[s:e] is all a bracketed aside holds,
// but for spaces and end marks ("(obviously)", "( just! )"), and returns
// the aside's bounds, brackets included.
func aloneInParens(text string, s, e int) (int, int, bool) {
	i := s
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	if i == 0 || text[i-1] != '(' {
		return 0, 0, false
	}
	j := e
	for j < len(text) && strings.IndexByte(" !?.,", text[j]) >= 0 {
		j++
	}
	if j == len(text) || text[j] != ')' {
		return 0, 0, false
	}
	return i - 1, j + 1, true
}

// alone. It reports, per finding, whether the edit was made and is safe.
func (a *Analyzer) ruleEdit(text string, findings []Finding) (string, []editNote) {
	var notes []editNote
	if len(findings) == 0 {
		return text, nil
	}
	fs := make([]Finding, 0, len(findings))
	for _, f := range findings {
		if f.Start >= 0 && f.End <= len(text) && f.Start < f.End && utf8.RuneStart(text[f.Start]) && (f.End == len(text) || utf8.RuneStart(text[f.End])) {
			fs = append(fs, f)
		} else {
			notes = append(notes, editNote{f: f})
		}
	}
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].Start < fs[j].Start })
	// Overlapping matches of one rule ("apologize for any inconvenience" and
	// "any inconvenience this may have caused") are one phrase to rewrite.
	merged := fs[:0]
	for _, f := range fs {
		if n := len(merged); n > 0 && merged[n-1].Rule == f.Rule && f.Start < merged[n-1].End {
			if f.End > merged[n-1].End {
				merged[n-1].End = f.End
			}
			continue
		}
		merged = append(merged, f)
	}
	fs = merged
	prot := ProtectedSpans(text)
	code := append(CommandSpans(text), prot...)
	spans := a.clauseEdits(text, fs, code)
	var b strings.Builder
	b.Grow(len(text) + 64)
	pos := 0
	capNext := false
	lastRep := "" // the last replacement written, to avoid saying it twice
	// write copies text[from:to]; after a removed sentence opener it
	// capitalises the next word, unless that word is protected.
	stops := map[int]bool{} // question marks that become full stops
	write := func(from, to int) {
		s := text[from:to]
		for at := range stops {
			if at >= from && at < to {
				s = s[:at-from] + "." + s[at-from+1:]
			}
		}
		if capNext && s != "" {
			if !startsSpan(prot, from) {
				s = capitalise(s)
			}
			capNext = false
		}
		b.WriteString(s)
	}
	si := 0
	// flush applies the span edits that start before limit.
	flush := func(limit int) {
		for si < len(spans) && spans[si].start <= limit {
			e := spans[si]
			si++
			if e.start < pos {
				for _, k := range e.covers {
					notes = append(notes, editNote{f: fs[k]})
				}
				continue
			}
			write(pos, e.start)
			rep := e.rep
			out := strings.TrimRight(b.String(), " \t")
			if rep != "" && !e.insert && (out == "" || endsSentence(out)) {
				rep = capitalise(rep)
			}
			b.WriteString(rep)
			if e.insert {
				pos = e.start
			} else {
				pos = e.end
				if rep == "" {
					// A deleted sentence or clause: the next word opens
					// the sentence when what came before ended one.
					capNext = out == "" || endsSentence(out)
				}
			}
			for _, k := range e.covers {
				notes = append(notes, editNote{f: fs[k], done: true, safe: e.safe})
			}
		}
	}
	covered := make([]bool, len(fs))
	for _, e := range spans {
		for _, k := range e.covers {
			covered[k] = true
		}
	}
	for k, f := range fs {
		if covered[k] {
			continue
		}
		flush(f.Start)
		r := a.byID[f.Rule]
		if f.Start < pos || overlapsAny(code, f.Start, f.End) || r == nil {
			notes = append(notes, editNote{f: f})
			continue
		}
		orig := text[f.Start:f.End]
		switch {
		case r.kind == kindGlossary:
			// Glosses are span edits; one that found no place is noted.
			notes = append(notes, editNote{f: f})
		case r.rewrite.Swap[strings.ToLower(orig)] != "" && !(r.rewrite.Remove && a.removalSafe(r, orig, text[f.End:], opensSentenceAt(text, f.Start))):
			rep := r.rewrite.Swap[strings.ToLower(orig)]
			write(pos, f.Start)
			if startsUpper(orig) {
				rep = capitalise(rep) // a word for a word: the writer's case
			}
			b.WriteString(rep)
			safe := true
			if f.Category == InJoke {
				// "Another one for the lusers hall of fame": the plain word
				// in a frame made for mocking still mocks.
				ss, se := sentenceAround(text, f.Start, nil)
				safe = !sneers(text[ss:max(se, f.End)])
			}
			notes = append(notes, editNote{f: f, done: true, safe: safe})
			pos = f.End
		case r.rewrite.Remove || hasKey(r.rewrite.Swap, strings.ToLower(orig)):
			safe := a.removalSafe(r, orig, text[f.End:], opensSentenceAt(text, f.Start))
			tail := 0
			if !r.rewrite.Remove {
				safe = true // a swap to nothing, written for these words
				tail = swallowed(text[f.End:], r.rewrite.Swallow)
				f.End += tail
				orig = text[f.Start:f.End]
			}
			notes = append(notes, editNote{f: f, done: true, safe: safe})
			q := rhetoricalMark(orig, text, f.End)
			if n := thatAfterOpener(orig, text[f.End:]); n > 0 {
				// "It's common knowledge that you shouldn't…": the
				// opener's "that" goes with it ("You shouldn't…").
				f.End += n
			}
			if q >= 0 {
				// "You do realise the laptop needs to be charged?": without
				// the frame it is a statement, so it ends with a full stop.
				stops[q] = true
			}
			orig = text[f.Start:f.End]
			if k := strings.LastIndexAny(orig, " \t"); k > 0 && tail == 0 && subjectWord(orig[k+1:]) {
				// "Surely you've used it before?": drop "surely", keep
				// the subject the sentence needs.
				f.End = f.Start + k + 1
				orig = text[f.Start:f.End]
			}
			if ps, pe, ok := aloneInParens(text, f.Start, f.End); ok && ps >= pos {
				// "and (obviously) everything": the brackets go with the
				// word, rather than leave "and () everything".
				f.Start, f.End = ps, pe
				orig = text[f.Start:f.End]
			}
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
				// Nothing follows in the clause: drop the space before
				// instead, and a comma or dash left dangling before the
				// end of the sentence ("Restart Outlook, obviously.").
				trimmed := strings.TrimRight(out, " \t")
				if next == len(text) || strings.IndexByte(".;:!?)", text[next]) >= 0 {
					trimmed = strings.TrimRight(strings.TrimRight(trimmed, ",;-–—"), " \t")
					if trimmed == "" && next < len(text) && text[next] != ')' {
						// The whole sentence so far was the removed word.
						next++
						for next < len(text) && text[next] == ' ' {
							next++
						}
					}
				} else if text[next] == ',' && (strings.HasSuffix(trimmed, ",") || strings.HasSuffix(trimmed, "—") || strings.HasSuffix(trimmed, "-")) {
					next++ // ", obviously, " leaves one comma, not two
				}
				b.Reset()
				b.WriteString(trimmed)
			}
			if t := strings.TrimRight(b.String(), " \t"); wasCap && !atStart && next < len(text) && strings.HasSuffix(t, ",") && firstWord(orig) != "I" && !isAllCaps(firstWord(orig)) {
				// "Thanks for waiting, Please be advised that the office
				// is closed": the writer's capital after a comma opened a
				// new sentence; it gets its full stop. After a short
				// greeting ("Hi John, Please be advised that your order…")
				// the next word keeps its small letter instead.
				if len(strings.Fields(t[strings.LastIndexAny(t, ".!?\n")+1:])) > 3 {
					ws := b.String()[len(t):]
					b.Reset()
					b.WriteString(strings.TrimSuffix(t, ",") + "." + ws)
				} else {
					wasCap = false
				}
			}
			if atStart && bareNot(text[next:]) {
				// "Obviously not, the portal is separate": without the
				// minimiser the answer is a plain "No", not "Not, …".
				b.WriteString("No")
				next += 3
			} else if (wasCap || atStart) && next < len(text) {
				capNext = true
				// "Surely you've used it before?" → "Have you used it
				// before?": without "surely" the question needs its
				// question order, not "You've used it before?".
				if q, n := questionOrder(text[next:]); n > 0 {
					b.WriteString(q)
					next += n
					capNext = false
				}
			}
			pos = next
		case (r.rewrite.Replace != "" || r.rewrite.ReplaceAlone != "") && f.Category == Robotic && requestAfterCondition(strings.ToLower(orig), text[f.End:]) > 0 &&
			findingAt(fs, f.End+requestAfterCondition(strings.ToLower(orig), text[f.End:])):
			// "Should you need further help, please do not hesitate to
			// contact us": the request is a stock phrase too, and its own
			// swap ("Message me any time.") says it all; the condition goes.
			write(pos, f.Start)
			out := strings.TrimRight(b.String(), " \t")
			capNext = out == "" || endsSentence(out)
			notes = append(notes, editNote{f: f, done: true, safe: true})
			pos = f.End + requestAfterCondition(strings.ToLower(orig), text[f.End:])
		case (r.rewrite.Replace != "" || r.rewrite.ReplaceAlone != "") && f.Category == Robotic && requestAfterCondition(strings.ToLower(orig), text[f.End:]) > 0:
			// "If you need any further assistance please ring the desk":
			// the writer's own request stays, and so does its condition,
			// in plain words ("If you need anything else, please ring the
			// desk"), so the request is not made to everyone.
			write(pos, f.Start)
			out := strings.TrimRight(b.String(), " \t")
			rep := "if you need anything else, "
			if out == "" || endsSentence(out) || startsUpper(orig) {
				rep = capitalise(rep)
			}
			b.WriteString(rep)
			notes = append(notes, editNote{f: f, done: true, safe: true})
			pos = f.End + requestAfterCondition(strings.ToLower(orig), text[f.End:])
		case r.rewrite.Replace != "" || r.rewrite.ReplaceAlone != "" && aloneInSentence(text, f.Start, f.End):
			rep := chooseReplacement(text, f.Start, f.End, r.rewrite)
			if rep != "" && !fits(orig, r.rewrite.Fits) {
				rep = ""
			}
			if rep == "" && pointerBackAtEnd(text, pos, f, r.rewrite) {
				// "Check on a different network as previously asked":
				// a pointer back that closes its sentence goes, with the
				// comma before it; "To recap" cannot stand there.
				cut := len(strings.TrimRight(text[:f.Start], " \t,;"))
				write(pos, cut)
				notes = append(notes, editNote{f: f, done: true, safe: true})
				pos = f.End
				continue
			}
			if rep == "" {
				notes = append(notes, editNote{f: f})
				// No replacement fits the words around the match: keep
				// it as written; the nudge's suggestion still helps.
				write(pos, f.End)
				pos = f.End
				continue
			}
			if lastRep != "" && strings.EqualFold(rep, lastRep) && strings.Trim(text[pos:f.Start], " \t,;-–—") == "" {
				// The same replacement twice in a row ("message me any
				// time, message me any time"): keep the first only.
				notes = append(notes, editNote{f: f, done: true, safe: replaceSafe(r, text, f)})
				pos = f.End
				continue
			}
			if f.Category == Contradiction {
				// "nope, it's not down" → "Let's double-check that
				// together": the bare "no" goes with the dismissal.
				if k := leadingNo(text[pos:f.Start]); k >= 0 {
					f.Start = pos + k
					orig = text[f.Start:f.End]
				}
			}
			h := clauseHead(text[pos:f.Start], rep)
			if h == -2 {
				notes = append(notes, editNote{f: f})
				write(pos, f.End)
				pos = f.End
				continue
			}
			if h >= 0 {
				// "We do apologise for the inconvenience": the new
				// clause brings its own subject, so the old one goes.
				f.Start = pos + h
				orig = text[f.Start:f.End]
			}
			write(pos, f.Start)
			out := strings.TrimRight(b.String(), " \t")
			if lw := lastWord(out); h >= 0 && strings.EqualFold(lw, "again") && opensSentenceAt(out, len(out)-len(lw)) {
				// "Again my apologies…" → "Again, I'm sorry…": the adverb
				// now stands before a clause of its own.
				out += ","
				b.Reset()
				b.WriteString(out + " ")
			}
			if strings.HasSuffix(out, ",") && startsUpper(orig) && !isAllCaps(firstWord(orig)) && firstWord(orig) != "I" && startsClause(rep) &&
				len(strings.Fields(out[strings.LastIndexAny(out, ".!?\n")+1:])) > 3 {
				// "…for prompt assistance, All inconveniences regretted.":
				// the writer's capital opened a sentence after a comma;
				// the new clause gets a full stop, not a comma splice.
				out = strings.TrimSuffix(out, ",") + "."
				b.Reset()
				b.WriteString(out + text[len(strings.TrimRight(text[:f.Start], " \t")):f.Start])
			}
			if strings.HasPrefix(rep, "a ") || strings.HasPrefix(rep, "an ") {
				if determinerBefore(out) {
					// "a textbook a settings mix-up": the word before
					// already plays the article's part.
					rep = rep[strings.IndexByte(rep, ' ')+1:]
				}
			}
			if out == "" || endsSentence(out) || (startsUpper(orig) && !isAllCaps(orig) && (strings.HasSuffix(out, ">") || onlyMentions(out))) {
				rep = capitalise(rep)
			} else if !strings.HasPrefix(rep, "I ") && !strings.HasPrefix(rep, "I'") {
				rep = lowerFirst(rep)
			}
			b.WriteString(rep)
			notes = append(notes, editNote{f: f, done: true, safe: replaceSafe(r, text, f)})
			lastRep = rep
			pos = f.End + causedTail(text[f.End:], orig)
			if strings.HasPrefix(strings.ToLower(rep), "to recap") {
				// "As I already explained twice in this thread, …": the
				// pointer back goes with the opener ("To recap, …").
				pos += recapTail(text[pos:])
			}
			pos += swallowed(text[pos:], r.rewrite.Swallow)
			if closedClause(rep) && vocativeName(strings.TrimLeft(text[pos:], " \t")) && strings.TrimLeft(text[pos:], " \t") != text[pos:] {
				// "I'm sorry for the trouble, Steph.": the name the
				// writer addressed is set off from the new clause.
				b.WriteString(",")
			}
		default:
			// Promises and frustration are kept as written; any other
			// finding without a rewrite is left for a suggestion.
			keep := f.Category == Promise || f.Category == Frustration
			notes = append(notes, editNote{f: f, done: keep, safe: keep})
			write(pos, f.End)
			pos = f.End
		}
	}
	flush(len(text))
	write(pos, len(text))
	return b.String(), notes
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
	if abbreviationEnd(s) {
		return false // "I.e. just tap it twice" goes on after "I.e."
	}
	c := s[len(s)-1]
	return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':'
}

// abbreviationEnd reports whether s ends in "i.e." or "e.g.", whose full
// stop does not end a sentence.
func abbreviationEnd(s string) bool {
	k := strings.LastIndexAny(s, " \t\n(")
	switch strings.ToLower(s[k+1:]) {
	case "i.e.", "e.g.", "ie.", "eg.", "viz.", "cf.":
		return true
	}
	return false
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

// chooseReplacement returns the text to put in place of text[s:e], or "" to
// keep the match as written because no replacement fits the words around it.
// pointerBackAtEnd reports whether finding f is a pointer back at the
// writer's earlier words ("as previously asked", "like I said") whose rule
// would say "To recap", standing at the end of its sentence after a clause
// of its own, from pos on.
func pointerBackAtEnd(text string, pos int, f Finding, rw rewriteSpec) bool {
	if !strings.HasPrefix(strings.ToLower(rw.Replace), "to recap") || !fits(text[f.Start:f.End], rw.Fits) || f.Start < pos {
		return false
	}
	after := strings.TrimLeft(text[f.End:], " \t")
	if after != "" && strings.IndexByte(".!?\n", after[0]) < 0 {
		return false
	}
	before := text[pos:f.Start]
	if k := strings.LastIndexAny(text[:f.Start], ".!?\n"); k >= pos {
		before = text[k+1 : f.Start]
	}
	return len(strings.Fields(before)) >= 2 && !strings.HasSuffix(strings.TrimRight(before, " \t"), ":")
}

func chooseReplacement(text string, s, e int, rw rewriteSpec) string {
	orig := text[s:e]
	alone := aloneInSentence(text, s, e)
	rep := rw.Replace
	if rw.ReplaceAlone != "" && (alone || rep == "") {
		rep = rw.ReplaceAlone
	}
	if strings.Contains(rep, "{rest}") {
		rest := ""
		if k := strings.IndexAny(orig, " \t"); k >= 0 {
			rest = strings.TrimSpace(orig[k+1:])
		}
		rep = strings.ReplaceAll(rep, "{rest}", rest)
	}
	rep = keepWritersWe(orig, rep)
	if rep = keepVerbForPerson(orig, rep, text[e:]); rep == "" {
		return ""
	}
	if repeatsSentence(text, s, e, rep) {
		// "NP, happy to help anytime": the sentence already says it.
		if rw.ReplaceAlone == "" || rep == rw.ReplaceAlone || repeatsSentence(text, s, e, rw.ReplaceAlone) {
			return ""
		}
		rep = rw.ReplaceAlone
	}
	after := strings.TrimLeft(text[e:], " \t")
	nextWord := strings.ToLower(firstWord(after))
	// "you've clearly been": keep the auxiliary the match carried.
	if low := strings.ToLower(orig); strings.HasSuffix(strings.ToLower(rep), " you") {
		for _, aux := range []string{"'ve", "'re", "'d", "'ll", "’ve", "’re", "’d", "’ll"} {
			if strings.HasSuffix(low, "you"+aux) {
				rep += orig[len(orig)-len(aux):]
				break
			}
		}
	}
	// "it's quick to do to attach": the text already names the task.
	trimmed := false
	if strings.HasSuffix(rep, " to do") && nextWord == "to" {
		rep = strings.TrimSuffix(rep, " to do")
		trimmed = true
	}
	// A noun-phrase replacement ("a settings mix-up") fits only where the
	// match is itself the noun, not a modifier of the next one
	// ("BOFH excuse", "PEBKAC wall of fame").
	if (strings.HasPrefix(rep, "a ") || strings.HasPrefix(rep, "an ")) && nextWord != "" && !nounFollower(nextWord) {
		return ""
	}
	lo := strings.ToLower(orig)
	// "To recap" opens a sentence; "as I explained twice now" or "like I
	// told you yesterday" carry words it cannot take.
	if strings.HasPrefix(strings.ToLower(rep), "to recap") && (strings.HasSuffix(orig, ":") || strings.HasSuffix(orig, ",")) && !strings.Contains(lo, "policy") {
		// "For the third time: the key goes…" → "To recap: the key goes…"
		rep += orig[len(orig)-1:]
	} else if strings.HasPrefix(strings.ToLower(rep), "to recap") && recapTail(text[e:]) == 0 && (after == "" || strings.IndexByte(",:", after[0]) < 0 || strings.Contains(lo, "policy")) {
		return ""
	}
	// "I see it looks like you": the clause already hedges.
	if strings.HasPrefix(strings.ToLower(rep), "it looks like") || strings.HasPrefix(strings.ToLower(rep), "it's possible") {
		before := strings.Fields(strings.ToLower(text[strings.LastIndexAny(text[:s], ".!?\n,;:")+1 : s]))
		// It opens a clause, so it cannot come inside one ("I see you've
		// been", "the third laptop you've dropped").
		if n := len(before); n > 0 {
			switch before[n-1] {
			case "so", "and", "but", "hmm", "well", "ok", "okay", "honestly", "yeah", "yep", "right", "then", "also",
				"actually", "basically", "oh", "ah", "look", "listen", "again", "sadly", "unfortunately", "anyway":
			default:
				return ""
			}
		}
	}
	// A replacement that is a whole clause ("it should be quick") cannot
	// take the words the match was leading into ("no offense but it's the
	// same button", "any intern could set this up"), nor follow a word
	// that wants a noun or a complement ("that's an undocumented feature",
	// "the VPN was fine for everyone").
	if closedClause(rep) && !trimmed && !strings.Contains(rw.Replace+rw.ReplaceAlone, "{rest}") {
		if !clauseGoesOn(strings.TrimLeft(after[causedTail(after, orig):], " \t")) {
			return ""
		}
		if w := lastWord(text[:s]); w != "" && startsClause(rep) && (determinerBefore(w) || linkingWord(w)) {
			// "My apologies for the inconvenience." opens its sentence:
			// the apology's own subject takes the "my" with it.
			if lw := strings.ToLower(w); !((lw == "my" || lw == "our") && clauseHead(text[:s], rep) >= 0) {
				return ""
			}
		}
	}
	// "Your request has been received and will be processed": the rest of
	// the sentence still needs the request as its subject; "dealt with"
	// needs its verb.
	if strings.HasPrefix(lo, "your ") && !strings.HasPrefix(strings.ToLower(rep), "your ") {
		if nextWord == "with" {
			return ""
		}
		if f := strings.Fields(strings.ToLower(after)); len(f) > 1 && f[0] == "and" {
			switch f[1] {
			case "will", "has", "is", "was", "should", "can", "may", "would":
				return ""
			}
		}
	}
	// A replacement that ends in a preposition ("so let's look at", "the
	// next step is to") needs its object after the match: "There's no
	// problem with the servers, they're all green" has none left. And that
	// object must be the rest of its sentence: "it's worth another look at
	// the update for three months and now it's urgent", "the next step is
	// to enable the module, again", "let's look at the card reader, please
	// make sure…" say something else, or run on.
	if p := strings.ToLower(lastWord(rep)); preposition(p) {
		if nextWord == "" {
			return ""
		}
		if lr := strings.ToLower(rep); strings.HasSuffix(lr, " look at") || strings.HasSuffix(lr, " is to") {
			if !plainObject(after) {
				return ""
			}
		}
	}
	// A replacement that is a whole two-clause sentence ("that's
	// unexpected, so let's check what's happening") cannot run on into the
	// writer's next clause: "…, so let's check what's happening, the portal
	// doesn't even store that field."
	if (strings.Contains(rep, ", so ") || strings.HasPrefix(strings.ToLower(rep), "let's ")) && strings.HasPrefix(after, ",") && hasWords(after) {
		return ""
	}
	// "@sam ...and for any inconvenience." goes on from an earlier message,
	// which already holds the apology's subject: a new clause would say
	// it twice ("We apologise ...I'm sorry for the trouble").
	if startsClause(rep) {
		if b := strings.TrimRight(text[:s], " \t"); strings.HasSuffix(b, "...") || strings.HasSuffix(b, "…") {
			if lead := strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(b, "..."), "…"), "."); strings.TrimSpace(lead) == "" || onlyMentions(lead) {
				if !(strings.HasPrefix(lo, "sorry") && strings.HasPrefix(rep, "I'm sorry")) {
					return ""
				}
				rep = strings.TrimPrefix(rep, "I'm ") // "...sorry for the trouble."
			}
		}
	}
	// "RTFM" and nothing else: "The steps are in the guide." points
	// nowhere; the advice (leave it out, link the exact step) helps more.
	if strings.HasPrefix(strings.ToLower(rep), "the steps are in") && !hasWords(text[:s]+text[e:]) {
		return ""
	}
	// "Let us know if we can be of further assistance" → "Let us know
	// message me any time": a stock condition hangs on the writer's main
	// clause, so a main clause cannot take its place.
	if conditional(lo) && !conditional(strings.ToLower(rep)) && !alone {
		return ""
	}
	// "What did you do to us?" is not "What happened to us?": the neutral
	// question fits an object that is a thing ("to the file"), not a person.
	if strings.HasPrefix(strings.ToLower(rep), "what happened") {
		if la := strings.ToLower(after); strings.HasPrefix(la, "to me") || strings.HasPrefix(la, "to us") || strings.HasPrefix(la, "to him") || strings.HasPrefix(la, "to her") || strings.HasPrefix(la, "to them") {
			return ""
		}
	}
	// "the team that looks after this": a relative clause cannot take the
	// writer's purpose clause ("…looks after this to review"), and
	// after "passed this" it names the thing as "it", not "this" again.
	if strings.Contains(rep, " that ") && strings.HasSuffix(rep, " this") {
		if nextWord == "to" || nextWord == "so" {
			return ""
		}
		ss := strings.LastIndexAny(text[:s], ".!?\n") + 1
		for _, w := range strings.Fields(strings.ToLower(text[ss:s])) {
			if strings.Trim(w, ",;:") == "this" {
				rep = strings.TrimSuffix(rep, "this") + "it"
				break
			}
		}
	}
	// "So sorry for the inconvenience!": the intensifier already stands
	// where the subject would, so the apology takes none ("So sorry for
	// the trouble!", not "So I'm sorry…").
	if before := strings.TrimRight(text[:s], " \t"); strings.HasPrefix(rep, "I'm sorry") && strings.HasPrefix(lo, "sorry") && opensSentenceAt(text, len(before)-len(lastWord(before))) {
		switch strings.ToLower(lastWord(before)) {
		case "so", "very", "really", "terribly", "truly", "deeply", "extremely", "awfully", "super":
			rep = strings.TrimPrefix(rep, "I'm ")
		}
	}
	// "I apologize for any confusion this may have caused": the apology
	// keeps what it was for ("I'm sorry for the confusion"); only the
	// form-letter "inconvenience" becomes "the trouble".
	if strings.HasSuffix(rep, " for the trouble") {
		if m := apologyNoun.FindStringSubmatch(lo); m != nil {
			switch m[1] {
			case "inconvenience", "inconveniences", "trouble", "disruption":
			default:
				rep = strings.TrimSuffix(rep, "trouble") + m[1]
			}
		}
	}
	// A replacement that drops the subject "you" leaves "by changing them"
	// with no one doing the changing.
	if (strings.HasPrefix(lo, "you ") || strings.HasPrefix(lo, "you'")) && !strings.Contains(strings.ToLower(rep), "you") {
		clause := after
		if k := strings.IndexAny(clause, ".!?;\n"); k >= 0 {
			clause = clause[:k]
		}
		for _, w := range strings.Fields(strings.ToLower(clause)) {
			if strings.HasSuffix(w, "ing") && strings.Contains(clause, " by "+w) {
				return ""
			}
		}
	}
	return rep
}

// findingAt reports whether one of fs starts at byte at.
func findingAt(fs []Finding, at int) bool {
	for _, f := range fs {
		if f.Start == at {
			return true
		}
	}
	return false
}

// conditional reports whether a phrase is a condition ("if we can be of
// further assistance", "should you need any help").
func conditional(lo string) bool {
	return strings.HasPrefix(lo, "if ") || strings.HasPrefix(lo, "should ")
}

// requestAfterCondition returns how many bytes of after go with a stock
// condition that a request follows ("Should you need further help,
// please email the desk"): the spaces and comma before the request, as the
// plain condition that replaces it brings its own. It returns 0 when no
// request follows.
func requestAfterCondition(lo, after string) int {
	if !conditional(lo) {
		return 0
	}
	i := 0
	for i < len(after) && (after[i] == ' ' || after[i] == '\t' || after[i] == ',') {
		i++
	}
	switch strings.ToLower(firstWord(after[i:])) {
	case "please", "pls", "plz", "feel", "let", "do", "don't", "contact", "call", "reach", "email", "e-mail", "message",
		"drop", "send", "chat", "ping", "just":
		return i
	}
	return 0
}

// causedTail returns the length of a "this may have caused" that follows an
// apology for inconvenience: the replacement already says what it caused.
func causedTail(after, orig string) int {
	lo := strings.ToLower(orig)
	if !(strings.HasSuffix(lo, "inconvenience") || strings.HasSuffix(lo, "inconveniences") || strings.HasSuffix(lo, "disruption") || strings.HasSuffix(lo, "trouble")) {
		return 0
	}
	w := strings.Fields(strings.ToLower(after))
	n := 0
	switch {
	case len(w) > 0 && strings.TrimRight(w[0], ".,!;") == "caused":
		n = 1
	case len(w) > 2 && (w[0] == "this" || w[0] == "that" || w[0] == "which" || w[0] == "it") && (w[1] == "may" || w[1] == "might" || w[1] == "could" || w[1] == "has"):
		n = 2
		if w[n] == "have" && len(w) > 3 {
			n++
		}
		if t := strings.TrimRight(w[n], ".,!;"); t != "caused" && t != "cause" {
			return 0
		}
		n++
	default:
		return 0
	}
	if len(w) > n+1 && w[n] == "to" && strings.TrimRight(w[n+1], ".,!;") == "you" {
		n += 2
	}
	// Skip the words, keeping the punctuation after the last one.
	i := 0
	for k := 0; k < n; k++ {
		for i < len(after) && (after[i] == ' ' || after[i] == '\t') {
			i++
		}
		for i < len(after) && after[i] != ' ' && after[i] != '\t' && strings.IndexByte(".,!;", after[i]) < 0 {
			i++
		}
	}
	return i
}

// closedClause reports whether rep reads as a complete clause: it does not
// end in a word that waits for more ("with", "to", "you", "might not be").
func closedClause(rep string) bool {
	f := strings.Fields(strings.ToLower(rep))
	if len(f) < 2 || strings.HasSuffix(rep, ",") || strings.IndexByte(".!?", rep[len(rep)-1]) >= 0 {
		return false // too short to judge, made to lead on, or a sentence of its own
	}
	switch f[0] {
	case "may", "might", "not", "shouldn't":
		// a predicate ("may not work quite like that, so let's check")
	default:
		if !startsClause(rep) {
			return false // a noun phrase or an adverb ("a glitch", "right now")
		}
	}
	switch strings.Trim(f[len(f)-1], ",") {
	case "with", "to", "at", "of", "for", "in", "on", "from", "about", "like", "you", "your", "the", "a", "an", "be",
		"have", "been", "if", "when", "after", "that", "is", "was", "not", "here's", "hi", "check", "you've",
		"request", "know", "there", "could", "helps", "caused", "let", "it", "recap", "seem", "ok", "happened":
		return false
	}
	return true
}

// clauseGoesOn reports whether the text after a match can follow a complete
// clause: the end, punctuation, an emoji, a mention, or a word that starts
// a new clause or closes the sentence ("and", "lol", "tbh").
func clauseGoesOn(after string) bool {
	if after == "" || strings.IndexByte(".,;:!?)—–-\n<(\"'`", after[0]) >= 0 {
		return true
	}
	r, _ := utf8.DecodeRuneInString(after)
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return true // an emoji or a symbol
	}
	if vocativeName(after) {
		return true // "…for the inconvenience Steph.": a name, not an object
	}
	switch strings.ToLower(firstWord(after)) {
	case "and", "but", "so", "or", "though", "tbh", "lol", "haha", "lmao", "buddy", "mate", "again", "anyway", "anytime",
		"because", "since", "as", "while", "please", "thanks", "now", "today", "then":
		return true
	}
	return false
}

// vocativeName reports whether after opens with one capitalised name that
// ends its sentence ("Steph.", "Mike!"): the person addressed.
func vocativeName(after string) bool {
	w := firstWord(after)
	if len(w) < 2 || w == "I" || isAllCaps(w) {
		return false
	}
	switch strings.ToLower(w) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight", "tomorrow",
		"yesterday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december", "earlier", "again", "here", "there", "too", "though":
		return false // a time or an adverb: "…the inconvenience Friday."
	}
	for i, r := range w {
		if !unicode.IsLetter(r) || (i == 0) != unicode.IsUpper(r) {
			return false
		}
	}
	rest := after[len(w):]
	return rest == "" || strings.IndexByte(".!?", rest[0]) >= 0
}

// startsClause reports whether rep opens with its own subject ("it's",
// "let's", "I"), so it cannot follow a word that wants a complement.
func startsClause(rep string) bool {
	switch strings.ToLower(strings.Trim(firstWord(rep), ",")) {
	case "it", "it's", "i", "i'm", "i've", "i'll", "i'd", "let's", "that's", "there's", "this", "we're", "you're",
		"could", "thanks", "what", "how", "happy", "message", "something", "here's":
		return true
	}
	return false
}

// bareNot reports whether s opens with "not" standing as an answer on its
// own ("not, the portal is separate", "not.", "not!"), as after "Obviously"
// or "Of course".
func bareNot(s string) bool {
	if len(s) < 3 || !strings.EqualFold(s[:3], "not") {
		return false
	}
	rest := strings.TrimLeft(s[3:], " \t")
	return rest == "" || strings.IndexByte(",.!;:", rest[0]) >= 0
}

// suffixFold reports whether s ends in suffix, ignoring case.
func suffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// keepWritersWe keeps the writer's "we" in an offer of help whose plain
// words speak for one person: "how can we assist you" becomes "how can we
// help", so a reply that already says "we" does not switch to "I" halfway
// ("we saw your note and how can I help"). Only an offer's "can I" changes;
// a replacement that opens with its own "I" (an apology) is left alone.
func keepWritersWe(orig, rep string) string {
	if !strings.Contains(rep, "can I ") && !strings.Contains(rep, " I can ") {
		return rep
	}
	we := false
	for _, w := range strings.Fields(strings.ToLower(orig)) {
		switch w {
		case "i":
			return rep
		case "we":
			we = true
		}
	}
	if !we {
		return rep
	}
	rep = strings.Replace(rep, "can I ", "can we ", 1)
	return strings.Replace(rep, " I can ", " we can ", 1)
}

// keepVerbForPerson fits a replacement ending in a verb of answering
// ("please reply") to the writer's object: "reply with the details" reads
// well, but "kindly confirm with us" asks the person to check with the
// writer, and "reply with us" says something else. Before "with" and a
// person the writer's own plain verb stays ("please confirm with us"); a
// verb that is itself the stock word ("revert", "advise") leaves no plain
// swap, so the phrase gets a suggestion ("").
func keepVerbForPerson(orig, rep, after string) string {
	if !suffixFold(rep, " reply") && !suffixFold(rep, " respond") {
		return rep
	}
	f := strings.Fields(strings.ToLower(after))
	if len(f) < 2 || f[0] != "with" {
		return rep
	}
	switch strings.Trim(f[1], ".,;:!?") {
	case "us", "me", "our", "him", "her", "them":
		// a person ("with us", "with our team"); "with your order
		// number" or "with the details" is what to send.
	default:
		return rep
	}
	switch w := strings.ToLower(lastWord(orig)); w {
	case "confirm", "check":
		return rep[:strings.LastIndexByte(rep, ' ')+1] + w
	}
	return ""
}

// lastWord returns the last word of s, if s ends in one (no punctuation).
func lastWord(s string) string {
	s = strings.TrimRight(s, " \t")
	k := strings.LastIndexAny(s, " \t\n")
	w := s[k+1:]
	if w == "" || strings.ContainsAny(w[len(w)-1:], ".,;:!?)—–-") {
		return ""
	}
	return w
}

// linkingWord reports whether w wants a complement after it, so a whole
// clause cannot follow ("was", "is", "be").
func linkingWord(w string) bool {
	switch strings.ToLower(w) {
	case "is", "was", "are", "were", "be", "been", "being", "it's", "that's", "of", "for", "with", "to", "at", "on", "in":
		return true
	}
	return false
}

// subjectWord reports whether w is a subject a removal must leave in place.
func subjectWord(w string) bool {
	switch strings.ReplaceAll(strings.ToLower(w), "’", "'") {
	case "you", "you've", "you'd", "you're", "you'll", "it's", "everyone", "i", "we", "it", "they":
		return true
	}
	return false
}

// firstWord returns the leading run of letters and apostrophes of s.
func firstWord(s string) string {
	end := 0
	for i, r := range s {
		if !(unicode.IsLetter(r) || r == '\'' || r == '’' || r == '-') {
			break
		}
		end = i + utf8.RuneLen(r)
	}
	return s[:end]
}

// nounFollower reports whether w can follow a noun phrase standing on its
// own: a verb, preposition, conjunction or aside rather than another noun.
func nounFollower(w string) bool {
	switch w {
	case "is", "was", "are", "were", "again", "strikes", "struck", "striking", "today", "here", "there",
		"lol", "haha", "lmao", "tbh", "though", "then", "too", "once", "yet", "still", "for", "of", "in", "on", "at",
		"with", "from", "to", "out", "and", "but", "or", "so", "because", "as", "if", "all", "right", "this", "that",
		"probably", "strike", "wins", "won", "moment", "case", "situation", "ticket", "story", "i", "we", "you", "it",
		"he", "she", "they", "has", "had", "have", "will", "would", "can", "could", "got", "gets", "did", "does", "not":
		return true
	}
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "ly")
}

// determinerBefore reports whether the last word of out already sets up a
// noun ("a", "the", "classic", "textbook"), so an "a ..." replacement after
// it must lose its article.
func determinerBefore(out string) bool {
	k := strings.LastIndexAny(out, " \t\n(\"“")
	w := strings.ToLower(out[k+1:])
	switch w {
	case "a", "an", "the", "this", "that", "another", "classic", "textbook", "typical", "total", "real", "such",
		"my", "your", "our", "his", "her", "their", "its", "some", "any", "every", "pure", "complete", "absolute",
		"proper", "true", "genuine", "obvious", "standard", "usual", "whole", "big", "little", "little-known",
		"good", "old", "ol'", "certified", "clear", "prime", "perfect", "yet", "one":
		return true
	}
	return false
}

// repeatsSentence reports whether the sentence around text[s:e] already
// says what rep would say: a word of four or more letters of rep (other
// than the filler below) occurs elsewhere in it.
func repeatsSentence(text string, s, e int, rep string) bool {
	from := strings.LastIndexAny(text[:s], ".!?\n") + 1
	// The sentence and the one after it: "Happy to help, Tony! We're
	// always happy to help" says it twice.
	to := len(text)
	if k := strings.IndexAny(text[e:], ".!?\n"); k >= 0 {
		to = e + k
		for to < len(text) && strings.IndexByte(".!? ", text[to]) >= 0 {
			to++
		}
		if k := strings.IndexAny(text[to:], ".!?\n"); k >= 0 {
			to += k
		} else {
			to = len(text)
		}
	}
	rest := " " + strings.ToLower(text[from:s]+" "+text[e:to]) + " "
	rest = strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || r == '\'' {
			return r
		}
		return ' '
	}, rest)
	for _, w := range strings.Fields(strings.ToLower(rep)) {
		w = strings.Trim(w, ",.;:!?")
		if len(w) < 4 || fillerWord(w) {
			continue
		}
		if strings.Contains(rest, " "+w+" ") {
			return true
		}
		if (w == "happy" || w == "glad" || w == "pleasure") && (strings.Contains(rest, " glad ") || strings.Contains(rest, " happy ") || strings.Contains(rest, " pleasure ")) {
			return true
		}
		if w == "guide" {
			// "RTFM, it's all in chapter 3": the sentence already says where.
			for _, where := range []string{" chapter ", " section ", " manual ", " docs ", " wiki ", " faq ", " readme ", " article ", " documentation ", " handbook "} {
				if strings.Contains(rest, where) {
					return true
				}
			}
		}
	}
	return false
}

// fillerWord lists common words whose repetition says nothing.
func fillerWord(w string) bool {
	switch w {
	case "this", "that", "with", "what", "from", "here", "there", "have", "it's", "let's", "looks", "like", "might",
		"just", "your", "you're", "you've", "when", "then", "them", "they", "will", "would", "could", "should", "about",
		"right", "next", "time", "it'll", "that's", "there's", "what's", "thanks", "check", "look", "sure", "more",
		"again", "before", "after", "shouldn't", "anyone's", "someone", "something", "some", "tell", "know", "quite",
		"much", "very", "since", "still", "been", "were", "which", "while", "only", "also", "into", "over", "other":
		return true
	}
	return false
}

// swallowed returns the length of the first of words that opens after,
// with the space before it, or 0.
func swallowed(after string, words []string) int {
	t := strings.TrimLeft(after, " ")
	for _, w := range words {
		if len(t) >= len(w) && strings.EqualFold(t[:len(w)], w) && (len(t) == len(w) || !unicode.IsLetter(rune(t[len(w)]))) {
			return len(after) - len(t) + len(w)
		}
	}
	return 0
}

func hasKey(m map[string]string, k string) bool {
	_, ok := m[k]
	return ok
}

// clauseHead returns where, in before (the text between the last edit and
// a match), the head of the matched clause starts when a replacement that
// brings its own subject ("I'm sorry for the trouble") must take it over:
// the subject and the auxiliaries and adverbs after it ("we do sincerely",
// "we would like to", "we're so"); a determiner left before a matched noun
// ("all inconveniences regretted"); or an offered apology's frame ("please
// accept our sincere"). It returns -1 when there is none, and -2 when the
// match sits inside a noun phrase a clause cannot replace ("we offer our
// sincere apologies").
func clauseHead(before, rep string) int {
	if !strings.HasPrefix(rep, "I ") && !strings.HasPrefix(rep, "I'") {
		return -1
	}
	end := len(before)
	aux, frame := false, -1 // frame: where "our sincere" and the like begin
	for {
		i := end
		for i > 0 && (before[i-1] == ' ' || before[i-1] == '\t') {
			i--
		}
		j := i
		for j > 0 {
			r, n := utf8.DecodeLastRuneInString(before[:j])
			if !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '`' {
				break
			}
			j -= n
		}
		if j == i {
			return frame // the clause's start
		}
		w := normWord(strings.ToLower(before[j:i]))
		switch {
		case frame >= 0:
			// Only "please accept" may come before "our sincere".
			switch w {
			case "please", "kindly", "accept":
				frame = j
			case "and", "but", "so", "also", "again", "hi", "hello", "hey", "thanks", "ok", "okay":
				return frame
			default:
				return -2
			}
		case (w == "our" || w == "my") && !aux:
			frame = j
		case apologyAdjective(w):
			end = j
			continue
		case clauseSubject(w):
			return j
		case !aux && (w == "all" || w == "any"):
			return j
		case headAdverb(w):
			aux = true
		case !aux && nounPhraseWord(w):
			// "we offer our sincere apologies": a clause cannot stand
			// inside the noun phrase.
			return -2
		default:
			return -1
		}
		end = j
	}
}

// nounPhraseWord reports whether w leads into a noun phrase, so that a
// whole clause cannot follow it.
func nounPhraseWord(w string) bool {
	switch w {
	case "our", "my", "your", "their", "his", "her", "the", "a", "an", "of", "for", "with", "by", "from",
		"offer", "offers", "extend", "extends", "send", "sends", "accept":
		return true
	}
	return false
}

// apologyAdjective reports whether w dresses an offered apology ("our
// sincere apologies", "my deepest apologies").
func apologyAdjective(w string) bool {
	switch w {
	case "sincere", "sincerest", "deepest", "deep", "heartfelt", "humble", "humblest", "profound", "genuine", "unreserved":
		return true
	}
	return false
}

// clauseSubject reports whether w is a first-person subject a replacement
// clause takes the place of.
func clauseSubject(w string) bool {
	switch w {
	case "we", "i", "we're", "i'm", "we'd", "i'd":
		return true
	}
	return false
}

// headAdverb reports whether w can stand between a subject and the verb of
// an apology ("we do truly", "we would like to", "we are deeply").
func headAdverb(w string) bool {
	switch w {
	case "do", "does", "did", "are", "am", "would", "like", "to", "want", "wish", "must", "hereby",
		"really", "sincerely", "truly", "deeply", "genuinely", "greatly", "humbly", "very", "so",
		"extremely", "terribly", "awfully", "again", "once", "also", "too":
		return true
	}
	return false
}

// onlyMentions reports whether s holds nothing but @-mentions (a tweet's
// "@123 @brand", Slack's "<@U123>"), so what follows opens the message.
func onlyMentions(s string) bool {
	fields := strings.Fields(s)
	if len(fields) == 0 {
		return false
	}
	for _, f := range fields {
		if !mentionWord(f) {
			return false
		}
	}
	return true
}

// preposition reports whether w is a preposition a replacement may end in,
// waiting for its object ("let's look at", "the next step is to").
func preposition(w string) bool {
	switch w {
	case "at", "to", "with", "for", "of", "on", "about", "into", "from":
		return true
	}
	return false
}

// plainObject reports whether after, the words following a match, is a
// noun phrase closing its sentence, so a replacement ending in "look at"
// or "is to" can take it whole: no second clause after a comma, a dash or
// a conjunction, no "again" and no time span that keeps the reproach.
func plainObject(after string) bool {
	s := after
	if k := strings.IndexAny(s, ".!?\n"); k >= 0 {
		s = s[:k]
	}
	if strings.ContainsAny(s, ",;:—–()") || strings.Contains(s, " - ") {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(s)) {
		switch strings.Trim(w, "\"'“”‘’") {
		case "and", "but", "so", "or", "because", "since", "until", "then", "now", "again", "for", "while", "yet", "thats", "that's", "which":
			return false
		}
	}
	return true
}

// apologyNoun finds what a scripted apology was for: "for any confusion
// this may have caused" → "confusion".
var apologyNoun = regexp.MustCompile(`for (?:any|the) ([a-z]+(?: [a-z]+)?) (?:this|that|which) (?:may|might)`)

// questionOrder returns the question opening ("Have you ") for a sentence
// that starts with a declarative subject and auxiliary ("you've used it
// before?") and ends in a question mark, and how many bytes of s it
// replaces; 0 when s is not such a question.
func questionOrder(s string) (string, int) {
	end := strings.IndexAny(s, ".!?\n")
	if end < 0 || s[end] != '?' {
		return "", 0
	}
	low := strings.ReplaceAll(strings.ToLower(s[:end]), "’", "'")
	for _, p := range [][2]string{{"you've ", "Have you "}, {"you have ", "Have you "}, {"you're ", "Are you "}, {"you are ", "Are you "}, {"you can ", "Can you "}} {
		if strings.HasPrefix(low, p[0]) {
			n := len(p[0])
			if strings.HasPrefix(s, "you’") || strings.HasPrefix(s, "You’") {
				n += len("’") - 1
			}
			return p[1], n
		}
	}
	return "", 0
}

// opensSentenceAt reports whether only mentions stand between the start of
// at's sentence and at.
func opensSentenceAt(text string, at int) bool {
	if at < 0 || at > len(text) {
		return false
	}
	before := text[:at]
	if k := strings.LastIndexAny(before, ".!?\n"); k >= 0 {
		before = before[k+1:]
	}
	for _, w := range strings.Fields(before) {
		if !mentionWord(w) {
			return false
		}
	}
	return true
}

// mentionWord reports whether a whitespace-separated word of the text is an
// @-mention: a tweet's "@brand" or Slack's "<@U123>". (The matcher's token
// predicate is mention in match.go; the rewriter works on text.)
func mentionWord(w string) bool {
	return strings.HasPrefix(w, "@") || strings.HasPrefix(w, "<@")
}

// sneerFrames are the frames a joke word is put in to mock someone: the
// plain word in their place still mocks.
var sneerFrames = []string{"hall of fame", "wall of shame", "hall of shame", " of the day", " of the week", " of the month", " of the year",
	"award", "strikes again", "another one for", "exhibit a", "collection", "museum"}

// sneers reports whether sentence puts its subject in a mocking frame or
// laughs at it.
func sneers(sentence string) bool {
	low := strings.ToLower(sentence)
	for _, f := range sneerFrames {
		if strings.Contains(low, f) {
			return true
		}
	}
	for _, w := range strings.Fields(low) {
		if isLaugh(strings.Trim(w, ".,!?")) {
			return true
		}
	}
	return false
}

// openerVerbs are the last words of an opener that takes a that-clause
// ("it's common knowledge that", "you do realise that").
var openerVerbs = map[string]bool{"knowledge": true, "know": true, "knows": true, "knew": true, "realise": true, "realize": true,
	"appreciate": true, "aware": true, "obvious": true, "clear": true}

// thatAfterOpener returns how many bytes of after make up a "that" (with
// its space) following a removed opener ending in one of openerVerbs.
func thatAfterOpener(orig, after string) int {
	w := strings.Fields(strings.ToLower(orig))
	if len(w) == 0 || !openerVerbs[w[len(w)-1]] {
		return 0
	}
	t := strings.TrimLeft(after, " ")
	if len(t) > 5 && strings.EqualFold(t[:5], "that ") {
		return len(after) - len(t) + 5
	}
	return 0
}

// rhetoricalMark returns the index of the question mark closing the
// sentence of a removed rhetorical frame ("you do realise", "you know"),
// or -1: the rest of that sentence is a statement.
func rhetoricalMark(orig, text string, end int) int {
	w := strings.Fields(strings.ToLower(orig))
	if n := len(w); n > 1 && w[n-1] == "that" {
		w = w[:n-1] // "you do realise that"
	}
	if len(w) == 0 || !openerVerbs[w[len(w)-1]] || !strings.HasPrefix(strings.ToLower(orig), "you") {
		return -1
	}
	k := strings.IndexAny(text[end:], ".!?\n")
	if k < 0 || text[end+k] != '?' {
		return -1
	}
	if q, _ := questionOrder(strings.TrimLeft(text[end:], " ")); q != "" {
		return -1
	}
	return end + k
}

// leadingNo returns where a bare "no", "nope" or "nah" (with its comma)
// opens the last clause of before, when nothing else follows it; or -1.
func leadingNo(before string) int {
	t := strings.TrimRight(before, " ")
	t = strings.TrimSuffix(t, ",")
	k := strings.LastIndexAny(t, " \t\n.!?:")
	w := strings.ToLower(t[k+1:])
	if w != "no" && w != "nope" && w != "nah" {
		return -1
	}
	if k >= 0 && strings.IndexByte(".!?:\n", t[k]) < 0 && strings.TrimSpace(t[:k]) != "" {
		// Only at the start of a sentence or after a name: "kim: nope,".
		p := strings.TrimRight(t[:k+1], " ")
		if p != "" && strings.IndexByte(".!?:\n", p[len(p)-1]) < 0 {
			return -1
		}
	}
	return k + 1
}

// recapPointer is what may follow "as I said" and point back at when or
// how often it was said, up to the comma: "twice", "in my last comment",
// "10 minutes ago", "in this thread".
var recapPointer = regexp.MustCompile(`(?i)^(?:\s+(?:already|before|earlier|above|previously|twice|again|yesterday|today|(?:three|3|several|many) times|(?:in|on) (?:my|our|the|this) (?:last|previous|earlier|first|other)? ?(?:comment|reply|message|email|e-mail|post|thread|ticket|answer)|by (?:my|our|a|the|your) (?:colleagues?|teammates?|team|agents?|manager|supervisor)|\d+ (?:minutes?|mins?|hours?|days?) ago|(?:a few|few) (?:minutes|hours|days) ago|last week))+(?:\s*,)`)

// recapTail returns how many bytes of after, the words following an
// "as I said" opener, only point back at the earlier message, up to and
// not including the comma; 0 when they say more.
func recapTail(after string) int {
	m := recapPointer.FindStringIndex(after)
	if m == nil {
		return 0
	}
	return m[1] - 1 // keep the comma for "To recap,"
}
