package queue

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"rasad/internal/ingest"
	"rasad/internal/news"
	"rasad/internal/pipeline"
	"rasad/internal/store"
)

// Worker takes jobs off a queue, extracts their articles and stores the
// documents, a batch per transaction, acknowledging a batch's messages only
// once it is committed.
type Worker struct {
	Pipeline    *pipeline.Pipeline
	Store       ingest.Store
	Concurrency int           // extraction goroutines; 0: one per core
	Batch       int           // messages taken at a time; 0: 64
	MaxDistance int           // near-duplicate distance, as ingest.Options.MaxDistance
	Heartbeat   time.Duration // how often a batch in hand is reported in progress; 0: 5 s
	// Errorf, when set, receives each message that failed and each error
	// of the queue or the store, from several goroutines at once; the
	// worker goes on.
	Errorf func(error)
	// Counts, when set, counts what the worker did (shared with /metrics).
	Counts *Counts

	turn chan struct{} // held by the lane that analyses

	mu        sync.Mutex
	analysing int       // lanes analysing
	idleSince time.Time // when the last lane stopped analysing
}

// Counts say what workers did; safe for concurrent use.
type Counts struct {
	Inserted, Updated, Unchanged atomic.Int64 // documents stored, by outcome
	Failed                       atomic.Int64 // deliveries given back to the queue
	Dead                         atomic.Int64 // messages sent to the dead letters
	Batches                      atomic.Int64 // batches committed
	Busy                         atomic.Int64 // nanoseconds spent on batches
	// Nanoseconds the lanes spent in each step, summed over lanes: waiting
	// for a batch (Fetch), waiting for their turn to analyse, analysing,
	// storing (the near-duplicate lookup and the transaction),
	// acknowledging.
	Fetching, Waiting, Analysing, Storing, Acking atomic.Int64
	// Idle is the nanoseconds no lane was analysing: the worker's cores had
	// nothing to do, waiting for the queue or the database.
	Idle atomic.Int64
}

// Stored is the number of messages acknowledged.
func (c *Counts) Stored() int64 { return c.Inserted.Load() + c.Updated.Load() + c.Unchanged.Load() }

// fetchWait is how long a Fetch waits for the first message.
const fetchWait = time.Second

// Run works until ctx ends, then finishes the batch it holds and returns
// nil; it returns an error only when the worker is misconfigured. Errors
// of the queue or the store are reported and the worker waits and goes on,
// so that a node changing leader or a database restarting does not stop it.
func (w *Worker) Run(ctx context.Context, src Source) error {
	if w.Pipeline == nil || w.Store == nil {
		return errors.New("worker: no pipeline or no store")
	}
	if w.Counts == nil {
		w.Counts = &Counts{}
	}
	batch := w.Batch
	if batch <= 0 {
		batch = 64
	}
	// Lanes, each fetching and working on its own batch: while the others
	// wait for their transactions to commit, one extracts. They take turns
	// to analyse, each using all the worker's extraction goroutines:
	// analysing at once, they would share the cores, finish together and
	// store together, leaving the cores idle while all wait for the
	// database.
	w.turn = make(chan struct{}, 1)
	w.idleSince = time.Now()
	var wg sync.WaitGroup
	for range lanes {
		wg.Go(func() { w.lane(ctx, src, batch) })
	}
	wg.Wait()
	w.busy(0)
	return nil
}

// lanes is how many batches a worker holds at once: one analysing, and
// two storing, since storing a batch took from half as long as analysing
// it to longer here (PostgreSQL on the same two loaded cores). With two
// lanes no lane analysed 30–33% of a worker's time; with three, 17%.
const lanes = 3

// lane fetches and processes batches until ctx ends.
func (w *Worker) lane(ctx context.Context, src Source, batch int) {
	for ctx.Err() == nil {
		start := time.Now()
		ds, err := src.Fetch(ctx, batch, fetchWait)
		w.Counts.Fetching.Add(int64(time.Since(start)))
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			w.report(err)
			sleep(ctx, time.Second)
			continue
		}
		if len(ds) > 0 {
			// A batch in hand is finished even when ctx ends meanwhile
			// (SIGTERM): its messages are then acknowledged or given back.
			w.process(context.WithoutCancel(ctx), ds)
		}
	}
}

func sleep(ctx context.Context, d time.Duration) {
	select {
	case <-time.After(d):
	case <-ctx.Done():
	}
}

func (w *Worker) report(err error) {
	if w.Errorf != nil {
		w.Errorf(err)
	}
}

