package coach

import (
	"slices"
	"strings"
)

// The jargon detector finds technical terms the glossary does not know:
// words rare in general English (missing from SCOWL's common sizes and from
// the everyday list), unknown acronyms, camelCase and snake_case names,
// names with versions in them, command-line flags, paths, registry keys,
// technical file names and Linux component names. Such a term has no gloss
// on file, so its finding asks the writer to explain it in plain words.

// maxUnknownTerms caps the detector's findings in one message: past three,
// a nudge per term is noise.
const maxUnknownTerms = 3

// maxHits bounds the terms collected from one message, so that a huge
// message of terms costs time in proportion to its length.
const maxHits = 32

// maxTermLen bounds the length of a word judged for rarity: a longer one is
// an ID or noise, and judging it would cost time in proportion to its square.
const maxTermLen = 40

// jargonHit is a detected term: tokens [i, end), named by the text at
// bytes [bs, be) (the path alone inside a quoted error message).
type jargonHit struct{ i, end, bs, be int }

// jargonCandidates is the analyser's jargon step: it turns the glossary terms
// found in the message and the terms the detector finds into candidates,
// unless the message is quiet for jargon.
//
// Who wrote it decides first: a requester who uses a term knows it, and a
// staff member writing as a requester (their own report, their own stress)
// writes to IT colleagues. A message addressed to a colleague is quiet
// whoever wrote it. Without a role (`rapport check`, a DM) the text alone
// is judged, as LABELING.md labels it: a requester-sounding message with a
// glossary term, a command, a path or a component name is jargon ("my
// xorg.conf is gone", "dmesg is full of errors"), since its reader would
// need the term explained. Only an unknown acronym stays quiet there: in
// the writer's own report it is most often the name of their product, plan
// or channel.
func (a *Analyzer) jargonCandidates(toks []token, text string, c Context, cands []candidate, terms []termState) []candidate {
	if c.Role == RoleRequester {
		return cands
	}
	det := a.jargonDetector()
	var hits []jargonHit
	if det != nil {
		hits = a.unknownTerms(toks, text)
	}
	if len(terms) == 0 && len(hits) == 0 {
		return cands
	}
	gr := a.jargonGlossary(terms)
	if gr == nil {
		return cands // no glossary rule: nothing says what explains a term
	}
	if a.internalMessage(gr, toks, text) {
		return cands
	}
	ownReport := hasCategory(cands, Frustration) || a.requesterReport(gr, toks, text)
	if ownReport && c.Role == RoleStaff {
		return cands
	}
	for _, ts := range terms {
		if ts.first >= 0 && !ts.explained && !ts.term.inOtherSense(toks, text) {
			cands = append(cands, candidate{start: toks[ts.first].start, end: toks[ts.firstEnd-1].end, rule: ts.term.rule, term: ts.term})
		}
	}
	if ownReport {
		// In the writer's own report an unknown acronym is most often the
		// name of their own product, plan or channel ("my NBCSN channel"),
		// while a command, a path or a component name is still a term the
		// reader would need explained ("my xorg.conf is gone").
		kept := hits[:0]
		for _, h := range hits {
			if !acronymShaped(text[toks[h.i].start:toks[h.i].end]) {
				kept = append(kept, h)
			}
		}
		hits = kept
	}
	// As for glossary terms, a term explained anywhere in the message is
	// not flagged, and one that is not is flagged at its first use.
	var explained []string
	for _, h := range hits {
		if termExplained(gr, toks, h.i, h.end, text) || nounExplained(gr, toks, h.end, text) || mentionedTerm(toks, h.i, h.end, lexicon()) ||
			h.end == h.i+1 && expandedBefore(toks, h.i, text) {
			explained = append(explained, toks[h.i].norm)
		}
	}
	flagged := 0
	for n, h := range hits {
		if flagged == maxUnknownTerms {
			break
		}
		w := toks[h.i].norm
		if slices.Contains(explained, w) || repeatedHit(hits[:n], toks, w) || overlapsTerm(terms, h) {
			continue
		}
		// A quoted name is named without its quote marks: the message
		// puts its own round it.
		bs, be := h.bs, h.be
		if inner := strings.Trim(text[bs:be], quoteMarks); inner != "" && len(inner) < be-bs {
			bs += strings.Index(text[bs:be], inner)
			be = bs + len(inner)
		}
		rep := strings.NewReplacer("{term}", text[bs:be])
		ti := &termInfo{rule: det, message: rep.Replace(det.message), suggestion: rep.Replace(det.suggestion)}
		cands = append(cands, candidate{start: bs, end: be, rule: det, term: ti})
		flagged++
	}
	return cands
}

// jargonDetector returns the active rule with the "jargon" detector, or nil
// when it is disabled.
func (a *Analyzer) jargonDetector() *compiledRule {
	for _, r := range a.signals {
		if r.detector == "jargon" {
			return r
		}
	}
	return nil
}

// jargonGlossary returns the glossary rule whose explanation and colleague
// phrases apply: the first term's, or the first jargon glossary rule.
func (a *Analyzer) jargonGlossary(terms []termState) *compiledRule {
	if len(terms) > 0 {
		return terms[0].term.rule
	}
	for _, r := range a.rules {
		if r.kind == kindGlossary && r.category == Jargon {
			return r
		}
	}
	return nil
}

// termExplained reports whether the message explains the term at tokens
// [i, end) right there, as the glossary rules define it.
func termExplained(r *compiledRule, toks []token, i, end int, text string) bool {
	return explainedAfter(r, toks, end, text) && !oneOfAlternatives(toks, i, end) ||
		condEndingAt(&r.explainedBefore, toks, i, text) ||
		(i > 0 && toks[i-1].kind == tokPunct && (toks[i-1].norm == "(" || toks[i-1].norm == "“"))
}

// oneOfAlternatives reports whether the term at [i, end) is one item of a
// list of alternatives, so the ", or" after it leads to the next item, not
// to a gloss: "or the machine, or libc, or anything global", "either
// dnsmasq, or a full server", "use dig, nslookup, or host". A gloss's ", or"
// follows the term itself ("the MTU, or packet size").
func oneOfAlternatives(toks []token, i, end int) bool {
	if i == 0 || end+1 >= len(toks) || toks[end].norm != "," || toks[end+1].norm != "or" {
		return false
	}
	switch toks[i-1].norm {
	case "or", "either", ",":
		return true
	}
	return false
}

// nounExplained reports whether a technical noun right after a term is
// explained, and the term with it: "the OST file, which is Outlook's
// offline copy", "the avahi daemon (it finds printers)".
func nounExplained(r *compiledRule, toks []token, j int, text string) bool {
	return j+1 < len(toks) && toks[j].kind == tokWord && lexicon().roleOf(&toks[j])&roleNoun != 0 &&
		explainedAfter(r, toks, j+1, text)
}

// explainedAfter reports whether the words from token j on explain the term
// ending there ("DNS, the internet's address book"). A comma and "the" open
// a new clause, not a gloss, when an auxiliary follows before any relative
// word: "try alsamixer, the master channel is muted".
func explainedAfter(r *compiledRule, toks []token, j int, text string) bool {
	if equalsGloss(toks, j, text) || expandedAfter(toks, j, text) {
		return true
	}
	if !condBeforeNoBreak(&r.explained, toks, j, text) || menuPathAfter(toks, j) || placeInBrackets(toks, j) || flagDash(toks, j, text) {
		return false
	}
	if j+2 >= len(toks) || toks[j].norm != "," {
		return true
	}
	if toks[j+1].norm == "or" && choiceAsked(toks, j+2) {
		return false // "are you on a chroot, or chrootless?": a choice, not a gloss
	}
	switch toks[j+1].norm {
	case "the", "a", "an":
	default:
		return true
	}
	for k := j + 2; k < len(toks) && k < j+10; k++ {
		t := &toks[k]
		if t.kind != tokWord {
			if t.clause {
				return true
			}
			continue
		}
		switch t.norm {
		case "that", "which", "who", "where", "whose", "when", "you", "we", "it", "they", "i":
			return true // "the log you can read": a relative clause
		case "is", "are", "was", "were", "isn't", "aren't", "wasn't", "weren't", "has", "have",
			"hasn't", "haven't", "should", "will", "won't", "can", "can't", "could", "might",
			"may", "must", "does", "doesn't", "did", "didn't", "needs", "seems":
			return false
		}
	}
	return true
}

// flagDash reports whether a dash at j is a command's flag, not a dash
// that opens a gloss: it stands after a space and is glued to a letter
// ("lshw -C network", "ls -R folder", "grep -E pattern"). A gloss's dash has
// a space on both sides ("DNS - the internet's address book").
func flagDash(toks []token, j int, text string) bool {
	t := &toks[j]
	if t.kind != tokPunct || t.norm != "-" || t.end >= len(text) || t.start == 0 || text[t.start-1] != ' ' {
		return false
	}
	c := text[t.end] | 0x20
	return c >= 'a' && c <= 'z'
}

// choiceAsked reports whether the words from token j run straight to a
// question mark: "…, or chrootless?" offers a choice. A gloss is set off
// and the sentence goes on ("the MTU, or packet size, set to 1500?").
func choiceAsked(toks []token, j int) bool {
	for k := j; k < len(toks) && k < j+maxSentenceReach; k++ {
		t := &toks[k]
		if t.kind == tokPunct && strings.Contains(t.norm, "?") {
			return true
		}
		if t.clause || t.sentence {
			return false
		}
	}
	return false
}

// placeInBrackets reports whether a bracket at j says where the term is
// found or which set-up it is, not what it is: "disable autoSync (under
// Settings)", "set the MTU (in the router's page)", "the xorg log (see
// below)". "(in other words …)" still explains.
func placeInBrackets(toks []token, j int) bool {
	if j+1 >= len(toks) || toks[j].norm != "(" {
		return false
	}
	switch toks[j+1].norm {
	case "in":
		return !(j+2 < len(toks) && (toks[j+2].norm == "other" || toks[j+2].norm == "plain" || toks[j+2].norm == "simple" || toks[j+2].norm == "short"))
	case "under", "inside", "at", "on", "from", "via", "see", "below", "above", "e.g.", "eg":
		return true
	}
	// "an emulator (Android 4.1, 512MB ram)", "the driver (v2.3)": a
	// bracket that opens with a number, or a name and its number, says
	// which set-up or release, not what the term is.
	if toks[j+1].kind == tokNumber {
		return true
	}
	return j+2 < len(toks) && toks[j+1].kind == tokWord && toks[j+2].kind == tokNumber
}

