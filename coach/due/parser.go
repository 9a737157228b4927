package due

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/olebedev/when/rules"
	"github.com/olebedev/when/rules/common"
	"github.com/olebedev/when/rules/en"
)

// ruleKind says which of when's rules found a match, so that the match's
// captures can be read without when's own (DST-unaware) arithmetic.
type ruleKind int

const (
	kindWeekday ruleKind = iota
	kindCasualDate
	kindCasualTime
	kindHour
	kindHourMinute
	kindDeadline
	kindPastTime
	kindMonthDate
	kindSlashDate

	// Ours.
	kindISO       // 2026-12-01, 2026-12-01 14:00
	kindEndOfDay  // eod, cob, end of day
	kindEndOfWeek // eow, end of week
	kindTonight
)

type kindedRule struct {
	kind ruleKind
	rule rules.Rule
	// needs lists strings of which a lowercase text must contain one for the
	// rule to match at all; checking them first skips slow regexps
	// (ExactMonthDate's takes 60µs on a sentence). Empty: always run.
	needs []string
}

func (r kindedRule) find(s string) *rules.Match {
	if len(r.needs) > 0 && !containsAny(s, r.needs) {
		return nil
	}
	return r.rule.Find(s)
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// Parser reads time phrases. Build it once with NewParser (it compiles a
// dozen regular expressions) and share it: it is never modified after
// NewParser, so it is safe for concurrent use.
type Parser struct {
	rules []kindedRule
	// Phrases of our own, matched before when's rules.
	iso, endOfDay, endOfWeek, tonight *regexp.Regexp
}

// NewParser returns a Parser with when's English and common rules.
func NewParser() *Parser {
	return &Parser{
		rules: []kindedRule{
			{kindWeekday, en.Weekday(rules.Override), []string{"sun", "mon", "tue", "wed", "thu", "fri", "sat"}},
			{kindCasualDate, en.CasualDate(rules.Override), []string{"now", "today", "tonight", "night", "tomorrow", "tmr", "yesterday"}},
			{kindCasualTime, en.CasualTime(rules.Override), []string{"morning", "afternoon", "evening", "noon"}},
			{kindHour, en.Hour(rules.Override), nil},
			{kindHourMinute, en.HourMinute(rules.Override), []string{":", "：", "-"}},
			{kindDeadline, en.Deadline(rules.Override), []string{"in"}},
			{kindPastTime, en.PastTime(rules.Override), []string{"ago"}},
			{kindMonthDate, en.ExactMonthDate(rules.Override), []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}},
			{kindSlashDate, common.SlashDMY(rules.Override), []string{"/", `\`}},
		},
		iso:       regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{1,2}):(\d{2})(?::(\d{2}))?)?\b`),
		endOfDay:  regexp.MustCompile(`\b(?:eod|cob|eob|end of (?:the )?(?:day|business)|close of business)\b`),
		endOfWeek: regexp.MustCompile(`\b(?:eow|end of (?:the )?week)\b`),
		tonight:   regexp.MustCompile(`\btonight\b`),
	}
}

// fillers may stand between the parts of a time phrase or before it:
// "tomorrow at 3pm", "by friday", "on the 1st of december".
var fillers = map[string]bool{
	"at": true, "on": true, "by": true, "the": true, "until": true, "till": true, "due": true,
}

// gluePunct may touch a time phrase without making it ambiguous:
// "tomorrow, 3pm", "friday:".
const gluePunct = ",.;:!"

// found is one recognised piece of a phrase.
type found struct {
	start, end int
	kind       ruleKind
	captures   []string // when's captures
	groups     []int    // submatch indexes of our own regexps
}

// errLeftover is the ErrAmbiguous of a phrase with words no rule explains.
// Extract tells it apart: at a long candidate end it is just the "what".
var errLeftover = fmt.Errorf("%w: words left over", ErrAmbiguous)

// recognise reads s, which must be a time phrase and nothing else, into its
// parts. It does not place them on the calendar.
func (p *Parser) recognise(s string) (phrase, error) {
	var ph phrase
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return ph, ErrNoTime
	}

	// Our own phrases first, masked so when's rules do not read them again
	// (its HourMinute rule reads the "12-01" of "2026-12-01" as 12:01).
	buf := []byte(s)
	var ours []found
	for _, o := range []struct {
		kind ruleKind
		re   *regexp.Regexp
	}{{kindISO, p.iso}, {kindEndOfDay, p.endOfDay}, {kindEndOfWeek, p.endOfWeek}, {kindTonight, p.tonight}} {
		for _, m := range o.re.FindAllStringSubmatchIndex(string(buf), -1) {
			ours = append(ours, found{start: m[0], end: m[1], kind: o.kind, groups: m})
			for i := m[0]; i < m[1]; i++ {
				buf[i] = ' '
			}
		}
	}
	theirs, err := p.find(string(buf))
	if err != nil {
		return ph, err
	}
	all := append(ours, theirs...)
	if len(all) == 0 {
		return ph, ErrNoTime
	}
	covered := make([]bool, len(s))
	for _, f := range all {
		for i := f.start; i < f.end; i++ {
			covered[i] = true
		}
	}
	if leftover(s, covered) {
		return ph, errLeftover
	}
	for _, f := range all {
		if err := ph.add(s, f); err != nil {
			return ph, err
		}
	}
	return ph, ph.check()
}

// find runs when's rules over s and keeps the matches that do not overlap:
// a match inside a longer one is dropped ("30pm" inside "5:30pm"); two that
// cross are ambiguous.
func (p *Parser) find(s string) ([]found, error) {
	var all []found
	for _, r := range p.rules {
		m := r.find(s)
		if m == nil || m.Left < 0 || m.Right <= m.Left {
			continue
		}
		f := found{start: m.Left, end: m.Right, kind: r.kind, captures: m.Captures}
		if r.kind == kindWeekday && len(m.Captures) > 2 && m.Captures[2] != "" {
			// "friday next week": when's match stops before "week".
			rest := s[f.end:]
			trimmed := strings.TrimLeft(rest, " \t")
			if strings.HasPrefix(trimmed, "week") {
				f.end += len(rest) - len(trimmed) + len("week")
			}
		}
		if r.kind == kindHourMinute && strings.ContainsRune(s[f.start:f.end], '-') {
			// "5-30" is more often a range or a reference than a time.
			continue
		}
		all = append(all, f)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].start != all[j].start {
			return all[i].start < all[j].start
		}
		return all[i].end > all[j].end
	})
	var kept []found
	for _, f := range all {
		if len(kept) > 0 {
			last := kept[len(kept)-1]
			if f.end <= last.end {
				continue // inside the previous match
			}
			if f.start < last.end {
				return nil, ErrAmbiguous
			}
		}
		kept = append(kept, f)
	}
	return kept, nil
}

