package feed_test

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"

	"rasad/internal/feed"
	"rasad/internal/feed/feedtest"
	"rasad/internal/news"
	"rasad/internal/pipeline"
	"rasad/internal/store"
	"rasad/internal/store/postgres"
	"rasad/internal/store/sqlite"
	"rasad/internal/store/storetest"
)

// clock is a test's clock: the poller's idea of now, moved by the test.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

// want is a story the archive must hold once: at its link, with its text,
// outlet and day.
type want struct {
	story    feedtest.Story
	link     string
	outlet   string
	day      string
	fromFeed bool // stored from the feed's summary, its page failing
	guessed  bool // the feed gave no readable date
	dupOf    string
}

// newsroom is three hosts serving the feeds of TestNewsroom.
type newsroom struct {
	hosts []*feedtest.Host
	feeds map[string]string // feed URL → outlet name
	wants []want
}

func pageHandler(s feedtest.Story, cs string) func(w http.ResponseWriter, r *http.Request, n int) {
	body := []byte(feedtest.Page(s, cs))
	ctype := "text/html; charset=utf-8"
	if cs == "windows-1256" {
		body, _ = charmap.Windows1256.NewEncoder().Bytes(body)
		ctype = "text/html" // the charset is in the page's meta only
	}
	return func(w http.ResponseWriter, r *http.Request, n int) {
		w.Header().Set("Content-Type", ctype)
		w.Write(body)
	}
}

