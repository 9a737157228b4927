package coach

import "strings"

// termForms returns the forms of a glossary term that LABELING.md says
// must not change the label, so that no term lists them by hand: the
// possessive or "is" of its last word ("the MTU's set too high", "the
// firmware's out of date"), the plural of a last word written in the
// singular ("group policies", "load balancers", "BIOSes"), and a term of
// two words written with a hyphen or as one word ("packet-loss",
// "trace-route", "loadbalancer", "ActiveDirectory"). forms are the term's
// spellings so far (the term and termVariants' lower case); each is
// compiled case-sensitively, as termVariants' are. Words with an everyday
// sense in lower case (ambiguous) get only the possessive in capitals, and a term whose
// last element is not a plain word (a gap, a number, a wildcard) or is
// optional keeps the forms it has.
func termForms(forms []string, ambiguous []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, f := range forms {
		seen[f] = true
	}
	add := func(p string) {
		if p != "" && !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, f := range forms {
		fields, err := splitPattern(f)
		if err != nil || len(fields) == 0 {
			continue
		}
		last := fields[len(fields)-1]
		if strings.HasSuffix(last, "?") || !allTermFields(fields) {
			// "running <0-3> as root": a term with a gap or a wildcard
			// names an act, not a thing ("as roots grew").
			continue
		}
		head := strings.Join(fields[:len(fields)-1], " ")
		if head != "" {
			head += " "
		}
		words := strings.Split(last, "|")
		var more []string
		for _, w := range words {
			acr := acronymWord(w)
			if ambiguousWord(w, ambiguous) {
				// In capitals only, as the term itself: "SAML's".
				if acr {
					more = append(more, w+"'s", w+"’s")
				}
				continue
			}
			// "bios's", the lower case of "BIOS", is a possessive too;
			// "cookies" has none.
			if acr || !strings.HasSuffix(strings.ToLower(w), "s") || strings.Contains(forms[0], strings.ToUpper(w)) {
				more = append(more, w+"'s", w+"’s")
			}
			// A plural only where the term has no plural of its own and
			// opens with a word of its own, not a preposition or article
			// ("from source" is not "from sources").
			if len(words) == 1 && !opensWithFunctionWord(fields[0]) {
				if p := pluralForm(w, acr); p != "" && !seen[head+p] {
					more = append(more, p)
				}
			}
		}
		if len(more) > 0 {
			add(head + strings.Join(more, "|"))
		}
		// Two words written joined: "packet-loss", "packetloss".
		if len(fields) == 2 && termField(fields[0]) && !strings.Contains(fields[0], "|") && len(words) == 1 &&
			len(fields[0]) > 1 && len(last) > 1 && !ambiguousWord(fields[0], ambiguous) && !ambiguousWord(last, ambiguous) {
			joined := fields[0] + "-" + last + "|" + fields[0] + last
			if p := pluralForm(last, acronymWord(last)); p != "" && !opensWithFunctionWord(fields[0]) {
				joined += "|" + fields[0] + "-" + p + "|" + fields[0] + p
			}
			add(joined)
		}
	}
	return out
}

// allTermFields reports whether every field of a pattern is a termField.
func allTermFields(fields []string) bool {
	for _, f := range fields {
		if !termField(strings.TrimSuffix(f, "?")) {
			return false
		}
	}
	return true
}

// termField reports whether a pattern field is one word or words
// joined by "|", each made of letters, digits and inner hyphens or dots.
func termField(f string) bool {
	if f == "" {
		return false
	}
	for _, w := range strings.Split(f, "|") {
		if w == "" || !hasLetter(w) {
			return false
		}
		for i := 0; i < len(w); i++ {
			c := w[i]
			if !isASCIIWord(c) && !(c == '-' || c == '.') || (c == '-' || c == '.') && (i == 0 || i == len(w)-1) {
				return false
			}
		}
	}
	return true
}

// acronymWord reports whether w is written in capitals (with digits):
// "MTU", "BIOS", "802.1X" is not one (no two capitals in a row).
func acronymWord(w string) bool {
	n := countChars(w)
	return n.upper >= 2 && n.lower == 0
}

// ambiguousWord reports whether w is one of the terms that are ordinary
// words in lower case (ambiguous_lowercase): they keep their listed forms.
func ambiguousWord(w string, ambiguous []string) bool {
	for _, a := range ambiguous {
		if strings.EqualFold(a, w) {
			return true
		}
	}
	return false
}

// opensWithFunctionWord reports whether a term opens with an article, a
// preposition or a possessive, so that its last word is not the head of a
// noun phrase the term names ("in the console", "from source").
func opensWithFunctionWord(f string) bool {
	for _, w := range strings.Split(strings.ToLower(f), "|") {
		switch w {
		case "the", "a", "an", "my", "your", "our", "their", "its", "in", "from", "through", "via", "using", "of", "on", "to", "into":
			return true
		}
	}
	return false
}

// pluralForm is the plural of a term's last word written in the singular,
// or "" when it has one already or is not a noun's singular: "policy" →
// "policies", "balancer" → "balancers", "BIOS" → "BIOSes", "NIC" → "NICs".
func pluralForm(w string, acronym bool) string {
	if acronym {
		if strings.HasSuffix(w, "S") || strings.HasSuffix(w, "X") {
			return w + "es"
		}
		return w + "s"
	}
	if w != strings.ToLower(w) || len(w) < 3 {
		return ""
	}
	for _, suf := range []string{"s", "ed", "ing", "ly"} {
		if strings.HasSuffix(w, suf) {
			return ""
		}
	}
	n := len(w)
	switch {
	case strings.HasSuffix(w, "y") && strings.IndexByte("aeiou", w[n-2]) < 0:
		return w[:n-1] + "ies"
	case strings.HasSuffix(w, "x") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "z"):
		return w + "es"
	}
	return w + "s"
}

