package storage

import (
	"context"
	"database/sql"
	"errors"
	"time"
)

// ClaimReminder claims the reminder of promise id at the given due time for
// claimant (a name unique to the calling process) until lease has passed. It
// reports true for exactly one caller among processes sharing the database;
// every other caller gets false and must not send. A claim is refused when
// the promise is closed, its due time has changed, the reminder has been
// marked sent, or someone else's claim on that due time is still live.
//
// Call it before sending and MarkReminded after: if the claimant dies in
// between, the claim lapses after lease and the reminder is claimed again,
// so a crash may repeat a reminder but never loses one.
func (db *DB) ClaimReminder(ctx context.Context, id string, due time.Time, claimant string, lease time.Duration) (bool, error) {
	if lease <= 0 {
		return false, errors.New("claim reminder: lease must be positive")
	}
	now := db.now()
	var claimed bool
	err := db.update(ctx, "claim reminder", func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `
			UPDATE promises SET claim_due = due, claim_until = ?, claim_by = ?
			WHERE id = ? AND status = 'open' AND due = ?
				AND (reminded_due IS NULL OR reminded_due <> due)
				AND (claim_due IS NULL OR claim_due <> due OR claim_until <= ?)`,
			now.Add(lease).Unix(), claimant, normalizeID(id), due.Unix(), now.Unix())
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

// ReleaseReminder gives back claimant's claim on the reminder of promise id
// at due, when it could not be sent, so that any process may try again at
// once. A claim that is not the claimant's, or has lapsed and been taken by
// another, is left alone.
func (db *DB) ReleaseReminder(ctx context.Context, id string, due time.Time, claimant string) error {
	return db.update(ctx, "release reminder", func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `
			UPDATE promises SET claim_due = NULL, claim_until = NULL, claim_by = ''
			WHERE id = ? AND claim_due = ? AND claim_by = ?`,
			normalizeID(id), due.Unix(), claimant)
		return err
	})
}
