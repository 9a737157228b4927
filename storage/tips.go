package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// ClaimTipSlot claims the scheduled tip slot (identified by its time, to the
// second) for owner, a name for the claiming process used in diagnostics. It
// reports true for exactly one caller across restarts and across processes
// sharing the database; every other caller gets false and must not post.
// A claim is never given back: a crash between claiming and posting skips the
// slot rather than risking a second post.
func (db *DB) ClaimTipSlot(ctx context.Context, slot time.Time, owner string) (bool, error) {
	if slot.IsZero() {
		return false, errors.New("claim tip slot: zero slot time")
	}
	var claimed bool
	err := db.update(ctx, "claim tip slot", func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `
			INSERT INTO tip_slots (slot, owner, claimed_at) VALUES (?, ?, ?)
			ON CONFLICT (slot) DO NOTHING`,
			slot.Unix(), owner, db.now().Unix())
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		claimed = n == 1
		return err
	})
	if err != nil {
		return false, err
	}
	return claimed, nil
}

// CompleteTipSlot records which tip was posted for a claimed slot.
// ErrNotFound if the slot was never claimed.
func (db *DB) CompleteTipSlot(ctx context.Context, slot time.Time, tipID string) error {
	return db.update(ctx, "complete tip slot", func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE tip_slots SET tip_id = ?, completed_at = ? WHERE slot = ?`,
			tipID, db.now().Unix(), slot.Unix())
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			return fmt.Errorf("slot %s: %w", slot.UTC().Format(time.RFC3339), ErrNotFound)
		}
		return nil
	})
}

// LastTipSlot returns the latest claimed slot, so a starting scheduler can
// tell whether it missed one; ErrNotFound if no slot was ever claimed.
func (db *DB) LastTipSlot(ctx context.Context) (time.Time, error) {
	var slot sql.NullInt64
	if err := db.db.QueryRowContext(ctx, `SELECT max(slot) FROM tip_slots`).Scan(&slot); err != nil {
		return time.Time{}, fmt.Errorf("last tip slot: %w", err)
	}
	if !slot.Valid {
		return time.Time{}, fmt.Errorf("last tip slot: %w", ErrNotFound)
	}
	return unixTime(slot.Int64), nil
}

// UsedTips returns the tips used in the current rotation cycle and when each
// was last used.
func (db *DB) UsedTips(ctx context.Context) (map[string]time.Time, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT tip_id, used_at FROM tips_used`)
	if err != nil {
		return nil, fmt.Errorf("used tips: %w", err)
	}
	defer rows.Close()
	used := make(map[string]time.Time)
	for rows.Next() {
		var id string
		var at int64
		if err := rows.Scan(&id, &at); err != nil {
			return nil, fmt.Errorf("used tips: %w", err)
		}
		used[id] = unixTime(at)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("used tips: %w", err)
	}
	return used, nil
}

// RecordTipUsed adds the tip to the current rotation cycle (or moves its
// time if it is already there).
func (db *DB) RecordTipUsed(ctx context.Context, tipID string, at time.Time) error {
	if tipID == "" {
		return errors.New("record tip used: empty tip ID")
	}
	return db.update(ctx, "record tip used", func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `
			INSERT INTO tips_used (tip_id, used_at) VALUES (?, ?)
			ON CONFLICT (tip_id) DO UPDATE SET used_at = excluded.used_at`,
			tipID, at.Unix())
		return err
	})
}

// ResetTipCycle starts a new rotation cycle: every tip becomes unused.
func (db *DB) ResetTipCycle(ctx context.Context) error {
	return db.update(ctx, "reset tip cycle", func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM tips_used`)
		return err
	})
}
