package main

import (
	"context"

	"rasad/internal/article"
	"rasad/internal/export"
	"rasad/internal/news"
	"rasad/internal/store"
)

func runEvents(ctx context.Context, env *env, args []string) error {
	cmd := newCommand(env, "events", "[flags] [FILE...]", `
With FILE, analyse the articles and print their events ("-" reads standard
input). Without, print the events stored in the archive that the filters
select, or count them per period with --by.`)
	db := dbFlag(cmd.FlagSet)
	format := cmd.String("format", "jsonl", "output `format`: jsonl, csv or tsv (GDELT-2.0-style columns, see the README)")
	published := cmd.String("published", "", "publication date `YYYY-MM-DD` for articles that carry none (with FILE)")
	var f store.EventFilter
	cmd.StringVar(&f.Actor, "actor", "", "either party: a CAMEO actor `code` (RUSGOV) or a country (RUS)")
	cmd.StringVar(&f.Source, "source", "", "the source party's `code` or country")
	cmd.StringVar(&f.Target, "target", "", "the target party's `code` or country")
	dyad := cmd.String("dyad", "", "two parties `A,B` in either direction (CHN,RUS)")
	cmd.StringVar(&f.Code, "code", "", "a CAMEO event `code` (042)")
	cmd.StringVar(&f.Root, "root", "", "a CAMEO `root`, the first two digits (04)")
	cmd.StringVar(&f.From, "from", "", "events on or after `date`")
	cmd.StringVar(&f.To, "to", "", "events on or before `date`, inclusive")
	originals := cmd.Bool("originals", false, "leave out the events of near-duplicate documents")
	by := cmd.String("by", "", "count the events per `period` (day, month, year) instead of listing them; near-duplicates count once")
	files, err := cmd.parse(args)
	if err != nil {
		return err
	}
	if !export.Known(*format) {
		return cmd.usageError("--format %q is not jsonl, csv or tsv", *format)
	}
	if len(files) > 0 {
		return eventsOfFiles(ctx, cmd, files, *published, *format)
	}
	if *dyad != "" {
		if err := f.ParseDyad(*dyad); err != nil {
			return cmd.filterError(err)
		}
	}
	if err := f.Validate(); err != nil {
		return cmd.filterError(err)
	}
	var period store.Period
	if *by != "" {
		if period, err = store.ParsePeriod(*by); err != nil {
			return cmd.filterError(err)
		}
	}
	f.Originals = *originals
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	if period != "" {
		counts, err := st.CountEvents(ctx, f, period)
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
func eventsOfFiles(ctx context.Context, cmd *command, paths []string, published, format string) error {
	opt := article.Options{}
	day, err := cmd.published(published)
	if err != nil {
		return err
	}
	opt.Published = day
	w := export.NewWriter(cmd.env.stdout, format)
	err = analyseFiles(ctx, cmd.env, "events", paths, opt, func(doc news.Document, _ bool) error {
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
