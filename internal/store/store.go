package store

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"strings"

	"rasad/internal/news"
	"rasad/internal/search"
)

// ErrNotFound is returned by Get for an id that is not stored.
var ErrNotFound = errors.New("store: not found")

// Store is an archive of documents. Its methods are safe for concurrent use;
// readers are never blocked by a Put in progress and see a document either
// before or after it.
type Store interface {
	// PutBatch stores documents, each with everything derived from it, in
	// one transaction: all are written or, on error, none. A document
	// whose id is stored with the same text and publication date, indexed
	// by the store's analyzer and made by the same extractor
	// (Entry.Extractor) is left as it is (Unchanged); one whose text or
	// publication date differs, or that is stale (indexed under another
	// analyzer version, or made by another extractor), replaces the stored
	// version and all its rows (Updated). Ingesters batch to spare a commit
	// per document; Put stores one.
	PutBatch(ctx context.Context, entries []Entry) ([]Outcome, error)

	// Get returns the stored document with the id, or ErrNotFound.
	Get(ctx context.Context, id string) (*Record, error)

	// Search runs a parsed query: documents that match its expression and
	// all its filters, best first by BM25 (or the store's nearest rank),
	// each with a snippet of its original text. A query that cannot run
	// fails with an error wrapping search.ErrQuery.
	Search(ctx context.Context, q search.Query, page Page) (*Results, error)

	// Events calls fn for each stored event that f selects, in f's order
	// (oldest first unless f.Sort says otherwise) and page (f.Offset,
	// f.Limit), until fn returns an error, which Events returns. An
	// unknown f.Sort fails.
	Events(ctx context.Context, f EventFilter, fn func(EventRecord) error) error

	// CountEvents counts the events that f selects per period (Month: YYYY-MM)
	// of the event's date, or the publication date where the event has
	// none. Near-duplicates count once: an event is counted once per story
	// (a document and its near-duplicates), code, source and target.
	CountEvents(ctx context.Context, f EventFilter, by Period) ([]Count, error)

	// Near returns the stored documents whose SimHash is within maxDistance
	// bits of simhash (at most dedup.MaxDistance), nearest first.
	Near(ctx context.Context, simhash uint64, maxDistance int) ([]Match, error)

	// Stats counts what the store holds.
	Stats(ctx context.Context) (Stats, error)

	// Stale returns the ids of up to limit documents indexed under another
	// version of the analyzer than the store's or, when extractor is not
	// "", made by another extractor than that (see Entry.Extractor), in the
	// order they were stored. Putting a document again (analysed anew)
	// makes it current.
	Stale(ctx context.Context, extractor string, limit int) ([]string, error)

	// Close releases the store; it waits for no reader.
	Close() error
}

// Entry is what PutBatch stores: a document and what the ingester knows of it.
type Entry struct {
	Doc    *news.Document
	Origin string // where the article was read from (news.Article.Origin)
	// SimHash is the document's dedup.SimHash, 0 if none was computed.
	SimHash uint64
	// DuplicateOf is the id of a stored document this one is a
	// near-duplicate of, "" for an original.
	DuplicateOf string
	// Extractor names the analysis that made Doc (pipeline.Extractor:
	// the version of Rasad's stages and its named-entity model), "" when
	// unknown. A document stored by another extractor is stale.
	Extractor string
	// NearDistance, when over 0, has PutBatch look again, inside the
	// transaction that writes an entry whose DuplicateOf is "", for a
	// stored document within this many bits of its SimHash, and mark the
	// entry a near-duplicate of that document's original (setting
	// DuplicateOf in the slice PutBatch was given). The ingester looks
	// near-duplicates up before it stores a batch; this finds the copy
	// another writer (a worker's other lane, another worker) stored
	// meanwhile, so that two copies stored at once are linked whichever
	// commits first. At most dedup.MaxDistance.
	NearDistance int
}

// Outcome says what Put did.
type Outcome string

// The outcomes of Put.
const (
	Inserted  Outcome = "inserted"
	Updated   Outcome = "updated"
	Unchanged Outcome = "unchanged"
)

// Record is a stored document with what the store keeps beside it. Doc's
// Tokens are not stored (they are derived from the text again when needed).
type Record struct {
	Doc         *news.Document
	Origin      string
	SimHash     uint64
	DuplicateOf string
}

// Page selects a slice of results.
type Page struct {
	Offset int
	Limit  int // 10 when 0
	// SnippetBytes is the length of each snippet, about; 200 when 0.
	SnippetBytes int
}

// Normalize returns p with its defaults filled in and its bounds checked.
func (p Page) Normalize() Page {
	if p.Limit <= 0 {
		p.Limit = 10
	}
	p.Limit = min(p.Limit, 1000)
	p.Offset = max(p.Offset, 0)
	if p.SnippetBytes <= 0 {
		p.SnippetBytes = 200
	}
	return p
}

// Results is one page of a search.
type Results struct {
	Total int   `json:"total"` // documents that match, on all pages
	Hits  []Hit `json:"hits"`
}

