package feed

import (
	"fmt"
	"io"
	"sort"
	"sync"
	"time"
)

// latencyBuckets are the upper bounds, in seconds, of the fetch latency
// histogram.
var latencyBuckets = []float64{0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30}

// Metrics count what a poller did, for /metrics.
type Metrics struct {
	mu                   sync.Mutex
	due                  int              // feeds due at the last round's start
	rounds               int64            // rounds run
	failing              map[int64]bool   // feeds whose last check failed
	checks               map[string]int64 // feed checks by result: ok, not_modified, failed
	newItems, duplicates int64
	feedText             int64
	sinkFailures         int64   // Puts that failed for the sink being unavailable
	sinkDown             bool    // whether the last Put did
	counts               []int64 // fetches per latency bucket, one more for +Inf
	sum                  float64
	fetches              int64
}

func newMetrics() *Metrics {
	return &Metrics{failing: map[int64]bool{}, checks: map[string]int64{}, counts: make([]int64, len(latencyBuckets)+1)}
}

func (m *Metrics) round(due int) {
	m.mu.Lock()
	m.due, m.rounds = due, m.rounds+1
	m.mu.Unlock()
}

// feed records the check of feed id: its result, and whether it fails.
func (m *Metrics) feed(id int64, result string, failing bool) {
	m.mu.Lock()
	m.checks[result]++
	if failing {
		m.failing[id] = true
	} else {
		delete(m.failing, id)
	}
	m.mu.Unlock()
}

func (m *Metrics) items(added, dup int) {
	m.mu.Lock()
	m.newItems += int64(added)
	m.duplicates += int64(dup)
	m.mu.Unlock()
}

// sink records a Put that went through, or that failed for the sink being
// unavailable (failed).
func (m *Metrics) sink(failed bool) {
	m.mu.Lock()
	if failed {
		m.sinkFailures++
	}
	m.sinkDown = failed
	m.mu.Unlock()
}

func (m *Metrics) fromFeed() {
	m.mu.Lock()
	m.feedText++
	m.mu.Unlock()
}

func (m *Metrics) latency(d time.Duration) {
	sec := d.Seconds()
	m.mu.Lock()
	m.counts[sort.SearchFloat64s(latencyBuckets, sec)]++
	m.sum += sec
	m.fetches++
	m.mu.Unlock()
}

// WriteTo writes the metrics in Prometheus's text exposition format.
func (m *Metrics) WriteTo(w io.Writer) (int64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	cw := &countWriter{w: w}
	gauge := func(name, help string, v any) {
		fmt.Fprintf(cw, "# HELP %s %s\n# TYPE %s gauge\n%s %v\n", name, help, name, name, v)
	}
	counter := func(name, help string, v any) {
		fmt.Fprintf(cw, "# HELP %s %s\n# TYPE %s counter\n%s %v\n", name, help, name, name, v)
	}
	gauge("rasad_feeds_due", "Feeds due at the start of the last poll round.", m.due)
	gauge("rasad_feeds_failing", "Feeds whose last check failed.", len(m.failing))
	counter("rasad_feed_rounds_total", "Poll rounds run.", m.rounds)
	fmt.Fprintf(cw, "# HELP rasad_feed_checks_total Feeds checked, by result.\n# TYPE rasad_feed_checks_total counter\n")
	for _, r := range []string{"fetched", "not_modified", "failed"} {
		fmt.Fprintf(cw, "rasad_feed_checks_total{result=%q} %d\n", r, m.checks[r])
	}
	counter("rasad_feed_fetches_total", "Feed and page fetches that got an answer.", m.fetches)
	counter("rasad_feed_items_new_total", "Feed items stored as new stories.", m.newItems)
	counter("rasad_feed_items_duplicate_total", "Feed items that were stories stored already.", m.duplicates)
	counter("rasad_feed_items_from_feed_total", "New items stored with the feed's own text, their page having failed.", m.feedText)
	counter("rasad_feed_sink_failures_total", "Times the sink (with --queue, the work queue) could not take a feed's new stories, left for a later round.", m.sinkFailures)
	down := 0
	if m.sinkDown {
		down = 1
	}
	gauge("rasad_feed_sink_unavailable", "1 when the last stories handed to the sink (with --queue, the work queue) were refused for it being unavailable.", down)
	const h = "rasad_feed_fetch_duration_seconds"
	fmt.Fprintf(cw, "# HELP %s Time to fetch a feed or a page, waits for the host left out.\n# TYPE %s histogram\n", h, h)
	var cum int64
	for i, b := range latencyBuckets {
		cum += m.counts[i]
		fmt.Fprintf(cw, "%s_bucket{le=\"%g\"} %d\n", h, b, cum)
	}
	cum += m.counts[len(latencyBuckets)]
	fmt.Fprintf(cw, "%s_bucket{le=\"+Inf\"} %d\n%s_sum %g\n%s_count %d\n", h, cum, h, m.sum, h, cum)
	return cw.n, cw.err
}

type countWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.n += int64(n)
	c.err = err
	return n, err
}
