package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"rasad/internal/actor"
	"strings"

	"rasad/internal/search"
	"rasad/internal/store"
)

// listFlag is a flag that may be given several times or as a comma list.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(v string) error {
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			*l = append(*l, s)
		}
	}
	return nil
}

func runSearch(ctx context.Context, env *env, args []string) error {
	fs := flag.NewFlagSet("search", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	db := dbFlag(fs)
	var f search.Filter
	var sources, entities, countries, codes listFlag
	fs.StringVar(&f.From, "from", "", "published on or after `date` (YYYY, YYYY-MM or YYYY-MM-DD)")
	fs.StringVar(&f.To, "to", "", "published on or before `date`, inclusive")
	fs.Var(&sources, "source", "the outlet (repeatable)")
	fs.Var(&entities, "entity", "an entity: name, Arabic name, actor code or id (repeatable)")
	fs.Var(&countries, "country", "a country an entity belongs to, ISO alpha-3 (repeatable)")
	fs.Var(&codes, "code", "a CAMEO event code or its prefix (repeatable)")
	limit := fs.Int("n", 10, "results per page")
	page := fs.Int("page", 1, "the page of results")
	asJSON := fs.Bool("json", false, "print the results as JSON")
	fs.Usage = func() {
		fmt.Fprint(env.stderr, `usage: rasad search [flags] QUERY

Search the archive. QUERY has words (matched through clitics, hamza and alef
forms, ى/ي, ة/ه, diacritics and light stems), "quoted phrases", AND, OR,
NOT (or -word) and prefixes (روس*); words side by side must all match.
Filters may be written in the query too (entity:بوتين country:RUS
code:04 source:S from:D to:D); the flags add to them. Flags may follow the
query when written with two dashes (--from 2023).

flags:
`)
		fs.PrintDefaults()
	}
	words, err := parseInterleaved(fs, args)
	if err != nil {
		return errUsage
	}
	q, err := search.Parse(strings.Join(words, " "))
	if err != nil {
		fmt.Fprintf(env.stderr, "rasad search: %v\n", err)
		return errUsage
	}
	// The flags add to the filters written in the query (entity:بوتين).
	if f.From != "" {
		q.Filter.From = f.From
	}
	if f.To != "" {
		q.Filter.To = f.To
	}
	q.Filter.Sources = append(q.Filter.Sources, sources...)
	q.Filter.Entities = append(q.Filter.Entities, entities...)
	for _, c := range countries {
		q.Filter.Countries = append(q.Filter.Countries, strings.ToUpper(c))
	}
	q.Filter.Codes = append(q.Filter.Codes, codes...)
	if err := checkRange(env, "search", q.Filter.From, q.Filter.To); err != nil {
		return err
	}
	if q.Expr == nil && q.Filter.IsZero() {
		if len(words) == 0 {
			fs.Usage()
		} else {
			fmt.Fprintf(env.stderr, "rasad search: no word to search for in %q\n", strings.Join(words, " "))
		}
		return errUsage
	}
	st, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	if stale, err := st.Stale(ctx, "", 1); err == nil && len(stale) > 0 {
		fmt.Fprintf(env.stderr, "rasad: some articles in %s were indexed by an older version of the analyser and searches may miss words in them: run rasad reanalyse --db %s\n", *db, *db)
	}
	// Names as typed (Putin, لبوتين) find the actors they may mean, as in
	// the API.
	if q.Filter, _, err = store.Resolve(ctx, search.NewNames(actor.Default()), st, q.Filter); err != nil {
		return err
	}
	res, err := st.Search(ctx, q, store.Page{Offset: (max(*page, 1) - 1) * *limit, Limit: *limit})
	if err != nil {
		if errors.Is(err, search.ErrQuery) {
			fmt.Fprintf(env.stderr, "rasad search: %v\n", err)
			return errUsage
		}
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(env.stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	fmt.Fprintf(env.stdout, "%d documents\n", res.Total)
	for i, h := range res.Hits {
		fmt.Fprintf(env.stdout, "\n%d. %s  [%s %s] %s\n   %s\n", (max(*page, 1)-1)**limit+i+1, h.Title, h.Published, h.Source, h.ID,
			strings.ReplaceAll(h.Snippet.Mark("[", "]"), "\n", " "))
	}
	return nil
}
