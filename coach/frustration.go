package coach

import (
	"sort"
	"strings"
)

// Frustration is judged by a score, not by any one phrase. The message's
// valence is read VADER's way over our tokens (lexicon words with their
// intensity, capitals, "!" and "?", degree words, negation, "but",
// emoticons and emoji); support cues add to it (the frustration rules'
// phrases, waiting times, sarcasm, pleading, stretched letters, "??"), and
// calm or staff markers take away. A message scoring at least
// frustrationThreshold gets a finding that names the strongest cue.

// frustrationThreshold was chosen on the development split of the real
// corpus (README, "The frustration score").
const frustrationThreshold = 1.0

// The weights of the score's parts, chosen with the threshold.
const (
	wNegative      = 0.25 // per unit of negative valence
	wPositive      = 0.1  // per unit of positive valence, taken away
	wStrongWord    = 0.25 // a word or emoji rated -2 or below ("hate", "worst", 😡)
	wStretched     = 0.75 // "sooo", "pleaseee"
	wQuestions     = 0.5  // "??", "?!"
	wLoudQuestions = 0.5  // and "???", "?!?"
	wClipped       = 0.75 // "Still. Broken."
	wSadFace       = 0.25 // a sad, angry or despairing emoji or emoticon
	wAngryFace     = 0.5  // and more when it is angry or despairing (>:( 😡 😭 🙄)
	// plainFrown is the share of its rated valence a plain frown keeps
	// (":(", "🙁", not an angry or despairing face). LABELING.md counts
	// angry or despairing emoji; a frown on a calm failure report is
	// sadness ("the update broke my mail :("), so it tips the score only
	// beside another sign: a grievance, a count, a wait, a rated word.
	plainFrown    = 0.5
	wPleadAgain   = 0.5  // pleading twice ("please help, anyone?")
	wTroubleWait  = 0.25 // a wait in a message that names a fault ("broken for 2 weeks")
	wExclaims     = 0.4  // "!!" and longer runs
	strongValence = -2.0
	happyMargin   = 1.5 // positive minus negative valence of a happy message
	mildRating    = 1.0
)

// frustrationReading is the score of one message and where it came from.
type frustrationReading struct {
	score float64
	// pos and neg are the summed positive and negative valences, with
	// punctuation emphasis added to the stronger side.
	pos, neg float64
	cues     float64
	// facePos is the part of pos that emoji, emoticons and typed laughter
	// bring.
	facePos float64
	// strongest is the token index of the most negative rated word or
	// emoji, or -1; strongestV its valence. negs keeps the most negative
	// few, strongest first, so a finding can avoid another's span.
	strongest  int
	strongestV float64
	negs       [4]scoredToken
	// cue is the support cue of the largest weight, as tokens [cue, cueEnd),
	// or cue = -1.
	cue, cueEnd int
	cueKind     cueKind
	// spans keeps the first few support cues of positive weight, so that a
	// finding can name another when the strongest overlaps a finding.
	spans  [4]cueSpan
	nSpans int
	// emphasis is the token index of the loudest "!!"/"??" run, or -1.
	emphasis int
	// kinds counts the support cues of each kind.
	kinds [nCueKinds]int
	// stretched, questions and exclaims count the emphasis cues. (A lone
	// word in capitals is as often an acronym as a shout: capitals count
	// on rated words, as in VADER, and through the shouting and caps rules.)
	stretched, questions, exclaims int
	// happy is set when the positive valence clearly outweighs the
	// negative: emphasis then counts for joy, not stress.
	happy bool
	// plain is a message with no word of grievance, no negative word or
	// face, and no support cue of positive weight: its "!!!" is
	// excitement ("Off we go!!!", "Spring break !!!"), not stress
	// (LABELING.md: marks count with a complaint). A run of "???" still
	// counts: "Where is the link????" asks loudly.
	plain bool
	// joyful is a happy message that names no grievance and has no
	// negative word: "This is unbelievable... thank you so much!" is
	// surprise, not exasperation.
	joyful bool
	// surprised counts the exasperation cues that are words of surprise
	// ("unbelievable", "can't believe"), which joy can carry.
	surprised int
	// loudQuestions counts runs of three or more "?" or "?!" mixes.
	loudQuestions int
	// sadFaces counts negative emoji and emoticons, angryFaces those of
	// anger or despair rather than plain sadness (":(" on a calm report).
	sadFaces, angryFaces int
	// clipped is set by two or more one-word sentences in a row.
	clipped bool
	// ironic is the first praise cue ("great job") as tokens
	// [ironic, ironicEnd), or -1: it counts as sarcasm only in a message
	// that names a grievance.
	ironic, ironicEnd int
	// cueUntil is the end of the last support cue of positive weight read
	// so far (sarcasm and a shouted word aside): a word of praise inside one is the cue's
	// word, not praise ("I'd better get a refund", "taking advantage of
	// customers", "all you care about").
	cueUntil int
	// pleadUntil is the end of the last pleading cue, so that two
	// pleading cues over the same words count once.
	pleadUntil int
}

// cueSpan is a support cue as tokens [i, end).
type cueSpan struct {
	i, end int
	kind   cueKind
}

// scoredToken is a token index with its valence.
type scoredToken struct {
	i int
	v float64
}

// noteNegative keeps token i of valence v among the most negative few.
func (r *frustrationReading) noteNegative(i int, v float64) {
	if v < r.strongestV {
		r.strongest, r.strongestV = i, v
	}
	for k := range r.negs {
		if r.negs[k].i < 0 || v < r.negs[k].v {
			copy(r.negs[k+1:], r.negs[k:len(r.negs)-1])
			r.negs[k] = scoredToken{i, v}
			return
		}
	}
}

// noteCue records a support cue of kind at tokens [i, i+n).
func (r *frustrationReading) noteCue(kind cueKind, i, n int) {
	if kind == cuePleading {
		// "can someone help me please" reads as "someone help" and "help
		// me please": one plea, not pleading twice.
		overlaps := i < r.pleadUntil
		r.pleadUntil = max(r.pleadUntil, i+n)
		if overlaps {
			return
		}
	}
	r.kinds[kind]++
	switch {
	case kind == cueIronic && r.ironic < 0:
		r.ironic, r.ironicEnd = i, i+n
	}
	if w := cueWeights[kind]; w > 0 && (r.cue < 0 || w > cueWeights[r.cueKind]) {
		r.cue, r.cueEnd, r.cueKind = i, i+n, kind
	}
	if cueWeights[kind] > 0 && kind != cueSarcasm && kind != cueShouted && i+n > r.cueUntil {
		r.cueUntil = i + n
	}
	if cueWeights[kind] > 0 && r.nSpans < len(r.spans) {
		r.spans[r.nSpans] = cueSpan{i, i + n, kind}
		r.nSpans++
	}
}

// cueWeights are what each kind of support cue adds to the score, once
// per message. Calm and staff markers ("no rush", "sorry to hear that")
// and questions asking for ideas take away.
var cueWeights = [nCueKinds]float64{
	cueWaiting:        0.75,
	cueSarcasm:        1.0,
	cuePleading:       0.75,
	cueImpatience:     0.25,
	cueCalm:           -1.0,
	cueStaff:          -1.0,
	cueQuery:          -0.3,
	cueWhy:            0.5,
	cueExasperation:   0.75,
	cueDemand:         0.75,
	cueRegression:     0.25,
	cueFeeling:        0.6,
	cueOutage:         0.25,
	cueLeaving:        0.75,
	cueIgnored:        0.75,
	cueMoney:          0.25,
	cueRepeatFailure:  0.5,
	cueRhetorical:     1.0,
	cueResolved:       -0.75,
	cueQuit:           1.0,
	cueComplaintTag:   1.25,
	cueServiceVerdict: 0.5,
	cueShouted:        0.5,
	cueTreatment:      1.0,
}

// ruleCueWeights are what a candidate of a frustration phrase rule adds to
// the score. A rule not listed (a team's own) counts as a full cue.
var ruleCueWeights = map[string]float64{
	"frustration.repeat":       1.0,
	"frustration.persisting":   0.3,
	"frustration.urgency":      1.0,
	"frustration.emotion":      1.0,
	"frustration.exclaim":      0.6,
	"frustration.shouting":     1.0,
	"frustration.deadline":     1.0,
	"frustration.waiting":      1.0,
	"frustration.swearing":     0.75,
	"frustration.caps":         1.0,
	"frustration.ignored":      1.0,
	"frustration.ticket-count": 1.0,
	"frustration.verdict":      1.0,
}

// emphasisRules are the frustration rules that only measure emphasis; in a
// happy message they count for joy.
var emphasisRules = map[string]struct{}{
	"frustration.exclaim": {}, "frustration.shouting": {}, "frustration.caps": {},
}

