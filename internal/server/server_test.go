package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"rasad/internal/news"
	"rasad/internal/search"
	"rasad/internal/store"
	"rasad/internal/store/sqlite"
)

// fixture is a running server over a temporary store.
type fixture struct {
	url   string
	st    store.Store
	srv   *Server
	ids   map[string]string // name → document id
	close func()
}

// testDoc is a document as the whole pipeline makes it, built by hand: two
// linked people, a quote of one, a date and a meeting between them.
func testDoc() *news.Document {
	text := "بوتين يلتقي لي شانغفو\nاجتمع الرئيس الروسي فلاديمير بوتين الأحد مع وزير الدفاع الصيني لي شانغفو في موسكو. وقال لي: \"لدينا علاقات قوية للغاية\"."
	at := func(s string, nth int) (int, int) {
		i := -1
		for range nth + 1 {
			j := strings.Index(text[i+1:], s)
			i += 1 + j
		}
		return i, i + len(s)
	}
	ps, pe := at("بوتين", 1)
	p0s, p0e := at("بوتين", 0)
	ls, le := at("لي شانغفو", 1)
	l0s, l0e := at("لي شانغفو", 0)
	qs, qe := at("لدينا علاقات قوية للغاية", 0)
	ss, se := at("لي", 3)
	ds, de := at("الأحد", 0)
	ts, te := at("اجتمع", 0)
	return &news.Document{
		ID: "test-putin-li", Title: "بوتين يلتقي لي شانغفو", Published: "2023-04-16", Source: "إيصال نيوز", Text: text,
		Entities: []news.Entity{
			{ID: "e1", Name: "Vladimir Putin", NameAr: "فلاديمير بوتين", Type: news.PER, Country: "RUS", Actor: "RUSGOV", ActorID: "putin",
				Mentions: []news.Mention{{Start: p0s, End: p0e, Text: text[p0s:p0e]}, {Start: ps, End: pe, Text: text[ps:pe]}}},
			{ID: "e2", Name: "Li Shangfu", NameAr: "لي شانغفو", Type: news.PER, Country: "CHN", Actor: "CHNMIL", ActorID: "li_shangfu",
				Mentions: []news.Mention{{Start: l0s, End: l0e, Text: text[l0s:l0e]}, {Start: ls, End: le, Text: text[ls:le]}}},
		},
		Quotes: []news.Quote{{Speaker: &news.Speaker{Name: "Li Shangfu", Country: "CHN", Actor: "CHNMIL", Text: "لي", Start: ss, End: se},
			Text: text[qs:qe], Direct: true, Start: qs, End: qe}},
		Dates: []news.Date{{Text: "الأحد", Value: "2023-04-16", Start: ds, End: de}},
		Events: []news.Event{{Code: "040", Label: "Consult", Source: news.Party{Name: "Vladimir Putin", Country: "RUS", Actor: "RUSGOV", Entity: "e1"},
			Target: &news.Party{Name: "Li Shangfu", Country: "CHN", Actor: "CHNMIL", Entity: "e2"}, Date: "2023-04-16",
			Polarity: news.Asserted, Sentence: 1, Text: text[ts:qe], QuadClass: 1, Goldstein: 1, Trigger: &news.Span{Start: ts, End: te}}},
	}
}

// xssDoc is an article whose title and text carry markup, with an entity
// over part of it.
func xssDoc() *news.Document {
	title := `<script>alert("x")</script>`
	text := title + "\n" + `قال بوتين <img src=x onerror="alert(1)"> إن "السلام" ممكن`
	i := strings.Index(text, "بوتين")
	return &news.Document{
		ID: "test-xss", Title: title, Published: "2023-05-01", Text: text,
		Entities: []news.Entity{{ID: "e1", Name: `Putin"><script>alert(2)</script>`, NameAr: "بوتين", Type: news.PER, ActorID: "putin",
			Mentions: []news.Mention{{Start: i, End: i + len("بوتين"), Text: "بوتين"}}}},
		Quotes: []news.Quote{{Speaker: &news.Speaker{Name: `<b onmouseover=alert(3)>x</b>`}, Text: "x", Start: 0, End: len(title)}},
	}
}

