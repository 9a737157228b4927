// Package due reads the "when" of a /followup promise: "tomorrow 3pm",
// "in 2 hours", "friday", "eod", "2026-12-01 14:00", and says it back
// ("Fri 20 Nov, 15:00 (in 2 days)") so a misreading is seen at once.
//
// Words are recognised with the English and common rules of
// github.com/olebedev/when, but only for what they match: when's own
// arithmetic adds 24-hour durations (so "tomorrow" lands on the wrong day
// across a daylight-saving change), reads "12am" as noon, misreads
// "2026-12-01 14:00" as 12:01 today and turns "in 2 months" in November into
// January of the same year. This package places every phrase on the calendar
// itself, in the caller's time zone, and refuses phrases that leave words it
// cannot explain.
//
// Rules, all computed in the caller's zone:
//   - A date without a time of day ("friday", "dec 1", "tomorrow",
//     "2026-12-01") means 09:00 that day.
//   - A time without a date ("3pm", "14:00", "noon", "eod") means today, or
//     tomorrow when that time has already passed today.
//   - A weekday ("friday", "on fri", "this friday") means the next such day
//     whose time is still ahead: today if it is that weekday and the time has
//     not passed, else the following one. "next friday" is the same, except
//     that on a Friday it always means a week ahead. "friday next week" is
//     the Friday of the next Monday-to-Sunday week.
//   - A month and day without a year ("dec 1") means this year, or next year
//     when that day is already behind us; a passed time today is an error.
//   - eod, cob, "end of day", "close of business" mean 17:00 (so, like any
//     bare time, tomorrow 17:00 once 17:00 has passed); eow and "end of week"
//     mean Friday 17:00 of this week, or of next week once that has passed;
//     tonight means today 20:00 (an explicit afternoon or evening time
//     overrides it).
//   - "in 2 hours", "in 45 minutes" count elapsed time; "in 3 days",
//     "in 2 weeks", "in 1 month" count calendar days and keep the clock time
//     (to the minute) unless a time is given.
//   - Slash dates ("1/12") are refused as ambiguous (day/month order), as are
//     vague amounts ("in a few days") and a month without a day.
//   - A local time that does not exist (02:30 on a spring-forward day) is
//     resolved the way time.Date resolves it.
//   - The result must be after now and at most 365 days ahead.
package due