// applyFrustration is the frustration step of the analysis: it scores the
// message and keeps the frustration candidates only when the score reaches
// the threshold, adding one at the strongest negative word when no phrase
// rule named a span. The staff-side "unacknowledged" nudge is not a cue and
// is left alone, as is everything on a message the caller knows is staff's.
// r is the message's reading (readFrustration).
func (a *Analyzer) applyFrustration(toks []token, text string, c Context, cands []candidate, r *frustrationReading) []candidate {
	if c.Role == RoleStaff {
		return cands
	}
	// Each phrase rule counts for at most two of its matches ("still not
	// working, I've restarted it 5 times" is two signs of the same kind).
	cueSum, nCues := 0.0, 0
	// praise is the positive valence of words inside the frustration
	// rules' matches ("love" in "for the love of god"): the rule's, not
	// praise, so the score gives back what it took off for them.
	praise := 0.0
	// A plain message ("Off we go!!!") whose only frustration rule is the
	// "!!!" one: its marks count for nothing.
	plain := r.plain
	for i := 0; plain && i < len(cands); i++ {
		if isFrustrationCue(cands[i].rule) && cands[i].rule.id != "frustration.exclaim" {
			plain = false
		}
	}
	if plain && !r.happy && r.exclaims > 0 {
		cueSum -= wExclaims
	}
	var seen [16]*compiledRule
	var times [16]int
	nSeen := 0
	nLabels := 0
	for i := range cands {
		cr := cands[i].rule
		if !isFrustrationCue(cr) {
			continue
		}
		if _, loud := emphasisRules[cr.id]; loud && (controlLabel(toks, cands[i].end) || screenText(toks, cands[i].start, cands[i].end)) {
			// "the blue SAVE CHANGES button": a label, not a shout; "it
			// shows ERROR CODE 502 BAD GATEWAY": the screen's words.
			cands[i].rule = nil
			nLabels++
			continue
		}
		nCues++
		k := 0
		for k < nSeen && seen[k] != cr {
			k++
		}
		if k == nSeen {
			if nSeen == len(seen) {
				continue
			}
			seen[k] = cr
			nSeen++
		}
		if times[k]++; times[k] > 2 {
			continue
		}
		w, ok := ruleCueWeights[cr.id]
		if !ok {
			w = frustrationThreshold
		}
		if _, loud := emphasisRules[cr.id]; loud && r.happy {
			w = 0 // capitals or "!!!" in a happy message
		}
		if cr.id == "frustration.exclaim" && plain && !strings.Contains(text[cands[i].start:cands[i].end], "?") {
			w = 0 // "Off we go!!!": marks with nothing to complain of ("Where is the link????" still asks loudly)
		}
		if cr.id == "frustration.emotion" && r.joyful && surpriseWords[strings.ToLower(text[cands[i].start:cands[i].end])] {
			w = 0 // "unbelievable, thank you so much!": delight
		}
		if w > 0 {
			praise += praiseWithin(toks, cands[i].start, cands[i].end)
		}
		cueSum += w
	}
	score := r.score + cueSum + wPositive*min(praise, max(0, r.pos-r.facePos))
	if nLabels > 0 {
		out := cands[:0]
		for _, cd := range cands {
			if cd.rule != nil {
				out = append(out, cd)
			}
		}
		cands = out
	}
	if score < frustrationThreshold {
		if nCues == 0 {
			return cands
		}
		out := cands[:0]
		for _, cd := range cands {
			if !isFrustrationCue(cd.rule) {
				out = append(out, cd)
			}
		}
		return out
	}
	if nCues > 0 {
		return cands
	}
	// Name the strongest cue that no other finding covers: the most
	// negative word, else the weightiest support cue, else the loudest
	// "!!"/"??" and its sentence.
	for _, n := range r.negs {
		if n.i < 0 {
			break
		}
		s, e := toks[extendModifiers(toks, n.i)].start, chunkEnd(toks, n.i)
		if rule := a.byID["frustration.emotion"]; rule != nil && !candsOverlap(cands, s, e) {
			return append(cands, candidate{start: s, end: e, rule: rule})
		}
	}
	// The weightiest support cue first, then the others in order.
	var spans [len(r.spans) + 1]cueSpan
	n := 0
	if r.cue >= 0 {
		spans[0] = cueSpan{r.cue, r.cueEnd, r.cueKind}
		n++
	}
	n += copy(spans[n:], r.spans[:r.nSpans])
	for _, sp := range spans[:n] {
		// A cue that starts at the mark before it (". Brilliant.") is
		// named from its first word.
		for sp.i+1 < sp.end && toks[sp.i].kind == tokPunct {
			sp.i++
		}
		id := "frustration.emotion"
		switch sp.kind {
		case cueWaiting, cueImpatience:
			id = "frustration.repeat"
		case cuePleading, cueDemand:
			id = "frustration.urgency"
		}
		if rule := a.byID[id]; rule != nil && !candsOverlap(cands, toks[sp.i].start, toks[sp.end-1].end) {
			return append(cands, candidate{start: toks[sp.i].start, end: toks[sp.end-1].end, rule: rule})
		}
	}
	// A cue whose head lies under another finding ("you obviously don't
	// value your customers", where "obviously" is condescending) is named
	// by its words after that finding.
	for _, sp := range spans[:n] {
		rule := a.byID["frustration.emotion"]
		if rule == nil || sp.kind == cueWaiting || sp.kind == cueImpatience || sp.kind == cuePleading || sp.kind == cueDemand {
			continue
		}
		for k := sp.i + 1; k < sp.end; k++ {
			if toks[k].kind == tokWord && !candsOverlap(cands, toks[k].start, toks[sp.end-1].end) {
				return append(cands, candidate{start: toks[k].start, end: toks[sp.end-1].end, rule: rule})
			}
		}
	}
	if r.emphasis >= 0 {
		ss := sentenceStart(toks, r.emphasis)
		if rule := a.byID["frustration.exclaim"]; rule != nil && !candsOverlap(cands, toks[ss].start, toks[r.emphasis].end) {
			return append(cands, candidate{start: toks[ss].start, end: toks[r.emphasis].end, rule: rule})
		}
	}
	return cands
}

// praiseWithin sums the lexicon ratings of the words of praise in bytes
// [start, end), as the score counts them (milder than ±1 ignored).
func praiseWithin(toks []token, start, end int) float64 {
	vt := valences()
	sum := 0.0
	for k := tokenFrom(toks, start); k < len(toks) && toks[k].start < end; k++ {
		if wi, ok := vt.infoOf(&toks[k]); ok && wi.rated && !wi.isDegree && wi.val >= mildRating {
			sum += wi.val
		}
	}
	return sum
}

// candsOverlap reports whether [start, end) overlaps a candidate's span.
func candsOverlap(cands []candidate, start, end int) bool {
	for i := range cands {
		if cands[i].start < end && start < cands[i].end {
			return true
		}
	}
	return false
}

// isFrustrationCue reports whether a candidate of rule cr is a cue of the
// score: any frustration rule but the staff-side "unacknowledged" nudge.
func isFrustrationCue(cr *compiledRule) bool {
	return cr.category == Frustration && cr.detector != "unacknowledged"
}

// isCapitals reports whether t is a word of two or more letters, all
// capitals ("WHY", "I'M").
func isCapitals(t *token, text string) bool {
	if t.kind != tokWord || t.end-t.start < 2 {
		return false
	}
	for k := t.start; k < t.end; k++ {
		if c := text[k]; !(c >= 'A' && c <= 'Z') && c != '\'' {
			return false
		}
	}
	return true
}

// sentenceStart returns the index of the first token of the sentence that
// holds token i.
func sentenceStart(toks []token, i int) int {
	for i > 0 && !toks[i-1].sentence {
		i--
	}
	return i
}

// chunkEnd returns the end of token i, or for punctuation, of the run of
// punctuation touching it: the whole of ":(" or ">:(", not its first mark.
func chunkEnd(toks []token, i int) int {
	end := toks[i].end
	if toks[i].kind != tokPunct {
		return end
	}
	for j := i + 1; j < len(toks) && toks[j].kind == tokPunct && toks[j].start == end && end-toks[i].start < 4; j++ {
		end = toks[j].end
	}
	return end
}

// extendModifiers widens a finding at word i to up to two degree words
// just before it ("so annoying", "really very slow").
func extendModifiers(toks []token, i int) int {
	for k := 0; k < 2 && i > 0; k++ {
		p := &toks[i-1]
		if p.kind != tokWord {
			break
		}
		if _, ok := degreeWords[p.norm]; !ok {
			break
		}
		i--
	}
	return i
}