// buildNewsroom lays out the feeds: every kind of trouble the issue lists.
func buildNewsroom(t *testing.T, stories []feedtest.Story, firstSeen time.Time) *newsroom {
	if len(stories) < 13 {
		t.Fatalf("the newsroom needs 13 stories, has %d", len(stories))
	}
	nr := &newsroom{feeds: map[string]string{}}
	a, b, c := feedtest.NewHost(t, "127.0.0.1"), feedtest.NewHost(t, "127.0.0.2"), feedtest.NewHost(t, "127.0.0.3")
	nr.hosts = []*feedtest.Host{a, b, c}
	s := stories
	day := func(i int) string { return s[i].Published.UTC().Format(time.DateOnly) }
	seenDay := firstSeen.UTC().Format(time.DateOnly)
	publish := func(h *feedtest.Host, i int, cs string) string {
		path := fmt.Sprintf("/news/%s.html", s[i].Slug)
		h.Handle(path, pageHandler(s[i], cs))
		return h.Base + path
	}
	add := func(h *feedtest.Host, path, outlet string) string {
		nr.feeds[h.Base+path] = outlet
		return h.Base + path
	}
	xml := "application/rss+xml; charset=utf-8"

	// RSS 2.0 with honest validators: 304 when unchanged.
	l0, l1 := publish(a, 0, "utf-8"), publish(a, 1, "utf-8")
	e1 := feedtest.EntryOf(s[1], l1)
	e1.Date = arabicDate(s[1].Published, true)
	rss := feedtest.RSS("صحيفة الرياض", "utf-8", []feedtest.Entry{feedtest.EntryOf(s[0], l0), e1})
	a.Handle("/rss.xml", func(w http.ResponseWriter, r *http.Request, n int) {
		w.Header().Set("ETag", `"r1"`)
		if r.Header.Get("If-None-Match") == `"r1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", xml)
		w.Write([]byte(rss))
	})
	add(a, "/rss.xml", "الرياض")
	nr.wants = append(nr.wants, want{story: s[0], link: l0, outlet: "الرياض", day: day(0)}, want{story: s[1], link: l1, outlet: "الرياض", day: day(1)})

	// Atom, its link relative to the feed.
	l2 := publish(a, 2, "utf-8")
	e2 := feedtest.EntryOf(s[2], strings.TrimPrefix(l2, a.Base))
	e2.Date = s[2].Published.Format(time.RFC3339)
	a.Static("/atom.xml", "application/atom+xml", []byte(feedtest.Atom("Okaz", []feedtest.Entry{e2})))
	add(a, "/atom.xml", "عكاظ")
	nr.wants = append(nr.wants, want{story: s[2], link: l2, outlet: "عكاظ", day: day(2)})

	// windows-1256, named only in the XML declaration, with an Arabic
	// date (which has no Arabic-Indic digits), a missing date and a bad
	// one; its pages in windows-1256 too.
	l3, l4, l5 := publish(a, 3, "windows-1256"), publish(a, 4, "windows-1256"), publish(a, 5, "windows-1256")
	e3, e4, e5 := feedtest.EntryOf(s[3], l3), feedtest.EntryOf(s[4], l4), feedtest.EntryOf(s[5], l5)
	e3.Date = arabicDate(s[3].Published, false)
	e4.Date = ""
	e5.Date = "غير معروف"
	win, err := charmap.Windows1256.NewEncoder().String(feedtest.RSS("الوطن", "windows-1256", []feedtest.Entry{e3, e4, e5}))
	if err != nil {
		t.Fatal(err)
	}
	a.Static("/win.xml", "application/xml", []byte(win))
	add(a, "/win.xml", "الوطن")
	nr.wants = append(nr.wants, want{story: s[3], link: l3, outlet: "الوطن", day: day(3)},
		want{story: s[4], link: l4, outlet: "الوطن", day: seenDay, guessed: true},
		want{story: s[5], link: l5, outlet: "الوطن", day: seenDay, guessed: true})

	// Duplicate GUIDs, and the same story again under a changed URL
	// (tracking parameters, then a new path with a new GUID and the same
	// title), and a wire copy of story 0 (another outlet, same text).
	l6 := publish(b, 6, "utf-8")
	e6 := feedtest.EntryOf(s[6], l6)
	wire := s[0]
	wire.Slug, wire.Title = "wire-"+s[0].Slug, "نقلا عن الوكالات: "+s[0].Title
	b.Handle("/news/wire.html", pageHandler(wire, "utf-8"))
	lw := b.Base + "/news/wire.html"
	ew := feedtest.EntryOf(wire, lw)
	moved := e6 // a changed GUID, the same URL but for tracking parameters
	moved.GUID = "urn:story:6"
	moved.Link = strings.Replace(l6, "http://", "https://", 1) + "?utm_source=rss&utm_medium=feed#top"
	edited := e6
	edited.GUID, edited.Link = "urn:story:6-edited", b.Base+"/news/edited-6.html"
	b.Handle("/dup.xml", func(w http.ResponseWriter, r *http.Request, n int) {
		entries := []feedtest.Entry{e6, e6, ew}
		switch {
		case n == 2:
			entries = []feedtest.Entry{moved, ew}
		case n >= 3:
			entries = []feedtest.Entry{edited, ew}
		}
		w.Header().Set("Content-Type", xml)
		w.Write([]byte(feedtest.RSS("الجزيرة", "utf-8", entries)))
	})
	add(b, "/dup.xml", "الجزيرة")
	nr.wants = append(nr.wants, want{story: s[6], link: l6, outlet: "الجزيرة", day: day(6)},
		want{story: wire, link: lw, outlet: "الجزيرة", day: day(0), dupOf: l0})

	// A feed that lies: 304 to every conditional request, one ETag
	// forever, while a story is added from its third request on.
	l7, l8 := publish(b, 7, "utf-8"), publish(b, 8, "utf-8")
	b.Handle("/liar.xml", func(w http.ResponseWriter, r *http.Request, n int) {
		w.Header().Set("ETag", `"same"`)
		if r.Header.Get("If-None-Match") != "" {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		entries := []feedtest.Entry{feedtest.EntryOf(s[7], l7)}
		if n >= 3 {
			entries = append(entries, feedtest.EntryOf(s[8], l8))
		}
		w.Header().Set("Content-Type", xml)
		w.Write([]byte(feedtest.RSS("المدينة", "utf-8", entries)))
	})
	add(b, "/liar.xml", "المدينة")
	nr.wants = append(nr.wants, want{story: s[7], link: l7, outlet: "المدينة", day: day(7)}, want{story: s[8], link: l8, outlet: "المدينة", day: day(8)})

	// 429 with Retry-After, then an RDF feed.
	l9 := publish(b, 9, "utf-8")
	e9 := feedtest.EntryOf(s[9], l9)
	e9.Date = s[9].Published.Format(time.RFC3339)
	rdf := feedtest.RDF("اليوم", []feedtest.Entry{e9})
	b.Handle("/busy.xml", func(w http.ResponseWriter, r *http.Request, n int) {
		if n == 1 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		w.Header().Set("Content-Type", "application/rdf+xml")
		w.Write([]byte(rdf))
	})
	add(b, "/busy.xml", "اليوم")
	nr.wants = append(nr.wants, want{story: s[9], link: l9, outlet: "اليوم", day: day(9)})

	// 500 twice, then well.
	l10 := publish(c, 10, "utf-8")
	c.Handle("/err.xml", func(w http.ResponseWriter, r *http.Request, n int) {
		if n <= 2 {
			http.Error(w, "boom", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", xml)
		w.Write([]byte(feedtest.RSS("الحياة", "utf-8", []feedtest.Entry{feedtest.EntryOf(s[10], l10)})))
	})
	add(c, "/err.xml", "الحياة")
	nr.wants = append(nr.wants, want{story: s[10], link: l10, outlet: "الحياة", day: day(10)})

	// A permanent redirect to a slow server.
	l11 := publish(c, 11, "utf-8")
	slow := feedtest.RSS("الشرق", "utf-8", []feedtest.Entry{feedtest.EntryOf(s[11], l11)})
	c.Handle("/old.xml", func(w http.ResponseWriter, r *http.Request, n int) {
		http.Redirect(w, r, "/slow.xml", http.StatusMovedPermanently)
	})
	c.Handle("/slow.xml", func(w http.ResponseWriter, r *http.Request, n int) {
		time.Sleep(300 * time.Millisecond)
		w.Header().Set("Content-Type", xml)
		w.Write([]byte(slow))
	})
	add(c, "/old.xml", "الشرق")
	nr.wants = append(nr.wants, want{story: s[11], link: l11, outlet: "الشرق", day: day(11)})

	// Broken XML.
	c.Static("/broken.xml", xml, []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>مكسور</title><item><title>خبر`))
	add(c, "/broken.xml", "مكسور")

	// A story whose page is 30 MB: its feed's summary is stored instead.
	l12 := c.Base + "/news/huge.html"
	huge := []byte("<html><body><p>" + strings.Repeat("نص طويل جدا ", 30<<20/22) + "</p></body></html>")
	c.Static("/news/huge.html", "text/html; charset=utf-8", huge)
	c.Static("/big.xml", xml, []byte(feedtest.RSS("البلاد", "utf-8", []feedtest.Entry{feedtest.EntryOf(s[12], l12)})))
	add(c, "/big.xml", "البلاد")
	nr.wants = append(nr.wants, want{story: s[12], link: l12, outlet: "البلاد", day: day(12), fromFeed: true})
	return nr
}

