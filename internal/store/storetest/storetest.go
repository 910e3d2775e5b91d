// Package storetest is the contract test suite that every store.Store
// passes: call Run from the adapter's tests with a function that opens an
// empty store.
package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/dedup"
	"rasad/internal/news"
	"rasad/internal/search"
	"rasad/internal/seed"
	"rasad/internal/store"
)

// Run runs the contract tests; open must return a new, empty store, and may
// register its own cleanup (Run closes each store it opens too).
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	tests := []struct {
		name string
		fn   func(*testing.T, store.Store)
	}{
		{"RoundTrip", testRoundTrip},
		{"NotFound", testNotFound},
		{"Idempotent", testIdempotent},
		{"Invalid", testInvalid},
		{"Batch", testBatch},
		{"ArabicMatching", testArabicMatching},
		{"Operators", testOperators},
		{"Filters", testFilters},
		{"Hostile", testHostile},
		{"SnippetAndRank", testSnippetAndRank},
		{"Paging", testPaging},
		{"Events", testEvents},
		{"Near", testNear},
		{"Recheck", testRecheck},
		{"ConcurrentReaders", testConcurrentReaders},
		{"CancelledPut", testCancelledPut},
		{"StaleExtractor", StaleExtractor},
		{"EntityNames", testEntityNames},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() { s.Close() })
			tt.fn(t, s)
		})
	}
}

// NewDocument returns a document of text (a title line, then the body) with
// no extraction but its tokens, for tests and benchmarks.
func NewDocument(id, published, source, text string) *news.Document {
	title, _, _ := strings.Cut(text, "\n")
	return &news.Document{
		ID: id, Title: title, Published: published, Source: source, Text: text,
		Tokens: arabic.Tokenize(text),
	}
}

// span returns the offsets of the nth (from 0) occurrence of word in text.
func span(t testing.TB, text, word string, nth int) (int, int) {
	at := 0
	for i := 0; ; i++ {
		j := strings.Index(text[at:], word)
		if j < 0 {
			t.Fatalf("%q has no occurrence %d", word, nth)
		}
		if i == nth {
			return at + j, at + j + len(word)
		}
		at += j + len(word)
	}
}

// ReferenceDocument is the reference article with the entities, quotes,
// dates and events a correct extraction finds in it (a few of each).
func ReferenceDocument(t testing.TB) *news.Document {
	d := NewDocument("ref-2023-04-16", seed.Published, "إيصال نيوز", seed.Text(t))
	ment := func(word string, nth ...int) []news.Mention {
		var ms []news.Mention
		for _, n := range nth {
			s, e := span(t, d.Text, word, n)
			ms = append(ms, news.Mention{Start: s, End: e, Text: word})
		}
		return ms
	}
	d.Entities = []news.Entity{
		{ID: "e1", Name: "Vladimir Putin", NameAr: "فلاديمير بوتين", Type: news.PER, Country: "RUS", Actor: "RUSGOV", ActorID: "Q7747", Mentions: ment("بوتين", 0, 1, 2)},
		{ID: "e2", Name: "Li Shangfu", NameAr: "لي شانغفو", Type: news.PER, Country: "CHN", Actor: "CHNMIL", Mentions: ment("شانغفو", 0, 1)},
		{ID: "e3", Name: "Moscow", NameAr: "موسكو", Type: news.LOC, Country: "RUS", Mentions: ment("موسكو", 0)},
	}
	qs, qe := span(t, d.Text, "هناك تطور جيد في جميع الاتجاهات", 0)
	d.Quotes = []news.Quote{{
		Speaker: &news.Speaker{Name: "Vladimir Putin", Country: "RUS", Text: "بوتين"},
		Text:    d.Text[qs:qe], Direct: true, Start: qs, End: qe,
	}}
	ds, de := span(t, d.Text, "الأحد", 0)
	d.Dates = []news.Date{{Text: "الأحد", Value: "2023-04-16", Start: ds, End: de}}
	d.Events = []news.Event{
		{Code: "040", Label: "Consult", Source: news.Party{Name: "Vladimir Putin", Country: "RUS", Actor: "RUSGOV", Entity: "e1"},
			Target: &news.Party{Name: "Li Shangfu", Country: "CHN", Actor: "CHNMIL", Entity: "e2"}, Date: "2023-04-16",
			Location: "Moscow", Polarity: news.Asserted, Sentence: 1, Text: "اجتمع الرئيس الروسي", Goldstein: 1, QuadClass: 1,
			Trigger: &news.Span{Start: 0, End: 10}},
		{Code: "051", Source: news.Party{Name: "Li Shangfu", Country: "CHN", Actor: "CHNMIL"},
			Target: &news.Party{Name: "Russia", Country: "RUS", Actor: "RUS"}, Date: "2023-04-16",
			Polarity: news.Asserted, Sentence: 2, Text: "أشاد وزير الدفاع الصيني", Goldstein: 3.4, QuadClass: 1},
	}
	return d
}

