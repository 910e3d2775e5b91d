package main

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"rasad/internal/queue"
	"rasad/internal/store/storetest"
)

// BenchmarkCluster measures the queue on this machine, with workers as
// separate processes and PostgreSQL local (DATABASE_URL): articles/s of
// one "rasad worker" and of two (each on one core: --concurrency 1,
// GOMAXPROCS=1), against "rasad ingest --workers 1" on one core of the same
// articles in the same run, each round into a fresh schema and a fresh
// JetStream node (SyncAlways). The articles are published first (their
// rate is reported too); a round's time runs from the workers' start,
// pipeline loading included as in the ingest's, until the queue is empty.
// RASAD_BENCH_CORPUS names the input (files, folders or zips, separated by
// commas). Run it with
//
//	RASAD_BENCH_CORPUS=../shared/data/saudinewsnet/2015-07-21.zip \
//	go test ./cmd/rasad -run '^$' -bench BenchmarkCluster -benchtime 1x
func BenchmarkCluster(b *testing.B) {
	base := os.Getenv("DATABASE_URL")
	corpus := os.Getenv("RASAD_BENCH_CORPUS")
	if base == "" || corpus == "" {
		b.Skip("DATABASE_URL and RASAD_BENCH_CORPUS must be set")
	}
	inputs := strings.Split(corpus, ",")
	dir := b.TempDir()
	bin := filepath.Join(dir, "rasad")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("build: %v\n%s", err, out)
	}
	// Rounds in turn, the order reversed every other iteration (the
	// machine is shared and noisy); rates from the summed times.
	var took, cpu [3]time.Duration // ingest, 1 worker, 2 workers
	var pub [3]float64
	n := 0
	for i := range b.N {
		order := []int{0, 1, 2}
		if i%2 == 1 {
			order = []int{2, 1, 0}
		}
		for _, r := range order {
			var d, c time.Duration
			var got int
			if r == 0 {
				d, c, got = benchIngest(b, bin, base, inputs)
			} else {
				var p float64
				d, c, p, got = benchQueueRound(b, bin, dir, base, inputs, r)
				pub[r] += p / float64(b.N)
			}
			if n != 0 && got != n {
				b.Fatalf("round %d stored %d documents, another %d", r, got, n)
			}
			n = got
			took[r] += d
			cpu[r] += c
			b.Logf("iteration %d, %d workers (0: ingest): %d articles in %s, %.0f/s", i+1, r, got, d.Round(time.Millisecond), float64(got)/d.Seconds())
		}
	}
	total := float64(n * b.N)
	rate := func(r int) float64 { return total / took[r].Seconds() }
	b.ReportMetric(rate(0), "ingest-articles/s")
	b.ReportMetric(rate(1), "workers1-articles/s")
	b.ReportMetric(rate(2), "workers2-articles/s")
	for r, name := range []string{"ingest", "workers1", "workers2"} {
		b.ReportMetric(cpu[r].Seconds()*1000/total, name+"-cpu-ms/article")
	}
	b.ReportMetric(pub[1], "publish-articles/s")
	b.ReportMetric(rate(2)/rate(1), "speedup-2/1")
	b.ReportMetric(100*(1-rate(1)/rate(0)), "queue-overhead-%")
}

// benchIngest times "rasad ingest --workers 1" on one core into a fresh
// schema; it returns its time, its CPU time and the documents stored.
func benchIngest(b *testing.B, bin, base string, inputs []string) (time.Duration, time.Duration, int) {
	db := storetest.PostgresBenchSchema(b, base, "rasad_bench_ingest", true)
	start := time.Now()
	cmd := exec.Command(bin, append([]string{"ingest", "--quiet", "--workers", "1", "--db", db}, inputs...)...)
	cmd.Env = append(os.Environ(), "GOMAXPROCS=1")
	if out, err := cmd.CombinedOutput(); err != nil && !strings.Contains(string(out), "ingested") {
		b.Fatalf("ingest: %v\n%s", err, out)
	}
	took := time.Since(start)
	return took, cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(), benchDocuments(b, db)
}

// benchQueueRound publishes the inputs on a fresh JetStream node and
// times workers worker processes emptying the queue into a fresh schema;
// it returns their time and CPU time, the publishing rate and the documents
// stored.
func benchQueueRound(b *testing.B, bin, dir, base string, inputs []string, workers int) (took, cpu time.Duration, pubRate float64, docs int) {
	ctx := context.Background()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	node, err := queue.StartNode(queue.NodeConfig{Dir: b.TempDir(), Addr: addr})
	if err != nil {
		b.Fatal(err)
	}
	defer func() { node.Shutdown(); node.WaitForShutdown() }()
	u := "nats://" + addr
	db := storetest.PostgresBenchSchema(b, base, fmt.Sprintf("rasad_bench_workers%d", workers), true)
	start := time.Now()
	if out, err := exec.Command(bin, append([]string{"ingest", "--quiet", "--queue", u}, inputs...)...).CombinedOutput(); err != nil && !strings.Contains(string(out), "published") {
		b.Fatalf("ingest --queue: %v\n%s", err, out)
	}
	pubTook := time.Since(start)
	q, err := queue.Dial(ctx, u, queue.Config{})
	if err != nil {
		b.Fatal(err)
	}
	defer q.Close()
	start = time.Now()
	var procs []*exec.Cmd
	for range workers {
		cmd := exec.Command(bin, "worker", "--queue", u, "--db", db, "--concurrency", "1")
		cmd.Env = append(os.Environ(), "GOMAXPROCS=1")
		if err := cmd.Start(); err != nil {
			b.Fatal(err)
		}
		procs = append(procs, cmd)
	}
	for deadline := time.Now().Add(30 * time.Minute); ; time.Sleep(100 * time.Millisecond) {
		s, err := q.Status(ctx, 0)
		if err == nil && s.Pending == 0 {
			break
		}
		if time.Now().After(deadline) {
			b.Fatalf("queue not empty after 30 minutes: %+v", s)
		}
	}
	took = time.Since(start)
	for _, cmd := range procs {
		cmd.Process.Signal(syscall.SIGTERM)
		if err := cmd.Wait(); err != nil {
			b.Fatalf("worker: %v", err)
		}
		cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	docs = benchDocuments(b, db)
	return took, cpu, float64(docs) / pubTook.Seconds(), docs
}

// benchDocuments counts the documents of the archive at db.
func benchDocuments(b *testing.B, db string) int {
	ctx := context.Background()
	st, err := openStore(ctx, db)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	s, err := st.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	return s.Documents
}