// trimPossessive returns w without a final "'s" or "’s" (a possessive or
// "is": "MTU's", "firmware’s"), and whether it had one.
func trimPossessive(w string) (string, bool) {
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)], true
		}
	}
	return w, false
}

// equalsGloss reports whether an "=" stands at j with words after it:
// "dns = the internet's address book". The sign is read as an opaque
// symbol, so the explained list's "= " cannot see it; a setting written
// whole ("dns=8.8.8.8") is one token and never reaches here.
func equalsGloss(toks []token, j int, text string) bool {
	return j+1 < len(toks) && toks[j].kind == tokOpaque && text[toks[j].start:toks[j].end] == "=" && toks[j+1].kind == tokWord
}

// expandedAfter reports whether the acronym ending at token j-1 is spelled
// out right after it, set off by a comma or a dash, as brackets already
// set off a gloss: "SSO, single sign-on, means …", "MFA – multi-factor
// authentication –". The words' first letters (and those of a hyphenated
// word's parts) spell the acronym; "the" may open the words, "of", "and",
// "for" and "to" may stand inside, and the words must end the clause.
func expandedAfter(toks []token, j int, text string) bool {
	if j < 1 || j+2 >= len(toks) || toks[j].kind != tokPunct {
		return false
	}
	switch toks[j].norm {
	case ",", "-", "–", "—":
	default:
		return false
	}
	t := &toks[j-1]
	if t.kind != tokWord {
		return false
	}
	acr := acronymLetters(text[t.start:t.end])
	if acr == "" {
		return false
	}
	k, pos := j+1, 0
	if toks[k].kind == tokWord && (toks[k].norm == "the" || toks[k].norm == "a" || toks[k].norm == "an") {
		k++
	}
	for ; k < len(toks) && k <= j+1+2*len(acr) && pos < len(acr); k++ {
		w := &toks[k]
		if w.kind != tokWord {
			return false
		}
		for rest := w.norm; rest != ""; {
			// The parts of "sign-on", "input/output", without a slice.
			cut := strings.IndexAny(rest, "-/")
			part := rest
			if cut >= 0 {
				part, rest = rest[:cut], rest[cut+1:]
			} else {
				rest = ""
			}
			if part == "" {
				continue
			}
			switch {
			case pos < len(acr) && part[0] == acr[pos]:
				pos++
			case pos > 0 && (part == "of" || part == "and" || part == "for" || part == "to"):
			default:
				return false
			}
		}
	}
	return pos == len(acr) && (k >= len(toks) || toks[k].kind == tokPunct)
}

