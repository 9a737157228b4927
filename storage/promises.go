package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// ErrTooManyOpen is returned, wrapped, when a promise would take its owner
// past DB.MaxOpen open promises.
var ErrTooManyOpen = errors.New("too many open promises")

// DefaultMaxOpen is how many open promises one person may hold, unless
// DB.MaxOpen says otherwise: far more than anyone keeps track of, few enough
// that a flood of /followup cannot grow the database without bound.
const DefaultMaxOpen = 100

// ErrClosed is returned, wrapped, when the owner closes or snoozes a promise
// that is already done or cancelled. The promise is returned alongside it so
// the caller can say how it was closed.
var ErrClosed = errors.New("promise already closed")

// PromiseStatus is where a promise stands.
type PromiseStatus string

// Promise statuses. Their string values are stored.
const (
	PromiseOpen      PromiseStatus = "open"
	PromiseDone      PromiseStatus = "done"
	PromiseCancelled PromiseStatus = "cancelled"
)

// Promise is a commitment a staff member asked Rapport to remind them of.
type Promise struct {
	// ID is short, lower case and unique, drawn from IDAlphabet.
	ID string
	// Owner is the Slack user who made the promise and alone may see or change it.
	Owner string
	// Requester is the Slack user it was made to, if known.
	Requester string
	// Text is what was promised, in the owner's words.
	Text string
	// ChannelID, MessageTS and Permalink locate the conversation, if known.
	ChannelID, MessageTS, Permalink string
	// Due is when the owner wants to be reminded.
	Due    time.Time
	Status PromiseStatus
	// RemindedDue is the due time a reminder was last sent for; zero if none
	// has been sent for the current Due.
	RemindedDue time.Time
	CreatedAt   time.Time
	// ClosedAt is when the promise was done or cancelled; zero while open.
	ClosedAt time.Time
}

// IDAlphabet is the characters promise IDs are made of: lower-case letters
// and digits without the easily confused 0, 1, i, l and o.
const IDAlphabet = "23456789abcdefghjkmnpqrstuvwxyz"

// Promise ID lengths: short to type; a collision is retried, and after a few
// collisions the ID grows by a character.
const (
	idLength       = 4
	idMaxLength    = 6
	idTriesPerSize = 4
)

// maxPromiseText bounds a promise's text; the bot tells users a smaller limit.
const maxPromiseText = 10000

// CreatePromise stores p as a new open promise. It sets p.ID, p.CreatedAt and
// p.Status, and truncates p.Due to the second as stored; on return the
// promise is committed. Owner, Text and Due are required. It returns
// ErrTooManyOpen, storing nothing, when the owner already holds MaxOpen open
// promises; the count is taken inside the write transaction, so racing
// creates cannot pass the cap.
func (db *DB) CreatePromise(ctx context.Context, p *Promise) error {
	switch {
	case p.Owner == "":
		return errors.New("create promise: empty owner")
	case strings.TrimSpace(p.Text) == "":
		return errors.New("create promise: empty text")
	case len(p.Text) > maxPromiseText:
		return fmt.Errorf("create promise: text longer than %d bytes", maxPromiseText)
	case p.Due.IsZero():
		return errors.New("create promise: no due time")
	}
	now := db.now().Truncate(time.Second).UTC()
	due := p.Due.Truncate(time.Second).UTC()
	var id string
	err := db.update(ctx, "create promise", func(tx *sql.Tx) error {
		if db.MaxOpen > 0 {
			var open int
			if err := tx.QueryRowContext(ctx,
				`SELECT count(*) FROM promises WHERE owner = ? AND status = 'open'`, p.Owner).Scan(&open); err != nil {
				return err
			}
			if open >= db.MaxOpen {
				return fmt.Errorf("owner holds %d open promises: %w", open, ErrTooManyOpen)
			}
		}
		for size := idLength; size <= idMaxLength; size++ {
			for try := 0; try < idTriesPerSize; try++ {
				cand, err := db.newID(size)
				if err != nil {
					return err
				}
				res, err := tx.ExecContext(ctx, `
					INSERT INTO promises (id, owner, requester, text, channel_id, message_ts, permalink,
						due, status, created_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					ON CONFLICT (id) DO NOTHING`,
					cand, p.Owner, p.Requester, p.Text, p.ChannelID, p.MessageTS, p.Permalink,
					due.Unix(), PromiseOpen, now.Unix())
				if err != nil {
					return err
				}
				if n, err := res.RowsAffected(); err != nil {
					return err
				} else if n == 1 {
					id = cand
					return nil
				}
			}
		}
		return errors.New("no free ID after repeated collisions")
	})
	if err != nil {
		return err
	}
	p.ID, p.Due, p.Status, p.CreatedAt = id, due, PromiseOpen, now
	p.RemindedDue, p.ClosedAt = time.Time{}, time.Time{}
	return nil
}

