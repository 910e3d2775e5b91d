package feed_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"rasad/internal/feed"
	"rasad/internal/feed/feedtest"
	"rasad/internal/ingest"
	"rasad/internal/news"
	"rasad/internal/pipeline"
)

// benchNewsroom serves nFeeds feeds of perFeed items each on eight loopback
// hosts, each item's page a distinct article: five paragraphs drawn at
// random from all the newsroom's stories and a marker word of its own (so
// that articles are as far apart as real ones, not near-duplicates).
func benchNewsroom(b *testing.B, nFeeds, perFeed int) ([]string, []news.Article) {
	var pool []string
	for _, s := range feedtest.Stories(b, 0) {
		pool = append(pool, s.Paras...)
	}
	var hosts []*feedtest.Host
	for i := 1; i <= 8; i++ {
		hosts = append(hosts, feedtest.NewHost(b, fmt.Sprintf("127.0.0.%d", i)))
	}
	var feeds []string
	var arts []news.Article
	day := time.Date(2023, 4, 16, 9, 0, 0, 0, time.UTC)
	rng := rand.New(rand.NewPCG(1, 2))
	for f := range nFeeds {
		h := hosts[f%len(hosts)]
		var entries []feedtest.Entry
		for i := range perFeed {
			n := f*perFeed + i
			var paras []string
			for _, k := range rng.Perm(len(pool))[:5] {
				paras = append(paras, pool[k])
			}
			paras = append(paras, fmt.Sprintf("marker%06d", n))
			title := strings.Join(strings.Fields(paras[0])[:6], " ")
			s := feedtest.Story{Slug: fmt.Sprintf("s%06d", n), Title: fmt.Sprintf("%d %s", n, title), Paras: paras, Published: day}
			path := "/news/" + s.Slug + ".html"
			h.Static(path, "text/html; charset=utf-8", []byte(feedtest.Page(s, "utf-8")))
			entries = append(entries, feedtest.EntryOf(s, h.Base+path))
			arts = append(arts, news.Article{Title: s.Title, Text: s.Text(), Published: "2023-04-16", URL: h.Base + path, Source: "رصد"})
		}
		path := fmt.Sprintf("/feed/%d.xml", f)
		h.Static(path, "application/rss+xml; charset=utf-8", []byte(feedtest.RSS("رصد", "utf-8", entries)))
		feeds = append(feeds, h.Base+path)
	}
	return feeds, arts
}

// peakHeap samples the heap in use until stop is closed and returns the
// most it saw.
func peakHeap(stop <-chan struct{}) func() uint64 {
	var peak atomic.Uint64
	var wg sync.WaitGroup
	wg.Go(func() {
		var ms runtime.MemStats
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	})
	return func() uint64 { wg.Wait(); return peak.Load() }
}

// BenchmarkPoll is the benchmark: 1,000 feeds of 20 items on
// loopback (RASAD_BENCH_FEEDS changes the number of feeds), politeness gap
// 0, every item's page fetched and extracted and its article analysed and
// stored in SQLite, in one round. It reports feed fetches a minute,
// articles a second and the peak heap, and the same articles stored by
// ingest.Articles alone (no fetching, no HTML), as the baseline of the run.
// Run with -benchtime 1x.
func BenchmarkPoll(b *testing.B) {
	nFeeds := 1000
	if v, err := strconv.Atoi(os.Getenv("RASAD_BENCH_FEEDS")); err == nil && v > 0 {
		nFeeds = v
	}
	const perFeed = 20
	feeds, arts := benchNewsroom(b, nFeeds, perFeed)
	p := pipeline.New()
	ctx := context.Background()

	b.Run("poll", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			db, _ := openArchive(b)
			for _, u := range feeds {
				if _, _, err := db.AddFeed(ctx, u, "رصد", time.Now()); err != nil {
					b.Fatal(err)
				}
			}
			poller := feed.NewPoller(db, &feed.Store{Pipeline: p, Archive: db}, feed.NewFetcher(feed.FetchOptions{Gap: -1}), feed.Options{})
			runtime.GC()
			stop := make(chan struct{})
			peak := peakHeap(stop)
			b.StartTimer()
			start := time.Now()
			rs, err := poller.Round(ctx)
			elapsed := time.Since(start)
			b.StopTimer()
			close(stop)
			if err != nil {
				b.Fatal(err)
			}
			if rs.Fetched != len(feeds) || rs.New != len(arts) || rs.Failed != 0 {
				b.Fatalf("round: %+v, want %d feeds fetched and %d new", rs, len(feeds), len(arts))
			}
			b.ReportMetric(float64(rs.Fetched)/elapsed.Minutes(), "feeds/min")
			b.ReportMetric(float64(rs.New)/elapsed.Seconds(), "articles/s")
			b.ReportMetric(float64(peak())/(1<<20), "peak-heap-MB")
			b.StartTimer()
		}
	})
	b.Run("ingest-baseline", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			db, _ := openArchive(b)
			b.StartTimer()
			start := time.Now()
			for i := 0; i < len(arts); i += perFeed {
				if _, _, err := ingest.Articles(ctx, p, db, arts[i:i+perFeed], 0); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(arts))/time.Since(start).Seconds(), "articles/s")
		}
	})
}
