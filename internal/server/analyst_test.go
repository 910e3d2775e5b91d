package server

import (
	"encoding/json"
	"net/url"
	"os"
	"strings"
	"testing"

	"rasad/internal/news"
	"rasad/internal/store"
	"rasad/internal/store/storetest"
)

// Entity filters find the actor whatever form of its name is typed.
func TestEntityAsTyped(t *testing.T) {
	f := start(t, Config{})
	for _, typed := range []string{"بوتين", "لبوتين", "Putin", "putin", "Vladimir Putin", "فلاديمير بوتين", "RUSGOV"} {
		inQuery := typed
		if strings.Contains(typed, " ") {
			inQuery = `"` + typed + `"`
		}
		for _, path := range []string{
			"/api/search?q=" + url.QueryEscape("entity:"+inQuery),
			"/api/search?entity=" + url.QueryEscape(typed),
			"/api/search?q=" + url.QueryEscape("entity:\""+typed+"\" country:RUS code:04 from:2023"),
		} {
			r := f.do(t, request{path: path})
			if r.status != 200 || !strings.Contains(r.body, "test-putin-li") {
				t.Errorf("GET %s: %d %s, want test-putin-li", path, r.status, r.body)
			}
		}
	}
	r := f.do(t, request{path: "/api/search?q=" + url.QueryEscape("entity:Putin")})
	if !strings.Contains(r.body, `"entities":{"Putin":[{"id":"putin"`) {
		t.Errorf("search entity:Putin does not say what it resolved to: %s", r.body)
	}
	// An ambiguous name: the page offers each actor it may mean.
	r = f.do(t, request{path: "/?lang=en&q=" + url.QueryEscape("entity:سلمان")})
	for _, want := range []string{`id="ambiguous"`, "King Salman of Saudi Arabia", "Mohammed bin Salman", url.QueryEscape(`entity:"salman_king"`)} {
		if !strings.Contains(r.body, want) {
			t.Errorf("page of entity:سلمان lacks %q", want)
		}
	}
}

// POST /api/extract says when an article has no publication date.
func TestExtractWarnsUndated(t *testing.T) {
	f := start(t, Config{})
	ref, err := os.ReadFile(refArticle)
	if err != nil {
		t.Fatal(err)
	}
	r := f.do(t, request{method: "POST", path: "/api/extract", body: ref})
	if r.status != 200 || !strings.Contains(r.body, `"warnings":["no publication date`) || !strings.Contains(r.body, "published parameter") {
		t.Errorf("extract undated: %d, no warning in %.300s", r.status, r.body)
	}
	r = f.do(t, request{method: "POST", path: "/api/extract?published=2023-04-16", body: ref})
	if r.status != 200 || strings.Contains(r.body, `"warnings"`) {
		t.Errorf("extract dated: %d, a warning in %.300s", r.status, r.body)
	}
}

// The events page: newest first, sortable by a whitelist of columns, paged,
// the filters kept in its links.
func TestEventsPage(t *testing.T) {
	f := start(t, Config{})
	r := f.do(t, request{path: "/events?lang=en&actor=RUS"})
	for _, want := range []string{`data-sort="-date"`, `/articles/test-putin-li`, `href="/events?actor=RUS&amp;sort=date"`, `class="date"`, `id="events-legend"`} {
		if !strings.Contains(r.body, want) {
			t.Errorf("events page lacks %q", want)
		}
	}
	if strings.Contains(r.body, `rel="next"`) {
		t.Errorf("events page of one event has a next page")
	}
	r = f.do(t, request{path: "/events?sort=-code&page=2"})
	if r.status != 200 || strings.Contains(r.body, "/articles/test-putin-li") || !strings.Contains(r.body, `rel="prev" href="/events?sort=-code"`) {
		t.Errorf("events page 2: %d, %.200s", r.status, r.body)
	}
	for _, bad := range []string{"sort=title", "page=0", "page=x"} {
		if r := f.do(t, request{path: "/events?" + bad}); r.status != 400 {
			t.Errorf("events?%s: %d, want 400", bad, r.status)
		}
	}
}

// An actor page of a CAMEO code names the body, lists its members with
// their dated roles, and names the speaker of every quote.
func TestGroupActorPage(t *testing.T) {
	f := start(t, Config{})
	r := f.do(t, request{path: "/api/actors/CHNMIL"})
	var p profile
	if err := json.Unmarshal([]byte(r.body), &p); err != nil {
		t.Fatalf("%d %s: %v", r.status, r.body, err)
	}
	if p.Name != "China: military" || p.NameAr != "الصين: الجيش" || p.Type != "group" || p.Group == nil {
		t.Fatalf("CHNMIL is %q / %q, type %q, group %v", p.Name, p.NameAr, p.Type, p.Group)
	}
	if len(p.Group.Members) == 0 || p.Group.Members[0].ID != "li_shangfu" || p.Group.Members[0].Roles[0].From == "" {
		t.Errorf("CHNMIL's members: %+v, want li_shangfu first with a dated role", p.Group.Members)
	}
	if len(p.Quotes) != 1 || p.Quotes[0].Speaker != "Li Shangfu" || p.Quotes[0].SpeakerID != "li_shangfu" {
		t.Errorf("CHNMIL's quotes: %+v, want Li Shangfu's", p.Quotes)
	}
	r = f.do(t, request{path: "/api/actors/RUSGOV"})
	if !strings.Contains(r.body, `"name":"Russia: government"`) || strings.Contains(r.body, `"name":"Vladimir Putin","name_ar":"فلاديمير بوتين","type"`) {
		t.Errorf("RUSGOV named wrong: %.200s", r.body)
	}
	for _, typed := range []string{"Putin", url.PathEscape("بوتين")} {
		if r := f.do(t, request{path: "/api/actors/" + typed}); !strings.Contains(r.body, `"id":"putin"`) || !strings.Contains(r.body, `"name":"Vladimir Putin"`) {
			t.Errorf("actor %s: %.200s, want putin's profile", typed, r.body)
		}
	}
	r = f.do(t, request{path: "/actors/CHNMIL?lang=en"})
	for _, want := range []string{`id="members"`, "defence minister", `href="/actors/li_shangfu"`, `<p class="speaker">`} {
		if !strings.Contains(r.body, want) {
			t.Errorf("page of CHNMIL lacks %q", want)
		}
	}
	for code, want := range map[string]string{"RUS": "Russia", "IGOUNO": "United Nations", "USAGOVMIL": "United States: government, military", "XYZABC": "XYZABC"} {
		if en, _, _ := f.srv.groupNames(code); en != want {
			t.Errorf("groupNames(%s) = %q, want %q", code, en, want)
		}
	}
}

