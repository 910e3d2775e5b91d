package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"rasad/internal/article"
	"rasad/internal/news"
	"rasad/internal/pipeline"
	"rasad/internal/queue"
	"rasad/internal/queue/queuetest"
	"rasad/internal/store/sqlite"
)

// TestQueueCommands runs the cluster's commands end to end on one machine:
// a JetStream node (rasad queue serve), ingest --queue publishing a corpus
// twice (the second time all dropped as already queued), a worker storing it
// into SQLite, and rasad queue status.
func TestQueueCommands(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	served := make(chan error, 1)
	go func() {
		var out bytes.Buffer
		served <- run(ctx, []string{"queue", "serve", "--store", t.TempDir(), "--addr", addr}, nil, &out, &out)
	}()
	u := "nats://" + addr
	var q *queue.JetStream
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if q, err = queue.Dial(ctx, u, queue.Config{}); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no queue at %s: %v", u, err)
		}
	}
	defer q.Close()

	corpus, arts := writeCorpus(t, 20)
	for i, want := range []string{"published 20 articles from 1 inputs", "published 0 articles from 1 inputs"} {
		var out bytes.Buffer
		if err := run(ctx, []string{"ingest", "--queue", u, corpus}, nil, &out, &out); err != nil {
			t.Fatalf("ingest --queue #%d: %v\n%s", i+1, err, out.String())
		}
		if !strings.Contains(out.String(), want) {
			t.Errorf("ingest --queue #%d said %q, want %q", i+1, out.String(), want)
		}
	}
	// The consumer's count of waiting messages trails the stream by a moment
	// after the publishes are acknowledged (JetStream updates it
	// asynchronously), so the status is read until it settles.
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		st := outOf(t, ctx, "queue", "status", "--queue", u)
		if strings.Contains(st, "pending 20 (waiting 20") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("queue status does not show the 20 articles waiting:\n%s", st)
		}
	}

	db := filepath.Join(t.TempDir(), "rasad.db")
	wctx, stopWorker := context.WithCancel(ctx)
	worked := make(chan error, 1)
	var wout bytes.Buffer
	go func() {
		worked <- run(wctx, []string{"worker", "--queue", u, "--db", db, "--batch", "8"}, nil, &wout, &wout)
	}()
	for deadline := time.Now().Add(2 * time.Minute); ; time.Sleep(100 * time.Millisecond) {
		s, err := q.Status(ctx, 0)
		if err == nil && s.Pending == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the worker left %+v (%v)", s, err)
		}
	}
	stopWorker() // as SIGTERM does
	if err := <-worked; err != nil {
		t.Fatalf("worker: %v\n%s", err, wout.String())
	}
	if !strings.Contains(wout.String(), "worker stored 20 articles") {
		t.Errorf("worker said %q, want 20 articles stored", wout.String())
	}
	st, err := sqlite.Open(ctx, db, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for _, a := range arts {
		if _, err := st.Get(ctx, queue.NewJob(a).ID); err != nil {
			t.Errorf("article %s: %v", a.URL, err)
		}
	}
	var s queue.Status
	if err := json.Unmarshal([]byte(outOf(t, ctx, "queue", "status", "--queue", u, "--json")), &s); err != nil {
		t.Fatal(err)
	}
	if s.Pending != 0 || s.Dead != 0 || s.Stream != "RASAD_ARTICLES" {
		t.Errorf("queue status --json = %+v, want an empty RASAD_ARTICLES", s)
	}
	cancel()
	if err := <-served; err != nil {
		t.Errorf("queue serve: %v", err)
	}
}

// outOf runs rasad with args and returns what it printed, failing the test
// on an error.
func outOf(t *testing.T, ctx context.Context, args ...string) string {
	t.Helper()
	var out bytes.Buffer
	if err := run(ctx, args, nil, &out, &out); err != nil {
		t.Fatalf("rasad %s: %v\n%s", strings.Join(args, " "), err, out.String())
	}
	return out.String()
}

// startQueueNode starts a JetStream node for a test and returns its URL
// and the queue, dialled.
func startQueueNode(t *testing.T) (string, *queue.JetStream) {
	t.Helper()
	u := queuetest.Node(t, "", "").ClientURL()
	return u, queuetest.Dial(t, u)
}

// waitPending waits until the queue holds want jobs.
func waitPending(t *testing.T, q *queue.JetStream, want uint64) {
	t.Helper()
	for deadline := time.Now().Add(2 * time.Minute); ; time.Sleep(50 * time.Millisecond) {
		s, err := q.Status(context.Background(), 0)
		if err == nil && s.Pending == want {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the queue holds %+v (%v), want %d pending", s, err, want)
		}
	}
}

