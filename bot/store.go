package bot

import (
	"context"
	"time"

	"github.com/rapport-bot/rapport/storage"
)

// Store is what the bot needs from the database; *storage.DB implements it.
type Store interface {
	Ping(ctx context.Context) error

	OptedOut(ctx context.Context, userID string) (bool, error)
	SetOptedOut(ctx context.Context, userID string, out bool) error
	MutedRules(ctx context.Context, userID string) ([]string, error)
	UnmuteRule(ctx context.Context, userID, rule string) error
	RecordNotHelpful(ctx context.Context, userID, rule string, mutedAfter int) (count int, muted bool, err error)

	RecordFindings(ctx context.Context, recs []storage.FindingRecord) error
	CategoryCounts(ctx context.Context, userID string, from, to time.Time) (map[string]int, error)
	TopCategory(ctx context.Context, from, to time.Time) (string, int, error)

	CreatePromise(ctx context.Context, p *storage.Promise) error
	Promise(ctx context.Context, owner, id string) (storage.Promise, error)
	OpenPromises(ctx context.Context, owner string) ([]storage.Promise, error)
	ClosePromise(ctx context.Context, owner, id string, status storage.PromiseStatus) (storage.Promise, error)
	SnoozePromise(ctx context.Context, owner, id string, due time.Time) (storage.Promise, error)
	DuePromises(ctx context.Context, now time.Time, limit int) ([]storage.Promise, error)
	ClaimReminder(ctx context.Context, id string, due time.Time, claimant string, lease time.Duration) (bool, error)
	ReleaseReminder(ctx context.Context, id string, due time.Time, claimant string) error
	MarkReminded(ctx context.Context, id string, due time.Time) error

	ClaimTipSlot(ctx context.Context, slot time.Time, owner string) (bool, error)
	CompleteTipSlot(ctx context.Context, slot time.Time, tipID string) error
	LastTipSlot(ctx context.Context) (time.Time, error)
	UsedTips(ctx context.Context) (map[string]time.Time, error)
	RecordTipUsed(ctx context.Context, tipID string, at time.Time) error
	ResetTipCycle(ctx context.Context) error

	// The Home tab, nudge statistics and the rules report (storage/home.go).
	OpenHome(ctx context.Context, userID string) (first bool, err error)
	HomeOpened(ctx context.Context, userID string) (bool, error)
	RecordNudge(ctx context.Context, userID, category string) error
	NudgeCounts(ctx context.Context, userID string, from, to time.Time) (map[string]int, error)
	RecordRuleVote(ctx context.Context, rule string) error
	UndoNotHelpful(ctx context.Context, userID, rule string, mutedAfter int) error

	Prune(ctx context.Context, before time.Time) (int64, int64, error)
	Forget(ctx context.Context, userID string) error
}

var _ Store = (*storage.DB)(nil)