// leftover reports whether s has words that no match explains. Uncovered
// runs may be filler words standing alone, or punctuation.
func leftover(s string, covered []bool) bool {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if covered[i] || unicode.IsSpace(r) {
			i += size
			continue
		}
		start := i
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if covered[i] || unicode.IsSpace(r) {
				break
			}
			i += size
		}
		run := s[start:i]
		if strings.Trim(run, gluePunct) == "" {
			continue
		}
		word := strings.Trim(run, gluePunct)
		standsAlone := (start == 0 || !covered[start-1]) && (i == len(s) || !covered[i])
		if !fillers[word] || !standsAlone {
			return true
		}
	}
	return false
}

// timeLike reports whether word, next to a time phrase found by Extract,
// looks like part of the time: "tomorrow-ish 3pm", "at 4 friday".
// Month names are not checked: "may" is more often a verb.
func (p *Parser) timeLike(word string) bool {
	w := strings.ToLower(strings.Trim(word, gluePunct))
	if w == "" {
		return false
	}
	if isDigits(w) && len(w) <= 2 {
		return true // "at 4 friday"; "ticket 4521 friday" is fine
	}
	if p.iso.MatchString(w) || p.endOfDay.MatchString(w) || p.endOfWeek.MatchString(w) || p.tonight.MatchString(w) {
		return true
	}
	for _, r := range p.rules {
		if r.kind == kindMonthDate {
			continue
		}
		if r.find(w) != nil {
			return true
		}
	}
	return false
}

// number reads a count written as digits or as when's number words.
// "a few" and "half" are handled by the caller.
func number(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if n, ok := en.INTEGER_WORDS[s]; ok {
		return n, true
	}
	if s == "a" || s == "an" {
		return 1, true
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0, false
	}
	return n, true
}