// arabicDate writes t as some Arabic outlets do: الأحد، ١٦ نيسان ٢٠٢٣ - ١٠:٣٠ ص
// with Arabic-Indic digits, else الأحد، 16 نيسان 2023 - 10:30 ص.
func arabicDate(t time.Time, indic bool) string {
	days := []string{"الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"}
	months := []string{"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"}
	digits := strings.NewReplacer()
	if indic {
		digits = strings.NewReplacer("0", "٠", "1", "١", "2", "٢", "3", "٣", "4", "٤", "5", "٥", "6", "٦", "7", "٧", "8", "٨", "9", "٩")
	}
	return fmt.Sprintf("%s، %s %s %s - %s ص", days[t.Weekday()], digits.Replace(fmt.Sprint(t.Day())), months[t.Month()-1],
		digits.Replace(fmt.Sprint(t.Year())), digits.Replace(t.Format("03:04")))
}

func openArchive(t testing.TB) (*sqlite.DB, string) {
	path := filepath.Join(t.TempDir(), "rasad.db")
	db, err := sqlite.Open(context.Background(), path, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db, path
}

// archive is a store that follows feeds: both are.
type archive interface {
	store.Store
	feed.State
	AddFeed(ctx context.Context, url, name string, now time.Time) (store.Feed, bool, error)
	Feeds(ctx context.Context) ([]store.Feed, error)
}

// TestNewsroom polls the newsroom's feeds round after round into SQLite,
// into PostgreSQL when DATABASE_URL names a server, and through a JetStream
// work queue and a worker into SQLite.
func TestNewsroom(t *testing.T) {
	for _, tt := range []struct {
		name string
		via  sinkOf
	}{{"sqlite", inProcess}, {"queue", throughQueue}} {
		t.Run(tt.name, func(t *testing.T) {
			db, path := openArchive(t)
			raw, err := sql.Open("sqlite", path)
			if err != nil {
				t.Fatal(err)
			}
			defer raw.Close()
			testNewsroom(t, db, func(q string, args ...any) store.Scanner { return raw.QueryRow(q, args...) }, tt.via)
		})
	}
	t.Run("postgres", func(t *testing.T) {
		base := os.Getenv("DATABASE_URL")
		if base == "" {
			t.Skip("DATABASE_URL is not set")
		}
		ctx := context.Background()
		schema := fmt.Sprintf("rasad_feed_%d", time.Now().UnixNano()%1e9)
		db, err := postgres.Open(ctx, storetest.PostgresSchema(t, base, schema), nil)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close(ctx)
		testNewsroom(t, db, func(q string, args ...any) store.Scanner {
			return conn.QueryRow(ctx, strings.Replace(store.Dollar(q), "feed_items", schema+".feed_items", 1), args...)
		}, inProcess)
	})
}

// sinkOf makes the sink of a newsroom test's poller, which puts the
// stories in db, and says what the test then does: after each round
// (numbered from 1) the test calls round with the round's error, which
// returns the error that fails the test; after the last, drain, which
// returns once the sink's stories are stored.
type sinkOf func(t *testing.T, db archive, nr *newsroom, p *pipeline.Pipeline, query func(q string, args ...any) store.Scanner) (
	sink feed.Sink, round func(n int, err error) error, drain func())

// inProcess analyses and stores the stories in the poller's process.
func inProcess(t *testing.T, db archive, nr *newsroom, p *pipeline.Pipeline, query func(q string, args ...any) store.Scanner) (feed.Sink, func(int, error) error, func()) {
	return &feed.Store{Pipeline: p, Archive: db}, func(_ int, err error) error { return err }, func() {}
}

// testNewsroom: every story is stored once, with its text, outlet and date;
// no feed's trouble stops the others; no host ever gets two requests at
// once or two within the gap. query reads the archive's tables; via makes
// the poller's sink.
func testNewsroom(t *testing.T, db archive, query func(q string, args ...any) store.Scanner, via sinkOf) {
	ctx := context.Background()
	clk := &clock{now: time.Date(2026, 12, 6, 8, 0, 0, 0, time.UTC)}
	nr := buildNewsroom(t, feedtest.Stories(t, 13), clk.Now())
	for u, name := range nr.feeds {
		if _, _, err := db.AddFeed(ctx, u, name, clk.Now()); err != nil {
			t.Fatal(err)
		}
	}
	const gap = 50 * time.Millisecond
	p := pipeline.New()
	f := feed.NewFetcher(feed.FetchOptions{Gap: gap, Timeout: 5 * time.Second})
	interval := 10 * time.Minute
	sink, after, drain := via(t, db, nr, p, query)
	poller := feed.NewPoller(db, sink, f, feed.Options{Interval: interval, Workers: 4, Now: clk.Now})
	var total feed.RoundStats
	for round := 1; round <= 8; round++ {
		rs, err := poller.Round(ctx)
		if err := after(round, err); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		t.Logf("round %d: %+v", round, rs)
		total.New += rs.New
		total.Duplicates += rs.Duplicates
		total.FromFeed += rs.FromFeed
		clk.Add(interval + time.Minute)
	}
	drain()
	for _, h := range nr.hosts {
		h.CheckPolite(t, gap)
	}

	// Every story once, right.
	docID := map[string]string{} // link → document id
	for _, w := range nr.wants {
		docID[w.link] = pipeline.ID(news.Article{URL: w.link})
	}
	dups := map[string]string{} // link → the id it is a duplicate of
	for _, w := range nr.wants {
		rec, err := db.Get(ctx, docID[w.link])
		if err != nil {
			t.Errorf("%s (%s): %v", w.link, w.story.Title, err)
			continue
		}
		d := rec.Doc
		if d.Source != w.outlet || d.Published != w.day || d.Title != w.story.Title {
			t.Errorf("%s stored as (%q, %q, %q), want (%q, %q, %q)", w.link, d.Source, d.Published, d.Title, w.outlet, w.day, w.story.Title)
		}
		wantText := w.story.Text()
		if w.fromFeed {
			wantText = w.story.Paras[0]
		}
		// The extraction puts marks in canonical order (NFC).
		if body := strings.TrimPrefix(d.Text, d.Title+"\n"); body != norm.NFC.String(wantText) {
			t.Errorf("%s: text\n%q\nwant\n%q", w.link, body, wantText)
		}
		dups[w.link] = rec.DuplicateOf
	}
	// The wire copy and its original are linked, whichever was stored
	// first (the feeds are polled at once); nothing else is.
	for _, w := range nr.wants {
		if w.dupOf == "" {
			continue
		}
		a, b := w.link, w.dupOf
		if (dups[a] == docID[b]) == (dups[b] == docID[a]) {
			t.Errorf("%s and %s: duplicate of %q and %q, want one the other's", a, b, dups[a], dups[b])
		}
		delete(dups, a)
		delete(dups, b)
	}
	for link, d := range dups {
		if d != "" {
			t.Errorf("%s: duplicate of %q, want an original", link, d)
		}
	}
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != len(nr.wants) || st.Duplicates != 1 {
		t.Errorf("archive holds %d documents (%d near-duplicates), want %d (1)", st.Documents, st.Duplicates, len(nr.wants))
	}
	if total.New != len(nr.wants) || total.FromFeed != 1 {
		t.Errorf("rounds stored %d new items (%d from the feed), want %d (1)", total.New, total.FromFeed, len(nr.wants))
	}

	// The flags of the guessed dates and of the feed's text stored.
	for _, w := range nr.wants {
		var guessed, fromFeed int
		if err := query("SELECT date_guessed, from_feed FROM feed_items WHERE link = ? AND alias_of = 0", w.link).Scan(&guessed, &fromFeed); err != nil {
			t.Errorf("item %s: %v", w.link, err)
		} else if guessed == 1 != w.guessed || fromFeed == 1 != w.fromFeed {
			t.Errorf("item %s: date guessed %v, from the feed %v; want %v, %v", w.link, guessed == 1, fromFeed == 1, w.guessed, w.fromFeed)
		}
	}

	// The feeds' state: the liar caught, the redirect followed, the broken
	// feed failing but still checked, the others well.
	feeds, err := db.Feeds(ctx)
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]store.Feed{}
	for _, f := range feeds {
		byName[f.Name] = f
	}
	if f := byName["المدينة"]; !f.NoConditional {
		t.Errorf("the feed that lies about 304: %+v, want conditional GET dropped", f)
	}
	if f := byName["الرياض"]; f.NoConditional || f.ETag != `"r1"` {
		t.Errorf("the honest feed: %+v, want conditional GET kept", f)
	}
	if f := byName["الشرق"]; !strings.HasSuffix(f.URL, "/slow.xml") {
		t.Errorf("the moved feed is at %s, want its new address", f.URL)
	}
	// The broken feed fails and is checked again, later each time: the
	// interval times one more than its failures in a row.
	if f := byName["مكسور"]; f.Errors < 2 || f.Status == "ok" || f.NextCheck.Sub(f.LastFetch) != interval*time.Duration(1+f.Errors) {
		t.Errorf("the broken feed: %+v, want failing, next checked %d intervals on", f, 1+f.Errors)
	}
	for _, name := range []string{"الرياض", "عكاظ", "الوطن", "الجزيرة", "اليوم", "الحياة", "البلاد"} {
		if f := byName[name]; f.Errors != 0 {
			t.Errorf("feed %s: %d errors in a row (%s), want none", name, f.Errors, f.Status)
		}
	}
}