// settleTimeout bounds acknowledging or failing one message.
const settleTimeout = 10 * time.Second

// process works on one batch: decodes the jobs (a message that is not a
// valid job fails alone), extracts and stores the articles in one
// transaction, then acknowledges them, or fails them all when storing failed.
func (w *Worker) process(ctx context.Context, ds []Delivery) {
	start := time.Now()
	defer func() { w.Counts.Busy.Add(int64(time.Since(start))) }()
	var held []Delivery
	var arts []news.Article
	for _, d := range ds {
		j, err := DecodeJob(d.Data())
		if err != nil {
			w.fail(ctx, d, err)
			continue
		}
		held, arts = append(held, d), append(arts, j.Article)
	}
	if len(held) == 0 {
		return
	}
	stop := w.heartbeat(ctx, held)
	stored, err := w.extract(ctx, arts)
	stop()
	if err != nil {
		err = fmt.Errorf("store %d articles from %s: %w", len(arts), arts[0].Origin, err)
		w.report(err)
		for _, d := range held {
			w.fail(ctx, d, err)
		}
		return
	}
	acking := time.Now()
	defer func() { w.Counts.Acking.Add(int64(time.Since(acking))) }()
	for i, d := range held {
		sctx, cancel := context.WithTimeout(ctx, settleTimeout)
		if err := d.Ack(sctx); err != nil {
			// Delivered again later, and then found unchanged.
			w.report(fmt.Errorf("ack %s: %w", stored[i].ID, err))
		}
		cancel()
		switch stored[i].Outcome {
		case store.Inserted:
			w.Counts.Inserted.Add(1)
		case store.Updated:
			w.Counts.Updated.Add(1)
		default:
			w.Counts.Unchanged.Add(1)
		}
	}
	w.Counts.Batches.Add(1)
}

// extract analyses and stores arts, turning a panic of the pipeline into an
// error of the batch.
func (w *Worker) extract(ctx context.Context, arts []news.Article) (stored []ingest.Stored, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("extraction failed: %v", r)
		}
	}()
	start := time.Now()
	w.turn <- struct{}{}
	w.Counts.Waiting.Add(int64(time.Since(start)))
	start = time.Now()
	docs, err := func() ([]news.Document, error) {
		w.busy(1)
		defer func() { w.busy(-1); <-w.turn }()
		return ingest.AnalyseWith(ctx, w.Pipeline, arts, w.Concurrency)
	}()
	w.Counts.Analysing.Add(int64(time.Since(start)))
	if err != nil {
		return nil, err
	}
	start = time.Now()
	stored, _, err = ingest.Documents(ctx, w.Store, arts, docs, w.Pipeline.Extractor(), w.MaxDistance)
	w.Counts.Storing.Add(int64(time.Since(start)))
	return stored, err
}

// busy counts d more lanes analysing, and the time none was in Idle.
func (w *Worker) busy(d int) {
	w.mu.Lock()
	defer w.mu.Unlock()
	now := time.Now()
	if w.analysing == 0 {
		w.Counts.Idle.Add(int64(now.Sub(w.idleSince)))
	}
	w.analysing += d
	w.idleSince = now
}

// fail gives d back to the queue after a failure, or to the dead letters.
func (w *Worker) fail(ctx context.Context, d Delivery, cause error) {
	sctx, cancel := context.WithTimeout(ctx, settleTimeout)
	defer cancel()
	dead, err := d.Fail(sctx, cause)
	if err != nil {
		w.report(fmt.Errorf("give back a message: %w", err))
		return
	}
	w.Counts.Failed.Add(1)
	if dead {
		w.Counts.Dead.Add(1)
		w.report(fmt.Errorf("dead letter after %d attempts: %w", d.Attempt(), cause))
	}
}

// heartbeat tells the queue every Heartbeat that the batch is in progress,
// until the returned function is called; the goroutine it starts has ended
// when that function returns.
func (w *Worker) heartbeat(ctx context.Context, held []Delivery) func() {
	every := w.Heartbeat
	if every <= 0 {
		every = 5 * time.Second
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				for _, d := range held {
					if err := d.InProgress(ctx); err != nil {
						w.report(fmt.Errorf("in progress: %w", err))
						break
					}
				}
			}
		}
	})
	return func() { close(done); wg.Wait() }
}

