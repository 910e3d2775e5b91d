package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite"

	"rasad/internal/dedup"
	"rasad/internal/search"
	"rasad/internal/store"
)

// DB is an archive in one SQLite file. It implements store.Store.
type DB struct {
	store.EventQueries
	path     string
	write    *sql.DB // one connection: SQLite has one writer at a time
	read     *sql.DB // read-only connections
	analyzer search.Analyzer
	known    store.Known // terms committed to the vocab table
	// prepared holds the writer's statements, prepared once on its one
	// connection: a batch's transaction uses them without parsing again.
	prepared statements
}

// statements are prepared statements by query, safe for concurrent use.
type statements struct {
	mu sync.Mutex
	m  map[string]*sql.Stmt
}

// prepare prepares queries on db, once: later calls do nothing. It must
// not run inside a transaction of db's writer, whose one connection the
// transaction holds.
func (s *statements) prepare(ctx context.Context, db *sql.DB, queries []string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m != nil {
		return nil
	}
	m := make(map[string]*sql.Stmt, len(queries))
	for _, q := range queries {
		st, err := db.PrepareContext(ctx, q)
		if err != nil {
			for _, st := range m {
				st.Close()
			}
			return fmt.Errorf("prepare %q: %w", q, err)
		}
		m[q] = st
	}
	s.m = m
	return nil
}

// get returns the statement prepared for query, or nil.
func (s *statements) get(query string) *sql.Stmt {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.m[query]
}

func (s *statements) close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	var errs []error
	for _, st := range s.m {
		errs = append(errs, st.Close())
	}
	s.m = nil
	return errors.Join(errs...)
}

var _ store.Store = (*DB)(nil)

// Open opens the archive at path, creating it or migrating its schema as
// needed. Documents are analysed with a, or search.Clitics when a is nil; an
// archive must always be opened with the analyzer that indexed it.
func Open(ctx context.Context, path string, a search.Analyzer) (*DB, error) {
	if a == nil {
		a = search.Clitics{}
	}
	const pragmas = "_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_pragma=cache_size(-32768)&_pragma=mmap_size(268435456)"
	// The writer keeps its statement journals in memory (temp_store): a
	// multi-row statement in a transaction journals the pages it changes
	// so that it can be undone alone, and on disk that is a write to a
	// temporary file per page.
	w, err := sql.Open("sqlite", "file:"+path+"?"+pragmas+"&_pragma=journal_mode(WAL)&_pragma=temp_store(MEMORY)&_txlock=immediate")
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetConnMaxIdleTime(0)
	db := &DB{path: path, write: w, analyzer: a}
	if err := db.migrate(ctx); err != nil {
		w.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	r, err := sql.Open("sqlite", "file:"+path+"?"+pragmas+"&_pragma=query_only(1)")
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	r.SetMaxOpenConns(8)
	r.SetMaxIdleConns(8)
	db.read = r
	db.EventQueries = store.NewEventQueries(reader(r))
	return db, nil
}

func (db *DB) migrate(ctx context.Context) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer tx.Rollback()
	var version int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return fmt.Errorf("migrate: read version: %w", err)
	}
	version, err = store.Migrate(ctx, version, migrations, tx.ExecContext)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", version)); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	return tx.Commit()
}

// Close closes the archive's connections.
func (db *DB) Close() error {
	var err error
	if db.read != nil {
		err = db.read.Close()
	}
	return errors.Join(err, db.prepared.close(), db.write.Close())
}

// Optimize merges the FTS5 index into one segment. An index written in
// many batches is split into segments that every search term is looked up
// in; merged, a search costs about a tenth less (measured on an archive of
// 93,000 documents ingested 64 at a time, where it took 5 s). Searches may
// run meanwhile; writers wait.
func (db *DB) Optimize(ctx context.Context) error {
	if _, err := db.write.ExecContext(ctx, "INSERT INTO fts(fts) VALUES('optimize')"); err != nil {
		return fmt.Errorf("optimize: %w", err)
	}
	return nil
}

