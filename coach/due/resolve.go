package due

import "time"

// defaultClock is the time of a date given without one ("friday").
var defaultClock = clock{9, 0, 0}

// resolve places ph on the calendar of loc, relative to now, and checks the
// result is ahead of now by at most MaxAhead.
func (ph phrase) resolve(now time.Time, loc *time.Location) (time.Time, error) {
	if loc == nil {
		loc = time.UTC
	}
	due, err := ph.place(now.In(loc), loc)
	if err != nil {
		return time.Time{}, err
	}
	if !due.After(now) {
		return time.Time{}, ErrPast
	}
	if due.Sub(now) > MaxAhead {
		return time.Time{}, ErrTooFar
	}
	return due, nil
}

func (ph phrase) place(now time.Time, loc *time.Location) (time.Time, error) {
	if ph.past || ph.now {
		return time.Time{}, ErrPast
	}
	if ph.hasElapsed {
		return now.Add(ph.elapsed), nil
	}
	y, m, d := now.Date()
	at := func(y int, m time.Month, d int, c clock) time.Time {
		return time.Date(y, m, d, c.hour, c.min, c.sec, 0, loc)
	}
	c := defaultClock
	if ph.tonight {
		c = clock{20, 0, 0}
	}
	if ph.clock != nil {
		c = *ph.clock
	}

	switch {
	case ph.calendar:
		if ph.clock == nil {
			c = clock{now.Hour(), now.Minute(), 0}
		}
		return at(y+ph.addYears, m+time.Month(ph.addMons), d+ph.days, c), nil

	case ph.dayOffset:
		return at(y, m, d+ph.days, c), nil

	case ph.weekday != nil:
		w := ph.weekday
		ahead := (int(w.day) - int(now.Weekday()) + 7) % 7
		switch {
		case w.nextWeek, w.thisWeek:
			// Monday-to-Sunday weeks.
			sinceMonday := (int(now.Weekday()) + 6) % 7
			ahead = -sinceMonday + (int(w.day)+6)%7
			if w.nextWeek {
				ahead += 7
			}
			return at(y, m, d+ahead, c), nil
		case w.next && ahead == 0:
			ahead = 7
		}
		due := at(y, m, d+ahead, c)
		if !due.After(now) {
			due = at(y, m, d+ahead+7, c)
		}
		return due, nil

	case ph.date != nil:
		dy := ph.date.year
		if dy == 0 {
			dy = y
			if ph.date.month < m || (ph.date.month == m && ph.date.day < d) {
				dy++
			}
		}
		if ph.date.day > daysIn(ph.date.month, dy) {
			return time.Time{}, ErrNoSuchTime // 29 feb in a common year
		}
		return at(dy, ph.date.month, ph.date.day, c), nil

	case ph.clock != nil:
		due := at(y, m, d, c)
		if !due.After(now) {
			due = at(y, m, d+1, c)
		}
		return due, nil
	}
	return time.Time{}, ErrNoTime
}
