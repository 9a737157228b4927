package coach

import (
	"regexp"
	"strings"
)

// fineIntensifier is an intensifier before "fine" ("working just fine",
// "works perfectly fine"): the claim is the same without it, and the offer
// to check says "looks fine".
var fineIntensifier = regexp.MustCompile(`(?i)\b(?:just|totally|absolutely|completely|really|perfectly|100%) (fine|normally)\b`)

// rebuttalHeads are the verbs with which a writer insists a system is fine
// ("the mailbox works", "the server is fine").
var rebuttalHeads = []string{
	"works fine", "works", "is working fine", "is working", "is fine", "is up", "is running", "is ok", "is okay",
	"looks fine", "looks ok", "is online", "was fine", "was working", "is healthy", "is green", "working fine",
	"works perfectly", "is working perfectly", "has no issues", "has no problems", "is all good",
}

// dismissalEdit turns "That's impossible, the mailbox works." into "The
// mailbox looks fine from here, so let's look at what's happening on your
// side.": the dismissal goes, the writer's own evidence stays, put behind an
// offer to check. Evidence of another kind keeps its words and is marked as
// the writer's view: "Impossible, the sync ran at 6am." becomes "The sync
// ran at 6am from what I can see, so let's check what's happening on your
// side."
func dismissalEdit(text string, f Finding, code []Span) (spanEdit, bool) {
	sStart, sEnd := sentenceOf(text, f, code)
	lead := strings.TrimSpace(text[sStart:f.Start])
	for _, w := range strings.Fields(lead) {
		lw := strings.ToLower(strings.Trim(w, ",."))
		if !(strings.HasPrefix(w, "<@") || quipDecor[lw] || lw == "no" || lw == "nope" || lw == "nah" || lw == "obviously" || lw == "clearly") {
			return spanEdit{}, false // the dismissal must open its sentence
		}
	}
	// The dismissal is a clause of its own: only decoration may come
	// between it and the separator ("That's impossible lol, …").
	k := f.End
	for k < sEnd && strings.IndexByte(",;:—–-.!?", text[k]) < 0 {
		k++
	}
	if hasWords(text[f.End:k]) || insideAny(code, k) {
		return spanEdit{}, false
	}
	var restT string
	end := sEnd
	if k >= sEnd || strings.IndexByte(".!?", text[k]) >= 0 {
		// A sentence of its own: its evidence is the next sentence.
		ns := sEnd
		for ns < len(text) && text[ns] == ' ' {
			ns++
		}
		if ns >= len(text) || text[ns-1] == '\n' {
			return spanEdit{}, false
		}
		_, ne := sentenceAround(text, ns, code)
		restT, end = text[ns:ne], ne
	} else {
		restT = strings.TrimLeft(text[k:sEnd], " ,;:—–-")
	}
	restT = fineIntensifier.ReplaceAllString(strings.TrimRight(restT, ".!? "), "$1")
	if restT == "" || overlapsAny(code, f.End, end) && !keepsCode(restT, text, code, f.End, end) {
		return spanEdit{}, false
	}
	if strings.ContainsAny(restT, ",;:?") || !plainStatement(restT) {
		return spanEdit{}, false
	}
	low := strings.ToLower(restT)
	rep := ""
	for _, h := range rebuttalHeads {
		i := strings.Index(low, " "+h)
		if i <= 0 {
			continue
		}
		tail := strings.TrimSpace(restT[i+1+len(h):])
		lt := strings.ToLower(tail)
		if tail != "" && !strings.HasPrefix(lt, "for ") && !strings.HasPrefix(lt, "on ") && !strings.HasPrefix(lt, "in ") {
			continue
		}
		if strings.Contains(lt, "everyone") || strings.Contains(lt, "everybody") || strings.Contains(lt, "other") {
			return spanEdit{}, false // "up for everyone else" is the dismissal again
		}
		subj := restT[:i]
		if !subjectIsPlain(subj) {
			return spanEdit{}, false
		}
		verb := "looks"
		if plural(subj) {
			verb = "look"
		}
		rep = capitalise(subj) + " " + verb + " fine from here"
		if tail != "" {
			rep += " " + tail
		}
		rep += ", so let's look at what's happening on your side."
		break
	}
	if rep == "" {
		// Only a statement about a thing ("the sync ran at 6am") can be
		// marked as what the writer sees.
		fw := strings.ToLower(firstWord(restT))
		if len(strings.Fields(restT)) > 12 || !(fw == "the" || fw == "our" || fw == "this" || fw == "that" || fw == "its") {
			return spanEdit{}, false
		}
		rep = capitalise(restT) + " from what I can see, so let's check what's happening on your side."
	}
	// Keep a leading mention.
	s := sStart
	for s < f.Start && text[s] == ' ' {
		s++
	}
	if strings.HasPrefix(text[s:], "<@") {
		if k := strings.IndexByte(text[s:], '>'); k > 0 {
			s += k + 1
			rep = " " + rep
		}
	}
	return spanEdit{start: s, end: end, rep: rep, safe: true}, true
}

