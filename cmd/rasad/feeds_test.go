package main

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"rasad/internal/feed/feedtest"
	"rasad/internal/news"
	"rasad/internal/pipeline"
	"rasad/internal/seed"
)

// killNewsroom serves nFeeds feeds of perFeed stories each, every story
// distinct (sentences of the reference article in another order, a marker
// word of its own), plus one wire story that every feed carries under
// one GUID; pages answer after a short delay, so that a round takes a
// while. It returns the feed URLs and the links of the stories.
func killNewsroom(t *testing.T, nFeeds, perFeed int) ([]string, []string) {
	lines := strings.Split(strings.TrimSpace(seed.Text(t)), "\n")
	hosts := []*feedtest.Host{feedtest.NewHost(t, "127.0.0.1"), feedtest.NewHost(t, "127.0.0.2")}
	page := func(h *feedtest.Host, s feedtest.Story) string {
		path := "/news/" + s.Slug + ".html"
		body := []byte(feedtest.Page(s, "utf-8"))
		h.Handle(path, func(w http.ResponseWriter, r *http.Request, n int) {
			time.Sleep(5 * time.Millisecond)
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(body)
		})
		return h.Base + path
	}
	day := time.Date(2023, 4, 16, 9, 0, 0, 0, time.UTC)
	wire := feedtest.Story{Slug: "wire", Title: lines[0], Paras: lines[1:6], Published: day}
	wireLink := page(hosts[0], wire)
	links := []string{wireLink}
	var feeds []string
	for f := range nFeeds {
		h := hosts[f%len(hosts)]
		entries := []feedtest.Entry{feedtest.EntryOf(wire, wireLink)}
		for i := range perFeed {
			n := f*perFeed + i
			var body []string
			for j := range 5 {
				body = append(body, lines[1+(n*7+j*3)%(len(lines)-1)])
			}
			body = append(body, fmt.Sprintf("marker%05d", n))
			s := feedtest.Story{Slug: fmt.Sprintf("s%05d", n), Title: fmt.Sprintf("%s رقم %d", lines[0], n), Paras: body, Published: day}
			l := page(h, s)
			links = append(links, l)
			entries = append(entries, feedtest.EntryOf(s, l))
		}
		path := fmt.Sprintf("/feed/%d.xml", f)
		h.Static(path, "application/rss+xml", []byte(feedtest.RSS("رصد", "utf-8", entries)))
		feeds = append(feeds, h.Base+path)
	}
	return feeds, links
}

// TestFeedsPollKill runs the real binary's poller, kills it with SIGKILL in
// the middle of its rounds twice, and starts it again: every story is
// stored once, none is lost.
func TestFeedsPollKill(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildRasad(t)
	feeds, links := killNewsroom(t, 24, 10)
	db := filepath.Join(t.TempDir(), "rasad.db")
	if out, err := exec.Command(bin, append([]string{"feeds", "add", "--db", db, "--name", "رصد"}, feeds...)...).CombinedOutput(); err != nil {
		t.Fatalf("feeds add: %v\n%s", err, out)
	}
	raw, err := sql.Open("sqlite", "file:"+db+"?mode=ro&_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	count := func(q string) int {
		var n int
		if err := raw.QueryRow(q).Scan(&n); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		return n
	}
	poll := []string{"feeds", "poll", "--db", db, "--gap", "0", "--workers", "4", "--interval", "1h", "--tick", "100ms"}
	for kill, atLeast := range []int{30, 120} {
		cmd := exec.Command(bin, poll...)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		deadline := time.Now().Add(2 * time.Minute)
		for count("SELECT count(*) FROM documents") < atLeast && time.Now().Before(deadline) {
			time.Sleep(20 * time.Millisecond)
		}
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		cmd.Wait()
		t.Logf("kill %d: %d documents stored, %d items claimed and not done\n%s", kill+1,
			count("SELECT count(*) FROM documents"), count("SELECT count(*) FROM feed_items WHERE done = 0"), stderr.String())
	}
	// SIGTERM stops it cleanly: exit status 0, and a last line.
	cmd := exec.Command(bin, poll...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Signalled before main has set its handler, the process dies of the
	// signal ("signal: terminated", nothing on stderr): that happened
	// under load after a fixed half second. It has the archive open only
	// once main is in run, past signal.NotifyContext.
	waitOpen(t, cmd.Process.Pid, db)
	cmd.Process.Signal(syscall.SIGTERM)
	if err := cmd.Wait(); err != nil || !strings.Contains(stderr.String(), "rasad feeds: stopped") {
		t.Errorf("after SIGTERM: %v, %s", err, stderr.String())
	}
	// Restarted, it finishes the round: the due feeds, the claimed items.
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, bin, append(poll, "--once")...).CombinedOutput()
	if err != nil {
		t.Fatalf("feeds poll --once: %v\n%s", err, out)
	}
	t.Logf("restart: %s", out)
	if n := count("SELECT count(*) FROM documents"); n != len(links) {
		t.Errorf("%d documents stored, want %d (one per story)", n, len(links))
	}
	for _, l := range links {
		id := pipeline.ID(news.Article{URL: l})
		if n := count("SELECT count(*) FROM documents WHERE id = '" + id + "'"); n != 1 {
			t.Errorf("story %s stored %d times", l, n)
		}
	}
	if n := count("SELECT count(*) FROM feed_items WHERE done = 0"); n != 0 {
		t.Errorf("%d items claimed and never stored", n)
	}
	if n := count("SELECT count(*) FROM feeds WHERE last_fetch = 0"); n != 0 {
		t.Errorf("%d feeds never fetched", n)
	}
	// Another round, every feed due again: nothing new, nothing repeated.
	rw, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := rw.Exec("UPDATE feeds SET next_check = 0"); err != nil {
		t.Fatal(err)
	}
	rw.Close()
	out, err = exec.CommandContext(ctx, bin, append(poll, "--once")...).CombinedOutput()
	if err != nil {
		t.Fatalf("feeds poll --once: %v\n%s", err, out)
	}
	if n := count("SELECT count(*) FROM documents"); n != len(links) || !strings.Contains(string(out), "24 feeds due, 24 fetched, 0 not modified, 0 failed; 0 new stories") {
		t.Errorf("after another round, %d documents (want %d): %s", n, len(links), out)
	}
}