// PutBatch implements store.Store. The documents are written one by one;
// the rows that hang off them (entities, quotes, dates, events, SimHash
// bands, new vocabulary) are gathered over the batch and written after, a
// few statements of many rows each.
func (db *DB) PutBatch(ctx context.Context, entries []store.Entry) ([]store.Outcome, error) {
	prepared, err := store.PrepareAll(entries, db.analyzer)
	if err != nil {
		return nil, err
	}
	if err := db.prepared.prepare(ctx, db.write, writeQueries); err != nil {
		return nil, fmt.Errorf("put: %w", err)
	}
	sqlTx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("put: %w", err)
	}
	// The statements run without ctx's cancellation, which the driver would
	// watch with a goroutine of its own for every statement; ctx is checked
	// between documents instead, and the transaction rolls back if it ends.
	tx := &batchTx{Tx: sqlTx, db: db, stmts: map[string]*sql.Stmt{}}
	defer tx.Rollback()
	defer tx.closeStmts()
	stmtCtx := context.WithoutCancel(ctx)
	out := make([]store.Outcome, len(prepared))
	for _, p := range prepared {
		if p.Recheck() {
			if p.DuplicateOf, err = nearOriginal(stmtCtx, tx, p); err != nil {
				return nil, fmt.Errorf("put %s: %w", p.ID, err)
			}
		}
	}
	store.Relink(prepared, entries)
	var added []string
	var written []writtenDoc
	for i, p := range prepared {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("put: %w", err)
		}
		var seq int64
		if out[i], seq, err = put(stmtCtx, tx, p); err != nil {
			return nil, fmt.Errorf("put %s: %w", p.ID, err)
		}
		if out[i] != store.Unchanged {
			added = append(added, db.known.Unknown(p.Vocab)...)
			written = append(written, writtenDoc{seq, p})
		}
	}
	if err := writeRows(stmtCtx, tx, written, added); err != nil {
		return nil, fmt.Errorf("put: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("put: %w", err)
	}
	db.known.Add(added)
	return out, nil
}

// nearOriginal looks p's near-duplicates up in the write transaction, which
// no other writer of the file shares (_txlock=immediate), so that a copy
// stored since the ingester looked is found (Entry.NearDistance). A
// document already stored was linked when it was first stored: it is not
// looked up again.
func nearOriginal(ctx context.Context, tx *batchTx, p *store.Prepared) (string, error) {
	b := p.Bands
	rows, err := tx.QueryContext(ctx, `SELECT d.id, IFNULL(d.duplicate_of, ''), s.hash
		FROM simbands s JOIN documents d ON d.seq = s.doc
		WHERE s.band IN (?, ?, ?, ?, ?, ?)
		AND NOT EXISTS (SELECT 1 FROM documents WHERE id = ?)`, b[0], b[1], b[2], b[3], b[4], b[5], p.ID)
	if err != nil {
		return "", fmt.Errorf("near: %w", err)
	}
	defer rows.Close()
	var found []store.Match
	for rows.Next() {
		var f store.Match
		var h int64
		if err := rows.Scan(&f.ID, &f.DuplicateOf, &h); err != nil {
			return "", fmt.Errorf("near: %w", err)
		}
		f.SimHash = uint64(h)
		found = append(found, f)
	}
	if err := rows.Err(); err != nil {
		return "", fmt.Errorf("near: %w", err)
	}
	return p.OriginalOf(found), nil
}

// batchTx is a transaction that runs the statements the DB has prepared,
// each bound to the transaction once, however many documents of a batch
// run it.
type batchTx struct {
	*sql.Tx
	db    *DB
	stmts map[string]*sql.Stmt
}

func (tx *batchTx) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if st, ok := tx.stmts[query]; ok {
		return st, nil
	}
	var st *sql.Stmt
	if prepared := tx.db.prepared.get(query); prepared != nil {
		st = tx.Tx.StmtContext(ctx, prepared)
	} else {
		var err error
		if st, err = tx.Tx.PrepareContext(ctx, query); err != nil {
			return nil, err
		}
	}
	tx.stmts[query] = st
	return st, nil
}

