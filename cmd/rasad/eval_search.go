package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/ar"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/jackc/pgx/v5"

	"rasad/internal/entity"
	"rasad/internal/eval"
	"rasad/internal/news"
	"rasad/internal/pipeline"
	"rasad/internal/search"
	"rasad/internal/store"
	"rasad/internal/store/sqlite"
)

// runEvalSearch measures search quality on a test built from a BIO-tagged
// corpus (eval.BuildSearchTest): every distinct name is searched as a
// phrase, and precision and recall over (query, document) pairs are printed
// for Rasad (its SQLite store, documents from the full pipeline), Bleve's
// "ar" analyser and, with --postgres, PostgreSQL's "arabic" configuration,
// all on the same documents and queries.
func runEvalSearch(ctx context.Context, env *env, args []string) error {
	cmd := newCommand(env, "eval search", "--conll FILE [--per-doc N] [--postgres URL] [--show N]", `
Measure search quality on a test built from a BIO-tagged corpus: every
distinct name is searched as a phrase, and precision and recall over
(query, document) pairs are printed for each system.`)
	conll := cmd.String("conll", "", "gold data: `FILE` of \"word TAG\" lines (ANERcorp)")
	perDoc := cmd.Int("per-doc", 20, "sentences per `document`")
	pgURL := cmd.String("postgres", "", "also measure PostgreSQL's arabic configuration on the database at `URL`")
	misses := cmd.Int("show", 0, "print up to `n` queries with false positives or misses per system, to stderr")
	if err := cmd.parseNone(args); err != nil {
		return err
	}
	if *conll == "" {
		return cmd.usageError("--conll names no gold data")
	}
	if *perDoc < 1 {
		return cmd.usageError("--per-doc must be 1 or more")
	}
	f, err := os.Open(*conll)
	if err != nil {
		return err
	}
	sents, err := entity.ReadCoNLL(f, *conll)
	f.Close()
	if err != nil {
		return err
	}
	words := make([][]string, len(sents))
	tags := make([][]string, len(sents))
	for k, s := range sents {
		words[k], tags[k] = s.Words, s.Tags
	}
	test := eval.BuildSearchTest(words, tags, *perDoc)
	fmt.Fprintf(env.stdout, "documents %d\nqueries %d\n", len(test.Docs), len(test.Queries))

	systems := []struct {
		name string
		open func(ctx context.Context, docs []string) (retriever, func(), error)
	}{
		{"rasad", openRasadRetriever},
		{"bleve-ar", openBleveRetriever},
	}
	if *pgURL != "" {
		systems = append(systems, struct {
			name string
			open func(ctx context.Context, docs []string) (retriever, func(), error)
		}{"pg-arabic", func(ctx context.Context, docs []string) (retriever, func(), error) {
			return openPGRetriever(ctx, *pgURL, docs)
		}})
	}
	for _, sys := range systems {
		find, done, err := sys.open(ctx, test.Docs)
		if err != nil {
			return fmt.Errorf("eval search: %s: %w", sys.name, err)
		}
		var score, within eval.SearchScore
		shown := 0
		for _, q := range test.Queries {
			got, err := find(ctx, q.Text)
			if err != nil {
				done()
				return fmt.Errorf("eval search: %s: query %q: %w", sys.name, q.Text, err)
			}
			before := score
			score.Add(q.Relevant, got)
			within.Add(q.Within, got)
			if shown < *misses && (score.Correct-before.Correct != len(got) || score.Correct-before.Correct != len(q.Relevant)) {
				shown++
				fmt.Fprintf(env.stderr, "%s %q relevant %v within %v retrieved %v\n", sys.name, q.Text, q.Relevant, q.Within, got)
			}
		}
		done()
		if err := score.WriteSearch(env.stdout, sys.name); err != nil {
			return err
		}
		if err := within.WriteSearch(env.stdout, sys.name+" within"); err != nil {
			return err
		}
	}
	return nil
}

// A retriever returns the indexes of the documents that match a name
// searched as a phrase.
type retriever func(ctx context.Context, name string) ([]int, error)

