package server

import (
	"bytes"
	"cmp"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"rasad/internal/news"
	"rasad/internal/search"
	"rasad/internal/server/draw"
	"rasad/internal/store"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed assets
var assetFS embed.FS

// pages are the parsed templates, one per page, each with the layout.
type pages struct {
	t map[string]*template.Template
}

var pageNames = []string{"search", "article", "actor", "network", "events", "timeline", "feeds", "error"}

func loadPages(arabic map[string]string) (*pages, error) {
	funcs := template.FuncMap{
		// name shows an English actor name in lang: its Arabic name in
		// Arabic where the gazetteer has one.
		"name": func(lang, en string) string {
			if ar := arabic[en]; ar != "" && lang != langEn {
				return ar
			}
			return en
		},
		"t":         func(lang, key string) string { return tr(lang, key) },
		"rootLabel": rootLabel,
		"eventLabel": func(lang string, ev news.Event) string {
			return eventLabel(lang, &ev)
		},
		"actorID":  func(e news.Entity) string { return actorPageID(&e) },
		"snippet":  markSnippet,
		"add":      func(a, b int) int { return a + b },
		"add0":     func(a, b float64) float64 { return a + b },
		"list":     func(xs ...string) []string { return xs },
		"polarity": func(lang string, p news.Polarity) string { return tr(lang, string(p)) },
		"partyName": func(lang string, p *news.Party) string {
			if p == nil || p.Name == "" {
				return tr(lang, "nobody")
			}
			if ar := arabic[p.Name]; ar != "" && lang != langEn {
				return ar
			}
			return p.Name
		},
		"partyIn":     partyIn,
		"ptr":         func(p news.Party) *news.Party { return &p },
		"typeName":    func(lang string, t any) string { return typeName(lang, fmt.Sprint(t)) },
		"speakerName": speakerName,
	}
	pg := &pages{t: map[string]*template.Template{}}
	for _, name := range pageNames {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("server: template %s: %w", name, err)
		}
		pg.t[name] = t
	}
	return pg, nil
}

// partyIn names a party of an event of d in lang: the Arabic name of its
// entity in Arabic, else its (English) name.
func partyIn(lang string, d *news.Document, p any) string {
	var pt *news.Party
	switch p := p.(type) {
	case news.Party:
		pt = &p
	case *news.Party:
		pt = p
	}
	if pt == nil || pt.Name == "" && pt.Entity == "" {
		return tr(lang, "nobody")
	}
	if e := entityByID(d, pt.Entity); e != nil && lang != langEn && e.NameAr != "" {
		return e.NameAr
	}
	return pt.Name
}

// speakerName names a quote's speaker in lang.
func speakerName(lang string, d *news.Document, sp *news.Speaker) string {
	if lang != langEn {
		for i := range d.Entities {
			e := &d.Entities[i]
			if e.NameAr != "" && speaks(sp, []*news.Entity{e}) {
				return e.NameAr
			}
		}
		if sp.Text != "" {
			return sp.Text
		}
	}
	if sp.Name != "" {
		return sp.Name
	}
	return sp.Text
}

// view is what every page's template gets.
type view struct {
	Lang, Dir string
	Title     string
	Here      string // this page's path and query, for the language switch
	Nav       string // which menu item is current
	Data      any
}