func put(t *testing.T, s store.Store, e store.Entry, want store.Outcome) {
	t.Helper()
	got, err := store.Put(context.Background(), s, e)
	if err != nil {
		t.Fatalf("Put(%s): %v", e.Doc.ID, err)
	}
	if got != want {
		t.Fatalf("Put(%s) = %s, want %s", e.Doc.ID, got, want)
	}
}

func putDocs(t *testing.T, s store.Store, docs ...*news.Document) {
	t.Helper()
	for _, d := range docs {
		put(t, s, store.Entry{Doc: d}, store.Inserted)
	}
}

// find runs a query and returns the ids of all its hits, sorted.
// findCase is a search and the documents it must find, in any order.
type findCase struct {
	name, query string
	want        []string
}

// checkFinds runs each case as a subtest: Search finds its documents and
// no others.
func checkFinds(t *testing.T, s store.Store, cases []findCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			want := slices.Sorted(slices.Values(tt.want))
			if got := find(t, s, tt.query); !slices.Equal(got, want) {
				t.Errorf("Search(%q) = %v, want %v", tt.query, got, want)
			}
		})
	}
}

func find(t *testing.T, s store.Store, query string) []string {
	t.Helper()
	q, err := search.Parse(query)
	if err != nil {
		t.Fatalf("Parse(%q): %v", query, err)
	}
	res, err := s.Search(context.Background(), q, store.Page{Limit: 100})
	if err != nil {
		t.Fatalf("Search(%q): %v", query, err)
	}
	ids := []string{}
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
	}
	if res.Total != len(ids) {
		t.Errorf("Search(%q): Total = %d, %d hits", query, res.Total, len(ids))
	}
	slices.Sort(ids)
	return ids
}

func comparable(d *news.Document) string {
	c := *d
	c.Tokens = nil
	b, _ := json.Marshal(&c)
	return string(b)
}

func testRoundTrip(t *testing.T, s store.Store) {
	d := ReferenceDocument(t)
	e := store.Entry{Doc: d, Origin: "article.txt", SimHash: 0xDEADBEEF12345678}
	put(t, s, e, store.Inserted)
	r, err := s.Get(context.Background(), d.ID)
	if err != nil {
		t.Fatalf("Get(%s): %v", d.ID, err)
	}
	if got, want := comparable(r.Doc), comparable(d); got != want {
		t.Errorf("Get(%s).Doc =\n%s\nwant\n%s", d.ID, got, want)
	}
	if r.Origin != e.Origin || r.SimHash != e.SimHash || r.DuplicateOf != "" {
		t.Errorf("Get(%s) = origin %q simhash %x duplicate of %q, want %q %x \"\"", d.ID, r.Origin, r.SimHash, r.DuplicateOf, e.Origin, e.SimHash)
	}
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := store.Stats{Documents: 1, Entities: 3, Quotes: 1, Dates: 1, Events: 2}
	if len(st.Versions) != 1 || st.Versions[0].Documents != 1 || st.Versions[0].Extractor != "" {
		t.Errorf("Stats().Versions = %+v, want one version of 1 document, no extractor", st.Versions)
	}
	st.Bytes, st.Versions = 0, nil
	if !reflect.DeepEqual(st, want) {
		t.Errorf("Stats() = %+v, want %+v", st, want)
	}
}

func testNotFound(t *testing.T, s store.Store) {
	if _, err := s.Get(context.Background(), "no-such-id"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Get(no-such-id) error = %v, want ErrNotFound", err)
	}
}