// openRasadRetriever runs the pipeline on every document, stores them in a
// SQLite archive in a temporary directory, and searches it.
func openRasadRetriever(ctx context.Context, docs []string) (retriever, func(), error) {
	dir, err := os.MkdirTemp("", "rasad-eval-search-")
	if err != nil {
		return nil, nil, err
	}
	cleanup := func() { os.RemoveAll(dir) }
	st, err := sqlite.Open(ctx, filepath.Join(dir, "eval.db"), nil)
	if err != nil {
		cleanup()
		return nil, nil, err
	}
	done := func() { st.Close(); cleanup() }
	p := pipeline.New()
	ids := map[string]int{}
	entries := make([]store.Entry, 0, len(docs))
	for i, text := range docs {
		doc := p.Run(news.Article{Text: text, URL: "eval:" + strconv.Itoa(i)})
		ids[doc.ID] = i
		entries = append(entries, store.Entry{Doc: &doc, Origin: "eval"})
	}
	if _, err := st.PutBatch(ctx, entries); err != nil {
		done()
		return nil, nil, err
	}
	find := func(ctx context.Context, name string) ([]int, error) {
		q, err := search.Parse(`"` + strings.ReplaceAll(name, `"`, " ") + `"`)
		if err != nil {
			return nil, err
		}
		res, err := st.Search(ctx, q, store.Page{Limit: len(docs), SnippetBytes: 1})
		if err != nil {
			return nil, err
		}
		var out []int
		for _, h := range res.Hits {
			out = append(out, ids[h.ID])
		}
		return out, nil
	}
	return find, done, nil
}

// openBleveRetriever indexes the documents in memory with Bleve's "ar"
// analyser (term vectors kept, as phrase queries need them).
func openBleveRetriever(ctx context.Context, docs []string) (retriever, func(), error) {
	text := bleve.NewTextFieldMapping()
	text.Analyzer = ar.AnalyzerName
	text.IncludeTermVectors = true
	dm := bleve.NewDocumentStaticMapping()
	dm.AddFieldMappingsAt("text", text)
	im := mapping.NewIndexMapping()
	im.DefaultMapping = dm
	im.DefaultAnalyzer = ar.AnalyzerName
	idx, err := bleve.NewMemOnly(im)
	if err != nil {
		return nil, nil, err
	}
	b := idx.NewBatch()
	for i, d := range docs {
		if err := b.Index(strconv.Itoa(i), map[string]any{"text": d}); err != nil {
			idx.Close()
			return nil, nil, err
		}
	}
	if err := idx.Batch(b); err != nil {
		idx.Close()
		return nil, nil, err
	}
	find := func(ctx context.Context, name string) ([]int, error) {
		q := bleve.NewMatchPhraseQuery(name)
		q.SetField("text")
		req := bleve.NewSearchRequestOptions(q, len(docs), 0, false)
		res, err := idx.SearchInContext(ctx, req)
		if err != nil {
			return nil, err
		}
		var out []int
		for _, h := range res.Hits {
			i, err := strconv.Atoi(h.ID)
			if err != nil {
				return nil, err
			}
			out = append(out, i)
		}
		return out, nil
	}
	return find, func() { idx.Close() }, nil
}

// openPGRetriever loads the documents into a temporary table with
// to_tsvector('arabic', text) and matches phraseto_tsquery('arabic', name).
func openPGRetriever(ctx context.Context, url string, docs []string) (retriever, func(), error) {
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		return nil, nil, err
	}
	done := func() { conn.Close(context.Background()) }
	if _, err := conn.Exec(ctx, `CREATE TEMP TABLE eval_search (id int PRIMARY KEY, tsv tsvector NOT NULL)`); err != nil {
		done()
		return nil, nil, err
	}
	for i, d := range docs {
		if _, err := conn.Exec(ctx, `INSERT INTO eval_search VALUES ($1, to_tsvector('arabic', $2))`, i, d); err != nil {
			done()
			return nil, nil, err
		}
	}
	find := func(ctx context.Context, name string) ([]int, error) {
		rows, err := conn.Query(ctx, `SELECT id FROM eval_search WHERE tsv @@ phraseto_tsquery('arabic', $1) ORDER BY id`, name)
		if err != nil {
			return nil, err
		}
		return pgx.CollectRows(rows, pgx.RowTo[int])
	}
	return find, done, nil
}
