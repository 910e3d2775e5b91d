// Package metrics counts what Rasad's HTTP server did (requests by route,
// method and status, their durations, the articles posted and what became
// of them) and writes the counts in Prometheus's text exposition format,
// for /metrics. It holds no handler: the server observes and serves.
package metrics

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"rasad/internal/ingest"
)

// buckets are the upper bounds, in seconds, of the request duration
// histogram.
var buckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}

// Metrics counts what the server did, for /metrics in Prometheus's text
// exposition format.
type Metrics struct {
	mu       sync.Mutex
	requests map[reqKey]int64      // by route and status
	hist     map[string]*histogram // durations by route
	ingest   ingest.Counts         // summed over POST /api/articles
	started  time.Time
}

type reqKey struct {
	route, method string
	status        int
}

type histogram struct {
	counts []int64 // per bucket, not cumulative; one more for +Inf
	sum    float64
	n      int64
}

// New returns metrics that count from now.
func New() *Metrics {
	return &Metrics{requests: map[reqKey]int64{}, hist: map[string]*histogram{}, started: time.Now()}
}

// Observe counts a request answered on route with status in d.
func (m *Metrics) Observe(route, method string, status int, d time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.requests[reqKey{route, method, status}]++
	h := m.hist[route]
	if h == nil {
		h = &histogram{counts: make([]int64, len(buckets)+1)}
		m.hist[route] = h
	}
	sec := d.Seconds()
	i, _ := slices.BinarySearch(buckets, sec)
	h.counts[i]++
	h.sum += sec
	h.n++
}

// AddIngest adds what became of posted articles.
func (m *Metrics) AddIngest(c ingest.Counts) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.ingest.Articles += c.Articles
	m.ingest.Inserted += c.Inserted
	m.ingest.Updated += c.Updated
	m.ingest.Unchanged += c.Unchanged
	m.ingest.Duplicates += c.Duplicates
	m.ingest.Errors += c.Errors
}

// AddIngestErrors counts n posted articles that failed.
func (m *Metrics) AddIngestErrors(n int) {
	m.mu.Lock()
	m.ingest.Errors += n
	m.mu.Unlock()
}

// label quotes a label value as the exposition format wants.
func label(v string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	return `"` + r.Replace(v) + `"`
}

func fmtFloat(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

// Write writes the metrics; docs is the number of documents stored, or
// -1 when the store could not say.
func (m *Metrics) Write(w io.Writer, docs int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	fmt.Fprintln(w, "# HELP rasad_http_requests_total HTTP requests answered, by route, method and status.")
	fmt.Fprintln(w, "# TYPE rasad_http_requests_total counter")
	keys := make([]reqKey, 0, len(m.requests))
	for k := range m.requests {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b reqKey) int {
		return cmp.Or(strings.Compare(a.route, b.route), strings.Compare(a.method, b.method), a.status-b.status)
	})
	for _, k := range keys {
		fmt.Fprintf(w, "rasad_http_requests_total{route=%s,method=%s,status=\"%d\"} %d\n", label(k.route), label(k.method), k.status, m.requests[k])
	}
	fmt.Fprintln(w, "# HELP rasad_http_request_duration_seconds Time to answer HTTP requests, by route.")
	fmt.Fprintln(w, "# TYPE rasad_http_request_duration_seconds histogram")
	routes := make([]string, 0, len(m.hist))
	for r := range m.hist {
		routes = append(routes, r)
	}
	slices.Sort(routes)
	for _, r := range routes {
		h := m.hist[r]
		var cum int64
		for i, b := range buckets {
			cum += h.counts[i]
			fmt.Fprintf(w, "rasad_http_request_duration_seconds_bucket{route=%s,le=\"%s\"} %d\n", label(r), fmtFloat(b), cum)
		}
		cum += h.counts[len(buckets)]
		fmt.Fprintf(w, "rasad_http_request_duration_seconds_bucket{route=%s,le=\"+Inf\"} %d\n", label(r), cum)
		fmt.Fprintf(w, "rasad_http_request_duration_seconds_sum{route=%s} %s\n", label(r), fmtFloat(h.sum))
		fmt.Fprintf(w, "rasad_http_request_duration_seconds_count{route=%s} %d\n", label(r), h.n)
	}
	if docs >= 0 {
		fmt.Fprintln(w, "# HELP rasad_documents Documents stored in the archive.")
		fmt.Fprintln(w, "# TYPE rasad_documents gauge")
		fmt.Fprintf(w, "rasad_documents %d\n", docs)
	}
	fmt.Fprintln(w, "# HELP rasad_ingest_articles_total Articles received through POST /api/articles, by what became of them.")
	fmt.Fprintln(w, "# TYPE rasad_ingest_articles_total counter")
	for _, c := range []struct {
		name string
		n    int
	}{
		{"analysed", m.ingest.Articles}, {"inserted", m.ingest.Inserted}, {"updated", m.ingest.Updated},
		{"unchanged", m.ingest.Unchanged}, {"duplicate", m.ingest.Duplicates}, {"error", m.ingest.Errors},
	} {
		fmt.Fprintf(w, "rasad_ingest_articles_total{outcome=%s} %d\n", label(c.name), c.n)
	}
	fmt.Fprintln(w, "# HELP rasad_uptime_seconds Seconds since the server started.")
	fmt.Fprintln(w, "# TYPE rasad_uptime_seconds gauge")
	fmt.Fprintf(w, "rasad_uptime_seconds %s\n", fmtFloat(time.Since(m.started).Seconds()))
}
