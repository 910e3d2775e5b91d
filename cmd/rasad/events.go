package main

import (
	"context"
	"flag"
	"fmt"
	"strings"

	"rasad/internal/article"
	"rasad/internal/export"
	"rasad/internal/news"
	"rasad/internal/store"
)

func runEvents(ctx context.Context, env *env, args []string) error {
	fs := flag.NewFlagSet("events", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	db := dbFlag(fs)
	format := fs.String("format", "jsonl", "output `format`: jsonl, csv or tsv (GDELT-2.0-style columns, see the README)")
	published := fs.String("published", "", "publication date `YYYY-MM-DD` for articles that carry none (with FILE)")
	var f store.EventFilter
	fs.StringVar(&f.Actor, "actor", "", "either party: a CAMEO actor `code` (RUSGOV) or a country (RUS)")
	fs.StringVar(&f.Source, "source", "", "the source party's `code` or country")
	fs.StringVar(&f.Target, "target", "", "the target party's `code` or country")
	dyad := fs.String("dyad", "", "two parties `A,B` in either direction (CHN,RUS)")
	fs.StringVar(&f.Code, "code", "", "a CAMEO event `code` (042)")
	fs.StringVar(&f.Root, "root", "", "a CAMEO `root`, the first two digits (04)")
	fs.StringVar(&f.From, "from", "", "events on or after `date`")
	fs.StringVar(&f.To, "to", "", "events on or before `date`, inclusive")
	originals := fs.Bool("originals", false, "leave out the events of near-duplicate documents")
	by := fs.String("by", "", "count the events per `period` (day, month, year) instead of listing them; near-duplicates count once")
	fs.Usage = func() {
		fmt.Fprint(env.stderr, `usage: rasad events [flags] [FILE...]

With FILE, analyse the articles and print their events. Without, print the
events stored in the archive that the filters select, or count them per
period with --by.

flags:
`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	switch *format {
	case "jsonl", "csv", "tsv":
	default:
		fmt.Fprintf(env.stderr, "rasad events: unknown --format %q (jsonl, csv or tsv)\n", *format)
		return errUsage
	}
	if fs.NArg() > 0 {
		return eventsOfFiles(ctx, env, fs.Args(), *published, *format)
	}
	if err := checkRange(env, "events", f.From, f.To); err != nil {
		return err
	}
	if *dyad != "" {
		a, b, ok := strings.Cut(*dyad, ",")
		if !ok || a == "" || b == "" {
			fmt.Fprintf(env.stderr, "rasad events: --dyad wants two parties, A,B\n")
			return errUsage
		}
		f.Source, f.Target, f.Both = strings.TrimSpace(a), strings.TrimSpace(b), true
	}
	f.Originals = *originals
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	if *by != "" {
		counts, err := st.CountEvents(ctx, f, store.Period(*by))
		if err != nil {
			return err
		}
		return export.WriteCounts(env.stdout, counts, *format)
	}
	w := export.NewWriter(env.stdout, *format)
	if err := st.Events(ctx, f, func(r store.EventRecord) error {
		return w.Write(r.DocID, r.Published, r.Outlet, "", r.Event)
	}); err != nil {
		return err
	}
	return w.Flush()
}

// eventsOfFiles analyses articles and prints their events.
func eventsOfFiles(ctx context.Context, env *env, paths []string, published, format string) error {
	opt := article.Options{}
	day, err := publishedFlag(env, "events", published)
	if err != nil {
		return err
	}
	opt.Published = day
	w := export.NewWriter(env.stdout, format)
	err = analyseFiles(ctx, env, "events", paths, opt, func(doc news.Document, _ bool) error {
		for _, ev := range doc.Events {
			if err := w.Write(doc.ID, doc.Published, doc.Source, doc.URL, ev); err != nil {
				return err
			}
		}
		return nil
	})
	if ferr := w.Flush(); ferr != nil && err == nil {
		err = ferr
	}
	return err
}
