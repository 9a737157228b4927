package coach

import (
	_ "embed"
	"strings"
	"sync"
)

// scowlCommon is every word of SCOWL up to size 60, lower-cased (see
// data/gen-scowl.sh and data/scowl-LICENSE.txt): a word missing from it is
// rare in general English.
//
//go:embed data/scowl-common.txt
var scowlCommon string

// everydayText lists words that are never jargon although SCOWL lacks them
// or they look technical: consumer tech, brands, chat shorthand, units.
//
//go:embed data/jargon-everyday.txt
var everydayText string

// scowlAbbreviations are SCOWL's abbreviations up to size 60, in capitals:
// acronyms general readers meet (ICU, BBC, NATO, GMT).
//
//go:embed data/scowl-abbreviations.txt
var scowlAbbreviations string

// technicalText lists computing abbreviations among those that are jargon
// all the same (CPU, BIOS, SQL, IP).
//
//go:embed data/jargon-technical.txt
var technicalText string

// jargonLexicon is the read-only vocabulary of the jargon detector. Every
// set holds lower-case entries.
type jargonLexicon struct {
	common    map[string]struct{}
	everyday  map[string]struct{}
	abbrev    map[string]struct{}
	technical map[string]struct{}
	// roles marks the few words that frame or are technical terms; the
	// tokenizer copies a word's role into its token (token.lex, wordLexes),
	// so reading it costs no look-up. A word led by a character other than
	// a-z, or 32 bytes long or more, has no role.
	roles map[string]wordRole
}

// wordRole is what a word means to the detector's frames.
type wordRole uint8

const (
	roleVerb      wordRole = 1 << iota // comes before a command's name: "run", "install"
	roleNoun                           // follows a technical thing's name: "daemon", "file"
	roleTechnical                      // is jargon itself: "systemd", "grub"
)

// commandVerbs come before the name of a command, package or setting.
var commandVerbs = []string{
	"run", "runs", "running", "ran", "type", "typing", "install", "installing", "installed",
	"uninstall", "reinstall", "enable", "enabled", "disable", "disabled", "restart", "mount",
	"configure", "edit", "compile", "load", "loaded", "launch", "execute", "exec", "invoke", "via",
}

// techNouns follow the name of a technical thing ("the avahi daemon").
var techNouns = []string{
	"command", "commands", "file", "files", "service", "daemon", "package", "packages", "module",
	"driver", "drivers", "flag", "option", "config", "script", "process", "port", "server", "log",
	"logs", "library", "plugin", "utility", "binary", "variable", "parameter", "entry", "record",
	"query", "repo", "cluster", "node", "instance", "container", "branch", "build",
}

// lexicon parses the embedded lists once per process; the result is never
// modified, so every Analyzer shares it.
var lexicon = sync.OnceValue(func() *jargonLexicon {
	lx := &jargonLexicon{
		common:    lineSet(scowlCommon),
		everyday:  lineSet(everydayText),
		abbrev:    lineSet(scowlAbbreviations),
		technical: lineSet(technicalText),
		roles:     map[string]wordRole{},
	}
	for _, w := range commandVerbs {
		lx.addRole(w, roleVerb)
	}
	for _, w := range techNouns {
		lx.addRole(w, roleNoun)
	}
	for w := range lx.technical {
		lx.addRole(w, roleTechnical)
		// The plural of a listed name ("chroots", "initrds") is as much a
		// term, unless it is an English word ("grubs").
		if pl := w + "s"; len(w) >= 4 && w[len(w)-1] != 's' && lettersOnly(w) && !lx.known(pl) {
			lx.addRole(pl, roleTechnical)
		}
	}
	return lx
})

func (lx *jargonLexicon) addRole(w string, r wordRole) {
	lx.roles[w] |= r
}

// roleOf returns the role of a word token (0 for anything else).
func (lx *jargonLexicon) roleOf(t *token) wordRole {
	if t.kind != tokWord || t.lex == nil {
		return 0
	}
	return t.lex.role
}

// lineSet reads one lower-cased entry a line, skipping blanks and # comments.
func lineSet(text string) map[string]struct{} {
	set := make(map[string]struct{}, strings.Count(text, "\n")+1)
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		set[strings.ToLower(line)] = struct{}{}
	}
	return set
}

// known reports whether w (lower case) is common English or an everyday word.
func (lx *jargonLexicon) known(w string) bool {
	if _, ok := lx.common[w]; ok {
		return true
	}
	_, ok := lx.everyday[w]
	return ok
}

// listed reports whether w (lower case) is on the technical list.
func (lx *jargonLexicon) listed(w string) bool {
	_, ok := lx.technical[w]
	return ok
}