// acronymLetters returns the letters of an acronym in lower case ("SSO" →
// "sso", "GPOs" and "MTU's" → "gpo", "mtu"), or "" for a word that is not
// one: two to six letters, all capitals, or all lower case.
func acronymLetters(w string) string {
	w, _ = trimPossessive(w)
	if n := len(w); n > 2 && w[n-1] == 's' && w[n-2] >= 'A' && w[n-2] <= 'Z' {
		w = w[:n-1]
	}
	if len(w) < 2 || len(w) > 6 {
		return ""
	}
	upper, lower := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			upper++
		case c >= 'a' && c <= 'z':
			lower++
		default:
			return ""
		}
	}
	if upper > 0 && lower > 0 {
		return ""
	}
	return strings.ToLower(w)
}

// cmdletVerbs are the verbs PowerShell commands are named with
// ("Get-ADUser", "Restart-Service"), in lower case.
var cmdletVerbs = map[string]bool{
	"get": true, "set": true, "new": true, "remove": true, "add": true, "start": true, "stop": true,
	"restart": true, "test": true, "invoke": true, "import": true, "export": true, "enable": true,
	"disable": true, "install": true, "uninstall": true, "update": true, "clear": true, "reset": true,
	"resolve": true, "repair": true, "register": true, "unregister": true, "mount": true, "dismount": true,
	"rename": true, "select": true, "measure": true, "convert": true, "write": true, "connect": true,
}

// cmdletNouns are one-word nouns of PowerShell commands written with a
// capital ("Get-Service", "Test-Connection"); "Start-Date" on a form or
// "Copy-Paste" name no command.
var cmdletNouns = map[string]bool{
	"process": true, "service": true, "item": true, "childitem": true, "content": true, "help": true,
	"command": true, "module": true, "acl": true, "printer": true, "disk": true, "volume": true,
	"partition": true, "package": true, "mailbox": true, "computer": true, "credential": true,
	"hotfix": true, "connection": true, "eventlog": true, "winevent": true, "executionpolicy": true,
}

// cmdletShape reports whether a hyphenated word is a PowerShell command
// written as text: a command verb, a hyphen and a noun that is either
// written in camel case ("Get-ADUser", "Resolve-DnsName") or one of the
// commands' own nouns with a capital ("Restart-Service"). In lower case
// only the commands' own joined nouns count ("get-childitem"): "new-user"
// and "set-up" are everyday words. norm is the word in lower case, as its
// token holds it, so the look-ups lower nothing.
func cmdletShape(raw, norm string) bool {
	k := strings.IndexByte(raw, '-')
	if k < 3 || k+4 > len(raw) || len(norm) != len(raw) || !cmdletVerbs[norm[:k]] {
		return false
	}
	noun, low := raw[k+1:], norm[k+1:]
	inner := 0
	for i := 1; i < len(noun); i++ {
		if noun[i] >= 'A' && noun[i] <= 'Z' {
			inner++
		}
	}
	capital := noun[0] >= 'A' && noun[0] <= 'Z' && raw[0] >= 'A' && raw[0] <= 'Z'
	switch {
	case capital && inner > 0:
		return true
	case capital:
		return cmdletNouns[low]
	default:
		switch low {
		case "childitem", "executionpolicy", "eventlog", "winevent":
			return raw == strings.ToLower(raw)
		}
		return false
	}
}

// productWords name a product line after a brand in capitals ("OBS
// Studio", "XYZ Player", "ABC Cloud"), written with a capital.
var productWords = map[string]bool{
	"studio": true, "workbench": true, "player": true, "desktop": true, "suite": true, "cloud": true,
	"online": true, "express": true, "edition": true, "enterprise": true, "premium": true, "pro": true,
	"plus": true, "max": true, "mini": true, "live": true, "music": true, "pay": true, "store": true,
	"mobile": true, "home": true, "business": true,
}

