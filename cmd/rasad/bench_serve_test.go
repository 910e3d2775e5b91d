package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// BenchmarkServe is the load test of rasad serve. It builds the binary,
// starts "rasad serve" as a second process on loopback over a new SQLite
// archive (the demo articles and 500 more), then runs 200 concurrent search
// clients for 30 s while an ingest posts articles through the API, and
// reports the latency of searches (p50, p99), their rate, the articles
// ingested meanwhile, and the server's memory (largest RSS seen, from /proc).
// Any failed request fails the benchmark. Run it with
//
//	go test ./cmd/rasad -run '^$' -bench BenchmarkServe -benchtime 1x
//
// RASAD_BENCH_CLIENTS and RASAD_BENCH_DURATION (a Go duration) change the
// load; RASAD_BENCH_INGEST=0 leaves the ingest out, to compare.
func BenchmarkServe(b *testing.B) {
	clients := envInt("RASAD_BENCH_CLIENTS", 200)
	dur := 30 * time.Second
	if d, err := time.ParseDuration(os.Getenv("RASAD_BENCH_DURATION")); err == nil {
		dur = d
	}
	dir := b.TempDir()
	bin := filepath.Join(dir, "rasad")
	goTool, err := exec.LookPath("go")
	if err != nil {
		b.Skip("no go command to build rasad with")
	}
	build := exec.Command(goTool, "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		b.Fatalf("build: %v\n%s", err, out)
	}
	srv := exec.Command(bin, "serve", "--addr", "127.0.0.1:0", "--db", filepath.Join(dir, "rasad.db"), "--demo", "../../testdata")
	stderr, err := srv.StderrPipe()
	if err != nil {
		b.Fatal(err)
	}
	if err := srv.Start(); err != nil {
		b.Fatal(err)
	}
	defer func() {
		srv.Process.Signal(os.Interrupt)
		srv.Wait()
	}()
	base, err := serverAddress(stderr)
	if err != nil {
		b.Fatal(err)
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConns: clients * 2, MaxIdleConnsPerHost: clients * 2}, Timeout: 60 * time.Second}
	sentences := demoSentences(b)
	rng := rand.New(rand.NewPCG(1, 2))
	// 500 articles before the load, so that searches have something to rank.
	for i := 0; i < 500; i += 50 {
		if err := postArticles(client, base, synthArticles(rng, sentences, i, 50)); err != nil {
			b.Fatal(err)
		}
	}

	queries := []string{"بوتين", "الصين", `"وزير الدفاع"`, "روس*", "السودان OR اليمن", "الأمم المتحدة", "موسكو NOT بكين",
		"العلاقات", "اتفاق", "المساعدات", "الرئيس الروسي", "غوتيريش", "زلزال", "الحبوب"}
	filters := []string{"", "&from=2023-03", "&to=2023-04-30", "&page=2", "&n=20"}
	b.ResetTimer()
	ctx, cancel := context.WithTimeout(context.Background(), dur)
	defer cancel()
	var wg sync.WaitGroup
	lat := make([][]time.Duration, clients)
	var errs atomic.Int64
	var firstErr atomic.Value
	fail := func(err error) {
		errs.Add(1)
		firstErr.CompareAndSwap(nil, err)
	}
	start := time.Now()
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(c), 7))
			for ctx.Err() == nil {
				q := "/api/search?q=" + url.QueryEscape(queries[r.IntN(len(queries))]) + filters[r.IntN(len(filters))]
				t0 := time.Now()
				resp, err := client.Get(base + q)
				if err != nil {
					fail(err)
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 {
					fail(fmt.Errorf("GET %s: %s", q, resp.Status))
					continue
				}
				lat[c] = append(lat[c], time.Since(t0))
			}
		}()
	}
	// The ingest: batches of 20 articles, one after another, until the end.
	var ingested atomic.Int64
	if os.Getenv("RASAD_BENCH_INGEST") != "0" {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(3, 4))
			for n := 500; ctx.Err() == nil; n += 20 {
				if err := postArticles(client, base, synthArticles(r, sentences, n, 20)); err != nil {
					fail(err)
					continue
				}
				ingested.Add(20)
			}
		}()
	}
	// The server's memory, every half second.
	var maxRSS int64
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(500 * time.Millisecond)
		defer t.Stop()
		for {
			if kb := procStatus(srv.Process.Pid, "VmRSS"); kb > maxRSS {
				maxRSS = kb
			}
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	}()
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	var all []time.Duration
	for _, l := range lat {
		all = append(all, l...)
	}
	slices.Sort(all)
	if len(all) == 0 {
		b.Fatalf("no search succeeded; first error: %v", firstErr.Load())
	}
	pct := func(p float64) time.Duration { return all[min(len(all)-1, int(p*float64(len(all))))] }
	hwm := procStatus(srv.Process.Pid, "VmHWM")
	b.ReportMetric(float64(pct(0.50).Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(pct(0.99).Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(len(all))/elapsed.Seconds(), "searches/s")
	b.ReportMetric(float64(ingested.Load()), "ingested")
	b.ReportMetric(float64(maxRSS)/1024, "rss-MB")
	b.ReportMetric(float64(hwm)/1024, "peak-rss-MB")
	b.Logf("%d clients for %v: %d searches, p50 %v, p99 %v, max %v; %d articles ingested meanwhile; server RSS max %.0f MB (VmHWM %.0f MB); %d errors",
		clients, elapsed.Round(time.Millisecond), len(all), pct(0.5), pct(0.99), all[len(all)-1], ingested.Load(), float64(maxRSS)/1024, float64(hwm)/1024, errs.Load())
	if errs.Load() > 0 {
		b.Fatalf("%d requests failed; the first: %v", errs.Load(), firstErr.Load())
	}
}

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

// serverAddress reads the server's log until it says where it listens.
func serverAddress(r io.Reader) (string, error) {
	re := regexp.MustCompile(`on (http://[0-9.:]+)/`)
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		if m := re.FindStringSubmatch(sc.Text()); m != nil {
			go io.Copy(io.Discard, r) // keep the pipe from filling
			return m[1], nil
		}
	}
	return "", fmt.Errorf("the server stopped before listening: %v", sc.Err())
}