// readFrustration scores the message in toks.
func readFrustration(toks []token, text string) frustrationReading {
	vt := valences()
	r := frustrationReading{strongest: -1, emphasis: -1, cue: -1, ironic: -1}
	for k := range r.negs {
		r.negs[k].i = -1
	}
	words, caps, pleas := 0, 0, 0
	trouble, grievance, sincere := false, false, false
	exclaims, questions := 0, 0
	loudest := 0
	for i := range toks {
		t := &toks[i]
		if i+1 < len(toks) && (toks[i+1].norm == "time" || toks[i+1].norm == "times") && repeatOrdinals[t.norm] {
			grievance = true // "for the 4th time"
		}
		switch t.kind {
		case tokWord:
			words++
			if isCapitals(t, text) {
				caps++
			}
		case tokPunct:
			e, q := strings.Count(t.norm, "!")+emojiBangs(t.norm), strings.Count(t.norm, "?")
			exclaims += e
			questions += q
			if n := e + q; n >= 2 && n > loudest {
				loudest, r.emphasis = n, i
			}
		}
	}
	capDiff := caps > 0 && caps < words
	if capDiff {
		for i := range toks {
			if isCapitals(&toks[i], text) && shoutedWord(toks, i, text, vt) {
				r.noteCue(cueShouted, i, 1)
				break
			}
		}
	}

	var pos, neg, cues float64
	butAt, firstPos := -1, -1
	// facePos is the positive valence of emoji and emoticons: a smile
	// after a complaint ("printing garbage again!!! 🙂") is a smile, not
	// joy, so alone it does not make the message happy.
	facePos := 0.0
	sentWords, clipped := 0, 0
	bangRun, bangRunSeen := 0, false
	// A clause that rates the service badly: a word of -1.5 or below and
	// a name of the service ("network", "customer service", "airline").
	verdictAt, serviceIn := -1, false
	// Per sentence: the valences of its words, so that "but" can reweigh
	// the part before it.
	var sPos, sNeg, sPosBefore, sNegBefore float64
	flush := func() {
		if butAt >= 0 {
			pos += sPosBefore*butBefore + sPos*butAfter
			neg += sNegBefore*butBefore + sNeg*butAfter
		} else {
			pos += sPos
			neg += sNeg
		}
		sPos, sNeg, sPosBefore, sNegBefore = 0, 0, 0, 0
		butAt = -1
	}
	for i := range toks {
		t := &toks[i]
		v := 0.0
		laugh := false
		switch t.kind {
		case tokWord:
			wi, ok := vt.infoOf(t)
			laugh = wi.laugh
			serviceIn = serviceIn || wi.service
			// Every cue that starts here counts: "still haven't heard" is
			// impatience and no reply; "but you promised" starts at "but".
			r.noteCuesAt(wi.cues, toks, i)
			if t.norm == "again" {
				if k := neverPatronAgain(toks, i); k >= 0 {
					r.noteCue(cueQuit, k, i-k+1)
				}
			}
			if t.norm == "but" && butAt < 0 {
				butAt = i
				sPosBefore, sNegBefore = sPos, sNeg
				sPos, sNeg = 0, 0
				break
			}
			if wi.pleads && !politeAsk(toks, i) {
				pleas++
			}
			// "works without issues", "no problems since": a fault denied
			// is no grievance.
			if (wi.trouble || wi.grievance) && !deniedTrouble(toks, i) {
				trouble = trouble || wi.trouble
				grievance = true
			}
			if t.norm == "appreciate" || t.norm == "grateful" {
				sincere = true // "I appreciate the hard work": praise meant
			}
			if !ok {
				if two, one, stretched := squeezeStretched(t.norm); stretched {
					r.stretched++
					if pleading[one] || pleading[two] {
						r.noteCue(cuePleading, i, 1) // "helppp", "pleeease"
					}
					if wi, ok = vt.info[two]; !ok {
						wi = vt.info[one]
					}
				}
			}
			// "so bad", "really bad": unrated on its own ("bad gateway",
			// "a bad sector"), "bad" turned up by a degree word is a
			// verdict.
			if t.norm == "bad" && turnedUpBad(toks, i) {
				wi.rated, wi.val = true, badValence
			}
			// A mildly rated word ("stops", "tough", "silly") describes more
			// than it feels: only ratings of ±1 or beyond count.
			if wi.isDegree || !wi.rated || wi.val == 0 || (wi.val > -mildRating && wi.val < mildRating) {
				break
			}
			// "the worst case" is planning, not a verdict.
			if t.norm == "worst" && i+1 < len(toks) && toks[i+1].norm == "case" {
				break
			}
			// "at worst it would slip a day" weighs a risk, like "worst case".
			if t.norm == "worst" && i > 0 && toks[i-1].norm == "at" {
				break
			}
			// "permission denied", "kernel panic", "fatal error": the name
			// of a fault, not a feeling.
			if wi.compound && faultCompound(toks, i) {
				break
			}
			// "Hey Rob," and "Hi Joy": a name after a greeting, not a word
			// of feeling.
			if greetedName(toks, i, text) {
				break
			}
			v = wordValence(toks, i, text, wi.val, capDiff, vt)
			// "so ill check the logs" is "I'll" without its apostrophe.
			if t.norm == "ill" && i+1 < len(toks) && afterIll[toks[i+1].norm] {
				v = 0
			}
			// "not to be rude, but…" and "no offence, but…" preface a
			// complaint: the negated word is no praise.
			if v > 0 && wi.val < 0 && disclaimer(toks, i) {
				v = 0
			}
			// "no luck", "without success", "no joy": a try that did not
			// work, reported as calmly as "it failed".
			if v < 0 && wi.val > 0 && triedWords[t.norm] && i > 0 && (toks[i-1].norm == "no" || toks[i-1].norm == "without") {
				v = 0
			}
			// "to avoid disappointing people", "prevent annoying pop-ups":
			// a feeling word as the verb or object of avoiding names what
			// the writer means to spare someone, not their own mood.
			if v < 0 && i > 0 && avoidWords[toks[i-1].norm] {
				v = 0
			}
			// "that was dumb of me": the writer owning a slip, not upset.
			if v < 0 && i+2 < len(toks) && toks[i+1].norm == "of" && (toks[i+2].norm == "me" || toks[i+2].norm == "us") {
				v = 0
			}
		case tokNumber:
			if kind, n := matchCue(toks, i, cueIndex()["#"]); n > 0 {
				r.noteCue(kind, i, n)
			} else if kind, n := matchCue(toks, i, cueIndex()[t.norm]); n > 0 {
				// A cue written with digits ("4 tickets", "3 calls")
				// starts at a number token too.
				r.noteCue(kind, i, n)
			}
		case tokPunct:
			// Cues that start at a mark: ". Fantastic." closing a
			// grievance.
			wi, _ := vt.infoOf(t)
			r.noteCuesAt(wi.cues, toks, i)
			if t.norm == "#" && i+1 < len(toks) && toks[i+1].kind == tokWord && toks[i+1].start == t.end && (isComplaintTag(toks[i+1].norm) || ironicTagAt(toks, i+1)) {
				r.noteCue(cueComplaintTag, i, 2)
			}
			if q := strings.Count(t.norm, "?"); q >= 2 || (q >= 1 && strings.Contains(t.norm, "!")) {
				r.questions++
				// "???" and "?!" (an interrobang is exasperation, not a
				// question asked twice)
				if len(t.norm) >= 3 || strings.Contains(t.norm, "!") {
					r.loudQuestions++
				}
			} else if strings.Count(t.norm, "!") >= 2 {
				r.exclaims++
			}
			// "❗️❗️" and "‼️" are "!!" typed as emoji: each mark is a
			// token, with a variation selector between them.
			if n := emojiBangs(t.norm); n > 0 {
				bangRun += n
				if bangRun >= 2 && !bangRunSeen {
					r.exclaims++
					bangRunSeen = true
				}
			} else if t.norm != "\ufe0f" {
				bangRun = 0
			}
			if ev, ok := vt.emoji[t.norm]; ok {
				v = ev
			} else if ev, ok := emoticonValence(toks, i, text, vt); ok {
				v = ev
			}
			if v < 0 {
				// ":((" is a frown held longer: despair, not a shrug.
				if v <= strongValence || eyeRolls[t.norm] || strings.Contains(text[t.start:chunkEnd(toks, i)], "((") {
					r.angryFaces++
				} else {
					v *= plainFrown
				}
				r.sadFaces++
			}
		case tokOpaque:
			// A fault word in scare quotes ("my phone is “bricked”") names
			// the fault all the same.
			if t.prot == spanQuote {
				if qi := vt.info[quotedWord(text[t.start:t.end])]; qi.trouble || qi.grievance {
					trouble = trouble || qi.trouble
					grievance = true
				}
			}
			if t.prot == spanEmoji {
				if v = shortcodeValence(t.norm, vt); v < 0 {
					r.sadFaces++
					if v <= strongValence || eyeRolls[t.norm] {
						r.angryFaces++
					} else {
						v *= plainFrown
					}
				}
			}
		}
		if v > 0 && i < r.cueUntil && t.kind == tokWord {
			v = 0 // praise words read by a cue ("better" in "I'd better get")
		}
		if v > 0 {
			sPos += v
			if firstPos < 0 {
				firstPos = i
			}
			if t.kind != tokWord || laugh {
				facePos += v
			}
		} else if v < 0 {
			sNeg -= v
			r.noteNegative(i, v)
			if v <= serviceVerdictValence && verdictAt < 0 && !accusingWords[t.norm] {
				verdictAt = i
			}
		}
		if t.clause || t.sentence || t.norm == "but" || i == len(toks)-1 {
			if verdictAt >= 0 && serviceIn {
				r.noteCue(cueServiceVerdict, verdictAt, 1)
			}
			verdictAt, serviceIn = -1, false
		}
		if t.kind == tokWord {
			sentWords++
		}
		if t.sentence {
			flush()
			// "Still. Broken." and "Every. Single. Time.": words clipped
			// into sentences of their own.
			if sentWords == 1 && t.norm == "." {
				// "Nothing. Again." and "got the small one. again.": a
				// word of repetition or emptiness left as a sentence.
				if i > 0 && lastWordAside[toks[i-1].norm] {
					r.noteCue(cueRhetorical, i-1, 1)
				}
				clipped++
				if clipped >= 2 {
					r.clipped = true
				}
			} else {
				clipped = 0
			}
			sentWords = 0
		}
	}
	flush()
	// Praise beside a grievance ("great job, another update and the
	// subtitles are gone", "2 hour queue, truly amazing service") is
	// sarcasm; on its own, or with a fix reported or a staff voice, it
	// means what it says.
	grievance = grievance || neg >= 1 || r.kinds[cueWaiting] > 0 || r.kinds[cueIgnored] > 0 ||
		r.kinds[cueRepeatFailure] > 0 || r.kinds[cueOutage] > 0 || r.kinds[cueQuit] > 0 || r.kinds[cueLeaving] > 0 ||
		r.kinds[cueComplaintTag] > 0 || r.kinds[cueMoney] > 0
	if grievance && !sincere && r.kinds[cueResolved] == 0 && r.kinds[cueStaff] == 0 {
		// "Screen froze again. Thanks @Acme": thanks to the company at
		// the very end of a grievance that asks nothing and praises
		// nothing before it ("the wait was short, thanks @Acme").
		if r.ironic < 0 && questions == 0 && pleas == 0 && r.kinds[cueQuery] == 0 {
			if k, n := addressedThanks(toks, text); n > 0 && (firstPos < 0 || firstPos >= k) {
				r.noteCue(cueIronic, k, n)
			}
		}
		if r.ironic >= 0 && r.kinds[cueSarcasm] == 0 {
			r.noteCue(cueSarcasm, r.ironic, r.ironicEnd-r.ironic)
		}
	}
	if (r.kinds[cueSarcasm] > 0 || r.kinds[cueTreatment] > 0) && r.kinds[cueResolved] == 0 {
		// "Thanks for nothing" and "great, just great" mean the opposite,
		// as does the praise beside a verdict on how customers are treated
		// ("is taking advantage of customers fun?").
		neg += pos
		pos = 0
	}
	// VADER's punctuation emphasis goes to the stronger side.
	amp := float64(min(exclaims, maxExclaims)) * exclaimStep
	switch {
	case questions > 3:
		amp += questionsMax
	case questions > 1:
		amp += float64(questions) * questionStep
	}
	// A smile beside the marks does not choose their side
	// ("incomplete??? 🙂").
	if wordPos := pos - facePos; wordPos > neg {
		pos += amp
	} else if neg > wordPos {
		neg += amp
	}
	for k, n := range r.kinds {
		if n > 0 {
			cues += cueWeights[k]
		}
	}
	if pleas >= 3 && r.kinds[cuePleading] > 0 {
		r.kinds[cuePleading]++ // "please …, please help, please give it back"
	}
	// So does feeling ignored there ("the order never came and no one
	// answers").
	if (r.kinds[cueWaiting] > 0 || r.kinds[cueIgnored] > 0) && trouble {
		cues += wTroubleWait
	}
	if r.kinds[cuePleading] >= 2 {
		cues += wPleadAgain
	}
	if r.strongestV <= strongValence {
		cues += wStrongWord
	}
	cues += wSadFace*float64(min(r.sadFaces, 1)) + wAngryFace*float64(min(r.angryFaces, 1))
	if r.clipped {
		cues += wClipped
	}
	// Emphasis strengthens the message's mood, as in VADER: in a happy
	// message ("THANK YOU!!! it works") capitals and marks are joy.
	r.happy = pos-facePos-neg >= happyMargin
	// Surprise in a joyful message is delight: "This is unbelievable...
	// Thank you so much!"
	r.joyful = r.happy && !grievance && neg == 0
	if r.happy && r.kinds[cueShouted] > 0 {
		cues -= cueWeights[cueShouted] // "it works NOW, thank you!"
	}
	if r.joyful && r.kinds[cueExasperation] > 0 && r.surprised >= r.kinds[cueExasperation] {
		cues -= cueWeights[cueExasperation]
	}
	r.plain = neg == 0 && !grievance && r.cue < 0 && r.stretched == 0 && r.sadFaces == 0 && !r.clipped &&
		(exclaims < 2 || !negatedAny(toks))
	if !r.happy {
		cues += wLoudQuestions*float64(min(r.loudQuestions, 1)) + wStretched*float64(min(r.stretched, 1)) +
			wQuestions*float64(min(r.questions, 1)) + wExclaims*float64(min(r.exclaims, 1))
	}
	r.pos, r.neg, r.cues = pos, neg, cues
	// A smiley takes nothing away: "incomplete??? 🙂" is as frustrated
	// as without it (LABELING.md: emoji do not change the label).
	r.facePos = facePos
	r.score = wNegative*neg - wPositive*max(0, pos-facePos) + cues
	return r
}