// productLine reports whether the acronym at i is a brand named with its
// product line, capitalised after it: "OBS Studio", "ZKX Player".
// LABELING.md keeps brand and product names clean.
func productLine(toks []token, i int, text string) bool {
	if i+1 >= len(toks) {
		return false
	}
	n := &toks[i+1]
	return n.kind == tokWord && text[n.start] >= 'A' && text[n.start] <= 'Z' && productWords[n.norm] &&
		!(text[n.end-1] >= 'A' && text[n.end-1] <= 'Z')
}

// quotedCommands open a command line typed as text.
var quotedCommands = [...]string{"sudo ", "apt-get ", "apt install ", "apt remove ", "apt purge ", "apt update", "apt upgrade"}

// quotedCommand reports whether a quote holds a command line typed as text
// ("I tried "sudo apt purge foo" and rebooted", "\"1. sudo apt update 2.
// reboot\""): LABELING.md counts `sudo`-style commands written as plain
// text, and quotes only mark where they start and end.
func quotedCommand(raw string) bool {
	if len(raw) < 7 || raw[0] != '"' {
		return false
	}
	for _, c := range quotedCommands {
		for k := 1; k+len(c) < len(raw); k++ {
			if strings.EqualFold(raw[k:k+len(c)], c) && !isASCIIWord(raw[k-1]) && isASCIIWord(raw[k+len(c)]) {
				return true
			}
		}
	}
	return false
}

// quotedFlagged reports whether a quote holds a short command with a flag:
// a lower-case word and a dash glued to one or two letters ("ls -h",
// "free -m", "lshw -C network"), at most four words. Quoted speech rarely
// glues a dash to a letter; a quoted dash with spaces ("well - maybe") is
// no flag.
func quotedFlagged(raw string) bool {
	in := strings.Trim(raw, "\"“”")
	f := strings.Fields(in)
	if len(f) < 2 || len(f) > 4 || len(in)+2 < len(raw) {
		return false
	}
	cmd, flag := f[0], f[1]
	if len(cmd) < 2 || len(cmd) > 12 || len(flag) < 2 || len(flag) > 3 || flag[0] != '-' {
		return false
	}
	for k := 0; k < len(cmd); k++ {
		if c := cmd[k]; (c < 'a' || c > 'z') && (c != '-' || k == 0) {
			return false
		}
	}
	for k := 1; k < len(flag); k++ {
		if c := flag[k] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// expandedBefore reports whether the acronym at token i is spelled out
// earlier in the message by capitalised words ("the Office of Disability
// Affairs … the ODA", "Network Time Check (later NTC)"): their first
// letters spell it, with "of", "and", "for", "the" and "to" allowed inside.
// The reader has already been told its name. Only a detected term reaches
// it, so the scan costs nothing on the common path.
func expandedBefore(toks []token, i int, text string) bool {
	t := &toks[i]
	if t.kind != tokWord {
		return false
	}
	acr := acronymLetters(text[t.start:t.end])
	if len(acr) < 3 {
		return false
	}
	for s := 0; s+len(acr) <= i; s++ {
		if spellsAcronym(toks, s, i, acr, text) {
			return true
		}
	}
	return false
}

// spellsAcronym reports whether capitalised words from token s, before
// token end, have acr's letters as their initials.
func spellsAcronym(toks []token, s, end int, acr, text string) bool {
	pos := 0
	for k := s; k < end && pos < len(acr); k++ {
		w := &toks[k]
		if w.kind != tokWord {
			return false
		}
		c := text[w.start]
		switch {
		case c >= 'A' && c <= 'Z' && w.norm[0] == acr[pos]:
			pos++
		case pos > 0 && (w.norm == "of" || w.norm == "and" || w.norm == "for" || w.norm == "the" || w.norm == "to"):
		default:
			return false
		}
	}
	return pos == len(acr)
}