// ExecContext runs query with the statement prepared for it.
func (tx *batchTx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := tx.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

// QueryRowContext runs query with the statement prepared for it.
func (tx *batchTx) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := tx.stmt(ctx, query)
	if err != nil {
		return tx.Tx.QueryRowContext(ctx, query, args...) // reports the same error
	}
	return st.QueryRowContext(ctx, args...)
}

func (tx *batchTx) closeStmts() {
	for _, st := range tx.stmts {
		st.Close()
	}
}

func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nullHash(h uint64) any {
	if h == 0 {
		return nil
	}
	return int64(h)
}

// put writes one document in tx (its row and its search index entry) and
// returns its seq; writeRows writes the rest.
func put(ctx context.Context, tx *batchTx, p *store.Prepared) (store.Outcome, int64, error) {
	outcome := store.Inserted
	var seq int64
	var hash []byte
	var published, analyzer, extractor string
	switch err := tx.QueryRowContext(ctx, qSelectDoc, p.ID).Scan(&seq, &hash, &published, &analyzer, &extractor); {
	case errors.Is(err, sql.ErrNoRows):
	case err != nil:
		return "", 0, err
	case bytes.Equal(hash, p.TextHash) && published == p.Published && analyzer == p.Analyzer && extractor == p.Extractor:
		return store.Unchanged, seq, nil
	default:
		outcome = store.Updated
		if _, err := tx.ExecContext(ctx, qDeleteFTS, seq); err != nil {
			return "", 0, err
		}
		if _, err := tx.ExecContext(ctx, qDeleteDoc, seq); err != nil {
			return "", 0, err
		}
	}
	story := p.ID
	if p.DuplicateOf != "" {
		story = p.DuplicateOf
	}
	res, err := tx.ExecContext(ctx, qInsertDoc,
		p.ID, p.Title, p.Published, p.Source, p.URL, p.Origin, p.TextHash, nullHash(p.SimHash),
		nullString(p.DuplicateOf), story, p.DocJSON, p.Text, p.Keys, p.Offsets, p.Analyzer, p.Extractor)
	if err != nil {
		return "", 0, err
	}
	if seq, err = res.LastInsertId(); err != nil {
		return "", 0, err
	}
	if _, err := tx.ExecContext(ctx, qInsertFTS, seq, p.Keys); err != nil {
		return "", 0, err
	}
	return outcome, seq, nil
}

// writtenDoc is a document put wrote in a batch, with its seq.
type writtenDoc struct {
	seq int64
	p   *store.Prepared
}

// writeRows writes the rows of the documents of a batch that put wrote:
// their SimHash bands, entities, quotes, dates and events, and the terms
// of the vocabulary that may be new (repeats are ignored).
func writeRows(ctx context.Context, tx *batchTx, docs []writtenDoc, terms []string) error {
	if len(terms) > 0 {
		vocab, err := json.Marshal(terms)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, qInsertVocab, string(vocab)); err != nil {
			return fmt.Errorf("vocabulary: %w", err)
		}
	}
	var rows rowWriter
	for _, d := range docs {
		if d.p.SimHash != 0 {
			for _, b := range d.p.Bands {
				rows.bands = append(rows.bands, b, d.seq, int64(d.p.SimHash))
			}
		}
		for i, e := range d.p.Entities {
			rows.entities = append(rows.entities, d.seq, i, e.Name, e.NameKey, e.Type, e.Country, e.Actor, e.ActorID, e.Mentions)
		}
		for i, q := range d.p.Quotes {
			rows.quotes = append(rows.quotes, d.seq, i, q.Speaker, q.SpeakerCountry, q.Text, q.Direct, q.Start, q.End)
		}
		for i, t := range d.p.Dates {
			rows.dates = append(rows.dates, d.seq, i, t.Text, t.Value, t.Start, t.End)
		}
		for i, v := range d.p.Events {
			rows.events = append(rows.events, d.seq, i, v.Code, v.Root, v.SrcName, v.SrcCountry, v.SrcActor, v.TgtName, v.TgtCountry, v.TgtActor,
				v.Date, v.Polarity, v.Goldstein, v.QuadClass, v.JSON)
		}
	}
	for i, args := range [][]any{rows.bands, rows.entities, rows.quotes, rows.dates, rows.events} {
		if err := tx.insertMany(ctx, rowInserts[i].insert, rowInserts[i].cols, args); err != nil {
			return err
		}
	}
	return nil
}

