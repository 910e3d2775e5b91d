package queue

import (
	"context"
	"sync"
	"time"

	"rasad/internal/news"
)

// Local is a queue in process, with JetStream's rules: a job of an id the
// queue holds already is dropped, a delivery not settled within AckWait is
// delivered again, a failed one after the backoff, and one that fails on
// its last attempt goes to the dead letters. It is what a feed poller or a
// test uses without NATS; its methods are safe for concurrent use.
type Local struct {
	cfg     Config
	mu      sync.Mutex
	jobs    []*localMsg // in order of publication
	held    map[string]bool
	dead    []DeadLetter
	changed chan struct{} // closed and replaced when a job may be ready
}

type localMsg struct {
	id       string
	data     []byte
	attempts int
	ready    time.Time // not delivered before
	done     bool
}

var (
	_ Publisher = (*Local)(nil)
	_ Source    = (*Local)(nil)
)

// NewLocal returns an empty queue with the rules of cfg.
func NewLocal(cfg Config) *Local {
	return &Local{cfg: cfg.WithDefaults(), held: map[string]bool{}, changed: make(chan struct{})}
}

// Publish implements Publisher.
func (q *Local) Publish(ctx context.Context, a news.Article) (bool, error) {
	j := NewJob(a)
	data, err := encodeJob(j)
	if err != nil {
		return false, err
	}
	return q.publish(j.ID, data), nil
}

// publish adds a message unless one of its id is held; it reports dup.
func (q *Local) publish(id string, data []byte) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.held[id] {
		return true
	}
	q.held[id] = true
	q.jobs = append(q.jobs, &localMsg{id: id, data: data})
	q.wake()
	return false
}

// wake tells waiting Fetches to look again; q.mu is held.
func (q *Local) wake() {
	close(q.changed)
	q.changed = make(chan struct{})
}

// Fetch implements Source.
func (q *Local) Fetch(ctx context.Context, max int, wait time.Duration) ([]Delivery, error) {
	deadline := time.Now().Add(wait)
	for {
		q.mu.Lock()
		now := time.Now()
		var out []Delivery
		next := deadline
		live := q.jobs[:0]
		for _, m := range q.jobs {
			if m.done {
				continue
			}
			live = append(live, m)
			if len(out) < max && !m.ready.After(now) {
				m.attempts++
				m.ready = now.Add(q.cfg.AckWait)
				out = append(out, &localDelivery{q: q, m: m, attempt: m.attempts})
			} else if m.ready.After(now) && m.ready.Before(next) {
				next = m.ready
			}
		}
		clear(q.jobs[len(live):])
		q.jobs = live
		changed := q.changed
		q.mu.Unlock()
		if len(out) > 0 || !now.Before(deadline) {
			return out, nil
		}
		t := time.NewTimer(next.Sub(now))
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, ctx.Err()
		case <-changed:
		case <-t.C:
		}
		t.Stop()
	}
}

// Status implements the status of the queue as JetStream's.
func (q *Local) Status(letters int) Status {
	q.mu.Lock()
	defer q.mu.Unlock()
	s := Status{Stream: "local", Replicas: 1, Dead: uint64(len(q.dead))}
	now := time.Now()
	for _, m := range q.jobs {
		if m.done {
			continue
		}
		s.Pending++
		switch {
		case m.attempts == 0:
			s.Waiting++
		case m.ready.After(now):
			s.InFlight++
			if m.attempts > 1 {
				s.Redelivered++
			}
		}
	}
	for i := len(q.dead) - 1; i >= 0 && len(s.Letters) < letters; i-- {
		s.Letters = append(s.Letters, q.dead[i])
	}
	return s
}

// localDelivery is one delivery of a message of a Local queue; settling a
// delivery that is no longer the message's latest does nothing.
type localDelivery struct {
	q       *Local
	m       *localMsg
	attempt int
}

func (d *localDelivery) Data() []byte { return d.m.data }
func (d *localDelivery) Attempt() int { return d.attempt }

// settle runs fn on the message under the queue's lock if d is its latest
// delivery and it is not done.
func (d *localDelivery) settle(fn func(m *localMsg)) {
	d.q.mu.Lock()
	defer d.q.mu.Unlock()
	if d.m.done || d.m.attempts != d.attempt {
		return
	}
	fn(d.m)
	d.q.wake()
}

func (d *localDelivery) Ack(ctx context.Context) error {
	d.settle(func(m *localMsg) {
		m.done = true
		delete(d.q.held, m.id)
	})
	return nil
}

func (d *localDelivery) InProgress(ctx context.Context) error {
	d.settle(func(m *localMsg) { m.ready = time.Now().Add(d.q.cfg.AckWait) })
	return nil
}

func (d *localDelivery) Fail(ctx context.Context, cause error) (bool, error) {
	dead := false
	d.settle(func(m *localMsg) {
		if m.attempts < d.q.cfg.MaxDeliver {
			m.ready = time.Now().Add(d.q.cfg.backoff(m.attempts))
			return
		}
		dead, m.done = true, true
		delete(d.q.held, m.id)
		l := DeadLetter{Error: cause.Error(), Attempts: m.attempts, Time: time.Now(), Data: m.data}
		if j, err := DecodeJob(m.data); j.ID != "" || err == nil {
			l.ID = j.ID
		}
		d.q.dead = append(d.q.dead, l)
	})
	return dead, nil
}

// PublishRaw puts data on the queue as it is, with id: for tests.
func (q *Local) PublishRaw(ctx context.Context, data []byte, id string) error {
	q.publish(id, data)
	return nil
}
