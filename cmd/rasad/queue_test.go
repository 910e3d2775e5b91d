package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"rasad/internal/queue"
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
	if !strings.Contains(outOf(t, ctx, "queue", "status", "--queue", u), "pending 20 (waiting 20") {
		t.Error("queue status does not show the 20 articles waiting")
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
