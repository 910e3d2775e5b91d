package postgres

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/pgxpool"

	"rasad/internal/dedup"
	"rasad/internal/search"
	"rasad/internal/store"
)

// DB is an archive on a PostgreSQL server. It implements store.Store.
type DB struct {
	store.EventQueries
	pool     *pgxpool.Pool
	analyzer search.Analyzer
	known    store.Known // terms committed to the vocab table
}

var _ store.Store = (*DB)(nil)

// migrationLock is the advisory lock key that serialises migrations.
const migrationLock = 0x7261736164 // "rasad"

// Open connects to the server at url (postgres://…; search_path and other
// settings may be given as URL parameters) and creates or migrates the
// schema. Documents are analysed with a, or search.Clitics when a is nil.
func Open(ctx context.Context, url string, a search.Analyzer) (*DB, error) {
	if a == nil {
		a = search.Clitics{}
	}
	pool, err := pgxpool.New(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	db := &DB{EventQueries: store.NewEventQueries(reader(pool)), pool: pool, analyzer: a}
	if err := db.migrate(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	return db, nil
}

func (db *DB) migrate(ctx context.Context) error {
	return pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1)", int64(migrationLock)); err != nil {
			return fmt.Errorf("migrate: lock: %w", err)
		}
		if _, err := tx.Exec(ctx, "CREATE TABLE IF NOT EXISTS rasad_schema (version INT NOT NULL)"); err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
		var version int
		err := tx.QueryRow(ctx, "SELECT version FROM rasad_schema").Scan(&version)
		if errors.Is(err, pgx.ErrNoRows) {
			if _, err := tx.Exec(ctx, "INSERT INTO rasad_schema VALUES (0)"); err != nil {
				return fmt.Errorf("migrate: %w", err)
			}
		} else if err != nil {
			return fmt.Errorf("migrate: read version: %w", err)
		}
		version, err = store.Migrate(ctx, version, migrations, tx.Exec)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, "UPDATE rasad_schema SET version = $1", version); err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
		return nil
	})
}

// Close closes the connection pool.
func (db *DB) Close() error {
	db.pool.Close()
	return nil
}

// maxPosition is the largest position a tsvector holds; later terms share
// it. maxPositions is the most positions a lexeme keeps (PostgreSQL's
// MAXNUMPOS: its text input keeps the first ones, its binary input refuses
// more).
const (
	maxPosition  = 16383
	maxPositions = 256
)

// TSVector returns the tsvector of space-separated keys, each at its
// position (from 1), ready for PostgreSQL's binary input: its lexemes in
// the server's order (bytewise) and their positions rising, so that the
// server neither parses text nor sorts. Its String is the text form.
func TSVector(keys string) pgtype.TSVector {
	if keys == "" {
		return pgtype.TSVector{Valid: true}
	}
	at := map[string]int{} // key -> its lexeme's index
	var lex []pgtype.TSVectorLexeme
	i := 0
	for k := range strings.SplitSeq(keys, " ") {
		i++
		if k == "" {
			continue
		}
		j, ok := at[k]
		if !ok {
			j = len(lex)
			at[k] = j
			lex = append(lex, pgtype.TSVectorLexeme{Word: k})
		}
		pos := lex[j].Positions
		if p := uint16(min(i, maxPosition)); len(pos) < maxPositions && (len(pos) == 0 || pos[len(pos)-1].Position != p) {
			lex[j].Positions = append(pos, pgtype.TSVectorPosition{Position: p})
		}
	}
	slices.SortFunc(lex, func(a, b pgtype.TSVectorLexeme) int { return strings.Compare(a.Word, b.Word) })
	return pgtype.TSVector{Lexemes: lex, Valid: true}
}

// getSQL is store.GetSQL with PostgreSQL's placeholder.
var getSQL = store.Dollar(store.GetSQL)

// Get implements store.Store.
func (db *DB) Get(ctx context.Context, id string) (*store.Record, error) {
	return store.ScanRecord(id, db.pool.QueryRow(ctx, getSQL, id), pgx.ErrNoRows)
}

