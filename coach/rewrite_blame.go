package coach

import "strings"

// pastParticiple maps past tenses to participles where they differ.
var pastParticiple = map[string]string{
	"broke": "broken", "took": "taken", "wrote": "written", "gave": "given", "forgot": "forgotten", "ran": "run",
	"put": "put", "set": "set", "shut": "shut", "cut": "cut", "left": "left", "sent": "sent", "lost": "lost",
	"made": "made", "hid": "hidden", "overwrote": "overwritten", "threw": "thrown", "reset": "reset",
	"uninstalled": "uninstalled", "upset": "upset", "ate": "eaten",
}

// neutralAccount turns "You deleted the shared calendar on Monday." into
// "The shared calendar was deleted on Monday.": what happened, told without
// pointing at the person. Only the plain shape "you + past verb + object"
// opening a sentence is turned, up to the end of its clause; the rest of
// the sentence stays for the other edits. Anything else is a suggestion.
func neutralAccount(text string, f Finding, code []Span) (spanEdit, bool) {
	sStart, sEnd := sentenceOf(text, f, code)
	s := sStart
	for s < len(text) && text[s] == ' ' {
		s++
	}
	// "So you deleted…", "Sure, but you didn't…" may be told anew; "I
	// think you…" may not.
	for _, w := range strings.Fields(strings.ToLower(text[s:f.Start])) {
		switch strings.Trim(w, ",.") {
		case "so", "ok", "okay", "looks", "like", "yeah", "sure", "but", "and", "well", "hmm", "right":
		default:
			return spanEdit{}, false
		}
	}
	// The clause: up to the first separator or the end of the sentence.
	cEnd := f.End
	for cEnd < sEnd && strings.IndexByte(",;:.!?—–", text[cEnd]) < 0 || insideAny(code, cEnd) && cEnd < sEnd {
		cEnd++
	}
	if overlapsAny(code, f.Start, cEnd) {
		return spanEdit{}, false
	}
	words := strings.Fields(text[f.Start:cEnd])
	if len(words) < 3 || !strings.EqualFold(words[0], "you") {
		return spanEdit{}, false
	}
	verb := strings.ToLower(words[1])
	neg := false
	if (verb == "didn't" || verb == "didn’t") && len(words) > 3 {
		// "you didn't fill the tray" → "the tray wasn't filled"; but
		// "the instructions weren't read" still scolds the reader, with
		// the reader hidden: what goes unread has only one reader.
		switch strings.ToLower(words[2]) {
		case "read", "follow", "check", "see", "notice", "listen", "watch", "look", "open", "scroll", "search":
			return spanEdit{}, false
		}
		p, ok := participleOf(strings.ToLower(words[2]))
		if !ok {
			return spanEdit{}, false
		}
		neg, verb, words = true, p, append([]string{words[0], p}, words[3:]...)
	}
	may := false
	if (verb == "must" || verb == "probably") && len(words) > 4 && strings.EqualFold(words[2], "have") {
		// "You must have clicked the link" → "The link may have been clicked"
		may, verb, words = true, strings.ToLower(words[3]), append([]string{words[0], words[3]}, words[4:]...)
	}
	part, ok := pastParticiple[verb]
	if neg {
		part, ok = verb, true
	}
	if may && !ok {
		for _, p := range pastParticiple {
			if p == verb {
				part, ok = p, true // already a participle: "overwritten"
			}
		}
	}
	if !ok {
		if !strings.HasSuffix(verb, "ed") || len(verb) < 5 {
			return spanEdit{}, false
		}
		part = verb
	}
	switch strings.ToLower(words[2]) {
	case "the", "your", "this", "that", "these", "those", "our", "my":
	default:
		return spanEdit{}, false
	}
	obj := []string{words[2]}
	i := 3
	for ; i < len(words) && i < 8; i++ {
		lw := strings.ToLower(words[i])
		if functionWord(lw) || timeWord(lw) || strings.HasSuffix(lw, "ly") || lw == "somehow" || lw == "anyway" {
			break
		}
		obj = append(obj, words[i])
	}
	if len(obj) < 2 {
		return spanEdit{}, false
	}
	tail := strings.Join(words[i:], " ")
	rel := ""
	if i < len(words) && (strings.EqualFold(words[i], "of") || strings.EqualFold(words[i], "about")) {
		return spanEdit{}, false // "the email about the move": whose phrase is it?
	}
	if i < len(words) && (strings.EqualFold(words[i], "that") || strings.EqualFold(words[i], "which")) {
		// A relative clause belongs to the object: "the tray that you
		// print from wasn't filled".
		rel, tail = " "+tail, ""
	}
	for _, bad := range []string{"you", "again", "without", "even", "instead", "by", "when", "while", "because"} {
		for _, w := range strings.Fields(tail) {
			if strings.EqualFold(w, bad) {
				return spanEdit{}, false // still pointing at the person
			}
		}
	}
	for _, w := range obj {
		switch strings.ToLower(strings.Trim(w, ".,!?")) {
		case "mess", "mistake", "mistakes", "error", "blunder", "screwup", "screw-up", "cockup", "fiasco", "disaster", "damage":
			// "You made the mess" → "The mess was made": a verdict
			// with the culprit hidden, not a neutral account.
			return spanEdit{}, false
		}
	}
	if may {
		// "may have been pasted" next to "there's no other way it fails"
		// hedges and insists at once.
		rest := strings.ToLower(text[cEnd:sEnd])
		for _, w := range []string{"no other way", "only way", "nothing else", "no other", "must", "definitely", "certainly", "obviously", "clearly", "no doubt", "for sure"} {
			if strings.Contains(rest, w) {
				return spanEdit{}, false
			}
		}
	}
	objText := strings.Join(obj, " ") + rel
	if isAllCaps(text[f.Start:cEnd]) {
		// "YOU BROKE THE PRINTER." → "The printer stopped working.": the
		// account does not shout; short acronyms ("VPN") stay.
		objText = unshout(objText)
	}
	var rep string
	if neg {
		be := "wasn't"
		if plural(strings.Join(obj, " ")) {
			be = "weren't"
		}
		rep = objText + " " + be + " " + part
	} else if may {
		rep = objText + " may have been " + part
		if verb == "broken" || verb == "broke" {
			return spanEdit{}, false
		}
	} else if verb == "broke" {
		rep = objText + " stopped working" // "was broken" would say it arrived so
	} else {
		be := "was"
		if plural(objText) {
			be = "were"
		}
		rep = objText + " " + be + " " + part
	}
	if f.Start == s {
		rep = capitalise(rep)
	}
	if tail != "" {
		rep += " " + tail
	}
	return spanEdit{start: f.Start, end: cEnd, rep: rep, safe: true}, true
}