// TestFeedsPollQueue: rasad feeds poll --queue and rasad serve --poll
// --queue put the stories of the feeds on the queue, with the poller's
// state in the archive, and a worker stores each once.
func TestFeedsPollQueue(t *testing.T) {
	if _, errOut, code := runCmd(t, "", "serve", "--queue", "nats://127.0.0.1:1"); code != 2 || !strings.Contains(errOut, "give --poll too") {
		t.Errorf("serve --queue without --poll: code %d, %q", code, errOut)
	}
	feeds, links := killNewsroom(t, 3, 4)
	for _, how := range []string{"feeds poll", "serve --poll"} {
		t.Run(strings.ReplaceAll(how, " ", ""), func(t *testing.T) {
			u, q := startQueueNode(t)
			db := filepath.Join(t.TempDir(), "rasad.db")
			if _, errOut, code := runCmd(t, "", append([]string{"feeds", "add", "--db", db, "--name", "رصد"}, feeds...)...); code != 0 {
				t.Fatalf("feeds add: %s", errOut)
			}
			if how == "feeds poll" {
				_, errOut, code := runCmd(t, "", "feeds", "poll", "--db", db, "--queue", u, "--once", "--gap", "0")
				if code != 0 || !strings.Contains(errOut, fmt.Sprintf("%d new stories", len(links))) {
					t.Fatalf("feeds poll --queue --once: code %d, %s", code, errOut)
				}
			} else {
				base, stop := startServe(t, "serve", "--addr", "127.0.0.1:0", "--db", db, "--no-demo", "--poll", "--queue", u, "--gap", "0", "--tick", "50ms")
				// Counted once the items are marked done.
				want := fmt.Sprintf("rasad_feed_items_new_total %d", len(links))
				for deadline := time.Now().Add(time.Minute); !strings.Contains(get(t, base+"/metrics"), want); time.Sleep(50 * time.Millisecond) {
					if time.Now().After(deadline) {
						t.Fatalf("the poller published no stories in a minute:\n%s", get(t, base+"/metrics"))
					}
				}
				stop()
			}
			waitPending(t, q, uint64(len(links)))
			st, err := sqlite.Open(context.Background(), db, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			if s, _ := st.Stats(context.Background()); s.Documents != 0 {
				t.Errorf("the poller stored %d documents itself, want them on the queue", s.Documents)
			}
			for _, f := range feeds {
				items, err := st.PendingItems(context.Background(), feedID(t, st, f))
				if err != nil || len(items) != 0 {
					t.Errorf("feed %s: %d items not done (%v), want all done once on the queue", f, len(items), err)
				}
			}
			ctx, stopWorker := context.WithCancel(context.Background())
			worked := make(chan error, 1)
			var wout bytes.Buffer
			go func() { worked <- run(ctx, []string{"worker", "--queue", u, "--db", db}, nil, &wout, &wout) }()
			waitPending(t, q, 0)
			stopWorker()
			if err := <-worked; err != nil {
				t.Fatalf("worker: %v\n%s", err, wout.String())
			}
			s, err := st.Stats(context.Background())
			if err != nil || s.Documents != len(links) {
				t.Errorf("the worker stored %d documents (%v), want %d", s.Documents, err, len(links))
			}
			for _, l := range links {
				if _, err := st.Get(context.Background(), pipeline.ID(news.Article{URL: l})); err != nil {
					t.Errorf("story %s: %v", l, err)
				}
			}
		})
	}
}

// feedID is the id of the followed feed at u.
func feedID(t *testing.T, st *sqlite.DB, u string) int64 {
	t.Helper()
	all, err := st.Feeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range all {
		if f.URL == u {
			return f.ID
		}
	}
	t.Fatalf("feed %s is not followed", u)
	return 0
}

// get returns the body at u.
func get(t *testing.T, u string) string {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b)
}

// downQueue is a queue that takes ok articles, then answers every publish
// after wait with err, as a queue gone down does after its tries.
type downQueue struct {
	ok    int64
	wait  time.Duration
	err   error
	calls atomic.Int64
}

func (q *downQueue) Publish(ctx context.Context, a news.Article) (bool, error) {
	if q.calls.Add(1) <= q.ok {
		return false, nil
	}
	select {
	case <-time.After(q.wait):
	case <-ctx.Done():
		return false, ctx.Err()
	}
	return false, fmt.Errorf("publish %s (%s): %w", pipeline.ID(a), a.Origin, q.err)
}

// TestPublishQueueDown checks that ingest --queue stops at the first
// publish that fails, with its error naming the input, instead of trying
// each article left as long.
func TestPublishQueueDown(t *testing.T) {
	var lines strings.Builder
	for i := range 400 {
		fmt.Fprintf(&lines, "{\"title\":\"خبر %d\",\"text\":\"نص الخبر رقم %d\"}\n", i, i)
	}
	path := filepath.Join(t.TempDir(), "news.jsonl")
	if err := os.WriteFile(path, []byte(lines.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	errDown := errors.New("no answer after 8 tries")
	q := &downQueue{ok: 10, wait: 20 * time.Millisecond, err: errDown}
	var stderr bytes.Buffer
	err := publish(context.Background(), &env{stdout: io.Discard, stderr: &stderr}, q, []string{path}, article.Options{})
	if !errors.Is(err, errDown) || !strings.Contains(err.Error(), path) {
		t.Errorf("publish = %v, want the queue's failure naming %s", err, path)
	}
	// The ten taken, the first refused, and those the other publishers
	// had in hand at that moment.
	if n := q.calls.Load(); n > 10+8+8 {
		t.Errorf("%d publishes tried of 400, want the queue left alone after its first failure", n)
	}
	if !strings.Contains(stderr.String(), "published 10 articles") {
		t.Errorf("summary %q, want 10 published", stderr.String())
	}
}
