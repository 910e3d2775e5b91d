package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"rasad/internal/search"
	"rasad/internal/store"
	"rasad/internal/store/storetest"
)

// TestMigrateJSONToText checks that an archive written before the JSON
// became text (the documents' doc and the events' json in jsonb, the
// search vector parsed from text) reads back, once migrated, as the same
// document stored by this version: same record, same events, same search.
func TestMigrateJSONToText(t *testing.T) {
	base := os.Getenv("DATABASE_URL")
	if base == "" {
		t.Skip("DATABASE_URL is not set")
	}
	ctx := context.Background()
	e := store.Entry{Doc: storetest.ReferenceDocument(t)}
	prepared, err := store.PrepareAll([]store.Entry{e}, search.Clitics{})
	if err != nil {
		t.Fatal(err)
	}
	p := prepared[0]
	if len(p.Events) == 0 {
		t.Fatal("the reference document has no events to migrate")
	}
	stamp := time.Now().UnixNano() % 1e9
	oldURL := storetest.PostgresSchema(t, base, fmt.Sprintf("rasad_migrate_old_%d", stamp))
	pool, err := pgxpool.New(ctx, oldURL)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	// The schema before the migration, and the rows as that version wrote them.
	err = pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, "CREATE TABLE rasad_schema (version INT NOT NULL)"); err != nil {
			return err
		}
		v, err := store.Migrate(ctx, 0, migrations[:len(migrations)-1], tx.Exec)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, "INSERT INTO rasad_schema VALUES ($1)", v); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `INSERT INTO documents (seq, id, title, published, source, url, origin, text_hash, story,
			doc, text, terms, offsets, tsv, analyzer, extractor)
			VALUES (1, $1, $2, $3, $4, $5, $6, $7, $1, $8::jsonb, $9, $10, $11, $12::tsvector, $13, $14)`,
			p.ID, p.Title, p.Published, p.Source, p.URL, p.Origin, p.TextHash, string(p.DocJSON), p.Text, p.Keys, p.Offsets,
			TSVector(p.Keys).String(), p.Analyzer, p.Extractor); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, "INSERT INTO vocab SELECT unnest($1::text[])", p.Vocab); err != nil {
			return err
		}
		for j, v := range p.Events {
			if _, err := tx.Exec(ctx, `INSERT INTO events VALUES (1, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb)`,
				j, v.Code, v.Root, v.SrcName, v.SrcCountry, v.SrcActor, v.TgtName, v.TgtCountry, v.TgtActor,
				v.Date, v.Polarity, v.Goldstein, v.QuadClass, string(v.JSON)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatalf("the archive before the migration: %v", err)
	}
	old, err := Open(ctx, oldURL, nil)
	if err != nil {
		t.Fatalf("migrate: %v", err)
	}
	defer old.Close()
	fresh, err := Open(ctx, storetest.PostgresSchema(t, base, fmt.Sprintf("rasad_migrate_new_%d", stamp)), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	if _, err := store.Put(ctx, fresh, e); err != nil {
		t.Fatal(err)
	}

	read := func(db *DB) string {
		rec, err := db.Get(ctx, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		var evs []store.EventRecord
		if err := db.Events(ctx, store.EventFilter{}, func(r store.EventRecord) error { evs = append(evs, r); return nil }); err != nil {
			t.Fatal(err)
		}
		q, err := search.Parse(e.Doc.Title)
		if err != nil {
			t.Fatal(err)
		}
		res, err := db.Search(ctx, q, store.Page{Limit: 10})
		if err != nil {
			t.Fatal(err)
		}
		out, err := json.Marshal([]any{rec, evs, res.Total, res.Hits})
		if err != nil {
			t.Fatal(err)
		}
		return string(out)
	}
	if got, want := read(old), read(fresh); got != want {
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		t.Errorf("migrated archive reads, from byte %d:\n%.300s\nstored now:\n%.300s", i, got[i:], want[i:])
	}
	if outcome, err := store.Put(ctx, old, e); err != nil || outcome != store.Unchanged {
		t.Errorf("Put of the migrated document = %v, %v; want unchanged", outcome, err)
	}
}