// render writes a page; a template that fails writes an error page instead
// (the page is rendered into a buffer first).
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name, title string, data any) {
	lang := langOf(r)
	v := view{Lang: lang, Dir: "rtl", Title: title, Here: r.URL.RequestURI(), Nav: name, Data: data}
	if lang == langEn {
		v.Dir = "ltr"
	}
	var b bytes.Buffer
	if err := s.pages.t[name].Execute(&b, v); err != nil {
		s.log.Error("render page", "page", name, "err", err)
		status = http.StatusInternalServerError
		b.Reset()
		v.Data, v.Title = errorView{Status: status, Message: http.StatusText(status)}, tr(lang, "error")
		if err := s.pages.t["error"].Execute(&b, v); err != nil {
			http.Error(w, http.StatusText(status), status)
			return
		}
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Language", lang)
	w.WriteHeader(status)
	w.Write(b.Bytes())
}

type errorView struct {
	Status  int
	Message string
}

// pageError shows an error as a page, with the status statusOf gives.
func (s *Server) pageError(w http.ResponseWriter, r *http.Request, err error) {
	status := statusOf(err)
	if status >= 500 {
		s.log.Error("page failed", "path", r.URL.Path, "err", err)
	}
	msg := message(err, status)
	if errors.Is(err, errNotFound) || errors.Is(err, store.ErrNotFound) {
		msg = tr(langOf(r), "notfound")
	}
	s.render(w, r, status, "error", tr(langOf(r), "error"), errorView{Status: status, Message: msg})
}

// pageFailed answers a page whose request failed: a failure of the server
// is the error page; bad input is the page again (data, a pointer to its
// view), its form and the error (put in *msg) shown, with the error's status.
func (s *Server) pageFailed(w http.ResponseWriter, r *http.Request, err error, msg *string, name, title string, data any) {
	if statusOf(err) >= 500 {
		s.pageError(w, r, err)
		return
	}
	*msg = err.Error()
	s.render(w, r, statusOf(err), name, title, data)
}

// pageLang sets the language cookie and goes back to the page it came from.
func (s *Server) pageLang(w http.ResponseWriter, r *http.Request) {
	to := r.URL.Query().Get("to")
	if to != langAr && to != langEn {
		to = langAr
	}
	http.SetCookie(w, &http.Cookie{Name: langCookie, Value: to, Path: "/", MaxAge: 365 * 24 * 3600, SameSite: http.SameSiteLaxMode, HttpOnly: true})
	back := r.URL.Query().Get("back")
	if !localPath(back) {
		back = "/"
	}
	http.Redirect(w, r, back, http.StatusSeeOther)
}

// localPath reports whether p is a path on this server, which a redirect
// may go to (not //host or a scheme).
func localPath(p string) bool {
	return strings.HasPrefix(p, "/") && !strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "/\\") &&
		!strings.ContainsAny(p, "\r\n")
}

// searchView is the search page.
type searchView struct {
	Form     url.Values
	Query    string
	Results  *store.Results
	Err      string
	Page, N  int
	First    int // the number of the first hit shown
	Prev     string
	Next     string
	Pages    int
	QueryURL template.URL // the search's parameters without page, for links
	Stats    store.Stats
	// Ambiguous lists the entity filters that may mean several actors,
	// each with a link to the search narrowed to one of them.
	Ambiguous []ambiguousName
	Home      *home // the home page's panels, when no search was asked
}

// ambiguousName is an entity filter that may mean several actors.
type ambiguousName struct {
	Typed      string
	Candidates []candidateLink
}

type candidateLink struct {
	search.Candidate
	Link string
}

// ambiguous returns the entity filters of q that resolve to several
// actors or entities (found: resolve's candidates), with links to q
// narrowed to each.
func ambiguous(q search.Query, found map[string][]search.Candidate) []ambiguousName {
	var out []ambiguousName
	for _, typed := range q.Filter.Entities {
		cs := found[typed]
		if len(cs) < 2 {
			continue
		}
		an := ambiguousName{Typed: typed}
		for _, c := range cs {
			nq := q
			nq.Filter.Entities = nil
			for _, e := range q.Filter.Entities {
				if e == typed {
					e = c.ID
				}
				nq.Filter.Entities = append(nq.Filter.Entities, e)
			}
			an.Candidates = append(an.Candidates, candidateLink{Candidate: c, Link: "/?" + url.Values{"q": {nq.String()}}.Encode()})
		}
		out = append(out, an)
	}
	return out
}

func (s *Server) pageSearch(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	sv := searchView{Form: v}
	sr, err := parseSearch(v, 10)
	sv.QueryURL = template.URL(searchParams(v).Encode()) // url.Values.Encode escapes every value
	if err != nil {
		s.pageFailed(w, r, err, &sv.Err, "search", tr(langOf(r), "search"), &sv)
		return
	}
	sv.Page, sv.N = sr.Page, sr.N
	if sr.Query.Expr != nil || !sr.Query.Filter.IsZero() {
		res, found, err := s.runSearch(r.Context(), sr)
		if err != nil {
			s.pageFailed(w, r, err, &sv.Err, "search", tr(langOf(r), "search"), &sv)
			return
		}
		sv.Results = res
		sv.Ambiguous = ambiguous(sr.Query, found)
		sv.First = (sr.Page-1)*sr.N + 1
		sv.Pages = (res.Total + sr.N - 1) / sr.N
		link := func(page int) string {
			p := searchParams(v)
			p.Set("page", strconv.Itoa(page))
			return "/?" + p.Encode()
		}
		if sr.Page > 1 {
			sv.Prev = link(sr.Page - 1)
		}
		if sr.Page*sr.N < res.Total {
			sv.Next = link(sr.Page + 1)
		}
	}
	if sv.Results == nil { // the home page says what the archive holds
		if st, err := s.st.Stats(r.Context()); err == nil {
			sv.Stats = st
		}
		h, err := s.homePage(r.Context(), langOf(r))
		if err != nil {
			s.pageError(w, r, err)
			return
		}
		sv.Home = h
	}
	title := tr(langOf(r), "search")
	if sr.Text != "" {
		title = sr.Text + " — " + title
	}
	s.render(w, r, http.StatusOK, "search", title, sv)
}