func testIdempotent(t *testing.T, s store.Store) {
	d := ReferenceDocument(t)
	put(t, s, store.Entry{Doc: d}, store.Inserted)
	put(t, s, store.Entry{Doc: ReferenceDocument(t)}, store.Unchanged)

	// A corrected text replaces the old version and all its rows.
	c := ReferenceDocument(t)
	c.Text = strings.ReplaceAll(c.Text, "الكرملين", "قصر الإليزيه")
	c.Tokens = arabic.Tokenize(c.Text)
	c.Entities = c.Entities[:1]
	c.Entities[0].Mentions = nil
	c.Events = c.Events[:1]
	c.Quotes, c.Dates = nil, nil
	put(t, s, store.Entry{Doc: c}, store.Updated)
	put(t, s, store.Entry{Doc: c}, store.Unchanged)

	// The same text with another publication date (an article stored
	// undated, then ingested again with --published) replaces it too.
	dated := *c
	dated.Published = "2023-04-17"
	put(t, s, store.Entry{Doc: &dated}, store.Updated)
	put(t, s, store.Entry{Doc: &dated}, store.Unchanged)
	put(t, s, store.Entry{Doc: c}, store.Updated)

	if got := find(t, s, "الكرملين"); len(got) != 0 {
		t.Errorf("after update, الكرملين still finds %v", got)
	}
	if got := find(t, s, "الإليزيه"); !slices.Equal(got, []string{d.ID}) {
		t.Errorf("after update, الإليزيه finds %v, want [%s]", got, d.ID)
	}
	r, err := s.Get(context.Background(), d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if comparable(r.Doc) != comparable(c) {
		t.Errorf("after update Get returns the old document")
	}
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	st.Bytes, st.Versions = 0, nil
	if want := (store.Stats{Documents: 1, Entities: 1, Events: 1}); !reflect.DeepEqual(st, want) {
		t.Errorf("after update Stats() = %+v, want %+v (old rows must go)", st, want)
	}
	n := 0
	if err := s.Events(context.Background(), store.EventFilter{}, func(store.EventRecord) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	if n != 1 {
		t.Errorf("after update Events yields %d events, want 1", n)
	}
}

func testInvalid(t *testing.T, s store.Store) {
	for name, e := range map[string]store.Entry{
		"nil":           {},
		"no id":         {Doc: NewDocument("", "2023-01-01", "", "نص")},
		"self":          {Doc: NewDocument("x", "2023-01-01", "", "نص"), DuplicateOf: "x"},
		"token outside": {Doc: &news.Document{ID: "y", Text: "نص", Tokens: []news.Token{{Start: 0, End: 99, Kind: news.Word}}}},
	} {
		if _, err := store.Put(context.Background(), s, e); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("Put(%s) error = %v, want ErrInvalid", name, err)
		}
	}
}

func testBatch(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := NewDocument("batch-a", "2023-01-01", "", "أ\nنص أول عن موسكو")
	b := NewDocument("batch-b", "2023-01-02", "", "ب\nنص ثان عن موسكو")
	b2 := NewDocument("batch-b", "2023-01-02", "", "ب\nنص ثان مصحح عن موسكو")
	out, err := s.PutBatch(ctx, []store.Entry{{Doc: a}, {Doc: b}, {Doc: b}, {Doc: b2}})
	if err != nil {
		t.Fatal(err)
	}
	if want := []store.Outcome{store.Inserted, store.Inserted, store.Unchanged, store.Updated}; !slices.Equal(out, want) {
		t.Errorf("PutBatch = %v, want %v", out, want)
	}
	if got := find(t, s, "موسكو"); !slices.Equal(got, []string{"batch-a", "batch-b"}) {
		t.Errorf("after PutBatch موسكو finds %v", got)
	}
	// One bad entry: nothing of the batch is written.
	c := NewDocument("batch-c", "2023-01-03", "", "ج\nنص ثالث عن موسكو")
	if _, err := s.PutBatch(ctx, []store.Entry{{Doc: c}, {Doc: NewDocument("", "", "", "بلا معرف")}}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("PutBatch with an invalid entry: error %v, want ErrInvalid", err)
	}
	if _, err := s.Get(ctx, "batch-c"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("PutBatch that failed wrote batch-c: %v", err)
	}
	// A batch cancelled on its way leaves nothing.
	d := NewDocument("batch-d", "2023-01-03", "", "د\nنص رابع عن موسكو")
	if _, err := s.PutBatch(newCancelAfter(5), []store.Entry{{Doc: c}, {Doc: ReferenceDocument(t)}, {Doc: d}}); err == nil {
		t.Fatal("PutBatch with a context cancelled half way succeeded")
	}
	for _, id := range []string{"batch-c", "batch-d", "ref-2023-04-16"} {
		if _, err := s.Get(ctx, id); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("cancelled PutBatch wrote %s: %v", id, err)
		}
	}
	if got, _ := s.PutBatch(ctx, nil); len(got) != 0 {
		t.Errorf("PutBatch(nil) = %v", got)
	}
}

