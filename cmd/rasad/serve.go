package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"sort"
	"time"

	"rasad/internal/article"
	"rasad/internal/feed"
	"rasad/internal/ingest"
	"rasad/internal/news"
	"rasad/internal/pipeline"
	"rasad/internal/server"
	"rasad/internal/store"
)

// referencePublished is the publication date of testdata/article.txt.
const referencePublished = "2023-04-16"

func runServe(ctx context.Context, env *env, args []string) error {
	cmd := newCommand(env, "serve", "[flags]", `
Serve the archive over HTTP: the web page at /, the JSON API under /api/
(documented at /api/openapi.json), /healthz and /metrics. On first start
with an empty archive, load the reference article and the demo articles of
testdata/ unless --no-demo. With --poll, poll the archive's feeds too (the
flags --gap to --workers are the poller's), storing their stories or, with
--queue, putting them on a JetStream work queue for rasad worker. Stops
gracefully on interrupt.`)
	addr := cmd.String("addr", "127.0.0.1:8080", "listen on `host:port` (port 0 picks a free one)")
	db := dbFlag(cmd.FlagSet)
	token := cmd.String("token", os.Getenv("RASAD_TOKEN"), "API `token` required for writes (POST /api/articles); default from RASAD_TOKEN")
	noDemo := cmd.Bool("no-demo", false, "do not load the demo articles into an empty archive")
	demo := cmd.String("demo", "testdata", "`folder` of the demo articles: article.txt and demo/*.json")
	poll := cmd.Bool("poll", false, "poll the archive's feeds (rasad feeds add) in the server, as rasad feeds poll does")
	pf := addPollFlags(cmd.FlagSet)
	qf := addQueueFlags(cmd.FlagSet)
	if err := cmd.parseNone(args); err != nil {
		return err
	}
	if !*poll && given(cmd.FlagSet, "queue") {
		return cmd.usageError("--queue is where --poll puts the stories of the feeds: give --poll too")
	}
	log := slog.New(slog.NewTextHandler(env.stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	st, p, err := openWorking(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	if stats, err := st.Stats(ctx); err == nil {
		if stats.Stale > 0 {
			log.Warn("articles indexed by an older version of the analyser: searches may miss words in them until rasad reanalyse runs", "archive", *db, "stale", stats.Stale, "articles", stats.Documents)
		}
		if n := stats.StaleFor(storeAnalyzer, p.Extractor()) - stats.Stale; n > 0 {
			log.Warn("articles analysed by another version of Rasad or another named-entity model: their entities, quotes, dates and events stay as that one found them until rasad reanalyse runs", "archive", *db, "articles", n, "extractor", p.Extractor())
		}
	}
	if !*noDemo {
		if err := loadDemo(ctx, log, st, p, *demo); err != nil {
			return err
		}
	}
	cfg := server.Config{Store: st, Pipeline: p, Token: *token, Log: log}
	poller, closeSink, err := feedsIn(ctx, &cfg, st, p, *poll, pf, qf)
	if err != nil {
		return err
	}
	defer closeSink()
	srv, err := server.New(cfg)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stderr, "rasad: serving %s on http://%s/\n", *db, ln.Addr())
	if *token != "" {
		fmt.Fprintln(env.stderr, "rasad: writes need the API token")
	}
	stopPoller := startPoller(ctx, log, poller, *pf.tick)
	err = srv.Serve(ctx, ln)
	stopPoller()
	fmt.Fprintln(env.stderr, "rasad: stopped")
	return err
}

// feedsIn gives the server the archive's feeds and, with --poll, the
// metrics of the poller it returns (nil without --poll), which stores with
// p or, with --queue, publishes; close closes its queue.
func feedsIn(ctx context.Context, cfg *server.Config, st store.Store, p *pipeline.Pipeline, poll bool, pf pollFlags, qf queueFlags) (poller *feed.Poller, close func(), err error) {
	fa, ok := st.(feedArchive)
	if !ok {
		if poll {
			return nil, nil, errors.New("serve --poll: this archive cannot follow feeds")
		}
		return nil, func() {}, nil
	}
	cfg.Feeds = fa
	if !poll {
		return nil, func() {}, nil
	}
	sink, close, err := pollSink(ctx, qf, fa, func() (*pipeline.Pipeline, error) { return p, nil }, func(a news.Article, err error) {
		cfg.Log.Warn("feeds: the queue refuses a story for good; it is skipped", "queue", *qf.url, "url", a.URL, "err", err)
	})
	if err != nil {
		return nil, nil, err
	}
	poller = pf.poller(fa, sink, func(err error, wait time.Duration) {
		cfg.Log.Warn("feeds: the queue is unavailable; the stories wait for the next round", "queue", *qf.url, "retry_in", wait.String(), "err", err)
	})
	cfg.FeedMetrics = poller.Metrics
	return poller, close, nil
}

// startPoller runs poller (when not nil) on a goroutine of its own until
// ctx ends, and returns the function that waits for it to end.
func startPoller(ctx context.Context, log *slog.Logger, poller *feed.Poller, tick time.Duration) (wait func()) {
	if poller == nil {
		return func() {}
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		err := poller.Run(ctx, tick, func(rs feed.RoundStats) { log.Info("feeds " + roundLine(rs)) })
		if err != nil {
			log.Error("feeds: the poller stopped", "err", err)
		}
	}()
	return func() { <-done }
}

// loadDemo stores the reference article and the demo articles of dir into
// an archive that holds nothing yet.
func loadDemo(ctx context.Context, log *slog.Logger, st store.Store, p *pipeline.Pipeline, dir string) error {
	stats, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	if stats.Documents > 0 {
		return nil
	}
	var arts []news.Article
	ref, err := article.ReadFile(filepath.Join(dir, "article.txt"), article.Options{Published: referencePublished})
	switch {
	case errors.Is(err, fs.ErrNotExist):
		log.Warn("no demo articles: run rasad serve from the repository's root, or give --demo", "dir", dir)
		return nil
	case err != nil:
		return fmt.Errorf("demo: %w", err)
	}
	arts = append(arts, ref...)
	files, _ := filepath.Glob(filepath.Join(dir, "demo", "*.json"))
	sort.Strings(files)
	for _, f := range files {
		a, err := article.ReadFile(f, article.Options{})
		if err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		arts = append(arts, a...)
	}
	stored, _, err := ingest.Articles(ctx, p, st, arts, 0)
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	log.Info("loaded the demo articles into the empty archive", "documents", len(stored))
	return nil
}

// given reports whether the flag name was set on the command line.
func given(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}