// participleOf gives the past participle of a base verb: a few pastParticiple
// ones, then the regular spelling rules ("fill" → "filled", "save" →
// "saved", "plug" → "plugged", "copy" → "copied").
func participleOf(base string) (string, bool) {
	switch base {
	case "send":
		return "sent", true
	case "set", "put", "shut", "cut", "reset", "read", "run", "hit", "upset":
		return base, true
	case "take":
		return "taken", true
	case "give":
		return "given", true
	case "write":
		return "written", true
	case "make":
		return "made", true
	case "do", "go", "be", "have", "get", "see", "know", "think", "say", "tell", "come", "find", "use", "try":
		return "", false // too many senses to turn safely
	}
	if len(base) < 3 || strings.IndexFunc(base, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
		return "", false
	}
	n := len(base)
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	switch {
	case base[n-1] == 'e':
		return base + "d", true
	case base[n-1] == 'y' && !vowel(base[n-2]):
		return base[:n-1] + "ied", true
	case n <= 4 && !vowel(base[n-1]) && vowel(base[n-2]) && !vowel(base[n-3]) && strings.IndexByte("wxy", base[n-1]) < 0:
		return base + base[n-1:] + "ed", true
	}
	return base + "ed", true
}

// timeWord lists words that start a time phrase after an object.
func timeWord(w string) bool {
	switch w {
	case "yesterday", "today", "earlier", "last", "this", "monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday", "overnight", "tonight", "recently":
		return true
	}
	return false
}

// unshout lowers the words of an all-capitals phrase, keeping short
// acronyms ("THE VPN CONFIG" → "the VPN config").
func unshout(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		switch lw := strings.ToLower(w); {
		case len(w) > 3, lw == "the", lw == "a", lw == "an", lw == "my", lw == "our", lw == "its", lw == "of", lw == "on", lw == "in":
			f[i] = lw
		}
	}
	return strings.Join(f, " ")
}