// The small corpus of the matching tests: one spelling each.
var spellings = []struct{ id, text string }{
	{"waw-putin", "اتصال هاتفي\nوبوتين تحدث مع الرئيس الفرنسي."},
	{"lam-putin", "رسالة\nوجه الرئيس رسالة لبوتين أمس."},
	{"vowelled-putin", "تصريح\nقال بوتينُ إن المحادثات مفيدة."},
	{"aorta", "طب\nأصيب المريض بتمزق في الوتين وتين القلب."},
	{"muhammad-vowelled", "خبر\nالتقى مُحَمَّدٌ بالوزير."},
	{"muhammad-plain", "خبر آخر\nسافر محمد إلى القاهرة."},
	{"ukraine-hamza", "حرب\nالقتال مستمر في أوكرانيا."},
	{"ukraine-plain", "حرب ثانية\nالجيش دخل اوكرانيا امس."},
	{"ukraine-clitic", "حرب ثالثة\nالدعم الغربي لأوكرانيا يتزايد."},
	{"mustafa-ya", "رياضة\nسجل مصطفي هدفا."},
	{"mustafa-alef", "رياضة ثانية\nسجل مصطفى هدفين."},
	{"cairo-heh", "عاصمة\nوصل الوفد إلى القاهره مساء."},
	{"relations", "سياسة\nوالعلاقات بين البلدين جيدة، وتطورت علاقاتهما بسرعة."},
	{"tatweel", "عنوان\nقال الرئيـــس كلمته."},
}

func corpus(t *testing.T, s store.Store) {
	t.Helper()
	for _, sp := range spellings {
		put(t, s, store.Entry{Doc: NewDocument(sp.id, "2023-01-01", "test", sp.text)}, store.Inserted)
	}
}

func testArabicMatching(t *testing.T, s store.Store) {
	corpus(t, s)
	checkFinds(t, s, []findCase{
		{"name through clitics and vowels, not aorta", "بوتين", []string{"lam-putin", "vowelled-putin", "waw-putin"}},
		// The other way round is ambiguous without a lexicon: وتين finds
		// بوتين too, read as ب + وتين.
		{"vowelled query", "مُحَمَّد", []string{"muhammad-plain", "muhammad-vowelled"}},
		{"plain query finds vowelled", "محمد", []string{"muhammad-plain", "muhammad-vowelled"}},
		{"hamza query", "أوكرانيا", []string{"ukraine-clitic", "ukraine-hamza", "ukraine-plain"}},
		{"bare alef query", "اوكرانيا", []string{"ukraine-clitic", "ukraine-hamza", "ukraine-plain"}},
		{"alef maksura", "مصطفى", []string{"mustafa-alef", "mustafa-ya"}},
		{"yeh", "مصطفي", []string{"mustafa-alef", "mustafa-ya"}},
		{"teh marbuta", "القاهرة", []string{"cairo-heh", "muhammad-plain"}},
		{"heh", "القاهره", []string{"cairo-heh", "muhammad-plain"}},
		{"article and conjunction", "علاقات", []string{"relations"}},
		{"definite query", "العلاقات", []string{"relations"}},
		{"pronoun suffix", "علاقات البلدين", []string{"relations"}},
		{"tatweel", "الرئيس", []string{"lam-putin", "tatweel", "waw-putin"}},
	})
}

func testOperators(t *testing.T, s store.Store) {
	corpus(t, s)
	putDocs(t, s, ReferenceDocument(t))
	ref := "ref-2023-04-16"
	checkFinds(t, s, []findCase{
		{"phrase", `"وزير الدفاع الصيني"`, []string{ref}},
		{"phrase with clitic on first word", `"الرئيس الروسي"`, []string{ref}},
		{"phrase in the wrong order", `"الصيني الدفاع"`, []string{}},
		{"and", "بوتين موسكو", []string{ref}},
		{"explicit and", "بوتين AND هاتفي", []string{"waw-putin"}},
		{"or", "مصطفى OR القاهرة", []string{"cairo-heh", "muhammad-plain", "mustafa-alef", "mustafa-ya"}},
		{"arabic or", "مصطفى أو القاهرة", []string{"cairo-heh", "muhammad-plain", "mustafa-alef", "mustafa-ya"}},
		{"not", "بوتين NOT هاتفي", []string{"lam-putin", ref, "vowelled-putin"}},
		{"minus", "بوتين -هاتفي -موسكو", []string{"lam-putin", "vowelled-putin"}},
		{"group", "(مصطفى OR محمد) -القاهرة", []string{"muhammad-vowelled", "mustafa-alef", "mustafa-ya"}},
		{"prefix", "اوكران*", []string{"ukraine-clitic", "ukraine-hamza", "ukraine-plain", ref}},
		{"prefix through clitic", "بوتي*", []string{"lam-putin", ref, "vowelled-putin", "waw-putin"}},
	})
}

