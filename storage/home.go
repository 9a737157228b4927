package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// OpenHome records that the user opened Rapport's Home tab and reports
// whether this was their first time (the onboarding).
func (db *DB) OpenHome(ctx context.Context, userID string) (first bool, err error) {
	if userID == "" {
		return false, fmt.Errorf("open home: empty user ID")
	}
	err = db.update(ctx, "open home", func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx,
			`INSERT INTO home_visits (user_id, first_opened_at) VALUES (?, ?) ON CONFLICT (user_id) DO NOTHING`,
			userID, db.now().Unix())
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		first = n == 1
		return err
	})
	return first, err
}

// HomeOpened reports whether the user has ever opened the Home tab.
func (db *DB) HomeOpened(ctx context.Context, userID string) (bool, error) {
	var n int
	if err := db.db.QueryRowContext(ctx,
		`SELECT count(*) FROM home_visits WHERE user_id = ?`, userID).Scan(&n); err != nil {
		return false, fmt.Errorf("read home visit: %w", err)
	}
	return n > 0, nil
}

// RecordNudge counts one nudge shown to the user, under the category of the
// finding it leads with. The nudge's text is never stored.
func (db *DB) RecordNudge(ctx context.Context, userID, category string) error {
	if userID == "" || category == "" {
		return fmt.Errorf("record nudge: empty user ID or category")
	}
	return db.update(ctx, "record nudge", func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx,
			`INSERT INTO nudges (user_id, category, at) VALUES (?, ?, ?)`, userID, category, db.now().Unix())
		return err
	})
}

// NudgeCounts counts the user's nudges shown in [from, to), by category.
// Categories without nudges are absent from the map.
func (db *DB) NudgeCounts(ctx context.Context, userID string, from, to time.Time) (map[string]int, error) {
	rows, err := db.db.QueryContext(ctx, `
		SELECT category, count(*) FROM nudges
		WHERE user_id = ? AND at >= ? AND at < ?
		GROUP BY category`, userID, from.Unix(), to.Unix())
	if err != nil {
		return nil, fmt.Errorf("count nudges: %w", err)
	}
	counts, err := scanCounts(rows)
	if err != nil {
		return nil, fmt.Errorf("count nudges: %w", err)
	}
	return counts, nil
}

// RecordRuleVote counts one "Not helpful" click on rule for the rules
// report. It keeps no user ID: the report is the team's, not a person's.
func (db *DB) RecordRuleVote(ctx context.Context, rule string) error {
	if rule == "" {
		return fmt.Errorf("record rule vote: empty rule")
	}
	return db.update(ctx, "record rule vote", func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO rule_votes (rule, at) VALUES (?, ?)`, rule, db.now().Unix())
		return err
	})
}

// UndoNotHelpful takes back the user's latest "Not helpful" click on rule:
// the count goes down by one, the rule is unmuted if that click muted it,
// and the click leaves the rules report. It returns ErrNotFound, changing
// nothing, when there is no click to take back.
func (db *DB) UndoNotHelpful(ctx context.Context, userID, rule string, mutedAfter int) error {
	return db.update(ctx, "undo not helpful", func(tx *sql.Tx) error {
		var count int
		var mutedAt sql.NullInt64
		err := tx.QueryRowContext(ctx,
			`SELECT not_helpful, muted_at FROM rule_feedback WHERE user_id = ? AND rule = ?`,
			userID, rule).Scan(&count, &mutedAt)
		if err == sql.ErrNoRows || (err == nil && count == 0) {
			return fmt.Errorf("not helpful on %q: %w", rule, ErrNotFound)
		}
		if err != nil {
			return err
		}
		count--
		if mutedAt.Valid && mutedAfter > 0 && count < mutedAfter {
			mutedAt = sql.NullInt64{}
		}
		if count == 0 && !mutedAt.Valid {
			_, err = tx.ExecContext(ctx, `DELETE FROM rule_feedback WHERE user_id = ? AND rule = ?`, userID, rule)
		} else {
			_, err = tx.ExecContext(ctx,
				`UPDATE rule_feedback SET not_helpful = ?, muted_at = ?, updated_at = ? WHERE user_id = ? AND rule = ?`,
				count, mutedAt, db.now().Unix(), userID, rule)
		}
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx,
			`DELETE FROM rule_votes WHERE id = (SELECT max(id) FROM rule_votes WHERE rule = ?)`, rule)
		return err
	})
}

// RuleCount is one line of the rules report.
type RuleCount struct {
	Rule       string
	Fired      int // findings made
	NotHelpful int // "Not helpful" clicks
}

// RuleReport counts, per rule, the findings made and the "Not helpful"
// clicks in [from, to), for the whole team, most fired first. Rules that
// neither fired nor were voted on are absent.
func (db *DB) RuleReport(ctx context.Context, from, to time.Time) ([]RuleCount, error) {
	return ruleReport(ctx, db.db, from, to)
}

// RuleReportFile is RuleReport on the Rapport database at path, opened
// read-only as BackupFile opens it: no migrations, no switch of journal
// mode, nothing written. A path that is not a Rapport database (another
// SQLite file, an empty file, a directory) is refused with ErrNotRapport.
func RuleReportFile(ctx context.Context, path string, from, to time.Time) ([]RuleCount, error) {
	sqlDB, err := openRapportReadOnly(ctx, path)
	if err != nil {
		return nil, fmt.Errorf("rules report: %w", err)
	}
	defer sqlDB.Close()
	for _, table := range []string{"findings", "rule_votes"} {
		var n int
		if err := sqlDB.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?`, table).Scan(&n); err != nil {
			return nil, fmt.Errorf("rules report: %w", err)
		}
		if n == 0 {
			return nil, fmt.Errorf("rules report: %w", ErrOlderRapport)
		}
	}
	return ruleReport(ctx, sqlDB, from, to)
}

// ErrOlderRapport is returned, wrapped, by RuleReportFile when the database
// was made by an older Rapport that lacked the report's tables. A read-only
// report does not migrate it: starting `rapport run` once does.
var ErrOlderRapport = errors.New("the database is from an older Rapport: start `rapport run` once to upgrade it, then try again")

func ruleReport(ctx context.Context, q *sql.DB, from, to time.Time) ([]RuleCount, error) {
	rows, err := q.QueryContext(ctx, `
		SELECT rule, sum(fired), sum(votes) FROM (
			SELECT rule, 1 AS fired, 0 AS votes FROM findings WHERE at >= ?1 AND at < ?2
			UNION ALL
			SELECT rule, 0, 1 FROM rule_votes WHERE at >= ?1 AND at < ?2
		) GROUP BY rule ORDER BY sum(fired) DESC, rule`, from.Unix(), to.Unix())
	if err != nil {
		return nil, fmt.Errorf("rules report: %w", err)
	}
	defer rows.Close()
	var out []RuleCount
	for rows.Next() {
		var c RuleCount
		if err := rows.Scan(&c.Rule, &c.Fired, &c.NotHelpful); err != nil {
			return nil, fmt.Errorf("rules report: %w", err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("rules report: %w", err)
	}
	return out, nil
}