// waitOpen waits until the process pid holds the file path open (read from
// /proc/PID/fd; where there is no /proc, it waits a second instead).
func waitOpen(t *testing.T, pid int, path string) {
	t.Helper()
	if _, err := os.ReadDir("/proc/self/fd"); err != nil {
		time.Sleep(time.Second)
		return
	}
	want, err := filepath.EvalSymlinks(path)
	if err != nil {
		t.Fatal(err)
	}
	fds := fmt.Sprintf("/proc/%d/fd", pid)
	for deadline := time.Now().Add(2 * time.Minute); ; time.Sleep(20 * time.Millisecond) {
		entries, _ := os.ReadDir(fds)
		for _, e := range entries {
			if l, err := os.Readlink(filepath.Join(fds, e.Name())); err == nil && l == want {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("process %d has not opened %s after 2 minutes", pid, path)
		}
	}
}

func TestFeedsAddListRemove(t *testing.T) {
	db := filepath.Join(t.TempDir(), "rasad.db")
	list := filepath.Join(t.TempDir(), "feeds.txt")
	os.WriteFile(list, []byte("# outlets\nhttps://b.example/atom.xml  # Okaz\n\n"), 0o644)
	out, errOut, code := runCmd(t, "", "feeds", "add", "--db", db, "--name", "الرياض", "-f", list, "https://a.example/rss.xml", "ftp://bad")
	if code != 1 || !strings.Contains(errOut, `"ftp://bad" is not an http(s) URL`) || strings.Count(out, "added ") != 2 {
		t.Errorf("feeds add: code %d, stdout %q, stderr %q; want two added and the bad URL named", code, out, errOut)
	}
	out, _, code = runCmd(t, "", "feeds", "add", "--db", db, "https://a.example/rss.xml")
	if code != 0 || !strings.Contains(out, "followed already") {
		t.Errorf("feeds add again: code %d, %q", code, out)
	}
	out, _, code = runCmd(t, "", "feeds", "list", "--db", db, "--json")
	if code != 0 || strings.Count(out, `"url"`) != 2 || !strings.Contains(out, `"name": "الرياض"`) {
		t.Errorf("feeds list --json: code %d, %s", code, out)
	}
	if _, _, code = runCmd(t, "", "feeds", "remove", "--db", db, "https://a.example/rss.xml"); code != 0 {
		t.Errorf("feeds remove: code %d", code)
	}
	_, errOut, code = runCmd(t, "", "feeds", "remove", "--db", db, "https://a.example/rss.xml")
	if code != 1 || !strings.Contains(errOut, "is not followed") {
		t.Errorf("feeds remove again: code %d, %q", code, errOut)
	}
	out, _, _ = runCmd(t, "", "feeds", "list", "--db", db)
	if !strings.Contains(out, "https://b.example/atom.xml") || strings.Contains(out, "a.example") || !strings.Contains(out, "NEXT CHECK") {
		t.Errorf("feeds list: %s", out)
	}
	if _, _, code = runCmd(t, "", "feeds"); code != 2 {
		t.Errorf("feeds without a command: code %d, want 2", code)
	}
}

// TestServePoll runs rasad serve --poll in process: the poller stores the
// feed's stories while the server answers, the feeds view shows the feed,
// /metrics counts the poller's work, and it all stops with the context.
func TestServePoll(t *testing.T) {
	feeds, links := killNewsroom(t, 2, 3)
	db := filepath.Join(t.TempDir(), "rasad.db")
	if _, errOut, code := runCmd(t, "", append([]string{"feeds", "add", "--db", db, "--name", "رصد"}, feeds...)...); code != 0 {
		t.Fatalf("feeds add: %s", errOut)
	}
	base, stop := startServe(t, "serve", "--addr", "127.0.0.1:0", "--db", db, "--no-demo", "--poll", "--gap", "0", "--tick", "50ms")
	get := func(path string) string {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return string(b)
	}
	deadline := time.Now().Add(time.Minute)
	for !strings.Contains(get("/metrics"), fmt.Sprintf("rasad_feed_items_new_total %d", len(links))) {
		if time.Now().After(deadline) {
			t.Fatalf("the poller stored no stories in a minute:\n%s", get("/metrics"))
		}
		time.Sleep(50 * time.Millisecond)
	}
	m := get("/metrics")
	for _, want := range []string{`rasad_feed_checks_total{result="fetched"} 2`, "rasad_feeds_failing 0", "rasad_feed_items_duplicate_total 1",
		`rasad_feed_fetch_duration_seconds_bucket{le="+Inf"}`} {
		if !strings.Contains(m, want) {
			t.Errorf("metrics lack %q:\n%s", want, m)
		}
	}
	if page := get("/feeds?lang=en"); !strings.Contains(page, feeds[0]) || !strings.Contains(page, "healthy") {
		t.Errorf("the feeds view lacks the feed:\n%.2000s", page)
	}
	if h := get("/healthz"); !strings.Contains(h, fmt.Sprintf(`"documents":%d`, len(links))) {
		t.Errorf("healthz: %s, want %d documents", h, len(links))
	}
	stop()
}
