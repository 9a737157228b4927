package coach

import (
	_ "embed"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// The valence lexicon is VADER's (C.J. Hutto, MIT licence, see
// data/LICENSE-vader.txt): about 7,500 words, emoticons and slang rated
// from -4 (most negative) to +4 by ten people each, trimmed to word and
// mean rating. The emoji table values faces, hands and hearts by the
// lexicon words of their names, as VADER does, with a few ratings of our
// own for the faces VADER leaves at zero (an eye roll, steam from the nose).
var (
	//go:embed data/vader_lexicon.txt
	vaderLexiconText string
	//go:embed data/emoji_valence.txt
	emojiValenceText string
)

// valenceTable is the parsed lexicon. It is built once and only read after.
type valenceTable struct {
	words map[string]float64
	emoji map[string]float64
	// info gathers, per word, all the reader needs: its valence, its
	// degree, and the cues it starts. The tokenizer copies a word's entry
	// into its token (token.lex, wordLexes), so reading it costs no look-up.
	info map[string]wordInfo
}

// infoOf returns what the table knows of the word token t.
func (vt *valenceTable) infoOf(t *token) (wordInfo, bool) {
	if t.lex == nil || !t.lex.inInfo {
		return wordInfo{}, false
	}
	return t.lex.info, true
}

// wordInfo is what the frustration reader knows of one word.
type wordInfo struct {
	val             float64
	rated, isDegree bool
	degree          float64
	cues            []cuePattern
	// pleads and trouble mark the words of the pleading and troubleWords
	// lists, so that reading them costs no lookup of its own.
	pleads, trouble bool
	// grievance and service mark the words of grievanceWords and
	// serviceNouns, likewise; compound the words of faultCompounds.
	grievance, service, compound bool
	// laugh marks laughter typed as a word (laughWords).
	laugh bool
}

// valences returns the shared, read-only valence table.
var valences = sync.OnceValue(func() *valenceTable {
	t := &valenceTable{words: make(map[string]float64, 7600), emoji: map[string]float64{}}
	parseValences(vaderLexiconText, t.words)
	parseValences(emojiValenceText, t.emoji)
	for _, w := range supportNeutral {
		delete(t.words, w)
	}
	for w, v := range supportValence {
		t.words[w] = v
	}
	addDerivedForms(t.words)
	t.info = make(map[string]wordInfo, len(t.words)+len(degreeWords))
	for w, v := range t.words {
		t.info[w] = wordInfo{val: v, rated: true}
	}
	for w, d := range degreeWords {
		wi := t.info[w]
		wi.isDegree, wi.degree = true, d
		t.info[w] = wi
	}
	for w := range pleading {
		wi := t.info[w]
		wi.pleads = true
		t.info[w] = wi
	}
	for w := range troubleWords {
		wi := t.info[w]
		wi.trouble = true
		t.info[w] = wi
	}
	for w := range grievanceWords {
		wi := t.info[w]
		wi.grievance = true
		t.info[w] = wi
	}
	for w := range serviceNouns {
		wi := t.info[w]
		wi.service = true
		t.info[w] = wi
	}
	for w := range faultCompounds {
		wi := t.info[w]
		wi.compound = true
		t.info[w] = wi
	}
	for w := range laughWords {
		if wi, ok := t.info[w]; ok {
			wi.laugh = true
			t.info[w] = wi
		}
	}
	idx := cueIndex()
	for w, cues := range idx {
		wi := t.info[w]
		wi.cues = append(wi.cues, cues...)
		t.info[w] = wi
	}
	// A number word ("two", "a few") also starts the cues that start with
	// any number.
	for w := range numberWords {
		wi := t.info[w]
		wi.cues = append(wi.cues, idx["#"]...)
		t.info[w] = wi
	}
	return t
})

// parseValences reads "key<TAB>valence[<TAB>…]" lines into m, skipping
// comments and lines it cannot read (the files are embedded and tested).
func parseValences(text string, m map[string]float64) {
	for len(text) > 0 {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		if line == "" || line[0] == '#' {
			continue
		}
		key, rest, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		val, _, _ := strings.Cut(rest, "\t")
		v, err := strconv.ParseFloat(val, 64)
		if err != nil {
			continue
		}
		m[key] = v
	}
}

// supportNeutral are lexicon words that, in a support conversation, name
// the problem or the courtesy around it rather than a feeling: "I have a
// problem", "the update failed", "please help", "sorry for the wait". A
// calm report uses them as much as an angry one, so they carry no valence
// here. The feelings about the problem ("annoying", "ridiculous", "worst")
// keep theirs.
var supportNeutral = []string{
	"problem", "problems", "error", "errors", "fail", "fails", "failed", "failing", "failure",
	"crash", "crashed", "crashes", "crashing", "broken", "break", "breaks", "stuck", "lost", "lose",
	"losing", "wrong", "missing", "miss", "cancel", "cancelled", "canceled", "low", "limited",
	"pay", "paid", "hard", "alone", "dead", "die", "dies", "died", "kill", "killed", "kills",
	"block", "blocked", "blocks", "trouble", "troubles", "freeze", "frozen", "drop", "dropped",
	"delay", "delayed", "cut", "no", "sorry", "apologize", "apologise", "apologies", "regret",
	"inconvenience", "worry", "worries", "worried", "please", "help", "helps", "helped", "helping",
	"support", "supported", "care", "cares", "like", "likes", "liked", "want", "wants", "number",
	"sure", "np", "fine", "well", "yes", "clear", "free", "ok", "okay", "reaching", "reach",
	"hope", "hopefully", "solve", "solved", "resolve", "resolved", "share", "allow", "assured",
	"restore", "important", "kindly", "fix", "fixed", "god", "joke", "true", "pretty", "kind",
	"warning", "bad", "doubt", "weird", "strange", "confused", "confusing", "unable", "lack",
	"lacking", "huge", "risk", "complicated", "attack", "worse", "pain", "uncertain", "secure",
	"security", "protect", "protected", "safe", "safety", "trust", "honest", "matter", "matters",
	"interested", "interesting", "appreciate", "appreciated", "welcome", "win", "won", "yeah",
	"easy", "best", "better", "agree", "ready", "useful", "save", "saved", "failures", "mistake",
	"mistakes", "argument", "abort", "aborted", "unfortunately", "unfortunate", "disabling",
	"disabled", "fault", "faults", "bug", "bugs", "issue", "issues", "killing", "defective",
	"honestly", "urgent", "grant", "granted", "wins", "ignore", "ignored", "ignores", "ignoring",
	// "how much you value my time", "valued customer": what is owed, not a
	// feeling
	"value", "values", "valued", "desired",
	"faith", // "lost all faith in you", like "trust"
	"hacked", "hack", "hacker", "hackers", "stolen", "stole", "steal", "theft", "virus", "malware", "spam",
	"infected", "infection", "faulty", "lying", "strike", "strikes", "badly", "warn", "warned",
	"warnings", "threat", "threats", "broke", "bother", "bothered", "bothering", "virus", "damage", "damaged", "fake", "spam", "scam",
	"excel", "treat", "treated", // the spreadsheet; "how you treat customers"
	"promise", "promised", "promises", // a commitment named, kept or broken
	// Life events and public topics named as the subject of a message ("a
	// death in the family", "apps used for bullying"), not the writer's
	// feeling about the service.
	"death", "deaths", "funeral", "cancer", "war", "bullying", "bullied", "abuse", "abused", "victim", "victims",
	// Names of a fault or a risk, used as nouns of a report as often as in
	// anger: "a memory leak", "merge conflicts", "technical difficulties",
	// "input lag", "a known limitation"; and "I suspect", which offers a
	// cause.
	"leak", "leaks", "leaking", "leaked", "scams", "lag", "conflict", "conflicts", "limitation",
	"limitations", "restriction", "restrictions", "difficulty", "difficulties", "exploit", "exploits",
	"suspect", "suspected",
	// Names of a feature, a file or a state that VADER rates as feelings:
	// "an alarm every half hour" (the clock app), "thanks for the crash
	// dumps", "fire off a request", "the service is suspended", "an
	// unsecured device", "an exclusion list".
	"alarm", "alarms", "dump", "dumps", "fire", "suspended", "unsecured", "exclusion", "exclusions",
	// A battery that drains, a destructive operation, a blind or deaf user
	// of a screen reader: a fault or a person described, not a feeling.
	"drain", "drains", "drained", "draining", "destructive", "blind", "deaf",
	// what a server or a bank does to a request: "duplicates are
	// rejected", "the card was declined"
	"reject", "rejects", "rejected", "declined",
}

// supportValence rates words of support complaints that VADER lacks, on
// its scale.
var supportValence = map[string]float64{
	"unusable": -2.0, "unworkable": -2.0, "sux": -1.9, "bs": -2.0, "fml": -2.2, "grr": -1.5,
	"grrr": -1.5, "argh": -1.8, "aargh": -1.8, "infuriating": -2.8, "exasperating": -2.2,
	"maddening": -2.4, "unacceptable": -2.0, "shambles": -2.2, "fiasco": -2.2, "sigh": -0.8,
	// verdicts on a service as British and American customers word them
	"woeful": -2.2, "shambolic": -2.2, "shoddy": -2.0, "subpar": -1.7, "substandard": -1.7, "inexcusable": -2.2,
	"ffs": -2.8, "omfg": -2.6, "jfc": -2.4, "wth": -2.0, "smh": -1.3, "ugh": -1.8,
	"fucking": -2.5, "bloody": -1.4, "freaking": -1.5, "frickin": -1.5, "effing": -2.0,
	"fricking": -1.5, "friggin": -1.5, "hopeless": -2.0, "nightmare": -2.2, "disaster": -2.5,
	"garbage": -2.0, "rubbish": -1.8, "abysmal": -2.6, "atrocious": -2.6, "unreliable": -1.5,
	"laughable": -1.5, "unhelpful": -1.6, "unplayable": -2.0, "unwatchable": -2.0, "uff": -1.5, "pff": -1.3,
	"pfft": -1.3, "gah": -1.5, "agh": -1.5, "fck": -2.5, "fcking": -2.5, "fkn": -2.5, "oof": -1.3, "stranded": -1.5,
	// Feelings as customers often type them, rated as the word they mean.
	"dissapointed": -2.1, "disapointed": -2.1, "dissappointed": -2.1, "dissapointing": -2.2,
	"disapointing": -2.2, "dissappointing": -2.2, "frustated": -2.4, "fustrated": -2.4,
	"frusterated": -2.4, "frustating": -1.9, "rediculous": -1.5, "ridiculus": -1.5,
	"unacceptible": -2.0, "horible": -2.5, "horrable": -2.5, "aweful": -2.0, "terible": -2.1,
	"incompetant": -2.1, "pathatic": -2.7, "frusterating": -1.9, "fustrating": -1.9,
	// verdicts VADER lacks, rated as its "shameful" (-2.2) and "lame" (-1.8)
	"asinine": -2.0, "egregious": -2.0, "scammed": -2.3,
}

// degreeWords change the intensity of the rated word after them, by VADER's
// empirically measured step: boosters add, dampeners take away.
var degreeWords = map[string]float64{
	"absolutely": degreeStep, "amazingly": degreeStep, "awfully": degreeStep, "completely": degreeStep,
	"considerably": degreeStep, "decidedly": degreeStep, "deeply": degreeStep, "enormously": degreeStep,
	"entirely": degreeStep, "especially": degreeStep, "exceptionally": degreeStep, "extremely": degreeStep,
	"fully": degreeStep, "greatly": degreeStep, "highly": degreeStep, "hugely": degreeStep,
	"incredibly": degreeStep, "intensely": degreeStep, "majorly": degreeStep, "more": degreeStep,
	"most": degreeStep, "particularly": degreeStep, "purely": degreeStep, "quite": degreeStep,
	"really": degreeStep, "remarkably": degreeStep, "so": degreeStep, "substantially": degreeStep,
	"thoroughly": degreeStep, "totally": degreeStep, "tremendously": degreeStep, "unbelievably": degreeStep,
	"unusually": degreeStep, "utterly": degreeStep, "very": degreeStep, "super": degreeStep,
	"truly": degreeStep, "insanely": degreeStep, "literally": degreeStep,
	"almost": -degreeStep, "barely": -degreeStep, "hardly": -degreeStep, "kinda": -degreeStep,
	"less": -degreeStep, "little": -degreeStep, "marginally": -degreeStep, "occasionally": -degreeStep,
	"partly": -degreeStep, "scarcely": -degreeStep, "slightly": -degreeStep, "somewhat": -degreeStep,
	"sorta": -degreeStep, "bit": -degreeStep,
}

// negators turn the rated word up to three words after them around, and
// damp it (VADER's factor): "not bad" is mildly good, "not great" mildly bad.
var negators = wordSet(`aint arent cannot cant couldnt didnt doesnt ain't aren't can't
		couldn't didn't doesn't dont don't hadnt hasnt havent isnt hadn't hasn't haven't isn't
		neither never none nope nor not nothing nowhere shouldnt shouldn't wasnt werent wasn't
	weren't without wont won't wouldnt wouldn't rarely seldom despite no`)

// isNegation reports whether the word w negates what follows: a negator,
// or any contraction with "n't".
func isNegation(w string) bool {
	_, neg := negators[w]
	return neg || strings.HasSuffix(w, "n't")
}

// wordSet returns the set of the words in s.
func wordSet(s string) map[string]struct{} {
	m := map[string]struct{}{}
	for _, w := range strings.Fields(s) {
		m[w] = struct{}{}
	}
	return m
}

// VADER's constants.
const (
	degreeStep    = 0.293 // a booster's or dampener's change in intensity
	capsStep      = 0.733 // a rated word in capitals among lower-case ones
	negateFactor  = -0.74 // a negated word's valence is turned and damped
	exclaimStep   = 0.292 // each "!" (up to four) in the message
	questionStep  = 0.18  // each "?" of two or three
	questionsMax  = 0.96  // four "?" or more
	butBefore     = 0.5   // "but" halves what came before it in the sentence
	butAfter      = 1.5   // and strengthens what follows
	maxExclaims   = 4
	lookBackWords = 3
)

// derivedValence is how negative a word must be for its adverb and "-ful"
// forms to be rated with it.
const derivedValence = -1.5

// addDerivedForms rates the adverb and "-ful" forms of the clearly negative
// words that VADER lists only in their base form ("rude" but not
// "rudely", "disrespect" but not "disrespectful", "poor" but not
// "poorly"), at the base word's rating. A form VADER rates keeps its own
// rating; degree words ("terribly", "awfully") stay degree words, and a
// form must be an English word (SCOWL's common list). A rated "-ing" word
// is also rated with its g dropped, as chat spells it ("fuckin"), when
// that spelling is no English word of its own. Built once with the table,
// so reading a word still costs one look-up.
func addDerivedForms(words map[string]float64) {
	common := lexicon().common
	var add []string
	var vals []float64
	for w, v := range words {
		if v > derivedValence || len(w) < 3 || !isLowerWord(w) {
			continue
		}
		forms := [3]string{w + "ful", w + "ly"}
		switch {
		case strings.HasSuffix(w, "le"):
			forms[1] = w[:len(w)-1] + "y" // horrible → horribly
		case strings.HasSuffix(w, "y"):
			forms[1] = w[:len(w)-1] + "ily" // angry → angrily
		case strings.HasSuffix(w, "ic"):
			forms[2] = w + "ally" // pathetic → pathetically
		}
		for _, f := range forms {
			if f == "" {
				continue
			}
			if _, ok := words[f]; ok {
				continue
			}
			if _, ok := degreeWords[f]; ok {
				continue
			}
			if _, ok := common[f]; !ok || derivedMeansOther[f] {
				continue // not an English word ("abandonly", "accidently")
			}
			add = append(add, f)
			vals = append(vals, v)
		}
	}
	// The dropped g of chat ("fuckin", "freakin'", "lovin"): a rated word
	// in -ing is also rated without its g, unless that spelling is an
	// English word of its own.
	for w, v := range words {
		if len(w) < 6 || !strings.HasSuffix(w, "ing") || !isLowerWord(w) {
			continue
		}
		f := w[:len(w)-1]
		if _, ok := words[f]; ok {
			continue
		}
		if _, ok := degreeWords[f]; ok {
			continue
		}
		if _, ok := common[f]; ok {
			continue
		}
		add = append(add, f)
		vals = append(vals, v)
	}
	for k, f := range add {
		words[f] = vals[k]
	}
}

// isLowerWord reports whether w is made of lower-case ASCII letters only
// (not an emoticon or a slang spelling with digits).
func isLowerWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// derivedMeansOther are English words that look like a rated word's
// adverb but mean something else ("stably" is not from "stab") or report
// rather than feel ("erroneously", "negatively affected").
var derivedMeansOther = map[string]bool{"stably": true, "screamingly": true, "negatively": true,
	"erroneously": true, "notoriously": true, "illegally": true, "sickly": true, "sorely": true,
	"blindly": true, "disorderly": true, "criminally": true}

// faultCompounds are rated words that, beside one of a few words, name a
// technical fault or thing rather than a feeling: "permission denied",
// "kernel panic", "fatal error", "core dump", "a dead link", "a critical
// update", "non stop", "a missed call", "a fraud alert", "data loss". The word keeps its rating
// elsewhere ("I was denied a refund", "I panic every time").
var faultCompounds = map[string]struct{ before, after []string }{
	"denied":    {before: []string{"permission", "access", "request", "connection", "login", "authentication"}},
	"panic":     {before: []string{"kernel"}},
	"fatal":     {after: []string{"error", "errors", "exception", "exceptions", "signal", "crash"}},
	"critical":  {after: []string{"bug", "bugs", "bugfix", "bugfixes", "bugfixing", "update", "updates", "fix", "fixes", "patch", "patches", "error", "errors", "section", "path", "vulnerability", "security", "alert", "alerts"}},
	"dump":      {before: []string{"core", "heap", "memory", "thread", "stack", "crash", "database", "db", "sql", "log"}},
	"dumped":    {before: []string{"core"}},
	"dead":      {after: []string{"link", "links", "pixel", "pixels", "key", "keys", "lock", "locks", "code", "end", "zone", "letter", "letters"}},
	"violation": {before: []string{"access", "segmentation", "memory", "sharing"}},
	"bomb":      {before: []string{"fork", "zip", "logic"}},
	"dirty":     {after: []string{"bit", "bits", "flag", "cache", "page", "pages", "read", "reads", "state", "tree", "worktree"}},
	"poisoning": {before: []string{"cache", "dns", "arp"}},
	"stop":      {before: []string{"non", "bus", "train", "full"}, after: []string{"button", "bits", "sign"}},
	"missed":    {after: []string{"call", "calls"}},
	"fraud":     {after: []string{"alert", "alerts", "department", "team", "protection", "detection", "check", "checks", "prevention", "warning", "warnings", "claim", "case", "report", "investigation", "line"}},
	"loss":      {before: []string{"data", "packet", "signal", "weight", "hearing", "memory", "connection"}},
}

// faultCompound reports whether the rated word at i stands beside a word
// that makes it the name of a fault or a thing (faultCompounds). Only
// words marked compound in the valence table are asked.
func faultCompound(toks []token, i int) bool {
	fc := faultCompounds[toks[i].norm]
	if i > 0 && toks[i-1].kind != tokPunct && slices.Contains(fc.before, toks[i-1].norm) {
		return true
	}
	return i+1 < len(toks) && toks[i+1].kind != tokPunct && slices.Contains(fc.after, toks[i+1].norm)
}

// laughWords are laughter typed as words ("lol", "xD", "haha"): like a
// smiley they do not make a message happy, and a bitter "lol" beside a
// grievance takes nothing off its score.
var laughWords = map[string]bool{"lol": true, "lool": true, "xd": true, "haha": true, "hahaha": true, "lmao": true,
	"lmfao": true, "rofl": true, "hah": true, "hehe": true, "ha": true}
