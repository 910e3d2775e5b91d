package queue_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"rasad/internal/news"
	"rasad/internal/pipeline"
	"rasad/internal/queue"
	"rasad/internal/queue/queuetest"
	"rasad/internal/store/sqlite"
)

func TestDecodeJob(t *testing.T) {
	a := news.Article{Title: "عنوان", Text: "نص الخبر", Published: "2023-04-16", Origin: "a.txt"}
	good := queue.NewJob(a)
	tests := []struct {
		name   string
		data   string
		poison bool
	}{
		{"a job", `{"id":"` + good.ID + `","origin":"a.txt","article":{"title":"عنوان","text":"نص الخبر","published":"2023-04-16"}}`, false},
		{"not JSON", `<html>`, true},
		{"no text", `{"id":"x","article":{}}`, true},
		{"another article's id", `{"id":"0123456789abcdef0123","article":{"title":"عنوان","text":"نص الخبر"}}`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j, err := queue.DecodeJob([]byte(tt.data))
			if got := errors.Is(err, queue.ErrPoison); got != tt.poison {
				t.Fatalf("DecodeJob(%s) error %v, poison %v, want %v", tt.data, err, got, tt.poison)
			}
			if err == nil && (j.ID != good.ID || j.Article.Origin != "a.txt" || j.Article.Text != a.Text) {
				t.Errorf("DecodeJob(%s) = %+v, want %+v", tt.data, j, good)
			}
		})
	}
}

func TestLocalRules(t *testing.T) {
	ctx := context.Background()
	q := queue.NewLocal(queue.Config{AckWait: time.Second, MaxDeliver: 2, Backoff: []time.Duration{time.Millisecond}})
	arts := made(t, 2)
	for i, a := range append(arts, arts[0]) {
		dup, err := q.Publish(ctx, a)
		if err != nil || dup != (i == 2) {
			t.Fatalf("Publish #%d = %v, %v; want dup %v", i, dup, err, i == 2)
		}
	}
	fetched := time.Now()
	ds, _ := q.Fetch(ctx, 10, 0)
	if len(ds) != 2 || ds[0].Attempt() != 1 {
		t.Fatalf("Fetch gave %d messages, want 2 on their first attempt", len(ds))
	}
	// Only a look that ended within AckWait may see nothing: a machine
	// that stalled the test longer has rightly delivered them again.
	if more, _ := q.Fetch(ctx, 10, 20*time.Millisecond); len(more) != 0 && time.Since(fetched) < time.Second {
		t.Fatalf("Fetch gave %d messages in flight again before AckWait", len(more))
	} else if len(more) != 0 {
		t.Skipf("the test was stalled past AckWait (%s) between two fetches", time.Since(fetched).Round(time.Millisecond))
	}
	ds[0].Ack(ctx)
	// ds[1] is neither acknowledged nor failed: delivered again after
	// AckWait (a minute is a liveness bound).
	again, _ := q.Fetch(ctx, 10, time.Minute)
	if len(again) != 1 || again[0].Attempt() != 2 {
		t.Fatalf("after AckWait Fetch gave %d messages, want the unsettled one on attempt 2", len(again))
	}
	if _, err := ds[1].Ack(ctx), ds[1].InProgress(ctx); err != nil {
		t.Fatal(err)
	} // a late settlement of an old delivery changes nothing
	if dead, _ := again[0].Fail(ctx, errors.New("boom")); !dead {
		t.Fatal("Fail on the last attempt did not make a dead letter")
	}
	s := q.Status(5)
	if s.Pending != 0 || s.Dead != 1 || s.Letters[0].Error != "boom" || s.Letters[0].Attempts != 2 || s.Letters[0].ID != pipeline.ID(arts[1]) {
		t.Errorf("Status = %+v, want nothing pending and one dead letter (boom, 2 attempts, %s)", s, pipeline.ID(arts[1]))
	}
	// Once settled, the id may be published again.
	if dup, _ := q.Publish(ctx, arts[0]); dup {
		t.Error("an acknowledged article published again was dropped")
	}
}

