package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"rasad/internal/dedup"
)

// Reading documents and events back, shared by the adapters: both keep
// them in the same columns. Queries are written with ? placeholders, which
// PostgreSQL's adapter numbers with Dollar, or take their conditions from
// a Where.

// GetSQL selects the columns ScanRecord reads of the document whose id is
// the argument.
const GetSQL = "SELECT doc, text, origin, simhash, duplicate_of FROM documents WHERE id = ?"

// ScanRecord reads the row of GetSQL for the document id; noRows is the
// driver's error for no row, which becomes ErrNotFound.
func ScanRecord(id string, row Scanner, noRows error) (*Record, error) {
	var (
		js          []byte
		text        string
		origin      string
		simhash     *int64
		duplicateOf *string
	)
	err := row.Scan(&js, &text, &origin, &simhash, &duplicateOf)
	if errors.Is(err, noRows) {
		return nil, fmt.Errorf("get %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("get %s: %w", id, err)
	}
	d, err := Document(js, text)
	if err != nil {
		return nil, fmt.Errorf("get %s: %w", id, err)
	}
	r := &Record{Doc: d, Origin: origin}
	if simhash != nil {
		r.SimHash = uint64(*simhash)
	}
	if duplicateOf != nil {
		r.DuplicateOf = *duplicateOf
	}
	return r, nil
}

// A Querier runs the read queries of Events and CountEvents on an
// adapter's connection: Each calls fn with every row of query and returns
// the first error of the query, of fn or of reading the rows; Dollar says
// whether the adapter numbers its placeholders ($1).
type Querier interface {
	Each(ctx context.Context, query string, args []any, fn func(Scanner) error) error
	Dollar() bool
}

// Rows is what the result sets of both drivers (database/sql's and pgx's)
// offer a Querier.
type Rows interface {
	Scanner
	Next() bool
	Err() error
}

// Reader is the Querier of a driver's query method (a pool's, a
// connection's or a transaction's): Close closes that driver's rows, and
// Dollars says whether its placeholders are numbered ($1).
type Reader[R Rows] struct {
	Query   func(ctx context.Context, query string, args ...any) (R, error)
	Close   func(R)
	Dollars bool
}

// Each implements Querier.
func (r Reader[R]) Each(ctx context.Context, query string, args []any, fn func(Scanner) error) error {
	rows, err := r.Query(ctx, query, args...)
	if err != nil {
		return err
	}
	defer r.Close(rows)
	return EachRow(rows, fn)
}

// Dollar implements Querier.
func (r Reader[R]) Dollar() bool { return r.Dollars }

// EachRow calls fn on each row of rows and returns fn's first error or
// rows'. The caller closes rows.
func EachRow(rows Rows, fn func(Scanner) error) error {
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// EventQueries implements Store.Events and Store.CountEvents on a
// Querier: the adapters embed it.
type EventQueries struct{ q Querier }

// NewEventQueries returns the EventQueries that run on q.
func NewEventQueries(q Querier) EventQueries { return EventQueries{q} }

// Events implements Store.Events.
func (e EventQueries) Events(ctx context.Context, f EventFilter, fn func(EventRecord) error) error {
	q := e.q
	w := &Where{Dollar: q.Dollar()}
	w.Events(f)
	order, err := w.EventOrder(f)
	if err != nil {
		return err
	}
	query := `SELECT d.id, d.published, d.source, coalesce(d.duplicate_of, ''), v.date, v.json
		FROM events v JOIN documents d ON d.seq = v.doc` + w.SQL() + order
	var stop error // fn's, returned as it is
	err = q.Each(ctx, query, w.Args, func(row Scanner) error {
		var r EventRecord
		var js []byte
		if err := row.Scan(&r.DocID, &r.Published, &r.Outlet, &r.DuplicateOf, &r.Date, &js); err != nil {
			return err
		}
		if err := json.Unmarshal(js, &r.Event); err != nil {
			return fmt.Errorf("document %s: %w", r.DocID, err)
		}
		stop = fn(r)
		return stop
	})
	if stop != nil {
		return stop
	}
	if err != nil {
		return fmt.Errorf("events: %w", err)
	}
	return nil
}

// CountEvents implements Store.CountEvents: an event told by several
// near-duplicates of one story counts once.
func (e EventQueries) CountEvents(ctx context.Context, f EventFilter, by Period) ([]Count, error) {
	q := e.q
	n := by.Len()
	if n == 0 {
		return nil, fmt.Errorf("count events: unknown period %q", by)
	}
	w := &Where{Dollar: q.Dollar()}
	w.Events(f)
	query := fmt.Sprintf(`SELECT period, count(*) FROM (
		SELECT DISTINCT substr(v.date, 1, %d) AS period, d.story, v.code,
			v.src_country, v.src_actor, v.tgt_country, v.tgt_actor
		FROM events v JOIN documents d ON d.seq = v.doc%s) AS stories
		GROUP BY period ORDER BY period`, n, w.SQL())
	out := []Count{}
	err := q.Each(ctx, query, w.Args, func(row Scanner) error {
		var c Count
		var k int64
		err := row.Scan(&c.Period, &k)
		c.Count = int(k)
		out = append(out, c)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("count events: %w", err)
	}
	return out, nil
}

// NearBands returns the SimHash bands that Store.Near looks up for
// simhash (dedup.Bands), and false where nothing can be near: no SimHash,
// or a negative distance. A distance over dedup.MaxDistance is an error.
func NearBands(simhash uint64, maxDistance int) ([dedup.NumBands]int64, bool, error) {
	if simhash == 0 || maxDistance < 0 {
		return [dedup.NumBands]int64{}, false, nil
	}
	if maxDistance > dedup.MaxDistance {
		return [dedup.NumBands]int64{}, false, fmt.Errorf("near: distance %d is over %d", maxDistance, dedup.MaxDistance)
	}
	return dedup.Bands(simhash), true, nil
}

// Recheck reports whether PutBatch looks p's near-duplicates up again in
// its transaction (see Entry.NearDistance).
func (p *Prepared) Recheck() bool {
	return p.NearDistance > 0 && p.DuplicateOf == "" && p.SimHash != 0
}

// OriginalOf returns the original of the nearest of found (documents
// sharing a SimHash band with p) within p.NearDistance bits of p's SimHash,
// as the ingester picks it (OriginalOf); "" when there is none.
func (p *Prepared) OriginalOf(found []Match) string {
	var near []Match
	for _, m := range found {
		if m.Distance = dedup.Distance(p.SimHash, m.SimHash); m.Distance <= p.NearDistance {
			near = append(near, m)
		}
	}
	SortMatches(near)
	return OriginalOf(near, p.ID)
}

// Relink follows a recheck of a batch's near-duplicates: a document marked
// a near-duplicate of another of the batch that turned out to be a copy
// itself is pointed at that one's original, and each entry's DuplicateOf is
// set to its prepared document's, which PutBatch stores.
func Relink(prepared []*Prepared, entries []Entry) {
	byID := make(map[string]*Prepared, len(prepared))
	for _, p := range prepared {
		byID[p.ID] = p
	}
	for i, p := range prepared {
		if d := byID[p.DuplicateOf]; d != nil && d.DuplicateOf != "" && d.DuplicateOf != p.ID {
			p.DuplicateOf = d.DuplicateOf
		}
		entries[i].DuplicateOf = p.DuplicateOf
	}
}

// Migrate brings a schema at version up to date: it runs each of the
// migrations after version with exec (a transaction's Exec or
// ExecContext), in order, and returns the version reached. A version newer
// than the migrations is an error.
func Migrate[R any](ctx context.Context, version int, migrations []string, exec func(context.Context, string, ...any) (R, error)) (int, error) {
	if version > len(migrations) {
		return 0, fmt.Errorf("schema version %d is newer than this rasad (%d)", version, len(migrations))
	}
	for i := version; i < len(migrations); i++ {
		if _, err := exec(ctx, migrations[i]); err != nil {
			return 0, fmt.Errorf("migrate to version %d: %w", i+1, err)
		}
	}
	return len(migrations), nil
}
