package queue_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"

	"rasad/internal/article"
	"rasad/internal/ingest"
	"rasad/internal/news"
	"rasad/internal/pipeline"
	"rasad/internal/queue"
	"rasad/internal/store"
	"rasad/internal/store/postgres"
	"rasad/internal/store/sqlite"
	"rasad/internal/store/storetest"
)

// The environment of a worker process: the test binary run again as a
// worker (see TestMain).
const (
	envWorker = "RASAD_QUEUE_TEST_WORKER" // the queue's URL
	envDB     = "RASAD_QUEUE_TEST_DB"     // the archive
	envConfig = "RASAD_QUEUE_TEST_CONFIG" // the queue.Config, as JSON
)

// envData names a folder of SaudiNewsNet zips: the cluster tests then run
// on dataSize real articles instead of articles made from testdata.
const (
	envData  = "RASAD_CLUSTER_DATA"
	dataSize = 2000
)

func TestMain(m *testing.M) {
	if u := os.Getenv(envWorker); u != "" {
		os.Exit(workerMain(u))
	}
	os.Exit(m.Run())
}

// workerMain is a worker process: it works until SIGTERM, then prints what
// it did as JSON on stdout.
func workerMain(u string) int {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	// A worker whose test died (a timeout's panic) ends too.
	go func(parent int) {
		for os.Getppid() == parent {
			time.Sleep(time.Second)
		}
		os.Exit(3)
	}(os.Getppid())
	var cfg queue.Config
	if err := json.Unmarshal([]byte(os.Getenv(envConfig)), &cfg); err != nil {
		fmt.Fprintln(os.Stderr, "worker:", err)
		return 2
	}
	st, err := openStore(ctx, os.Getenv(envDB))
	if err != nil {
		fmt.Fprintln(os.Stderr, "worker:", err)
		return 2
	}
	defer st.Close()
	q, err := queue.Dial(ctx, u, cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "worker:", err)
		return 2
	}
	defer q.Close()
	var c queue.Counts
	w := &queue.Worker{Pipeline: pipeline.New(), Store: st, Counts: &c, Batch: 16, Heartbeat: time.Second,
		Errorf: func(err error) { fmt.Fprintln(os.Stderr, "worker:", err) }}
	fmt.Fprintln(os.Stderr, "worker: ready")
	if err := w.Run(ctx, q); err != nil {
		fmt.Fprintln(os.Stderr, "worker:", err)
		return 2
	}
	json.NewEncoder(os.Stdout).Encode(map[string]int64{
		"inserted": c.Inserted.Load(), "updated": c.Updated.Load(), "unchanged": c.Unchanged.Load(),
		"failed": c.Failed.Load(), "dead": c.Dead.Load(),
	})
	return 0
}

func openStore(ctx context.Context, dsn string) (store.Store, error) {
	if strings.HasPrefix(dsn, "postgres://") {
		return postgres.Open(ctx, dsn, nil)
	}
	return sqlite.Open(ctx, dsn, nil)
}

// corpus returns the articles of a test: dataSize SaudiNewsNet articles
// when envData names their folder, else n made from testdata.
func corpus(t *testing.T, n int) []news.Article {
	t.Helper()
	if dir := os.Getenv(envData); dir != "" {
		return saudiNewsNet(t, dir)
	}
	return made(t, n)
}

// made returns n distinct articles made from those of testdata.
func made(t testing.TB, n int) []news.Article {
	t.Helper()
	var base []news.Article
	for _, name := range []string{"article.txt", "2023-03-10-saudi-iran.json", "2023-04-15-sudan.json"} {
		arts, err := article.ReadFile(filepath.Join("testdata", name), article.Options{Published: "2023-04-16"})
		if err != nil {
			t.Fatal(err)
		}
		base = append(base, arts...)
	}
	out := make([]news.Article, n)
	for i := range out {
		a := base[i%len(base)]
		a.URL = ""
		a.Text += fmt.Sprintf("\nنسخة الاختبار رقم %d.", i)
		a.Origin = fmt.Sprintf("%s#%d", a.Origin, i)
		out[i] = a
	}
	return out
}

func saudiNewsNet(t *testing.T, dir string) []news.Article {
	zips, err := filepath.Glob(filepath.Join(dir, "*.zip"))
	if err != nil || len(zips) == 0 {
		t.Fatalf("%s=%s: no zip files (%v)", envData, dir, err)
	}
	var out []news.Article
	seen := map[string]bool{}
	errFull := fmt.Errorf("enough")
	err = ingest.Walk(context.Background(), zips, nil, article.DefaultMaxBytes, func(in ingest.Input, err error) error {
		if err != nil {
			return nil
		}
		arts, _ := article.Parse(in.Name, in.Data, article.Options{})
		for _, a := range arts {
			if id := pipeline.ID(a); !seen[id] {
				seen[id] = true
				out = append(out, a)
			}
			if len(out) == dataSize {
				return errFull
			}
		}
		return nil
	})
	if err != nil && err != errFull {
		t.Fatal(err)
	}
	if len(out) < dataSize {
		t.Fatalf("%s: %d articles, want %d", dir, len(out), dataSize)
	}
	return out
}

