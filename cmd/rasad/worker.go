package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"

	"rasad/internal/queue"
)

func runWorker(ctx context.Context, env *env, args []string) error {
	cmd := newCommand(env, "worker", "--queue nats://HOST:PORT [--db DB] [flags]", `
Take articles off the queue, extract them and store them in the archive
(a postgres:// URL for a cluster; a SQLite file for one machine), a batch
per transaction, acknowledging each batch once it is committed. SIGTERM or
Ctrl-C stops the worker once the batch it holds is stored; a worker killed
outright loses nothing (another gets its articles after --ack-wait).`)
	qf := addQueueFlags(cmd.FlagSet)
	db := dbFlag(cmd.FlagSet)
	concurrency := cmd.Int("concurrency", 0, "extraction goroutines (0: one per core)")
	batch := cmd.Int("batch", 64, "articles taken off the queue and stored at a time")
	maxDist := cmd.Int("near", 0, "SimHash `bits` within which a document is a near-duplicate (0: the default, -1: off)")
	metrics := cmd.String("metrics", "", "serve /metrics on this `address` (worker throughput, queue depth, redeliveries)")
	if err := cmd.parseNone(args); err != nil {
		return err
	}
	st, p, err := openWorking(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	q, err := qf.dial(ctx)
	if err != nil {
		return err
	}
	defer q.Close()
	var c queue.Counts
	var mu sync.Mutex // Errorf is called from the worker's lanes at once
	w := &queue.Worker{
		Pipeline: p, Store: st, Concurrency: *concurrency, Batch: *batch, MaxDistance: *maxDist, Counts: &c,
		Errorf: func(err error) {
			mu.Lock()
			defer mu.Unlock()
			fmt.Fprintf(env.stderr, "rasad worker: %v\n", err)
		},
	}
	if *metrics != "" {
		stop, err := serveWorkerMetrics(ctx, *metrics, q, &c)
		if err != nil {
			return err
		}
		defer stop()
	}
	start := time.Now()
	fmt.Fprintf(env.stderr, "rasad worker: taking articles off %s into %s\n", *qf.url, *db)
	if err := w.Run(ctx, q); err != nil {
		return err
	}
	took := time.Since(start)
	fmt.Fprintf(env.stderr, "worker stored %d articles in %s (%.0f articles/s while busy %s): %d new, %d updated, %d unchanged; %d failed deliveries, %d dead letters; its lanes' time: %s\n",
		c.Stored(), took.Round(10*time.Millisecond), float64(c.Stored())/max(time.Duration(c.Busy.Load()).Seconds(), 1e-9),
		time.Duration(c.Busy.Load()).Round(10*time.Millisecond), c.Inserted.Load(), c.Updated.Load(), c.Unchanged.Load(), c.Failed.Load(), c.Dead.Load(), c.Steps())
	return nil
}

// serveWorkerMetrics serves /metrics on addr until the returned function
// is called: the worker's counts and the queue's state.
func serveWorkerMetrics(ctx context.Context, addr string, q *queue.JetStream, c *queue.Counts) (func(), error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("metrics: %w", err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /metrics", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4")
		c.WriteMetrics(w)
		sctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
		defer cancel()
		if s, err := q.Status(sctx, 0); err == nil {
			s.WriteMetrics(w)
		}
	})
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			fmt.Println("metrics:", err)
		}
	}()
	return func() { srv.Close() }, nil
}