// The statements that put runs.
const (
	qSelectDoc = "SELECT seq, text_hash, published, analyzer, extractor FROM documents WHERE id = ?"
	qDeleteFTS = "DELETE FROM fts WHERE rowid = ?"
	qDeleteDoc = "DELETE FROM documents WHERE seq = ?"
	qInsertDoc = `INSERT INTO documents
		(id, title, published, source, url, origin, text_hash, simhash, duplicate_of, story, doc, text, terms, offsets, analyzer, extractor)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	qInsertFTS   = "INSERT INTO fts (rowid, terms) VALUES (?, ?)"
	qInsertVocab = "INSERT OR IGNORE INTO vocab (term) SELECT value FROM json_each(?)"
)

// rowInserts are the INSERT statements, up to VALUES, of the rows that
// hang off a document, and their numbers of columns, in the order of
// writeRows.
var rowInserts = []struct {
	insert string
	cols   int
}{
	{"INSERT INTO simbands (band, doc, hash) VALUES ", 3},
	{"INSERT INTO entities (doc, idx, name, name_key, type, country, actor, actor_id, mentions) VALUES ", 9},
	{`INSERT INTO quotes (doc, idx, speaker, speaker_country, text, direct, start, "end") VALUES `, 8},
	{`INSERT INTO dates (doc, idx, text, value, start, "end") VALUES `, 6},
	{`INSERT INTO events (doc, idx, code, root, src_name, src_country, src_actor,
		tgt_name, tgt_country, tgt_actor, date, polarity, goldstein, quad_class, json) VALUES `, 15},
}

// writeQueries are the statements PutBatch runs, prepared once on the
// writer: put's, and those of rowInserts for every number of rows
// insertMany writes at once.
var writeQueries = func() []string {
	qs := []string{qSelectDoc, qDeleteFTS, qDeleteDoc, qInsertDoc, qInsertFTS, qInsertVocab}
	for _, r := range rowInserts {
		for n := 1; n <= rowsPerInsert; n *= 2 {
			qs = append(qs, valuesQuery(r.insert, r.cols, n))
		}
	}
	return qs
}()

// rowWriter gathers the values of a batch's rows, table by table, in the
// order of their columns.
type rowWriter struct {
	bands, entities, quotes, dates, events []any
}

// rowsPerInsert is the most rows one INSERT statement writes: 64 rows of
// the widest table (events, 15 columns) are 960 parameters, far below
// SQLite's limit of 32,766.
const rowsPerInsert = 64

// insertMany inserts the rows whose values args holds, cols a row, with
// insert (an INSERT statement up to VALUES) and rowsPerInsert rows a
// statement.
func (tx *batchTx) insertMany(ctx context.Context, insert string, cols int, args []any) error {
	for len(args) > 0 {
		// Whole statements of rowsPerInsert rows, then the rest in
		// statements of powers of two: few distinct statements to prepare.
		n := min(len(args)/cols, rowsPerInsert)
		for n&(n-1) != 0 {
			n &= n - 1 // the highest power of two in n
		}
		if _, err := tx.ExecContext(ctx, valuesQuery(insert, cols, n), args[:n*cols]...); err != nil {
			return fmt.Errorf("%s: %w", strings.Fields(insert)[2], err) // the table
		}
		args = args[n*cols:]
	}
	return nil
}

// valuesQuery is insert followed by n rows of cols parameters.
func valuesQuery(insert string, cols, n int) string {
	row := "(?" + strings.Repeat(", ?", cols-1) + ")"
	var b strings.Builder
	b.Grow(len(insert) + n*(len(row)+2))
	b.WriteString(insert)
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(row)
	}
	return b.String()
}

// Get implements store.Store.
func (db *DB) Get(ctx context.Context, id string) (*store.Record, error) {
	return store.ScanRecord(id, db.read.QueryRowContext(ctx, store.GetSQL, id), sql.ErrNoRows)
}

// Near implements store.Store.
func (db *DB) Near(ctx context.Context, simhash uint64, maxDistance int) ([]store.Match, error) {
	b, ok, err := store.NearBands(simhash, maxDistance)
	if !ok {
		return nil, err
	}
	rows, err := db.read.QueryContext(ctx, `SELECT DISTINCT doc, hash FROM simbands
		WHERE band IN (?, ?, ?, ?, ?, ?)`, b[0], b[1], b[2], b[3], b[4], b[5])
	if err != nil {
		return nil, fmt.Errorf("near: %w", err)
	}
	type candidate struct {
		seq  int64
		hash uint64
	}
	var near []candidate
	for rows.Next() {
		var c candidate
		var h int64
		if err := rows.Scan(&c.seq, &h); err != nil {
			rows.Close()
			return nil, fmt.Errorf("near: %w", err)
		}
		if c.hash = uint64(h); dedup.Distance(simhash, c.hash) <= maxDistance {
			near = append(near, c)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("near: %w", err)
	}
	// Only the documents within the distance are read.
	var out []store.Match
	for _, c := range near {
		m := store.Match{SimHash: c.hash, Distance: dedup.Distance(simhash, c.hash)}
		err := db.read.QueryRowContext(ctx, `SELECT id, IFNULL(duplicate_of, '') FROM documents WHERE seq = ?`, c.seq).Scan(&m.ID, &m.DuplicateOf)
		if errors.Is(err, sql.ErrNoRows) {
			continue // deleted since
		}
		if err != nil {
			return nil, fmt.Errorf("near: %w", err)
		}
		out = append(out, m)
	}
	store.SortMatches(out)
	return out, nil
}

// Stats implements store.Store.
func (db *DB) Stats(ctx context.Context) (store.Stats, error) {
	var s store.Stats
	err := db.read.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL),
		(SELECT count(*) FROM entities),
		(SELECT count(*) FROM quotes),
		(SELECT count(*) FROM dates),
		(SELECT count(*) FROM events)`).Scan(&s.Duplicates, &s.Entities, &s.Quotes, &s.Dates, &s.Events)
	if err != nil {
		return s, fmt.Errorf("stats: %w", err)
	}
	vs, err := versions(ctx, db.read)
	if err != nil {
		return s, fmt.Errorf("stats: %w", err)
	}
	s.SetVersions(vs, db.analyzer.Version())
	for _, suffix := range []string{"", "-wal"} {
		if fi, err := os.Stat(db.path + suffix); err == nil {
			s.Bytes += fi.Size()
		}
	}
	return s, nil
}

