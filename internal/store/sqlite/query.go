package sqlite

import (
	"container/heap"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"rasad/internal/search"
	"rasad/internal/store"
)

// Search implements store.Store. The count and the page are read in one
// snapshot. A search by words is driven by the FTS5 index (matchPage): each
// match is tested against the filters by index lookups, and bm25 is
// computed only for the matches that pass. A search by filters alone is
// driven by the index on the publication date or by the entities and events
// it names (filterPage). Ties go to the document stored first. Snippets are
// cut in Go from the original text of the page's documents only.
func (db *DB) Search(ctx context.Context, q search.Query, page store.Page) (*store.Results, error) {
	plan, err := search.Compile(q, db.analyzer)
	if err != nil {
		return nil, err
	}
	page = page.Normalize()
	res := &store.Results{Hits: []store.Hit{}}
	conn, err := db.read.Conn(ctx) // one snapshot for the count and the page
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	defer conn.Close()
	tx, err := conn.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	defer tx.Rollback()
	var seqs []int64
	var scores []float64
	if plan.Empty() {
		seqs, res.Total, err = filterPage(ctx, tx, q.Filter, page)
		scores = make([]float64, len(seqs))
	} else {
		var ok bool
		if ok, err = prune(ctx, tx, plan); err != nil {
			return nil, err
		}
		if !ok {
			return res, nil
		}
		seqs, scores, res.Total, err = matchPage(ctx, tx, plan, q.Filter, page)
	}
	if err != nil {
		return nil, err
	}
	if len(seqs) == 0 {
		return res, nil
	}
	st, err := tx.PrepareContext(ctx, `SELECT id, title, published, source, url, duplicate_of, text, terms, offsets
		FROM documents WHERE seq = ?`)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	defer st.Close()
	for i, seq := range seqs {
		var h store.Hit
		var dup sql.NullString
		var text, terms string
		var offsets []byte
		if err := st.QueryRowContext(ctx, seq).Scan(&h.ID, &h.Title, &h.Published, &h.Source, &h.URL, &dup,
			&text, &terms, &offsets); err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		h.DuplicateOf, h.Score = dup.String, scores[i]
		if err := h.SetSnippet(text, terms, offsets, plan, page.SnippetBytes); err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		res.Hits = append(res.Hits, h)
	}
	return res, nil
}

// matchPage returns the page of the documents that match plan and pass f,
// best first (ties to the document stored first), their scores and how
// many there are in all. Without filters, the count (which only walks the
// index) and the page are two statements, and SQLite's sorter keeps only
// the best offset+limit rows. With filters, testing a match costs index
// lookups: one statement tests each match once, and the best offset+limit
// of those that pass are kept here.
func matchPage(ctx context.Context, tx *sql.Tx, plan *search.Plan, f search.Filter, page store.Page) ([]int64, []float64, int, error) {
	w := &store.Where{}
	w.Add("fts MATCH " + w.Arg(plan.FTS5()))
	matchFilter(w, f, "f.rowid")
	query := "SELECT f.rowid, -bm25(fts) FROM fts f" + w.SQL()
	if f.IsZero() {
		var total int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM fts f"+w.SQL(), w.Args...).Scan(&total); err != nil {
			return nil, nil, 0, searchError(err)
		}
		if page.Offset >= total {
			return nil, nil, total, nil
		}
		var seqs []int64
		var scores []float64
		err := scan(ctx, tx, query+" ORDER BY 2 DESC, 1 LIMIT ? OFFSET ?", append(w.Args, page.Limit, page.Offset),
			func(seq int64, score float64) {
				seqs, scores = append(seqs, seq), append(scores, score)
			})
		return seqs, scores, total, err
	}
	best := &top{max: end(page)}
	total := 0
	err := scan(ctx, tx, query, w.Args, func(seq int64, score float64) {
		best.add(scored{seq, score})
		total++
	})
	if err != nil {
		return nil, nil, 0, err
	}
	var seqs []int64
	var scores []float64
	for _, h := range best.sorted()[min(page.Offset, len(best.h)):] {
		seqs, scores = append(seqs, h.seq), append(scores, h.score)
	}
	return seqs, scores, total, nil
}

// end returns the rank of the page's last row, offset+limit, or
// math.MaxInt for an offset so large that the sum overflows.
func end(page store.Page) int {
	if page.Offset > math.MaxInt-page.Limit {
		return math.MaxInt
	}
	return page.Offset + page.Limit
}

// scan runs query and calls fn with each row's seq and score.
func scan(ctx context.Context, tx *sql.Tx, query string, args []any, fn func(seq int64, score float64)) error {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return searchError(err)
	}
	defer rows.Close()
	for rows.Next() {
		var seq int64
		var score float64
		if err := rows.Scan(&seq, &score); err != nil {
			return searchError(err)
		}
		fn(seq, score)
	}
	if err := rows.Err(); err != nil {
		return searchError(err)
	}
	return nil
}

// scored is a document and its score.
type scored struct {
	seq   int64
	score float64
}

// better reports whether a ranks before b: a higher score, or the same
// score and stored first.
func (a scored) better(b scored) bool {
	return a.score > b.score || a.score == b.score && a.seq < b.seq
}

// top keeps the best max of the documents added, in a heap whose root is
// the worst of them.
type top struct {
	max int
	h   []scored
}

func (t *top) Len() int           { return len(t.h) }
func (t *top) Less(i, j int) bool { return t.h[j].better(t.h[i]) }
func (t *top) Swap(i, j int)      { t.h[i], t.h[j] = t.h[j], t.h[i] }
func (t *top) Push(x any)         { t.h = append(t.h, x.(scored)) }
func (t *top) Pop() any {
	x := t.h[len(t.h)-1]
	t.h = t.h[:len(t.h)-1]
	return x
}