// Search implements store.Store: documents whose tsvector matches the
// rendered tsquery, ranked by ts_rank_cd normalised by document length.
func (db *DB) Search(ctx context.Context, q search.Query, page store.Page) (*store.Results, error) {
	plan, err := search.Compile(q, db.analyzer)
	if err != nil {
		return nil, err
	}
	page = page.Normalize()
	res := &store.Results{Hits: []store.Hit{}}
	tx, err := db.pool.BeginTx(ctx, pgx.TxOptions{AccessMode: pgx.ReadOnly, IsoLevel: pgx.RepeatableRead})
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	defer tx.Rollback(ctx)
	if !plan.Empty() {
		ok, err := prune(ctx, tx, plan)
		if err != nil {
			return nil, err
		}
		if !ok {
			return res, nil
		}
	}
	w := &store.Where{Dollar: true}
	score, order := "0::float8", "d.published DESC, d.seq DESC"
	if !plan.Empty() {
		ph := w.Arg(plan.TSQuery())
		w.Add("d.tsv @@ " + ph + "::tsquery")
		score, order = "ts_rank_cd(d.tsv, "+ph+"::tsquery, 1)::float8", "2 DESC, d.seq"
	}
	w.Documents(q.Filter)
	if err := tx.QueryRow(ctx, "SELECT count(*) FROM documents d"+w.SQL(), w.Args...).Scan(&res.Total); err != nil {
		return nil, searchError(err)
	}
	if res.Total == 0 || page.Offset >= res.Total {
		return res, nil
	}
	lim, off := w.Arg(page.Limit), w.Arg(page.Offset)
	var seqs []int64
	var scores []float64
	err = reader(tx).Each(ctx, "SELECT d.seq, "+score+" FROM documents d"+w.SQL()+
		" ORDER BY "+order+" LIMIT "+lim+" OFFSET "+off, w.Args, func(row store.Scanner) error {
		var seq int64
		var sc float64
		err := row.Scan(&seq, &sc)
		seqs, scores = append(seqs, seq), append(scores, sc)
		return err
	})
	if err != nil {
		return nil, searchError(err)
	}
	hits := map[int64]store.Hit{}
	err = reader(tx).Each(ctx, `SELECT seq, id, title, published, source, url, coalesce(duplicate_of, ''), text, terms, offsets
		FROM documents WHERE seq = ANY($1)`, []any{seqs}, func(row store.Scanner) error {
		var h store.Hit
		var seq int64
		var text, terms string
		var offsets []byte
		if err := row.Scan(&seq, &h.ID, &h.Title, &h.Published, &h.Source, &h.URL, &h.DuplicateOf, &text, &terms, &offsets); err != nil {
			return err
		}
		if err := h.SetSnippet(text, terms, offsets, plan, page.SnippetBytes); err != nil {
			return err
		}
		hits[seq] = h
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	for i, seq := range seqs {
		h := hits[seq]
		h.Score = scores[i]
		res.Hits = append(res.Hits, h)
	}
	return res, nil
}

// prune looks the plan's keys up in the vocabulary and drops the forms that
// occur nowhere; it reports false when nothing can match.
func prune(ctx context.Context, tx pgx.Tx, plan *search.Plan) (bool, error) {
	return store.Prune(ctx, reader(tx), plan,
		`SELECT k FROM unnest($1::text[]) k WHERE EXISTS (SELECT 1 FROM vocab v WHERE v.term = k)`,
		`SELECT k FROM unnest($1::text[]) k WHERE EXISTS
		(SELECT 1 FROM vocab v WHERE v.term >= k COLLATE "C" AND v.term < (k || chr(1114111)) COLLATE "C")`,
		func(keys []string) (any, error) { return keys, nil })
}

// searchError keeps the server's words from the caller when it refuses a
// query (which a correct plan never makes it do) and passes other errors.
func searchError(err error) error {
	var pe *pgconn.PgError
	if errors.As(err, &pe) && (strings.HasPrefix(pe.Code, "42") || strings.HasPrefix(pe.Code, "54")) {
		// syntax errors and program limits exceeded
		return fmt.Errorf("%w: the query is too complex", search.ErrQuery)
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return fmt.Errorf("search: %w", err)
}

// reader is the store.Querier of the pool or of a transaction.
func reader(q interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
}) store.Reader[pgx.Rows] {
	return store.Reader[pgx.Rows]{Query: q.Query, Close: pgx.Rows.Close, Dollars: true}
}

// Near implements store.Store.
func (db *DB) Near(ctx context.Context, simhash uint64, maxDistance int) ([]store.Match, error) {
	b, ok, err := store.NearBands(simhash, maxDistance)
	if !ok {
		return nil, err
	}
	rows, err := db.pool.Query(ctx, `SELECT DISTINCT d.id, d.simhash, coalesce(d.duplicate_of, '') FROM simbands s JOIN documents d ON d.seq = s.doc
		WHERE s.band = ANY($1)`, b[:])
	if err != nil {
		return nil, fmt.Errorf("near: %w", err)
	}
	defer rows.Close()
	var out []store.Match
	for rows.Next() {
		var m store.Match
		var h int64
		if err := rows.Scan(&m.ID, &h, &m.DuplicateOf); err != nil {
			return nil, fmt.Errorf("near: %w", err)
		}
		m.SimHash = uint64(h)
		if m.Distance = dedup.Distance(simhash, m.SimHash); m.Distance <= maxDistance {
			out = append(out, m)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("near: %w", err)
	}
	store.SortMatches(out)
	return out, nil
}

// NearMany returns, for each SimHash, what Near returns, in one query: the
// ingester looks up a batch at once (ingest.NearMany) instead of paying a
// round trip per document.
func (db *DB) NearMany(ctx context.Context, simhashes []uint64, maxDistance int) ([][]store.Match, error) {
	out := make([][]store.Match, len(simhashes))
	if maxDistance < 0 {
		return out, nil
	}
	if maxDistance > dedup.MaxDistance {
		return nil, fmt.Errorf("near: distance %d is over %d", maxDistance, dedup.MaxDistance)
	}
	var bands []int64
	var which []int32
	for i, h := range simhashes {
		if h == 0 {
			continue
		}
		for _, band := range dedup.Bands(h) {
			bands, which = append(bands, band), append(which, int32(i))
		}
	}
	if len(bands) == 0 {
		return out, nil
	}
	rows, err := db.pool.Query(ctx, `SELECT DISTINCT q.i, d.id, d.simhash, coalesce(d.duplicate_of, '')
		FROM unnest($1::bigint[], $2::int[]) AS q(band, i)
		JOIN simbands s ON s.band = q.band JOIN documents d ON d.seq = s.doc`, bands, which)
	if err != nil {
		return nil, fmt.Errorf("near: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var i int32
		var m store.Match
		var h int64
		if err := rows.Scan(&i, &m.ID, &h, &m.DuplicateOf); err != nil {
			return nil, fmt.Errorf("near: %w", err)
		}
		m.SimHash = uint64(h)
		if m.Distance = dedup.Distance(simhashes[i], m.SimHash); m.Distance <= maxDistance {
			out[i] = append(out[i], m)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("near: %w", err)
	}
	for _, m := range out {
		store.SortMatches(m)
	}
	return out, nil
}

// Stats implements store.Store; Bytes is the size of the archive's tables
// and indexes.
func (db *DB) Stats(ctx context.Context) (store.Stats, error) {
	var s store.Stats
	var n [5]int64
	err := db.pool.QueryRow(ctx, `SELECT
		(SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL),
		(SELECT count(*) FROM entities),
		(SELECT count(*) FROM quotes),
		(SELECT count(*) FROM dates),
		(SELECT count(*) FROM events),
		(SELECT sum(pg_total_relation_size(c.oid))::bigint FROM pg_class c
			WHERE c.oid IN ('documents'::regclass, 'simbands'::regclass, 'entities'::regclass,
				'quotes'::regclass, 'dates'::regclass, 'events'::regclass))`).
		Scan(&n[0], &n[1], &n[2], &n[3], &n[4], &s.Bytes)
	if err != nil {
		return s, fmt.Errorf("stats: %w", err)
	}
	s.Duplicates, s.Entities, s.Quotes, s.Dates, s.Events = int(n[0]), int(n[1]), int(n[2]), int(n[3]), int(n[4])
	rows, err := db.pool.Query(ctx, "SELECT analyzer, extractor, count(*) FROM documents GROUP BY analyzer, extractor ORDER BY 3 DESC, 1, 2")
	if err != nil {
		return s, fmt.Errorf("stats: %w", err)
	}
	vs, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.Version, error) {
		var v store.Version
		var n int64
		err := r.Scan(&v.Analyzer, &v.Extractor, &n)
		v.Documents = int(n)
		return v, err
	})
	if err != nil {
		return s, fmt.Errorf("stats: %w", err)
	}
	s.SetVersions(vs, db.analyzer.Version())
	return s, nil
}

// Stale implements store.Store.
func (db *DB) Stale(ctx context.Context, extractor string, limit int) ([]string, error) {
	// Each condition is a range of the index on (analyzer, extractor): an
	// inequality is two ranges.
	query, args := "SELECT id FROM documents WHERE analyzer < $1 OR analyzer > $1 ORDER BY seq LIMIT $2", []any{db.analyzer.Version(), max(limit, 0)}
	if extractor != "" {
		query = `SELECT id FROM documents WHERE analyzer < $1 OR analyzer > $1
			OR (analyzer = $1 AND extractor < $3) OR (analyzer = $1 AND extractor > $3) ORDER BY seq LIMIT $2`
		args = append(args, extractor)
	}
	rows, err := db.pool.Query(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("stale: %w", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("stale: %w", err)
	}
	return ids, nil
}

// EntityNames returns up to limit of the distinct entities stored whose
// Arabic name has the words of key (arabic.SearchKey forms) or whose
// English name has the words of lower (lower case), most mentioned first.
func (db *DB) EntityNames(ctx context.Context, key, lower string, limit int) ([]store.EntityName, error) {
	query, args := store.EntityNamesSQL(key, lower, limit, func(i int) string { return fmt.Sprintf("$%d", i) })
	rows, err := db.pool.Query(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("entity names: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (e store.EntityName, err error) {
		var docs, mentions int64
		err = r.Scan(&e.Name, &e.NameKey, &e.Type, &e.Country, &e.Actor, &e.ActorID, &docs, &mentions)
		e.Documents, e.Mentions = int(docs), int(mentions)
		return e, err
	})
	if err != nil {
		return nil, fmt.Errorf("entity names: %w", err)
	}
	return out, nil
}
