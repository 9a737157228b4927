package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// FindingRecord is what statistics keep of one finding: who, which rule and
// category, and when. Never the text of the message.
type FindingRecord struct {
	UserID, Rule, Category string
	// At is when the finding was made; the zero time means now by DB.Now.
	At time.Time
}

// RecordFindings stores the records in one transaction: all or none.
func (db *DB) RecordFindings(ctx context.Context, recs []FindingRecord) error {
	if len(recs) == 0 {
		return nil
	}
	for i, r := range recs {
		if r.UserID == "" || r.Rule == "" || r.Category == "" {
			return fmt.Errorf("record findings: record %d: empty user ID, rule or category", i)
		}
	}
	return db.update(ctx, "record findings", func(tx *sql.Tx) error {
		stmt, err := tx.PrepareContext(ctx,
			`INSERT INTO findings (user_id, rule, category, at) VALUES (?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer stmt.Close()
		now := db.now()
		for _, r := range recs {
			at := r.At
			if at.IsZero() {
				at = now
			}
			if _, err := stmt.ExecContext(ctx, r.UserID, r.Rule, r.Category, at.Unix()); err != nil {
				return err
			}
		}
		return nil
	})
}

// CategoryCounts counts findings by category made in [from, to), for one
// user or, when userID is "", for the whole team. Categories without
// findings are absent from the map.
func (db *DB) CategoryCounts(ctx context.Context, userID string, from, to time.Time) (map[string]int, error) {
	rows, err := db.db.QueryContext(ctx, `
		SELECT category, count(*) FROM findings
		WHERE at >= ? AND at < ? AND (? = '' OR user_id = ?)
		GROUP BY category`,
		from.Unix(), to.Unix(), userID, userID)
	if err != nil {
		return nil, fmt.Errorf("count categories: %w", err)
	}
	counts, err := scanCounts(rows)
	if err != nil {
		return nil, fmt.Errorf("count categories: %w", err)
	}
	return counts, nil
}

// TopCategory returns the team's most frequent finding category in
// [from, to) and its count; a tie goes to the category first by name. It
// returns ErrNotFound when there were no findings.
func (db *DB) TopCategory(ctx context.Context, from, to time.Time) (category string, count int, err error) {
	err = db.db.QueryRowContext(ctx, `
		SELECT category, count(*) AS n FROM findings
		WHERE at >= ? AND at < ?
		GROUP BY category
		ORDER BY n DESC, category
		LIMIT 1`,
		from.Unix(), to.Unix()).Scan(&category, &count)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return "", 0, fmt.Errorf("top category: %w", ErrNotFound)
	case err != nil:
		return "", 0, fmt.Errorf("top category: %w", err)
	}
	return category, count, nil
}

// scanCounts reads (key, count) rows into a map and closes them.
func scanCounts(rows *sql.Rows) (map[string]int, error) {
	defer rows.Close()
	counts := make(map[string]int)
	for rows.Next() {
		var key string
		var n int
		if err := rows.Scan(&key, &n); err != nil {
			return nil, err
		}
		counts[key] = n
	}
	return counts, rows.Err()
}