// fineHeads are the ways a writer says a system works, as the predicate of
// the sentence that dismisses the report.
var fineHeads = []string{"is working fine", "is working normally", "is working perfectly", "is working", "working fine",
	"working normally", "works fine", "works perfectly", "works", "is fine", "is running fine", "running fine", "is up"}

// selfRebuttal turns a sentence that is itself the dismissal ("No, it's
// working fine on our end.", "Task closure working fine in Prod.") into the
// same observation offered as a starting point: "It looks fine on our end,
// so let's look at what's happening on your side."
func selfRebuttal(text string, f Finding, code []Span) (spanEdit, bool) {
	sStart, sEnd := sentenceOf(text, f, code)
	if overlapsAny(code, sStart, sEnd) {
		return spanEdit{}, false
	}
	sent := strings.TrimSpace(text[sStart:sEnd])
	s := sStart + strings.Index(text[sStart:sEnd], sent)
	body := strings.TrimRight(sent, ".! ")
	// The openers go with the dismissal: "No, of course it works fine for
	// me." is not "Of course it looks fine for me".
	for stripped := true; stripped; {
		stripped = false
		for _, lead := range dismissalOpeners {
			if len(body) > len(lead) && strings.EqualFold(body[:len(lead)], lead) {
				body, stripped = body[len(lead):], true
				break
			}
		}
	}
	if strings.ContainsAny(body, ",;:?!") {
		return spanEdit{}, false
	}
	body = fineIntensifier.ReplaceAllString(body, "$1")
	low := strings.ToLower(body)
	low = strings.Replace(low, "it's ", "it is ", 1)
	b := strings.Replace(body, "it's ", "it is ", 1)
	b = strings.Replace(b, "It's ", "It is ", 1)
	for _, h := range fineHeads {
		i := strings.Index(low, " "+h)
		var subj, tail string
		switch {
		case i > 0:
			subj, tail = b[:i], strings.TrimSpace(b[i+1+len(h):])
		case !strings.HasPrefix(h, "is ") && strings.HasPrefix(low, h) && (len(low) == len(h) || low[len(h)] == ' '):
			// "Works fine for me.", "Working fine here": the thing
			// reported on is the subject left unsaid.
			subj, tail = "it", strings.TrimSpace(b[len(h):])
		default:
			continue
		}
		lt := strings.ToLower(tail)
		if tail != "" && !(strings.HasPrefix(lt, "on ") || strings.HasPrefix(lt, "in ") || strings.HasPrefix(lt, "for ") || strings.HasPrefix(lt, "from ")) {
			return spanEdit{}, false
		}
		if !strings.EqualFold(subj, "it") && (!subjectIsPlain(subj) || !plainStatement(subj)) || !plainStatement(strings.ReplaceAll(strings.ToLower(tail), " me", "")) {
			return spanEdit{}, false
		}
		verb := "looks"
		if plural(subj) {
			verb = "look"
		}
		rep := capitalise(subj) + " " + verb + " fine"
		if tail != "" {
			rep += " " + tail
		} else {
			rep += " from here"
		}
		rep += ", so let's look at what's happening on your side."
		return spanEdit{start: s, end: sEnd, rep: rep, safe: true}, true
	}
	return spanEdit{}, false
}

// dismissalOpeners open a sentence that is itself the dismissal: a bare
// no, or a talk-down word ("of course", "obviously"), with or without its
// comma.
var dismissalOpeners = []string{"no, ", "nope, ", "nah, ", "no ", "nope ", "nah ", "of course, ", "of course ",
	"obviously, ", "obviously ", "clearly, ", "clearly ", "well, ", "well "}

// keepsCode reports whether every protected span in [s, e) of text lies
// inside rest, which the edit keeps word for word.
func keepsCode(rest, text string, code []Span, s, e int) bool {
	for _, c := range code {
		if c.Start < e && s < c.End && !strings.Contains(rest, text[c.Start:c.End]) {
			return false
		}
	}
	return true
}

// plainStatement reports whether s states a fact about a thing, not about
// the person or the writer's doubts: no "you", no hedges, no "because".
func plainStatement(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		switch strings.Trim(w, ".,!?") {
		case "you", "you're", "you've", "yours", "u", "ur", "i", "we", "me", "my", "i'm", "i've", "we've", "because", "if", "but", "so", "just", "obviously",
			"clearly", "wrong", "impossible", "lol", "haha", "ignore", "nothing", "not", "isn't", "can't", "doesn't", "never":
			return false
		}
	}
	return true
}

// subjectIsPlain reports whether s is a short noun phrase: one to five
// words, none a pronoun for the person, a verb of doubt or a clause marker.
func subjectIsPlain(s string) bool {
	if strings.ContainsAny(s, ",;:") {
		return false
	}
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 5 {
		return false
	}
	for _, w := range f {
		switch strings.ToLower(w) {
		case "you", "i", "i'm", "you're", "if", "because", "but", "so", "and", "when", "that", "which", "it's", "is", "was":
			return false
		}
	}
	return true
}

func plural(subj string) bool {
	f := strings.Fields(subj)
	w := strings.ToLower(f[len(f)-1])
	if len(f) == 1 && w == "all" {
		return false // "all looks fine": all of it
	}
	switch w {
	case "they", "these", "those", "both", "all", "settings", "logs":
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}
