// Package ingest feeds articles into an archive: it reads files, folders,
// zip archives and standard input, runs the pipeline on every core, marks
// near-duplicates (one wire story printed by several outlets) by SimHash, and
// stores each document with everything extracted from it in one transaction.
//
// Goroutines and their lifetimes: Run starts one walker, which reads inputs
// and ends when the paths are read or the context is done; Workers
// extraction goroutines, which end when the walker has closed their channel;
// and stores documents on the calling goroutine, returning only after every
// goroutine it started has ended.
package ingest

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
	"time"

	"rasad/internal/article"
	"rasad/internal/dedup"
	"rasad/internal/news"
	"rasad/internal/pipeline"
	"rasad/internal/store"
)

// Store is what the ingester needs of an archive.
type Store interface {
	PutBatch(ctx context.Context, entries []store.Entry) ([]store.Outcome, error)
	Near(ctx context.Context, simhash uint64, maxDistance int) ([]store.Match, error)
}

// maxBatch is the most documents stored in one transaction, and maxWait
// the longest a document waits for its batch to be stored. A batch is
// stored whole or not at all, so every document is whole or absent; batches
// save a commit (and a full-text index flush) per document.
const (
	maxBatch = 256
	maxWait  = 500 * time.Millisecond
)

// DefaultMaxDistance is the largest Hamming distance between the SimHashes
// of two documents that makes one a near-duplicate of the other.
const DefaultMaxDistance = 3

// Options control a run.
type Options struct {
	Workers int             // extraction goroutines; 0 means one per core
	Article article.Options // size limit and default publication date
	// PublishedFromMtime dates the articles of a file that carry no
	// publication date (and get none from Article) by the day the file
	// or zip member was last modified, in UTC.
	PublishedFromMtime bool
	MaxDistance        int // near-duplicate distance; 0 means DefaultMaxDistance, -1 turns detection off
	// Progress, when set, is called on the storing goroutine after each
	// article and each error, with the counts so far.
	Progress func(Counts)
	// Errorf, when set, receives each input or article that failed; the
	// run goes on without it.
	Errorf func(err error)
}

// Counts say what a run has done so far.
type Counts struct {
	Inputs     int           // files, zip members and streams read
	Articles   int           // articles analysed
	Inserted   int           // new documents stored
	Updated    int           // stored documents replaced by a corrected text
	Unchanged  int           // documents already stored as they are
	Duplicates int           // documents stored as near-duplicates of another
	Errors     int           // inputs and articles that failed
	Blank      int           // items of data sets with neither title nor text, skipped
	Undated    int           // articles analysed without a publication date
	Bytes      int64         // bytes of input read
	Elapsed    time.Duration // since the run started
}

// count adds what Put did with e.
func (c *Counts) count(e store.Entry, out store.Outcome) {
	switch out {
	case store.Inserted:
		c.Inserted++
	case store.Updated:
		c.Updated++
	case store.Unchanged:
		c.Unchanged++
	}
	if e.DuplicateOf != "" && out != store.Unchanged {
		c.Duplicates++
	}
}

// result is what an extraction worker hands to the storing goroutine: a
// document, or an error about an input.
type result struct {
	doc     *news.Document
	origin  string
	simhash uint64
	err     error
	input   bool // counts an input read
	bytes   int64
	blank   int // blank items of the input, skipped
}