func testFilters(t *testing.T, s store.Store) {
	ref := ReferenceDocument(t)
	a := NewDocument("a", "2022-06-01", "وكالة الأنباء", "خبر أول\nاجتمع بوتين مع الرئيس الصيني في بكين.")
	a.Entities = []news.Entity{{Name: "Vladimir Putin", NameAr: "فلاديمير بوتين", Type: news.PER, Country: "RUS", Actor: "RUSGOV"},
		{Name: "Beijing", NameAr: "بكين", Type: news.LOC, Country: "CHN"}}
	a.Events = []news.Event{{Code: "036", Source: news.Party{Country: "RUS"}, Target: &news.Party{Country: "CHN"}, Polarity: news.Asserted}}
	b := NewDocument("b", "2024-02-10", "صحيفة", "خبر ثان\nانتقد بوتين العقوبات الغربية.")
	b.Entities = []news.Entity{{Name: "Vladimir Putin", NameAr: "بوتين", Type: news.PER, Country: "RUS"}}
	b.Events = []news.Event{{Code: "111", Source: news.Party{Country: "RUS"}, Polarity: news.Asserted}}
	putDocs(t, s, ref, a, b)
	checkFinds(t, s, []findCase{
		{"from", "بوتين from:2023-01-01", []string{"b", ref.ID}},
		{"to", "بوتين to:2023-04-16", []string{"a", ref.ID}},
		{"range by month", "بوتين from:2023-04 to:2023-04", []string{ref.ID}},
		{"year", "بوتين from:2024", []string{"b"}},
		{"source", `بوتين source:"إيصال نيوز"`, []string{ref.ID}},
		{"two sources", `بوتين source:"إيصال نيوز" source:صحيفة`, []string{"b", ref.ID}},
		{"entity by name", `entity:"Li Shangfu"`, []string{ref.ID}},
		{"entity by arabic name", `بوتين entity:"لى شانغفو"`, []string{ref.ID}},
		{"entity by actor", `entity:RUSGOV`, []string{"a", ref.ID}},
		{"country", "بوتين country:chn", []string{"a", ref.ID}},
		{"event code prefix", "بوتين code:04", []string{ref.ID}},
		{"event root and code", "code:11 OR code:036", []string{"a", "b"}},
		{"filters only", "from:2024-01-01", []string{"b"}},
		{"filters exclude all", "بوتين from:2030", []string{}},
	})
}

// Hostile are queries that must give results or a clean error.
var Hostile = []string{
	`"`, `""`, `"""`, `*`, `**`, `-`, `--`, `NOT`, `NOT بوتين`, `OR`, `AND AND`, `(`, `)`, `)(`,
	`NEAR(بوتين موسكو`, `NEAR(بوتين موسكو, 2)`, `بوتين NEAR/3 موسكو`, `{text}: بوتين`, `text:بوتين`,
	`^بوتين`, `بوتين + موسكو`, `'; DROP TABLE documents; --`, `' OR '1'='1`, `\`, `\\"`, `$1`, `%`, `_`,
	`بوتين:*`, `بوتين & !موسكو`, `<->`, `!!`, `''`, "\x00", "\xff\xfe", `" OR 1=1 --`,
	strings.Repeat("(", 200) + "بوتين", strings.Repeat("بوتين OR ", 300), strings.Repeat(`"a `, 100),
	`مصطفى*****`, `*بوتين`, `from:2023-13-45`, `from:x`, `entity:`, `code:'; DROP`, `source:"`,
}

func testHostile(t *testing.T, s store.Store) {
	corpus(t, s)
	for _, h := range Hostile {
		q, err := search.Parse(h)
		if err != nil {
			if !errors.Is(err, search.ErrQuery) {
				t.Errorf("Parse(%q) error %v does not wrap ErrQuery", h, err)
			}
			continue
		}
		_, err = s.Search(context.Background(), q, store.Page{})
		if err == nil {
			continue
		}
		if !errors.Is(err, search.ErrQuery) {
			t.Errorf("Search(%q) error = %v, want nil or an ErrQuery", h, err)
		}
		msg := strings.ToLower(err.Error())
		for _, leak := range []string{"sql", "fts5", "syntax error", "tsquery", "sqlstate"} {
			if strings.Contains(msg, leak) {
				t.Errorf("Search(%q) error %q leaks %q", h, err, leak)
			}
		}
	}
	// The store is intact.
	if got := find(t, s, "بوتين"); len(got) != 3 {
		t.Errorf("after hostile queries بوتين finds %v", got)
	}
}

