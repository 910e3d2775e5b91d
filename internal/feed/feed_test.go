package feed

import (
	"compress/gzip"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"

	"rasad/internal/tabletest"
)

func TestURLKey(t *testing.T) {
	checkKeys(t, "URLKey", URLKey, []sameKey{
		{"scheme and www", "http://www.okaz.com.sa/news/1", "https://okaz.com.sa/news/1"},
		{"tracking and fragment", "https://okaz.com.sa/news/1?utm_source=rss&utm_medium=feed#top", "https://okaz.com.sa/news/1"},
		{"trailing slash and host case", "https://OKAZ.com.sa/news/1/", "https://okaz.com.sa/news/1"},
		{"parameter order", "https://x.sa/a?id=5&p=2", "https://x.sa/a?p=2&id=5&fbclid=Z"},
		{"default port", "http://x.sa:80/a", "http://x.sa/a"},
	}, []string{"", "ftp://x.sa/a", "/news/1", "::"})
	different := [][2]string{
		{"https://x.sa/a?id=5", "https://x.sa/a?id=6"},
		{"https://x.sa/news/1", "https://y.sa/news/1"},
		{"http://x.sa:8080/a", "http://x.sa/a"},
	}
	for _, d := range different {
		if URLKey(d[0]) == URLKey(d[1]) {
			t.Errorf("URLKey(%q) = URLKey(%q) = %q, want different", d[0], d[1], URLKey(d[0]))
		}
	}
}

func TestTitleKey(t *testing.T) {
	checkKeys(t, "TitleKey", TitleKey, []sameKey{
		{"hamza, ta marbuta and diacritics", "وزير الدفاع الصيني يزور موسكو", "وزيرُ الدفاع الصينى يزور موسكو"},
		{"punctuation and outlet", "وزير الدفاع الصيني يزور موسكو - عكاظ", "«وزير الدفاع الصيني يزور موسكو»"},
		{"alef forms", "إيران والسعودية تستأنفان العلاقات", "ايران والسعودية تستانفان العلاقات"},
	}, []string{"عاجل", "بيان صحفي", "أخبار اليوم المحلية"}) // too short to name a story
}

// sameKey is two spellings of one story that a key function must give one
// key.
type sameKey struct{ name, a, b string }

// checkKeys checks that key (named fn) gives both spellings of each of same
// one key, not "", and each string of none "".
func checkKeys(t *testing.T, fn string, key func(string) string, same []sameKey, none []string) {
	t.Helper()
	for _, tt := range same {
		if ka, kb := key(tt.a), key(tt.b); ka != kb || ka == "" {
			t.Errorf("%s: %s(%q) = %q, %s(%q) = %q, want equal", tt.name, fn, tt.a, ka, fn, tt.b, kb)
		}
	}
	for _, s := range none {
		if k := key(s); k != "" {
			t.Errorf("%s(%q) = %q, want \"\"", fn, s, k)
		}
	}
}

func TestParseDate(t *testing.T) {
	tabletest.Strings(t, "ParseDate", ParseDate, tabletest.Rows(t, "testdata/parsedate.tsv"))
}

const rssDoc = `<?xml version="1.0" encoding="%s"?>
<rss version="2.0"><channel><title>الوطن</title>
<item><title>وزير الدفاع الصيني يزور موسكو</title><link>http://x.sa/1</link><guid>g1</guid>
<pubDate>Sun, 16 Apr 2023 10:00:00 +0300</pubDate><description>&lt;p&gt;أشاد وزير الدفاع&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;</description></item>
<item><title>خبر بلا تاريخ معروف اليوم</title><link>http://x.sa/2</link><pubDate>قريبا</pubDate></item>
<item><title>خبر من المستقبل البعيد جدا</title><link>http://x.sa/3</link><pubDate>Sun, 16 Apr 2090 10:00:00 +0300</pubDate></item>
</channel></rss>`

func TestParseCharsets(t *testing.T) {
	now := time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC)
	utf := strings.Replace(rssDoc, "%s", "utf-8", 1)
	enc := func(cm *charmap.Charmap, decl string) []byte {
		b, err := cm.NewEncoder().Bytes([]byte(strings.Replace(rssDoc, "%s", decl, 1)))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	noDecl := func(b []byte) []byte {
		return []byte(strings.Replace(string(b), `encoding="windows-1256"`, "", 1))
	}
	iso := enc(charmap.ISO8859_6, "iso-8859-6")
	tests := []struct {
		name, ctype string
		data        []byte
		charset     string
	}{
		{"UTF-8", "application/rss+xml", []byte(utf), "utf-8"},
		{"windows-1256 in the declaration", "application/xml", enc(charmap.Windows1256, "windows-1256"), "windows-1256"},
		{"windows-1256 in the header, declaration wrong", "text/xml; charset=windows-1256", enc(charmap.Windows1256, "utf-8"), "windows-1256"},
		{"windows-1256 detected", "text/xml", noDecl(enc(charmap.Windows1256, "windows-1256")), "windows-1256"},
		{"ISO-8859-6 in the declaration", "", iso, "iso-8859-6"},
		{"ISO-8859-6 detected", "", []byte(strings.Replace(string(iso), `encoding="iso-8859-6"`, "", 1)), "iso-8859-6"},
	}
	for _, tt := range tests {
		p, err := Parse(tt.data, tt.ctype, now)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if p.Charset != tt.charset || p.Title != "الوطن" || len(p.Items) != 3 {
			t.Errorf("%s: read as %s, title %q, %d items; want %s, الوطن, 3", tt.name, p.Charset, p.Title, len(p.Items), tt.charset)
			continue
		}
		it := p.Items[0]
		if it.Title != "وزير الدفاع الصيني يزور موسكو" || it.Summary != "أشاد وزير الدفاع" || it.Published != "2023-04-16" || it.GUID != "g1" {
			t.Errorf("%s: first item %+v", tt.name, it)
		}
		if d := p.Items[1].Published + p.Items[2].Published; d != "" {
			t.Errorf("%s: bad and future dates read as %q, want none", tt.name, d)
		}
	}
	if _, err := Parse([]byte(`<rss><channel><item><title>x`), "", now); err == nil {
		t.Errorf("Parse(broken XML) = nil error")
	}
}

