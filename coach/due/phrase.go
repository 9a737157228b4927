package due

import (
	"strconv"
	"strings"
	"time"

	"github.com/olebedev/when/rules/en"
)

// phrase is what a time phrase says, before it is placed on the calendar.
// At most one date part (a day offset, a weekday, a calendar date or a
// calendar offset) and one clock time; an elapsed duration stands alone.
type phrase struct {
	hasDate bool // any date part below is set

	dayOffset bool // today / tomorrow / tonight: days from today
	days      int

	weekday *weekdaySpec

	date *dateSpec // month and day, maybe year

	calendar          bool // "in 3 days": calendar offset keeping the clock
	addYears, addMons int  // with days above

	elapsed    time.Duration // "in 2 hours"
	hasElapsed bool

	clock   *clock
	tonight bool // default clock 20:00, explicit clock must be afternoon
	now     bool // "now"
	past    bool // "2 hours ago", "last friday", "yesterday"
}

type clock struct{ hour, min, sec int }

type weekdaySpec struct {
	day      time.Weekday
	next     bool // "next friday": never today
	nextWeek bool // "friday next week"
	thisWeek bool // "friday this week"
}

type dateSpec struct {
	year  int // 0: not given
	month time.Month
	day   int
}

func (ph *phrase) setDate() error {
	if ph.hasDate || ph.hasElapsed || ph.now {
		return ErrAmbiguous
	}
	ph.hasDate = true
	return nil
}

func (ph *phrase) setClock(c clock) error {
	if ph.clock != nil || ph.hasElapsed || ph.now {
		return ErrAmbiguous
	}
	ph.clock = &c
	return nil
}

// check rejects combinations no one means: a duration with anything else,
// "tonight 9am".
func (ph *phrase) check() error {
	if ph.hasElapsed && (ph.hasDate || ph.clock != nil) {
		return ErrAmbiguous
	}
	if ph.now && (ph.hasDate || ph.clock != nil) {
		return ErrAmbiguous
	}
	if ph.tonight && ph.clock != nil && ph.clock.hour < 12 {
		return ErrAmbiguous
	}
	return nil
}

// addISO reads a match of Parser.iso: 2026-12-01, 2026-12-01 14:00,
// 2026-12-01T14:00:05. m holds its submatch indexes in s.
func (ph *phrase) addISO(s string, m []int) error {
	num := func(g int) int {
		if m[2*g] < 0 {
			return -1
		}
		n, _ := strconv.Atoi(s[m[2*g]:m[2*g+1]])
		return n
	}
	y, mo, d := num(1), num(2), num(3)
	if mo < 1 || mo > 12 || d < 1 || d > daysIn(time.Month(mo), y) {
		return ErrNoSuchTime
	}
	if err := ph.setDate(); err != nil {
		return err
	}
	ph.date = &dateSpec{year: y, month: time.Month(mo), day: d}
	if h := num(4); h >= 0 {
		mi, sec := num(5), max(num(6), 0)
		if h > 23 || mi > 59 || sec > 59 {
			return ErrNoSuchTime
		}
		return ph.setClock(clock{h, mi, sec})
	}
	return nil
}

