package queue_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"rasad/internal/news"
	"rasad/internal/pipeline"
	"rasad/internal/queue"
	"rasad/internal/store"
)

// The cluster tests run a 3-node JetStream cluster in the test process, an
// R3 stream, and two worker processes (this test binary run again) storing
// into one archive: PostgreSQL at DATABASE_URL, else a SQLite file. They
// run on made articles, or on 2,000 SaudiNewsNet articles when
// RASAD_CLUSTER_DATA names the folder of the zips.

// clusterConfig is the queue of the cluster tests: short waits, so that
// redeliveries come within the test.
var clusterConfig = queue.Config{
	Replicas: 3, AckWait: 3 * time.Second, MaxDeliver: 4,
	Backoff: []time.Duration{200 * time.Millisecond},
}

// run is one cluster test: the articles published while two workers run;
// midway (a quarter of the articles stored) it calls disrupt.
type run struct {
	t       *testing.T
	c       *cluster
	q       *queue.JetStream
	st      store.Store
	db      string
	arts    []news.Article
	workers []*process
}

func newRun(t *testing.T) *run {
	if testing.Short() {
		t.Skip("the cluster tests start three JetStream nodes and two worker processes")
	}
	ctx := context.Background()
	r := &run{t: t, c: startCluster(t), db: archive(t), arts: corpus(t, 120)}
	var err error
	if r.q, err = queue.Dial(ctx, r.c.url(), clusterConfig); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.q.Close() })
	if r.st, err = openStore(ctx, r.db); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.st.Close() })
	for range 2 {
		r.workers = append(r.workers, startWorker(t, r.c.url(), r.db, clusterConfig))
	}
	return r
}

// documents counts the documents stored.
func (r *run) documents() int {
	s, err := r.st.Stats(context.Background())
	if err != nil {
		r.t.Logf("stats: %v", err)
		return -1
	}
	return s.Documents
}

// publish publishes the articles on 4 goroutines, with poison among them
// when it is not nil.
func (r *run) publish(poison []byte) {
	ctx := context.Background()
	var wg sync.WaitGroup
	next := make(chan news.Article)
	errs := make(chan error, 4)
	for range 4 {
		wg.Go(func() {
			for a := range next {
				dup, err := r.q.Publish(ctx, a)
				if err != nil {
					errs <- fmt.Errorf("publish %s: %w", a.Origin, err)
					return
				}
				if dup {
					// Every article is distinct, so the server knew this one
					// only from an earlier attempt of the same publish whose
					// acknowledgement was lost (a leader change): it was
					// kept once, as check verifies.
					r.t.Logf("acknowledged as a duplicate after a retry: %s", a.Origin)
				}
			}
		})
	}
	for i, a := range r.arts {
		if poison != nil && i == len(r.arts)/2 {
			if err := r.q.PublishRaw(ctx, poison, "poison"); err != nil {
				r.t.Error(err)
			}
		}
		next <- a
	}
	close(next)
	wg.Wait()
	close(errs)
	for err := range errs {
		r.t.Error(err)
	}
}