func testSnippetAndRank(t *testing.T, s store.Store) {
	corpus(t, s)
	putDocs(t, s, ReferenceDocument(t))
	q, _ := search.Parse("بوتين")
	res, err := s.Search(context.Background(), q, store.Page{SnippetBytes: 120})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 4 {
		t.Fatalf("Search(بوتين) = %+v, want 4 hits", res.Hits)
	}
	for i, h := range res.Hits {
		if i > 0 && h.Score > res.Hits[i-1].Score {
			t.Errorf("hit %d scores %v above hit %d's %v", i, h.Score, i-1, res.Hits[i-1].Score)
		}
		if len(h.Snippet.Highlights) == 0 {
			t.Errorf("hit %s: snippet %q marks nothing", h.ID, h.Snippet.Text)
		}
		r, err := s.Get(context.Background(), h.ID)
		if err != nil {
			t.Fatal(err)
		}
		sn := h.Snippet
		if r.Doc.Text[sn.Start:sn.Start+len(sn.Text)] != sn.Text {
			t.Errorf("hit %s: snippet %q is not the original text at %d", h.ID, sn.Text, sn.Start)
		}
		for _, hl := range sn.Highlights {
			if w := sn.Text[hl.Start:hl.End]; arabic.SearchKey(w) != "بوتين" && !strings.HasSuffix(arabic.SearchKey(w), "بوتين") {
				t.Errorf("hit %s: highlight %q is not a form of بوتين", h.ID, w)
			}
		}
		if h.Title == "" || h.Published == "" {
			t.Errorf("hit %s has no title or date: %+v", h.ID, h)
		}
	}
	for _, h := range res.Hits {
		if h.ID == "waw-putin" {
			if got := h.Snippet.Mark("<b>", "</b>"); !strings.Contains(got, "<b>وبوتين</b>") {
				t.Errorf("snippet of waw-putin = %q, want <b>وبوتين</b> marked", got)
			}
		}
	}
}

func testPaging(t *testing.T, s store.Store) {
	for i := range 25 {
		d := NewDocument(fmt.Sprintf("p%02d", i), "2023-05-01", "test", "عنوان\n"+strings.Repeat("روسيا ", i+1)+"والصين")
		putDocs(t, s, d)
	}
	q, _ := search.Parse("روسيا")
	var all []string
	for off := 0; off < 30; off += 10 {
		res, err := s.Search(context.Background(), q, store.Page{Offset: off, Limit: 10})
		if err != nil {
			t.Fatal(err)
		}
		if res.Total != 25 {
			t.Errorf("page at %d: Total = %d, want 25", off, res.Total)
		}
		for _, h := range res.Hits {
			all = append(all, h.ID)
		}
	}
	if len(all) != 25 {
		t.Fatalf("three pages give %d hits, want 25", len(all))
	}
	if all[0] != "p24" {
		t.Errorf("first hit %s, want p24 (most mentions)", all[0])
	}
	seen := map[string]bool{}
	for _, id := range all {
		if seen[id] {
			t.Errorf("%s on two pages", id)
		}
		seen[id] = true
	}
}

func event(code, src, tgt, date string) news.Event {
	return news.Event{Code: code, Source: news.Party{Name: src, Country: src, Actor: src + "GOV"},
		Target: &news.Party{Name: tgt, Country: tgt, Actor: tgt + "GOV"}, Date: date, Polarity: news.Asserted}
}

