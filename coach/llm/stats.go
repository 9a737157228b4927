package llm

import (
	"sync/atomic"
	"time"
)

// Stats are the rewriter's counters since New. They only grow.
type Stats struct {
	Calls     uint64 // requests sent to the model (a plain-text retry counts again)
	Failures  uint64 // requests that failed: timeout, HTTP error, network, unreadable answer
	Rejected  uint64 // answers refused by verification
	Fallbacks uint64 // rewrites that came from the rule rewrite instead of the model
	CacheHits uint64 // rewrites served from the cache, without a request

	LatencySum   time.Duration // total time of the requests sent
	LatencyCount uint64        // number of requests timed
}

// counters are the live, lock-free form of Stats.
type counters struct {
	calls, failures, rejected, fallbacks, cacheHits atomic.Uint64
	latencyNanos, latencyCount                      atomic.Uint64
}

func (c *counters) observe(d time.Duration) {
	if d < 0 {
		d = 0
	}
	c.latencyNanos.Add(uint64(d))
	c.latencyCount.Add(1)
}

func (c *counters) snapshot() Stats {
	return Stats{
		Calls:        c.calls.Load(),
		Failures:     c.failures.Load(),
		Rejected:     c.rejected.Load(),
		Fallbacks:    c.fallbacks.Load(),
		CacheHits:    c.cacheHits.Load(),
		LatencySum:   time.Duration(c.latencyNanos.Load()),
		LatencyCount: c.latencyCount.Load(),
	}
}
