package feed

import (
	"context"
	"errors"
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

// Publisher puts an article on a work queue (queue.JetStream is one) and
// returns once the queue holds it; dup says the queue held it already. Its
// errors name the article.
type Publisher interface {
	Publish(ctx context.Context, a news.Article) (dup bool, err error)
}

// UnavailableError is the error of a Sink that cannot take articles for
// now, such as a work queue out of reach: the poller keeps the items for a
// later round, waits and goes on, where any other Sink error (the
// archive's) stops it.
type UnavailableError struct{ Err error }

func (e *UnavailableError) Error() string { return e.Err.Error() }
func (e *UnavailableError) Unwrap() error { return e.Err }

// Queue is the Sink that publishes articles to a work queue, whose workers
// analyse and store them (rasad feeds poll --queue): the poller's state
// stays in the archive, the extraction moves to the workers. Put returns
// nil only once the queue has acknowledged every article, so an item is
// marked done only when its article is safe on the queue; when a publish
// fails, the items stay claimed and a later round publishes them again
// (the queue drops an article it holds already, and a worker finds one
// stored already unchanged). Its errors, but for the end of the caller's
// context, are UnavailableErrors: the queue, not the archive, failed. Use
// it by pointer.
type Queue struct {
	Publisher Publisher
	// Counted, when set, is called after each Put with how many articles
	// it published and how many the queue held already.
	Counted func(published, dups int)
	// Rejected, when set, is called with each article the queue refuses for
	// good (an error with a Rejected method that reports true, such as a
	// story larger than the queue's largest message). Put skips such an
	// article, so that its item is done and it does not hold back the
	// feeds after it round after round; Rejected is where it is told.
	Rejected func(a news.Article, err error)
}

// rejected reports whether err refuses its article for good.
func rejected(err error) bool {
	var r interface{ Rejected() bool }
	return errors.As(err, &r) && r.Rejected()
}

// Put implements Sink.
func (q *Queue) Put(ctx context.Context, arts []news.Article) error {
	published, dups := 0, 0
	defer func() {
		if q.Counted != nil {
			q.Counted(published, dups)
		}
	}()
	for _, a := range arts {
		dup, err := q.Publisher.Publish(ctx, a)
		if err != nil {
			if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
				return err
			}
			if rejected(err) {
				if q.Rejected != nil {
					q.Rejected(a, err)
				}
				continue
			}
			return &UnavailableError{Err: err}
		}
		if dup {
			dups++
		} else {
			published++
		}
	}
	return nil
}
