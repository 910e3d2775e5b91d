package main

import (
	"bufio"
	"cmp"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

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
//
// Where the cores go is logged for every round, since the machine is
// shared: the CPU time of each worker process (its rusage) and of
// PostgreSQL (its postmaster's and backends' /proc times), of this process
// (the JetStream node), and of the whole machine (/proc/stat), whose rest
// is other work; each worker's lanes' time in each step (fetching,
// analysing, storing, acknowledging); and what PostgreSQL's backends were
// doing, sampled every 20 ms from pg_stat_activity (running, waiting for
// a lock, or waiting for their client), and, when the server runs
// pg_stat_statements, its costliest statements. CPU-seconds per article,
// which the machine's load distorts less than rates, are reported, and
// from them ceiling-2/1: what two workers can gain over one when the two
// cores run PostgreSQL and the node too. RASAD_BENCH_GOMAXPROCS and
// RASAD_BENCH_BATCH set the workers' GOMAXPROCS (1) and --batch (64).
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
	pg := postmasterOf(b, base)
	// Rounds in turn, the order reversed every other iteration (the
	// machine is shared and noisy); rates from the summed times.
	var took [3]time.Duration // ingest, 1 worker, 2 workers
	var use [3]roundUsage
	var pub [3]float64
	n := 0
	for i := range b.N {
		order := []int{0, 1, 2}
		if i%2 == 1 {
			order = []int{2, 1, 0}
		}
		for _, r := range order {
			var d time.Duration
			var u roundUsage
			var got int
			if r == 0 {
				d, u, got = benchIngest(b, bin, base, pg, inputs)
			} else {
				var p float64
				d, u, p, got = benchQueueRound(b, bin, base, pg, inputs, r)
				pub[r] += p / float64(b.N)
			}
			if n != 0 && got != n {
				b.Fatalf("round %d stored %d documents, another %d", r, got, n)
			}
			n = got
			took[r] += d
			use[r].add(u)
			// On standard error: a benchmark's log is cut after a few lines.
			fmt.Fprintf(os.Stderr, "iteration %d, %d workers (0: ingest): %d articles in %s, %.0f/s\n%s\n", i+1, r, got, d.Round(time.Millisecond),
				float64(got)/d.Seconds(), u.report(d, got))
		}
	}
	total := float64(n * b.N)
	rate := func(r int) float64 { return total / took[r].Seconds() }
	b.ReportMetric(rate(0), "ingest-articles/s")
	b.ReportMetric(rate(1), "workers1-articles/s")
	b.ReportMetric(rate(2), "workers2-articles/s")
	for r, name := range []string{"ingest", "workers1", "workers2"} {
		b.ReportMetric(use[r].clients.Seconds()*1000/total, name+"-cpu-ms/article")
		b.ReportMetric(use[r].postgres.Seconds()*1000/total, name+"-pg-cpu-ms/article")
	}
	b.ReportMetric(use[2].node.Seconds()*1000/total, "node-cpu-ms/article")
	b.ReportMetric(pub[1], "publish-articles/s")
	b.ReportMetric(rate(2)/rate(1), "speedup-2/1")
	// What two workers could gain on two cores of their own, PostgreSQL and
	// the node beside them, from the CPU each article took of each: one
	// worker runs at most as fast as its core (1/w), and all at most as
	// fast as the two cores do the whole work (2/(w+s)).
	w := use[2].clients.Seconds() / total
	srv := (use[2].postgres + use[2].node).Seconds() / total
	b.ReportMetric(min(2/w, 2/(w+srv))/min(1/w, 2/(w+srv)), "ceiling-2/1")
	b.ReportMetric(100*(1-rate(1)/rate(0)), "queue-overhead-%")
}

// roundUsage is where the CPU time of a round went.
type roundUsage struct {
	clients  time.Duration   // the worker or ingest processes
	each     []time.Duration // per process
	stored   []int           // articles each process stored
	steps    []string        // each worker's lanes' time in each step
	postgres time.Duration   // the server's processes
	node     time.Duration   // this process: the JetStream node, the status polls
	machine  time.Duration   // every core of the machine busy, whoever with
	waits    map[string]int  // PostgreSQL backends' samples by what they did
	// statements are the server's costliest statements, when it runs
	// pg_stat_statements (shared_preload_libraries).
	statements []string
	publisher  time.Duration // CPU of "ingest --queue" publishing the articles
	pubNode    time.Duration // of this process meanwhile (the node storing them)
}