// wait waits until every article is stored and the queue is empty, calling
// disrupt once a quarter of them are stored while the workers hold a batch,
// or once half are (a small corpus may be stored between two looks, and
// the run must not then wait for a moment that has passed); it returns how
// long the run took.
func (r *run) wait(start time.Time, disrupt func()) time.Duration {
	n := len(r.arts)
	deadline := time.Now().Add(8 * time.Minute)
	for time.Now().Before(deadline) {
		docs := r.documents()
		if disrupt != nil && (docs >= n/4 && r.inFlight() || docs >= n/2) {
			disrupt()
			disrupt = nil
		}
		if docs == n && disrupt == nil {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			s, err := r.q.Status(ctx, 0)
			cancel()
			if err == nil && s.Pending == 0 {
				return time.Since(start)
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	r.t.Fatalf("after 8 minutes %d of %d articles stored", r.documents(), n)
	return 0
}

// inFlight reports whether workers hold messages (a batch in hand).
func (r *run) inFlight() bool {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	s, err := r.q.Status(ctx, 0)
	return err == nil && s.InFlight > 0
}

// check stops the live workers and checks that every article is stored
// exactly once: each id present, none stored twice (the archive's ids are
// unique), none replaced; it returns the workers' summed counts.
func (r *run) check(took time.Duration) map[string]int64 {
	t := r.t
	sum := map[string]int64{}
	for _, w := range r.workers {
		if w.cmd.ProcessState != nil {
			continue // killed
		}
		for k, v := range w.stop(t) {
			sum[k] += v
		}
	}
	ctx := context.Background()
	for _, a := range r.arts {
		if _, err := r.st.Get(ctx, pipeline.ID(a)); err != nil {
			t.Errorf("%s: %v", a.Origin, err)
		}
	}
	if got := r.documents(); got != len(r.arts) {
		t.Errorf("the archive holds %d documents, want %d", got, len(r.arts))
	}
	if sum["updated"] != 0 {
		t.Errorf("workers replaced %d documents, want none (each article stored once)", sum["updated"])
	}
	t.Logf("%d articles in %s (%.0f/s) through 2 workers; counts of the workers that lived: %v",
		len(r.arts), took.Round(time.Millisecond), float64(len(r.arts))/took.Seconds(), sum)
	return sum
}

func TestClusterWorkerKilled(t *testing.T) {
	r := newRun(t)
	start := time.Now()
	r.publish(nil)
	took := r.wait(start, func() {
		// SIGKILL: no ack, no nak; its batch is delivered again after AckWait.
		if err := r.workers[0].cmd.Process.Kill(); err != nil {
			t.Fatal(err)
		}
		r.workers[0].cmd.Wait()
		t.Logf("killed a worker at %d documents stored", r.documents())
	})
	sum := r.check(took)
	if sum["inserted"]+sum["unchanged"] == 0 {
		t.Error("the surviving worker stored nothing")
	}
}

func TestClusterLeaderRestart(t *testing.T) {
	r := newRun(t)
	start := time.Now()
	done := make(chan struct{})
	go func() { r.publish(nil); close(done) }()
	took := r.wait(start, func() {
		i := r.c.streamLeader(clusterConfig.WithDefaults().Stream)
		if i < 0 {
			t.Fatal("no stream leader")
		}
		t.Logf("shutting down the stream leader %s at %d documents stored", r.c.cfgs[i].Name, r.documents())
		r.c.nodes[i].Shutdown()
		r.c.nodes[i].WaitForShutdown()
		r.c.nodes[i] = nil
		time.Sleep(2 * time.Second)
		r.c.start(i)
		t.Logf("started %s again", r.c.cfgs[i].Name)
	})
	<-done
	r.check(took)
	// A client dialling with other settings leaves the running queue as
	// it is.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	q, err := queue.Dial(ctx, r.c.url(), queue.Config{Replicas: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	s, err := q.Status(ctx, 0)
	if err != nil || s.Replicas != 3 || s.Pending != 0 || s.Leader == "" {
		t.Errorf("status after the run: %+v, %v; want 3 replicas, a leader, nothing pending", s, err)
	}
}

func TestClusterPoison(t *testing.T) {
	r := newRun(t)
	start := time.Now()
	r.publish([]byte(`{"id":"poison","article":{"title":"خبر","text":"لا يطابق معرفه"}}`))
	took := r.wait(start, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var s queue.Status
	for {
		var err error
		s, err = r.q.Status(ctx, 5)
		if err != nil {
			t.Fatal(err)
		}
		if s.Dead > 0 || ctx.Err() != nil {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if s.Dead != 1 || len(s.Letters) != 1 {
		t.Fatalf("status %+v, want one dead letter", s)
	}
	l := s.Letters[0]
	if l.ID != "poison" || l.Attempts != clusterConfig.MaxDeliver || !strings.Contains(l.Error, "not a valid job") {
		t.Errorf("dead letter %+v, want poison after %d attempts, not a valid job", l, clusterConfig.MaxDeliver)
	}
	if sum := r.check(took); sum["dead"] != 1 || sum["failed"] != int64(clusterConfig.MaxDeliver) {
		t.Errorf("workers failed %d deliveries and sent %d to the dead letters, want %d and 1", sum["failed"], sum["dead"], clusterConfig.MaxDeliver)
	}
}