// Run ingests the articles that paths name ("-" is stdin) into st. Bad
// inputs are reported through opt.Errorf and counted; Run returns an error
// only when the context ends or the store fails, and then what was stored is
// whole: each document is stored in one transaction or not at all.
func Run(ctx context.Context, p *pipeline.Pipeline, st Store, paths []string, stdin io.Reader, opt Options) (Counts, error) {
	start := time.Now()
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	maxBytes := opt.Article.MaxInput()
	maxDist := opt.MaxDistance
	if maxDist == 0 {
		maxDist = DefaultMaxDistance
	}

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	inputs := make(chan Input, workers*2)
	results := make(chan result, maxBatch) // workers go on while a batch is stored
	var walkErr error
	var wg sync.WaitGroup

	// The walker: reads inputs until the paths are done or ctx ends.
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(inputs)
		walkErr = Walk(ctx, paths, stdin, maxBytes, func(in Input, err error) error {
			if err != nil {
				return send(ctx, results, result{err: err, input: true})
			}
			select {
			case inputs <- in:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()

	// The workers: parse and analyse, until the walker closes inputs.
	var work sync.WaitGroup
	for range workers {
		work.Add(1)
		go func() {
			defer work.Done()
			for in := range inputs {
				aopt := opt.Article
				if opt.PublishedFromMtime && aopt.Published == "" && !in.ModTime.IsZero() {
					aopt.Published = in.ModTime.UTC().Format(time.DateOnly)
				}
				extract(ctx, p, in, aopt, results)
			}
		}()
	}
	go func() {
		work.Wait()
		wg.Wait()
		close(results)
	}()

	// The storing goroutine (this one): documents in batches, each batch in
	// one transaction, stored when full or every maxWait.
	var c Counts
	var runErr error
	b := &batcher{st: st, maxDist: maxDist, c: &c, extractor: p.Extractor()}
	tick := time.NewTicker(maxWait)
	defer tick.Stop()
	for done := false; !done; {
		var r result
		select {
		case got, ok := <-results:
			if !ok {
				done = true
				continue
			}
			r = got
		case <-tick.C:
			if runErr == nil && len(b.entries) > 0 {
				if runErr = b.flush(ctx); runErr != nil {
					cancel()
				}
			}
			continue
		}
		if runErr != nil {
			continue // drain, so that every goroutine ends
		}
		if r.input {
			c.Inputs++
			c.Bytes += r.bytes
			c.Blank += r.blank
		}
		if r.err != nil {
			c.Errors++
			if opt.Errorf != nil {
				opt.Errorf(r.err)
			}
		} else if r.doc != nil {
			runErr = b.add(ctx, r)
		}
		if runErr == nil && len(b.entries) >= maxBatch {
			runErr = b.flush(ctx)
		}
		if runErr != nil {
			cancel()
			continue
		}
		if opt.Progress != nil {
			c.Elapsed = time.Since(start)
			opt.Progress(c)
		}
	}
	if runErr == nil {
		runErr = b.flush(ctx)
	}
	c.Elapsed = time.Since(start)
	switch {
	case runErr != nil:
		return c, runErr
	case ctx.Err() != nil && walkErr != nil:
		return c, walkErr
	}
	return c, nil
}

// send passes r on unless ctx ends first.
func send(ctx context.Context, results chan<- result, r result) error {
	select {
	case results <- r:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// extract parses one input and analyses its articles.
func extract(ctx context.Context, p *pipeline.Pipeline, in Input, opt article.Options, results chan<- result) {
	blank := 0
	opt.Blank = func(string) { blank++ }
	arts, err := article.Parse(in.Name, in.Data, opt)
	if send(ctx, results, result{input: true, bytes: int64(len(in.Data)), blank: blank}) != nil {
		return
	}
	if err != nil {
		for _, e := range splitJoined(err) {
			if send(ctx, results, result{err: e}) != nil {
				return
			}
		}
	}
	for _, a := range arts {
		doc := p.Run(a)
		r := result{doc: &doc, origin: a.Origin, simhash: SimHash(&doc)}
		if send(ctx, results, r) != nil {
			return
		}
	}
}

// splitJoined returns the errors joined in err (a JSON Lines file with
// several bad lines), or err alone.
func splitJoined(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// SimHash is the near-duplicate fingerprint of a document: the SimHash of
// the search keys of its words, the title line left out (outlets rewrite
// headlines of the same wire story).
func SimHash(doc *news.Document) uint64 {
	words := make([]string, 0, len(doc.Tokens))
	for _, t := range doc.Tokens {
		if len(doc.Sentences) > 1 && t.Start < doc.Sentences[0].End {
			continue
		}
		if t.Kind == news.Word || t.Kind == news.Number || t.Kind == news.Latin {
			words = append(words, t.Norm)
		}
	}
	if len(words) < 8 {
		return 0 // too short to tell a copy from a coincidence
	}
	return dedup.SimHash(words)
}

// NearMany is what a store may offer besides Near: the stored documents
// near each of several SimHashes (out[i] for simhashes[i]), in one round
// trip. The ingester then looks up a batch's documents when it stores the
// batch, instead of one by one as they come.
type NearMany interface {
	NearMany(ctx context.Context, simhashes []uint64, maxDistance int) ([][]store.Match, error)
}

// batcher gathers documents for one transaction.
type batcher struct {
	st        Store
	maxDist   int
	c         *Counts
	entries   []store.Entry
	extractor string // pipeline.Extractor of the documents
	// pending holds the indexes of the entries not yet looked up in the
	// store, when it offers NearMany.
	pending []int
}

// add marks a document as a near-duplicate of a stored one or of one waiting
// in the batch, and adds it to the batch.
func (b *batcher) add(ctx context.Context, r result) error {
	b.c.Articles++
	if r.doc.Published == "" {
		b.c.Undated++
	}
	e := store.Entry{Doc: r.doc, Origin: r.origin, SimHash: r.simhash, Extractor: b.extractor}
	if r.simhash != 0 && b.maxDist > 0 {
		e.NearDistance = b.maxDist
		for _, w := range b.entries {
			orig := cmp.Or(w.DuplicateOf, w.Doc.ID)
			if w.SimHash != 0 && orig != r.doc.ID && w.Doc.ID != r.doc.ID && dedup.Distance(w.SimHash, r.simhash) <= b.maxDist {
				e.DuplicateOf = orig
				break
			}
		}
		if _, many := b.st.(NearMany); many && e.DuplicateOf == "" {
			b.pending = append(b.pending, len(b.entries))
		} else if e.DuplicateOf == "" {
			near, err := b.st.Near(ctx, r.simhash, b.maxDist)
			if err != nil {
				return fmt.Errorf("store %s: %w", r.origin, err)
			}
			e.DuplicateOf = store.OriginalOf(near, r.doc.ID)
		}
	}
	b.entries = append(b.entries, e)
	return nil
}

// resolve looks the pending entries up in the store, in one call, and
// points the entries that were marked near-duplicates of one of them at
// its original when it turned out to have one.
func (b *batcher) resolve(ctx context.Context) error {
	if len(b.pending) == 0 {
		return nil
	}
	hashes := make([]uint64, len(b.pending))
	for k, i := range b.pending {
		hashes[k] = b.entries[i].SimHash
	}
	near, err := b.st.(NearMany).NearMany(ctx, hashes, b.maxDist)
	if err != nil {
		return fmt.Errorf("store %s: %w", b.entries[b.pending[0]].Origin, err)
	}
	orig := map[string]string{}
	for k, i := range b.pending {
		e := &b.entries[i]
		if o := store.OriginalOf(near[k], e.Doc.ID); o != "" {
			e.DuplicateOf, orig[e.Doc.ID] = o, o
		}
	}
	for i := range b.entries {
		e := &b.entries[i]
		if o, ok := orig[e.DuplicateOf]; ok && o != e.Doc.ID {
			e.DuplicateOf = o
		}
	}
	b.pending = b.pending[:0]
	return nil
}

// flush stores the batch in one transaction.
func (b *batcher) flush(ctx context.Context) error {
	if len(b.entries) == 0 {
		return nil
	}
	if err := b.resolve(ctx); err != nil {
		return err
	}
	outs, err := b.st.PutBatch(ctx, b.entries)
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return err
		}
		return fmt.Errorf("store %d documents from %s: %w", len(b.entries), b.entries[0].Origin, err)
	}
	for i, out := range outs {
		b.c.count(b.entries[i], out)
	}
	clear(b.entries)
	b.entries = b.entries[:0]
	return nil
}