func start(t *testing.T, cfg Config) *fixture {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "rasad.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{st: st, ids: map[string]string{}}
	for _, d := range []*news.Document{testDoc(), xssDoc()} {
		if _, err := store.Put(ctx, st, store.Entry{Doc: d}); err != nil {
			t.Fatal(err)
		}
	}
	cfg.Store = st
	if cfg.Log == nil {
		cfg.Log = discardLog()
	}
	var stop func()
	f.url, f.srv, stop = serve(t, cfg)
	f.close = func() { stop(); st.Close() }
	t.Cleanup(f.close)
	return f
}

// serve starts a server of cfg on a free port of loopback and returns its
// URL, the server and a function that stops it and checks that Serve
// returned nil within 15 seconds of its context ending.
func serve(t *testing.T, cfg Config) (string, *Server, func()) {
	t.Helper()
	srv, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, ln) }()
	return "http://" + ln.Addr().String(), srv, func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Serve after cancel: %v", err)
			}
		case <-time.After(15 * time.Second):
			t.Fatal("Serve did not return after its context ended")
		}
	}
}

type request struct {
	method, path string
	body         []byte
	header       map[string]string
}

type response struct {
	status int
	header http.Header
	body   string
}

func (f *fixture) do(t *testing.T, r request) response {
	t.Helper()
	if r.method == "" {
		r.method = "GET"
	}
	req, err := http.NewRequest(r.method, f.url+r.path, bytes.NewReader(r.body))
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range r.header {
		req.Header.Set(k, v)
	}
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }, Timeout: 60 * time.Second}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", r.method, r.path, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return response{status: resp.StatusCode, header: resp.Header, body: string(b)}
}

const refArticle = "../../testdata/article.txt"

