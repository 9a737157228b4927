package storage

import (
	"context"
	"database/sql"
	"fmt"
)

// RecordNotHelpful counts one "Not helpful" click by the user on a nudge from
// rule. When the count reaches mutedAfter the rule is muted for the user; a
// mutedAfter of zero or less never mutes. It returns the new count and whether
// the rule is now muted (it stays muted on later clicks).
func (db *DB) RecordNotHelpful(ctx context.Context, userID, rule string, mutedAfter int) (count int, muted bool, err error) {
	if userID == "" || rule == "" {
		return 0, false, fmt.Errorf("record not helpful: empty user ID or rule")
	}
	err = db.update(ctx, "record not helpful", func(tx *sql.Tx) error {
		now := db.now().Unix()
		var mutedAt sql.NullInt64
		if err := tx.QueryRowContext(ctx, `
			INSERT INTO rule_feedback (user_id, rule, not_helpful, updated_at) VALUES (?, ?, 1, ?)
			ON CONFLICT (user_id, rule) DO UPDATE
				SET not_helpful = not_helpful + 1, updated_at = excluded.updated_at
			RETURNING not_helpful, muted_at`,
			userID, rule, now).Scan(&count, &mutedAt); err != nil {
			return err
		}
		muted = mutedAt.Valid
		if !muted && mutedAfter > 0 && count >= mutedAfter {
			if _, err := tx.ExecContext(ctx,
				`UPDATE rule_feedback SET muted_at = ? WHERE user_id = ? AND rule = ?`,
				now, userID, rule); err != nil {
				return err
			}
			muted = true
		}
		return nil
	})
	if err != nil {
		return 0, false, err
	}
	return count, muted, nil
}
