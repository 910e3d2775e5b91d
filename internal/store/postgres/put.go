package postgres

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"

	"rasad/internal/store"
)

// PutBatch implements store.Store. It writes a batch in a few round trips
// whatever its size (locks, the stored versions, the deletions of replaced
// documents, the new sequence numbers, then every row of every table in one
// pipelined batch of multi-row statements), instead of several per
// document: the server is then busy writing rather than waiting for the
// client. An id that comes back within a batch starts a new run, so that
// the later entry sees the earlier one stored, as separate Puts would.
func (db *DB) PutBatch(ctx context.Context, entries []store.Entry) ([]store.Outcome, error) {
	prepared, err := store.PrepareAll(entries, db.analyzer)
	if err != nil {
		return nil, err
	}
	out := make([]store.Outcome, len(prepared))
	// New index terms go into the vocabulary first, committed on their
	// own: inserted inside the documents' transaction, a term that another
	// writer's open transaction holds made this one wait for that commit,
	// so that two workers storing at once took turns. Terms whose documents
	// then fail to commit are harmless: the vocabulary may hold more than
	// the documents (a search keeps a form that matches nothing), never less.
	if err := db.addVocab(ctx, prepared); err != nil {
		return nil, err
	}
	// The statements run on a context the caller cannot cancel, and ctx is
	// checked between them and before the commit instead: pgx answers a
	// cancelled context by an asynchronous cancel request, which may reach
	// the server after the statement it was meant for, and a batch then
	// stopped half way was found committed without its rows.
	err = pgx.BeginFunc(context.WithoutCancel(ctx), db.pool, func(tx pgx.Tx) error {
		if err := recheckNear(ctx, tx, prepared, entries); err != nil {
			return err
		}
		for start := 0; start < len(prepared); {
			end := runEnd(prepared, start)
			if err := putRun(ctx, tx, prepared[start:end], out[start:end]); err != nil {
				if end-start == 1 {
					return fmt.Errorf("put %s: %w", prepared[start].ID, err)
				}
				return fmt.Errorf("put %d documents from %s: %w", end-start, prepared[start].ID, err)
			}
			start = end
		}
		return ctx.Err() // a batch cancelled on its way is not committed
	})
	if err != nil {
		if len(prepared) > 1 || !strings.HasPrefix(err.Error(), "put ") {
			err = fmt.Errorf("put: %w", err)
		}
		return nil, err
	}
	return out, nil
}

// nearLockSpace is the first key of the advisory locks on SimHash bands
// (pg_advisory_xact_lock(int, int), a key space apart from the one-key
// locks on ids and migrations).
const nearLockSpace = 0x6e656172 // "near"