// wordValence applies VADER's heuristics to the rated word at i, whose
// lexicon valence is val: capitals, the degree words and negations among
// the three words before it in its clause ("no" is a negation too).
func wordValence(toks []token, i int, text string, val float64, capDiff bool, vt *valenceTable) float64 {
	v := val
	if capDiff && isCapitals(&toks[i], text) {
		if v > 0 {
			v += capsStep
		} else {
			v -= capsStep
		}
	}
	j := i
	for k := 0; k < lookBackWords; k++ {
		j--
		if j < 0 || toks[j].clause || toks[j].kind != tokWord {
			break
		}
		w := toks[j].norm
		if _, rated := vt.words[w]; rated {
			continue
		}
		if s, ok := degreeOf(w); ok {
			if v < 0 {
				s = -s
			}
			if isCapitals(&toks[j], text) && capDiff {
				if v > 0 {
					s += capsStep
				} else {
					s -= capsStep
				}
			}
			switch k {
			case 1:
				s *= 0.95
			case 2:
				s *= 0.9
			}
			v += s
		}
		// "Why won't this stupid thing…" negates the verb, not the word;
		// "couldn't be more annoyed" turns the word up, not off.
		if isNegation(w) && !(j > 0 && toks[j-1].norm == "why") && !beMore(toks, j) && !moreThan(toks, i) {
			if oathWords[toks[i].norm] {
				// "ain't shit", "not worth a damn", "don't give a damn": a
				// negated oath is contempt, not praise; it keeps its sign.
			} else if w == "never" && neverSuch(toks, j, i) {
				v *= neverSuchFactor // "never seen such awful service": more, not less
			} else {
				v *= negateFactor
			}
		}
	}
	// "not great", "not a good experience": praise denied is understatement,
	// mild disapproval, not a word as strong as "awful" (VADER's negation
	// would make "not great" -2.3).
	if val > 0 && v < negatedPraiseFloor {
		v = negatedPraiseFloor
	}
	return v
}

// avoidWords are verbs of sparing someone a trouble.
var avoidWords = map[string]bool{"avoid": true, "avoids": true, "avoiding": true, "avoided": true,
	"prevent": true, "prevents": true, "preventing": true}

// negatedPraiseFloor is the most negative a negated word of praise reads.
const negatedPraiseFloor = -1.5

// moreThan reports whether the rated word at i is compared upwards ("love
// more than", "better than"): a negation before it ("nothing we love more
// than", "no better feeling than") makes it the most, not its opposite.
func moreThan(toks []token, i int) bool {
	if i+1 < len(toks) && toks[i+1].norm == "than" {
		return true
	}
	return i+2 < len(toks) && toks[i+2].norm == "than" && (toks[i+1].norm == "more" || toks[i+1].norm == "better")
}

// explainingWhy are the words before a "why" that answers rather than asks:
// "that's why it fails", "this is why you closed it", "I know why".
var explainingWhy = map[string]bool{
	"that's": true, "thats": true, "is": true, "was": true, "that": true, "reason": true, "explains": true,
	"explain": true, "know": true, "see": true, "understand": true, "which": true, "wondering": true, "wonder": true,
}

// deniedTrouble reports whether the fault word at i is denied by a "no",
// "without", "never" or "not" up to two words before it in its clause:
// "runs without any issues", "never a problem".
func deniedTrouble(toks []token, i int) bool {
	for k, j := 0, i-1; k < 2 && j >= 0 && !toks[j].clause && toks[j].kind == tokWord; k, j = k+1, j-1 {
		switch toks[j].norm {
		case "without", "no", "zero", "never", "not", "nothing":
			return true
		}
	}
	return false
}

// thankedBefore reports whether a word of thanks comes before token i: a
// later "thanks again" then repeats it rather than mocking. It runs only on
// that rare cue.
func thankedBefore(toks []token, i int) bool {
	for k := 0; k < i; k++ {
		if w := toks[k].norm; thanksWords[w] || w == "thank" {
			return true
		}
	}
	return false
}

// shippedState are states before "since" that date a change rather than
// count a wait ("fixed since March", "supported since 2.1"). "working" is
// not one: "hasn't been working since Monday" is a wait.
var shippedState = map[string]bool{
	"fixed": true, "resolved": true, "available": true, "supported": true, "released": true,
	"shipped": true, "live": true, "stable": true, "deprecated": true, "merged": true, "included": true,
}

