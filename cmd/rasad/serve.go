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

	"rasad/internal/article"
	"rasad/internal/ingest"
	"rasad/internal/news"
	"rasad/internal/pipeline"
	"rasad/internal/server"
	"rasad/internal/store"
)

// referencePublished is the publication date of testdata/article.txt.
const referencePublished = "2023-04-16"

func runServe(ctx context.Context, env *env, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `host:port` (port 0 picks a free one)")
	db := dbFlag(fs)
	token := fs.String("token", os.Getenv("RASAD_TOKEN"), "API `token` required for writes (POST /api/articles); default from RASAD_TOKEN")
	noDemo := fs.Bool("no-demo", false, "do not load the demo articles into an empty archive")
	demo := fs.String("demo", "testdata", "`folder` of the demo articles: article.txt and demo/*.json")
	fs.Usage = func() {
		fmt.Fprint(env.stderr, `usage: rasad serve [flags]

Serve the archive over HTTP: the web page at /, the JSON API under /api/
(documented at /api/openapi.json), /healthz and /metrics. On first start
with an empty archive, load the reference article and the demo articles of
testdata/ unless --no-demo. Stops gracefully on interrupt.

flags:
`)
		fs.PrintDefaults()
	}
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(env.stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	p, err := newPipeline()
	if err != nil {
		return err
	}
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
	srv, err := server.New(server.Config{Store: st, Pipeline: p, Token: *token, Log: log})
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
	err = srv.Serve(ctx, ln)
	fmt.Fprintln(env.stderr, "rasad: stopped")
	return err
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