func TestRobots(t *testing.T) {
	r := parseRobots([]byte(`
User-agent: *
Disallow: /private
Allow: /private/open

User-agent: Rasad
User-agent: other
Disallow: /news/*.pdf$
Disallow: /drafts
`))
	tests := []struct {
		path string
		want bool
	}{
		{"/news/1.html", true},
		{"/news/1.pdf", false},
		{"/news/1.pdf?x", true},
		{"/drafts/2", false},
		{"/private", true}, // Rasad's own group replaces *'s
	}
	for _, tt := range tests {
		if got := r.allows(tt.path); got != tt.want {
			t.Errorf("allows(%q) = %v, want %v", tt.path, got, tt.want)
		}
	}
	star := parseRobots([]byte("User-agent: *\nDisallow: /private\nAllow: /private/open\n"))
	for path, want := range map[string]bool{"/private/x": false, "/private/open/y": true, "/": true} {
		if got := star.allows(path); got != want {
			t.Errorf("* allows(%q) = %v, want %v", path, got, want)
		}
	}
}

func TestFetchRobotsAndErrors(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if ua := r.Header.Get("User-Agent"); !strings.HasPrefix(ua, "Rasad/") {
			t.Errorf("User-Agent %q", ua)
		}
		switch r.URL.Path {
		case "/robots.txt":
			w.Write([]byte("User-agent: *\nDisallow: /secret\n"))
		case "/busy":
			w.Header().Set("Retry-After", "120")
			w.WriteHeader(http.StatusServiceUnavailable)
		case "/temp":
			http.Redirect(w, r, "/ok", http.StatusFound)
		case "/ok":
			w.Write([]byte("fine"))
		case "/gzip":
			if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
				t.Errorf("no gzip asked for: %q", r.Header.Get("Accept-Encoding"))
			}
			w.Header().Set("Content-Encoding", "gzip")
			zw := gzip.NewWriter(w)
			zw.Write([]byte("مضغوط"))
			zw.Close()
		}
	}))
	defer srv.Close()
	f := NewFetcher(FetchOptions{Gap: -1})
	ctx := context.Background()
	if _, err := f.Fetch(ctx, Request{URL: srv.URL + "/secret/1"}); !errors.Is(err, ErrDisallowed) {
		t.Errorf("Fetch(disallowed) = %v, want ErrDisallowed", err)
	}
	var se *StatusError
	if _, err := f.Fetch(ctx, Request{URL: srv.URL + "/busy"}); !errors.As(err, &se) || se.Code != 503 || se.RetryAfter != 2*time.Minute {
		t.Errorf("Fetch(503) = %v, want a StatusError with Retry-After 2m", err)
	}
	// The host asked for two minutes: the next request is refused at once.
	var busy *HostBusyError
	if _, err := f.Fetch(ctx, Request{URL: srv.URL + "/ok"}); !errors.As(err, &busy) {
		t.Errorf("Fetch after Retry-After = %v, want HostBusyError", err)
	}
	f = NewFetcher(FetchOptions{Gap: -1})
	resp, err := f.Fetch(ctx, Request{URL: srv.URL + "/temp"})
	if err != nil || string(resp.Body) != "fine" || resp.Moved != "" || resp.URL != srv.URL+"/ok" {
		t.Errorf("Fetch(temporary redirect) = %+v, %v; want the page, not moved", resp, err)
	}
	if resp, err := f.Fetch(ctx, Request{URL: srv.URL + "/gzip"}); err != nil || string(resp.Body) != "مضغوط" {
		t.Errorf("Fetch(gzip) = %+v, %v; want the text unzipped", resp, err)
	}
	if _, err := f.Fetch(ctx, Request{URL: srv.URL + "/ok", MaxBytes: 2}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("Fetch over the limit = %v, want ErrTooLarge", err)
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 12, 6, 8, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
	}{
		{"30", 30 * time.Second},
		{now.Add(time.Minute).Format(http.TimeFormat), time.Minute},
		{"soon", 0},
		{"-5", 0},
	}
	for _, tt := range tests {
		if got := parseRetryAfter(tt.in, now); got != tt.want {
			t.Errorf("parseRetryAfter(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
