package server

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"rasad/internal/actor"
	"rasad/internal/pipeline"
	"rasad/internal/search"
	"rasad/internal/server/metrics"
	"rasad/internal/store"
)

// DefaultMaxBody is the largest request body accepted unless Config says
// otherwise.
const DefaultMaxBody = 20 << 20

// Config is what a Server serves and how.
type Config struct {
	Store    store.Store        // the archive; required
	Pipeline *pipeline.Pipeline // nil: pipeline.New()
	// Gazetteer names actors on their pages; nil: actor.Default().
	Gazetteer *actor.Gazetteer
	// Token, when set, must be sent as "Authorization: Bearer TOKEN" with
	// every write (POST /api/articles).
	Token   string
	MaxBody int64        // the largest request body; 0: DefaultMaxBody
	Log     *slog.Logger // nil: slog.Default()
	// Feeds lists the feeds the archive follows (the feeds view, GET
	// /api/feeds); nil: none. FeedMetrics, when a poller runs in the
	// server, writes its metrics into /metrics.
	Feeds       FeedLister
	FeedMetrics io.WriterTo
}

// Server answers the API and the web page over one archive. Its handler is
// safe for concurrent use.
type Server struct {
	st      store.Store
	p       *pipeline.Pipeline
	gaz     *actor.Gazetteer
	names   *search.Names // resolves entity filters as typed
	token   string
	maxBody int64
	log     *slog.Logger
	metrics *metrics.Metrics
	pages   *pages
	arabic  map[string]string // an actor's English name → its Arabic name
	mux     *http.ServeMux
	// reads bounds the requests that read the store at once, and writes
	// the uploads being analysed and stored: a request waits for a slot,
	// so that under load the CPU goes to a few requests at a time (and an
	// upload is not starved by hundreds of searches) instead of to all.
	reads, writes       chan struct{}
	readWait, writeWait time.Duration // how long a request waits for a slot

	// feeds lists the archive's feeds; feedMetrics, when a poller runs in
	// the server, writes its metrics (see Config).
	feeds       FeedLister
	feedMetrics io.WriterTo
}

// Waits for a slot before a request is refused as busy (503).
const (
	readQueueTimeout  = 10 * time.Second
	writeQueueTimeout = time.Minute
)

// New returns a server over cfg.Store.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil {
		return nil, errors.New("server: no store")
	}
	s := &Server{
		st: cfg.Store, p: cfg.Pipeline, gaz: cfg.Gazetteer, token: cfg.Token,
		maxBody: cfg.MaxBody, log: cfg.Log, metrics: metrics.New(),
		feeds: cfg.Feeds, feedMetrics: cfg.FeedMetrics,
	}
	if s.p == nil {
		s.p = pipeline.New()
	}
	if s.gaz == nil {
		s.gaz = actor.Default()
	}
	if s.maxBody <= 0 {
		s.maxBody = DefaultMaxBody
	}
	if s.log == nil {
		s.log = slog.Default()
	}
	s.names = search.NewNames(s.gaz)
	s.reads = make(chan struct{}, 2*runtime.GOMAXPROCS(0))
	s.writes = make(chan struct{}, 1)
	s.readWait, s.writeWait = readQueueTimeout, writeQueueTimeout
	s.arabic = map[string]string{}
	for _, a := range s.gaz.Actors() {
		if _, dup := s.arabic[a.Name]; !dup && a.Type != actor.Agent && a.NameAr != "" {
			s.arabic[a.Name] = a.NameAr
		}
	}
	pg, err := loadPages(s.arabic)
	if err != nil {
		return nil, err
	}
	s.pages = pg
	s.mux = http.NewServeMux()
	for _, rt := range s.routes() {
		s.mux.HandleFunc(rt.pattern, rt.handler)
	}
	s.mux.HandleFunc("/", s.notFound) // everything else; not a route of the API
	return s, nil
}

// route is one pattern of the mux with its handler.
type route struct {
	pattern string // "METHOD /path", as http.ServeMux reads it
	handler http.HandlerFunc
}

// routes lists every route the server answers. openapi.json documents each
// of them (a test checks both ways).
func (s *Server) routes() []route {
	return []route{
		{"GET /api/openapi.json", s.handleOpenAPI},
		{"POST /api/articles", s.requireToken(s.handlePostArticles)},
		{"GET /api/articles/{id}", s.read(s.handleGetArticle)},
		{"GET /api/search", s.read(s.handleSearch)},
		{"GET /api/events", s.read(s.handleEvents)},
		{"GET /api/actors/{id}", s.read(s.handleActor)},
		{"POST /api/extract", s.handleExtract},
		{"GET /healthz", s.handleHealth},
		{"GET /metrics", s.handleMetrics},
		{"GET /{$}", s.read(s.pageSearch)},
		{"GET /articles/{id}", s.read(s.pageArticle)},
		{"GET /actors/{id}", s.read(s.pageActor)},
		{"GET /network", s.read(s.pageNetwork)},
		{"GET /events", s.read(s.pageEvents)},
		{"GET /timeline", s.read(s.pageTimeline)},
		{"GET /feeds", s.read(s.pageFeeds)},
		{"GET /api/feeds", s.read(s.handleFeeds)},
		{"GET /lang", s.pageLang},
		{"GET /assets/{file}", s.handleAsset},
	}
}