// Hit is one matching document.
type Hit struct {
	ID          string         `json:"id"`
	Title       string         `json:"title"`
	Published   string         `json:"published"`
	Source      string         `json:"source"`
	URL         string         `json:"url,omitempty"`
	DuplicateOf string         `json:"duplicate_of,omitempty"`
	Score       float64        `json:"score"` // higher is better; comparable within one search
	Snippet     search.Snippet `json:"snippet"`
}

// EventFilter selects events. Empty fields do not restrict.
type EventFilter struct {
	// Actor matches either party's CAMEO actor code, or its country when
	// the value has three letters (RUS matches RUSGOV and country RUS).
	Actor string
	// Source and Target match the source's and the target's country or
	// actor code, as Actor does.
	Source, Target string
	// Both makes Source and Target match in either direction (a dyad).
	Both bool
	Code string // an exact CAMEO code ("042")
	Root string // a CAMEO root, the first two digits ("04")
	From string // event date on or after: YYYY, YYYY-MM or YYYY-MM-DD
	To   string // on or before, inclusive
	// Originals leaves out events of documents that are near-duplicates.
	Originals bool

	// Sort orders what Events returns (one of EventSorts): "" or "date"
	// oldest first, "-date" newest first, "code" and "-code" by CAMEO
	// code, "goldstein" and "-goldstein" by Goldstein score; ties go by
	// date, document and the event's place in it. Count ignores it.
	Sort string
	// Offset skips that many events of Events; Limit, above 0, stops it
	// after that many. Count ignores them.
	Offset, Limit int
}

// EventSorts are the orders EventFilter.Sort may name.
var EventSorts = []string{"date", "-date", "code", "-code", "goldstein", "-goldstein"}

// EventRecord is a stored event with the document it came from.
type EventRecord struct {
	DocID       string     `json:"doc_id"`
	Published   string     `json:"published"`
	Outlet      string     `json:"outlet"`
	DuplicateOf string     `json:"duplicate_of,omitempty"`
	Date        string     `json:"date"` // the event's date, or the publication date
	Event       news.Event `json:"event"`
}

// Period is what CountEvents groups by.
type Period string

// The periods of CountEvents.
const (
	Day   Period = "day"
	Month Period = "month"
	Year  Period = "year"
)

// Len returns how many leading characters of a YYYY-MM-DD date name the
// period, or 0 for an unknown period.
func (p Period) Len() int {
	switch p {
	case Day:
		return 10
	case Month:
		return 7
	case Year:
		return 4
	}
	return 0
}

// Count is the number of events in one period.
type Count struct {
	Period string `json:"period"`
	Count  int    `json:"count"`
}

// Match is a stored document near a SimHash.
type Match struct {
	ID       string
	SimHash  uint64
	Distance int
	// DuplicateOf is the original the document is a near-duplicate of,
	// "" for an original.
	DuplicateOf string
}

// Original returns the original of m's story: its DuplicateOf, or its id.
func (m Match) Original() string { return cmp.Or(m.DuplicateOf, m.ID) }

// OriginalOf returns the original of the first of near (nearest first, as
// Near orders them) that is neither the document id itself nor one of its
// near-duplicates (when a document is put again, its copies are near it),
// "" when there is none.
func OriginalOf(near []Match, id string) string {
	for _, m := range near {
		if m.ID != id && m.Original() != id {
			return m.Original()
		}
	}
	return ""
}

// Stats counts what a store holds.
type Stats struct {
	Documents  int `json:"documents"`
	Duplicates int `json:"duplicates"` // documents that are near-duplicates of another
	Entities   int `json:"entities"`
	Quotes     int `json:"quotes"`
	Dates      int `json:"dates"`
	Events     int `json:"events"`
	// Stale counts the documents indexed under another version of the
	// analyzer (see Store.Stale): searches may miss words in them until
	// they are analysed again ("rasad reanalyse").
	Stale int   `json:"stale"`
	Bytes int64 `json:"bytes"` // the database's size on disk, where known
	// Versions counts the documents by the analyzer that indexed them and
	// the extractor that made them, most first.
	Versions []Version `json:"versions"`
}

// Version is a pair of analyzer and extractor, and how many documents
// were stored under it.
type Version struct {
	Analyzer  string `json:"analyzer"`
	Extractor string `json:"extractor"`
	Documents int    `json:"documents"`
}

// SetVersions sets Versions to vs, never nil, and Documents and Stale from
// them, for a store whose analyzer is analyzer.
func (s *Stats) SetVersions(vs []Version, analyzer string) {
	if vs == nil {
		vs = []Version{}
	}
	s.Versions, s.Documents = vs, 0
	for _, v := range vs {
		s.Documents += v.Documents
	}
	s.Stale = s.StaleFor(analyzer, "")
}

// StaleFor counts the documents that Stale(ctx, extractor, ...) would
// return for a store whose analyzer is analyzer.
func (s Stats) StaleFor(analyzer, extractor string) int {
	n := 0
	for _, v := range s.Versions {
		if v.Analyzer != analyzer || extractor != "" && v.Extractor != extractor {
			n += v.Documents
		}
	}
	return n
}

// SortMatches orders matches nearest first, then by id.
func SortMatches(m []Match) {
	slices.SortFunc(m, func(a, b Match) int {
		if a.Distance != b.Distance {
			return a.Distance - b.Distance
		}
		return strings.Compare(a.ID, b.ID)
	})
}