func (u *roundUsage) add(o roundUsage) {
	u.clients += o.clients
	u.postgres += o.postgres
	u.node += o.node
	u.machine += o.machine
}

// report says in lines where the time of a round of d that stored n
// articles went.
func (u roundUsage) report(d time.Duration, n int) string {
	var b strings.Builder
	perArticle := func(c time.Duration, k int) string {
		return fmt.Sprintf("%.2f s CPU, %.2f cores, %.2f ms/article", c.Seconds(), c.Seconds()/d.Seconds(), c.Seconds()*1000/float64(max(k, 1)))
	}
	for i, c := range u.each {
		fmt.Fprintf(&b, "\tprocess %d: %d articles, %s", i+1, u.stored[i], perArticle(c, u.stored[i]))
		if i < len(u.steps) {
			fmt.Fprintf(&b, "; lanes: %s", u.steps[i])
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "\tpostgres: %s\n", perArticle(u.postgres, n))
	for _, st := range u.statements {
		fmt.Fprintf(&b, "\t\t%s\n", st)
	}
	if u.publisher > 0 {
		fmt.Fprintf(&b, "\tpublishing before the round: ingest --queue %.2f ms/article, the node %.2f ms/article\n",
			u.publisher.Seconds()*1000/float64(n), u.pubNode.Seconds()*1000/float64(n))
	}
	fmt.Fprintf(&b, "\tthis process (JetStream node): %s\n", perArticle(u.node, n))
	others := u.machine - u.clients - u.postgres - u.node
	fmt.Fprintf(&b, "\tmachine: %.2f cores busy, of which others %.2f", u.machine.Seconds()/d.Seconds(), others.Seconds()/d.Seconds())
	if len(u.waits) > 0 {
		var keys []string
		sum := 0
		for k, v := range u.waits {
			keys = append(keys, k)
			sum += v
		}
		sort.Slice(keys, func(i, j int) bool { return u.waits[keys[i]] > u.waits[keys[j]] })
		b.WriteString("\n\tpostgres backends, share of samples:")
		for _, k := range keys {
			fmt.Fprintf(&b, " %s %.1f%%", k, 100*float64(u.waits[k])/float64(sum))
		}
	}
	return b.String()
}

// meter reads the CPU times of a round: PostgreSQL's, this process's and
// the machine's, at its start and at its end.
type meter struct {
	pg                 int // the postmaster's pid
	pgCPU, self, total time.Duration
}

func startMeter(b *testing.B, pg int) meter {
	return meter{pg: pg, pgCPU: serverCPU(b, pg), self: selfCPU(), total: machineBusy(b)}
}

// stop fills u with what the meter saw since it started.
func (m meter) stop(b *testing.B, u *roundUsage) {
	u.postgres = serverCPU(b, m.pg) - m.pgCPU
	u.node = selfCPU() - m.self
	u.machine = machineBusy(b) - m.total
}

// benchIngest times "rasad ingest --workers 1" on one core into a fresh
// schema; it returns its time, where the CPU went and the documents stored.
func benchIngest(b *testing.B, bin, base string, pg int, inputs []string) (time.Duration, roundUsage, int) {
	db := storetest.PostgresBenchSchema(b, base, "rasad_bench_ingest", true)
	m := startMeter(b, pg)
	start := time.Now()
	cmd := exec.Command(bin, append([]string{"ingest", "--quiet", "--workers", "1", "--db", db}, inputs...)...)
	cmd.Env = append(os.Environ(), "GOMAXPROCS=1")
	if out, err := cmd.CombinedOutput(); err != nil && !strings.Contains(string(out), "ingested") {
		b.Fatalf("ingest: %v\n%s", err, out)
	}
	took := time.Since(start)
	var u roundUsage
	m.stop(b, &u)
	n := benchDocuments(b, db)
	c := cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	u.clients, u.each, u.stored = c, []time.Duration{c}, []int{n}
	return took, u, n
}

// benchQueueRound publishes the inputs on a fresh JetStream node and
// times workers worker processes emptying the queue into a fresh schema;
// it returns their time, where the CPU went, the publishing rate and the
// documents stored.
func benchQueueRound(b *testing.B, bin, base string, pg int, inputs []string, workers int) (took time.Duration, u roundUsage, pubRate float64, docs int) {
	ctx := context.Background()
	node, err := queue.StartNode(queue.NodeConfig{Dir: b.TempDir(), Addr: "127.0.0.1:0"})
	if err != nil {
		b.Fatal(err)
	}
	defer func() { node.Shutdown(); node.WaitForShutdown() }()
	qu := node.ClientURL()
	db := storetest.PostgresBenchSchema(b, base, fmt.Sprintf("rasad_bench_workers%d", workers), true)
	start, self := time.Now(), selfCPU()
	publisher := exec.Command(bin, append([]string{"ingest", "--quiet", "--queue", qu}, inputs...)...)
	if out, err := publisher.CombinedOutput(); err != nil && !strings.Contains(string(out), "published") {
		b.Fatalf("ingest --queue: %v\n%s", err, out)
	}
	pubTook := time.Since(start)
	u.publisher = publisher.ProcessState.UserTime() + publisher.ProcessState.SystemTime()
	u.pubNode = selfCPU() - self
	q, err := queue.Dial(ctx, qu, queue.Config{})
	if err != nil {
		b.Fatal(err)
	}
	defer q.Close()
	m := startMeter(b, pg)
	stopSampling := samplePostgres(b, base, &u)
	start = time.Now()
	var procs []*exec.Cmd
	summaries := make([]string, workers)
	var wg sync.WaitGroup
	for i := range workers {
		cmd := exec.Command(bin, "worker", "--queue", qu, "--db", db, "--concurrency", "1", "--batch", cmp.Or(os.Getenv("RASAD_BENCH_BATCH"), "64"))
		cmd.Env = append(os.Environ(), "GOMAXPROCS="+cmp.Or(os.Getenv("RASAD_BENCH_GOMAXPROCS"), "1"))
		stderr, err := cmd.StderrPipe()
		if err != nil {
			b.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			b.Fatal(err)
		}
		wg.Go(func() { summaries[i] = lastLine(stderr) })
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
	}
	wg.Wait()
	for i, cmd := range procs {
		if err := cmd.Wait(); err != nil {
			b.Fatalf("worker: %v\n%s", err, summaries[i])
		}
		c := cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		u.clients += c
		u.each = append(u.each, c)
		stored, steps := parseSummary(summaries[i])
		u.stored, u.steps = append(u.stored, stored), append(u.steps, steps)
	}
	sampling := stopSampling()
	m.stop(b, &u)
	u.postgres -= sampling
	docs = benchDocuments(b, db)
	return took, u, float64(docs) / pubTook.Seconds(), docs
}

// lastLine reads r to its end and returns its last line.
func lastLine(r io.Reader) string {
	sc := bufio.NewScanner(r)
	last := ""
	for sc.Scan() {
		last = sc.Text()
	}
	return last
}

var summaryLine = regexp.MustCompile(`worker stored (\d+) articles.*lanes' time: (.*)$`)

// parseSummary reads a worker's last line: what it stored, and where its
// lanes' time went.
func parseSummary(line string) (int, string) {
	m := summaryLine.FindStringSubmatch(line)
	if m == nil {
		return 0, "?"
	}
	n, _ := strconv.Atoi(m[1])
	return n, m[2]
}

// samplePostgres samples what the server's client backends do, every
// 20 ms, into u.waits, until the returned function is called, which
// returns the CPU time the sampling took of the server.
func samplePostgres(b *testing.B, base string, u *roundUsage) func() time.Duration {
	// Stopped by a channel: pgx closes a connection whose query's context
	// ends, and the connection then reads pg_stat_statements.
	ctx, stop := context.Background(), make(chan struct{})
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		b.Fatal(err)
	}
	var pid int
	if err := conn.QueryRow(ctx, "SELECT pg_backend_pid()").Scan(&pid); err != nil {
		b.Fatal(err)
	}
	_, err = conn.Exec(ctx, "SELECT pg_stat_statements_reset()")
	statements := err == nil
	u.waits = map[string]int{}
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
			}
			rows, err := conn.Query(ctx, `SELECT state, coalesce(wait_event_type, ''), coalesce(wait_event, '')
				FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() AND state IS NOT NULL`)
			if err != nil {
				return
			}
			for rows.Next() {
				var state, typ, ev string
				if rows.Scan(&state, &typ, &ev) != nil {
					continue
				}
				switch {
				case state == "idle":
					continue // a pooled connection not in use
				case typ == "":
					u.waits[state+": running"]++
				default:
					u.waits[state+": "+typ+"/"+ev]++
				}
			}
			rows.Close()
		}
	}()
	return func() time.Duration {
		close(stop)
		<-done
		if statements {
			u.statements = costliest(conn)
		}
		f := procStat(pid)
		conn.Close(context.Background())
		return ticks(f, 11) + ticks(f, 12)
	}
}

