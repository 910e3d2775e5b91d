package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"slices"
	"testing"

	"rasad/internal/search"
	"rasad/internal/store"
	"rasad/internal/store/storetest"
)

// TestMigrateExtractor opens an archive of schema version 4, made before
// documents recorded their extractor: its document is kept, and is stale
// for every extractor until it is put again.
func TestMigrateExtractor(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "rasad.db")
	raw, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range migrations[:4] {
		if _, err := raw.ExecContext(ctx, m); err != nil {
			t.Fatal(err)
		}
	}
	d := storetest.ReferenceDocument(t)
	p, err := store.Prepare(store.Entry{Doc: d}, search.Clitics{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.ExecContext(ctx, `INSERT INTO documents
		(id, title, published, source, url, origin, text_hash, simhash, duplicate_of, story, doc, text, terms, offsets, analyzer)
		VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?, ?, ?)`,
		p.ID, p.Title, p.Published, p.Source, p.URL, p.Origin, p.TextHash, p.ID, p.DocJSON, p.Text, p.Keys, p.Offsets, p.Analyzer); err != nil {
		t.Fatal(err)
	}
	if _, err := raw.ExecContext(ctx, "PRAGMA user_version = 4"); err != nil {
		t.Fatal(err)
	}
	raw.Close()

	db, err := Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if r, err := db.Get(ctx, d.ID); err != nil || r.Doc.Title != d.Title {
		t.Fatalf("after migration: Get = %v, %v", r, err)
	}
	if ids, err := db.Stale(ctx, "", 10); err != nil || len(ids) != 0 {
		t.Errorf(`Stale("") = %v, %v; want none: the analyzer is current`, ids, err)
	}
	if ids, err := db.Stale(ctx, "x-1", 10); err != nil || !slices.Equal(ids, []string{d.ID}) {
		t.Errorf("Stale(x-1) = %v, %v; want [%s]: no extractor was recorded", ids, err, d.ID)
	}
	if out, err := store.Put(ctx, db, store.Entry{Doc: d, Extractor: "x-1"}); err != nil || out != store.Updated {
		t.Errorf("Put with x-1 = %v, %v; want updated", out, err)
	}
	if ids, err := db.Stale(ctx, "x-1", 10); err != nil || len(ids) != 0 {
		t.Errorf("after Put: Stale(x-1) = %v, %v; want none", ids, err)
	}
}