// WriteMetrics writes the counts in Prometheus's text format.
func (c *Counts) WriteMetrics(wr io.Writer) {
	fmt.Fprintln(wr, "# HELP rasad_worker_documents_total Documents the workers of this process stored, by outcome.")
	fmt.Fprintln(wr, "# TYPE rasad_worker_documents_total counter")
	for _, o := range []struct {
		name string
		n    *atomic.Int64
	}{{"inserted", &c.Inserted}, {"updated", &c.Updated}, {"unchanged", &c.Unchanged}} {
		fmt.Fprintf(wr, "rasad_worker_documents_total{outcome=%q} %d\n", o.name, o.n.Load())
	}
	fmt.Fprintln(wr, "# HELP rasad_worker_failures_total Deliveries this process gave back to the queue after an error.")
	fmt.Fprintln(wr, "# TYPE rasad_worker_failures_total counter")
	fmt.Fprintf(wr, "rasad_worker_failures_total %d\n", c.Failed.Load())
	fmt.Fprintln(wr, "# HELP rasad_worker_dead_letters_total Messages this process sent to the dead letters.")
	fmt.Fprintln(wr, "# TYPE rasad_worker_dead_letters_total counter")
	fmt.Fprintf(wr, "rasad_worker_dead_letters_total %d\n", c.Dead.Load())
	fmt.Fprintln(wr, "# HELP rasad_worker_batches_total Batches this process committed.")
	fmt.Fprintln(wr, "# TYPE rasad_worker_batches_total counter")
	fmt.Fprintf(wr, "rasad_worker_batches_total %d\n", c.Batches.Load())
	fmt.Fprintln(wr, "# HELP rasad_worker_busy_seconds_total Time this process spent on batches (extracting, storing, acknowledging).")
	fmt.Fprintln(wr, "# TYPE rasad_worker_busy_seconds_total counter")
	fmt.Fprintf(wr, "rasad_worker_busy_seconds_total %.3f\n", time.Duration(c.Busy.Load()).Seconds())
	fmt.Fprintln(wr, "# HELP rasad_worker_step_seconds_total Time the worker's lanes spent in each step, summed over lanes.")
	fmt.Fprintln(wr, "# TYPE rasad_worker_step_seconds_total counter")
	for _, st := range c.steps() {
		fmt.Fprintf(wr, "rasad_worker_step_seconds_total{step=%q} %.3f\n", st.name, st.took.Seconds())
	}
	fmt.Fprintln(wr, "# HELP rasad_worker_idle_seconds_total Time no lane of the worker was analysing: its cores waited for the queue or the database.")
	fmt.Fprintln(wr, "# TYPE rasad_worker_idle_seconds_total counter")
	fmt.Fprintf(wr, "rasad_worker_idle_seconds_total %.3f\n", time.Duration(c.Idle.Load()).Seconds())
}

// step is the time the lanes spent in one step.
type step struct {
	name string
	took time.Duration
}

func (c *Counts) steps() []step {
	return []step{
		{"fetch", time.Duration(c.Fetching.Load())}, {"wait", time.Duration(c.Waiting.Load())},
		{"analyse", time.Duration(c.Analysing.Load())},
		{"store", time.Duration(c.Storing.Load())}, {"ack", time.Duration(c.Acking.Load())},
	}
}

// Steps says in words where the lanes' time went, and how long none was
// analysing: "fetch 1.2s, wait …, idle 3s".
func (c *Counts) Steps() string {
	var b strings.Builder
	for _, st := range c.steps() {
		fmt.Fprintf(&b, "%s %s, ", st.name, st.took.Round(10*time.Millisecond))
	}
	fmt.Fprintf(&b, "idle %s", time.Duration(c.Idle.Load()).Round(10*time.Millisecond))
	return b.String()
}

// WriteMetrics writes the queue's state in Prometheus's text format.
func (s Status) WriteMetrics(wr io.Writer) {
	gauge := func(name, help string, v any) {
		fmt.Fprintf(wr, "# HELP %s %s\n# TYPE %s gauge\n%s{stream=%q} %v\n", name, help, name, name, s.Stream, v)
	}
	gauge("rasad_queue_pending", "Jobs on the queue not yet acknowledged (the queue's depth).", s.Pending)
	gauge("rasad_queue_waiting", "Jobs not yet delivered to any worker.", s.Waiting)
	gauge("rasad_queue_in_flight", "Jobs delivered and not yet acknowledged.", s.InFlight)
	gauge("rasad_queue_redelivered", "Jobs in flight delivered more than once.", s.Redelivered)
	gauge("rasad_queue_dead_letters", "Messages in the dead-letter stream.", s.Dead)
}
