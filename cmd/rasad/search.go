package main

import (
	"context"
	"encoding/json"
	"errors"
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
	cmd := newCommand(env, "search", "[flags] QUERY", `
Search the archive. QUERY has words (matched through clitics, hamza and alef
forms, ى/ي, ة/ه, diacritics and light stems), "quoted phrases", AND, OR,
NOT (or -word) and prefixes (روس*); words side by side must all match.
Filters may be written in the query too (entity:بوتين country:RUS
code:04 source:S from:D to:D); the flags add to them. Flags may follow the
query (بوتين -n 20 --from 2023); a -word that names no flag is NOT word.`)
	cmd.words = true
	db := dbFlag(cmd.FlagSet)
	var f search.Filter
	var sources, entities, countries, codes listFlag
	cmd.StringVar(&f.From, "from", "", "published on or after `date` (YYYY, YYYY-MM or YYYY-MM-DD)")
	cmd.StringVar(&f.To, "to", "", "published on or before `date`, inclusive")
	cmd.Var(&sources, "source", "the outlet (repeatable)")
	cmd.Var(&entities, "entity", "an entity: name, Arabic name, actor code or id (repeatable)")
	cmd.Var(&countries, "country", "a country an entity belongs to, ISO alpha-3 (repeatable)")
	cmd.Var(&codes, "code", "a CAMEO event code or its prefix (repeatable)")
	limit := cmd.Int("n", 10, "results per page")
	page := cmd.Int("page", 1, "the page of results")
	asJSON := cmd.Bool("json", false, "print the results as JSON")
	words, err := cmd.parse(args)
	if err != nil {
		return err
	}
	if len(words) == 0 {
		return cmd.usageError("no query")
	}
	if *limit < 1 || *page < 1 {
		return cmd.usageError("-n and --page must be 1 or more")
	}
	q, err := search.Parse(strings.Join(words, " "))
	if err != nil {
		return cmd.filterError(err)
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
	for _, cc := range countries {
		q.Filter.Countries = append(q.Filter.Countries, strings.ToUpper(cc))
	}
	q.Filter.Codes = append(q.Filter.Codes, codes...)
	if err := q.Filter.Validate(); err != nil {
		return cmd.filterError(err)
	}
	if q.Expr == nil && q.Filter.IsZero() {
		return cmd.usageError("no word to search for in %q", strings.Join(words, " "))
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
	res, err := st.Search(ctx, q, store.Page{Offset: (*page - 1) * *limit, Limit: *limit})
	if err != nil {
		if errors.Is(err, search.ErrQuery) {
			return cmd.usageError("%v", err)
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
		fmt.Fprintf(env.stdout, "\n%d. %s  [%s %s] %s\n   %s\n", (*page-1)**limit+i+1, h.Title, h.Published, h.Source, h.ID,
			strings.ReplaceAll(h.Snippet.Mark("[", "]"), "\n", " "))
	}
	return nil
}
