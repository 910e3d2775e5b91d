package server

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"rasad/internal/article"
	"rasad/internal/export"
	"rasad/internal/ingest"
	"rasad/internal/news"
	"rasad/internal/search"
	"rasad/internal/store"
)

//go:embed openapi.json
var openAPI []byte

func (s *Server) handleOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(openAPI)
}

func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	st, err := s.st.Stats(ctx)
	if err != nil {
		s.log.Error("health: store stats", "err", err)
		writeJSON(w, http.StatusServiceUnavailable, map[string]any{"status": "unavailable"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"status": "ok", "documents": st.Documents, "events": st.Events, "stale": st.Stale, "versions": st.Versions})
}

// readArticles reads the articles of a request body: a JSON object, a JSON
// array, JSON Lines, plain text or HTML, as the command line reads a file.
// The query parameter published (YYYY-MM-DD) dates articles that carry no
// date. Any bad record fails the whole request.
func (s *Server) readArticles(r *http.Request) ([]news.Article, error) {
	parse := article.Parse
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil {
			return nil, fmt.Errorf("%w: Content-Type %q", errMediaType, ct)
		}
		switch {
		case mt == "application/json", mt == "application/x-ndjson", mt == "application/jsonl",
			mt == "application/x-jsonlines":
			parse = article.ParseJSON // 42 is no article, whatever a text could be
		case mt == "text/html", mt == "application/xhtml+xml", strings.HasPrefix(mt, "text/"):
		default:
			return nil, fmt.Errorf("%w: %s (send JSON, JSON Lines, plain text or HTML)", errMediaType, mt)
		}
	}
	blank := 0
	opt := article.Options{MaxBytes: s.maxBody, MaxFileBytes: s.maxBody, Blank: func(string) { blank++ }}
	if p := r.URL.Query().Get("published"); p != "" {
		day, err := article.ParseDate(p)
		if err != nil {
			return nil, badInput(fmt.Errorf("published: %w", err))
		}
		opt.Published = day
	}
	data, err := io.ReadAll(r.Body)
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, err
		}
		return nil, badInput(fmt.Errorf("read body: %w", err))
	}
	arts, err := parse("request body", data, opt)
	if err != nil {
		return nil, badInput(err)
	}
	if len(arts) == 0 {
		return nil, badInput(fmt.Errorf("request body: %w: its %d items have neither a title nor a text", article.ErrNoText, blank))
	}
	return arts, nil
}

// postResponse is the answer to POST /api/articles.
type postResponse struct {
	Documents []ingest.Stored `json:"documents"`
	Inserted  int             `json:"inserted"`
	Updated   int             `json:"updated"`
	Unchanged int             `json:"unchanged"`
	Duplicate int             `json:"duplicates"`
}

func (s *Server) handlePostArticles(w http.ResponseWriter, r *http.Request) {
	arts, err := s.readArticles(r)
	if err != nil {
		s.metrics.AddIngestErrors(1)
		s.writeError(w, r, err)
		return
	}
	if err := acquire(r.Context(), s.writes, s.writeWait); err != nil {
		s.writeError(w, r, err)
		return
	}
	stored, c, err := ingest.Articles(r.Context(), s.p, s.st, arts, 0)
	<-s.writes
	if err != nil {
		s.metrics.AddIngestErrors(len(arts))
		s.writeError(w, r, err)
		return
	}
	s.metrics.AddIngest(c)
	status := http.StatusOK
	if c.Inserted > 0 {
		status = http.StatusCreated
	}
	writeJSON(w, status, postResponse{Documents: stored, Inserted: c.Inserted, Updated: c.Updated, Unchanged: c.Unchanged, Duplicate: c.Duplicates})
}

func (s *Server) handleExtract(w http.ResponseWriter, r *http.Request) {
	arts, err := s.readArticles(r)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	tokens := r.URL.Query().Get("tokens") == "true"
	docs := make([]news.Document, 0, len(arts))
	for _, a := range arts {
		if err := r.Context().Err(); err != nil {
			s.writeError(w, r, err)
			return
		}
		d := s.p.Run(a)
		if !tokens {
			d.Tokens = nil
		}
		docs = append(docs, d)
	}
	writeJSON(w, http.StatusOK, map[string]any{"documents": docs})
}

