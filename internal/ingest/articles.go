package ingest

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	"rasad/internal/news"
	"rasad/internal/pipeline"
	"rasad/internal/store"
)

// Stored says what became of one article that Articles stored.
type Stored struct {
	ID          string        `json:"id"`
	Title       string        `json:"title"`
	Outcome     store.Outcome `json:"outcome"`
	DuplicateOf string        `json:"duplicate_of,omitempty"`
}

// Articles analyses articles already read (an upload to the HTTP API) and
// stores them in one transaction, marking near-duplicates as Run does: of a
// stored document, or of an earlier article of the same call. maxDistance is
// as Options.MaxDistance. On error nothing is stored.
//
// The articles are analysed on one goroutine per core, which all end before
// the documents are stored.
func Articles(ctx context.Context, p *pipeline.Pipeline, st Store, arts []news.Article, maxDistance int) ([]Stored, Counts, error) {
	return ArticlesWith(ctx, p, st, arts, maxDistance, 0)
}

// ArticlesWith is Articles on workers goroutines (0: one per core), for a
// queue worker that shares its machine.
func ArticlesWith(ctx context.Context, p *pipeline.Pipeline, st Store, arts []news.Article, maxDistance, workers int) ([]Stored, Counts, error) {
	docs, err := AnalyseWith(ctx, p, arts, workers)
	if err != nil {
		return nil, Counts{}, err
	}
	return Documents(ctx, st, arts, docs, p.Extractor(), maxDistance)
}

// Analyse runs the pipeline on each article, on one goroutine per core,
// which all end before it returns.
func Analyse(ctx context.Context, p *pipeline.Pipeline, arts []news.Article) ([]news.Document, error) {
	return AnalyseWith(ctx, p, arts, 0)
}

// AnalyseWith is Analyse on workers goroutines (0: one per core).
func AnalyseWith(ctx context.Context, p *pipeline.Pipeline, arts []news.Article, workers int) ([]news.Document, error) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	docs := make([]news.Document, len(arts))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(workers, len(arts)) {
		wg.Go(func() {
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if i >= len(arts) {
					return
				}
				docs[i] = p.Run(arts[i])
			}
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return docs, nil
}

// Documents stores the documents that Analyse made of arts (made by
// extractor, pipeline.Extractor) in one transaction, as Articles does.
func Documents(ctx context.Context, st Store, arts []news.Article, docs []news.Document, extractor string, maxDistance int) ([]Stored, Counts, error) {
	if maxDistance == 0 {
		maxDistance = DefaultMaxDistance
	}
	var c Counts
	b := &batcher{st: st, maxDist: maxDistance, c: &c, extractor: extractor}
	for i := range docs {
		doc := &docs[i]
		if err := b.add(ctx, result{doc: doc, origin: arts[i].Origin, simhash: SimHash(doc)}); err != nil {
			return nil, Counts{}, err
		}
	}
	if err := b.resolve(ctx); err != nil {
		return nil, Counts{}, err
	}
	entries := append([]store.Entry(nil), b.entries...)
	if len(entries) == 0 {
		return nil, c, nil
	}
	outs, err := st.PutBatch(ctx, entries)
	if err != nil {
		return nil, Counts{}, fmt.Errorf("store %d documents: %w", len(entries), err)
	}
	out := make([]Stored, len(entries))
	for i, e := range entries {
		out[i] = Stored{ID: e.Doc.ID, Title: e.Doc.Title, Outcome: outs[i], DuplicateOf: e.DuplicateOf}
		c.count(e, outs[i])
	}
	return out, c, nil
}