func TestAPI(t *testing.T) {
	f := start(t, Config{})
	ref, err := os.ReadFile(refArticle)
	if err != nil {
		t.Fatal(err)
	}
	big := bytes.Repeat([]byte("كلمة "), 21<<20/len("كلمة "))
	one := `{"title":"اجتماع في القاهرة","text":"التقى وزير الخارجية المصري نظيره الأردني في القاهرة يوم الأحد لبحث الأوضاع في المنطقة.","published":"2023-05-07","url":"https://example.org/a1"}`
	array := `[{"title":"خبر أول","text":"نص الخبر الأول عن الاقتصاد في الأردن.","published":"2023-05-08"},{"title":"خبر ثان","text":"نص الخبر الثاني عن الزراعة في مصر.","published":"2023-05-08"}]`
	jsonl := "{\"title\":\"سطر أول\",\"text\":\"نص عن تونس والجزائر.\",\"published\":\"2023-05-09\"}\n{\"title\":\"سطر ثان\",\"text\":\"نص عن المغرب وموريتانيا.\",\"published\":\"2023-05-09\"}\n"
	html := `<!DOCTYPE html><html lang="ar"><head><title>قمة في جدة</title></head><body><article><h1>قمة في جدة</h1><p>عقدت القمة العربية في مدينة جدة بحضور عدد كبير من القادة العرب، وناقشت الأوضاع في السودان واليمن وسوريا.</p><p>وأكد البيان الختامي ضرورة وقف القتال في السودان.</p></article></body></html>`
	tests := []struct {
		name   string
		req    request
		status int
		want   []string // substrings of the body
		ctype  string   // prefix of Content-Type
	}{
		{"health", request{path: "/healthz"}, 200, []string{`"status":"ok"`}, "application/json"},
		{"openapi", request{path: "/api/openapi.json"}, 200, []string{`"openapi"`}, "application/json"},
		{"post text", request{method: "POST", path: "/api/articles?published=2023-04-16", body: ref, header: map[string]string{"Content-Type": "text/plain; charset=utf-8"}}, 201, []string{`"outcome":"inserted"`}, "application/json"},
		{"post text again", request{method: "POST", path: "/api/articles?published=2023-04-16", body: ref}, 200, []string{`"outcome":"unchanged"`}, ""},
		{"post object", request{method: "POST", path: "/api/articles", body: []byte(one), header: map[string]string{"Content-Type": "application/json"}}, 201, []string{`"inserted":1`}, ""},
		{"post array", request{method: "POST", path: "/api/articles", body: []byte(array)}, 201, []string{`"inserted":2`}, ""},
		{"post jsonl", request{method: "POST", path: "/api/articles", body: []byte(jsonl), header: map[string]string{"Content-Type": "application/x-ndjson"}}, 201, []string{`"inserted":2`}, ""},
		{"post html", request{method: "POST", path: "/api/articles?published=2023-05-19", body: []byte(html), header: map[string]string{"Content-Type": "text/html"}}, 201, []string{`"inserted":1`}, ""},
		{"post malformed json", request{method: "POST", path: "/api/articles", body: []byte(`{"title": "x", "text": `)}, 400, []string{`"status":400`, `"error":`}, "application/json"},
		{"post bad jsonl line", request{method: "POST", path: "/api/articles", body: []byte(jsonl + "{oops\n")}, 400, []string{"request body:3: bad JSON at column 2"}, ""},
		{"post empty", request{method: "POST", path: "/api/articles", body: nil}, 400, []string{`"status":400`}, ""},
		{"post 21 MB", request{method: "POST", path: "/api/articles", body: big}, 413, []string{`"status":413`, `the limit is 20971520 bytes (20 MB)`}, "application/json"},
		{"post 42 without a type", request{method: "POST", path: "/api/extract", body: []byte("42")}, 400, []string{`request body: not an article: a JSON number`}, ""},
		{"post JSON 42", request{method: "POST", path: "/api/articles", body: []byte("42"), header: map[string]string{"Content-Type": "application/json"}}, 400, []string{`request body: not an article: a JSON number`}, ""},
		{"post blank items only", request{method: "POST", path: "/api/articles", body: []byte("{}\n{\"title\": \"\"}\n"), header: map[string]string{"Content-Type": "application/x-ndjson"}}, 400, []string{`its 2 items have neither a title nor a text`}, ""},
		{"post a blank item among others", request{method: "POST", path: "/api/extract", body: []byte(`[{"title":"خبر","text":"نص الخبر."}, {}]`)}, 200, []string{`"documents"`}, ""},
		{"post image", request{method: "POST", path: "/api/articles", body: []byte("\x89PNG\r\n\x1a\n\x00\x00"), header: map[string]string{"Content-Type": "image/png"}}, 415, []string{`"status":415`}, ""},
		{"post binary", request{method: "POST", path: "/api/articles", body: []byte("\x00\x01\x02binary")}, 415, []string{`"status":415`}, ""},
		{"post bad published", request{method: "POST", path: "/api/articles?published=yesterday", body: ref}, 400, []string{"published"}, ""},
		{"get known", request{path: "/api/articles/test-putin-li"}, 200, []string{`"id":"test-putin-li"`, `"entities"`, `Li Shangfu`}, "application/json"},
		{"get unknown", request{path: "/api/articles/0000000000"}, 404, []string{`"status":404`, `"error":"no document \"0000000000\" in the archive"`}, "application/json"},
		{"get long id", request{path: "/api/articles/" + strings.Repeat("a", 1000)}, 404, []string{`"status":404`}, ""},
		{"get escaped id", request{path: "/api/articles/%27%20OR%201=1--"}, 404, []string{`"status":404`}, ""},
		{"search", request{path: "/api/search?q=" + url.QueryEscape("بوتين")}, 200, []string{`"total":`, `"highlights"`, "test-putin-li"}, "application/json"},
		{"search filters", request{path: "/api/search?q=" + url.QueryEscape("بوتين") + "&from=2023-04&to=2023-04-30&entity=putin&country=rus&code=04&n=5"}, 200, []string{"test-putin-li"}, ""},
		{"search page 2", request{path: "/api/search?q=" + url.QueryEscape("بوتين") + "&page=2&n=1"}, 200, []string{`"page":2`}, ""},
		{"search sql", request{path: "/api/search?q=" + url.QueryEscape(`'; DROP TABLE documents; -- " OR 1=1`)}, 200, []string{`"total":`}, ""},
		{"search fts syntax", request{path: "/api/search?q=" + url.QueryEscape(`NEAR(بوتين شي) OR text:* ^ "unclosed {col}: AND`)}, 200, []string{`"total":`}, ""},
		{"search only not", request{path: "/api/search?q=" + url.QueryEscape("NOT بوتين")}, 400, []string{`"status":400`}, ""},
		{"search empty", request{path: "/api/search"}, 400, []string{"nothing to search for"}, ""},
		{"search bad from", request{path: "/api/search?q=x&from=2023-13-01"}, 400, []string{"from"}, ""},
		{"search bad to", request{path: "/api/search?q=x&to=tomorrow"}, 400, []string{"to"}, ""},
		{"search bad inline date", request{path: "/api/search?q=" + url.QueryEscape("بوتين from:last-week")}, 400, []string{"from"}, ""},
		{"search bad n", request{path: "/api/search?q=x&n=abc"}, 400, []string{"n:"}, ""},
		{"search bad code", request{path: "/api/search?q=x&code=04%27"}, 400, []string{"code"}, ""},
		{"events jsonl", request{path: "/api/events"}, 200, []string{`"doc_id":"test-putin-li"`, `"code":"040"`}, "application/jsonl"},
		{"events csv", request{path: "/api/events?format=csv&actor=RUS"}, 200, []string{"GLOBALEVENTID", "RUSGOV"}, "text/csv"},
		{"events tsv by accept", request{path: "/api/events?dyad=CHN,RUS", header: map[string]string{"Accept": "text/tab-separated-values"}}, 200, []string{"GLOBALEVENTID\t"}, "text/tab-separated-values"},
		{"events filters", request{path: "/api/events?source=RUSGOV&target=CHN&root=04&code=040&from=2023&to=2023-04-16&originals=true"}, 200, []string{`"code":"040"`}, ""},
		{"events none", request{path: "/api/events?root=19"}, 200, nil, ""},
		{"events by month", request{path: "/api/events?by=month"}, 200, []string{`{"period":"2023-04","count":`}, ""},
		{"events bad by", request{path: "/api/events?by=week"}, 400, []string{"by"}, ""},
		{"events bad date", request{path: "/api/events?from=2023-02-30"}, 400, []string{"from"}, ""},
		{"events bad format", request{path: "/api/events?format=xml"}, 400, []string{"format"}, ""},
		{"events bad dyad", request{path: "/api/events?dyad=RUS"}, 400, []string{"dyad"}, ""},
		{"events bad root", request{path: "/api/events?root=4x"}, 400, []string{"root"}, ""},
		{"actor", request{path: "/api/actors/putin"}, 200, []string{`"name":"Vladimir Putin"`, `"role":"source"`, `"month":"2023-04"`}, "application/json"},
		{"actor quotes", request{path: "/api/actors/li_shangfu"}, 200, []string{`لدينا علاقات قوية للغاية`, `"role":"target"`}, ""},
		{"actor by code", request{path: "/api/actors/CHNMIL"}, 200, []string{`"name":"Li Shangfu"`, `"codes":["CHNMIL"]`}, ""},
		{"actor unknown", request{path: "/api/actors/nobody_at_all"}, 404, []string{`"status":404`, `no actor \"nobody_at_all\" in the archive`}, "application/json"},
		{"extract", request{method: "POST", path: "/api/extract?published=2023-04-16", body: ref}, 200, []string{`"documents"`, `"dates"`, `2023-04-16`}, "application/json"},
		{"extract malformed", request{method: "POST", path: "/api/extract", body: []byte(`[{"title":`)}, 400, []string{`"status":400`}, ""},
		{"unknown api", request{path: "/api/nothing"}, 404, []string{`"status":404`, `no API route \"GET /api/nothing\"`}, "application/json"},
		{"wrong method", request{method: "DELETE", path: "/api/articles/test-putin-li"}, 405, []string{`"status":405`}, "application/json"},
		{"get on a post route", request{path: "/api/extract"}, 405, []string{`"status":405`}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := f.do(t, tt.req)
			if r.status != tt.status {
				t.Errorf("%s %s: status %d, want %d; body %.300s", tt.req.method, tt.req.path, r.status, tt.status, r.body)
			}
			if strings.Contains(r.body, "store:") {
				t.Errorf("%s: the answer leaks the store's own words: %.300s", tt.name, r.body)
			}
			for _, s := range tt.want {
				if !strings.Contains(r.body, s) {
					t.Errorf("%s: body %.500s lacks %q", tt.name, r.body, s)
				}
			}
			if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, tt.ctype) {
				t.Errorf("%s: Content-Type %q, want %s…", tt.name, ct, tt.ctype)
			}
			if r.status >= 400 && strings.HasPrefix(r.header.Get("Content-Type"), "application/json") {
				var e apiError
				if err := json.Unmarshal([]byte(r.body), &e); err != nil || e.Status != r.status || e.Error == "" {
					t.Errorf("%s: error body %q is not {error, status}", tt.name, r.body)
				}
			}
			if csp := r.header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") {
				t.Errorf("%s: Content-Security-Policy %q", tt.name, csp)
			}
		})
	}

	// What was posted is stored and searchable.
	r := f.do(t, request{path: "/api/search?q=" + url.QueryEscape("شانغفو")})
	if !strings.Contains(r.body, "وزير الدفاع الصيني يشيد") {
		t.Errorf("the posted reference article is not found: %.300s", r.body)
	}
	r = f.do(t, request{path: "/api/search?q=" + url.QueryEscape("جدة")})
	if !strings.Contains(r.body, "قمة في جدة") {
		t.Errorf("the posted HTML article is not found: %.300s", r.body)
	}

	// The metrics count what happened.
	r = f.do(t, request{path: "/metrics"})
	for _, s := range []string{
		`rasad_http_requests_total{route="GET /api/search",method="GET",status="200"}`,
		`rasad_http_requests_total{route="POST /api/articles",method="POST",status="413"} 1`,
		`rasad_http_request_duration_seconds_bucket{route="GET /api/search",le="+Inf"}`,
		"rasad_documents 9",
		`rasad_ingest_articles_total{outcome="inserted"} 7`,
		`rasad_ingest_articles_total{outcome="unchanged"} 1`,
	} {
		if !strings.Contains(r.body, s) {
			t.Errorf("metrics lack %q:\n%s", s, r.body)
		}
	}
	if !regexp.MustCompile(`(?m)^# TYPE rasad_http_request_duration_seconds histogram$`).MatchString(r.body) {
		t.Error("metrics lack the histogram's TYPE line")
	}
}