// shippedBefore reports whether a shippedState word stands in the three
// words before token i, in its clause ("fixed for the beta since March").
func shippedBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].kind == tokPunct {
			return false
		}
		if shippedState[toks[k].norm] {
			return true
		}
	}
	return false
}

// helpedTo reports whether "help" (with "me" or "us" at most between)
// comes just before token i: "help me sort it out" asks for help.
func helpedTo(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch toks[k].norm {
		case "help", "helping", "helped":
			return true
		case "me", "us":
			continue
		}
		return false
	}
	return false
}

// indifferenceHeads are the first words of the indifference cues ("don't
// care", "couldn't be bothered"), which are the writer's own after "I" or
// "we".
var indifferenceHeads = map[string]bool{
	"don't": true, "dont": true, "didn't": true, "didnt": true, "doesn't": true, "doesnt": true,
	"never": true, "couldn't": true, "couldnt": true, "can't": true, "cant": true, "cannot": true,
}

// decencyDenied reports whether a negation stands in the four words before
// token i, in its clause ("don't even have the decency").
func decencyDenied(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if toks[k].kind == tokPunct {
			return false
		}
		switch toks[k].norm {
		case "not", "no", "never", "don't", "didn't", "doesn't", "couldn't", "can't", "without", "lack", "lacks", "zero":
			return true
		}
	}
	return false
}

// acknowledging are verbs before a feeling that someone else names for the
// reader ("I know it's upsetting", "I can imagine that's upsetting").
var acknowledging = map[string]bool{
	"know": true, "understand": true, "imagine": true, "appreciate": true, "realise": true, "realize": true,
}

// othersFeel are the people whose feelings a writer may report without
// sharing them: "it makes people really angry", "users get so annoyed".
var othersFeel = map[string]bool{
	"people": true, "users": true, "customers": true, "callers": true, "clients": true, "folks": true,
	"them": true, "they": true, "he": true, "she": true, "everyone": true, "everybody": true,
	"someone": true, "somebody": true,
}

// oathWords are swear words a negation does not turn around: "you ain't
// shit", "not worth a damn" and "don't give a crap" say the word, not its
// opposite.
var oathWords = map[string]bool{
	"shit": true, "damn": true, "crap": true, "fuck": true, "hell": true, "shite": true,
	"bullshit": true, "jack": true, "squat": true,
	// interjections stand outside the clause: "and we can't, wtf" is not
	// "not wtf"
	"wtf": true, "wth": true, "ffs": true, "smh": true, "ugh": true, "argh": true, "fml": true, "omfg": true,
}

// afterIll are verbs that make "ill" before them "I'll" ("ill check",
// "ill be back"); the adjective comes before other words ("ill today").
var afterIll = map[string]bool{
	"be": true, "have": true, "do": true, "try": true, "just": true, "probably": true, "also": true,
	"check": true, "look": true, "send": true, "get": true, "take": true, "make": true, "fix": true,
	"let": true, "keep": true, "see": true, "give": true, "ask": true, "tell": true, "go": true,
	"call": true, "email": true, "update": true, "reply": true, "post": true, "write": true, "test": true,
	"wait": true, "need": true, "add": true, "push": true, "pass": true, "follow": true,
}

// neverSuchFactor is VADER's weight for "never so …", "never this …".
const neverSuchFactor = 1.25

// neverSuch reports whether "never" at j meets a "so", "such", "this" or
// "that" before the rated word at i: "never been so let down", "I have
// never seen such a mess" say the most, not the opposite (VADER reads
// "never so" and "never this" so).
func neverSuch(toks []token, j, i int) bool {
	for k := j + 1; k < i; k++ {
		switch toks[k].norm {
		case "so", "such", "this", "that":
			return true
		}
	}
	return false
}

// squeezeStretched shortens runs of three or more of the same letter to
// two ("sooo" → "soo") and to one ("annoyinggg" → "annoying"), reporting
// whether the word was stretched. Words of one repeated letter ("zzz"),
// thinking noises ("hmmm") and "www" are not.
func squeezeStretched(w string) (two, one string, stretched bool) {
	if len(w) < 4 || len(w) > 40 {
		return w, w, false
	}
	run, distinct := 1, false
	for k := 1; k < len(w); k++ {
		if w[k] == w[k-1] && isASCIILetter(w[k]) {
			run++
			if run >= 3 {
				stretched = true
			}
		} else {
			run = 1
			distinct = true
		}
	}
	if !stretched || !distinct || strings.HasPrefix(w, "www") || isFiller(w) {
		return w, w, false
	}
	var b2, b1 [40]byte
	n2, n1 := 0, 0
	for k := 0; k < len(w); k++ {
		start := k
		for k+1 < len(w) && w[k+1] == w[start] {
			k++
		}
		n := k - start + 1
		keep2, keep1 := n, n
		if n >= 3 {
			keep2, keep1 = 2, 1
		}
		for j := 0; j < keep2; j++ {
			b2[n2] = w[start]
			n2++
		}
		for j := 0; j < keep1; j++ {
			b1[n1] = w[start]
			n1++
		}
	}
	two, one = string(b2[:n2]), string(b1[:n1])
	if warmStretched[one] || warmStretched[two] {
		// "awww", "heyyy", "yesss", "lolll": warmth or a greeting held
		// longer, not stress.
		return w, w, false
	}
	return two, one, true
}

// degreeOf returns the change in intensity a degree word brings, reading a
// stretched one ("sooo") as the word.
func degreeOf(w string) (float64, bool) {
	if d, ok := degreeWords[w]; ok {
		return d, true
	}
	if two, one, stretched := squeezeStretched(w); stretched {
		if d, ok := degreeWords[two]; ok {
			return d, true
		}
		d, ok := degreeWords[one]
		return d, ok
	}
	return 0, false
}

// ultimatum reports whether the "cancel" or "refund" at i ends an
// ultimatum: a deadline, "or", and at most "please" or "feel free to"
// between ("by today or please cancel it", "by tonight or feel free to
// cancel the order").
func ultimatum(toks []token, i int) bool {
	j := i - 1
	if j >= 0 && toks[j].norm == "please" {
		j--
	} else if j >= 2 && toks[j].norm == "to" && toks[j-1].norm == "free" && toks[j-2].norm == "feel" {
		j -= 3
	}
	if j < 1 || toks[j].norm != "or" {
		return false
	}
	switch toks[j-1].norm {
	case "today", "tonight", "tomorrow", "midnight":
		return true
	}
	return false
}

// goingWords are the verbs of taking one's custom away: "going
// elsewhere", "we'll shop elsewhere".
var goingWords = map[string]bool{"go": true, "going": true, "gone": true, "went": true, "shop": true, "shopping": true}

// negatedAny reports whether the message holds a negation ("doesn't
// work!!!", "no signal!!!"): a failure is most often told with one. It is
// asked only of a message with "!!" and nothing else to complain of.
func negatedAny(toks []token) bool {
	for k := range toks {
		if toks[k].kind == tokWord && isNegation(toks[k].norm) {
			return true
		}
	}
	return false
}

// warmStretched are words whose stretched forms are warmth, greetings or
// glee ("awww", "hiii", "yayyy", "niceee"), as squeezed to one or two
// letters a run.
var warmStretched = map[string]bool{
	"aw": true, "aww": true, "hi": true, "hey": true, "heya": true, "yes": true, "yay": true, "yeah": true,
	"yea": true, "woo": true, "wo": true, "woohoo": true, "wohoo": true, "lol": true, "haha": true,
	"hehe": true, "nice": true, "cool": true, "yum": true, "thanks": true, "thanx": true, "love": true,
	"ok": true, "okay": true, "yep": true, "yup": true,
}

