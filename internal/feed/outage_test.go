package feed_test

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"

	"rasad/internal/feed"
	"rasad/internal/feed/feedtest"
	"rasad/internal/news"
	"rasad/internal/pipeline"
	"rasad/internal/queue"
	"rasad/internal/queue/queuetest"
)

// TestPollerQueueOutage runs a poller that publishes to a JetStream node
// stopped before the first round and started again (same address, same
// store) while the poller backs off: the poller does not stop, its items
// wait not done, /metrics shows the failures, and once the node is back
// every story is on the queue once and a worker stores each once.
func TestPollerQueueOutage(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	db, path := openArchive(t)
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	notDone := func() int {
		var n int
		if err := raw.QueryRow("SELECT count(*) FROM feed_items WHERE done = 0").Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}

	stories := oneFeed(t, db, 6)

	dir := t.TempDir()
	node := startNode(t, dir, "127.0.0.1:0")
	url := node.ClientURL()
	// One try a call (2 s), so that a publish fails soon while the node is down.
	q, err := queue.Dial(ctx, url, queue.Config{Tries: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	node.Shutdown()
	node.WaitForShutdown()

	var published, dups atomic.Int64
	sink := &feed.Queue{Publisher: q, Counted: func(p, d int) { published.Add(int64(p)); dups.Add(int64(d)) }}
	failures := make(chan error, 64)
	var waits []time.Duration
	poller := feed.NewPoller(db, sink, feed.NewFetcher(feed.FetchOptions{Gap: -1, Timeout: 5 * time.Second}), feed.Options{
		Interval: time.Hour, SinkBackoff: 50 * time.Millisecond, SinkMaxBackoff: 200 * time.Millisecond,
		SinkFailed: func(err error, wait time.Duration) { waits = append(waits, wait); failures <- err },
	})
	done := make(chan error, 1)
	go func() { done <- poller.Run(ctx, 20*time.Millisecond, nil) }()

	// Three rounds fail; the poller goes on, backing off, the items wait.
	for range 3 {
		select {
		case err := <-failures:
			var unavailable *feed.UnavailableError
			if !errors.As(err, &unavailable) || !strings.Contains(err.Error(), url) {
				t.Fatalf("a round failed with %v, want the queue (%s) unavailable", err, url)
			}
		case err := <-done:
			t.Fatalf("the poller stopped with the queue down: %v", err)
		case <-time.After(time.Minute):
			t.Fatal("no round failed in a minute with the queue down")
		}
	}
	if n := notDone(); n != len(stories) {
		t.Errorf("%d items not done with the queue down, want %d", n, len(stories))
	}
	metrics := func() string {
		var b bytes.Buffer
		poller.Metrics.WriteTo(&b)
		return b.String()
	}
	if m := metrics(); !strings.Contains(m, "rasad_feed_sink_unavailable 1\n") || strings.Contains(m, "rasad_feed_sink_failures_total 0\n") {
		t.Errorf("metrics with the queue down:\n%s", m)
	}

	startNode(t, dir, strings.TrimPrefix(url, "nats://"))
	for deadline := time.Now().Add(time.Minute); notDone() > 0; time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%d items not done a minute after the queue came back", notDone())
		}
		select {
		case err := <-done:
			t.Fatalf("the poller stopped: %v", err)
		default:
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("the poller ended with %v", err)
	}
	if waits[0] != 50*time.Millisecond || waits[1] != 100*time.Millisecond || waits[2] != 200*time.Millisecond || waits[len(waits)-1] > 200*time.Millisecond {
		t.Errorf("waits after the failed rounds %v, want 50ms doubling up to 200ms", waits)
	}
	if m := metrics(); !strings.Contains(m, "rasad_feed_sink_unavailable 0\n") {
		t.Errorf("metrics with the queue back:\n%s", m)
	}
	if published.Load() == 0 || published.Load()+dups.Load() != int64(len(stories)) {
		// A publish that timed out while the node was down may have been
		// sent on reconnecting: published again, the queue drops it.
		t.Errorf("%d stories published and %d dropped as held already, want %d in all", published.Load(), dups.Load(), len(stories))
	}

	// The queue holds each story once; a worker stores each once.
	wq, err := queue.Dial(context.Background(), url, queue.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer wq.Close()
	s, err := wq.Status(context.Background(), 0)
	if err != nil || s.Pending != uint64(len(stories)) {
		t.Fatalf("the queue holds %+v (%v), want %d stories", s, err, len(stories))
	}
	wctx, stop := context.WithCancel(context.Background())
	w := &queue.Worker{Pipeline: pipeline.New(), Store: db, Errorf: func(err error) { t.Logf("worker: %v", err) }}
	wdone := make(chan error, 1)
	go func() { wdone <- w.Run(wctx, wq) }()
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(50 * time.Millisecond) {
		if s, err := wq.Status(context.Background(), 0); err == nil && s.Pending == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the worker did not empty the queue in a minute")
		}
	}
	stop()
	if err := <-wdone; err != nil {
		t.Fatal(err)
	}
	st, err := db.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if n := w.Counts.Inserted.Load(); n != int64(len(stories)) || st.Documents != len(stories) {
		t.Errorf("the worker stored %d new documents, the archive holds %d, want %d", n, st.Documents, len(stories))
	}
}

// oneFeed serves a feed of n stories and their pages, followed by db.
func oneFeed(t *testing.T, db archive, n int) []feedtest.Story {
	stories := feedtest.Stories(t, n)
	h := feedtest.NewHost(t, "127.0.0.1")
	var entries []feedtest.Entry
	for _, s := range stories {
		p := fmt.Sprintf("/news/%s.html", s.Slug)
		h.Handle(p, pageHandler(s, "utf-8"))
		entries = append(entries, feedtest.EntryOf(s, h.Base+p))
	}
	h.Static("/rss.xml", "application/rss+xml; charset=utf-8", []byte(feedtest.RSS("الصحيفة", "utf-8", entries)))
	if _, _, err := db.AddFeed(context.Background(), h.Base+"/rss.xml", "الصحيفة", time.Now()); err != nil {
		t.Fatal(err)
	}
	return stories
}

// failingSink fails every Put with err.
type failingSink struct{ err error }

func (s failingSink) Put(context.Context, []news.Article) error { return s.err }

// TestPollerStops checks that Run stops at once on a sink's failure that
// is not its being unavailable (the archive's), and goes on through one
// that is.
func TestPollerStops(t *testing.T) {
	errDisk := errors.New("disk full")
	for _, tt := range []struct {
		name  string
		err   error
		stops bool
	}{
		{"archive", errDisk, true},
		{"queue", &feed.UnavailableError{Err: errDisk}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			db, _ := openArchive(t)
			oneFeed(t, db, 2)
			// The deadline is a liveness bound, not the measure: the
			// poller that goes on is stopped after its third round with
			// the sink unavailable, however slow the machine (with a 2 s
			// deadline, a first round slower than that failed both rows).
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			rounds := 0
			poller := feed.NewPoller(db, failingSink{tt.err}, feed.NewFetcher(feed.FetchOptions{Gap: -1}),
				feed.Options{SinkBackoff: time.Millisecond, SinkFailed: func(error, time.Duration) {
					if rounds++; rounds == 3 {
						cancel()
					}
				}})
			err := poller.Run(ctx, 10*time.Millisecond, nil)
			if tt.stops && (!errors.Is(err, errDisk) || rounds != 0) {
				t.Errorf("Run = %v after %d rounds with the sink unavailable, want the archive's failure at once", err, rounds)
			}
			if !tt.stops && (err != nil || rounds < 3) {
				t.Errorf("Run = %v after %d rounds with the sink unavailable, want nil after several", err, rounds)
			}
		})
	}
}

// startNode starts a JetStream node keeping its streams in dir, stopped
// when the test ends.
func startNode(t *testing.T, dir, addr string) *server.Server {
	return queuetest.Node(t, dir, addr)
}
