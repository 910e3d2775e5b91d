package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"rasad/internal/article"
	"rasad/internal/news"
	"rasad/internal/pipeline"
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
		return fmt.Errorf("open %s: %w", *db, err)
	}
	defer st.Close()
	if *by != "" {
		counts, err := st.CountEvents(ctx, f, store.Period(*by))
		if err != nil {
			return err
		}
		return writeCounts(env.stdout, counts, *format)
	}
	w := newEventWriter(env.stdout, *format)
	if err := st.Events(ctx, f, func(r store.EventRecord) error {
		return w.write(r.DocID, r.Published, r.Outlet, "", r.Event)
	}); err != nil {
		return err
	}
	return w.flush()
}

// eventsOfFiles analyses articles and prints their events.
func eventsOfFiles(ctx context.Context, env *env, paths []string, published, format string) error {
	opt := article.Options{}
	if published != "" {
		day, err := article.ParseDate(published)
		if err != nil {
			fmt.Fprintf(env.stderr, "rasad events: --published: %v\n", err)
			return errUsage
		}
		opt.Published = day
	}
	p := pipeline.New()
	w := newEventWriter(env.stdout, format)
	failed := 0
	for _, path := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		arts, err := readInput(env, path, opt)
		if err != nil {
			failed++
			fmt.Fprintf(env.stderr, "rasad events: %v\n", err)
		}
		for _, a := range arts {
			doc := p.Run(a)
			for _, ev := range doc.Events {
				if err := w.write(doc.ID, doc.Published, doc.Source, doc.URL, ev); err != nil {
					return err
				}
			}
		}
	}
	if err := w.flush(); err != nil {
		return err
	}
	if failed > 0 {
		return errSomeFailed
	}
	return nil
}

// eventColumns are the columns of the CSV and TSV output: GDELT 2.0's event
// table where Rasad has the field, then Rasad's own.
var eventColumns = []string{
	"GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "EventCode", "EventBaseCode",
	"EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "ActionGeo_FullName",
	"DATEADDED", "SOURCEURL", "Polarity", "PloverType", "PloverMode", "DocID", "Outlet",
	"Sentence", "Text",
}

type eventWriter struct {
	format string
	enc    *json.Encoder
	csv    *csv.Writer
	n      int
}

func newEventWriter(w io.Writer, format string) *eventWriter {
	ew := &eventWriter{format: format}
	switch format {
	case "jsonl":
		ew.enc = json.NewEncoder(w)
		ew.enc.SetEscapeHTML(false)
	default:
		ew.csv = csv.NewWriter(w)
		if format == "tsv" {
			ew.csv.Comma = '\t'
		}
	}
	return ew
}

// eventLine is one event with the document it came from, as JSON Lines.
type eventLine struct {
	DocID     string `json:"doc_id"`
	Published string `json:"published"`
	Outlet    string `json:"outlet"`
	URL       string `json:"url,omitempty"`
	news.Event
}

func (w *eventWriter) write(docID, published, outlet, url string, ev news.Event) error {
	w.n++
	if w.enc != nil {
		return w.enc.Encode(eventLine{DocID: docID, Published: published, Outlet: outlet, URL: url, Event: ev})
	}
	if w.n == 1 {
		if err := w.csv.Write(eventColumns); err != nil {
			return err
		}
	}
	var t news.Party
	if ev.Target != nil {
		t = *ev.Target
	}
	date := ev.Date
	if date == "" {
		date = published
	}
	base := ev.Code
	if len(base) > 3 {
		base = base[:3]
	}
	root := ev.Code
	if len(root) > 2 {
		root = root[:2]
	}
	nsent := len(ev.Sentences)
	if nsent == 0 {
		nsent = 1
	}
	text := strings.Join(strings.Fields(ev.Text), " ") // one line, in TSV too
	return w.csv.Write([]string{
		docID + "-" + strconv.Itoa(w.n), sqlDate(date), ev.Source.Actor, ev.Source.Name, ev.Source.Country,
		t.Actor, t.Name, t.Country, ev.Code, base,
		root, strconv.Itoa(ev.QuadClass), strconv.FormatFloat(ev.Goldstein, 'f', 1, 64), strconv.Itoa(nsent), ev.Location,
		sqlDate(published), url, string(ev.Polarity), ev.Plover, ev.Mode, docID, outlet,
		strconv.Itoa(ev.Sentence), text,
	})
}

// sqlDate writes YYYY-MM-DD as GDELT's YYYYMMDD; a month or a year keeps
// its precision (YYYYMM, YYYY).
func sqlDate(d string) string { return strings.ReplaceAll(d, "-", "") }

func (w *eventWriter) flush() error {
	if w.csv != nil {
		w.csv.Flush()
		return w.csv.Error()
	}
	return nil
}

func writeCounts(out io.Writer, counts []store.Count, format string) error {
	if format == "jsonl" {
		enc := json.NewEncoder(out)
		for _, c := range counts {
			if err := enc.Encode(c); err != nil {
				return err
			}
		}
		return nil
	}
	w := csv.NewWriter(out)
	if format == "tsv" {
		w.Comma = '\t'
	}
	w.Write([]string{"period", "count"})
	for _, c := range counts {
		w.Write([]string{c.Period, strconv.Itoa(c.Count)})
	}
	w.Flush()
	return w.Error()
}