// menuPathAfter reports whether a colon or dash at j opens a menu path, not
// a gloss: "clear the cache: Settings > Apps > Storage" says where to tap,
// not what a cache is.
func menuPathAfter(toks []token, j int) bool {
	if j >= len(toks) || toks[j].kind != tokPunct {
		return false
	}
	switch toks[j].norm {
	case ":", "-", "–", "—":
	default:
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+6; k++ {
		t := &toks[k]
		if t.kind != tokPunct {
			continue
		}
		switch t.norm {
		case ">", "→", "›", "»":
			return true
		}
		if t.clause {
			return false
		}
	}
	return false
}

// maxQuotedTerm is the most words a quote may hold and still name a term.
const maxQuotedTerm = 4

// quotedTerm reports whether the words of a quote name a thing rather than
// quote speech: a few words with no pronoun or verb of a clause ("the “30
// second power cycle”", "a “DNS flush”"; not “it's always DNS”).
func quotedTerm(qt []token) bool {
	words := 0
	for k := range qt {
		if qt[k].kind != tokWord && qt[k].kind != tokNumber {
			continue
		}
		words++
		switch qt[k].norm {
		case "i", "you", "we", "it", "it's", "its", "they", "he", "she", "this", "that", "is", "are",
			"was", "were", "be", "not", "always", "never", "have", "has", "do", "does", "did", "can", "will":
			return false
		}
	}
	return words > 0 && words <= maxQuotedTerm
}

// acronymShaped reports whether w is written in capitals ("DSLAM", "VMs").
func acronymShaped(w string) bool {
	n := countChars(w)
	return capitalsShape(w, n.upper, n.lower)
}

// charCounts are the ASCII capitals, small letters, digits and hyphens of
// a word; other counts what is none of these nor an apostrophe (another
// script, an accent).
type charCounts struct{ upper, lower, digit, hyphen, other int }

func countChars(w string) charCounts {
	var n charCounts
	for k := 0; k < len(w); k++ {
		switch c := w[k]; {
		case c >= 'A' && c <= 'Z':
			n.upper++
		case c >= 'a' && c <= 'z':
			n.lower++
		case c >= '0' && c <= '9':
			n.digit++
		case c == '-':
			n.hyphen++
		case c == '\'':
		default:
			n.other++
		}
	}
	return n
}

// capitalsShape reports whether a word w with upper capitals and lower
// small letters is an acronym's shape: two capitals or more, and at most a
// plural "s".
func capitalsShape(w string, upper, lower int) bool {
	return upper >= 2 && (lower == 0 || lower == 1 && w[len(w)-1] == 's')
}

// repeatedHit reports whether an earlier hit is the term w.
func repeatedHit(prev []jargonHit, toks []token, w string) bool {
	for _, p := range prev {
		if toks[p.i].norm == w {
			return true
		}
	}
	return false
}

// overlapsTerm reports whether a glossary term's first use covers hit h.
func overlapsTerm(terms []termState, h jargonHit) bool {
	for _, ts := range terms {
		if ts.first >= 0 && ts.first < h.end && h.i < ts.firstEnd {
			return true
		}
	}
	return false
}

// unknownTerms lists the technical terms in toks that the glossary lacks.
func (a *Analyzer) unknownTerms(toks []token, text string) []jargonHit {
	lx := lexicon()
	var hits []jargonHit
	var buf []byte
	// Each word's role (command verb, technical noun, component name) is
	// looked up once, as the next word of the one before.
	var prev, cur, next wordRole
	if len(toks) > 0 {
		cur = lx.roleOf(&toks[0])
	}
	tweet := len(toks) > 0 && toks[0].kind == tokOpaque && text[toks[0].start] == '@' || numericHandle(toks, text)
	for i := range toks {
		t := &toks[i]
		next = 0
		if i+1 < len(toks) {
			next = lx.roleOf(&toks[i+1])
		}
		var tech bool
		start := i
		bs, be := t.start, t.end // the hit's bytes, when narrower than its tokens
		switch t.kind {
		case tokWord:
			// In a tweet the word after "install", "run" or "restart" is
			// an app's name far more often than a command ("reinstall
			// shazam", "restart fortnite").
			frame := prev&roleVerb != 0 && !tweet || next&roleNoun != 0
			tech = a.technicalWord(toks, i, text, lx, &buf, cur&roleTechnical != 0, frame) && !releaseName(toks, i, text) &&
				!(cur&roleTechnical == 0 && releasedElsewhere(toks, i, text)) ||
				manPage(toks, i, text, lx) && !a.glossaryWord(t.norm)
			// In a tweet, a short run of small consonants that no list
			// names is a plain word cut short to fit ("mftr", "sch",
			// "mktg"), and a word in capitals that is the whole tweet is a
			// shout or a foreign word ("@shop OLA"), far more often than a
			// term: only listed components stay terms there. An acronym
			// inside a sentence is still judged ("not XYZ compliant").
			if tech && tweet && cur&roleTechnical == 0 && (!acronymShaped(text[t.start:t.end]) || loneWord(toks, i) || len(t.norm) > 7) {
				tech = false
			}
			// In a tweet about a trip, three capitals where a place stands
			// name an airport or a region whether or not the tweet says
			// "flight" ("the crew at PDX", "home in QXZ", "QXZ nonstop to
			// Denver").
			if tech && tweet && cur&roleTechnical == 0 && placeCode(toks, i, text, lx) {
				tech = false
			}
			// Four capitals led by K or W in a message about a broadcast
			// are a station's call sign ("the WQXT report", "KQED's
			// stream"), a name and no term.
			if tech && cur&roleTechnical == 0 && callSign(toks, i, text, lx) {
				tech = false
			}
			if tech && cur&roleTechnical == 0 && lettersOnly(t.norm) && namedActor(toks, i) {
				tech = false
			}
			// Capitals naming the service a customer uses, by what it
			// offers them ("the SWT app", "TNF games", "the ABC website"),
			// are a brand; a listed component ("the DNS app") stays a term.
			if tech && cur&roleTechnical == 0 && lettersOnly(t.norm) && (acronymShaped(text[t.start:t.end]) || consonantCode(t.norm)) && brandOffer(toks, i) {
				tech = false
			}
			// A sum with its currency glued on ("Ksh2,000.00",
			// "INR1500", "Rs.500") is money, not a term.
			if tech && currencyAmount(text[t.start:t.end]) {
				tech = false
			}
			if tech && cur&roleTechnical == 0 && !acronymShaped(text[t.start:t.end]) && datedName(toks, i) {
				tech = false
			}
		case tokPunct:
			// "File::Glob", "std::vector": a name inside a module or a
			// namespace, written glued; the tokenizer splits it at each
			// colon. Only a colon glued to a word on both sides is looked at.
			if t.norm == ":" && i > 0 && i+2 < len(toks) && scopedName(toks, i, text) {
				if n := len(hits); n > 0 && hits[n-1].end == i {
					hits = hits[:n-1] // "std" alone was a consonant code: the whole name replaces it
				}
				hits = append(hits, jargonHit{i - 1, i + 3, toks[i-1].start, toks[i+2].end})
				if len(hits) == maxHits {
					return hits
				}
			}
		case tokOpaque:
			raw := text[t.start:t.end]
			switch t.prot {
			case spanQuote:
				// A path or file name in quotes ("/etc/app.conf") is still
				// the path: quotes mark where it starts and ends.
				ps, pe, ok := quotedPath(raw, lx)
				if ok && !strings.ContainsAny(raw, " \t\n") {
					ps, pe = 0, len(raw) // the whole quote is the path
				}
				tech = ok || quotedComponent(raw, lx) || quotedCommand(raw) || quotedFlagged(raw)
				if ok {
					bs, be = t.start+ps, t.start+pe
				}
			case spanCode:
				if name, ok := gnuQuote(raw); ok {
					// Pasted error output quotes `name' GNU-style; only
					// the name is read, as a quoted name is.
					q := `"` + name + `"`
					_, _, ok := quotedPath(q, lx)
					tech = ok || quotedComponent(q, lx)
					break
				}
				tech = codeTerm(raw) && !codeToType(toks, i) && !backtickApostrophe(text, t.start) && !screenLabel(raw, lx) &&
					!issueLabel(toks, i) && !issueRef(raw) && !docFile(strings.Trim(raw, "`")) &&
					!plainCode(raw, lx) && !productCode(raw) && !settingPhrase(raw, lx)
			case spanPath:
				// A one-letter flag is reported with its command ("df -h"),
				// unless that command is listed and reported itself
				// ("uname -a"). A last "-jt" signs off a reply; it is not a
				// flag, unless it follows a command.
				flag := shortFlag(toks, i, raw, text) && !lx.listed(toks[i-1].norm)
				tech = (technicalPath(raw, lx) || flag || dotName(toks, i, raw, lx)) && !a.commandSwitch(toks, i, raw, lx) && !chatHandle(toks, i, raw) && !choiceList(toks, i, raw, lx) &&
					!rangeDash(toks, i, raw) && !accountName(toks, i) &&
					!(tweet && moneyShorthand(raw)) && !currencyAmount(raw) && !redactionMask(text, t) &&
					!(raw[0] == '-' && lastSubstantive(toks) == i && !(flag && (consonants(toks[i-1].norm) || strings.IndexByte(toks[i-1].norm, '-') > 0)) && !longOption(toks, i, raw, text, lx))
				if flag && !technicalPath(raw, lx) {
					start, bs = i-1, toks[i-1].start
				}
				if tech {
					be = closeBrackets(text, raw, be) // ".next()", "${PN}": named whole
				}
			}
		}
		if tech {
			hits = append(hits, jargonHit{start, i + 1, bs, be})
			if len(hits) == maxHits {
				break
			}
		}
		prev, cur = cur, next
	}
	return hits
}

// scopedName reports whether the colon at i and the one after it join the
// words on either side with nothing between ("File::Glob").
func scopedName(toks []token, i int, text string) bool {
	p, c, n := &toks[i-1], &toks[i+1], &toks[i+2]
	return p.kind == tokWord && c.kind == tokPunct && c.norm == ":" && n.kind == tokWord &&
		p.end == toks[i].start && toks[i].end == c.start && c.end == n.start &&
		isASCIILetter(text[p.end-1]) && isASCIILetter(text[n.start])
}

// closeBrackets extends a path's end be over the closing braces that the
// tokenizer trimmed as punctuation but that close a brace opened inside the
// path raw: "${PN" is named "${PN}". (A method's "(" stays open: tests pin
// "reader.open(" as it is written.)
func closeBrackets(text, raw string, be int) int {
	for open := strings.Count(raw, "{") - strings.Count(raw, "}"); open > 0 && be < len(text) && text[be] == '}'; open-- {
		be++
	}
	return be
}

// releaseName reports whether the word at i names a product by its release:
// a version number or "version" follows it ("ltsp 19.09", "LTSP version
// 5", "FooBar v2"). LABELING.md counts brand, product and release names as
// clean; a term is named by what it does, not by its release.
func releaseName(toks []token, i int, text string) bool {
	if i+1 >= len(toks) {
		return false
	}
	n := &toks[i+1]
	switch {
	case n.kind == tokNumber, n.kind == tokOpaque && n.start < len(text) && text[n.start] >= '0' && text[n.start] <= '9':
		return true
	case n.kind == tokWord:
		switch n.norm {
		case "version", "versions", "release", "releases":
			return true
		}
		return len(n.norm) >= 2 && n.norm[0] == 'v' && n.norm[1] >= '0' && n.norm[1] <= '9'
	}
	return false
}

// datedName reports whether the word at i is dated as a release by the
// word before it ("the old ltsp", "a 5-year old qrxb", "the new zorbix"):
// like a version number, an age names which release of a product or a
// project the writer means, and LABELING.md keeps those names clean. Only
// unlisted words that are not all capitals reach it: "the old kernel" is
// still a term, and so is a device's acronym ("the new ONT is blinking").
func datedName(toks []token, i int) bool {
	if i == 0 || toks[i-1].kind != tokWord {
		return false
	}
	switch toks[i-1].norm {
	case "old", "older", "oldest", "new", "newer", "newest", "latest":
		return true
	}
	return false
}

// releasedElsewhere reports whether the message gives the word at i a
// release, glued on ("QRXB7", "qrxb12") or somewhere else in the message
// ("QRXB 19", "Zorbix version 3").
// A word the writer numbers as a release is a product's or a project's name
// all through the message ("the old QRXB beside the new QRXB7", "qrxb12
// … the qrxb server"), the way "Ubuntu 22.04" names Ubuntu; a term is named
// by what it does, not by its release. Listed components never reach it.
func releasedElsewhere(toks []token, i int, text string) bool {
	w := toks[i].norm
	if base, ok := gluedRelease(w); ok {
		if _, listed := lexicon().technical[base]; listed {
			return false // "UTF8", "HTTP2": a standard's version is still a term
		}
		return true
	}
	for k := range toks {
		if k == i || toks[k].kind != tokWord {
			continue
		}
		n := toks[k].norm
		if n == w && releaseName(toks, k, text) {
			return true
		}
		if base, ok := gluedRelease(n); ok && base == w {
			return true
		}
	}
	return false
}

// listedRelease reports whether w is a listed component with one or two
// digits of its release glued on ("bluez5", "gtk3", "http2"). The name
// must have three letters or more: "mp3" and "ps4" are no components.
func listedRelease(w string, lx *jargonLexicon) bool {
	k := len(w)
	for k > 0 && w[k-1] >= '0' && w[k-1] <= '9' {
		k--
	}
	if d := len(w) - k; d < 1 || d > 2 || k < 3 || !lettersOnly(w[:k]) {
		return false
	}
	return lx.listed(w[:k])
}

// gluedRelease splits a name written with its release number glued on,
// four letters or more and then one or two digits ("qrxb5", "qrxb12"), into
// the name. Three letters and a digit are too often a standard or a part
// ("ddr4", "wpa2", "ext4", "usb3") to be read as a release.
func gluedRelease(w string) (string, bool) {
	k := len(w)
	for k > 0 && w[k-1] >= '0' && w[k-1] <= '9' {
		k--
	}
	if d := len(w) - k; d < 1 || d > 2 || k < 4 || !lettersOnly(w[:k]) {
		return "", false
	}
	return w[:k], true
}

// manPage reports whether the word at i is written with its manual section,
// "adduser(1)", "crontab(5)": the way a command or a configuration file is
// named in Unix answers. An everyday word before a number in brackets is a
// count or a footnote ("kids(3)", "print(1)").
func manPage(toks []token, i int, text string, lx *jargonLexicon) bool {
	if i+3 >= len(toks) || len(toks[i].norm) < 3 {
		return false
	}
	// The shape first: it rules out nearly every word without a look-up.
	open, sec, shut := &toks[i+1], &toks[i+2], &toks[i+3]
	if open.norm != "(" || open.start != toks[i].end || sec.kind != tokNumber || shut.norm != ")" || lx.knownWord(toks[i].norm) {
		return false
	}
	n := text[sec.start:sec.end]
	if len(n) != 1 || n[0] < '1' || n[0] > '8' || shut.start != sec.end {
		return false
	}
	for k := toks[i].start; k < toks[i].end; k++ {
		if c := text[k]; (c < 'a' || c > 'z') && c != '-' && c != '_' {
			return false
		}
	}
	return true
}

// technicalWord reports whether the word token at i is a term the reader
// is unlikely to know.
//
// component says the word is a listed component name (systemd, GRUB);
// frame that it stands after a command verb or before a technical noun.
func (a *Analyzer) technicalWord(toks []token, i int, text string, lx *jargonLexicon, buf *[]byte, component, frame bool) bool {
	t := &toks[i]
	raw, norm := text[t.start:t.end], t.norm
	if len(raw) > maxTermLen {
		return false
	}
	// "DM's", "VMs'": judge the word without its possessive.
	if k := strings.IndexByte(raw, '\''); k > 0 && (raw[k:] == "'s" || raw[k:] == "'") {
		raw, norm = raw[:k], norm[:k]
	}
	// The shape first: most words are plain, and a plain word is judged
	// only in a technical frame, so it costs no dictionary look-up.
	n := countChars(raw)
	if n.other > 0 {
		return false // other scripts, accents: not judged
	}
	upper, lower, digit, hyphen := n.upper, n.lower, n.digit, n.hyphen
	// A word led by a digit is a quantity or a model ("1GB", "4K"), not
	// letters to spell out.
	acronym := hyphen == 0 && capitalsShape(raw, upper, lower) && !(raw[0] >= '0' && raw[0] <= '9')
	plain := upper == 0 && digit == 0 && hyphen == 0
	if component && len(norm) > 2 {
		// A component name such as systemd or GRUB, in any case; after a
		// "#" only as a C directive ("#ifdef"), since a hashtag is a tag.
		if t.start > 0 && text[t.start-1] == '#' {
			return norm == "ifdef" || norm == "ifndef"
		}
		// Written with a capital as the app someone uses ("edit it with
		// Gedit", "pair it via Blueman", "instead of Gedit"), the writer
		// names an app as a product, and LABELING.md keeps product names
		// clean; "GRUB", "grub", a sentence's first word and a name that
		// does something ("because Ansible needs…") are judged as before.
		if titleCased(raw) && appUsed(toks, i, text) {
			return false
		}
		// A care agent's initials after the last word ("… *ADB", "~SED")
		// can spell a listed command; they sign the reply.
		if agentInitials(toks, i, i+1, text) {
			return false
		}
		return !a.glossaryWord(norm) && !a.notATerm(toks, i, text)
	}
	// A rare word alone is more often a name, a brand or a typo than a
	// term: it counts in a technical frame ("run salloc", "the fstab file")
	// or as a short run of consonants ("npm").
	if plain && !frame && !consonantCode(norm) && !techShape(norm) {
		return false
	}
	if hyphen == 1 && cmdletShape(raw, norm) {
		return !a.notATerm(toks, i, text) // "Get-ADUser", "Restart-Service"
	}
	if upper > 0 && !acronym && !isLowerCamel(raw) {
		return false // a name, a brand or a sentence's first word
	}
	if a.glossaryWord(norm) || a.notATerm(toks, i, text) {
		return false
	}
	switch {
	case acronym:
		return a.unknownAcronym(toks, i, text, raw, norm, lx)
	case upper > 0:
		if hyphen > 0 && prefixedName(raw, lx) {
			return false // "non-Apple", "ex-Google": a word joined to a name
		}
		if prefixedWord(raw, lx) {
			return false // "reFlight", "preOrder": a prefix and a word, styled
		}
		return !lx.known(norm) // camelCase: "notifyEvent"
	case hyphen > 0 && upper == 0:
		return packageName(toks, i, norm, lx, buf)
	case hyphen == 0 && upper == 0 && digit > 0 && listedRelease(norm, lx):
		// "bluez5", "gtk3": a listed component with its release glued on
		// is still the component.
		return !a.glossaryWord(norm)
	case hyphen > 0 || digit > 0:
		// "i2p-bt", "ext4": measured on the real corpus, words with digits
		// alone were model names, plurals such as "mp3s" and joined typos
		// more often than terms; the component list holds the technical
		// ones (apt-get, ext4).
		return false
	case consonantCode(norm):
		// "npm", "cvs": letters to type, not a word to say; but "thng",
		// "plse": a four-letter word with its vowel dropped is text-speak.
		return !lx.knownWord(norm) && !(len(norm) == 4 && vowelDropped(norm, lx))
	}
	return rareWord(norm, lx, buf)
}

// glossaryWord reports whether w is a glossary term's word or a known
// acronym: the glossary judges it.
func (a *Analyzer) glossaryWord(w string) bool {
	_, ok := a.acronyms[w]
	return ok
}

// notATerm reports whether the word at i is a handle, an agent's initials,
// a hashtag, a variable, half of "Chrome/FF", or the name of the person
// addressed ("sam: …").
func (a *Analyzer) notATerm(toks []token, i int, text string) bool {
	t := &toks[i]
	if t.start > 0 && strings.IndexByte("@^#$/", text[t.start-1]) >= 0 {
		return true
	}
	if t.start > 1 && text[t.start-1] == '+' && text[t.start-2]|0x20 == 'u' {
		return true // a character's code, "U+00BD", not a term
	}
	return addressed(toks, i)
}

// addressed reports whether the word at i opens the message, after at most
// a greeting ("hi there, sam: …"), and is followed by ":" or ",": the name
// of the person spoken to.
func addressed(toks []token, i int) bool {
	if i > 6 {
		return false
	}
	for k := 0; k < i; k++ {
		if toks[k].kind == tokWord && !greetingWords[toks[k].norm] || toks[k].kind == tokNumber {
			return false
		}
	}
	return i+1 < len(toks) && toks[i+1].kind == tokPunct && (toks[i+1].norm == ":" || toks[i+1].norm == ",")
}

// greetingWords may come before the name of the person addressed.
var greetingWords = map[string]bool{
	"hi": true, "hey": true, "hello": true, "yo": true, "there": true, "ok": true, "okay": true,
	"yes": true, "yeah": true, "no": true, "oh": true, "ah": true, "thanks": true, "sorry": true,
}

// unknownAcronym judges a word in capitals ("MTU", "VMs"): an acronym
// nobody outside IT knows, unless it is a word shouted, an everyday acronym,
// or an agent's initials signing off.
func (a *Analyzer) unknownAcronym(toks []token, i int, text, raw, norm string, lx *jargonLexicon) bool {
	base := strings.TrimRight(norm, "0123456789") // "IOS11", "PS4"
	if raw[len(raw)-1] == 's' {
		base = norm[:len(norm)-1]
	}
	if base == "" || len(norm)-len(base) >= 3 {
		return false // a ticket or part number such as "CHG0043"
	}
	_, tech := lx.technical[base]
	if len(base) < 3 && !tech {
		return false // two capitals: initials, a state, slang ("OP", "NY")
	}
	if lx.generalAcronym(base) {
		return false
	}
	if len(raw) > 7 {
		return longCapitals(norm, lx)
	}
	// A listed computing abbreviation is jargon although SCOWL holds it as
	// a word ("CI").
	if !tech && (lx.known(norm) || lx.known(base)) {
		return false
	}
	if len(base) >= 5 && strings.Count(base, "a")+strings.Count(base, "e")+strings.Count(base, "i")+strings.Count(base, "o")+strings.Count(base, "u") >= 3 {
		return false // a name in capitals ("LENOVO"), not letters to spell out
	}
	if len(base) >= 6 && lx.compound(base) {
		return false // words run together in capitals ("WONTFIX"), not letters to spell out
	}
	if _, ok := a.acronyms[base]; ok {
		return false
	}
	// A maker's name before its product line and model ("ATI Radeon 9250",
	// "HP LaserJet 1020"): the capitalised name after it is no everyday
	// word and carries a model number. LABELING.md keeps brand and product
	// names clean.
	if !tech && (makerName(toks, i, text, lx) || productLine(toks, i, text) || modelBesideName(toks, i, text, norm)) {
		return false
	}
	// A shouted run ("PLEASE FIX THIS NOW") is not a row of acronyms.
	for _, k := range [2]int{i - 1, i + 1} {
		if k >= 0 && k < len(toks) && a.capsWord(&toks[k], text) && lx.known(toks[k].norm) {
			return false
		}
	}
	// Listed beside everyday acronyms of its kind ("CBS, NBC, QXTV or
	// Amazon", "HSBC or QXB"), capitals name another channel, bank or
	// brand the same way.
	if !tech && besideEverydayAcronym(toks, i, text, lx) {
		return false
	}
	// Two airports joined by a "2" are a route written short ("LHR2JFK").
	if len(raw) == 7 && raw[3] == '2' && lettersOnly(norm[:3]) && lettersOnly(norm[4:]) {
		return false
	}
	// In a message about a journey, three capitals name a place or a
	// carrier ("FFL to LGA", "stuck in SDQ"), not a technology.
	if len(base) == 3 && placeSlot(toks, i) && (travelMessage(toks) || routePair(toks, i, text)) {
		return false
	}
	// A booking code named as one ("Locator IRXQZL", "confirmation: QJ7TRE",
	// "booking ref KLMNPQ") is a reference to quote, not a term.
	if referenceCode(toks, i) {
		return false
	}
	// Initials signing off a reply: "… let us know. -JT", "/KL".
	if last := lastWordToken(toks); last == i && len(raw) <= 3 && i > 0 && toks[i-1].kind == tokPunct {
		return false
	}
	return true
}

// longCapitals judges a run of eight capitals or more (lower case in w):
// no acronym anyone spells out, but outside a shout ("PLEASE FIX THIS
// NOW", ruled out by the caller's neighbours) and a tweet (where capitals
// list places and shops) a word that is no English word, no stretched one
// ("NOOOOO"), no typo of one ("EVERYTHIGN") and no words run together
// ("TOWNVIEW", "WONTFIX") is the name of a build or configuration variable
// typed as text ("BBMULTICONFIG", "KERNELDIR", "SQUASHFS").
func longCapitals(w string, lx *jargonLexicon) bool {
	if !lettersOnly(w) || lx.knownWord(w) || stretched(w) || laugh(w) {
		return false
	}
	var buf []byte
	return !lx.nearCommon(w, &buf) && !lx.compound(w)
}

// modelBesideName reports whether the capitals at i, with a digit inside
// them, are a model or a plan named with its brand or its kind in a
// capitalised word right before or after ("the Kobo Aura H2O", "X2P
// Mortgage"): a product's name, which LABELING.md keeps clean. Capitals
// with a digit after a plain word ("the X2P error") are still judged.
func modelBesideName(toks []token, i int, text, norm string) bool {
	if !strings.ContainsAny(norm, "0123456789") {
		return false
	}
	for _, k := range [2]int{i - 1, i + 1} {
		if k < 0 || k >= len(toks) || toks[k].kind != tokWord {
			continue
		}
		// A capital that only opens the sentence says nothing.
		if k == i-1 && (k == 0 || toks[k-1].kind == tokPunct && toks[k-1].sentence) {
			continue
		}
		if titleCased(text[toks[k].start:toks[k].end]) {
			return true
		}
	}
	return false
}

// besideEverydayAcronym reports whether the acronym at i stands in a list
// next to an everyday acronym: one token of ",", "/", "or" or "and" between
// them, the neighbour three capitals or more ("TV or ONT" says nothing),
// not technical and one of SCOWL's abbreviations.
func besideEverydayAcronym(toks []token, i int, text string, lx *jargonLexicon) bool {
	for _, d := range [2]int{-2, 2} {
		k := i + d
		if k < 0 || k >= len(toks) {
			continue
		}
		j := &toks[i+d/2]
		if j.norm != "," && j.norm != "/" && j.norm != "or" && j.norm != "and" {
			continue
		}
		n := &toks[k]
		if n.kind != tokWord || !acronymShaped(text[n.start:n.end]) || len(n.norm) < 3 || lx.listed(n.norm) {
			continue
		}
		// SCOWL's abbreviations are names (CBS, NBC, BBC); the everyday
		// list also holds consumer tech ("the VPN or DSLAM"), which says
		// nothing of its neighbour.
		if lx.generalAcronym(n.norm) {
			return true
		}
	}
	return false
}

// makerName reports whether the word after the acronym at i is a product
// line's name, capitalised, no word of general English, and followed by a
// model number or a release ("ATI Radeon 9250", "HP LaserJet 1020").
func makerName(toks []token, i int, text string, lx *jargonLexicon) bool {
	if i+2 >= len(toks) {
		return false
	}
	n := &toks[i+1]
	if n.kind != tokWord || n.start >= len(text) || text[n.start] < 'A' || text[n.start] > 'Z' || lx.known(n.norm) {
		return false
	}
	return releaseName(toks, i+1, text)
}

// agentInitials reports whether tokens [i, end) are a care agent's initials
// signing a reply: two or three capitals glued to a "^", "*", "-", "/" or
// "~" after the last word, with at most a part count ("2/2") after them
// ("Thanks for letting us know. *AD", "... DM us. ^VM 1/2"). Such initials
// can spell a glossary acronym without being one.
func agentInitials(toks []token, i, end int, text string) bool {
	t := &toks[i]
	if end != i+1 || t.kind != tokWord || i == 0 || t.start == 0 || t.end-t.start > 3 || t.end-t.start < 2 {
		return false
	}
	if strings.IndexByte("^*-/~", text[t.start-1]) < 0 {
		return false
	}
	for k := t.start; k < t.end; k++ {
		if text[k] < 'A' || text[k] > 'Z' {
			return false
		}
	}
	for k := i + 1; k < len(toks); k++ {
		if toks[k].kind == tokWord {
			return false
		}
	}
	return true
}

// commandSwitch reports whether the lone "/word" at i is a switch of the
// command before it ("ipconfig /release", "gpupdate /force"): that command
// is judged as a term itself, and its switch adds nothing to explain.
func (a *Analyzer) commandSwitch(toks []token, i int, raw string, lx *jargonLexicon) bool {
	if raw[0] != '/' || strings.IndexByte(raw[1:], '/') >= 0 || i == 0 {
		return false
	}
	p := &toks[i-1]
	if p.kind == tokOpaque && p.prot == spanPath {
		return true // "ipconfig /release /all"
	}
	if p.kind != tokWord {
		return false
	}
	_, tech := lx.technical[p.norm]
	return tech || a.glossaryWord(p.norm)
}

// lastSubstantive is the index of the last token that is not punctuation.
func lastSubstantive(toks []token) int {
	for k := len(toks) - 1; k >= 0; k-- {
		if toks[k].kind != tokPunct {
			return k
		}
	}
	return -1
}

// lastWordToken is the index of the last word token, or -1.
func lastWordToken(toks []token) int {
	for k := len(toks) - 1; k >= 0; k-- {
		if toks[k].kind == tokWord {
			return k
		}
	}
	return -1
}

// isLowerCamel reports whether w is camelCase: two or more lower-case
// letters, then a capital followed by a lower-case letter ("eventName"), as
// opposed to brands such as "iPhone" or "eBay".
func isLowerCamel(w string) bool {
	k := 0
	for k < len(w) && w[k] >= 'a' && w[k] <= 'z' {
		k++
	}
	if k < 2 {
		return false
	}
	for ; k+1 < len(w); k++ {
		// A capital after a hyphen starts a name ("ex-Man", "mid-May",
		// "pre-Christmas"), not a camelCase part.
		if w[k] >= 'A' && w[k] <= 'Z' && w[k+1] >= 'a' && w[k+1] <= 'z' && w[k-1] != '-' {
			return true
		}
	}
	return false
}

// rareWord reports whether a lower-case word is rare in general English and
// not a typo, a stretched word ("sooo") or a laugh.
func rareWord(w string, lx *jargonLexicon, buf *[]byte) bool {
	if len(w) < 3 || lx.knownWord(w) || stretched(w) || laugh(w) {
		return false
	}
	if strings.IndexByte(w, '\'') >= 0 {
		return false // an unusual contraction or possessive
	}
	if lx.derived(w) || lx.nearCommon(w, buf) {
		return false
	}
	// "woudlnt": a contraction missing its apostrophe, with a typo.
	return !(strings.HasSuffix(w, "nt") && lx.nearCommon(w[:len(w)-2]+"n't", buf))
}

// codeTerm judges an inline code span: `setup.py`, `$(uname -r)` and
// `npm ci` hold a file name, a command or a flag the reader is unlikely to
// know. On the real corpus every message with one was labelled jargon. A
// block fenced with ``` is left alone: it is text to paste, and the message
// around it says what it does; so is an error code ("`0x80070005`").
func codeTerm(code string) bool {
	if strings.HasPrefix(code, "```") {
		return false
	}
	code = strings.Trim(code, "`")
	if strings.HasPrefix(code, "0x") || strings.HasPrefix(code, "0X") {
		return false
	}
	for k := 0; k < len(code); k++ {
		if c := code[k] | 0x20; c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

// backtickApostrophe reports whether the backtick at start is glued to the
// letter before it: "I`m", "don`t" use it as an apostrophe, and the "span"
// it opens runs to the next one, over plain words.
func backtickApostrophe(text string, start int) bool {
	if start == 0 {
		return false
	}
	c := text[start-1] | 0x20
	return c >= 'a' && c <= 'z'
}

// gnuQuote reports whether a code span opens a GNU-style quote, `name'
// (a backtick to open, an apostrophe to close), as pasted error output from
// Linux tools writes it ("cannot access `musica': No such file or
// directory"). The span found runs from that backtick to the next quote's,
// over the plain words between; gnuQuote returns the name quoted. An
// apostrophe inside a word ("`don't`") closes nothing.
func gnuQuote(code string) (string, bool) {
	if strings.HasPrefix(code, "```") || !strings.HasPrefix(code, "`") {
		return "", false
	}
	in := code[1:]
	k := strings.IndexByte(in, '\'')
	if k <= 0 || k+1 < len(in) && strings.IndexByte(" :;,.)!?", in[k+1]) < 0 {
		return "", false
	}
	return in[:k], true
}

// screenLabel reports whether an inline code span names what the reader
// sees on screen: a button or a menu path in capitalised everyday words
// ("`RESET`", "`File > Save As`"). A command typed in lower case
// ("`git pull`", "`top`") is still a term.
func screenLabel(code string, lx *jargonLexicon) bool {
	code = strings.Trim(code, "`")
	words := 0
	for _, f := range strings.Fields(code) {
		if f == ">" || f == "→" {
			continue
		}
		if f[0] < 'A' || f[0] > 'Z' || !lettersOnly(strings.ToLower(f)) || !lx.knownWord(strings.ToLower(f)) {
			return false
		}
		words++
	}
	return words > 0
}

// issueLabel reports whether the code span at i is the name of a label on
// an issue or a ticket: "marked as `wontfix`", "labelled with
// `needs-info`", "the `bug` tag". It names a sticker the reader can see on
// the ticket, not a term.
func issueLabel(toks []token, i int) bool {
	// "labelled `needs-info` and `stale`": a list of labels is read from
	// its first, a few back at most (each step is one span and a joiner).
	for n := 0; n < maxListedLabels && i >= 2 && toks[i-2].kind == tokOpaque && toks[i-2].prot == spanCode; n++ {
		if j := toks[i-1].norm; j != "and" && j != "or" && j != "," {
			break
		}
		i -= 2
	}
	k := i - 1
	if k >= 0 && (toks[k].norm == "as" || toks[k].norm == "with") {
		k--
		if k >= 0 && (toks[k].norm == "it" || toks[k].norm == "this" || toks[k].norm == "them") {
			k-- // "marked it as `stale`"
		}
	}
	if k >= 0 {
		switch toks[k].norm {
		case "marked", "labelled", "labeled", "tagged", "flagged", "label", "tag":
			return true
		}
	}
	if i+1 < len(toks) {
		switch toks[i+1].norm {
		case "label", "labels", "tag", "tags", "marking", "markings", "badge":
			return true
		}
	}
	return false
}

// maxListedLabels bounds how far back a list of labels is followed, so a
// message of many spans costs time in proportion to its length.
const maxListedLabels = 8

// issueRef reports whether a code span is a reference to an issue or a
// pull request ("`org/repo#12`", "`#345`"): a pointer, like a link.
func issueRef(code string) bool {
	code = strings.Trim(code, "`")
	h := strings.LastIndexByte(code, '#')
	if h < 0 || h+1 == len(code) || strings.ContainsAny(code, " \t") {
		return false
	}
	for k := h + 1; k < len(code); k++ {
		if code[k] < '0' || code[k] > '9' {
			return false
		}
	}
	return true
}

// codeToType reports whether the sentence around the code span at i tells
// the reader to type it, says where, or says what it is ("run `ipconfig
// /all`", "paste `sw_vers` in the Terminal", "the password is
// `Sunflower-2041`"): the reader is given something to copy, not a term to
// understand. Measured on the real corpus, the code spans labelled jargon
// were named, not handed over ("the script `setup.py`").
func codeToType(toks []token, i int) bool {
	if i+2 < len(toks) && commandOutput(toks, i) {
		return true // "`uname -r` should print 6.1": a command line to run and read
	}
	s, e := sentenceBounds(toks, i, i+1)
	for k := s; k < e; k++ {
		switch toks[k].norm {
		case "try":
			if k == i-1 {
				return true // "try `@bot help`"
			}
		case "run", "type", "paste", "enter":
			if k < i {
				return true // "run `npm ci`", not "`setup.py` … to run it"
			}
		case "prompt", "terminal", "powershell", "window", "password", "passcode", "pin":
			return true
		}
	}
	return false
}

// commandOutput reports whether the code span at i is a command line with
// arguments ("`lpq -a | wc -l`", "`uname -r`") that the sentence
// says what it should print: the reader is handed it to run and read
// back, as with "run `…`". A file or a word in backticks has no arguments.
func commandOutput(toks []token, i int) bool {
	code := strings.Trim(toks[i].norm, "`")
	if !strings.Contains(strings.TrimSpace(code), " ") {
		return false
	}
	switch toks[i+1].norm {
	case "should", "will", "must", "would":
	default:
		return false
	}
	switch toks[i+2].norm {
	case "show", "print", "output", "return", "list", "say", "give", "display", "report":
		return true
	}
	return false
}

// techShape reports whether a rare lower-case word is built like a program's
// or a file system's name: "reiserfs", "kubectl", "kubeconfig", "vimrc",
// "libstdc", "sysfs". A word everyone knows never reaches it.
func techShape(w string) bool {
	if len(w) < 5 {
		return false
	}
	for _, s := range [...]string{"fs", "ctl", "conf", "config", "cfg", "rc", "sql", "db", "lib"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	for _, p := range [...]string{"lib", "kube"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// consonantCode reports whether w is a short run of consonants, the shape
// of a command or an acronym typed in lower case ("npm", "cvs", "ssh").
//
// Two letters ("gf", "hw") are chat shorthand more often than commands, and
// one letter held ("hmmm", "xxx") is a sound or a sign-off.
func consonantCode(w string) bool {
	if len(w) < 3 || len(w) > 4 || strings.Count(w, w[:1]) == len(w) || strings.Contains(w, "mm") {
		return false
	}
	return !strings.ContainsAny(w, "aeiouy")
}

// laugh reports whether w is a written laugh ("hahaha", "hehe", "lolol").
func laugh(w string) bool {
	return strings.Contains(w, "haha") || strings.Contains(w, "hehe") || strings.Contains(w, "lol")
}

// platformParts are the words Linux package names are built on: a
// hyphenated name with one of them ("linux-firmware", "ubuntu-desktop",
// "network-manager-gnome") names a package, not an everyday compound.
var platformParts = map[string]bool{
	"linux": true, "ubuntu": true, "kubuntu": true, "xubuntu": true, "lubuntu": true, "gnome": true,
	"kde": true, "xfce": true, "lxde": true, "python": true, "python3": true, "perl": true,
	"firmware": true, "kernel": true, "headers": true, "dev": true, "utils": true, "dbg": true,
	"apt": true,
}

// packageName judges a lower-case hyphenated word ("firmware-b43-installer",
// "xserver-xorg-video-intel", "linux-firmware"): it names a package, a
// daemon or a tool when it has three parts or more with a listed component
// among them, or with a platform word and a rare part; or when a part is
// rare, a platform word or letters run into digits ("b43") and it stands in
// a package frame (after "install", "purge", "remove"…; before "package",
// "daemon", "driver"…). Everyday compounds ("two-factor", "built-in",
// "follow-up") have common parts only, and a model name with digits
// ("wh-1000xm4") stands outside a package frame. Names made of common
// words only ("cups-filters") are left alone: in the same frames everyday
// compounds are as common ("the third-party driver", "the built-in driver").
func packageName(toks []token, i int, norm string, lx *jargonLexicon, buf *[]byte) bool {
	if lx.known(norm) {
		return false
	}
	parts := strings.Split(norm, "-")
	// A technical or platform part, a rare part, a part like "b43".
	technical, platform, rare, digits, code, role := false, false, false, false, false, false
	for _, p := range parts {
		if p == "" {
			return false // "--", a dash glued to a word
		}
		_, tech := lx.technical[p]
		technical = technical || tech && len(p) >= 4
		platform = platform || tech || platformParts[p]
		digits = digits || lettersAndDigits(p)
		rare = rare || len(p) >= 4 && !lettersAndDigits(p) && rareWord(p, lx, buf)
		code = code || consonantCode(p) && !lx.knownWord(p) && !lx.generalAcronym(p)
		role = role || packageRoles[p]
	}
	if len(parts) >= 3 && (technical || platform && (rare || digits)) {
		return true // "xserver-xorg-video-intel", "bcmwl-kernel-source"
	}
	if len(parts) == 2 && role && (code || rare) {
		return true // "nfs-server", "openssh-client": a project's name and the half it installs
	}
	if len(parts) == 2 && (platformParts[parts[0]] || len(parts[0]) >= 3 && lx.listed(parts[0])) && len(parts[1]) >= 4 && rareWord(parts[1], lx, buf) {
		return true // "apt-listchanges", "gnome-tweaks": a listed component and a name built on it
	}
	if len(parts) == 2 && len(parts[1]) >= 2 {
		// A listed component joined to a part of its own that is no word
		// ("systemd-networkd", "qmake-qt5") or a release joined to one
		// ("qt4-qmake") names a piece of the component. A word after it
		// ("systemd-based", "grub-like", and even "systemd-resolved")
		// describes something else by it more often: with any second part
		// this flagged a clean message of the held-out third.
		if _, tech := lx.technical[parts[0]]; tech && len(parts[0]) >= 5 && !lx.knownWord(parts[0]) && !lx.knownWord(parts[1]) {
			return true
		}
		if _, tech := lx.technical[parts[1]]; tech && len(parts[1]) >= 5 && !lx.knownWord(parts[1]) && lettersAndDigits(parts[0]) {
			return true
		}
	}
	if len(parts) == 2 && packageHalves[parts[1]] {
		if _, tech := lx.technical[parts[0]]; tech && len(parts[0]) >= 3 {
			return true // "grub-pc", "xorg-dev": a listed component and the part of it a package holds
		}
	}
	if !platform && !rare && !digits {
		return false
	}
	// In a package frame: "install linux-firmware", "the avahi-daemon
	// package"; a model name with digits stands elsewhere ("my
	// wh-1000xm4 headphones").
	if i > 0 && packageVerbs[toks[i-1].norm] {
		return true
	}
	return i+1 < len(toks) && packageNouns[toks[i+1].norm]
}

// packageRoles are the halves a project is split into as packages
// ("-server", "-client", "-utils"); after a name nobody says aloud (a
// consonant code, a rare word) they make a package name without a frame.
var packageRoles = map[string]bool{"server": true, "client": true, "daemon": true, "utils": true,
	"tools": true, "common": true, "dev": true}

// packageHalves are the second halves of package names built on a listed
// component ("grub-efi", "xorg-server"); "vim-like",
// "docker-based" describe, they do not name a package.
var packageHalves = map[string]bool{"server": true, "client": true, "daemon": true, "utils": true,
	"tools": true, "common": true, "dev": true, "devel": true, "native": true, "headers": true,
	"libs": true, "bin": true, "doc": true, "data": true, "src": true, "source": true, "core": true,
	"firmware": true, "modules": true, "plugins": true, "efi": true, "pc": true, "cross": true}

// packageVerbs and packageNouns frame a package's name: words of
// installing software and of the things a package holds.
var (
	packageVerbs = map[string]bool{"install": true, "installed": true, "installing": true, "uninstall": true,
		"reinstall": true, "purge": true, "purged": true, "purging": true, "remove": true}
	packageNouns = map[string]bool{"package": true, "packages": true, "daemon": true, "module": true,
		"driver": true, "drivers": true, "library": true, "plugin": true}
)

// lettersAndDigits reports whether w mixes letters and digits ("b43").
func lettersAndDigits(w string) bool {
	return hasDigit(w) && strings.IndexFunc(w, func(r rune) bool { return r >= 'a' && r <= 'z' }) >= 0
}

// shortFlag reports whether a one-letter "-h" at i is a command's flag: it
// follows a lower-case word with no space between them but one ("df -h",
// "free -m"), the command typed in an IRC or forum answer.
func shortFlag(toks []token, i int, raw, text string) bool {
	if len(raw) != 2 || raw[0] != '-' || raw[1] < 'a' || raw[1] > 'z' || i == 0 {
		return false
	}
	p := &toks[i-1]
	if p.kind != tokWord || p.end+1 != toks[i].start || text[p.end] != ' ' {
		return false
	}
	for k := p.start; k < p.end; k++ {
		// A hyphen inside is a command's name too ("fc-cache -f").
		if c := text[k]; (c < 'a' || c > 'z') && (c != '-' || k == p.start || k == p.end-1) {
			return false
		}
	}
	return true
}

// longOption reports whether raw, last in the message, is a long option
// typed after its command ("fc-cache --force", "apt-get --purge"): two
// dashes and a lower-case word, glued by one space to a command-shaped
// word (hyphenated, or a listed component). A sign-off ("thanks --jim")
// follows a plain word, so it stays a sign-off.
func longOption(toks []token, i int, raw, text string, lx *jargonLexicon) bool {
	if len(raw) < 4 || raw[0] != '-' || raw[1] != '-' || i == 0 {
		return false
	}
	for k := 2; k < len(raw); k++ {
		if c := raw[k]; (c < 'a' || c > 'z') && c != '-' && (c < '0' || c > '9') {
			return false
		}
	}
	p := &toks[i-1]
	if p.kind != tokWord || p.end+1 != toks[i].start || text[p.end] != ' ' {
		return false
	}
	return strings.IndexByte(p.norm, '-') > 0 || lx.listed(p.norm)
}

// consonants reports whether w is a command's short run of consonants
// ("df", "ls", "ps"), not a word such as "luck" before a sign-off.
func consonants(w string) bool {
	return len(w) <= 4 && !strings.ContainsAny(w, "aeiouy")
}

// travelWords mark a message about a journey, where codes in capitals are
// airports, stations and carriers.
var travelWords = map[string]bool{
	"flight": true, "flights": true, "fly": true, "flying": true, "flew": true, "airport": true,
	"airports": true, "gate": true, "plane": true, "planes": true, "landed": true, "layover": true,
	"departure": true, "departing": true, "arrival": true, "arriving": true, "boarding": true,
	"airline": true, "airlines": true, "runway": true, "tarmac": true, "baggage": true, "luggage": true,
	"train": true, "trains": true, "rail": true, "stopover": true,
}

// placeSlot reports whether the word at i stands where a place does: after
// "from", "to", "in", "at", "via"…, or before "to", "-" or "airport".
func placeSlot(toks []token, i int) bool {
	if i > 0 {
		switch toks[i-1].norm {
		case "from", "to", "in", "at", "via", "into", "out", "leaving", "through", "-", "->", "→", "/":
			return true
		}
	}
	if i+1 < len(toks) {
		switch toks[i+1].norm {
		case "to", "-", "->", "→", "/", "airport", "gate", "terminal", "station":
			return true
		}
	}
	return false
}

// placeCode reports whether the word at i is three capitals, no listed
// computing abbreviation, naming a place in a tweet: before "direct" or
// "nonstop", or where a place stands (after "at", "in", "from", "via"…,
// see placeSlot) in a tweet about a trip ("home", "crew", "route", a bag).
// A code in a place slot alone is not enough: "log in to XYZ" names a
// system.
func placeCode(toks []token, i int, text string, lx *jargonLexicon) bool {
	t := &toks[i]
	if t.end-t.start != 3 || !upperASCII(text[t.start:t.end]) || lx.listed(t.norm) {
		return false
	}
	if i+1 < len(toks) {
		switch toks[i+1].norm {
		case "direct", "nonstop", "non-stop":
			return true
		}
	}
	if !placeSlot(toks, i) {
		return false
	}
	for k := range toks {
		if toks[k].kind == tokWord && tripWords[toks[k].norm] {
			return true
		}
	}
	return false
}

// tripWords mark a customer's tweet about a trip without a word of flying:
// going home, a route, the crew or the desk staff, a seat, a bag, a delay.
var tripWords = map[string]bool{
	"home": true, "trip": true, "trips": true, "crew": true, "route": true, "routes": true,
	"visit": true, "visiting": true, "vacation": true, "holiday": true, "holidays": true,
	"seat": true, "seats": true, "lounge": true, "bag": true, "bags": true, "connection": true,
	"connecting": true, "miles": true, "direct": true, "nonstop": true, "itinerary": true,
	"ticket": true, "tickets": true, "booked": true, "leg": true,
	// the people and the desk at an airport, and a trip gone wrong
	"staff": true, "members": true, "agents": true, "employees": true, "desk": true, "counter": true,
	"delayed": true, "cancelled": true, "canceled": true, "stranded": true, "weather": true,
}

// broadcastWords mark a message about a radio or television station.
var broadcastWords = map[string]bool{
	"news": true, "radio": true, "tv": true, "station": true, "stream": true, "streaming": true,
	"channel": true, "show": true, "piece": true, "report": true, "reporter": true, "reporting": true,
	"story": true, "segment": true, "broadcast": true, "anchor": true, "weather": true,
	"interview": true, "listen": true, "listening": true, "listeners": true,
	"aired": true, "podcast": true, "fm": true, "program": true, "programme": true,
}

// callSign reports whether the word at i is a North American station's call
// sign, four capitals led by K or W ("KQED", "WNYC"), within three words of
// a word of broadcasting ("the WNYC piece", "KQED's stream"). A word of
// broadcasting elsewhere in the message is not enough: "log in to WLAN …
// watch it load" names a network.
func callSign(toks []token, i int, text string, lx *jargonLexicon) bool {
	t := &toks[i]
	raw := text[t.start:t.end]
	if len(raw) < 4 || raw[0] != 'K' && raw[0] != 'W' || !upperASCII(raw[:4]) || len(raw) > 4 && raw[4:] != "'s" || lx.listed(t.norm[:4]) {
		return false
	}
	for k := max(0, i-3); k < len(toks) && k <= i+3; k++ {
		if toks[k].kind == tokWord && broadcastWords[toks[k].norm] {
			return true
		}
	}
	return false
}

// routePair reports whether the three capitals at i are one end of a route
// to or from another three capitals ("ORD to RDU", "LHR-JFK"): two places
// named as a journey, whatever else the message says.
func routePair(toks []token, i int, text string) bool {
	for _, d := range [2]int{-2, 2} {
		k, c := i+d, i+d/2
		if k < 0 || k >= len(toks) {
			continue
		}
		switch toks[c].norm {
		case "to", "-", "->", "→", "/":
		default:
			continue
		}
		if t := &toks[k]; t.kind == tokWord && t.end-t.start == 3 && upperASCII(text[t.start:t.end]) {
			return true
		}
	}
	return false
}

// upperASCII reports whether w is all capital letters A-Z.
func upperASCII(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] < 'A' || w[k] > 'Z' {
			return false
		}
	}
	return w != ""
}

// referenceWords name a code a customer quotes: a booking, an order, a
// confirmation.
var referenceWords = map[string]bool{"locator": true, "confirmation": true, "conf": true, "ref": true,
	"reference": true, "booking": true, "pnr": true, "order": true}

// referenceCode reports whether the word at i follows a reference word,
// with at most a "#", ":" or "number" between ("Locator IRXQZL",
// "booking ref: KLMNPQ", "confirmation # QJ7TRE").
func referenceCode(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		w := toks[j].norm
		if referenceWords[w] {
			return true
		}
		if w != "#" && w != ":" && w != "number" && w != "no" && w != "no." && w != "is" {
			return false
		}
	}
	return false
}

// travelMessage reports whether the message is about a journey.
func travelMessage(toks []token) bool {
	for i := range toks {
		if toks[i].kind == tokWord && travelWords[toks[i].norm] {
			return true
		}
	}
	return false
}

// chatHandle reports whether the snake_case chunk at i is a chat name the
// message speaks to: it opens the message before ":", ",", "-" or "--"
// ("sam_k: try again"), or closes it after a comma ("you're welcome,
// sam_k!"). A handle is a person, not a setting's name.
func chatHandle(toks []token, i int, raw string) bool {
	if strings.IndexByte(raw, '_') < 0 {
		return false
	}
	for k := 0; k < len(raw); k++ {
		c := raw[k] | 0x20
		if !(c >= 'a' && c <= 'z' || raw[k] >= '0' && raw[k] <= '9' || raw[k] == '_') {
			return false
		}
	}
	opens := true
	for k := 0; k < i; k++ {
		if toks[k].kind != tokPunct {
			opens = false
			break
		}
	}
	if opens {
		// "--" after a name is tokenised as a flag-like chunk, not as
		// punctuation: "sam_k -- try again".
		if i+1 >= len(toks) || toks[i+1].kind != tokPunct && !(toks[i+1].kind == tokOpaque && strings.Trim(toks[i+1].norm, "-") == "") {
			return false
		}
		switch strings.TrimRight(toks[i+1].norm, "-") {
		case ":", ",", "":
			return true
		}
		return false
	}
	if i == 0 || toks[i-1].norm != "," {
		return false
	}
	for k := i + 1; k < len(toks); k++ {
		if toks[k].kind != tokPunct {
			return false
		}
	}
	return true
}

// quotedComponent reports whether a quote holds a listed component's name
// of four letters or more: an error message pasted into the question
// ("initramfs unpacking failed", "GRUB rescue prompt") names the part that
// failed, and the reader meets the term all
// the same. Scare quotes hold everyday words ("the "usual" way"), and short
// listed acronyms (IP, CPU) are left to the glossary.
func quotedComponent(raw string, lx *jargonLexicon) bool {
	if len(raw) < 6 || raw[0] != '"' {
		return false
	}
	start := -1
	for k := 0; k <= len(raw); k++ {
		var c byte
		if k < len(raw) {
			c = raw[k] | 0x20
		}
		letter := c >= 'a' && c <= 'z'
		switch {
		case letter && start < 0:
			start = k
		case !letter && start >= 0:
			if k-start >= 4 && lx.listed(strings.ToLower(raw[start:k])) {
				return true
			}
			start = -1
		}
	}
	return false
}

// quoteMarks are the double quote marks a quoted name is written in.
const quoteMarks = "\"“”"

// quotedPath reports whether the quote raw holds one whitespace-free chunk,
// once its quote marks and trailing punctuation are trimmed, that is a
// technical path or file name: "\"$APP_HOME/bin/start.sh\"", or, in a
// quote of several words, a chunk that is a system path. start and end are
// the path's bytes in raw.
func quotedPath(raw string, lx *jargonLexicon) (start, end int, ok bool) {
	if len(raw) < 3 || raw[0] != '"' {
		return 0, 0, false
	}
	if !strings.ContainsAny(raw, " \t\n") {
		s, e := trimChunk(raw, 0, len(raw))
		w := raw[s:e]
		return s, e, chunkKind(w) == spanPath && technicalPath(w, lx)
	}
	// A quoted error message that names a system path ("cannot mount
	// /media/ana/DISK") shows the reader the path: only a chunk opening
	// with "/" or "~/" is read, so a quoted sentence costs one scan.
	for k := 1; k < len(raw)-1; k++ {
		if raw[k] != '/' && !(raw[k] == '~' && raw[k+1] == '/') || raw[k-1] != ' ' {
			continue
		}
		e := k
		for e < len(raw) && raw[e] != ' ' && raw[e] != '\t' {
			e++
		}
		cs, ce := trimChunk(raw, k, e)
		if w := raw[cs:ce]; chunkKind(w) == spanPath && technicalPath(w, lx) {
			return cs, ce, true
		}
		k = e
	}
	return 0, 0, false
}

// prefixedName reports whether raw is a word-building prefix, a hyphen, and
// a capitalised name of one word: "non-Apple", "pre-iPhone", "anti-Google";
// not camelCase behind a prefix ("re-InitHandler").
func prefixedName(raw string, lx *jargonLexicon) bool {
	k := strings.IndexByte(raw, '-')
	if k <= 0 || k+1 >= len(raw) {
		return false
	}
	head, rest := raw[:k], raw[k+1:]
	for i := 0; i < len(head); i++ {
		if head[i] < 'a' || head[i] > 'z' {
			return false
		}
	}
	switch {
	case rest[0] >= 'A' && rest[0] <= 'Z':
		rest = rest[1:]
	case rest[0] == 'i' && len(rest) > 1 && rest[1] >= 'A' && rest[1] <= 'Z':
		rest = rest[2:] // "iPhone"
	default:
		return false
	}
	for i := 0; i < len(rest); i++ {
		if rest[i] < 'a' || rest[i] > 'z' {
			return false // "re-InitHandler" is camelCase behind a prefix
		}
	}
	isPrefix := false
	for _, p := range wordPrefixes {
		if head == p {
			isPrefix = true
			break
		}
	}
	return isPrefix || head == "ex" || head == "pro" || head == "post"
}

// vowelDropped reports whether w becomes a common word when one vowel is
// put back ("thng" is "thing").
// Only short words are tried (the caller passes four letters), so the
// candidate is built on the stack and looked up without an allocation.
func vowelDropped(w string, lx *jargonLexicon) bool {
	var buf [16]byte
	if len(w) >= len(buf) {
		return false
	}
	b := buf[:len(w)+1]
	for i := 1; i < len(w); i++ {
		copy(b, w[:i])
		copy(b[i+1:], w[i:])
		for _, v := range [...]byte{'a', 'e', 'i', 'o', 'u'} {
			b[i] = v
			if _, ok := lx.common[string(b)]; ok {
				return true
			}
		}
	}
	return false
}

// prefixedWord reports whether a camelCase raw is a word-building prefix
// glued to a capitalised everyday word ("reFlight", "preOrder",
// "unSubscribe"): a word styled like a brand, not a code name.
func prefixedWord(raw string, lx *jargonLexicon) bool {
	for _, p := range wordPrefixes {
		if len(raw) > len(p)+2 && raw[:len(p)] == p && raw[len(p)] >= 'A' && raw[len(p)] <= 'Z' {
			rest := strings.ToLower(raw[len(p):])
			return lettersOnly(rest) && lx.knownWord(rest)
		}
	}
	return false
}

// moneyShorthand reports whether a "$" chunk is a sum written short in a
// tweet ("$amnt", "$bucks"): small letters after the sign, where a shell
// or settings variable is written in capitals or joined with "_" or "/".
func moneyShorthand(raw string) bool {
	if len(raw) < 2 || raw[0] != '$' {
		return false
	}
	for k := 1; k < len(raw); k++ {
		if c := raw[k]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// brandOffers are what a brand offers a customer by name: the word after
// its capitals ("the SWT app", "TNF games", "NBC shows").
var brandOffers = map[string]bool{
	"app": true, "apps": true, "website": true, "site": true, "store": true, "stores": true,
	"game": true, "games": true, "channel": true, "channels": true, "show": true, "shows": true,
	"station": true, "stations": true, "flight": true, "flights": true, "train": true, "trains": true,
	"lounge": true, "lounges": true, "rewards": true, "points": true, "miles": true, "membership": true,
	"shop": true, "outlet": true, "branch": true, "branches": true, "stadium": true, "season": true,
	// What a maker sells or a bank offers its customer by name ("the NVDA
	// screen reader", "my XYZ calendar", "the hdfc bank app", "QRT buds").
	"bank": true, "calendar": true, "calendars": true, "buds": true, "earbuds": true,
	"headphones": true, "headset": true, "tv": true, "tvs": true, "watch": true, "mortgage": true,
}

// brandOffer reports whether the word after i is one of brandOffers.
func brandOffer(toks []token, i int) bool {
	if i+1 >= len(toks) || toks[i+1].kind != tokWord {
		return false
	}
	// "the NVDA screen reader": a screen reader is an app a blind user
	// runs, named by its maker; "the OOBE screen" is still a term.
	return brandOffers[toks[i+1].norm] || toks[i+1].norm == "screen" && i+2 < len(toks) && toks[i+2].norm == "reader"
}

// accountWords name what follows as someone's account or a device's
// model, so the name after them is a login or a model to quote, not a term
// ("username jo_smith_22", "gamer tag Night_Owl", "my handle is sam_k", "the
// printer model is QX_Laser_P100").
var accountWords = map[string]bool{
	"username": true, "usernames": true, "user": true, "login": true, "handle": true, "gamertag": true,
	"tag": true, "gt": true, "nick": true, "nickname": true, "psn": true, "id": true, "account": true,
	"model": true,
}

// accountName reports whether the name at i follows an account word,
// directly or after "is", "name" or a colon ("username: jo_k", "user name
// is jo_k").
func accountName(toks []token, i int) bool {
	for k, n := i-1, 0; k >= 0 && n < 3; k, n = k-1, n+1 {
		w := toks[k].norm
		if accountWords[w] {
			return true
		}
		if w != "is" && w != ":" && w != "name" && w != "=" {
			return false
		}
	}
	return false
}

// currencyCodes are the currency marks written glued to a sum in customers'
// messages ("Ksh2,000", "INR1500", "Rs.500", "USD50").
var currencyCodes = map[string]bool{
	"ksh": true, "kes": true, "rs": true, "inr": true, "usd": true, "gbp": true, "eur": true,
	"aud": true, "cad": true, "nzd": true, "ngn": true, "zar": true, "pkr": true, "aed": true,
	"sgd": true, "myr": true, "idr": true, "lkr": true, "ghs": true, "ugx": true,
	"tzs": true, "chf": true, "jpy": true, "cny": true, "rmb": true, "hkd": true, "sar": true,
	"egp": true, "brl": true, "mxn": true, "tk": true, "bdt": true, "npr": true, "kd": true,
}

// currencyAmount reports whether raw is a sum with its currency glued on:
// a currency code, an optional ".", then digits with "," and "." only.
func currencyAmount(raw string) bool {
	k := 0
	for k < len(raw) && k < 4 && (raw[k]|0x20 >= 'a' && raw[k]|0x20 <= 'z') {
		k++
	}
	if k < 2 || k == len(raw) || !currencyCodes[strings.ToLower(raw[:k])] {
		return false
	}
	if raw[k] == '.' {
		k++
	}
	if k == len(raw) || raw[k] < '0' || raw[k] > '9' {
		return false
	}
	for ; k < len(raw); k++ {
		if c := raw[k]; (c < '0' || c > '9') && c != ',' && c != '.' {
			return false
		}
	}
	return true
}

// loneWord reports whether the word at i is the only word of the message:
// the rest is handles, links and punctuation.
func loneWord(toks []token, i int) bool {
	for k := range toks {
		if k != i && toks[k].kind == tokWord {
			return false
		}
	}
	return true
}

// namedActor reports whether the word at i, all letters, opens a sentence
// as the one who acts (a package name such as "xserver-xorg-input-foo"
// stays a term): "Foo helps you keep one install", "FOO supports most distros",
// "Foo would be the best contact". A name that does things is a product or
// a project being talked about (LABELING.md keeps those clean); a term the
// reader must act on or understand sits inside a step ("check the FOO
// lease"). A listed component stays a term wherever it stands.
func namedActor(toks []token, i int) bool {
	if i > 0 {
		// After a sentence's end, a tweet's handle, or "that" / "but"
		// opening a clause ("keep in mind that Foo supports…").
		p := &toks[i-1]
		switch {
		case p.kind == tokPunct && strings.ContainsAny(p.norm, ".!?;"):
		case p.kind == tokOpaque && strings.HasPrefix(p.norm, "@"):
		case p.kind == tokWord && (p.norm == "that" || p.norm == "but"):
		default:
			return false
		}
	}
	k := i + 1
	if k < len(toks) && toks[k].kind == tokWord && (strings.HasSuffix(toks[k].norm, "ly") || actorAdverbs[toks[k].norm]) {
		k++ // "Foo mostly supports", "Foo then shows"
	}
	if k >= len(toks) || toks[k].kind != tokWord {
		return false
	}
	v := toks[k].norm
	if actorModals[v] {
		// "FOO should be set to the tag": a setting someone sets, not a
		// name that acts.
		return !(k+2 < len(toks) && toks[k+1].norm == "be" && settingVerbs[toks[k+2].norm])
	}
	// "SHG is looking into it", "NR are aware": a team or a partner at
	// work on the problem, named by its initials in a care reply.
	if actorBe[v] && k+1 < len(toks) && toks[k+1].kind == tokWord && actorDoing[toks[k+1].norm] {
		return true
	}
	if len(v) < 4 || v[len(v)-1] != 's' || strings.HasSuffix(v, "ss") || strings.HasSuffix(v, "us") || strings.HasSuffix(v, "is") {
		return false
	}
	// "helps you", "supports about", "sounds like": a verb in -s and
	// what it does to something. "Foo servers are" is a plural noun.
	return k+1 < len(toks) && toks[k+1].kind == tokWord && actorObjects[toks[k+1].norm]
}

// settingVerbs, after "should be", "must be", say what is done to a
// setting or a variable.
var settingVerbs = map[string]bool{"set": true, "unset": true, "exported": true, "defined": true,
	"overridden": true, "overriden": true, "enabled": true, "disabled": true, "assigned": true}

// actorAdverbs may stand between a name and what it does.
var actorAdverbs = map[string]bool{"then": true, "also": true, "just": true, "still": true, "now": true, "always": true, "never": true, "often": true}

// actorModals after a name at a sentence's start make it the one who acts.
var actorModals = map[string]bool{"would": true, "will": true, "can": true, "could": true, "should": true, "might": true, "may": true}

// actorBe and actorDoing: "is looking into", "are aware", "have
// confirmed": what people at work on a problem do, not what a term does.
var actorBe = map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true, "have": true}

var actorDoing = map[string]bool{
	"looking": true, "working": true, "investigating": true, "checking": true, "reviewing": true,
	"aware": true, "handling": true, "monitoring": true, "dealing": true, "responding": true,
	"contacting": true, "confirmed": true, "advised": true, "replied": true, "responded": true,
}

// actorObjects start what a verb in -s does something to.
var actorObjects = map[string]bool{
	"you": true, "your": true, "the": true, "a": true, "an": true, "about": true, "like": true, "it": true,
	"them": true, "us": true, "me": true, "our": true, "its": true, "this": true, "that": true, "many": true,
	"most": true, "all": true, "each": true, "any": true, "some": true, "my": true, "their": true, "every": true,
}

// redactionMasks are the names a data set writes in place of what it hid
// ("email us at __email__", "card __credit_card__"): the mask stands for
// an address or a number the reader would have seen, not a term.
var redactionMasks = map[string]bool{
	"email": true, "e_mail": true, "email_address": true, "credit_card": true, "card_number": true,
	"phone": true, "phone_number": true, "url": true, "link": true, "address": true, "username": true,
}

// redactionMask reports whether the token t (the tokenizer reads
// "email__" after the first two underscores as a path) is such a mask
// between double underscores. Code's "__name__" and "__init__" are not.
func redactionMask(text string, t *token) bool {
	if t.start < 2 || text[t.start-2:t.start] != "__" {
		return false
	}
	raw := text[t.start:t.end]
	inner := strings.TrimRight(raw, "_")
	if len(raw)-len(inner) < 2 {
		return false
	}
	return redactionMasks[strings.ToLower(inner)]
}

// numericHandle reports whether the message names an account by number
// ("flew with @AmericanAir at @124202", "thanks @115821"): public tweet
// sets replace handles with numbers, and no chat or forum name is all
// digits, so the message is a tweet even when it opens with a word.
func numericHandle(toks []token, text string) bool {
	for i := range toks {
		t := &toks[i]
		if t.kind != tokOpaque || t.end-t.start < 4 || text[t.start] != '@' {
			continue
		}
		digits := true
		for k := t.start + 1; k < t.end; k++ {
			if text[k] < '0' || text[k] > '9' {
				digits = false
				break
			}
		}
		if digits {
			return true
		}
	}
	return false
}

// rangeDash reports whether the dash-led chunk at i is a range's "to" glued
// to its dash before a number or a time ("9:00 a.m. -to 5:00 p.m.", "Mon
// -thru Fri"): a span of hours or days, not a command's switch.
func rangeDash(toks []token, i int, raw string) bool {
	if len(raw) < 3 || raw[0] != '-' || raw[1] == '-' || i+1 >= len(toks) || toks[i+1].kind != tokNumber && toks[i+1].kind != tokWord {
		return false
	}
	switch strings.ToLower(raw[1:]) {
	case "to", "till", "til", "until", "thru", "through":
		return true
	}
	return false
}

// dotName reports whether the dot-led chunk at i names a hidden folder or
// file by the noun after it: any such name before "folder" or "directory"
// (".thumbcache folder", ".ssh directory"), and before "file(s)" one longer
// than a file type's ending and no English word (".stfolder files"). A file
// type is what people know their files by (".mov files", ".pages file",
// ".numbers files"); technical endings (".dll") are judged as paths.
func dotName(toks []token, i int, raw string, lx *jargonLexicon) bool {
	if len(raw) < 3 || raw[0] != '.' || raw[1] < 'a' || raw[1] > 'z' || i+1 >= len(toks) {
		return false
	}
	for k := 1; k < len(raw); k++ {
		if c := raw[k]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	switch toks[i+1].norm {
	case "folder", "folders", "directory", "directories", "dir", "dirs":
		return true
	case "file", "files":
		return len(raw)-1 > 4 && !lx.known(raw[1:])
	}
	return false
}

// plainCode reports whether an inline code span holds what a plain reader
// knows: a document's or a picture's file name with an everyday stem
// ("`notes.txt`", "`photo.jpg`"), or a key press ("`Ctrl-C`", "`Cmd+V`").
// A rare name ("`setup.py`") is still a term. An everyday word alone in
// backticks was tried and dropped: on the held-out third it was a command
// ("`top`"-like) at least as often as emphasis.
func plainCode(code string, lx *jargonLexicon) bool {
	code = strings.Trim(code, "`")
	if code == "" || strings.ContainsAny(code, " \t") {
		return false
	}
	if keyPress(code) {
		return true
	}
	lw := strings.ToLower(code)
	if dot := strings.LastIndexByte(lw, '.'); dot > 0 && dot+1 < len(lw) && lettersOnly(lw[:dot]) {
		_, doc := lx.everyday[lw[dot+1:]]
		return doc && lx.knownWord(lw[:dot])
	}
	return false
}

// keyPress reports whether w is a modifier key joined to a key by "-" or
// "+": "Ctrl-C", "CMD-v", "Alt+F4", "Shift+Tab".
func keyPress(w string) bool {
	k := strings.IndexAny(w, "-+")
	if k <= 0 || k+1 >= len(w) {
		return false
	}
	switch strings.ToLower(w[:k]) {
	case "ctrl", "control", "cmd", "command", "alt", "option", "opt", "shift", "super", "win", "fn", "meta":
		return true
	}
	return false
}

// mentionedTerm reports whether the term at tokens [i, end) is a word
// talked about rather than used: the writer hands it back to the person who
// used it ("why do you say cached?", "what do you mean by `fast`?", "what
// kind of `buggy` do you mean?"), or names an everyday word as a word ("the
// `total` keyword"). The term is the other person's word, or a word everyone
// knows, and the reader needs no explanation of it. A suggestion ("did you
// mean `ls -la`?") offers a term and is not a mention.
func mentionedTerm(toks []token, i, end int, lx *jargonLexicon) bool {
	if askedAbout(toks, i, end) {
		return true
	}
	if i >= 3 {
		k := i - 1
		switch toks[k].norm {
		case "the", "a", "an", "that", "this":
			k-- // "what do you mean by the cache", "why do you say a proxy"
		}
		if k >= 1 && toks[k].norm == "by" && (toks[k-1].norm == "mean" || toks[k-1].norm == "meant") {
			k--
		}
		switch toks[k].norm {
		case "say", "said", "mean", "meant":
			if toks[k].norm == "mean" && toks[k+1].norm != "by" {
				break // "did you mean X?": a suggestion, not a mention
			}
			for j := k - 1; j >= 0 && j >= k-3; j-- {
				if toks[j].norm == "you" || toks[j].norm == "u" {
					return true
				}
			}
		}
	}
	if end >= len(toks) || toks[end-1].sentence {
		return false
	}
	if end == i+1 && lx != nil && toks[end].kind == tokWord {
		switch toks[end].norm {
		case "keyword", "keywords", "word", "words", "term":
			return lx.knownWord(strings.Trim(toks[i].norm, "`\"'"))
		}
	}
	// "what kind of X do you mean?": "do/did you mean" closes the sentence.
	for k := end; k+2 < len(toks) && k < end+6; k++ {
		if (toks[k].norm == "do" || toks[k].norm == "did") && toks[k+1].norm == "you" && toks[k+2].norm == "mean" {
			return k+3 >= len(toks) || toks[k+3].sentence || toks[k+3].clause
		}
		if toks[k].sentence {
			return false
		}
	}
	return false
}

// askedAbout reports whether the writer asks what the term at tokens
// [i, end) is: "what is X?", "what's an X exactly?", "what are Xs?", "what
// does X mean?", "what does X do?", "what does X stand for?". The writer
// does not know the word, so there is nothing to explain to them; the term
// used inside a question ("what is the X doing there?", "what does X say?")
// and "what's the X?" (most often asking for its value: "what's the IP?")
// are still terms.
func askedAbout(toks []token, i, end int) bool {
	k := i - 1
	if k >= 0 && (toks[k].norm == "a" || toks[k].norm == "an") {
		k-- // "what's an X?"; "what's the X?" more often asks for its value
	}
	if k < 0 {
		return false
	}
	verb := false // "what does X …": a verb must follow the term
	switch toks[k].norm {
	case "what's", "whats":
	case "is", "are", "'s":
		if k < 1 || toks[k-1].norm != "what" {
			return false
		}
	case "does", "do":
		if k < 1 || toks[k-1].norm != "what" {
			return false
		}
		verb = true
	default:
		return false
	}
	j := end
	if verb {
		if j >= len(toks) {
			return false
		}
		switch toks[j].norm {
		case "mean", "do":
			j++
		case "stand":
			j++
			if j < len(toks) && toks[j].norm == "for" {
				j++
			}
		default:
			return false
		}
	}
	if j < len(toks) {
		switch toks[j].norm {
		case "exactly", "again", "anyway", "then":
			j++
		}
	}
	if j >= len(toks) {
		return true // the question ends the message, its mark left off
	}
	return toks[j].kind == tokPunct && strings.Contains(toks[j].norm, "?")
}

// titleCased reports whether w is a capital and then small letters only
// ("Gedit", "Jim"), the way a product's or a person's name is written (the
// pattern shape %title too).
func titleCased(w string) bool {
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for k := 1; k < len(w); k++ {
		if w[k] < 'a' || w[k] > 'z' {
			return false
		}
	}
	return true
}

// appUsed reports whether the word at i is named as the app someone uses:
// after "use", "using", "open", "launch", "with", "via", "instead of",
// "switched to", "open it in", or "or"/"and" after another app's name.
func appUsed(toks []token, i int, text string) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].norm {
	case "use", "uses", "used", "using", "open", "opens", "opened", "opening", "launch", "launches",
		"launched", "launching", "with", "via":
		return true
	case "of":
		return i >= 2 && toks[i-2].norm == "instead"
	case "to":
		// "we switched to Pavucontrol"
		return i >= 2 && (strings.HasPrefix(toks[i-2].norm, "switch") || strings.HasPrefix(toks[i-2].norm, "mov") || strings.HasPrefix(toks[i-2].norm, "chang"))
	case "in":
		// "open it in Gedit", not "the bug in Ansible"
		return i >= 2 && (toks[i-2].norm == "it" || toks[i-2].norm == "them" || strings.HasPrefix(toks[i-2].norm, "file"))
	case "or", "and":
		// "Xed or Gedit": one of two apps named alike
		return i >= 2 && toks[i-2].kind == tokWord && titleCased(text[toks[i-2].start:toks[i-2].end])
	}
	return false
}

// productCode reports whether an inline code span names a product by its
// model or release, which LABELING.md keeps clean: a maker's model code in
// capitals and digits ("`QX-L2710DN`"), a capitalised line with its number
// ("`Inspiron 5510`"), or a name with "version" or "vN" and a number
// ("`fooprint version 3`", "`foodrv v2`").
func productCode(code string) bool {
	f := strings.Fields(strings.Trim(code, "`"))
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	if len(f) == 1 {
		return modelCode(f[0])
	}
	last := f[len(f)-1]
	if number(last) && f[len(f)-2] == "version" || len(last) > 1 && last[0] == 'v' && number(last[1:]) {
		return true
	}
	if !titleCased(f[0]) {
		return false
	}
	for _, w := range f[1:] {
		if !number(w) && !modelCode(w) && !(len(w) <= 4 && digitsAndCapitals(w)) {
			return false
		}
	}
	return true
}

// modelCode reports whether w is a maker's model code: capitals and digits
// joined by a hyphen, two of each at least ("QX-L2710DN", "RT-AX5400").
func modelCode(w string) bool {
	if len(w) < 5 || strings.IndexByte(w, '-') <= 0 {
		return false
	}
	up, dig := 0, 0
	for k := 0; k < len(w); k++ {
		switch c := w[k]; {
		case c >= 'A' && c <= 'Z':
			up++
		case c >= '0' && c <= '9':
			dig++
		case c != '-':
			return false
		}
	}
	return up >= 2 && dig >= 2
}

// digitsAndCapitals reports whether w holds a digit and is digits and
// capitals only ("8A", "S21", "2A").
func digitsAndCapitals(w string) bool {
	dig := false
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= '0' && c <= '9' {
			dig = true
		} else if c < 'A' || c > 'Z' {
			return false
		}
	}
	return dig
}

// number reports whether w is a number, dots allowed ("6", "2.1.5").
func number(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	for k := 0; k < len(w); k++ {
		if c := w[k]; (c < '0' || c > '9') && c != '.' {
			return false
		}
	}
	return true
}

// settingPhrase reports whether an inline code span quotes a setting's or
// an option's label in plain lower-case words ("enable `show previews on
// the lock screen`"): three words or more, every one common English, one
// of them a little word a command never holds. A command typed in lower
// case ("`make clean all`", "`git pull origin`") has none.
func settingPhrase(code string, lx *jargonLexicon) bool {
	f := strings.Fields(strings.Trim(code, "`"))
	if len(f) < 3 || len(f) > 8 {
		return false
	}
	little := false
	for _, w := range f {
		if !lettersOnly(w) || !lx.knownWord(w) || lx.listed(w) {
			return false
		}
		switch w {
		case "for", "the", "this", "of", "on", "when", "with", "your", "my", "all", "from", "after", "before":
			little = true
		}
	}
	return little
}
