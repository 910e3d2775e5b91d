package queue_test

import (
	"context"
	"runtime"
	"syscall"
	"testing"
	"time"

	"rasad/internal/ingest"
	"rasad/internal/pipeline"
	"rasad/internal/queue"
	"rasad/internal/store"
)

// slowStore stores nothing and takes delay for each batch, as a database
// does while the worker waits for its transaction: the worker's core is
// idle then unless another lane analyses.
type slowStore struct{ delay time.Duration }

func (s slowStore) PutBatch(ctx context.Context, entries []store.Entry) ([]store.Outcome, error) {
	time.Sleep(s.delay)
	return make([]store.Outcome, len(entries)), nil // store.Inserted
}

func (slowStore) Near(context.Context, uint64, int) ([]store.Match, error) { return nil, nil }

// BenchmarkWorkerLanes measures how busy a worker keeps its one core
// (GOMAXPROCS=1, one extraction goroutine, as each "rasad worker
// --concurrency 1" of the cluster benchmark) when storing a batch takes
// half as long as analysing it, as PostgreSQL takes here (1.3–1.8 ms of an
// article against the worker's 3.3): cpu-share is the process's CPU time
// over the wall time, near 1 when storing never leaves the core idle, and
// idle-share the share of the time no lane was analysing.
func BenchmarkWorkerLanes(b *testing.B) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	ctx := context.Background()
	const batch = 16
	arts := made(b, 32*batch)
	p := pipeline.New()
	start := time.Now()
	if _, err := ingest.AnalyseWith(ctx, p, arts[:batch], 1); err != nil {
		b.Fatal(err)
	}
	st := slowStore{delay: time.Since(start) / 2}
	b.ResetTimer()
	var wall, cpu, idle time.Duration
	for range b.N {
		q := queue.NewLocal(queue.Config{})
		for _, a := range arts {
			if _, err := q.Publish(ctx, a); err != nil {
				b.Fatal(err)
			}
		}
		w := &queue.Worker{Pipeline: p, Store: st, Batch: batch, Concurrency: 1}
		wctx, cancel := context.WithCancel(ctx)
		done := make(chan error, 1)
		cpu0, start := processCPU(), time.Now()
		go func() { done <- w.Run(wctx, q) }()
		for q.Status(0).Pending > 0 {
			time.Sleep(5 * time.Millisecond)
		}
		wall += time.Since(start)
		cpu += processCPU() - cpu0
		cancel()
		if err := <-done; err != nil {
			b.Fatal(err)
		}
		idle += time.Duration(w.Counts.Idle.Load())
	}
	b.ReportMetric(float64(len(arts)*b.N)/wall.Seconds(), "articles/s")
	b.ReportMetric(cpu.Seconds()/wall.Seconds(), "cpu-share")
	b.ReportMetric(idle.Seconds()/wall.Seconds(), "idle-share")
}

// processCPU is the CPU time this process has taken.
func processCPU() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