// recheckNear looks up again, in tx, the near-duplicates of the entries to
// be rechecked (Entry.NearDistance), and marks each a near-duplicate of the
// original found. It first locks the SimHash bands of those entries, in
// one order: two writers storing near-duplicates share a band, so the
// second waits until the first commits and then finds its copy.
func recheckNear(ctx context.Context, tx pgx.Tx, prepared []*store.Prepared, entries []store.Entry) error {
	var bands []int64
	var which []int32
	ids := make([]string, len(prepared))
	for i, p := range prepared {
		ids[i] = p.ID
		if p.Recheck() {
			for _, b := range p.Bands {
				bands, which = append(bands, b), append(which, int32(i))
			}
		}
	}
	if len(bands) == 0 {
		return nil
	}
	q := context.WithoutCancel(ctx) // for the statements; see PutBatch
	if _, err := tx.Exec(q, `SELECT count(pg_advisory_xact_lock($2, k)) FROM
		(SELECT DISTINCT hashint8(b) AS k FROM unnest($1::bigint[]) b ORDER BY 1) keys`, bands, nearLockSpace); err != nil {
		return fmt.Errorf("lock near-duplicates: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	// A document already stored was linked when it was first stored: it is
	// not looked up again.
	rows, err := tx.Query(q, `SELECT DISTINCT q.i, d.id, coalesce(d.duplicate_of, ''), d.simhash
		FROM unnest($1::bigint[], $2::int[]) AS q(band, i)
		JOIN simbands s ON s.band = q.band JOIN documents d ON d.seq = s.doc
		WHERE NOT EXISTS (SELECT 1 FROM documents o WHERE o.id = ($3::text[])[q.i + 1])`, bands, which, ids)
	if err != nil {
		return fmt.Errorf("near: %w", err)
	}
	found := map[int32][]store.Match{}
	for rows.Next() {
		var i int32
		var f store.Match
		var h int64
		if err := rows.Scan(&i, &f.ID, &f.DuplicateOf, &h); err != nil {
			rows.Close()
			return fmt.Errorf("near: %w", err)
		}
		f.SimHash = uint64(h)
		found[i] = append(found[i], f)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("near: %w", err)
	}
	for i, fs := range found {
		prepared[i].DuplicateOf = prepared[i].OriginalOf(fs)
	}
	store.Relink(prepared, entries)
	return nil
}

// addVocab stores the index terms of prepared not known to be stored, in a
// statement of its own; sorted, so that writers take their locks in one order.
func (db *DB) addVocab(ctx context.Context, prepared []*store.Prepared) error {
	var terms []string
	for _, p := range prepared {
		terms = append(terms, db.known.Unknown(p.Vocab)...)
	}
	if len(terms) == 0 {
		return nil
	}
	slices.Sort(terms)
	terms = slices.Compact(terms)
	if err := ctx.Err(); err != nil {
		return err
	}
	// Not cancelled by ctx either: a late cancel request would land on the
	// connection's next statement, the documents' transaction's.
	if _, err := db.pool.Exec(context.WithoutCancel(ctx), `INSERT INTO vocab (term) SELECT t FROM unnest($1::text[]) t
		WHERE NOT EXISTS (SELECT 1 FROM vocab v WHERE v.term = t) ON CONFLICT DO NOTHING`, terms); err != nil {
		return fmt.Errorf("put: vocabulary: %w", err)
	}
	db.known.Add(terms)
	return nil
}

// runEnd returns the end of the run of prepared that starts at start: up to
// the first id the run already holds.
func runEnd(prepared []*store.Prepared, start int) int {
	seen := make(map[string]bool, len(prepared)-start)
	for i := start; i < len(prepared); i++ {
		if seen[prepared[i].ID] {
			return i
		}
		seen[prepared[i].ID] = true
	}
	return len(prepared)
}

// stored is what PutBatch reads of a stored document to decide its outcome.
type stored struct {
	seq                            int64
	hash                           []byte
	published, analyzer, extractor string
}

// putRun writes a run of documents with distinct ids in tx, setting out.
func putRun(ctx context.Context, tx pgx.Tx, run []*store.Prepared, out []store.Outcome) error {
	q := context.WithoutCancel(ctx) // for the statements; see PutBatch
	ids := make([]string, len(run))
	for i, p := range run {
		ids[i] = p.ID
	}
	// Two ingesters putting the same new id wait for each other here; the
	// locks are taken in one order (of their keys), so that two batches
	// never wait for each other in a circle.
	if err := ctx.Err(); err != nil {
		return err
	}
	if _, err := tx.Exec(q, `SELECT count(pg_advisory_xact_lock(k)) FROM
		(SELECT DISTINCT hashtext(id) AS k FROM unnest($1::text[]) id ORDER BY 1) keys`, ids); err != nil {
		return fmt.Errorf("lock: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	rows, err := tx.Query(q, "SELECT id, seq, text_hash, published, analyzer, extractor FROM documents WHERE id = ANY($1)", ids)
	if err != nil {
		return fmt.Errorf("read stored versions: %w", err)
	}
	have := map[string]stored{}
	for rows.Next() {
		var id string
		var s stored
		if err := rows.Scan(&id, &s.seq, &s.hash, &s.published, &s.analyzer, &s.extractor); err != nil {
			rows.Close()
			return fmt.Errorf("read stored versions: %w", err)
		}
		have[id] = s
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read stored versions: %w", err)
	}
	var write []*store.Prepared
	var replaced []int64
	for i, p := range run {
		if err := ctx.Err(); err != nil {
			return err
		}
		s, ok := have[p.ID]
		switch {
		case !ok:
			out[i] = store.Inserted
		case bytes.Equal(s.hash, p.TextHash) && s.published == p.Published && s.analyzer == p.Analyzer && s.extractor == p.Extractor:
			out[i] = store.Unchanged
			continue
		default:
			out[i] = store.Updated
			replaced = append(replaced, s.seq)
		}
		write = append(write, p)
	}
	if len(write) == 0 {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if len(replaced) > 0 {
		if _, err := tx.Exec(q, "DELETE FROM documents WHERE seq = ANY($1)", replaced); err != nil {
			return fmt.Errorf("delete replaced versions: %w", err)
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	rows, err = tx.Query(q, "SELECT nextval(pg_get_serial_sequence('documents', 'seq')) FROM generate_series(1, $1)", len(write))
	if err != nil {
		return fmt.Errorf("number documents: %w", err)
	}
	seqs, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return fmt.Errorf("number documents: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return tx.SendBatch(q, rowsBatch(write, seqs)).Close()
}

// rowsBatch returns the statements that insert the documents of write
// (numbered seqs) and all their rows, one multi-row statement a table.
func rowsBatch(write []*store.Prepared, seqs []int64) *pgx.Batch {
	b := &pgx.Batch{}
	var d docColumns
	var bands [2][]int64
	var ents entityColumns
	var quotes quoteColumns
	var dates dateColumns
	var evs eventColumns
	for i, p := range write {
		seq := seqs[i]
		d.add(seq, p)
		if p.SimHash != 0 {
			for _, band := range p.Bands {
				bands[0], bands[1] = append(bands[0], band), append(bands[1], seq)
			}
		}
		for j, e := range p.Entities {
			ents.add(seq, j, e)
		}
		for j, q := range p.Quotes {
			quotes.add(seq, j, q)
		}
		for j, v := range p.Dates {
			dates.doc, dates.idx = append(dates.doc, seq), append(dates.idx, int32(j))
			dates.text, dates.value = append(dates.text, v.Text), append(dates.value, v.Value)
			dates.start, dates.end = append(dates.start, int32(v.Start)), append(dates.end, int32(v.End))
		}
		for j, v := range p.Events {
			evs.add(seq, j, v)
		}
	}
	b.Queue(`INSERT INTO documents
		(seq, id, title, published, source, url, origin, text_hash, simhash, duplicate_of, story, doc, text, terms, offsets, tsv, analyzer, extractor)
		SELECT seq, id, title, published, source, url, origin, text_hash, simhash, duplicate_of, story, doc, text, terms, offsets, tsv, analyzer, extractor
		FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bytea[], $9::bigint[],
			$10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::bytea[], $16::tsvector[], $17::text[], $18::text[])
		AS r(seq, id, title, published, source, url, origin, text_hash, simhash, duplicate_of, story, doc, text, terms, offsets, tsv, analyzer, extractor)`,
		d.seq, d.id, d.title, d.published, d.source, d.url, d.origin, d.hash, d.simhash, d.duplicateOf, d.story, d.doc,
		d.text, d.terms, d.offsets, d.tsv, d.analyzer, d.extractor)
	if len(bands[0]) > 0 {
		b.Queue("INSERT INTO simbands (band, doc) SELECT * FROM unnest($1::bigint[], $2::bigint[])", bands[0], bands[1])
	}
	if len(ents.doc) > 0 {
		b.Queue(`INSERT INTO entities (doc, idx, name, name_key, type, country, actor, actor_id, mentions)
			SELECT * FROM unnest($1::bigint[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[])`,
			ents.doc, ents.idx, ents.name, ents.nameKey, ents.typ, ents.country, ents.actor, ents.actorID, ents.mentions)
	}
	if len(quotes.doc) > 0 {
		b.Queue(`INSERT INTO quotes (doc, idx, speaker, speaker_country, text, direct, start, "end")
			SELECT * FROM unnest($1::bigint[], $2::int[], $3::text[], $4::text[], $5::text[], $6::bool[], $7::int[], $8::int[])`,
			quotes.doc, quotes.idx, quotes.speaker, quotes.country, quotes.text, quotes.direct, quotes.start, quotes.end)
	}
	if len(dates.doc) > 0 {
		b.Queue(`INSERT INTO dates (doc, idx, text, value, start, "end")
			SELECT * FROM unnest($1::bigint[], $2::int[], $3::text[], $4::text[], $5::int[], $6::int[])`,
			dates.doc, dates.idx, dates.text, dates.value, dates.start, dates.end)
	}
	if len(evs.doc) > 0 {
		b.Queue(`INSERT INTO events (doc, idx, code, root, src_name, src_country, src_actor,
			tgt_name, tgt_country, tgt_actor, date, polarity, goldstein, quad_class, json)
			SELECT doc, idx, code, root, src_name, src_country, src_actor, tgt_name, tgt_country, tgt_actor,
				date, polarity, goldstein, quad_class, json
			FROM unnest($1::bigint[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
				$8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::float8[], $14::int[], $15::text[])
			AS r(doc, idx, code, root, src_name, src_country, src_actor, tgt_name, tgt_country, tgt_actor,
				date, polarity, goldstein, quad_class, json)`,
			evs.doc, evs.idx, evs.code, evs.root, evs.srcName, evs.srcCountry, evs.srcActor,
			evs.tgtName, evs.tgtCountry, evs.tgtActor, evs.date, evs.polarity, evs.goldstein, evs.quad, evs.json)
	}
	return b
}

// The columns of a batch's rows, one slice a column, for unnest.
type (
	docColumns struct {
		seq                                                         []int64
		simhash                                                     []*int64
		id, title, published, source, url, origin, story, doc, text []string
		terms, analyzer, extractor                                  []string
		tsv                                                         []pgtype.TSVector
		duplicateOf                                                 []*string
		hash, offsets                                               [][]byte
	}
	entityColumns struct {
		doc                                         []int64
		idx, mentions                               []int32
		name, nameKey, typ, country, actor, actorID []string
	}
	quoteColumns struct {
		doc                    []int64
		idx, start, end        []int32
		speaker, country, text []string
		direct                 []bool
	}
	dateColumns struct {
		doc             []int64
		idx, start, end []int32
		text, value     []string
	}
	eventColumns struct {
		doc                                                []int64
		idx, quad                                          []int32
		code, root, srcName, srcCountry, srcActor, tgtName []string
		tgtCountry, tgtActor, date, polarity, json         []string
		goldstein                                          []float64
	}
)

func (c *docColumns) add(seq int64, p *store.Prepared) {
	story := p.ID
	if p.DuplicateOf != "" {
		story = p.DuplicateOf
	}
	var simhash *int64
	if p.SimHash != 0 {
		h := int64(p.SimHash)
		simhash = &h
	}
	var dup *string
	if p.DuplicateOf != "" {
		dup = &p.DuplicateOf
	}
	c.seq, c.simhash, c.duplicateOf = append(c.seq, seq), append(c.simhash, simhash), append(c.duplicateOf, dup)
	c.id, c.title, c.published = append(c.id, p.ID), append(c.title, p.Title), append(c.published, p.Published)
	c.source, c.url, c.origin = append(c.source, p.Source), append(c.url, p.URL), append(c.origin, p.Origin)
	c.story, c.doc, c.text = append(c.story, story), append(c.doc, string(p.DocJSON)), append(c.text, p.Text)
	c.terms, c.tsv = append(c.terms, p.Keys), append(c.tsv, TSVector(p.Keys))
	c.analyzer, c.extractor = append(c.analyzer, p.Analyzer), append(c.extractor, p.Extractor)
	c.hash, c.offsets = append(c.hash, p.TextHash), append(c.offsets, p.Offsets)
}

func (c *entityColumns) add(seq int64, i int, e store.EntityRow) {
	c.doc, c.idx, c.mentions = append(c.doc, seq), append(c.idx, int32(i)), append(c.mentions, int32(e.Mentions))
	c.name, c.nameKey, c.typ = append(c.name, e.Name), append(c.nameKey, e.NameKey), append(c.typ, e.Type)
	c.country, c.actor, c.actorID = append(c.country, e.Country), append(c.actor, e.Actor), append(c.actorID, e.ActorID)
}

func (c *quoteColumns) add(seq int64, i int, q store.QuoteRow) {
	c.doc, c.idx = append(c.doc, seq), append(c.idx, int32(i))
	c.start, c.end = append(c.start, int32(q.Start)), append(c.end, int32(q.End))
	c.speaker, c.country = append(c.speaker, q.Speaker), append(c.country, q.SpeakerCountry)
	c.text, c.direct = append(c.text, q.Text), append(c.direct, q.Direct)
}

func (c *eventColumns) add(seq int64, i int, v store.EventRow) {
	c.doc, c.idx, c.quad = append(c.doc, seq), append(c.idx, int32(i)), append(c.quad, int32(v.QuadClass))
	c.code, c.root = append(c.code, v.Code), append(c.root, v.Root)
	c.srcName, c.srcCountry, c.srcActor = append(c.srcName, v.SrcName), append(c.srcCountry, v.SrcCountry), append(c.srcActor, v.SrcActor)
	c.tgtName, c.tgtCountry, c.tgtActor = append(c.tgtName, v.TgtName), append(c.tgtCountry, v.TgtCountry), append(c.tgtActor, v.TgtActor)
	c.date, c.polarity, c.json = append(c.date, v.Date), append(c.polarity, v.Polarity), append(c.json, string(v.JSON))
	c.goldstein = append(c.goldstein, v.Goldstein)
}