// generalAcronym reports whether the acronym a (lower case) is one general
// readers meet: SCOWL lists it and it is not a computing one.
func (lx *jargonLexicon) generalAcronym(a string) bool {
	if _, tech := lx.technical[a]; tech {
		return false
	}
	_, ok := lx.abbrev[a]
	return ok
}

// knownWord is known for a word token's norm, also trying it without a
// possessive or plural ending ("router's", "modems'").
func (lx *jargonLexicon) knownWord(w string) bool {
	if lx.known(w) {
		return true
	}
	for _, suf := range [...]string{"'s", "'", "s"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) && lx.known(w[:len(w)-len(suf)]) {
			return true
		}
	}
	return false
}

// prefixes and suffixes of English word-building: "redownload",
// "misconfiguration", "erroring" and "authenticator" are made of words
// everyone knows.
var (
	wordPrefixes = [...]string{"un", "re", "pre", "mis", "non", "dis", "de", "co", "sub", "super", "over", "under", "out", "auto", "multi", "inter", "self", "anti", "semi", "tele"}
	wordSuffixes = [...]string{"ing", "ed", "er", "ers", "or", "ors", "s", "es", "able", "ation", "ly", "ness"}
)

// derived reports whether w is built from common words: a prefix or a
// suffix on one ("unmuted", "erroring"), or two joined ("smartboard",
// "timesheet", "standup").
func (lx *jargonLexicon) derived(w string) bool {
	for _, p := range wordPrefixes {
		if len(w) > len(p)+2 && strings.HasPrefix(w, p) && lx.knownWord(w[len(p):]) {
			return true
		}
	}
	for _, s := range wordSuffixes {
		if len(w) <= len(s)+2 || !strings.HasSuffix(w, s) {
			continue
		}
		stem := w[:len(w)-len(s)]
		if lx.known(stem) || lx.known(stem+"e") {
			return true
		}
	}
	return lx.compound(w)
}

// compound reports whether w is two known words run together
// ("smartboard", "timesheet", "wontfix").
func (lx *jargonLexicon) compound(w string) bool {
	for k := 3; k+2 <= len(w); k++ {
		right := w[k:]
		if len(right) < 3 && len(w[:k]) < 4 {
			continue
		}
		if _, ok := lx.common[w[:k]]; ok && lx.knownWord(right) {
			return true
		}
	}
	return false
}

// nearCommon reports whether w is one edit (a letter dropped, added,
// changed or two swapped) away from a common word, or has a letter doubled
// in the wrong place: a typo such as "recieve", "dont" or "procces", not a
// term. buf is scratch space.
func (lx *jargonLexicon) nearCommon(w string, buf *[]byte) bool {
	const letters = "abcdefghijklmnopqrstuvwxyz'"
	b := (*buf)[:0]
	in := func(b []byte) bool {
		_, ok := lx.common[string(b)]
		return ok
	}
	n := len(w)
	for i := 0; i < n; i++ { // deletion
		b = append(append(b[:0], w[:i]...), w[i+1:]...)
		if in(b) {
			*buf = b
			return true
		}
	}
	for i := 0; i+1 < n; i++ { // transposition
		b = append(b[:0], w...)
		b[i], b[i+1] = b[i+1], b[i]
		if in(b) {
			*buf = b
			return true
		}
	}
	for i := 0; i < n; i++ { // substitution
		b = append(b[:0], w...)
		for k := 0; k < len(letters); k++ {
			if letters[k] == w[i] {
				continue
			}
			b[i] = letters[k]
			if in(b) {
				*buf = b
				return true
			}
		}
	}
	for i := 0; i <= n; i++ { // insertion
		b = append(append(append(b[:0], w[:i]...), 'a'), w[i:]...)
		for k := 0; k < len(letters); k++ {
			b[i] = letters[k]
			if in(b) {
				*buf = b
				return true
			}
		}
	}
	// A letter doubled in the wrong place ("procces", "proffesional",
	// "neccesary"): two edits apart, one slip of the hand.
	for i := 0; i+1 < n; i++ {
		if w[i] != w[i+1] || i > 0 && w[i-1] == w[i] {
			continue
		}
		single := append(append(b[:0], w[:i]...), w[i+1:]...)
		m := len(single)
		d := make([]byte, 0, n)
		for j := 0; j < m; j++ {
			if j == i || j+1 < m && single[j] == single[j+1] || j > 0 && single[j-1] == single[j] {
				continue // the same double, or a letter already doubled
			}
			d = append(append(append(d[:0], single[:j+1]...), single[j]), single[j+1:]...)
			if in(d) {
				*buf = single
				return true
			}
		}
		b = single
	}
	*buf = b
	return false
}

// lettersOnly reports whether w is made of the letters a to z only.
func lettersOnly(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] < 'a' || w[k] > 'z' {
			return false
		}
	}
	return true
}