// versions counts the documents by analyzer and extractor.
func versions(ctx context.Context, q *sql.DB) ([]store.Version, error) {
	rows, err := q.QueryContext(ctx, "SELECT analyzer, extractor, count(*) FROM documents GROUP BY analyzer, extractor ORDER BY 3 DESC, 1, 2")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var vs []store.Version
	for rows.Next() {
		var v store.Version
		if err := rows.Scan(&v.Analyzer, &v.Extractor, &v.Documents); err != nil {
			return nil, err
		}
		vs = append(vs, v)
	}
	return vs, rows.Err()
}

// Stale implements store.Store. Each of its conditions is a range of the
// index on (analyzer, extractor): an inequality is two ranges.
func (db *DB) Stale(ctx context.Context, extractor string, limit int) ([]string, error) {
	v := db.analyzer.Version()
	query, args := "SELECT id FROM documents WHERE analyzer < ? OR analyzer > ? ORDER BY seq LIMIT ?", []any{v, v, max(limit, 0)}
	if extractor != "" {
		query = `SELECT id FROM documents WHERE analyzer < ? OR analyzer > ?
			OR (analyzer = ? AND extractor < ?) OR (analyzer = ? AND extractor > ?) ORDER BY seq LIMIT ?`
		args = []any{v, v, v, extractor, v, extractor, max(limit, 0)}
	}
	return queryAll(ctx, db.read, "stale", query, args, func(rows *sql.Rows) (id string, err error) {
		err = rows.Scan(&id)
		return id, err
	})
}
