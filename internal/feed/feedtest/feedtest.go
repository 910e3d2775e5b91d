// Package feedtest is a test newsroom for the feed poller: HTTP servers on
// loopback addresses (each a host of its own) that serve feeds and article
// pages built from real articles, and record when each request arrived and
// ended. The articles are those of the repository's testdata, or, when
// RASAD_SAUDINEWSNET names a SaudiNewsNet zip, that day's articles.
package feedtest

import (
	"archive/zip"
	"encoding/json"
	"fmt"
	"html"
	"maps"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// Story is one article a newsroom publishes.
type Story struct {
	Slug      string
	Title     string
	Paras     []string
	Published time.Time
}

// Text is the story's body, a paragraph a line.
func (s Story) Text() string { return strings.Join(s.Paras, "\n") }

// Stories returns the newsroom's articles: the SaudiNewsNet articles of the
// zip RASAD_SAUDINEWSNET names (at most max, 0 for all, each with a title
// and three lines of text or more), else articles made of the repository's
// own testdata (the reference article in three parts, each demo article in
// two: 13 stories of real text).
func Stories(tb testing.TB, max int) []Story {
	tb.Helper()
	if zipPath := os.Getenv("RASAD_SAUDINEWSNET"); zipPath != "" {
		return saudiNewsNet(tb, zipPath, max)
	}
	_, file, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(file), "..", "..", "..", "testdata")
	var out []Story
	ref, err := os.ReadFile(filepath.Join(root, "article.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	lines := nonEmpty(strings.Split(string(ref), "\n"))
	refDay := time.Date(2023, 4, 16, 9, 0, 0, 0, time.UTC)
	body := lines[1:]
	third := (len(body) + 2) / 3
	out = append(out, Story{Slug: "ref-1", Title: lines[0], Paras: body[:third], Published: refDay})
	for i := third; i < len(body); i += third {
		part := body[i:min(i+third, len(body))]
		out = append(out, Story{Slug: fmt.Sprintf("ref-%d", i/third+1), Title: headline(part[0]), Paras: part, Published: refDay})
	}
	files, _ := filepath.Glob(filepath.Join(root, "demo", "*.json"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		var d struct{ Title, Text, Published string }
		if err := json.Unmarshal(data, &d); err != nil {
			tb.Fatalf("%s: %v", f, err)
		}
		day, err := time.Parse(time.DateOnly, d.Published)
		if err != nil {
			tb.Fatalf("%s: %v", f, err)
		}
		paras := nonEmpty(strings.Split(d.Text, "\n"))
		slug := strings.TrimSuffix(filepath.Base(f), ".json")
		out = append(out,
			Story{Slug: slug + "-a", Title: d.Title, Paras: paras[:2], Published: day.Add(8 * time.Hour)},
			Story{Slug: slug + "-b", Title: headline(paras[2]), Paras: paras[2:], Published: day.Add(14 * time.Hour)})
	}
	if max > 0 && len(out) > max {
		out = out[:max]
	}
	return out
}

// headline makes a title of a paragraph: its first ten words, after a
// dateline's dash.
func headline(p string) string {
	if _, rest, ok := strings.Cut(p, " - "); ok && len(rest) > 40 {
		p = rest
	}
	w := strings.Fields(p)
	return strings.TrimRight(strings.Join(w[:min(10, len(w))], " "), "،.")
}

// nonEmpty returns the lines that have text, each with its spaces
// collapsed.
func nonEmpty(lines []string) []string {
	var out []string
	for _, l := range lines {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// saudiNewsNet reads the articles of one SaudiNewsNet zip (a JSON array of
// {source, url, date_extracted, title, content}).
func saudiNewsNet(tb testing.TB, path string, max int) []Story {
	zr, err := zip.OpenReader(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer zr.Close()
	var out []Story
	seen := map[string]bool{}
	for _, zf := range zr.File {
		r, err := zf.Open()
		if err != nil {
			tb.Fatal(err)
		}
		var arts []struct {
			URL, Title, Content string
			Date                string `json:"date_extracted"`
		}
		err = json.NewDecoder(r).Decode(&arts)
		r.Close()
		if err != nil {
			tb.Fatalf("%s: %s: %v", path, zf.Name, err)
		}
		for i, a := range arts {
			paras := nonEmpty(strings.Split(a.Content, "\n"))
			title := strings.Join(strings.Fields(a.Title), " ")
			if len(paras) < 3 || len(strings.Fields(title)) < 4 || seen[title] {
				continue
			}
			seen[title] = true
			day, err := time.Parse("2006-01-02 15:04:05", a.Date)
			if err != nil {
				day = time.Date(2015, 7, 21, 12, 0, 0, 0, time.UTC)
			}
			out = append(out, Story{Slug: fmt.Sprintf("snn-%d", i), Title: title, Paras: paras, Published: day})
			if max > 0 && len(out) == max {
				return out
			}
		}
	}
	return out
}

// Visit is one request a host received.
type Visit struct {
	Path       string
	Start, End time.Time
}

// Host is a news site on a loopback address of its own.
type Host struct {
	*httptest.Server
	Base string // http://127.0.0.N:port

	mu      sync.Mutex
	routes  map[string]func(w http.ResponseWriter, r *http.Request, n int)
	counts  map[string]int
	visits  []Visit
	busy    map[*visit]string // the requests under way, with their paths
	Overlap string            // "a and b" when requests for a and b were ever under way at once
}

// visit is a request under way; done is closed when its handler has
// returned, gone set before that when its client had left it.
type visit struct {
	done chan struct{}
	gone bool
}

// goneWriter records whether a write to the client failed.
type goneWriter struct {
	http.ResponseWriter
	failed bool
}

func (w *goneWriter) Write(b []byte) (int, error) {
	n, err := w.ResponseWriter.Write(b)
	w.failed = w.failed || err != nil
	return n, err
}

// NewHost starts a host on ip (127.0.0.N), closed when the test ends.
func NewHost(tb testing.TB, ip string) *Host {
	tb.Helper()
	ln, err := net.Listen("tcp", ip+":0")
	if err != nil {
		tb.Fatal(err)
	}
	h := &Host{routes: map[string]func(http.ResponseWriter, *http.Request, int){}, counts: map[string]int{}, busy: map[*visit]string{}}
	h.Server = httptest.NewUnstartedServer(http.HandlerFunc(h.serve))
	h.Server.Listener.Close()
	h.Server.Listener = ln
	h.Start()
	h.Base = h.URL
	tb.Cleanup(h.Close)
	return h
}

// Handle serves path with fn, which is told how many requests for path
// came so far, this one included.
func (h *Host) Handle(path string, fn func(w http.ResponseWriter, r *http.Request, n int)) {
	h.mu.Lock()
	h.routes[path] = fn
	h.mu.Unlock()
}

// Static serves path with a fixed body.
func (h *Host) Static(path, contentType string, body []byte) {
	h.Handle(path, func(w http.ResponseWriter, r *http.Request, n int) {
		w.Header().Set("Content-Type", contentType)
		w.Write(body)
	})
}

// serve serves a request and checks that no other was under way. A request
// still under way when another arrives is an overlap unless its client had
// left it: a client that stops reading a large body and closes the
// connection is done with it, though the handler may still be writing into
// the closed connection when the client's next request arrives (on a
// loaded machine it was, and the host saw an overlap that the client never
// made). So the new request waits for the old one's handler to end, and
// counts an overlap only if that handler's client was still there.
func (h *Host) serve(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	v := &visit{done: make(chan struct{})}
	h.mu.Lock()
	others := maps.Clone(h.busy)
	h.busy[v] = r.URL.Path
	h.counts[r.URL.Path]++
	n := h.counts[r.URL.Path]
	fn := h.routes[r.URL.Path]
	h.mu.Unlock()
	for o, path := range others {
		select {
		case <-o.done:
		case <-time.After(time.Minute): // a liveness bound: a handler still serving is an overlap
		}
		h.mu.Lock()
		if !o.gone {
			h.Overlap = path + " and " + r.URL.Path
		}
		h.mu.Unlock()
	}
	gw := &goneWriter{ResponseWriter: w}
	if fn != nil {
		fn(gw, r, n)
	} else {
		http.NotFound(gw, r)
	}
	h.mu.Lock()
	delete(h.busy, v)
	v.gone = gw.failed || r.Context().Err() != nil
	h.visits = append(h.visits, Visit{Path: r.URL.Path, Start: start, End: time.Now()})
	h.mu.Unlock()
	close(v.done)
}

// Visits returns the requests received so far, in the order they ended.
func (h *Host) Visits() []Visit {
	h.mu.Lock()
	defer h.mu.Unlock()
	return append([]Visit(nil), h.visits...)
}

// Count is how many requests for path came.
func (h *Host) Count(path string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.counts[path]
}

// CheckPolite fails tb when the host ever had two requests under way at
// once, or two arrived less than gap apart.
func (h *Host) CheckPolite(tb testing.TB, gap time.Duration) {
	tb.Helper()
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.Overlap != "" {
		tb.Errorf("%s had two requests under way at once (%s)", h.Base, h.Overlap)
	}
	v := slices.SortedFunc(slices.Values(h.visits), func(a, b Visit) int { return a.Start.Compare(b.Start) })
	for i := 1; i < len(v); i++ {
		if d := v[i].Start.Sub(v[i-1].Start); d < gap {
			tb.Errorf("%s: %s came %s after %s, under the gap of %s", h.Base, v[i].Path, d, v[i-1].Path, gap)
		}
	}
}

// Entry is one item of a feed.
type Entry struct {
	GUID, Link, Title string
	Date              string // as the feed writes it; "" for none
	Summary           string
}

// EntryOf is the entry of a story published at link: its GUID the link,
// its date in RFC 1123 and its summary the first paragraph.
func EntryOf(s Story, link string) Entry {
	return Entry{GUID: link, Link: link, Title: s.Title, Date: s.Published.Format(time.RFC1123Z), Summary: s.Paras[0]}
}

// RSS is an RSS 2.0 document of the entries; encoding names its charset in
// the XML declaration ("" for none).
func RSS(title, encoding string, entries []Entry) string {
	var b strings.Builder
	b.WriteString(decl(encoding) + "<rss version=\"2.0\"><channel><title>" + html.EscapeString(title) + "</title><link>http://example.org/</link><description>أخبار</description>\n")
	for _, e := range entries {
		b.WriteString("<item><title>" + html.EscapeString(e.Title) + "</title>")
		if e.Link != "" {
			b.WriteString("<link>" + html.EscapeString(e.Link) + "</link>")
		}
		if e.GUID != "" {
			b.WriteString(`<guid isPermaLink="false">` + html.EscapeString(e.GUID) + "</guid>")
		}
		if e.Date != "" {
			b.WriteString("<pubDate>" + html.EscapeString(e.Date) + "</pubDate>")
		}
		b.WriteString("<description>" + html.EscapeString("<p>"+e.Summary+"</p>") + "</description></item>\n")
	}
	b.WriteString("</channel></rss>\n")
	return b.String()
}

// Atom is an Atom document of the entries, dates in RFC 3339.
func Atom(title string, entries []Entry) string {
	var b strings.Builder
	b.WriteString(decl("utf-8") + `<feed xmlns="http://www.w3.org/2005/Atom"><title>` + html.EscapeString(title) + "</title><id>urn:feed</id><updated>2023-04-16T10:00:00Z</updated>\n")
	for _, e := range entries {
		b.WriteString("<entry><title>" + html.EscapeString(e.Title) + "</title><id>" + html.EscapeString(e.GUID) + `</id><link rel="alternate" href="` + html.EscapeString(e.Link) + `"/>`)
		if e.Date != "" {
			b.WriteString("<published>" + e.Date + "</published><updated>" + e.Date + "</updated>")
		}
		b.WriteString(`<summary type="html">` + html.EscapeString("<p>"+e.Summary+"</p>") + "</summary></entry>\n")
	}
	b.WriteString("</feed>\n")
	return b.String()
}

// RDF is an RSS 1.0 (RDF) document of the entries, dates as dc:date.
func RDF(title string, entries []Entry) string {
	var b strings.Builder
	b.WriteString(decl("utf-8") + `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
		`<channel rdf:about="http://example.org/"><title>` + html.EscapeString(title) + "</title><link>http://example.org/</link><description>أخبار</description></channel>\n")
	for _, e := range entries {
		b.WriteString(`<item rdf:about="` + html.EscapeString(e.Link) + `"><title>` + html.EscapeString(e.Title) + "</title><link>" + html.EscapeString(e.Link) + "</link>")
		if e.Date != "" {
			b.WriteString("<dc:date>" + e.Date + "</dc:date>")
		}
		b.WriteString("<description>" + html.EscapeString(e.Summary) + "</description></item>\n")
	}
	b.WriteString("</rdf:RDF>\n")
	return b.String()
}

func decl(encoding string) string {
	if encoding == "" {
		return "<?xml version=\"1.0\"?>\n"
	}
	return "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>\n"
}

// Page is the HTML page of a story, with a site's navigation and footer
// around it; charset names it in a meta element.
func Page(s Story, charset string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="%s"><title>%s | الموقع</title></head><body>`, charset, html.EscapeString(s.Title))
	b.WriteString(`<nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav><article><h1>` + html.EscapeString(s.Title) + "</h1>")
	for _, p := range s.Paras {
		b.WriteString("<p>" + html.EscapeString(p) + "</p>")
	}
	b.WriteString("</article><footer>جميع الحقوق محفوظة</footer></body></html>")
	return b.String()
}
