package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"rasad/internal/ingest"
	"rasad/internal/pipeline"
	"rasad/internal/store/sqlite"
	"rasad/internal/store/storetest"
)

func TestReanalyse(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "old.db")
	st, err := sqlite.Open(ctx, db, storetest.Versioned{Name: "clitics-0"})
	if err != nil {
		t.Fatal(err)
	}
	corpus, _ := writeCorpus(t, 3)
	if _, err := ingest.Run(ctx, pipeline.New(), st, []string{corpus}, nil, ingest.Options{Workers: 1}); err != nil {
		t.Fatal(err)
	}
	st.Close()

	_, stderr, code := runCmd(t, "", "search", "--db", db, "بوتين")
	if code != 0 || !strings.Contains(stderr, "rasad reanalyse --db "+db) {
		t.Errorf("search in a stale archive: exit %d, stderr %q; want a warning naming rasad reanalyse", code, stderr)
	}
	_, stderr, code = runCmd(t, "", "reanalyse", "--db", db)
	if code != 0 || !strings.Contains(stderr, "reanalysed 3 articles") || !strings.Contains(stderr, "3 replaced") {
		t.Errorf("reanalyse: exit %d, stderr %q; want 3 articles replaced", code, stderr)
	}
	_, stderr, code = runCmd(t, "", "search", "--db", db, "بوتين")
	if code != 0 || strings.Contains(stderr, "reanalyse") {
		t.Errorf("search after reanalyse: exit %d, stderr %q; want no warning", code, stderr)
	}
	_, stderr, code = runCmd(t, "", "reanalyse", "--db", db, "extra")
	if code != 2 {
		t.Errorf("reanalyse with an argument: exit %d, stderr %q; want 2", code, stderr)
	}
}
