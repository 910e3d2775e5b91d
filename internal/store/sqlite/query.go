package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"rasad/internal/search"
	"rasad/internal/store"
)

// Search implements store.Store. The FTS5 index ranks with bm25 (ORDER BY
// rank, which FTS5 computes once per match); snippets are cut in Go from the
// original text of the page's documents only.
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
	if !plan.Empty() {
		ok, err := prune(ctx, tx, plan)
		if err != nil {
			return nil, err
		}
		if !ok {
			return res, nil
		}
	}
	w := &store.Where{}
	var from, order string
	seq := "d.seq"
	if plan.Empty() {
		from = "documents d"
		order = "d.published DESC, d.seq DESC"
	} else {
		// Without filters the documents table is not read at all: every
		// fts row is a document, and a document's row (with its text) is
		// a page read per match. With filters, CROSS JOIN keeps fts as
		// the outer loop: driven from an index on documents instead, the
		// planner would run the MATCH once per candidate document.
		from = "fts f"
		seq = "f.rowid"
		w.Add("fts MATCH " + w.Arg(plan.FTS5()))
		order = "f.rank"
		if !q.Filter.IsZero() {
			from = "fts f CROSS JOIN documents d ON d.seq = f.rowid"
			// FTS5 would rank every match before the filters drop most:
			// with filters, bm25 is computed for the rows that pass.
			order = "bm25(fts)"
		}
	}
	w.Documents(q.Filter)
	score := "0"
	if !plan.Empty() {
		score = "-" + order
	}
	args := append(w.Args, page.Limit, page.Offset)
	query := "SELECT " + seq + ", " + score + ", count(*) OVER () FROM " + from + w.SQL() +
		" ORDER BY " + order + " LIMIT ? OFFSET ?"
	if !plan.Empty() {
		// One pass over the matches counts them and picks the page
		// (count(*) OVER () sees every row before LIMIT applies); bm25
		// cannot be called beside a window function, so it is computed
		// in a subquery.
		query = "SELECT s, sc, count(*) OVER () FROM (SELECT " + seq + " AS s, " + score + " AS sc FROM " + from + w.SQL() +
			") ORDER BY sc DESC LIMIT ? OFFSET ?"
	}
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, searchError(err)
	}
	var seqs []int64
	var scores []float64
	for rows.Next() {
		var seq int64
		var sc float64
		if err := rows.Scan(&seq, &sc, &res.Total); err != nil {
			rows.Close()
			return nil, searchError(err)
		}
		seqs, scores = append(seqs, seq), append(scores, sc)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, searchError(err)
	}
	if len(seqs) == 0 {
		// A page past the last: count on its own.
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM "+from+w.SQL(), w.Args...).Scan(&res.Total); err != nil {
			return nil, searchError(err)
		}
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
		tt, err := search.DecodeTerms(terms, offsets)
		if err != nil {
			return nil, fmt.Errorf("search: document %s: %w", h.ID, err)
		}
		if plan.Empty() {
			h.Snippet = search.MakeSnippet(text, tt, nil, page.SnippetBytes)
		} else {
			h.Snippet = search.MakeSnippet(text, tt, plan, page.SnippetBytes)
		}
		res.Hits = append(res.Hits, h)
	}
	return res, nil
}

// prune looks the plan's keys up in the vocabulary and drops the forms that
// occur nowhere; it reports false when nothing can match.
func prune(ctx context.Context, tx *sql.Tx, plan *search.Plan) (bool, error) {
	exact, prefixes := plan.Keys()
	has := map[string]bool{}
	hasPrefix := map[string]bool{}
	lookup := func(query string, keys []string, into map[string]bool) error {
		if len(keys) == 0 {
			return nil
		}
		js, err := json.Marshal(keys)
		if err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, query, string(js))
		if err != nil {
			return fmt.Errorf("search: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var k string
			if err := rows.Scan(&k); err != nil {
				return fmt.Errorf("search: %w", err)
			}
			into[k] = true
		}
		return rows.Err()
	}
	if err := lookup(`SELECT j.value FROM json_each(?) j WHERE EXISTS (SELECT 1 FROM vocab v WHERE v.term = j.value)`,
		exact, has); err != nil {
		return false, err
	}
	if err := lookup(`SELECT j.value FROM json_each(?) j WHERE EXISTS
		(SELECT 1 FROM vocab v WHERE v.term >= j.value AND v.term < j.value || char(1114111))`, prefixes, hasPrefix); err != nil {
		return false, err
	}
	return plan.Prune(func(k string, prefix bool) bool {
		if prefix {
			return hasPrefix[k]
		}
		return has[k]
	}), nil
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

// Events implements store.Store.
func (db *DB) Events(ctx context.Context, f store.EventFilter, fn func(store.EventRecord) error) error {
	w := &store.Where{}
	w.Events(f)
	rows, err := db.read.QueryContext(ctx, `SELECT d.id, d.published, d.source, d.duplicate_of, v.date, v.json
		FROM events v JOIN documents d ON d.seq = v.doc`+w.SQL()+` ORDER BY v.date, v.doc, v.idx`, w.Args...)
	if err != nil {
		return fmt.Errorf("events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r store.EventRecord
		var dup sql.NullString
		var js []byte
		if err := rows.Scan(&r.DocID, &r.Published, &r.Outlet, &dup, &r.Date, &js); err != nil {
			return fmt.Errorf("events: %w", err)
		}
		r.DuplicateOf = dup.String
		if err := json.Unmarshal(js, &r.Event); err != nil {
			return fmt.Errorf("events: document %s: %w", r.DocID, err)
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("events: %w", err)
	}
	return nil
}

// CountEvents implements store.Store.
func (db *DB) CountEvents(ctx context.Context, f store.EventFilter, by store.Period) ([]store.Count, error) {
	n := by.Len()
	if n == 0 {
		return nil, fmt.Errorf("count events: unknown period %q", by)
	}
	w := &store.Where{}
	w.Events(f)
	rows, err := db.read.QueryContext(ctx, fmt.Sprintf(`SELECT period, count(*) FROM (
		SELECT DISTINCT substr(v.date, 1, %d) AS period, d.story, v.code,
			v.src_country, v.src_actor, v.tgt_country, v.tgt_actor
		FROM events v JOIN documents d ON d.seq = v.doc%s)
		GROUP BY period ORDER BY period`, n, w.SQL()), w.Args...)
	if err != nil {
		return nil, fmt.Errorf("count events: %w", err)
	}
	defer rows.Close()
	out := []store.Count{}
	for rows.Next() {
		var c store.Count
		if err := rows.Scan(&c.Period, &c.Count); err != nil {
			return nil, fmt.Errorf("count events: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