func TestToken(t *testing.T) {
	f := start(t, Config{Token: "s3cret"})
	body := []byte("خبر قصير\nنص قصير عن اجتماع في عمان.")
	tests := []struct {
		name   string
		req    request
		status int
	}{
		{"no token", request{method: "POST", path: "/api/articles", body: body}, 401},
		{"wrong token", request{method: "POST", path: "/api/articles", body: body, header: map[string]string{"Authorization": "Bearer nope"}}, 401},
		{"not bearer", request{method: "POST", path: "/api/articles", body: body, header: map[string]string{"Authorization": "Basic czNjcmV0"}}, 401},
		{"token", request{method: "POST", path: "/api/articles", body: body, header: map[string]string{"Authorization": "Bearer s3cret"}}, 201},
		{"extract is open", request{method: "POST", path: "/api/extract", body: body}, 200},
		{"reads are open", request{path: "/api/search?q=" + url.QueryEscape("عمان")}, 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := f.do(t, tt.req)
			if r.status != tt.status {
				t.Errorf("status %d, want %d: %s", r.status, tt.status, r.body)
			}
			if r.status == 401 && r.header.Get("WWW-Authenticate") == "" {
				t.Error("401 without WWW-Authenticate")
			}
		})
	}
}

func TestPages(t *testing.T) {
	f := start(t, Config{})
	en := map[string]string{"Cookie": langCookie + "=en"}
	tests := []struct {
		name   string
		req    request
		status int
		want   []string
		not    []string
	}{
		{"home", request{path: "/"}, 200, []string{`<html lang="ar" dir="rtl">`, `name="q"`, "/assets/rasad.css"}, nil},
		{"search", request{path: "/?q=" + url.QueryEscape("بوتين")}, 200, []string{"<mark>بوتين</mark>", `href="/articles/test-putin-li"`, "/network?q="}, nil},
		{"search english", request{path: "/?q=" + url.QueryEscape("بوتين"), header: en}, 200, []string{`<html lang="en" dir="ltr">`, `dir="rtl" lang="ar"`}, nil},
		{"search bad date", request{path: "/?q=x&from=2023-99"}, 400, []string{`class="err"`}, nil},
		{"search paging", request{path: "/?q=" + url.QueryEscape("بوتين") + "&n=1"}, 200, []string{`rel="next"`, "page=2"}, nil},
		{"article", request{path: "/articles/test-putin-li"}, 200, []string{
			`class="text" id="text" dir="rtl" lang="ar"`,
			`<a class="hl-ent" href="/actors/putin" data-ent="0"`,
			`data-speaker="Li Shangfu"`, `class="hl-quote"`, `hl-speaker`, `class="hl-date"`, `hl-trig`,
			`<a class="speaker" href="/actors/li_shangfu">لي شانغفو</a>`, `data-speaker="Li Shangfu">`,
			`فلاديمير بوتين → لي شانغفو`,
		}, nil},
		{"article english", request{path: "/articles/test-putin-li", header: en}, 200, []string{"Vladimir Putin → Li Shangfu", `<a class="speaker" href="/actors/li_shangfu">Li Shangfu</a>`, "Consult", `<html lang="en" dir="ltr">`, `dir="rtl" lang="ar"`}, nil},
		{"article unknown", request{path: "/articles/nope"}, 404, []string{"404"}, nil},
		{"actor", request{path: "/actors/putin"}, 200, []string{"فلاديمير بوتين", `<svg class="chart-svg"`, `href="/actors/li_shangfu"`, "تشاور"}, nil},
		{"actor english", request{path: "/actors/li_shangfu", header: en}, 200, []string{"Li Shangfu", "Consult", "was the target of", "لدينا علاقات قوية للغاية"}, nil},
		{"actor unknown", request{path: "/actors/nobody_at_all"}, 404, nil, nil},
		{"network", request{path: "/network?q=" + url.QueryEscape("بوتين")}, 200, []string{`<svg class="network"`, `class="edge coop"`, `href="/actors/putin"`}, nil},
		{"network empty", request{path: "/network"}, 200, []string{`name="q"`}, nil},
		{"events", request{path: "/events?actor=RUS"}, 200, []string{"<table", "040", "/api/events?actor=RUS&amp;format=csv", "<td><bdi>فلاديمير بوتين</bdi> <span"}, nil},
		{"events english", request{path: "/events?actor=RUS", header: en}, 200, []string{"<td><bdi>Vladimir Putin</bdi> <span", "Consult"}, nil},
		{"events bad", request{path: "/events?from=x"}, 400, []string{`class="err"`}, nil},
		{"asset css", request{path: "/assets/rasad.css"}, 200, []string{"--bg"}, nil},
		{"asset js", request{path: "/assets/rasad.js"}, 200, []string{"use strict"}, nil},
		{"asset unknown", request{path: "/assets/nope.js"}, 404, nil, nil},
		{"unknown page", request{path: "/nothing/here"}, 404, []string{"<html"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := f.do(t, tt.req)
			if r.status != tt.status {
				t.Errorf("%s: status %d, want %d; %.300s", tt.req.path, r.status, tt.status, r.body)
			}
			for _, s := range tt.want {
				if !strings.Contains(r.body, s) {
					t.Errorf("%s: page lacks %q", tt.req.path, s)
				}
			}
		})
	}

	// The language switch sets a cookie and goes back, only to a local path.
	for _, tt := range []struct{ back, want string }{
		{"/articles/test-putin-li?x=1", "/articles/test-putin-li?x=1"},
		{"//evil.example/", "/"},
		{"https://evil.example/", "/"},
		{"/\\evil.example", "/"},
	} {
		r := f.do(t, request{path: "/lang?to=en&back=" + url.QueryEscape(tt.back)})
		if r.status != 303 || r.header.Get("Location") != tt.want {
			t.Errorf("/lang back=%q: %d to %q, want 303 to %q", tt.back, r.status, r.header.Get("Location"), tt.want)
		}
		if !strings.Contains(r.header.Get("Set-Cookie"), langCookie+"=en") {
			t.Errorf("/lang: Set-Cookie %q", r.header.Get("Set-Cookie"))
		}
	}
}