// add reads one recognised piece of s: one of our own phrases, or one of
// when's matches through its captures.
func (ph *phrase) add(s string, f found) error {
	c := func(i int) string {
		if i < len(f.captures) {
			return strings.TrimSpace(f.captures[i])
		}
		return ""
	}
	switch f.kind {
	case kindISO:
		return ph.addISO(s, f.groups)

	case kindEndOfDay:
		return ph.setClock(clock{17, 0, 0})

	case kindEndOfWeek:
		if err := ph.setDate(); err != nil {
			return err
		}
		ph.weekday = &weekdaySpec{day: time.Friday}
		return ph.setClock(clock{17, 0, 0})

	case kindTonight:
		if err := ph.setDate(); err != nil {
			return err
		}
		ph.dayOffset, ph.days, ph.tonight = true, 0, true

	case kindWeekday:
		day, ok := en.WEEKDAY_OFFSET[c(1)]
		if !ok {
			return ErrAmbiguous
		}
		if err := ph.setDate(); err != nil {
			return err
		}
		w := &weekdaySpec{day: time.Weekday(day)}
		for _, q := range []string{c(0), c(2)} {
			switch q {
			case "last", "past":
				ph.past = true
			}
		}
		w.next = c(0) == "next"
		w.nextWeek = c(2) == "next"
		w.thisWeek = c(2) == "this"
		if w.next && c(2) != "" {
			return ErrAmbiguous // "next friday next week"
		}
		ph.weekday = w

	case kindCasualDate:
		word := strings.Join(strings.Fields(c(0)), " ")
		if word == "now" {
			if ph.hasDate || ph.clock != nil || ph.hasElapsed || ph.now {
				return ErrAmbiguous
			}
			ph.now = true
			return nil
		}
		if err := ph.setDate(); err != nil {
			return err
		}
		ph.dayOffset = true
		switch word {
		case "today":
			ph.days = 0
		case "tomorrow", "tmr":
			ph.days = 1
		case "yesterday", "last night":
			ph.past = true
		default:
			return ErrAmbiguous
		}

	case kindCasualTime:
		h := map[string]int{"morning": 9, "noon": 12, "afternoon": 15, "evening": 18}[c(2)]
		if h == 0 {
			return ErrAmbiguous
		}
		if c(1) == "this" {
			// "this afternoon" is today even if it has passed.
			if err := ph.setDate(); err != nil {
				return err
			}
			ph.dayOffset, ph.days = true, 0
		}
		return ph.setClock(clock{h, 0, 0})

	case kindHour:
		h, err := strconv.Atoi(c(0))
		if err != nil {
			return ErrNoSuchTime
		}
		h, ok := twelveHour(h, c(1))
		if !ok {
			return ErrNoSuchTime
		}
		return ph.setClock(clock{h, 0, 0})

	case kindHourMinute:
		h, err1 := strconv.Atoi(c(0))
		mi, err2 := strconv.Atoi(c(1))
		if err1 != nil || err2 != nil || mi > 59 {
			return ErrNoSuchTime
		}
		if c(2) != "" {
			var ok bool
			if h, ok = twelveHour(h, c(2)); !ok {
				return ErrNoSuchTime
			}
		} else if h > 23 {
			return ErrNoSuchTime
		}
		return ph.setClock(clock{h, mi, 0})

	case kindDeadline:
		return ph.addAmount(c(1), c(2))

	case kindPastTime:
		ph.past = true

	case kindMonthDate:
		month, ok := en.MONTH_OFFSET[c(2)]
		if !ok {
			return ErrAmbiguous
		}
		day := 0
		switch {
		case c(0) != "":
			day = en.ORDINAL_WORDS[strings.TrimSpace(strings.TrimSuffix(c(0), "of"))]
		case c(1) != "":
			day = atoiOr(c(1), 99)
		case c(3) != "":
			day = en.ORDINAL_WORDS[c(3)]
		case c(4) != "":
			day = atoiOr(c(4), 99)
		default:
			return ErrAmbiguous // "december": which day?
		}
		if day < 1 || day > daysIn(time.Month(month), 2024) { // 2024: allow 29 feb for now
			return ErrNoSuchTime
		}
		if err := ph.setDate(); err != nil {
			return err
		}
		ph.date = &dateSpec{month: time.Month(month), day: day}

	case kindSlashDate:
		return ErrAmbiguous // 1/12: January 12 or 1 December?

	default:
		return ErrAmbiguous
	}
	return nil
}

// addAmount reads "in N unit".
func (ph *phrase) addAmount(amount, unit string) error {
	amount = strings.Join(strings.Fields(amount), " ")
	if strings.Contains(amount, "few") {
		return ErrAmbiguous
	}
	if strings.HasPrefix(amount, "half") {
		switch {
		case strings.HasPrefix(unit, "hour"):
			return ph.setElapsed(30 * time.Minute)
		case strings.HasPrefix(unit, "day"):
			return ph.setElapsed(12 * time.Hour)
		}
		return ErrAmbiguous
	}
	n, ok := number(amount)
	if !ok {
		if isDigits(amount) {
			return ErrTooFar // too many digits for an int
		}
		return ErrAmbiguous
	}
	var per time.Duration
	switch {
	case strings.HasPrefix(unit, "sec"):
		per = time.Second
	case strings.HasPrefix(unit, "min"):
		per = time.Minute
	case strings.HasPrefix(unit, "hour"):
		per = time.Hour
	}
	if per != 0 {
		if n > int(MaxAhead/per) {
			return ErrTooFar
		}
		return ph.setElapsed(time.Duration(n) * per)
	}
	if n > 1000 {
		return ErrTooFar
	}
	if err := ph.setDate(); err != nil {
		return err
	}
	ph.calendar = true
	switch {
	case strings.HasPrefix(unit, "day"):
		ph.days = n
	case strings.HasPrefix(unit, "week"):
		ph.days = 7 * n
	case strings.HasPrefix(unit, "month"):
		ph.addMons = n
	case strings.HasPrefix(unit, "year"):
		ph.addYears = n
	default:
		return ErrAmbiguous
	}
	return nil
}

func (ph *phrase) setElapsed(d time.Duration) error {
	if ph.hasElapsed || ph.hasDate || ph.clock != nil || ph.now {
		return ErrAmbiguous
	}
	ph.elapsed, ph.hasElapsed = d, true
	return nil
}

// twelveHour converts h with an am/pm marker ("pm", "p.m.", "a") to 0–23.
func twelveHour(h int, marker string) (int, bool) {
	if h < 1 || h > 12 || marker == "" {
		return 0, false
	}
	switch marker[0] {
	case 'a':
		return h % 12, true
	case 'p':
		return h%12 + 12, true
	}
	return 0, false
}

func daysIn(m time.Month, year int) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func atoiOr(s string, def int) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return def
	}
	return n
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