import (
	"errors"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Errors returned by Parse and Extract. Check them with errors.Is.
var (
	// ErrNoTime: nothing in the text reads as a time.
	ErrNoTime = errors.New("no time found")
	// ErrPast: the time has already passed.
	ErrPast = errors.New("time is in the past")
	// ErrTooFar: the time is more than a year ahead.
	ErrTooFar = errors.New("time is more than a year ahead")
	// ErrAmbiguous: a time was found but it cannot be read one way only:
	// words left over inside the time phrase ("tomorrow-ish", "3pm banana"),
	// two dates or two times, a slash date, a vague amount ("in a few
	// days"), or times at both ends of the text.
	ErrAmbiguous = errors.New("time is ambiguous")
	// ErrNoSuchTime: the phrase names a date or time that does not exist
	// ("feb 30", "13pm", "2026-13-01").
	ErrNoSuchTime = errors.New("no such date or time")
	// ErrNoWhat: Extract found a time but nothing else to do.
	ErrNoWhat = errors.New("nothing to do besides the time")
	// ErrTooLong: the text is longer than MaxTextLen characters.
	ErrTooLong = errors.New("text is too long")
	// ErrInvalidText: the text is not valid UTF-8.
	ErrInvalidText = errors.New("text is not valid UTF-8")
	// ErrNonASCIIDigits: a time is written with digits other than 0-9
	// (full-width "３pm", Arabic-Indic "٣pm"); it is refused rather than
	// guessed at.
	ErrNonASCIIDigits = errors.New("time written with digits other than 0-9")
)

// MaxTextLen is the longest text, in characters, that Parse and Extract read.
const MaxTextLen = 2000

// MaxAhead is how far ahead a due time may be.
const MaxAhead = 365 * 24 * time.Hour

// maxPhraseWords bounds the words Extract tries as the time phrase at each
// end of the text ("on the 1st of december at 2pm" is seven).
const maxPhraseWords = 8

// Parse reads phrase, which must be only a time ("tomorrow 3pm", "in 2 hours",
// "friday", "eod", "2026-12-01 14:00"), relative to now in loc.
func (p *Parser) Parse(phrase string, now time.Time, loc *time.Location) (time.Time, error) {
	if err := checkText(phrase); err != nil {
		return time.Time{}, err
	}
	if err := p.checkClocks(phrase); err != nil {
		return time.Time{}, err
	}
	ph, err := p.recognise(phrase)
	if err != nil {
		return time.Time{}, err
	}
	return ph.resolve(now, loc)
}

// Extract finds the time phrase at the start or the end of text ("tomorrow
// 3pm call Dana back", "call Dana back tomorrow 3pm", "send the report by
// friday") and returns the due time and the rest of the text, trimmed, without
// a dangling "by", "at", "on", "until" or "due". It refuses a time found at
// both ends, a time glued to other time-like words, and a text that is only a
// time (ErrNoWhat).
func (p *Parser) Extract(text string, now time.Time, loc *time.Location) (due time.Time, what string, err error) {
	if err := checkText(text); err != nil {
		return time.Time{}, "", err
	}
	if err := p.checkClocks(text); err != nil {
		return time.Time{}, "", err
	}
	words := wordSpans(text)
	if len(words) == 0 {
		return time.Time{}, "", ErrNoTime
	}
	n := len(words)
	limit := min(n, maxPhraseWords)

	// The longest recognised phrase at each end wins. On failure, the most
	// telling error is kept for the user: a time that does not exist or
	// cannot be read one way ("in a few days"), or a last (first) word that
	// is a time with something glued on ("tomorrow-ish"). Longer ends with
	// words left over are just the "what".
	var (
		best                   error = ErrNoTime
		prefixLen, suffixLen   int
		prefixSpec, suffixSpec phrase
	)
	note := func(k int, err error) {
		if k > 1 && errors.Is(err, errLeftover) {
			return
		}
		if errors.Is(err, ErrNoSuchTime) || (errors.Is(err, ErrAmbiguous) && errors.Is(best, ErrNoTime)) {
			best = err
		}
	}
	for k := limit; k >= 1 && prefixLen == 0; k-- {
		ph, err := p.recognise(text[words[0].start:words[k-1].end])
		if err != nil {
			note(k, err)
			continue
		}
		prefixLen, prefixSpec = k, ph
	}
	for k := limit; k >= 1 && suffixLen == 0; k-- {
		ph, err := p.recognise(text[words[n-k].start:words[n-1].end])
		if err != nil {
			note(k, err)
			continue
		}
		suffixLen, suffixSpec = k, ph
	}

	var (
		ph        phrase
		rest      string
		neighbour string
		atStart   bool
	)
	switch {
	case prefixLen == n || suffixLen == n:
		return time.Time{}, "", ErrNoWhat
	case prefixLen > 0 && suffixLen > 0:
		return time.Time{}, "", ErrAmbiguous
	case prefixLen > 0:
		ph, atStart = prefixSpec, true
		rest = text[words[prefixLen].start:]
		neighbour = text[words[prefixLen].start:words[prefixLen].end]
	case suffixLen > 0:
		ph = suffixSpec
		rest = text[:words[n-suffixLen-1].end]
		neighbour = text[words[n-suffixLen-1].start:words[n-suffixLen-1].end]
	default:
		return time.Time{}, "", best
	}
	if p.timeLike(neighbour) {
		return time.Time{}, "", ErrAmbiguous
	}
	what = tidyWhat(rest, atStart)
	if what == "" {
		return time.Time{}, "", ErrNoWhat
	}
	due, err = ph.resolve(now, loc)
	if err != nil {
		return time.Time{}, "", err
	}
	return due, what, nil
}

func checkText(s string) error {
	if !utf8.ValidString(s) {
		return ErrInvalidText
	}
	if utf8.RuneCountInString(s) > MaxTextLen {
		return ErrTooLong
	}
	return nil
}

type span struct{ start, end int }

// wordSpans returns the byte spans of the whitespace-separated words of s.
func wordSpans(s string) []span {
	var out []span
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				out = append(out, span{start, i})
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, span{start, len(s)})
	}
	return out
}

// connectors may be left between the "what" and its time: "send the report
// by friday" leaves "send the report by" when "by" was not part of the phrase.
var connectors = []string{"by", "at", "on", "until", "till", "due"}

const edgePunct = ",;:-–—"

// tidyWhat trims the rest of an Extract text at the side that touched the
// time phrase: punctuation and one dangling connector.
func tidyWhat(rest string, atStart bool) string {
	rest = strings.TrimSpace(rest)
	if atStart {
		rest = strings.TrimLeft(rest, edgePunct+" \t\n")
		return strings.TrimSpace(rest)
	}
	rest = strings.TrimRight(rest, edgePunct+" \t\n")
	words := wordSpans(rest)
	if len(words) > 0 {
		last := words[len(words)-1]
		for _, c := range connectors {
			if strings.EqualFold(rest[last.start:last.end], c) {
				rest = strings.TrimRight(rest[:last.start], edgePunct+" \t\n")
				break
			}
		}
	}
	return strings.TrimSpace(rest)
}