// TestEscaping checks that markup in an article shows as text on every
// page that shows the article.
func TestEscaping(t *testing.T) {
	f := start(t, Config{})
	for _, path := range []string{"/articles/test-xss", "/?q=" + url.QueryEscape("السلام"), "/actors/putin", "/network?q=" + url.QueryEscape("السلام")} {
		r := f.do(t, request{path: path})
		if r.status != 200 {
			t.Errorf("%s: status %d", path, r.status)
		}
		for _, bad := range []string{"<script>alert", "<img", "onerror=\"alert", "<b onmouseover", `"><script>`} {
			if strings.Contains(r.body, bad) {
				t.Errorf("%s: page holds %q unescaped", path, bad)
			}
		}
	}
	r := f.do(t, request{path: "/articles/test-xss"})
	for _, s := range []string{"&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;", "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;"} {
		if !strings.Contains(r.body, s) {
			t.Errorf("article page lacks the escaped %q", s)
		}
	}
}

// failing is a store whose reads fail with a message clients must not see.
type failing struct{ store.Store }

var errSecret = errors.New("database is locked at /secret/path/rasad.db")

func (failing) Search(context.Context, search.Query, store.Page) (*store.Results, error) {
	return nil, errSecret
}
func (failing) Get(context.Context, string) (*store.Record, error) { return nil, errSecret }

