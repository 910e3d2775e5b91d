// Package compare holds the search systems that Rasad's search is compared
// with in its evaluation (eval.RunSearch): Bleve's "ar" analyser and
// PostgreSQL's "arabic" text search configuration. It keeps Bleve, used for
// nothing else, out of the rasad binary: the comparison runs from its own
// tool, go run ./internal/eval/cmd/searchcompare.
package compare

import (
	"context"
	"strconv"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/ar"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/jackc/pgx/v5"

	"rasad/internal/eval"
)

// Bleve indexes the documents in memory with Bleve's "ar" analyser (term
// vectors kept, as phrase queries need them).
var Bleve = eval.System{Name: "bleve-ar", Open: openBleve}

func openBleve(ctx context.Context, docs []string) (eval.Retriever, func(), error) {
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

// Postgres loads the documents into a temporary table of the database at
// url with to_tsvector('arabic', text) and matches
// phraseto_tsquery('arabic', name).
func Postgres(url string) eval.System {
	return eval.System{Name: "pg-arabic", Open: func(ctx context.Context, docs []string) (eval.Retriever, func(), error) {
		return openPostgres(ctx, url, docs)
	}}
}

func openPostgres(ctx context.Context, url string, docs []string) (eval.Retriever, func(), error) {
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