// isFiller reports thinking noises ("hmmm", "ummm", "ahhh") that stretch
// letters without any stress.
func isFiller(w string) bool {
	switch strings.TrimRight(w, "hm") {
	case "", "u", "a", "o", "e":
		return true
	}
	return false
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// emoticonValence reads a text emoticon such as ":(" or ">:(" starting at
// punctuation token i: the run of non-space bytes from there, looked up in
// the lexicon.
func emoticonValence(toks []token, i int, text string, vt *valenceTable) (float64, bool) {
	t := &toks[i]
	if i > 0 && toks[i-1].end == t.start {
		return 0, false // not the start of a chunk
	}
	end := t.start
	for end < len(text) && end-t.start < 4 && !isSpaceByte(text[end]) {
		end++
	}
	if end-t.start < 2 || !strings.ContainsAny(text[t.start:end], ":;=<") {
		return 0, false
	}
	for e := end; e >= t.start+2; e-- {
		if v, ok := vt.words[text[t.start:e]]; ok {
			return v, true
		}
	}
	return 0, false
}

// shortcodeValence values a Slack emoji such as :rage: or
// :face_with_rolling_eyes: by the rated words of its name.
func shortcodeValence(code string, vt *valenceTable) float64 {
	name := strings.Trim(code, ":")
	if v, ok := slackEmoji[name]; ok {
		return v
	}
	sum := 0.0
	for name != "" {
		var w string
		w, name, _ = strings.Cut(name, "_")
		sum += vt.words[w]
	}
	return sum
}

// slackEmoji rates Slack's names of the faces rated in data/emoji_valence.txt
// whose names carry no rated word.
var slackEmoji = map[string]float64{
	"face_with_rolling_eyes": -1.5, "roll_eyes": -1.5, "triumph": -2.0, "unamused": -1.5,
	"expressionless": -1.0, "face_palm": -1.5, "facepalm": -1.5, "exploding_head": -1.0,
	"face_with_symbols_on_mouth": -3.0, "skull": -1.0, "sob": -2.1, "weary": -1.1,
	"tired_face": -1.9, "persevere": -1.5, "confounded": -1.5, "upside_down_face": -0.5,
	"broken_heart": -2.9, "thumbsdown": -1.5, "-1": -1.5, "+1": 1.5, "thumbsup": 1.5,
	"tada": 1.7, "pray": 0.5,
	// forum smiley codes ("[I've tried everything :banghead:]")
	"rolleyes": -1.5, "banghead": -2.2, "frown": -1.5, "headbang": -2.2, "wall": -1.5,
}

// pleading are the words that plead when stretched ("helppp", "pleeease").
var pleading = map[string]bool{"help": true, "please": true, "pls": true, "plz": true, "plese": true, "halp": true}

// politeAsk reports whether the "please" at i is the courtesy of a
// request ("can you please check", "could you please help"), not a plea:
// it does not count towards pleading three times.
func politeAsk(toks []token, i int) bool {
	if toks[i].norm != "please" || i < 2 || toks[i-1].norm != "you" {
		return false
	}
	switch toks[i-2].norm {
	case "can", "could", "would", "will":
		return true
	}
	return false
}

// eyeRolls are the faces of exasperation that the lexicon rates mildly.
var eyeRolls = map[string]bool{"🙄": true, ":roll_eyes:": true, ":face_with_rolling_eyes:": true, "🤦": true, ":facepalm:": true}

// troubleWords name a fault; a wait in a message that holds one is about
// the fault ("sync problems for the last 2 weeks"), not a neutral timeline
// ("the backup ran for two hours").
// grievanceWords name a loss or a failure, so that praise beside them
// reads as sarcasm (with troubleWords and the grievance cues).
var grievanceWords = map[string]bool{
	"gone": true, "lost": true, "delay": true, "delays": true, "delayed": true, "cancelled": true,
	"canceled": true, "queue": true, "declined": true, "missing": true, "wiped": true, "deleted": true,
	"dropped": true, "drops": true, "late": true, "nowhere": true, "crash": true, "crashes": true,
	"failed": true, "fails": true, "broke": true, "breaks": true, "closing": true, "closed": true,
	"cut": true, "cuts": true, "never": true, "refund": true, "hold": true, "removed": true, "smashed": true, "locked": true, "damaged": true, "cracked": true,
	"erased": true, "vanished": true, "disappeared": true, "stopped": true,
	"died": true, "froze": true, "freezes": true, "freezing": true, "jammed": true,
	"ripped": true, "scammed": true, "stranded": true, "ruined": true, "wasted": true,
}

// lastWordAside are the words that, as a sentence of their own, say
// "this has happened before" or "nothing came of it".
var lastWordAside = map[string]bool{"again": true, "nothing": true, "zilch": true, "nada": true}

// repeatOrdinals before "time" count a failure again ("for the 4th time").
var repeatOrdinals = map[string]bool{
	"second": true, "third": true, "fourth": true, "fifth": true, "sixth": true, "umpteenth": true,
	"nth": true, "2nd": true, "3rd": true, "4th": true, "5th": true, "6th": true, "10th": true,
}

var troubleWords = map[string]bool{
	"problem": true, "problems": true, "issue": true, "issues": true, "broken": true, "down": true,
	"outage": true, "bricked": true, "unusable": true, "offline": true, "stuck": true,
	"crashing": true, "crashed": true, "failing": true, "dead": true,
}

// addressedThanks finds a thanks addressed to a handle that ends the
// message ("… thanks @Acme", "thank u @acme 🙄", "thanks again @acme!"),
// after at least one word of its own: tokens [k, k+n), or n = 0. A thanks
// before the request it thanks for, or with no handle, is not it.
func addressedThanks(toks []token, text string) (k, n int) {
	j := len(toks) - 1
	for j >= 0 && toks[j].kind == tokPunct {
		j--
	}
	handles := 0
	for j >= 0 && toks[j].kind == tokOpaque && text[toks[j].start] == '@' {
		j--
		handles++
	}
	if handles == 0 {
		return 0, 0
	}
	end := j + 1
	if j >= 1 && toks[j].norm == "lot" && toks[j-1].norm == "a" {
		j -= 2
	} else if j >= 0 && (toks[j].norm == "again" || toks[j].norm == "alot") {
		j--
	}
	switch {
	case j >= 1 && toks[j-1].norm == "thank" && (toks[j].norm == "you" || toks[j].norm == "u"):
		j--
	case j >= 0 && thanksWords[toks[j].norm]:
	default:
		return 0, 0
	}
	for w := 0; w < j; w++ {
		if toks[w].kind == tokWord {
			return j, end - j
		}
	}
	return 0, 0
}

// thanksWords are one-word thanks.
var thanksWords = map[string]bool{"thanks": true, "thx": true, "thanx": true, "thnx": true, "ty": true, "cheers": true}

// unrealFix reports whether the fix reported at token i is only wished for
// or denied ("should have fixed it", "never resolved", "hasn't been
// sorted"): the two words before it hold a modal "have" or a negation.
func unrealFix(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if toks[k].kind != tokWord {
			return false
		}
		switch toks[k].norm {
		case "should've", "could've", "would've", "might've", "must've", "have", "never", "not", "hasn't", "haven't", "wasn't", "weren't", "isn't", "didn't", "hasnt", "havent", "wasnt", "didnt", "isnt", "nothing":
			return true
		}
	}
	return false
}

// stillNeutral are the words after "still" that ask whether something
// goes on as planned ("still running", "still open", "still valid"), not
// complain that a fault does.
var stillNeutral = map[string]bool{
	"running": true, "open": true, "available": true, "valid": true, "on": true, "going": true,
	"ok": true, "okay": true, "fine": true, "good": true, "active": true, "free": true,
	"scheduled": true, "planned": true, "possible": true, "there": true, "here": true, "love": true,
	"enjoy": true, "enjoying": true, "use": true, "using": true, "recommend": true,
}

// finishedTimeWords open a clause of time or condition: after them "I'm
// done" means finished with a task ("when I'm done", "once I'm done").
var finishedTimeWords = wordSet(`when whenever once after until till before if`)

// finishedClause reports whether the quitting cue at i ("I'm done") follows
// a word of time or condition: the writer is finishing a step, not giving up.
func finishedClause(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	_, ok := finishedTimeWords[toks[i-1].norm]
	return ok
}

// beMore reports whether the negation at j opens "… be more" ("couldn't be
// more pissed", "could not b more annoyed"), a superlative, not a denial.
func beMore(toks []token, j int) bool {
	return j+2 < len(toks) && (toks[j+1].norm == "be" || toks[j+1].norm == "b") && toks[j+2].norm == "more"
}

// noteCuesAt notes every cue of cues that matches at token i, unless the
// words around it say it is not the writer's stress (cueOverruled).
func (r *frustrationReading) noteCuesAt(cues []cuePattern, toks []token, i int) {
	// "still haven't received it" is one sign, no reply, not that and
	// impatience as well: a bare "still" or "already" gives way to a
	// weightier cue that starts on the same word (one pass: impatience is
	// noted last).
	impatient, outweighed := 0, false
	for k := range cues {
		n := cues[k].matchAt(toks, i)
		if n == 0 || cueOverruled(cues[k].kind, toks, i) {
			continue
		}
		if cues[k].kind == cueImpatience {
			if impatient == 0 {
				impatient = n
			}
			continue
		}
		outweighed = outweighed || cueWeights[cues[k].kind] > cueWeights[cueImpatience]
		r.noteCue(cues[k].kind, i, n)
		if cues[k].kind == cueExasperation && surpriseWords[toks[i].norm] {
			r.surprised++
		}
	}
	if impatient > 0 && !outweighed {
		r.noteCue(cueImpatience, i, impatient)
	}
}