// newID draws an ID of size characters from IDAlphabet using db.Rand,
// rejecting bytes that would bias the choice.
func (db *DB) newID(size int) (string, error) {
	r := db.Rand
	if r == nil {
		return "", errors.New("no randomness source")
	}
	const n = len(IDAlphabet)
	const limit = 256 - 256%n // bytes at or above limit would favour the first letters
	id := make([]byte, 0, size)
	buf := make([]byte, size)
	for len(id) < size {
		need := buf[:size-len(id)]
		if _, err := io.ReadFull(r, need); err != nil {
			return "", fmt.Errorf("promise ID: %w", err)
		}
		for _, b := range need {
			if int(b) < limit {
				id = append(id, IDAlphabet[int(b)%n])
			}
		}
	}
	return string(id), nil
}

// normalizeID makes a typed ID comparable with stored ones.
func normalizeID(id string) string { return strings.ToLower(strings.TrimSpace(id)) }

const promiseColumns = `id, owner, requester, text, channel_id, message_ts, permalink,
	due, status, reminded_due, created_at, closed_at`

// rowScanner is *sql.Row or *sql.Rows.
type rowScanner interface{ Scan(dest ...any) error }

func scanPromise(s rowScanner) (Promise, error) {
	var (
		p                  Promise
		due, created       int64
		reminded, closedAt sql.NullInt64
	)
	if err := s.Scan(&p.ID, &p.Owner, &p.Requester, &p.Text, &p.ChannelID, &p.MessageTS, &p.Permalink,
		&due, &p.Status, &reminded, &created, &closedAt); err != nil {
		return Promise{}, err
	}
	p.Due, p.CreatedAt = unixTime(due), unixTime(created)
	p.RemindedDue, p.ClosedAt = nullTime(reminded), nullTime(closedAt)
	// A reminder recorded for an earlier due time does not count for this one.
	if !p.RemindedDue.Equal(p.Due) {
		p.RemindedDue = time.Time{}
	}
	return p, nil
}

func queryPromises(ctx context.Context, q interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}, query string, args ...any) ([]Promise, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ps []Promise
	for rows.Next() {
		p, err := scanPromise(rows)
		if err != nil {
			return nil, err
		}
		ps = append(ps, p)
	}
	return ps, rows.Err()
}

// ownedPromise reads the owner's promise id; ErrNotFound if there is no such
// promise or it belongs to someone else.
func ownedPromise(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}, owner, id string) (Promise, error) {
	p, err := scanPromise(q.QueryRowContext(ctx,
		`SELECT `+promiseColumns+` FROM promises WHERE id = ? AND owner = ?`, normalizeID(id), owner))
	if errors.Is(err, sql.ErrNoRows) {
		return Promise{}, fmt.Errorf("promise %q: %w", id, ErrNotFound)
	}
	return p, err
}

// Promise returns the owner's promise with the given ID, matched without
// regard to case. It returns ErrNotFound if there is none or the promise
// belongs to someone else, so other users' IDs look nonexistent.
func (db *DB) Promise(ctx context.Context, owner, id string) (Promise, error) {
	p, err := ownedPromise(ctx, db.db, owner, id)
	if err != nil {
		return Promise{}, fmt.Errorf("read promise: %w", err)
	}
	return p, nil
}

// OpenPromises returns the owner's open promises, earliest due first.
func (db *DB) OpenPromises(ctx context.Context, owner string) ([]Promise, error) {
	ps, err := queryPromises(ctx, db.db, `
		SELECT `+promiseColumns+` FROM promises
		WHERE owner = ? AND status = 'open'
		ORDER BY due, created_at, id`, owner)
	if err != nil {
		return nil, fmt.Errorf("list open promises: %w", err)
	}
	return ps, nil
}

// ClosePromise marks the owner's open promise done or cancelled. It returns
// ErrNotFound as Promise does, and ErrClosed (with the promise as stored) if
// it was already closed.
func (db *DB) ClosePromise(ctx context.Context, owner, id string, status PromiseStatus) (Promise, error) {
	if status != PromiseDone && status != PromiseCancelled {
		return Promise{}, fmt.Errorf("close promise: invalid status %q", status)
	}
	return db.updateOpenPromise(ctx, "close promise", owner, id, func(tx *sql.Tx, p *Promise) error {
		p.Status, p.ClosedAt = status, db.now().Truncate(time.Second).UTC()
		_, err := tx.ExecContext(ctx, `UPDATE promises SET status = ?, closed_at = ? WHERE id = ?`,
			p.Status, p.ClosedAt.Unix(), p.ID)
		return err
	})
}