// maxID bounds an id in a path; no stored id is longer.
const maxID = 256

// getDocument returns a stored document, or an error that maps to 404.
func (s *Server) getDocument(ctx context.Context, id string) (*store.Record, error) {
	if id == "" || len(id) > maxID {
		return nil, &missing{"document", id, "in the archive"}
	}
	rec, err := s.st.Get(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, &missing{"document", id, "in the archive"}
	}
	return rec, err
}

func (s *Server) handleGetArticle(w http.ResponseWriter, r *http.Request) {
	rec, err := s.getDocument(r.Context(), r.PathValue("id"))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, struct {
		*news.Document
		DuplicateOf string `json:"duplicate_of,omitempty"`
	}{rec.Doc, rec.DuplicateOf})
}

// list returns the values of a parameter given several times or as a
// comma list.
func list(v url.Values, name string) []string {
	var out []string
	for _, x := range v[name] {
		for _, s := range strings.Split(x, ",") {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

// intParam reads a positive integer parameter, def when absent, at most max.
func intParam(v url.Values, name string, def, max int) (int, error) {
	s := v.Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		return 0, badInput(fmt.Errorf("%s: %q is not a positive number", name, s))
	}
	return min(n, max), nil
}

// searchRequest is a search read from query parameters.
type searchRequest struct {
	Text  string // q as typed
	Query search.Query
	Page  int // from 1
	N     int // results per page
}

// maxPageN is the most results on one page.
const maxPageN = 100

// parseSearch reads q, from, to, source, entity, country, code, page and n.
// Filters may also be written in q (from:2023 entity:putin).
func parseSearch(v url.Values, defN int) (searchRequest, error) {
	sr := searchRequest{Text: v.Get("q")}
	q, err := search.Parse(sr.Text)
	if err != nil {
		return sr, err
	}
	from, to := strings.TrimSpace(v.Get("from")), strings.TrimSpace(v.Get("to"))
	if from != "" {
		q.Filter.From = from
	}
	if to != "" {
		q.Filter.To = to
	}
	q.Filter.Sources = append(q.Filter.Sources, list(v, "source")...)
	q.Filter.Entities = append(q.Filter.Entities, list(v, "entity")...)
	for _, c := range list(v, "country") {
		q.Filter.Countries = append(q.Filter.Countries, strings.ToUpper(c))
	}
	q.Filter.Codes = append(q.Filter.Codes, list(v, "code")...)
	if err := q.Filter.Validate(); err != nil {
		return sr, err
	}
	sr.Query = q
	if sr.Page, err = intParam(v, "page", 1, 1000); err != nil {
		return sr, err
	}
	if sr.N, err = intParam(v, "n", defN, maxPageN); err != nil {
		return sr, err
	}
	return sr, nil
}

// runSearch runs a search, its entity filters resolved to the actors and
// entities they may mean (resolve), whose candidates it returns too; an
// empty query fails with search.ErrEmpty.
func (s *Server) runSearch(ctx context.Context, sr searchRequest) (*store.Results, map[string][]search.Candidate, error) {
	if sr.Query.Expr == nil && sr.Query.Filter.IsZero() {
		return nil, nil, search.ErrEmpty
	}
	q := sr.Query
	var found map[string][]search.Candidate
	var err error
	if q.Filter, found, err = store.Resolve(ctx, s.names, s.st, q.Filter); err != nil {
		return nil, nil, err
	}
	res, err := s.st.Search(ctx, q, store.Page{Offset: (sr.Page - 1) * sr.N, Limit: sr.N})
	return res, found, err
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	sr, err := parseSearch(r.URL.Query(), 10)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	res, resolved, err := s.runSearch(r.Context(), sr)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"query": sr.Query.String(), "page": sr.Page, "n": sr.N, "total": res.Total, "hits": res.Hits,
		"entities": resolved,
	})
}

