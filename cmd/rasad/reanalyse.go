package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"time"

	"rasad/internal/ingest"
)

func runReanalyse(ctx context.Context, env *env, args []string) error {
	fs := flag.NewFlagSet("reanalyse", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	db := dbFlag(fs)
	workers := fs.Int("workers", 0, "extraction goroutines (0: one per core)")
	quiet := fs.Bool("quiet", false, "no progress, only errors and the summary")
	fs.Usage = func() {
		fmt.Fprint(env.stderr, `usage: rasad reanalyse [flags]

Analyse again the stored articles that an older version of Rasad's search
analyser indexed, or that another version of its extraction or another
named-entity model (RASAD_NER_MODEL) analysed, and store each in place of
its old document: until then, searches may miss words in the first, and
the entities, quotes, dates and events of the others are as the old
analysis found them. Each batch is stored in one transaction: an
interrupted run leaves every document whole, and the next run goes on.

flags:
`)
		fs.PrintDefaults()
	}
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	stats, err := st.Stats(ctx)
	if err != nil {
		return fmt.Errorf("reanalyse %s: %w", *db, err)
	}
	p, err := newPipeline()
	if err != nil {
		return err
	}
	total := stats.StaleFor(storeAnalyzer, p.Extractor())
	c, err := ingest.Reanalyse(ctx, p, st, *workers, func(c ingest.Counts) {
		if !*quiet {
			fmt.Fprintf(env.stderr, "%d of %d articles, %.0f/s, %s\n", c.Articles, total, rate(c), c.Elapsed.Round(time.Second))
		}
	})
	fmt.Fprintf(env.stderr, "reanalysed %d articles in %s: %d replaced, %d unchanged\n",
		c.Articles, c.Elapsed.Round(10*time.Millisecond), c.Updated, c.Unchanged)
	if err == nil {
		err = optimize(ctx, env, st, c.Updated, *quiet)
	}
	if errors.Is(err, context.Canceled) {
		return fmt.Errorf("reanalyse interrupted: %d articles stored anew, the rest as they were", c.Updated)
	}
	return err
}
