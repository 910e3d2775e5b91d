package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"rasad/internal/ingest"
	"rasad/internal/ner"
	"rasad/internal/pipeline"
	"rasad/internal/store/sqlite"
	"rasad/internal/store/storetest"
)

func TestReanalyse(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "rasad.db")
	old, err := sqlite.Open(ctx, path, storetest.Versioned{Name: "clitics-0"})
	if err != nil {
		t.Fatal(err)
	}
	c, errs := run(t, old, corpus(t), "")
	if c.Inserted != 3 {
		t.Fatalf("ingest: %+v, errors %q; want 3 inserted", c, errs)
	}
	if ids := mustStale(t, old, pipeline.New().Extractor(), 10); len(ids) != 0 {
		t.Fatalf("under the analyzer that stored them: stale %v", ids)
	}
	old.Close()

	db, err := sqlite.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ids := mustStale(t, db, pipeline.New().Extractor(), 10)
	if len(ids) != 3 {
		t.Fatalf("opened with a newer analyzer: %d stale documents, want 3", len(ids))
	}
	before, err := db.Get(ctx, ids[0])
	if err != nil {
		t.Fatal(err)
	}
	var calls int
	c, err = ingest.Reanalyse(ctx, pipeline.New(), db, 2, func(ingest.Counts) { calls++ })
	if err != nil {
		t.Fatal(err)
	}
	if c.Updated != 3 || c.Articles != 3 || calls != 1 {
		t.Errorf("Reanalyse: %+v after %d progress calls; want 3 updated in one batch", c, calls)
	}
	if ids := mustStale(t, db, pipeline.New().Extractor(), 10); len(ids) != 0 {
		t.Errorf("after Reanalyse: stale %v", ids)
	}
	after, err := db.Get(ctx, before.Doc.ID)
	if err != nil {
		t.Fatal(err)
	}
	if after.Doc.Text != before.Doc.Text || after.Doc.Title != before.Doc.Title || after.Origin != before.Origin ||
		after.SimHash != before.SimHash || len(after.Doc.Entities) != len(before.Doc.Entities) {
		t.Errorf("reanalysed document differs: %+v\nwas %+v", after, before)
	}
	// Nothing left: a second run does nothing.
	if c, err := ingest.Reanalyse(ctx, pipeline.New(), db, 2, nil); err != nil || c.Articles != 0 {
		t.Errorf("second Reanalyse: %+v, %v", c, err)
	}
	// The same files ingested again are current now: unchanged.
	if c, _ := run(t, db, corpus(t), ""); c.Unchanged != 3 {
		t.Errorf("ingest after Reanalyse: %+v; want 3 unchanged", c)
	}
}

// TestReanalyseExtractor: documents made with another named-entity model
// are stale for the default pipeline; Reanalyse makes them anew, and
// ingesting the same text with another model replaces them.
func TestReanalyseExtractor(t *testing.T) {
	ctx := context.Background()
	f, err := os.Open("../../cmd/rasad/testdata/ner.conll")
	if err != nil {
		t.Fatal(err)
	}
	sents, err := ner.ReadCoNLL(f, "ner.conll")
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	rec, err := ner.Train(sents, ner.TrainOptions{Epochs: 1, Bags: 1, Folds: 1})
	if err != nil {
		t.Fatal(err)
	}
	tiny, def := pipeline.NewWith(rec), pipeline.New()
	if tiny.Extractor() == def.Extractor() {
		t.Fatalf("two models, one extractor %q", def.Extractor())
	}
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "rasad.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ingestWith := func(p *pipeline.Pipeline) ingest.Counts {
		c, err := ingest.Run(ctx, p, db, corpus(t), nil, ingest.Options{Workers: 2, Errorf: func(error) {}})
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	if c := ingestWith(tiny); c.Inserted != 3 {
		t.Fatalf("ingest with the tiny model: %+v, want 3 inserted", c)
	}
	if ids := mustStale(t, db, tiny.Extractor(), 10); len(ids) != 0 {
		t.Errorf("for the model that made them: stale %v", ids)
	}
	if ids := mustStale(t, db, def.Extractor(), 10); len(ids) != 3 {
		t.Fatalf("for the default model: %d stale, want 3", len(ids))
	}
	c, err := ingest.Reanalyse(ctx, def, db, 2, nil)
	if err != nil || c.Updated != 3 {
		t.Fatalf("Reanalyse: %+v, %v; want 3 updated", c, err)
	}
	if ids := mustStale(t, db, def.Extractor(), 10); len(ids) != 0 {
		t.Errorf("after Reanalyse: stale %v", ids)
	}
	if c := ingestWith(def); c.Unchanged != 3 {
		t.Errorf("ingest again with the default model: %+v, want 3 unchanged", c)
	}
	if c := ingestWith(tiny); c.Updated != 3 {
		t.Errorf("ingest again with the tiny model: %+v, want 3 updated", c)
	}
}

func mustStale(t *testing.T, db *sqlite.DB, extractor string, limit int) []string {
	t.Helper()
	ids, err := db.Stale(context.Background(), extractor, limit)
	if err != nil {
		t.Fatal(err)
	}
	return ids
}