// eventRequest is an events query read from parameters.
type eventRequest struct {
	Filter store.EventFilter
	By     store.Period
	Format string
}

// parseEvents reads the filters of rasad events: actor, source, target,
// dyad, code, root, from, to, originals, by; and the format from format or
// Accept.
func parseEvents(r *http.Request) (eventRequest, error) {
	v := r.URL.Query()
	var er eventRequest
	f := &er.Filter
	f.Actor = strings.TrimSpace(v.Get("actor"))
	f.Source = strings.TrimSpace(v.Get("source"))
	f.Target = strings.TrimSpace(v.Get("target"))
	if d := v.Get("dyad"); d != "" {
		if err := f.ParseDyad(d); err != nil {
			return er, err
		}
	}
	f.Code = strings.TrimSpace(v.Get("code"))
	f.Root = strings.TrimSpace(v.Get("root"))
	f.From, f.To = strings.TrimSpace(v.Get("from")), strings.TrimSpace(v.Get("to"))
	if err := f.Validate(); err != nil {
		return er, err
	}
	switch o := v.Get("originals"); o {
	case "", "false", "0":
	case "true", "1":
		f.Originals = true
	default:
		return er, badInput(fmt.Errorf("originals: %q is not true or false", o))
	}
	if by := v.Get("by"); by != "" {
		var err error
		if er.By, err = store.ParsePeriod(by); err != nil {
			return er, err
		}
	}
	er.Format = v.Get("format")
	if er.Format == "" {
		accept := r.Header.Get("Accept")
		switch {
		case strings.Contains(accept, "text/csv"):
			er.Format = export.CSV
		case strings.Contains(accept, "text/tab-separated-values"):
			er.Format = export.TSV
		default:
			er.Format = export.JSONL
		}
	}
	if !export.Known(er.Format) {
		return er, badInput(fmt.Errorf("format: %q is not jsonl, csv or tsv", er.Format))
	}
	return er, nil
}

func (s *Server) handleEvents(w http.ResponseWriter, r *http.Request) {
	er, err := parseEvents(r)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	ctx := r.Context()
	if er.By != "" {
		counts, err := s.st.CountEvents(ctx, er.Filter, er.By)
		if err != nil {
			s.writeError(w, r, err)
			return
		}
		w.Header().Set("Content-Type", export.ContentType(er.Format))
		if err := export.WriteCounts(w, counts, er.Format); err != nil {
			s.log.Warn("events: write counts", "err", err)
		}
		return
	}
	// Headers wait for the first event, so that a store failing at once
	// still answers with an error status.
	var ew *export.Writer
	start := func() {
		if ew == nil {
			w.Header().Set("Content-Type", export.ContentType(er.Format))
			if er.Format != export.JSONL {
				w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=\"events.%s\"", er.Format))
			}
			w.WriteHeader(http.StatusOK)
			ew = export.NewWriter(w, er.Format)
		}
	}
	err = s.st.Events(ctx, er.Filter, func(rec store.EventRecord) error {
		start()
		return ew.Write(rec.DocID, rec.Published, rec.Outlet, "", rec.Event)
	})
	if err != nil && ew == nil {
		s.writeError(w, r, err)
		return
	}
	if err != nil {
		s.log.Warn("events: stream cut", "err", err)
		return
	}
	start()
	if err := ew.Flush(); err != nil {
		s.log.Warn("events: flush", "err", err)
	}
}

func (s *Server) handleActor(w http.ResponseWriter, r *http.Request) {
	p, err := s.actorProfile(r.Context(), r.PathValue("id"))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, p)
}

func (s *Server) handleAsset(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("file")
	data, err := assetFS.ReadFile("assets/" + name)
	dot := strings.LastIndexByte(name, '.')
	if err != nil || dot < 0 || strings.Contains(name, "/") {
		s.notFound(w, r)
		return
	}
	ct := mime.TypeByExtension(name[dot:])
	if ct == "" {
		ct = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Cache-Control", "public, max-age=3600")
	w.Write(data)
}
