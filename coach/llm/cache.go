package llm

import (
	"container/list"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"strconv"
	"sync"

	"github.com/rapport-bot/rapport/prompts"
)

// answer is what the cache keeps: the model's rewrite still in placeholder
// space (so one entry serves every message with the same redacted text), and
// its reason.
type answer struct {
	text   string
	reason string
}

// cache is a bounded least-recently-used map of accepted answers, safe for
// concurrent use. Keys are hashes, so the cache holds no message text as a
// key.
type cache struct {
	mu    sync.Mutex
	max   int
	order *list.List // front: most recently used; values are *cacheEntry
	items map[string]*list.Element
}

type cacheEntry struct {
	key string
	val answer
}

func newCache(max int) *cache {
	return &cache{max: max, order: list.New(), items: make(map[string]*list.Element)}
}

func (c *cache) get(key string) (answer, bool) {
	if c == nil {
		return answer{}, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.items[key]
	if !ok {
		return answer{}, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*cacheEntry).val, true
}

func (c *cache) put(key string, val answer) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[key]; ok {
		e.Value.(*cacheEntry).val = val
		c.order.MoveToFront(e)
		return
	}
	c.items[key] = c.order.PushFront(&cacheEntry{key, val})
	for c.order.Len() > c.max {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.items, last.Value.(*cacheEntry).key)
	}
}

// cacheKey hashes the redacted message and what the model is told about each
// finding (all of it already redacted).
func cacheKey(message string, findings []prompts.Finding) string {
	h := sha256.New()
	field := func(s string) {
		_, _ = io.WriteString(h, strconv.Itoa(len(s))) // length-prefixed: no ambiguity
		_, _ = io.WriteString(h, ":")
		_, _ = io.WriteString(h, s)
	}
	field(message)
	for _, f := range findings {
		field(f.Rule)
		field(f.Category)
		field(f.Match)
		field(f.Why)
		field(f.Suggestion)
		field(f.Source)
	}
	return hex.EncodeToString(h.Sum(nil))
}
