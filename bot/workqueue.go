package bot

import (
	"container/heap"
	"context"
	"strconv"
	"sync"
	"time"
)

// workQueue holds acknowledged work until a worker is free. Jobs that share
// a key (the user they concern) run one at a time, in the order they
// arrived, so one user's nudges never overtake each other; jobs of different
// keys run side by side, the oldest first. The queue is bounded in jobs and
// in bytes, so a flood cannot exhaust memory.
type workQueue struct {
	mu       sync.Mutex
	cond     *sync.Cond
	keys     map[string]*keyQueue
	ready    readyHeap // keys with waiting jobs and none running, oldest job first
	seq      uint64
	size     int // jobs waiting
	bytes    int // their approximate size
	maxJobs  int
	maxBytes int
	closed   bool // no more jobs accepted; workers finish what is queued
	stopped  bool // workers take nothing more
}

// job is one unit of acknowledged work.
type job struct {
	key   string
	kind  string // a metric label: message, interaction, confirm
	seq   uint64
	bytes int
	// staleAt is when doing the job stops being useful (a nudge minutes
	// after the conversation moved on); zero means never.
	staleAt time.Time
	run     func(context.Context)
}

type keyQueue struct {
	key     string
	jobs    []job
	running bool
	index   int // position in ready, -1 when not there
}

func newWorkQueue(maxJobs, maxBytes int) *workQueue {
	q := &workQueue{keys: map[string]*keyQueue{}, maxJobs: maxJobs, maxBytes: maxBytes}
	q.cond = sync.NewCond(&q.mu)
	return q
}

// push queues j and reports whether it was accepted: false when the queue
// is full or closed.
func (q *workQueue) push(j job) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed || q.size >= q.maxJobs || q.bytes+j.bytes > q.maxBytes {
		return false
	}
	q.seq++
	j.seq = q.seq
	if j.key == "" {
		// Work that concerns no one user waits for nothing else.
		j.key = "\x00" + strconv.FormatUint(j.seq, 10)
	}
	kq := q.keys[j.key]
	if kq == nil {
		kq = &keyQueue{key: j.key, index: -1}
		q.keys[j.key] = kq
	}
	kq.jobs = append(kq.jobs, j)
	q.size++
	q.bytes += j.bytes
	if !kq.running && kq.index < 0 {
		heap.Push(&q.ready, kq)
	}
	q.cond.Signal()
	return true
}

// next waits for a job a worker may run now. ok is false when the worker
// should exit: the queue was stopped, or closed and empty.
func (q *workQueue) next() (j job, ok bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for {
		if q.stopped {
			return job{}, false
		}
		if q.ready.Len() > 0 {
			kq := heap.Pop(&q.ready).(*keyQueue)
			j = kq.jobs[0]
			kq.jobs[0] = job{}
			kq.jobs = kq.jobs[1:]
			kq.running = true
			q.size--
			q.bytes -= j.bytes
			return j, true
		}
		if q.closed && q.size == 0 {
			return job{}, false
		}
		q.cond.Wait()
	}
}

// done marks key's running job finished, so its next job may start.
func (q *workQueue) done(key string) {
	q.mu.Lock()
	defer q.mu.Unlock()
	kq := q.keys[key]
	if kq == nil {
		return
	}
	kq.running = false
	if len(kq.jobs) == 0 {
		delete(q.keys, key)
	} else {
		heap.Push(&q.ready, kq)
	}
	// Waiting workers may exit once the queue is closed and empty.
	q.cond.Broadcast()
}

// close stops accepting jobs; workers finish those queued, then exit.
func (q *workQueue) close() {
	q.mu.Lock()
	q.closed = true
	q.cond.Broadcast()
	q.mu.Unlock()
}

// stop makes workers take nothing more, and reports how many jobs were
// left waiting (by kind) and dropped.
func (q *workQueue) stop() map[string]int {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.closed, q.stopped = true, true
	left := map[string]int{}
	for _, kq := range q.keys {
		for _, j := range kq.jobs {
			left[j.kind]++
		}
		kq.jobs = nil
	}
	q.size, q.bytes = 0, 0
	q.ready = nil
	q.cond.Broadcast()
	return left
}

// len reports how many jobs are waiting.
func (q *workQueue) len() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.size
}

// readyHeap orders keys by the sequence number of their oldest waiting job.
type readyHeap []*keyQueue

func (h readyHeap) Len() int           { return len(h) }
func (h readyHeap) Less(i, j int) bool { return h[i].jobs[0].seq < h[j].jobs[0].seq }
func (h readyHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index, h[j].index = i, j
}

func (h *readyHeap) Push(x any) {
	kq := x.(*keyQueue)
	kq.index = len(*h)
	*h = append(*h, kq)
}

func (h *readyHeap) Pop() any {
	old := *h
	n := len(old)
	kq := old[n-1]
	old[n-1] = nil
	kq.index = -1
	*h = old[:n-1]
	return kq
}
