package bot_test

import (
	"context"
	"testing"
	"time"

	"github.com/rapport-bot/rapport/storage"
)

func TestRetentionPrunesOldStatisticsAndClosedPromisesAtStart(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 11, 18, 10, 0, 0, 0, time.UTC)
	dir := t.TempDir() + "/rapport.db"
	db, err := storage.Open(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	db.Now = func() time.Time { return now.AddDate(0, 0, -100) }
	if err := db.RecordFindings(ctx, []storage.FindingRecord{
		{UserID: staffUser, Rule: "blame.you-broke", Category: "blame", At: now.AddDate(0, 0, -100)},
		{UserID: staffUser, Rule: "jargon.network", Category: "jargon", At: now.AddDate(0, 0, -10)},
	}); err != nil {
		t.Fatal(err)
	}
	old := storage.Promise{Owner: staffUser, Text: "old and done", Due: now.AddDate(0, 0, -99)}
	open := storage.Promise{Owner: staffUser, Text: "old but open", Due: now.AddDate(0, 0, 1)}
	for _, p := range []*storage.Promise{&old, &open} {
		if err := db.CreatePromise(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.ClosePromise(ctx, staffUser, old.ID, storage.PromiseDone); err != nil {
		t.Fatal(err)
	}
	db.Close()

	c := &clock{t: now}
	h := newHarness(t, func(s *setup) { s.dbPath = dir; s.clock = c; s.cfg.RetentionDays = 90 })
	deadline := time.Now().Add(waitFor)
	for {
		counts, err := h.db.CategoryCounts(ctx, staffUser, now.AddDate(-1, 0, 0), now.Add(time.Second))
		if err != nil {
			t.Fatal(err)
		}
		if counts["blame"] == 0 {
			if counts["jargon"] != 1 {
				t.Errorf("recent statistics were pruned too: %v", counts)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("statistics older than 90 days were not pruned: %v", counts)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if _, err := h.db.Promise(ctx, staffUser, old.ID); err == nil {
		t.Errorf("a promise closed 99 days ago survived retention")
	}
	if _, err := h.db.Promise(ctx, staffUser, open.ID); err != nil {
		t.Errorf("an open promise was pruned: %v", err)
	}
}
