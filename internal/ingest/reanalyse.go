package ingest

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"

	"rasad/internal/pipeline"
	"rasad/internal/store"
)

// Archive is what Reanalyse needs of a store.
type Archive interface {
	Stale(ctx context.Context, extractor string, limit int) ([]string, error)
	Get(ctx context.Context, id string) (*store.Record, error)
	PutBatch(ctx context.Context, entries []store.Entry) ([]store.Outcome, error)
}

// Reanalyse analyses again every stored document that st reports stale
// (indexed under another version of the analyzer, or made by another
// extractor than p: an older Rasad, another named-entity model) and
// stores the result in its place, keeping its origin, SimHash and
// near-duplicate link; a batch of documents at a time, each batch in one
// transaction, so that an interrupted run leaves every document whole, in
// its old or its new analysis, and the next run goes on where it stopped.
// Progress, when set, is called after each batch; Counts.Updated counts
// the documents replaced.
func Reanalyse(ctx context.Context, p *pipeline.Pipeline, st Archive, workers int, progress func(Counts)) (Counts, error) {
	start := time.Now()
	var c Counts
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var last []string
	for {
		ids, err := st.Stale(ctx, p.Extractor(), maxBatch)
		if err != nil {
			return c, fmt.Errorf("reanalyse: %w", err)
		}
		if len(ids) == 0 {
			return c, nil
		}
		if len(last) > 0 && ids[0] == last[0] {
			// Put them again and they are still stale: the store does
			// not record the version it analyses with.
			return c, fmt.Errorf("reanalyse: document %s is still stale after it was stored again", ids[0])
		}
		last = ids
		entries := make([]store.Entry, 0, len(ids))
		for _, id := range ids {
			r, err := st.Get(ctx, id)
			if errors.Is(err, store.ErrNotFound) {
				continue // deleted since
			}
			if err != nil {
				return c, fmt.Errorf("reanalyse %s: %w", id, err)
			}
			entries = append(entries, store.Entry{Doc: r.Doc, Origin: r.Origin, SimHash: r.SimHash, DuplicateOf: r.DuplicateOf, Extractor: p.Extractor()})
		}
		analyse(p, entries, workers)
		outs, err := st.PutBatch(ctx, entries)
		if err != nil {
			return c, fmt.Errorf("reanalyse: store %d documents from %s: %w", len(entries), entries[0].Doc.ID, err)
		}
		for i, out := range outs {
			c.Articles++
			c.count(entries[i], out)
		}
		c.Elapsed = time.Since(start)
		if progress != nil {
			progress(c)
		}
	}
}

// analyse replaces each entry's document by a new analysis of its article,
// on workers goroutines. The id is kept: it was derived from the article
// when the document was first stored.
func analyse(p *pipeline.Pipeline, entries []store.Entry, workers int) {
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(workers, len(entries)) {
		wg.Go(func() {
			for i := range next {
				old := entries[i].Doc
				doc := p.Run(pipeline.Source(old))
				doc.ID = old.ID
				entries[i].Doc = &doc
			}
		})
	}
	for i := range entries {
		next <- i
	}
	close(next)
	wg.Wait()
}
