package bot

import (
	"context"
	"time"
)

// runRetention prunes statistics and closed promises older than the
// retention period: once at start, then daily.
func (b *Bot) runRetention(ctx context.Context) {
	if b.cfg.RetentionDays <= 0 {
		return
	}
	t := time.NewTicker(24 * time.Hour)
	defer t.Stop()
	for {
		before := b.now().AddDate(0, 0, -b.cfg.RetentionDays)
		stats, promises, err := b.store.Prune(ctx, before)
		switch {
		case err != nil && ctx.Err() == nil:
			b.log.Error("prune old data", "err", err)
		case err == nil && stats+promises > 0:
			b.log.Info("pruned old data", "statistics", stats, "promises", promises, "older_than_days", b.cfg.RetentionDays)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