// archive returns the DSN of an empty archive: a fresh schema of the
// PostgreSQL server at DATABASE_URL, else a SQLite file.
func archive(t *testing.T) string {
	t.Helper()
	base := os.Getenv("DATABASE_URL")
	if base == "" {
		return filepath.Join(t.TempDir(), "rasad.db")
	}
	return storetest.PostgresSchema(t, base, fmt.Sprintf("rasad_queue_%d_%d", os.Getpid(), schemas.Add(1)))
}

var schemas atomic.Int64

// cluster is three JetStream nodes on loopback, each with its own
// directory and ports.
type cluster struct {
	t     *testing.T
	cfgs  []queue.NodeConfig
	nodes []*server.Server
}

func freeAddr(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// startCluster starts the nodes and waits for a meta leader.
func startCluster(t *testing.T) *cluster {
	t.Helper()
	c := &cluster{t: t}
	var routes []string
	for i := range 3 {
		cfg := queue.NodeConfig{
			Name: "n" + strconv.Itoa(i+1), Dir: t.TempDir(), Addr: freeAddr(t),
			Cluster: "rasad-test", Listen: freeAddr(t),
		}
		routes = append(routes, "nats://"+cfg.Listen)
		c.cfgs = append(c.cfgs, cfg)
	}
	c.nodes = make([]*server.Server, 3)
	for i := range c.cfgs {
		c.cfgs[i].Routes = routes
		c.start(i)
	}
	t.Cleanup(func() {
		for _, s := range c.nodes {
			if s != nil {
				s.Shutdown()
				s.WaitForShutdown()
			}
		}
	})
	// A meta leader that sees the three nodes online (with fewer, an R3
	// stream finds no place).
	c.waitFor("a meta leader with three peers", func() bool {
		for _, s := range c.nodes {
			if s.JetStreamIsLeader() && len(s.JetStreamClusterPeers()) == 3 {
				return true
			}
		}
		return false
	})
	return c
}

func (c *cluster) start(i int) {
	s, err := queue.StartNode(c.cfgs[i])
	if err != nil {
		c.t.Fatal(err)
	}
	c.nodes[i] = s
}

func (c *cluster) waitFor(what string, ok func() bool) {
	c.t.Helper()
	// A liveness bound, not a timing check: on a loaded machine (two cores
	// shared with other jobs) electing a leader has taken over 30 s.
	deadline := time.Now().Add(2 * time.Minute)
	for !ok() {
		if time.Now().After(deadline) {
			c.t.Fatalf("no %s after 2 minutes", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// url is the client URL of every node.
func (c *cluster) url() string {
	var us []string
	for _, cfg := range c.cfgs {
		us = append(us, "nats://"+cfg.Addr)
	}
	return strings.Join(us, ",")
}

// streamLeader is the index of the node that leads stream.
func (c *cluster) streamLeader(stream string) int {
	for i, s := range c.nodes {
		if s != nil && s.JetStreamIsStreamLeader(server.DEFAULT_GLOBAL_ACCOUNT, stream) {
			return i
		}
	}
	return -1
}

// process is a worker process.
type process struct {
	cmd    *exec.Cmd
	stdout strings.Builder
	stderr *os.File
}

// startWorker starts the test binary as a worker on the queue at u and the
// archive db, and waits until it has its pipeline loaded.
func startWorker(t *testing.T, u, db string, cfg queue.Config) *process {
	t.Helper()
	js, _ := json.Marshal(cfg)
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	p := &process{cmd: exec.Command(exe, "-test.run=^$")}
	p.cmd.Env = append(os.Environ(), envWorker+"="+u, envDB+"="+db, envConfig+"="+string(js))
	p.cmd.Stdout = &p.stdout
	log := filepath.Join(t.TempDir(), "worker.log")
	if p.stderr, err = os.Create(log); err != nil {
		t.Fatal(err)
	}
	p.cmd.Stderr = p.stderr
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		p.cmd.Process.Kill()
		p.cmd.Wait()
		p.stderr.Close()
		if t.Failed() {
			b, _ := os.ReadFile(log)
			t.Logf("worker %d said:\n%s", p.cmd.Process.Pid, b)
		}
	})
	deadline := time.Now().Add(2 * time.Minute)
	for {
		b, _ := os.ReadFile(log)
		if strings.Contains(string(b), "worker: ready") {
			return p
		}
		if time.Now().After(deadline) || p.cmd.ProcessState != nil {
			t.Fatalf("worker did not start:\n%s", b)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// stop ends the worker with SIGTERM and returns its counts.
func (p *process) stop(t *testing.T) map[string]int64 {
	t.Helper()
	p.cmd.Process.Signal(syscall.SIGTERM)
	if err := p.cmd.Wait(); err != nil {
		t.Fatalf("worker: %v", err)
	}
	var c map[string]int64
	if err := json.Unmarshal([]byte(p.stdout.String()), &c); err != nil {
		t.Fatalf("worker printed %q: %v", p.stdout.String(), err)
	}
	return c
}