// cueOverruled reports whether a cue of kind matched at token i is read
// otherwise in its context.
func cueOverruled(kind cueKind, toks []token, i int) bool {
	w := toks[i].norm
	switch {
	case kind == cueResolved && unrealFix(toks, i):
		return true // "support should have fixed this"
	case kind == cueImpatience && w == "still" && i+1 < len(toks) && stillNeutral[toks[i+1].norm]:
		return true // "is the later train still running?"
	case kind == cueQuit && finishedClause(toks, i):
		return true // "throw it away when I'm done": finished, not fed up
	case kind == cueQuit && givingUpThing(toks, i):
		return true // "should I give up the old account?": a thing let go
	case kind == cueFeeling && i > 0 && othersFeel[toks[i-1].norm]:
		return true // "it makes people really angry": someone else's feeling
	case kind == cueIronic && i+1 < len(toks) && toks[i+1].norm == "again" && thankedBefore(toks, i):
		return true // "Thanks, that got me further. … Thanks again": a thanks repeated
	case kind == cueFeeling && w == "upsetting" && (i > 0 && acknowledging[toks[i-1].norm] || i > 1 && acknowledging[toks[i-2].norm]):
		return true // "I know it's upsetting": staff naming the reader's feeling
	case kind == cueFeeling && w == "cool" && (i == 0 || toks[i-1].norm != "not"):
		return true // "Cool." is happy; only "not cool" is a verdict
	case kind == cueTreatment && i > 0 && selfSubject[toks[i-1].norm] && indifferenceHeads[w]:
		return true // "I don't care which colour", "we couldn't be bothered": the writer's own
	case kind == cueTreatment && w == "decency" && !decencyDenied(toks, i):
		return true // "had the decency to call": decency counts only as missing
	case w == "why" && i > 0 && explainingWhy[toks[i-1].norm]:
		return true // "that's why you closed it": an answer, not a question
	case kind == cueRhetorical && strings.HasPrefix(w, "screw") && i > 0 && selfSubject[toks[i-1].norm]:
		return true // "I screwed up my settings": the writer's own slip
	case kind == cueExasperation && w == "of" && grantedCourse(toks, i):
		return true // "of course you can keep it": permission, not "of course it broke"
	case kind == cuePleading && w == "help" && i > 0 && toks[i-1].kind == tokWord && i+1 < len(toks) && toks[i+1].kind == tokPunct:
		return true // "thanks for the help!": "Help!" pleads only as a sentence of its own
	case kind == cueDemand && w == "sort" && helpedTo(toks, i):
		return true // "please help me sort it out": a request for help, not a demand
	case kind == cueSarcasm && w == "so" && !clauseStart(toks, i):
		return true // "thank you so much for": not "So much for…" opening a clause
	case kind == cueQuit && (w == "cancel" || w == "refund") && !ultimatum(toks, i):
		return true // "cancel" and "refund" count only in "by today or cancel it"
	case kind == cueRhetorical && w == "thought" && (i == 0 || toks[i-1].norm != "who"):
		return true // "I thought this was a good idea": only "who thought…" blames the design
	case kind == cueLeaving && w == "elsewhere" && (i == 0 || !goingWords[toks[i-1].norm]):
		return true // "stored elsewhere": only taking one's custom elsewhere
	case kind == cueStaff && w == "feel" && i > 0 && toks[i-1].norm == "or" && i+3 < len(toks) && (toks[i+3].norm == "cancel" || toks[i+3].norm == "refund"):
		return true // "deliver it today or feel free to cancel": a customer's ultimatum, not an agent's "or feel free to DM us"
	case kind == cueDemand && i > 0 && selfSubject[toks[i-1].norm]:
		return true // "I'll stop messing with it", "we'll sort it out": the writer's own plan
	case kind == cueWaiting && w == "since" && shippedBefore(toks, i):
		return true // "fixed since March", "available since Monday": a date, not a wait
	case kind == cueIgnored && (w == "was" || w == "were") && i+1 < len(toks) && assuredWords[toks[i+1].norm] && recallAsked(toks, i):
		return true // "I was told it would arrive Monday, is that right?": checking an assurance, not a broken one
	case kind == cueWaiting && usageSpan(toks, i):
		return true // "been using this app for 6 months": loyalty, not a wait
	}
	return false
}

// usageVerbs name using or owning a product: a length of time after them
// ("been using this app for 6 months", "a customer for years") is a
// history of custom, not a wait.
var usageVerbs = map[string]bool{"using": true, "used": true, "use": true, "owned": true, "own": true,
	"owning": true, "customer": true, "customers": true, "member": true, "subscriber": true, "user": true,
	"users": true, "banking": true, "subscribed": true,
	// how long a setting holds: "the session lasts for 1 week", "links
	// stay valid for 30 days"
	"lasts": true, "last": true, "valid": true, "expires": true, "kept": true, "stored": true,
	"retained": true, "cached": true}

// usageSpan reports whether the time span that starts at token i ("for 6
// months") follows a usage verb within four words, with no fault named
// between them ("had this problem for a week" is a wait).
func usageSpan(toks []token, i int) bool {
	if toks[i].norm != "for" {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		w := toks[j].norm
		if toks[j].kind == tokPunct || troubleWords[w] || grievanceWords[w] {
			return false
		}
		if usageVerbs[w] {
			return true
		}
	}
	return false
}

// patronVerbs name doing business with a company: flying, buying, booking,
// banking or recommending. Refused for good ("never fly with you again"),
// they are a customer leaving.
var patronVerbs = wordSet(`fly flying flown book booking booked buy buying bought order ordering
	shop shopping use using choose choosing recommend recommending travel travelling traveling
	bank banking deal dealing trust subscribe renew purchase purchasing stay staying rent renting
	return go come`)

// neverPatronAgain reports where a refusal ending at "again" (token i)
// starts: "I will never fly with you guys again", "we will not book
// Acme ever again", "never be booking with them again". It needs a verb of
// custom in its clause, so "it never crashed again" (a fix that held) and
// "I never had to call again" stay calm. It returns the index of the
// negation, or -1.
func neverPatronAgain(toks []token, i int) int {
	ever := i > 0 && toks[i-1].norm == "ever"
	verb := false
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		t := &toks[j]
		if t.kind == tokPunct && (t.clause || t.sentence) {
			return -1
		}
		w := t.norm
		if _, ok := patronVerbs[w]; ok {
			verb = true
		}
		if w == "if" || w == "unless" || w == "whether" {
			return -1
		}
		if w == "never" || (ever && (w == "not" || strings.HasSuffix(w, "n't") || w == "wont" || w == "dont" || w == "cant")) {
			if verb {
				return j
			}
			return -1
		}
	}
	return -1
}

// serviceVerdictValence is how negative a word must be to rate the service
// ("poor", "terrible", "awful", and praise negated: "aren't helpful" and
// "not good" come to about -1.35 after VADER's negation). "bad" carries no
// valence here (see supportNeutral), so "bad gateway" stays calm.
const serviceVerdictValence = -1.3

// accusingWords name an act of blaming, not a rating: "blaming the app for
// your own typo" judges the person, not the service.
var accusingWords = map[string]bool{"blame": true, "blamed": true, "blames": true, "blaming": true,
	"accuse": true, "accused": true, "accuses": true, "accusing": true}

// serviceNouns name the service a customer rates, or the people and
// channels who give it.
var serviceNouns = map[string]bool{"service": true, "services": true, "support": true, "network": true,
	"company": true, "airline": true, "staff": true, "agents": true, "reps": true, "representatives": true,
	"employees": true, "crew": true, "app": true, "experience": true, "communication": true, "website": true,
	"provider": true, "carrier": true, "care": true, "management": true}

// surpriseWords say astonishment, which joy and exasperation share:
// "unbelievable", "insane", "I can't believe…".
var surpriseWords = map[string]bool{"unbelievable": true, "insane": true, "omg": true, "crazy": true,
	"incredible": true, "can't": true, "cant": true, "cannot": true}

// selfSubject are the writer as the subject of the verb after them.
var selfSubject = map[string]bool{"i": true, "i've": true, "ive": true, "we": true, "we've": true,
	"i'd": true, "we'd": true, "i'll": true, "we'll": true}

// givingUpThing reports whether the "give up" that the cue at token i
// starts gives up a thing ("I gave up the old number", "should I give up
// my seat?") rather than trying: a word follows "up" that is not "on",
// "trying", "hope" or the like.
func givingUpThing(toks []token, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		if toks[j].norm != "up" {
			continue
		}
		if j+1 >= len(toks) || toks[j+1].kind != tokWord {
			return false
		}
		return !giveUpTrying[toks[j+1].norm]
	}
	return false
}

// giveUpTrying are the words after "give up" that keep it giving up on
// the trouble: "I give up on this app", "gave up trying", "give up now".
var giveUpTrying = map[string]bool{"on": true, "trying": true, "hope": true, "now": true, "and": true,
	"completely": true, "already": true, "waiting": true, "calling": true, "lol": true, "tbh": true}

// emojiBangs counts the exclamation marks of the emoji in s ("❗" one,
// "‼" two).
func emojiBangs(s string) int {
	return strings.Count(s, "❗") + 2*strings.Count(s, "‼")
}

// shoutedWord reports whether the word in capitals at i is an everyday
// English word typed loud: in the common word list, not an abbreviation
// or a technical or everyday acronym, not rated (VADER's capitals already
// weigh a rated word), four letters or more unless it is a short word of
// address or negation ("NO", "YOU", "ALL"), and not a label: not before a
// colon ("NOTE:", "EDIT:") or a name of a control ("the SAVE button").
func shoutedWord(toks []token, i int, text string, vt *valenceTable) bool {
	w := toks[i].norm
	if len(w) < 4 && !shortShouts[w] {
		return false
	}
	if wi := vt.info[w]; wi.rated {
		return false
	}
	if orderWords[w] {
		return false
	}
	lx := lexicon()
	if _, ok := lx.common[w]; !ok {
		return false
	}
	for _, set := range []map[string]struct{}{lx.abbrev, lx.technical, lx.everyday} {
		if _, ok := set[w]; ok {
			return false
		}
	}
	j := i + 1 // past the run of capitals: "the EXPORT ALL button"
	for j < len(toks) && toks[j].kind == tokWord && isCapitals(&toks[j], text) {
		j++
	}
	if j < len(toks) {
		if n := toks[j].norm; n == ":" || controlNouns[n] {
			return false
		}
	}
	return true
}