// SnoozePromise moves the owner's open promise to a new due time, which will
// be reminded again even if it equals one reminded before. Errors as
// ClosePromise.
func (db *DB) SnoozePromise(ctx context.Context, owner, id string, due time.Time) (Promise, error) {
	if due.IsZero() {
		return Promise{}, errors.New("snooze promise: no due time")
	}
	return db.updateOpenPromise(ctx, "snooze promise", owner, id, func(tx *sql.Tx, p *Promise) error {
		p.Due, p.RemindedDue = due.Truncate(time.Second).UTC(), time.Time{}
		_, err := tx.ExecContext(ctx, `UPDATE promises SET due = ?, reminded_due = NULL WHERE id = ?`,
			p.Due.Unix(), p.ID)
		return err
	})
}

// updateOpenPromise applies change to the owner's open promise in one
// transaction. Another owner's ID is ErrNotFound; a closed promise is
// ErrClosed, returned with the promise as stored.
func (db *DB) updateOpenPromise(ctx context.Context, op, owner, id string, change func(*sql.Tx, *Promise) error) (Promise, error) {
	var p Promise
	err := db.update(ctx, op, func(tx *sql.Tx) error {
		var err error
		if p, err = ownedPromise(ctx, tx, owner, id); err != nil {
			return err
		}
		if p.Status != PromiseOpen {
			return fmt.Errorf("promise %q: %w", p.ID, ErrClosed)
		}
		return change(tx, &p)
	})
	if err != nil {
		if errors.Is(err, ErrClosed) {
			return p, err
		}
		return Promise{}, err
	}
	return p, nil
}

// DuePromises returns up to limit open promises, earliest due first, whose
// due time is at or before now, has not been reminded yet and is not claimed
// (ClaimReminder) by a claim still live at now. A limit of zero or less means
// no limit.
func (db *DB) DuePromises(ctx context.Context, now time.Time, limit int) ([]Promise, error) {
	if limit <= 0 {
		limit = -1 // SQLite: no limit
	}
	ps, err := queryPromises(ctx, db.db, `
		SELECT `+promiseColumns+` FROM promises
		WHERE status = 'open' AND due <= ? AND (reminded_due IS NULL OR reminded_due <> due)
			AND (claim_due IS NULL OR claim_due <> due OR claim_until <= ?)
		ORDER BY due, id
		LIMIT ?`, now.Unix(), now.Unix(), limit)
	if err != nil {
		return nil, fmt.Errorf("list due promises: %w", err)
	}
	return ps, nil
}

// MarkReminded records that the reminder for promise id at the given due
// time was sent. Call it after sending (and after ClaimReminder before): a
// crash in between repeats the reminder rather than losing it. If the promise has been snoozed to another
// due time meanwhile, nothing changes (the new time still needs its
// reminder). ErrNotFound if there is no promise with that ID.
func (db *DB) MarkReminded(ctx context.Context, id string, due time.Time) error {
	return db.update(ctx, "mark reminded", func(tx *sql.Tx) error {
		var exists bool
		if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM promises WHERE id = ?)`,
			normalizeID(id)).Scan(&exists); err != nil {
			return err
		}
		if !exists {
			return fmt.Errorf("promise %q: %w", id, ErrNotFound)
		}
		_, err := tx.ExecContext(ctx, `UPDATE promises SET reminded_due = due WHERE id = ? AND due = ?`,
			normalizeID(id), due.Unix())
		return err
	})
}

// NextDue returns the earliest due time among open promises not yet
// reminded, so a scheduler knows when to wake; ErrNotFound if there is none.
// The time may be in the past (a reminder is overdue).
func (db *DB) NextDue(ctx context.Context) (time.Time, error) {
	var due sql.NullInt64
	if err := db.db.QueryRowContext(ctx, `
		SELECT min(due) FROM promises
		WHERE status = 'open' AND (reminded_due IS NULL OR reminded_due <> due)`).Scan(&due); err != nil {
		return time.Time{}, fmt.Errorf("next due promise: %w", err)
	}
	if !due.Valid {
		return time.Time{}, fmt.Errorf("next due promise: %w", ErrNotFound)
	}
	return unixTime(due.Int64), nil
}