// The timeline of an actor, a dyad or a search: a chart with axes, a
// table, bars linking to what they count.
func TestTimelinePage(t *testing.T) {
	f := start(t, Config{})
	for _, tt := range []struct {
		path string
		want []string
	}{
		{"/timeline?lang=en&actor=RUSGOV", []string{`class="chart-svg"`, `class="ytick"`, `class="xtick"`, `id="timeline-table"`,
			`<td class="date" dir="ltr">2023-04-16</td>`, `href="/events?actor=RUSGOV&amp;from=2023-04-16&amp;to=2023-04-16">1</a>`, "2023-04-16: 1 Events"}},
		{"/timeline?lang=en&dyad=CHN,RUS&by=month", []string{`<td class="date" dir="ltr">2023-04</td>`, `href="/events?dyad=CHN%2CRUS&amp;from=2023-04-01&amp;to=2023-04-30">1</a>`}},
		{"/timeline?lang=en&q=" + url.QueryEscape("entity:Putin"), []string{`<td class="date" dir="ltr">2023-04-16</td>`, "2023-04-16: 1 Articles", "Counted by: day"}},
		{"/timeline?lang=en&q=" + url.QueryEscape("entity:Putin") + "&from=2023&to=2023&by=year", []string{`<td class="date" dir="ltr">2023</td>`}},
		{"/timeline?lang=en", []string{"Give a search"}},
	} {
		r := f.do(t, request{path: tt.path})
		if r.status != 200 {
			t.Errorf("%s: %d", tt.path, r.status)
		}
		for _, w := range tt.want {
			if !strings.Contains(r.body, w) {
				t.Errorf("%s lacks %q", tt.path, w)
			}
		}
	}
	for _, bad := range []string{"by=hour&actor=RUS", "actor=RUS&from=yesterday", "dyad=RUS"} {
		if r := f.do(t, request{path: "/timeline?" + bad}); r.status != 400 || !strings.Contains(r.body, `class="err"`) {
			t.Errorf("timeline?%s: %d, want 400 with the error", bad, r.status)
		}
	}
}

// A name the gazetteer does not know finds the archive's own entities with
// its words, and the page offers them beside the gazetteer's actors.
func TestEntityFromArchive(t *testing.T) {
	f := start(t, Config{})
	text := "فوز\nسجل سالم الدوسري هدف الفوز، وغادر سلمان الملعب مصابا."
	d := storetest.NewDocument("football", "2022-11-22", "وكالة", text)
	at := strings.Index(text, "سالم الدوسري")
	d.Entities = []news.Entity{
		{ID: "e1", Name: "سالم الدوسري", NameAr: "سالم الدوسري", Type: news.PER, Mentions: []news.Mention{{Start: at, End: at + len("سالم الدوسري"), Text: "سالم الدوسري"}}},
		{ID: "e2", Name: "سلمان", NameAr: "سلمان", Type: news.PER, Mentions: []news.Mention{{Start: strings.Index(text, "سلمان"), End: strings.Index(text, "سلمان") + len("سلمان"), Text: "سلمان"}}},
	}
	if _, err := store.Put(t.Context(), f.st, store.Entry{Doc: d}); err != nil {
		t.Fatal(err)
	}
	for _, typed := range []string{"الدوسري", "والدوسري", "سالم الدوسري"} {
		r := f.do(t, request{path: "/api/search?q=" + url.QueryEscape("entity:\""+typed+"\"")})
		if !strings.Contains(r.body, `"id":"football"`) || !strings.Contains(r.body, `"name":"سالم الدوسري"`) {
			t.Errorf("entity:%s: %.300s, want the football article and the entity as a candidate", typed, r.body)
		}
	}
	r := f.do(t, request{path: "/?lang=en&q=" + url.QueryEscape("entity:سلمان")})
	for _, want := range []string{"King Salman of Saudi Arabia", `<bdi>سلمان</bdi>`, "/articles/football"} {
		if !strings.Contains(r.body, want) {
			t.Errorf("page of entity:سلمان lacks %q", want)
		}
	}
	// Putin is one of the gazetteer's whole names: the archive is not asked.
	r = f.do(t, request{path: "/api/search?q=" + url.QueryEscape(`entity:"Vladimir Putin"`)})
	if strings.Contains(r.body, `"type":"PER"`) {
		t.Errorf("entity:\"Vladimir Putin\" took candidates from the archive: %.300s", r.body)
	}
}