// orderWords say in which order or on which side a step goes. In capitals
// among lower-case words they stress the order of the steps ("log in as
// usual, and THEN run the remote desktop", "unplug it FIRST", "do it AFTER
// the update"), the way a helper underlines a word, not a shout.
var orderWords = map[string]bool{"then": true, "first": true, "after": true, "before": true,
	"afterwards": true, "beforehand": true, "until": true, "instead": true, "both": true, "either": true}

// shortShouts are the words of fewer than four letters that, in capitals
// among lower-case ones, are a shout rather than an acronym.
var shortShouts = map[string]bool{"no": true, "you": true, "all": true, "now": true, "why": true,
	"any": true, "me": true, "my": true, "our": true, "who": true, "how": true, "one": true, "get": true,
	"did": true, "was": true, "has": true, "had": true, "are": true}

// controlNouns name a control or a place on screen: a word in capitals
// before them is its label ("the SEND button", "the REPORTS tab").
var controlNouns = map[string]bool{"button": true, "buttons": true, "tab": true, "tabs": true, "menu": true,
	"key": true, "keys": true, "option": true, "options": true, "field": true, "link": true, "setting": true,
	"settings": true, "screen": true, "mode": true, "folder": true, "icon": true, "column": true, "box": true,
	"bar": true, "label": true, "command": true, "page": true, "panel": true, "section": true, "switch": true,
	"toggle": true, "checkbox": true, "dialog": true, "window": true, "list": true, "variable": true, "flag": true}

// controlLabel reports whether the word after byte offset end names a
// control ("button", "tab", "menu"): capitals just before it are the
// control's label as the screen shows it, not a shout.
func controlLabel(toks []token, end int) bool {
	k := tokenFrom(toks, end)
	return k < len(toks) && toks[k].kind == tokWord && controlNouns[toks[k].norm]
}

// tokenFrom returns the index of the first token that starts at byte
// offset off or later, or len(toks): where a candidate's bytes meet its
// tokens.
func tokenFrom(toks []token, off int) int {
	return sort.Search(len(toks), func(k int) bool { return toks[k].start >= off })
}

// screenVerbs report what a screen or message shows: capitals after them
// ("it says NO SIGNAL", "the box displays INSERT CARD") are its words.
var screenVerbs = map[string]bool{"says": true, "said": true, "saying": true, "shows": true, "showing": true,
	"showed": true, "displays": true, "displayed": true, "displaying": true, "reads": true, "message": true,
	"error": true, "prompt": true, "popup": true, "pop-up": true, "reading": true,
	// a name given in capitals: "it's called MAC ADDRESS FILTERING"
	"called": true, "named": true, "labelled": true, "labeled": true, "titled": true}

// screenText reports whether the capitals at bytes [start, end) quote a
// screen or an error: a screen verb up to two words before them (a quote
// mark between is fine), or an error named with its number.
func screenText(toks []token, start, end int) bool {
	// A candidate starts and ends on token edges.
	first, last := tokenFrom(toks, start), tokenFrom(toks, end)-1
	if first >= len(toks) || last < first {
		return false
	}
	for k, n := first-1, 0; k >= 0 && n < 2; k-- {
		if toks[k].kind == tokPunct && (toks[k].norm == ":" || toks[k].norm == "\"" || toks[k].norm == "'") {
			continue
		}
		if screenVerbs[toks[k].norm] {
			return true
		}
		n++
	}
	// an error told with its number: "ERROR CODE 502 BAD GATEWAY",
	// "FATAL ERROR 0x80" (not "ERROR AGAIN", nor "WAITING 3 HOURS")
	// and the error's words after its number ("… 502 BAD GATEWAY")
	if first >= 2 && (toks[first-1].kind == tokNumber || hasDigit(toks[first-1].norm)) &&
		(toks[first-2].norm == "code" || toks[first-2].norm == "error") {
		return true
	}
	if w := toks[first].norm; w == "error" || w == "warning" || w == "fatal" {
		for k := first + 1; k <= first+3 && k < len(toks); k++ {
			if toks[k].kind == tokNumber || hasDigit(toks[k].norm) {
				return true
			}
		}
	}
	return false
}

// grantedCourse reports whether "of course" at i grants or agrees: "of
// course you can", "of course they will help", "of course it's fine".
// "Of course it broke again" keeps its exasperation.
func grantedCourse(toks []token, i int) bool {
	if i+3 >= len(toks) || toks[i+1].norm != "course" {
		return false
	}
	switch toks[i+3].norm {
	case "can", "may", "could", "will", "would", "should", "are", "do", "fine", "ok", "okay", "welcome", "possible", "right":
		return true
	}
	return false
}

// quotedWord returns the one lower-case word inside a quoted span ("…" or
// “…”), or "" when the span holds anything else: scare quotes round one
// word, not quoted speech.
func quotedWord(q string) string {
	switch {
	case len(q) >= 2 && q[0] == '"' && q[len(q)-1] == '"':
		q = q[1 : len(q)-1]
	case strings.HasPrefix(q, "“") && strings.HasSuffix(q, "”") && len(q) >= 6:
		q = q[3 : len(q)-3]
	default:
		return ""
	}
	if len(q) < 3 || len(q) > 20 || !isLowerWord(q) {
		return ""
	}
	return q
}

// nameGreetings come before the name of the person addressed ("Hey Rob").
var nameGreetings = map[string]bool{"hi": true, "hey": true, "hello": true, "dear": true, "hiya": true, "thanks": true}

// greetedName reports whether the word at i is a name after a greeting:
// capitalised, not in capitals, right after "Hi", "Hey", "Dear"… ("Hey
// Rob, we have replied"). Only rated words are asked, so it costs nothing
// on most words.
func greetedName(toks []token, i int, text string) bool {
	t := &toks[i]
	if i == 0 || t.end-t.start < 2 || text[t.start] < 'A' || text[t.start] > 'Z' || isCapitals(t, text) {
		return false
	}
	p := &toks[i-1]
	return p.kind == tokWord && !p.clause && !p.sentence && nameGreetings[p.norm]
}

// triedWords are what a try lacked when it failed: "no luck", "without
// success", "no joy".
var triedWords = map[string]bool{"luck": true, "success": true, "joy": true}

// disclaimer reports whether the negative word at i is negated as a
// preface to a complaint: "not to be rude", "not trying to be picky",
// "don't mean to be harsh", "no offence".
func disclaimer(toks []token, i int) bool {
	if i >= 1 && toks[i-1].norm == "no" {
		switch toks[i].norm {
		case "offence", "offense":
			return true
		}
	}
	if i < 3 || toks[i-1].norm != "be" || toks[i-2].norm != "to" {
		return false
	}
	switch toks[i-3].norm {
	case "not", "trying", "mean", "want", "wanting", "meaning":
		return true
	}
	return false
}

// badValence is VADER's rating of "bad", which supportNeutral takes away
// from the word on its own.
const badValence = -2.5

// turnedUpBad reports whether the "bad" at i follows a degree word that
// turns it up ("your service is so bad", "this is really bad"), as a
// verdict rather than a feeling of the writer's own sympathy or want: "I
// feel so bad for asking", "that sounds really bad", "I want it so bad",
// "I'm so bad at this" are not verdicts. "not so bad" is left to
// negation, which makes it mild praise.
func turnedUpBad(toks []token, i int) bool {
	if i == 0 || toks[i-1].kind != tokWord {
		return false
	}
	if d, ok := degreeOf(toks[i-1].norm); !(ok && d > 0) && toks[i-1].norm != "pretty" {
		return false
	}
	if i+1 < len(toks) && toks[i+1].norm == "at" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		if toks[k].kind != tokWord {
			break
		}
		if badNotVerdict[toks[k].norm] {
			return false
		}
	}
	return true
}

// badNotVerdict are the words before "so bad" that make it sympathy,
// regret or longing ("feel so bad", "sounds really bad", "want it so
// bad") rather than a verdict on the service.
var badNotVerdict = map[string]bool{"feel": true, "feels": true, "felt": true, "feeling": true,
	"sound": true, "sounds": true, "sounded": true, "want": true, "wants": true, "wanted": true,
	"wanna": true, "need": true, "needs": true, "needed": true, "miss": true, "missed": true,
	"hurt": true, "hurts": true}

// assuredWords are the verbs of an assurance a customer recalls ("I was
// told it would…", "we were assured…").
var assuredWords = map[string]bool{"told": true, "assured": true, "guaranteed": true}

// recallAsked reports whether the sentence of the assurance at i ends in a
// single "?": the writer asks whether it still holds ("I was told it would
// come Monday, is that right?"), where "…, where is it??" and a statement
// set it against what happened.
func recallAsked(toks []token, i int) bool {
	for j := i + 2; j < len(toks); j++ {
		if toks[j].sentence {
			return toks[j].norm == "?"
		}
	}
	return false
}
