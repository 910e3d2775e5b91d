package store

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/dedup"
	"rasad/internal/news"
	"rasad/internal/search"
)

// Prepared is a document cut into the rows a store writes. The adapters
// share it so that both stores derive the same rows from a document.
type Prepared struct {
	ID, Title, Published, Source, URL, Origin string
	Text                                      string
	TextHash                                  []byte // SHA-256 of Text: same text, same hash
	DocJSON                                   []byte // the document without Text and Tokens
	SimHash                                   uint64
	Bands                                     [dedup.NumBands]int64
	DuplicateOf                               string
	NearDistance                              int      // Entry.NearDistance
	Analyzer                                  string   // the Version of the analyzer that made Keys
	Extractor                                 string   // Entry.Extractor
	Keys                                      string   // the index terms, space separated
	Vocab                                     []string // the distinct index terms
	Offsets                                   []byte   // search.EncodeOffsets of the terms
	Entities                                  []EntityRow
	Quotes                                    []QuoteRow
	Dates                                     []news.Date
	Events                                    []EventRow
}

// EntityRow is an entity as stored for filters.
type EntityRow struct {
	Name, NameKey, Type, Country, Actor, ActorID string
	Mentions                                     int
}

// QuoteRow is a quote as stored.
type QuoteRow struct {
	Speaker, SpeakerCountry, Text string
	Direct                        bool
	Start, End                    int
}

// EventRow is an event as stored for filters and counts.
type EventRow struct {
	Code, Root                    string
	SrcName, SrcCountry, SrcActor string
	TgtName, TgtCountry, TgtActor string
	Date                          string // the event's date, else the publication date
	Polarity                      string
	Goldstein                     float64
	QuadClass                     int
	JSON                          []byte
}

// ErrInvalid is wrapped by Put's errors for a document it cannot store.
var ErrInvalid = errors.New("invalid document")

// PrepareAll prepares every entry of a batch, as Prepare does, or fails on
// the first that cannot be.
func PrepareAll(entries []Entry, a search.Analyzer) ([]*Prepared, error) {
	out := make([]*Prepared, len(entries))
	for i, e := range entries {
		p, err := Prepare(e, a)
		if err != nil {
			return nil, err
		}
		out[i] = p
	}
	return out, nil
}

// Prepare checks e and derives the rows to store, analysing the text with a
// (search.Clitics when nil). It tokenises the text when Doc.Tokens is empty.
func Prepare(e Entry, a search.Analyzer) (*Prepared, error) {
	d := e.Doc
	if d == nil {
		return nil, fmt.Errorf("%w: no document", ErrInvalid)
	}
	if d.ID == "" {
		return nil, fmt.Errorf("%w: document has no id", ErrInvalid)
	}
	if e.DuplicateOf == d.ID {
		return nil, fmt.Errorf("%w: document %s is a duplicate of itself", ErrInvalid, d.ID)
	}
	if e.NearDistance > dedup.MaxDistance {
		return nil, fmt.Errorf("%w: document %s: near-duplicate distance %d is over %d", ErrInvalid, d.ID, e.NearDistance, dedup.MaxDistance)
	}
	if a == nil {
		a = search.Clitics{}
	}
	toks := d.Tokens
	if len(toks) == 0 {
		toks = arabic.Tokenize(d.Text)
	}
	for _, t := range toks {
		if t.Start < 0 || t.End > len(d.Text) || t.Start > t.End {
			return nil, fmt.Errorf("%w: document %s: token %d:%d outside the text", ErrInvalid, d.ID, t.Start, t.End)
		}
	}
	terms := a.Terms(toks)
	stripped := *d
	stripped.Text, stripped.Tokens = "", nil
	js, err := json.Marshal(&stripped)
	if err != nil {
		return nil, fmt.Errorf("encode document %s: %w", d.ID, err)
	}
	sum := sha256.Sum256([]byte(d.Text))
	p := &Prepared{
		ID: d.ID, Title: d.Title, Published: d.Published, Source: d.Source, URL: d.URL,
		Origin: e.Origin, Text: d.Text, TextHash: sum[:], DocJSON: js,
		SimHash: e.SimHash, DuplicateOf: e.DuplicateOf, NearDistance: e.NearDistance,
		Analyzer: a.Version(), Extractor: e.Extractor, Keys: search.JoinKeys(terms), Offsets: search.EncodeOffsets(terms),
		Dates: d.Dates,
	}
	seen := make(map[string]bool, len(terms))
	for _, t := range terms {
		if !seen[t.Key] {
			seen[t.Key] = true
			p.Vocab = append(p.Vocab, t.Key)
		}
	}
	if e.SimHash != 0 {
		p.Bands = dedup.Bands(e.SimHash)
	}
	for _, en := range d.Entities {
		p.Entities = append(p.Entities, EntityRow{
			Name: en.Name, NameKey: arabic.SearchKey(en.NameAr), Type: string(en.Type),
			Country: en.Country, Actor: en.Actor, ActorID: en.ActorID, Mentions: len(en.Mentions),
		})
	}
	for _, q := range d.Quotes {
		r := QuoteRow{Text: q.Text, Direct: q.Direct, Start: q.Start, End: q.End}
		if q.Speaker != nil {
			r.Speaker, r.SpeakerCountry = q.Speaker.Name, q.Speaker.Country
		}
		p.Quotes = append(p.Quotes, r)
	}
	for _, ev := range d.Events {
		js, err := json.Marshal(&ev)
		if err != nil {
			return nil, fmt.Errorf("encode event of %s: %w", d.ID, err)
		}
		r := EventRow{
			Code: ev.Code, Root: root(ev.Code),
			SrcName: ev.Source.Name, SrcCountry: ev.Source.Country, SrcActor: ev.Source.Actor,
			Date: ev.Date, Polarity: string(ev.Polarity), Goldstein: ev.Goldstein, QuadClass: ev.QuadClass,
			JSON: js,
		}
		if r.Date == "" {
			r.Date = d.Published
		}
		if ev.Target != nil {
			r.TgtName, r.TgtCountry, r.TgtActor = ev.Target.Name, ev.Target.Country, ev.Target.Actor
		}
		p.Events = append(p.Events, r)
	}
	return p, nil
}

func root(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

// Document rebuilds a stored document from its JSON and text.
func Document(docJSON []byte, text string) (*news.Document, error) {
	var d news.Document
	if err := json.Unmarshal(docJSON, &d); err != nil {
		return nil, fmt.Errorf("decode stored document: %w", err)
	}
	d.Text = text
	return &d, nil
}

// EntityKey returns the value an entity filter is compared with on the
// stored NameKey column.
func EntityKey(v string) string { return arabic.SearchKey(strings.TrimSpace(v)) }

// Put stores one document in s, as a batch of one (Store.PutBatch).
func Put(ctx context.Context, s interface {
	PutBatch(ctx context.Context, entries []Entry) ([]Outcome, error)
}, e Entry) (Outcome, error) {
	out, err := s.PutBatch(ctx, []Entry{e})
	if err != nil {
		return "", err
	}
	return out[0], nil
}