// costliest lists the statements that took the server most time since
// pg_stat_statements was reset, with their share of it.
func costliest(conn *pgx.Conn) []string {
	rows, err := conn.Query(context.Background(), `SELECT calls, total_exec_time, 100 * total_exec_time / sum(total_exec_time) OVER (),
		regexp_replace(left(query, 70), '\s+', ' ', 'g') FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 8`)
	if err != nil {
		return []string{err.Error()}
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var calls int64
		var ms, share float64
		var q string
		if rows.Scan(&calls, &ms, &share, &q) == nil {
			out = append(out, fmt.Sprintf("%4.1f%% %7.0f ms %5d calls  %s", share, ms, calls, q))
		}
	}
	return out
}

// postmasterOf returns the pid of the PostgreSQL server at base, which must
// run on this machine.
func postmasterOf(b *testing.B, base string) int {
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		b.Fatal(err)
	}
	defer conn.Close(ctx)
	var dir string
	if err := conn.QueryRow(ctx, "SHOW data_directory").Scan(&dir); err != nil {
		b.Fatalf("the server's data directory: %v", err)
	}
	data, err := os.ReadFile(filepath.Join(dir, "postmaster.pid"))
	if err != nil {
		b.Fatalf("PostgreSQL must run on this machine: %v", err)
	}
	pid, err := strconv.Atoi(strings.SplitN(string(data), "\n", 2)[0])
	if err != nil {
		b.Fatalf("postmaster.pid: %v", err)
	}
	return pid
}