// searchParams returns the search's own parameters, without page or lang.
func searchParams(v url.Values) url.Values {
	out := url.Values{}
	for _, k := range []string{"q", "from", "to", "source", "entity", "country", "code", "n"} {
		for _, x := range v[k] {
			if strings.TrimSpace(x) != "" {
				out.Add(k, x)
			}
		}
	}
	return out
}

// articleView is the article page.
type articleView struct {
	Doc         *news.Document
	DuplicateOf string
	Text        template.HTML  // the text, escaped and highlighted
	Speakers    map[int]string // quote index → actor page of its speaker
}

func (s *Server) pageArticle(w http.ResponseWriter, r *http.Request) {
	rec, err := s.getDocument(r.Context(), r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	d := rec.Doc
	av := articleView{Doc: d, DuplicateOf: rec.DuplicateOf, Speakers: map[int]string{}}
	av.Text = highlightText(d, langOf(r))
	for i, q := range d.Quotes {
		if q.Speaker == nil {
			continue
		}
		for j := range d.Entities {
			e := &d.Entities[j]
			if speaks(q.Speaker, []*news.Entity{e}) {
				av.Speakers[i] = actorPageID(e)
				break
			}
		}
	}
	s.render(w, r, http.StatusOK, "article", d.Title, av)
}

// actorView is the actor page.
type actorView struct {
	P        *profile
	Groups   []rootGroup
	Timeline draw.Chart
}

// rootGroup is the events of one CAMEO root that involve the actor.
type rootGroup struct {
	Root     string
	Did      []partnerLink
	Suffered []partnerLink
}

func (s *Server) pageActor(w http.ResponseWriter, r *http.Request) {
	p, err := s.actorProfile(r.Context(), r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	av := actorView{P: p, Timeline: actorChart(p, langOf(r))}
	for _, pl := range p.Partners {
		if len(av.Groups) == 0 || av.Groups[len(av.Groups)-1].Root != pl.Root {
			av.Groups = append(av.Groups, rootGroup{Root: pl.Root})
		}
		g := &av.Groups[len(av.Groups)-1]
		if pl.Role == "source" {
			g.Did = append(g.Did, pl)
		} else {
			g.Suffered = append(g.Suffered, pl)
		}
	}
	title := p.NameAr
	if langOf(r) == langEn || title == "" {
		title = p.Name
	}
	s.render(w, r, http.StatusOK, "actor", title, av)
}

// actorChart draws an actor's events and mentions by month; each bar
// links to the articles of its month that mention the actor.
func actorChart(p *profile, lang string) draw.Chart {
	points := make([]draw.Point, 0, len(p.Months))
	for _, m := range p.Months {
		pt := draw.Point{Label: m.Month, Values: []int{m.Events, m.Mentions}}
		if !strings.HasPrefix(m.Month, "?") {
			link := "/?" + url.Values{"entity": {p.ID}, "from": {m.Month}, "to": {m.Month}}.Encode()
			pt.Links = []string{link, link}
		}
		points = append(points, pt)
	}
	return draw.NewChart(tr(lang, "timeline"), barSeries(tr(lang, "events"), tr(lang, "mentions")), points)
}

// barSeries are the two kinds of bar of the page's charts: events, then
// articles or mentions (named other).
func barSeries(events, other string) []draw.Series {
	return []draw.Series{{Name: events, Class: "bar-ev"}, {Name: other, Class: "bar-m"}}
}

// networkView is the network page.
type networkView struct {
	Form     url.Values
	QueryURL template.URL
	Err      string
	Net      *network
	Recent   *recent // set when the page opened without a query: the archive's last days
}

// maxNetworkDocs bounds the documents a network reads.
const maxNetworkDocs = 200

// pageNetwork draws the actors of a search's documents, or, without one,
// of the archive's last networkDays days; quad (1–4, coop, conflict) and
// min (events an edge needs) filter the edges.
func (s *Server) pageNetwork(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	nv := networkView{Form: v, QueryURL: template.URL(searchParams(v).Encode())}
	nf := networkFilter{Quad: strings.TrimSpace(v.Get("quad"))}
	var err error
	if !slices.Contains([]string{"", "1", "2", "3", "4", "coop", "conflict"}, nf.Quad) {
		err = badInput(fmt.Errorf("quad: %q is not 1, 2, 3, 4, coop or conflict", nf.Quad))
	}
	if err == nil {
		nf.MinWeight, err = intParam(v, "min", 1, 1000)
	}
	var sr searchRequest
	if err == nil {
		sr, err = parseSearch(v, maxNetworkDocs)
	}
	var docs []*news.Document
	switch {
	case err != nil:
	case sr.Query.Expr == nil && sr.Query.Filter.IsZero():
		nv.Recent, err = s.recentDocs(r.Context(), networkDays, maxNetworkDocs)
		if err == nil {
			docs = nv.Recent.Docs
		}
	default:
		sr.Page, sr.N = 1, maxNetworkDocs
		var res *store.Results
		res, _, err = s.runSearch(r.Context(), sr)
		for i := 0; err == nil && i < len(res.Hits); i++ {
			var rec *store.Record
			if rec, err = s.st.Get(r.Context(), res.Hits[i].ID); err == nil {
				docs = append(docs, rec.Doc)
			}
		}
	}
	if err != nil {
		s.pageFailed(w, r, err, &nv.Err, "network", tr(langOf(r), "network"), &nv)
		return
	}
	nv.Net = buildNetwork(docs, langOf(r), nf)
	s.render(w, r, http.StatusOK, "network", tr(langOf(r), "network"), nv)
}

// eventsView is the events page.
type eventsView struct {
	Form    url.Values
	Err     string
	Events  []store.EventRecord
	Export  map[string]string // format → link
	Sort    string            // the order shown (store.EventSorts)
	SortBy  map[string]string // column (date, code, goldstein) → link sorting by it, or reversing it
	Page    int
	First   int // the number of the first row shown
	Prev    string
	Next    string
	Counted bool
}

// eventRows is the rows of a page of the events table.
const eventRows = 50

// defaultEventSort shows the newest events first.
const defaultEventSort = "-date"

func (s *Server) pageEvents(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	ev := eventsView{Form: v, Export: map[string]string{}, SortBy: map[string]string{}}
	er, err := parseEvents(r)
	if err == nil {
		ev.Page, err = intParam(v, "page", 1, 100000)
	}
	ev.Sort = cmp.Or(strings.TrimSpace(v.Get("sort")), defaultEventSort)
	if err == nil && !slices.Contains(store.EventSorts, ev.Sort) {
		err = badInput(fmt.Errorf("sort: %q is not one of %s", ev.Sort, strings.Join(store.EventSorts, ", ")))
	}
	if err != nil {
		s.pageFailed(w, r, err, &ev.Err, "events", tr(langOf(r), "events"), &ev)
		return
	}
	params := eventParams(v)
	for _, f := range []string{"csv", "tsv", "jsonl"} {
		p := maps.Clone(params)
		p.Set("format", f)
		ev.Export[f] = "/api/events?" + p.Encode()
	}
	link := func(page int, sort string) string {
		p := maps.Clone(params)
		if sort != defaultEventSort {
			p.Set("sort", sort)
		}
		if page > 1 {
			p.Set("page", strconv.Itoa(page))
		}
		return "/events?" + p.Encode()
	}
	for _, col := range []string{"date", "code", "goldstein"} {
		sort := "-" + col // a column first sorts its largest first
		if ev.Sort == sort {
			sort = col
		}
		ev.SortBy[col] = link(1, sort)
	}
	f := er.Filter
	f.Sort, f.Offset, f.Limit = ev.Sort, (ev.Page-1)*eventRows, eventRows+1
	err = s.st.Events(r.Context(), f, func(rec store.EventRecord) error {
		ev.Events = append(ev.Events, rec)
		return nil
	})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	ev.First = f.Offset + 1
	if len(ev.Events) > eventRows {
		ev.Events = ev.Events[:eventRows]
		ev.Next = link(ev.Page+1, ev.Sort)
	}
	if ev.Page > 1 {
		ev.Prev = link(ev.Page-1, ev.Sort)
	}
	s.render(w, r, http.StatusOK, "events", tr(langOf(r), "events"), ev)
}

// eventParams are the events filters of a request's query, to link to
// the events page or API with.
func eventParams(v url.Values) url.Values {
	params := url.Values{}
	for _, k := range []string{"actor", "source", "target", "dyad", "code", "root", "from", "to", "originals"} {
		if x := strings.TrimSpace(v.Get(k)); x != "" {
			params.Set(k, x)
		}
	}
	return params
}
