package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"time"

	"rasad/internal/article"
	"rasad/internal/ingest"
	"rasad/internal/store"
)

func runIngest(ctx context.Context, env *env, args []string) error {
	cmd := newCommand(env, "ingest", "[flags] PATH...", `
Analyse articles and store them in the archive. PATH is a file (text, JSON,
JSON Lines or HTML), a folder (read recursively), a .zip archive of such
files, or "-" for standard input. Ingest is idempotent: an article stored
already changes nothing, and a corrected text replaces the old version.
With --queue, the articles are put on a JetStream queue instead, for
"rasad worker" processes to extract and store.`)
	db := dbFlag(cmd.FlagSet)
	published := cmd.String("published", "", "publication date `YYYY-MM-DD` for articles that carry none")
	publishedFrom := cmd.String("published-from", "", "`mtime`: date the articles of a file that carry none by the day the file was last modified")
	maxBytes := cmd.Int64("max-bytes", article.DefaultMaxBytes, "largest input file in `bytes`")
	workers := cmd.Int("workers", 0, "extraction goroutines (0: one per core)")
	maxDist := cmd.Int("near", ingest.DefaultMaxDistance, "SimHash `bits` within which a document is a near-duplicate (-1: off)")
	quiet := cmd.Bool("quiet", false, "no progress, only errors and the summary")
	cpuprofile := cmd.String("cpuprofile", "", "write a CPU profile to `file`")
	qf := addQueueFlags(cmd.FlagSet)
	paths, err := cmd.parse(args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return cmd.usageError("no PATH to ingest")
	}
	opt := ingest.Options{Workers: *workers, MaxDistance: *maxDist, Article: article.Options{MaxBytes: *maxBytes}}
	day, err := cmd.published(*published)
	if err != nil {
		return err
	}
	opt.Article.Published = day
	switch *publishedFrom {
	case "":
	case "mtime":
		if day != "" {
			return cmd.usageError("give --published or --published-from, not both")
		}
		opt.PublishedFromMtime = true
	default:
		return cmd.usageError("--published-from %q: the only source of dates is mtime (the file's modification time)", *publishedFrom)
	}
	if *qf.url != "" {
		q, err := qf.dial(ctx)
		if err != nil {
			return err
		}
		defer q.Close()
		return publish(ctx, env, q, paths, opt.Article)
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()

	if *cpuprofile != "" {
		stop, err := startCPUProfile(*cpuprofile)
		if err != nil {
			return err
		}
		defer stop()
	}
	prog := newProgress(env.stderr, *quiet)
	opt.Progress = prog.update
	opt.Errorf = prog.error
	p, err := newPipeline()
	if err != nil {
		return err
	}
	c, err := ingest.Run(ctx, p, st, paths, env.stdin, opt)
	prog.done(c)
	if err == nil {
		err = optimize(ctx, env, st, c.Inserted+c.Updated, *quiet)
	}
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return fmt.Errorf("ingest interrupted: %d articles stored whole, the rest not at all", c.Inserted+c.Updated)
		}
		return err
	}
	if c.Errors > 0 {
		return errSomeFailed
	}
	return nil
}

// optimizeAfter is how many documents an ingest must store for the search
// index to be merged afterwards.
const optimizeAfter = 1000

// optimize merges the archive's search index after a run that stored n
// documents, when there were many and the store can (SQLite's FTS5 index
// is written in a segment per batch; merged, searches cost about a tenth
// less).
func optimize(ctx context.Context, env *env, st store.Store, n int, quiet bool) error {
	o, ok := st.(interface{ Optimize(context.Context) error })
	if !ok || n < optimizeAfter {
		return nil
	}
	start := time.Now()
	if err := o.Optimize(ctx); err != nil {
		return err
	}
	if !quiet {
		fmt.Fprintf(env.stderr, "search index merged in %s\n", time.Since(start).Round(10*time.Millisecond))
	}
	return nil
}

// progress shows how an ingest goes: a bar redrawn in place on a terminal,
// a plain line every few seconds otherwise, and a summary at the end.
type progress struct {
	w     io.Writer
	tty   bool
	quiet bool
	last  time.Time
}

func newProgress(w io.Writer, quiet bool) *progress {
	return &progress{w: w, tty: isTerminal(w), quiet: quiet}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func (p *progress) error(err error) {
	if p.tty {
		fmt.Fprint(p.w, "\r\033[K")
	}
	fmt.Fprintf(p.w, "rasad ingest: %s\n", inputError(err))
}

func (p *progress) update(c ingest.Counts) {
	if p.quiet {
		return
	}
	every := 5 * time.Second
	if p.tty {
		every = 200 * time.Millisecond
	}
	if time.Since(p.last) < every {
		return
	}
	p.last = time.Now()
	line := fmt.Sprintf("%d articles, %.0f/s, %d new, %d near-duplicates, %d errors, %s",
		c.Articles, rate(c), c.Inserted, c.Duplicates, c.Errors, c.Elapsed.Round(time.Second))
	if p.tty {
		fmt.Fprintf(p.w, "\r\033[K%s %s", spinner(c.Articles), line)
		return
	}
	fmt.Fprintln(p.w, line)
}

func (p *progress) done(c ingest.Counts) {
	if p.tty && !p.quiet {
		fmt.Fprint(p.w, "\r\033[K")
	}
	fmt.Fprintf(p.w, "ingested %d articles from %d inputs in %s (%.0f articles/s): %d new, %d updated, %d unchanged, %d near-duplicates, %d errors",
		c.Articles, c.Inputs, c.Elapsed.Round(10*time.Millisecond), rate(c), c.Inserted, c.Updated, c.Unchanged, c.Duplicates, c.Errors)
	if c.Blank > 0 {
		fmt.Fprintf(p.w, "; %s (neither title nor text) skipped", count(c.Blank, "blank item"))
	}
	fmt.Fprintln(p.w)
	if c.Undated > 0 {
		fmt.Fprintf(p.w, "warning: %d articles have no publication date: their relative dates are unresolved and people's roles undated; "+
			"ingest them again with --published YYYY-MM-DD, or --published-from mtime to take each file's modification day\n", c.Undated)
	}
}

func rate(c ingest.Counts) float64 {
	if c.Elapsed <= 0 {
		return 0
	}
	return float64(c.Articles) / c.Elapsed.Seconds()
}

func spinner(n int) string { return string("|/-\\"[n%4]) }

// startCPUProfile writes a CPU profile to path until the returned function
// is called.
func startCPUProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("cpuprofile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpuprofile: %w", err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}
