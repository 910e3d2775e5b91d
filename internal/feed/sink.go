package feed

import (
	"context"

	"rasad/internal/ingest"
	"rasad/internal/news"
	"rasad/internal/pipeline"
)

// Store is the Sink that analyses articles in process and stores them in
// the archive, as uploads are (ingest.Articles): near-duplicates are
// linked to their original by SimHash, and an article stored already with
// the same text is left unchanged.
type Store struct {
	Pipeline *pipeline.Pipeline
	Archive  ingest.Store
	// Counted, when set, is called with what each Put did.
	Counted func(ingest.Counts)
}

// Put implements Sink.
func (s Store) Put(ctx context.Context, arts []news.Article) error {
	_, c, err := ingest.Articles(ctx, s.Pipeline, s.Archive, arts, 0)
	if err == nil && s.Counted != nil {
		s.Counted(c)
	}
	return err
}
