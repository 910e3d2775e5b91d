package feed

import (
	"context"
	"sync"

	"rasad/internal/ingest"
	"rasad/internal/news"
	"rasad/internal/pipeline"
)

// Store is the Sink that analyses articles in process and stores them in
// the archive, as uploads are (ingest.Articles): near-duplicates are
// linked to their original by SimHash, and an article stored already with
// the same text is left unchanged. Puts analyse at once but store one at a
// time, so that a wire story that two feeds carry, polled at once, is
// linked as a near-duplicate of the other (each sees what the one before
// stored). Use it by pointer.
type Store struct {
	Pipeline *pipeline.Pipeline
	Archive  ingest.Store
	// Counted, when set, is called with what each Put did.
	Counted func(ingest.Counts)

	mu sync.Mutex
}

// Put implements Sink.
func (s *Store) Put(ctx context.Context, arts []news.Article) error {
	docs, err := ingest.Analyse(ctx, s.Pipeline, arts)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	_, c, err := ingest.Documents(ctx, s.Archive, arts, docs, s.Pipeline.Extractor(), 0)
	if err == nil && s.Counted != nil {
		s.Counted(c)
	}
	return err
}