// TestLocalWorker runs a worker on the in-process queue: every article
// stored once, a republished one dropped, a poison message in the dead
// letters after MaxDeliver attempts while the others flow past it.
func TestLocalWorker(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, t.TempDir()+"/rasad.db", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	q := queue.NewLocal(queue.Config{MaxDeliver: 3, Backoff: []time.Duration{10 * time.Millisecond}})
	arts := made(t, 12)
	for i, a := range arts {
		if i == 5 {
			q.PublishRaw(ctx, []byte(`{"id":"poison","article":{"text":"لا يطابق معرفه"}}`), "poison")
		}
		if _, err := q.Publish(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	var c queue.Counts
	var mu sync.Mutex
	var errs []string
	w := &queue.Worker{Pipeline: pipeline.New(), Store: st, Batch: 4, Counts: &c, Concurrency: 2,
		Errorf: func(err error) { mu.Lock(); errs = append(errs, err.Error()); mu.Unlock() }}
	wctx, cancel := context.WithCancel(ctx)
	done := make(chan error)
	go func() { done <- w.Run(wctx, q) }()
	deadline := time.Now().Add(time.Minute)
	for q.Status(0).Pending > 0 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	s := q.Status(1)
	if s.Pending != 0 || s.Dead != 1 {
		t.Fatalf("Status = %+v, want nothing pending and one dead letter", s)
	}
	if l := s.Letters[0]; l.ID != "poison" || l.Attempts != 3 || !strings.Contains(l.Error, "not a valid job") {
		t.Errorf("dead letter %+v, want poison after 3 attempts, not a valid job", l)
	}
	if c.Inserted.Load() != int64(len(arts)) || c.Updated.Load() != 0 || c.Dead.Load() != 1 || c.Failed.Load() != 3 {
		t.Errorf("worker counts: inserted %d, updated %d, failed %d, dead %d; want %d, 0, 3, 1 (errors: %q)",
			c.Inserted.Load(), c.Updated.Load(), c.Failed.Load(), c.Dead.Load(), len(arts), errs)
	}
	stats, err := st.Stats(ctx)
	if err != nil || stats.Documents != len(arts) {
		t.Errorf("archive holds %d documents (%v), want %d", stats.Documents, err, len(arts))
	}
	var m strings.Builder
	c.WriteMetrics(&m)
	s.WriteMetrics(&m)
	for _, want := range []string{
		"rasad_worker_documents_total{outcome=\"inserted\"} 12\n",
		"rasad_worker_dead_letters_total 1\n",
		"rasad_queue_pending{stream=\"local\"} 0\n",
		"rasad_queue_dead_letters{stream=\"local\"} 1\n",
	} {
		if !strings.Contains(m.String(), want) {
			t.Errorf("metrics lack %q:\n%s", want, m.String())
		}
	}
}

// TestPublishTooLarge: a job larger than the server's max_payload is a
// TooLargeError that says it is refused for good, and the queue still
// takes the next one.
func TestPublishTooLarge(t *testing.T) {
	ctx := context.Background()
	q := queuetest.Dial(t, queuetest.Node(t, "", "").ClientURL())
	big := news.Article{Title: "كبير", Text: strings.Repeat("كلمة ", 1<<20), Origin: "big.txt"}
	_, err := q.Publish(ctx, big)
	var tooLarge *queue.TooLargeError
	if !errors.As(err, &tooLarge) || !tooLarge.Rejected() {
		t.Fatalf("publish of a %d-byte article: %v, want a TooLargeError", len(big.Text), err)
	}
	if !strings.Contains(err.Error(), "big.txt") {
		t.Errorf("error %q does not name the input", err)
	}
	if _, err := q.Publish(ctx, news.Article{Title: "صغير", Text: "نص قصير"}); err != nil {
		t.Errorf("publish after the refused one: %v", err)
	}
}