func TestServerErrorsHideDetails(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "rasad.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	url, _, stop := serve(t, Config{Store: failing{st}, Log: discardLog()})
	defer stop()
	f := &fixture{url: url}
	for _, path := range []string{"/api/search?q=x", "/api/articles/x", "/?q=x", "/articles/x", "/api/actors/putin"} {
		r := f.do(t, request{path: path})
		if r.status != 500 || strings.Contains(r.body, "secret") || strings.Contains(r.body, "locked") {
			t.Errorf("%s: %d %.200s; want 500 without details", path, r.status, r.body)
		}
	}
}

func TestTimeouts(t *testing.T) {
	srv := &Server{log: discardLog()}
	hs := srv.HTTPServer()
	if hs.ReadHeaderTimeout == 0 || hs.ReadTimeout == 0 || hs.WriteTimeout == 0 || hs.IdleTimeout == 0 {
		t.Errorf("timeouts %v %v %v %v; want all set", hs.ReadHeaderTimeout, hs.ReadTimeout, hs.WriteTimeout, hs.IdleTimeout)
	}
}

// TestRoutesDocumented checks that openapi.json documents every route of
// the mux, and nothing else.
func TestRoutesDocumented(t *testing.T) {
	var spec struct {
		Paths map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(openAPI, &spec); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	documented := map[string]bool{}
	for path, ops := range spec.Paths {
		for method := range ops {
			documented[strings.ToUpper(method)+" "+path] = true
		}
	}
	s := &Server{}
	served := map[string]bool{}
	for _, rt := range s.routes() {
		method, path, _ := strings.Cut(rt.pattern, " ")
		path = strings.TrimSuffix(path, "{$}")
		served[method+" "+path] = true
	}
	for r := range served {
		if !documented[r] {
			t.Errorf("route %s is not in openapi.json", r)
		}
	}
	for r := range documented {
		if !served[r] {
			t.Errorf("openapi.json documents %s, which the server does not serve", r)
		}
	}
}

func TestStatusOf(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want int
	}{
		{"not found", fmt.Errorf("doc: %w", store.ErrNotFound), 404},
		{"query", fmt.Errorf("%w: x", search.ErrQuery), 400},
		{"input", badInput(errors.New("bad")), 400},
		{"too large", &http.MaxBytesError{Limit: 1}, 413},
		{"media", errMediaType, 415},
		{"token", errUnauthorized, 401},
		{"other", errors.New("disk on fire"), 500},
	}
	for _, tt := range tests {
		if got := statusOf(tt.err); got != tt.want {
			t.Errorf("statusOf(%s) = %d, want %d", tt.name, got, tt.want)
		}
	}
}