// procStatus returns a field of /proc/PID/status in kB, 0 if unknown.
func procStatus(pid int, field string) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, field+":"); ok {
			n, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return n
		}
	}
	return 0
}

// demoSentences are the sentences of the demo articles, to make articles of.
func demoSentences(b *testing.B) []string {
	files, _ := filepath.Glob("../../testdata/demo/*.json")
	var out []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		var a struct{ Text string }
		if err := json.Unmarshal(data, &a); err != nil {
			b.Fatal(err)
		}
		for _, s := range strings.Split(a.Text, "\n") {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
	}
	if len(out) == 0 {
		b.Fatal("no demo sentences in ../../testdata/demo")
	}
	return out
}

type benchArticle struct {
	Title     string `json:"title"`
	Text      string `json:"text"`
	Published string `json:"published"`
	URL       string `json:"url"`
}

// synthArticles makes n articles of shuffled demo sentences, each with its
// own URL and date.
func synthArticles(r *rand.Rand, sentences []string, first, n int) []benchArticle {
	out := make([]benchArticle, n)
	for i := range out {
		k := first + i
		var text []string
		for range 4 + r.IntN(4) {
			text = append(text, sentences[r.IntN(len(sentences))])
		}
		text = append(text, fmt.Sprintf("وهذا الخبر رقم %d من أخبار الاختبار.", k))
		out[i] = benchArticle{
			Title:     strings.SplitN(sentences[r.IntN(len(sentences))], "،", 2)[0],
			Text:      strings.Join(text, "\n"),
			Published: fmt.Sprintf("2023-%02d-%02d", 1+r.IntN(12), 1+r.IntN(28)),
			URL:       fmt.Sprintf("https://example.org/bench/%d", k),
		}
	}
	return out
}

func postArticles(c *http.Client, base string, arts []benchArticle) error {
	body, err := json.Marshal(arts)
	if err != nil {
		return err
	}
	resp, err := c.Post(base+"/api/articles", "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	msg, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 && resp.StatusCode != 201 {
		return fmt.Errorf("POST /api/articles: %s: %s", resp.Status, msg)
	}
	return nil
}
