// Package queue is Rasad's work queue, for running extraction beyond one
// machine: publishers (rasad ingest --queue, a feed poller) put articles on
// it, and workers on any number of machines take them off, extract and
// store them in the shared archive.
//
// Two queues sit behind the same interfaces: Local, in process, and
// JetStream, on a NATS JetStream cluster (a work-queue stream, a durable
// pull consumer with explicit acks, and a dead-letter stream). A message is
// acknowledged only once its document is committed, so a worker that dies
// loses nothing: its messages are delivered again, and storing is
// idempotent (the store answers "unchanged"), so nothing is stored twice.
// A message that keeps failing goes to the dead letters after
// Config.MaxDeliver tries, with its error, and the others flow past it.
//
// Goroutines: Worker.Run starts three lanes, each fetching and working on a
// batch of its own (taking turns to analyse), which end when Run's context
// does and the batch in hand is settled; Run returns after all. For each
// batch a lane starts Concurrency extraction goroutines (through
// ingest.AnalyseWith) and one goroutine that tells the queue the batch is
// in progress; both end before the batch is acknowledged. Local starts none.
package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"rasad/internal/news"
	"rasad/internal/pipeline"
)

// Job is one article on the queue. ID is the article's pipeline.ID: the
// queue drops a job published again while it still holds one of that id.
type Job struct {
	ID      string       `json:"id"`
	Origin  string       `json:"origin,omitempty"` // where the article was read from
	Article news.Article `json:"article"`
}

// NewJob returns the job of an article.
func NewJob(a news.Article) Job {
	return Job{ID: pipeline.ID(a), Origin: a.Origin, Article: a}
}

// ErrPoison is wrapped by the errors of a message no worker can ever
// process (not a job, or a job that does not hold together).
var ErrPoison = errors.New("not a valid job")

// DecodeJob reads a message's body as a job and checks it.
func DecodeJob(data []byte) (Job, error) {
	var j Job
	if err := json.Unmarshal(data, &j); err != nil {
		return Job{}, fmt.Errorf("%w: %v", ErrPoison, err)
	}
	if j.Article.Title == "" && j.Article.Text == "" {
		return j, fmt.Errorf("%w: job %s has no text", ErrPoison, j.ID)
	}
	if id := pipeline.ID(j.Article); id != j.ID {
		return j, fmt.Errorf("%w: job %s holds the article %s", ErrPoison, j.ID, id)
	}
	j.Article.Origin = j.Origin
	return j, nil
}

// Publisher puts articles on a queue. Publish reports dup when the queue
// already holds a job of the article's id (published again within the
// queue's duplicate window). A feed poller or an ingester calls it for
// each article it reads; it is safe for concurrent use.
type Publisher interface {
	Publish(ctx context.Context, a news.Article) (dup bool, err error)
}

// Source hands jobs to a worker: up to max messages, waiting at most wait
// for the first one. It returns no message and no error when none came.
type Source interface {
	Fetch(ctx context.Context, max int, wait time.Duration) ([]Delivery, error)
}

// Delivery is one message given to a worker, which must settle it by Ack or
// Fail (or let it be delivered again, by dying).
type Delivery interface {
	Data() []byte
	// Attempt counts the deliveries of the message, this one included.
	Attempt() int
	// Ack removes the message from the queue: its job is done.
	Ack(ctx context.Context) error
	// Fail gives the message back to be delivered again after a backoff,
	// or, when this was its last allowed attempt, moves it to the dead
	// letters with err and reports dead.
	Fail(ctx context.Context, err error) (dead bool, e error)
	// InProgress tells the queue the job is still being worked on, so that
	// it does not deliver it to another worker yet.
	InProgress(ctx context.Context) error
}

// Config sets up a queue; the zero value of a field takes its default.
type Config struct {
	Stream     string          // the work-queue stream: "RASAD_ARTICLES"
	Subject    string          // its subject: "rasad.articles"
	Dead       string          // the dead-letter stream: "RASAD_DEAD", subject "rasad.dead"
	Consumer   string          // the workers' durable consumer: "workers"
	Replicas   int             // copies of each stream: 1, or 3 on a cluster
	Duplicates time.Duration   // the duplicate window: 2 min
	AckWait    time.Duration   // how long a delivery may go without ack or progress: 30 s
	MaxDeliver int             // deliveries before a message goes to the dead letters: 5
	Backoff    []time.Duration // waits before the later attempts: 1 s, 5 s, 30 s, 2 min
	// Tries is how often a call to the queue that times out or finds no
	// leader (an election, a node restarting, the queue down) is made
	// before it fails: 8, about 20 s.
	Tries int
}

// WithDefaults returns c with every unset field at its default.
func (c Config) WithDefaults() Config {
	set := func(s *string, def string) {
		if *s == "" {
			*s = def
		}
	}
	set(&c.Stream, "RASAD_ARTICLES")
	set(&c.Subject, "rasad.articles")
	set(&c.Dead, "RASAD_DEAD")
	set(&c.Consumer, "workers")
	if c.Replicas <= 0 {
		c.Replicas = 1
	}
	if c.Duplicates <= 0 {
		c.Duplicates = 2 * time.Minute
	}
	if c.AckWait <= 0 {
		c.AckWait = 30 * time.Second
	}
	if c.MaxDeliver <= 0 {
		c.MaxDeliver = 5
	}
	if c.Tries <= 0 {
		c.Tries = 8
	}
	if len(c.Backoff) == 0 {
		c.Backoff = []time.Duration{time.Second, 5 * time.Second, 30 * time.Second, 2 * time.Minute}
	}
	return c
}

// deadSubject is the subject of the dead-letter stream.
func (c Config) deadSubject() string { return "rasad.dead" }

// backoff is the wait before the attempt after attempt n (from 1).
func (c Config) backoff(n int) time.Duration {
	return c.Backoff[min(max(n-1, 0), len(c.Backoff)-1)]
}

// DeadLetter is a message that ran out of attempts, with why.
type DeadLetter struct {
	ID       string    `json:"id"`    // the job's id, when it had one
	Error    string    `json:"error"` // the last attempt's error
	Attempts int       `json:"attempts"`
	Time     time.Time `json:"time"`
	Data     []byte    `json:"-"` // the message as published
}

// Status is what a queue holds.
type Status struct {
	Stream      string       `json:"stream"`
	Replicas    int          `json:"replicas"`
	Leader      string       `json:"leader,omitempty"` // the stream's leader node
	Pending     uint64       `json:"pending"`          // jobs not yet acknowledged
	Waiting     uint64       `json:"waiting"`          // of which not yet delivered
	InFlight    int          `json:"in_flight"`        // delivered, not yet acknowledged
	Redelivered int          `json:"redelivered"`      // in flight after more than one delivery
	Dead        uint64       `json:"dead"`             // dead letters
	Letters     []DeadLetter `json:"dead_letters"`     // the latest dead letters
}

// encodeJob is the body of a job's message.
func encodeJob(j Job) ([]byte, error) {
	data, err := json.Marshal(j)
	if err != nil {
		return nil, fmt.Errorf("encode job %s: %w", j.ID, err)
	}
	return data, nil
}