func testEvents(t *testing.T, s store.Store) {
	ctx := context.Background()
	wire := "تعاون\nوقعت الصين وروسيا اتفاقية تعاون عسكري جديدة في موسكو اليوم."
	orig := NewDocument("wire-1", "2023-03-02", "وكالة", wire)
	orig.Events = []news.Event{event("036", "CHN", "RUS", "2023-03-02"), event("061", "CHN", "RUS", "2023-03-02")}
	dup := NewDocument("wire-1-copy", "2023-03-03", "صحيفة", wire+" (نقلا عن وكالة)")
	dup.Events = []news.Event{event("036", "CHN", "RUS", "2023-03-02"), event("061", "CHN", "RUS", "2023-03-02")}
	apr := NewDocument("apr", "2023-04-20", "وكالة", "زيارة\nزار وزير روسي بكين.")
	apr.Events = []news.Event{event("042", "RUS", "CHN", ""), event("036", "RUS", "CHN", "2023-04-19"), event("111", "USA", "CHN", "2023-04-19")}
	old := NewDocument("old", "2022-12-31", "وكالة", "قديم\nخبر قديم.")
	old.Events = []news.Event{event("036", "CHN", "RUS", "2022-12-30")}
	put(t, s, store.Entry{Doc: orig}, store.Inserted)
	put(t, s, store.Entry{Doc: dup, DuplicateOf: "wire-1"}, store.Inserted)
	putDocs(t, s, apr, old)

	counts, err := s.CountEvents(ctx, store.EventFilter{Source: "CHN", Target: "RUS", Both: true, From: "2023-01-01"}, store.Month)
	if err != nil {
		t.Fatal(err)
	}
	want := []store.Count{{Period: "2023-03", Count: 2}, {Period: "2023-04", Count: 2}}
	if !reflect.DeepEqual(counts, want) {
		t.Errorf("CountEvents(CHN-RUS both ways, by month) = %v, want %v (the copy counted once)", counts, want)
	}
	counts, err = s.CountEvents(ctx, store.EventFilter{Source: "CHN", Target: "RUS", Root: "03"}, store.Year)
	if err != nil {
		t.Fatal(err)
	}
	want = []store.Count{{Period: "2022", Count: 1}, {Period: "2023", Count: 1}}
	if !reflect.DeepEqual(counts, want) {
		t.Errorf("CountEvents(CHN→RUS, root 03, by year) = %v, want %v", counts, want)
	}

	tests := []struct {
		name string
		f    store.EventFilter
		want []string // doc:code, in order
	}{
		{"all", store.EventFilter{}, []string{"old:036", "wire-1:036", "wire-1:061", "wire-1-copy:036", "wire-1-copy:061", "apr:036", "apr:111", "apr:042"}},
		{"originals", store.EventFilter{Originals: true, From: "2023"}, []string{"wire-1:036", "wire-1:061", "apr:036", "apr:111", "apr:042"}},
		{"actor", store.EventFilter{Actor: "USAGOV"}, []string{"apr:111"}},
		{"actor country", store.EventFilter{Actor: "USA"}, []string{"apr:111"}},
		{"direction", store.EventFilter{Source: "RUS", Target: "CHN"}, []string{"apr:036", "apr:042"}},
		{"code", store.EventFilter{Code: "061"}, []string{"wire-1:061", "wire-1-copy:061"}},
		{"root", store.EventFilter{Root: "04"}, []string{"apr:042"}},
		{"date range", store.EventFilter{From: "2023-04-01", To: "2023-04-19"}, []string{"apr:036", "apr:111"}},
		{"date by month", store.EventFilter{From: "2023-04", To: "2023-04"}, []string{"apr:036", "apr:111", "apr:042"}},
		{"newest first", store.EventFilter{Sort: "-date"}, []string{"apr:042", "apr:036", "apr:111", "wire-1-copy:036", "wire-1-copy:061", "wire-1:036", "wire-1:061", "old:036"}},
		{"newest first, a page", store.EventFilter{Sort: "-date", Offset: 2, Limit: 3}, []string{"apr:111", "wire-1-copy:036", "wire-1-copy:061"}},
		{"oldest first, from an offset", store.EventFilter{Offset: 6}, []string{"apr:111", "apr:042"}},
		{"by code", store.EventFilter{Sort: "code", Limit: 5}, []string{"apr:036", "wire-1-copy:036", "wire-1:036", "old:036", "apr:042"}},
		{"by code, last first", store.EventFilter{Sort: "-code", Limit: 2}, []string{"apr:111", "wire-1-copy:061"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := []string{}
			err := s.Events(ctx, tt.f, func(r store.EventRecord) error {
				got = append(got, r.DocID+":"+r.Event.Code)
				if r.DocID == "wire-1-copy" && r.DuplicateOf != "wire-1" {
					t.Errorf("event of the copy has DuplicateOf %q", r.DuplicateOf)
				}
				if r.Event.Target == nil || r.Date == "" {
					t.Errorf("event %+v lost its target or date", r)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Events(%+v) = %v, want %v", tt.f, got, tt.want)
			}
		})
	}
	if err := s.Events(ctx, store.EventFilter{Sort: "title"}, func(store.EventRecord) error { return nil }); err == nil {
		t.Errorf("Events sorted by an unknown key: no error")
	}
	stop := errors.New("stop")
	n := 0
	if err := s.Events(ctx, store.EventFilter{}, func(store.EventRecord) error { n++; return stop }); !errors.Is(err, stop) || n != 1 {
		t.Errorf("Events stopping at the first: %v after %d, want stop after 1", err, n)
	}
}

func testNear(t *testing.T, s store.Store) {
	ctx := context.Background()
	base := dedup.SimHash(strings.Fields(arabic.SearchKey(seed.Text(t))))
	put(t, s, store.Entry{Doc: ReferenceDocument(t), SimHash: base}, store.Inserted)
	put(t, s, store.Entry{Doc: NewDocument("far", "2023-01-01", "", "بعيد\nنص آخر"), SimHash: ^base}, store.Inserted)
	put(t, s, store.Entry{Doc: NewDocument("none", "2023-01-01", "", "بلا بصمة\nنص")}, store.Inserted)
	for d := 0; d <= dedup.MaxDistance; d++ {
		h := base
		for b := range d {
			h ^= 1 << (b*11 + 3) // one bit in each of d bands
		}
		got, err := s.Near(ctx, h, dedup.MaxDistance)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 || got[0].ID != "ref-2023-04-16" || got[0].Distance != d || got[0].SimHash != base {
			t.Errorf("Near(%d bits away) = %+v, want the reference article at distance %d", d, got, d)
		}
		if got, _ := s.Near(ctx, h, d-1); d > 0 && len(got) != 0 {
			t.Errorf("Near(%d bits away, max %d) = %+v, want none", d, d-1, got)
		}
	}
	if got, err := s.Near(ctx, 0, 3); err != nil || len(got) != 0 {
		t.Errorf("Near(0) = %v, %v; want nothing (0 means no hash)", got, err)
	}
}

func testConcurrentReaders(t *testing.T, s store.Store) {
	ctx := context.Background()
	corpus(t, s)
	q, _ := search.Parse("بوتين OR روسيا")
	var done atomic.Bool
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for range 3 {
		wg.Add(1)
		go func() { // lives until the writer is done
			defer wg.Done()
			for !done.Load() {
				res, err := s.Search(ctx, q, store.Page{})
				if err != nil {
					errs <- fmt.Errorf("search during writes: %w", err)
					return
				}
				for _, h := range res.Hits {
					if _, err := s.Get(ctx, h.ID); err != nil {
						errs <- fmt.Errorf("get %s during writes: %w", h.ID, err)
						return
					}
				}
			}
		}()
	}
	ref := ReferenceDocument(t)
	for i := range 20 {
		d := *ref
		d.ID = fmt.Sprintf("w%02d", i)
		d.Text = ref.Text + strings.Repeat(" روسيا", i)
		d.Tokens = arabic.Tokenize(d.Text)
		if _, err := store.Put(ctx, s, store.Entry{Doc: &d}); err != nil {
			errs <- err
			break
		}
	}
	done.Store(true)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if got := find(t, s, "شانغفو"); len(got) != 20 {
		t.Errorf("after 20 writes شانغفو finds %d documents, want 20", len(got))
	}
}

// cancelAfter is a context that is cancelled once Done or Err has been
// called n times: a cancellation at a chosen step of Put.
type cancelAfter struct {
	context.Context
	calls, n atomic.Int64
	once     sync.Once
	done     chan struct{}
}

func newCancelAfter(n int64) *cancelAfter {
	c := &cancelAfter{Context: context.Background(), done: make(chan struct{})}
	c.n.Store(n)
	return c
}

func (c *cancelAfter) tick() {
	if c.calls.Add(1) > c.n.Load() {
		c.once.Do(func() { close(c.done) })
	}
}

func (c *cancelAfter) Done() <-chan struct{} { c.tick(); return c.done }

func (c *cancelAfter) Err() error {
	c.tick()
	select {
	case <-c.done:
		return context.Canceled
	default:
		return nil
	}
}

func testCancelledPut(t *testing.T, s store.Store) {
	ctx := context.Background()
	putDocs(t, s, NewDocument("before", "2023-01-01", "", "قبل\nنص سابق"))
	failed := 0
	for step := int64(0); step < 400; step++ {
		d := ReferenceDocument(t)
		d.ID = fmt.Sprintf("cancel-%d", step)
		marker := fmt.Sprintf("marker%d", step)
		d.Text += " " + marker
		d.Tokens = arabic.Tokenize(d.Text)
		before, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		_, perr := store.Put(newCancelAfter(step), s, store.Entry{Doc: d})
		after, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		_, gerr := s.Get(ctx, d.ID)
		found := find(t, s, marker)
		whole := gerr == nil && len(found) == 1 && after.Documents == before.Documents+1 &&
			after.Entities == before.Entities+3 && after.Events == before.Events+2 && after.Quotes == before.Quotes+1
		absent := errors.Is(gerr, store.ErrNotFound) && len(found) == 0 && after.Documents == before.Documents &&
			after.Entities == before.Entities && after.Events == before.Events && after.Quotes == before.Quotes
		if !whole && !absent {
			t.Fatalf("Put cancelled after %d context checks (error %v) left a partial document: get %v, search %v, stats %+v → %+v",
				step, perr, gerr, found, before, after)
		}
		if perr == nil {
			if !whole {
				t.Fatalf("Put succeeded at step %d but the document is not whole", step)
			}
			if failed == 0 {
				t.Fatal("Put never saw the cancellation: the test proves nothing")
			}
			t.Logf("Put was cancelled at each of its first %d context checks and left nothing", failed)
			return
		}
		failed++
		if !errors.Is(perr, context.Canceled) {
			t.Logf("Put cancelled at step %d: %v", step, perr)
		}
	}
	t.Fatalf("Put failed at every one of %d steps", failed)
}