// serverCPU is the CPU time of the postmaster pid and of its children,
// living (their /proc times) and ended (the postmaster's cutime, cstime).
func serverCPU(b *testing.B, pid int) time.Duration {
	f := procStat(pid)
	if f == nil {
		b.Fatalf("no postmaster %d", pid)
	}
	total := ticks(f, 11) + ticks(f, 12) + ticks(f, 13) + ticks(f, 14) // utime stime cutime cstime
	ents, _ := os.ReadDir("/proc")
	for _, e := range ents {
		child, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		if f := procStat(child); f != nil && f[1] == strconv.Itoa(pid) {
			total += ticks(f, 11) + ticks(f, 12)
		}
	}
	return total
}

// procStat returns the fields of /proc/pid/stat after its command, from
// the state on (fields[1] is the parent's pid), or nil.
func procStat(pid int) []string {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return nil
	}
	s := string(data)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return nil
	}
	return strings.Fields(s[i+1:])
}

// ticks reads field i of fields as clock ticks (100 a second).
func ticks(fields []string, i int) time.Duration {
	if i >= len(fields) {
		return 0
	}
	n, _ := strconv.ParseInt(fields[i], 10, 64)
	return time.Duration(n) * 10 * time.Millisecond
}

// selfCPU is this process's CPU time.
func selfCPU() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// machineBusy is the time all cores of the machine were busy, from /proc/stat.
func machineBusy(b *testing.B) time.Duration {
	data, err := os.ReadFile("/proc/stat")
	if err != nil {
		b.Fatal(err)
	}
	f := strings.Fields(strings.SplitN(string(data), "\n", 2)[0])
	var busy time.Duration
	for i := 1; i < len(f) && i <= 8; i++ {
		if i != 4 && i != 5 { // idle, iowait
			busy += ticks(f, i)
		}
	}
	return busy
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