// TestBusy checks that a request that waits too long for a slot is refused
// with 503 and Retry-After, and that slots are given back.
func TestBusy(t *testing.T) {
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "rasad.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	srv, err := New(Config{Store: st, Log: discardLog()})
	if err != nil {
		t.Fatal(err)
	}
	srv.readWait, srv.writeWait = 50*time.Millisecond, 50*time.Millisecond
	for range cap(srv.reads) {
		srv.reads <- struct{}{}
	}
	srv.writes <- struct{}{}
	tests := []struct{ method, path string }{
		{"GET", "/api/search?q=x"},
		{"GET", "/?q=x"},
		{"POST", "/api/articles"},
	}
	for _, tt := range tests {
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, httptest.NewRequest(tt.method, tt.path, strings.NewReader("عنوان\nنص")))
		if rec.Code != 503 || rec.Header().Get("Retry-After") == "" || !strings.Contains(rec.Body.String(), "busy") {
			t.Errorf("%s %s with no slot: %d %q; want 503 busy with Retry-After", tt.method, tt.path, rec.Code, rec.Body.String())
		}
	}
	<-srv.reads
	<-srv.writes
	for _, tt := range tests {
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, httptest.NewRequest(tt.method, tt.path, strings.NewReader("عنوان\nنص")))
		if rec.Code >= 500 {
			t.Errorf("%s %s with a slot: %d %s", tt.method, tt.path, rec.Code, rec.Body.String())
		}
	}
	if len(srv.reads) != cap(srv.reads)-1 || len(srv.writes) != 0 {
		t.Errorf("slots not given back: reads %d of %d, writes %d", len(srv.reads), cap(srv.reads), len(srv.writes))
	}
}