func (t *top) add(s scored) {
	switch {
	case len(t.h) < t.max:
		heap.Push(t, s)
	case s.better(t.h[0]):
		t.h[0] = s
		heap.Fix(t, 0)
	}
}

// sorted returns the documents kept, best first.
func (t *top) sorted() []scored {
	out := slices.Clone(t.h)
	slices.SortFunc(out, func(a, b scored) int {
		switch {
		case a.better(b):
			return -1
		case b.better(a):
			return 1
		}
		return 0
	})
	return out
}

// filterPage returns the page of the documents that pass f, latest first,
// and how many there are in all. Without a date or a source, the count is
// taken from the entities or events that the filter names (every such row
// has its document) without reading the documents. The page is read along
// the index on the publication date, testing each document, unless so few
// pass that fetching them all and sorting them is cheaper.
func filterPage(ctx context.Context, tx *sql.Tx, f search.Filter, page store.Page) ([]int64, int, error) {
	w := &store.Where{}
	from := "documents d"
	if set, rest, ok := filterSet(w, f); ok && f.From == "" && f.To == "" && len(f.Sources) == 0 {
		from = "(" + set + ") s"
		matchFilter(w, rest, "s.doc")
	} else {
		// A date or a source: along their index, each document is tested
		// by the other conditions' indexes.
		w = &store.Where{}
		matchFilter(w, f, "d.seq")
	}
	var total int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM "+from+w.SQL(), w.Args...).Scan(&total); err != nil {
		return nil, 0, searchError(err)
	}
	if page.Offset >= total {
		return nil, total, nil
	}
	var last int64
	if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(seq), 0) FROM documents").Scan(&last); err != nil {
		return nil, 0, searchError(err)
	}
	// Along the date index, about (offset+limit)*documents/total documents
	// are tested before the page is full; fetching every document that
	// passes and sorting them costs total lookups of about twice the price.
	fetch := 2*float64(total)*float64(total) < float64(end(page))*float64(last)
	seqs, err := latest(ctx, tx, f, page, fetch)
	return seqs, total, err
}

// latest returns the page of the documents that pass f, latest first:
// read along the index on the publication date, testing each document, or,
// with fetch, fetched from the entities or events that f names (when it
// names some) and sorted.
func latest(ctx context.Context, tx *sql.Tx, f search.Filter, page store.Page, fetch bool) ([]int64, error) {
	w := &store.Where{}
	if set, rest, ok := filterSet(w, f); ok && fetch {
		w.Add("d.seq IN (" + set + ")")
		matchFilter(w, rest, "d.seq")
	} else {
		w = &store.Where{}
		matchFilter(w, f, "d.seq")
	}
	rows, err := tx.QueryContext(ctx, "SELECT d.seq FROM documents d"+w.SQL()+
		" ORDER BY d.published DESC, d.seq DESC LIMIT ? OFFSET ?", append(w.Args, page.Limit, page.Offset)...)
	if err != nil {
		return nil, searchError(err)
	}
	defer rows.Close()
	var seqs []int64
	for rows.Next() {
		var seq int64
		if err := rows.Scan(&seq); err != nil {
			return nil, searchError(err)
		}
		seqs = append(seqs, seq)
	}
	if err := rows.Err(); err != nil {
		return nil, searchError(err)
	}
	return seqs, nil
}

// prune looks the plan's keys up in the vocabulary and drops the forms that
// occur nowhere; it reports false when nothing can match.
func prune(ctx context.Context, tx *sql.Tx, plan *search.Plan) (bool, error) {
	return store.Prune(ctx, reader(tx), plan,
		`SELECT j.value FROM json_each(?) j WHERE EXISTS (SELECT 1 FROM vocab v WHERE v.term = j.value)`,
		`SELECT j.value FROM json_each(?) j WHERE EXISTS
		(SELECT 1 FROM vocab v WHERE v.term >= j.value AND v.term < j.value || char(1114111))`,
		func(keys []string) (any, error) {
			js, err := json.Marshal(keys)
			return string(js), err
		})
}

// searchError keeps SQLite's words from the caller when FTS5 refuses a
// query (which a correct plan never makes it do) and passes other errors.
func searchError(err error) error {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	msg := err.Error()
	if strings.Contains(msg, "fts5") || strings.Contains(msg, "syntax error") || strings.Contains(msg, "too many") ||
		strings.Contains(msg, "too large") || strings.Contains(msg, "too complex") {
		return fmt.Errorf("%w: the query is too complex", search.ErrQuery)
	}
	return fmt.Errorf("search: %w", err)
}

// reader is the store.Querier of the read connections or of a
// transaction.
func reader(q interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}) store.Reader[*sql.Rows] {
	return store.Reader[*sql.Rows]{Query: q.QueryContext, Close: func(rows *sql.Rows) { rows.Close() }}
}

// EntityNames returns up to limit of the distinct entities stored whose
// Arabic name has the words of key (arabic.SearchKey forms) or whose
// English name has the words of lower (lower case), most mentioned first.
func (db *DB) EntityNames(ctx context.Context, key, lower string, limit int) ([]store.EntityName, error) {
	query, args := store.EntityNamesSQL(key, lower, limit, func(int) string { return "?" })
	return queryAll(ctx, db.read, "entity names", query, args, func(rows *sql.Rows) (e store.EntityName, err error) {
		err = rows.Scan(&e.Name, &e.NameKey, &e.Type, &e.Country, &e.Actor, &e.ActorID, &e.Documents, &e.Mentions)
		return e, err
	})
}