// contentSecurityPolicy lets the page load scripts, styles and images from
// the server only; no inline script runs.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// ServeHTTP answers one request: security headers, a body limit, a guard
// against panics, and the metrics of every request around the mux.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	h := w.Header()
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	if r.Body != nil {
		r.Body = http.MaxBytesReader(w, r.Body, s.maxBody)
	}
	sw := &statusWriter{ResponseWriter: w}
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.log.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", v, "stack", string(debug.Stack()))
			if !sw.wrote {
				s.writeError(sw, r, fmt.Errorf("panic: %v", v))
			}
		}
		route := r.Pattern
		if route == "" || route == "/" {
			route = "other"
		}
		s.metrics.Observe(route, r.Method, sw.status(), time.Since(start))
	}()
	s.mux.ServeHTTP(sw, r)
}

// statusWriter remembers the status a handler wrote.
type statusWriter struct {
	http.ResponseWriter
	code  int
	wrote bool
}

func (w *statusWriter) WriteHeader(code int) {
	if !w.wrote {
		w.code, w.wrote = code, true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if !w.wrote {
		w.code, w.wrote = http.StatusOK, true
	}
	return w.ResponseWriter.Write(b)
}

func (w *statusWriter) status() int {
	if !w.wrote {
		return http.StatusOK
	}
	return w.code
}

// Unwrap lets http.ResponseController reach the connection.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// requireToken refuses a request without the server's token, when it has one.
func (s *Server) requireToken(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if s.token != "" {
			got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
			if !ok || subtle.ConstantTimeCompare([]byte(strings.TrimSpace(got)), []byte(s.token)) != 1 {
				s.writeError(w, r, errUnauthorized)
				return
			}
		}
		h(w, r)
	}
}

// acquire waits for a slot of sem, for up to wait; release it with <-sem.
func acquire(ctx context.Context, sem chan struct{}, wait time.Duration) error {
	select {
	case sem <- struct{}{}:
		return nil
	default:
	}
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case sem <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return errBusy
	}
}

// read runs h in a read slot.
func (s *Server) read(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := acquire(r.Context(), s.reads, s.readWait); err != nil {
			s.writeError(w, r, err)
			return
		}
		defer func() { <-s.reads }()
		h(w, r)
	}
}

// notFound answers a path that no route has: JSON under /api/, a page
// elsewhere.
func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	var allow []string
	for _, m := range []string{http.MethodGet, http.MethodPost} {
		if m == r.Method {
			continue
		}
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, pattern := s.mux.Handler(probe); pattern != "/" && pattern != "" {
			allow = append(allow, m)
		}
	}
	if len(allow) > 0 {
		w.Header().Set("Allow", strings.Join(allow, ", "))
		s.writeError(w, r, fmt.Errorf("%w: %s %s", errMethod, r.Method, r.URL.Path))
		return
	}
	if strings.HasPrefix(r.URL.Path, "/api/") {
		s.writeError(w, r, &missing{"API route", r.Method + " " + r.URL.Path, "(see /api/openapi.json)"})
		return
	}
	s.pageError(w, r, errNotFound)
}

// Timeouts of the HTTP server.
const (
	readHeaderTimeout = 10 * time.Second
	readTimeout       = time.Minute     // a 20 MB upload on a slow link
	writeTimeout      = 5 * time.Minute // an upload's analysis (20 MB is thousands of articles), a large export
	idleTimeout       = 2 * time.Minute
	shutdownTimeout   = 10 * time.Second
)

// HTTPServer returns an http.Server for s with its timeouts set.
func (s *Server) HTTPServer() *http.Server {
	return &http.Server{
		Handler:           s,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
}

// Serve answers requests on ln until ctx ends, then shuts down gracefully:
// it stops accepting, lets requests in flight finish (for up to 10 s) and
// returns nil. The goroutine it starts ends before Serve returns.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	hs := s.HTTPServer()
	done := make(chan error, 1)
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
		defer cancel()
		done <- hs.Shutdown(sctx)
	}()
	err := hs.Serve(ln)
	if !errors.Is(err, http.ErrServerClosed) {
		cancel()
		<-done
		return err
	}
	return <-done
}
