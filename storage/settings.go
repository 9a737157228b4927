package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// OptedOut reports whether the user has turned coaching off. A user never
// seen before is opted in.
func (db *DB) OptedOut(ctx context.Context, userID string) (bool, error) {
	var out bool
	err := db.db.QueryRowContext(ctx,
		`SELECT opted_out FROM user_settings WHERE user_id = ?`, userID).Scan(&out)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return false, nil
	case err != nil:
		return false, fmt.Errorf("read opt-out: %w", err)
	}
	return out, nil
}

// SetOptedOut turns coaching off (out) or back on for the user.
func (db *DB) SetOptedOut(ctx context.Context, userID string, out bool) error {
	if userID == "" {
		return fmt.Errorf("set opt-out: empty user ID")
	}
	return db.update(ctx, "set opt-out", func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `
			INSERT INTO user_settings (user_id, opted_out, updated_at) VALUES (?, ?, ?)
			ON CONFLICT (user_id) DO UPDATE SET opted_out = excluded.opted_out, updated_at = excluded.updated_at`,
			userID, out, db.now().Unix())
		return err
	})
}

// MutedRules returns the rules the user has muted, sorted by name.
func (db *DB) MutedRules(ctx context.Context, userID string) ([]string, error) {
	rows, err := db.db.QueryContext(ctx, `
		SELECT rule FROM rule_feedback
		WHERE user_id = ? AND muted_at IS NOT NULL
		ORDER BY rule`, userID)
	if err != nil {
		return nil, fmt.Errorf("read muted rules: %w", err)
	}
	defer rows.Close()
	var rules []string
	for rows.Next() {
		var r string
		if err := rows.Scan(&r); err != nil {
			return nil, fmt.Errorf("read muted rules: %w", err)
		}
		rules = append(rules, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read muted rules: %w", err)
	}
	return rules, nil
}

// UnmuteRule unmutes the rule for the user and resets its "not helpful"
// count, so it takes the full number of clicks to mute it again. It returns
// ErrNotFound, changing nothing, when the rule is not muted for the user.
func (db *DB) UnmuteRule(ctx context.Context, userID, rule string) error {
	return db.update(ctx, "unmute rule", func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx,
			`DELETE FROM rule_feedback WHERE user_id = ? AND rule = ? AND muted_at IS NOT NULL`,
			userID, rule)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			return fmt.Errorf("rule %q muted: %w", rule, ErrNotFound)
		}
		return nil
	})
}
