package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"rasad/internal/news"
	"rasad/internal/search"
	"rasad/internal/seed"
	"rasad/internal/store"
	"rasad/internal/store/sqlite"
)

// An article without a publication date is analysed all the same, but
// extract and events say so on stderr, and the document carries the
// warning; with --published neither does.
func TestUndatedWarnings(t *testing.T) {
	const ref = "../../testdata/article.txt"
	for _, tt := range []struct {
		args []string
		warn bool
	}{
		{[]string{"extract", ref}, true},
		{[]string{"extract", "--published", "2023-04-16", ref}, false},
		{[]string{"events", ref}, true},
		{[]string{"events", "--published", "2023-04-16", ref}, false},
	} {
		out, errOut, code := runCmd(t, "", tt.args...)
		if code != 0 {
			t.Errorf("%v: exit %d, stderr %q", tt.args, code, errOut)
			continue
		}
		warned := strings.Contains(errOut, ref+": warning: no publication date") && strings.Contains(errOut, "--published")
		if warned != tt.warn {
			t.Errorf("%v: stderr %q, want a warning: %v", tt.args, errOut, tt.warn)
		}
		if tt.args[0] != "extract" {
			continue
		}
		var d news.Document
		if err := json.Unmarshal([]byte(out), &d); err != nil {
			t.Fatalf("%v: %v", tt.args, err)
		}
		if got := len(d.Warnings) == 1 && d.Warnings[0] == news.NoPublished; got != tt.warn {
			t.Errorf("%v: warnings %q, want the warning: %v", tt.args, d.Warnings, tt.warn)
		}
	}
}

// ingest dates a file's undated articles by its modification day only with
// --published-from mtime, and counts those it stores undated.
func TestIngestPublishedFromMtime(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "article.txt")
	if err := os.WriteFile(file, []byte(seed.Text(t)), 0o644); err != nil {
		t.Fatal(err)
	}
	day := time.Date(2023, 4, 16, 12, 0, 0, 0, time.UTC)
	if err := os.Chtimes(file, day, day); err != nil {
		t.Fatal(err)
	}
	published := func(db string) string {
		t.Helper()
		st, err := sqlite.Open(t.Context(), db, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		res, err := st.Search(t.Context(), search.Query{Filter: search.Filter{Entities: []string{"li_shangfu"}}}, store.Page{})
		if err != nil || len(res.Hits) != 1 {
			t.Fatalf("search: %v, %v", res, err)
		}
		return res.Hits[0].Published
	}

	db := filepath.Join(dir, "a.db")
	_, errOut, code := runCmd(t, "", "ingest", "--quiet", "--db", db, file)
	if code != 0 || !strings.Contains(errOut, "warning: 1 articles have no publication date") || !strings.Contains(errOut, "--published-from mtime") {
		t.Errorf("ingest without a date: exit %d, stderr %q", code, errOut)
	}
	if got := published(db); got != "" {
		t.Errorf("ingest without a date stored published %q, want none", got)
	}
	// Ingesting it again with the file's date replaces the undated one.
	_, errOut, code = runCmd(t, "", "ingest", "--quiet", "--db", db, "--published-from", "mtime", file)
	if code != 0 || strings.Contains(errOut, "no publication date") || !strings.Contains(errOut, "1 updated") {
		t.Errorf("ingest --published-from mtime: exit %d, stderr %q", code, errOut)
	}
	if got := published(db); got != "2023-04-16" {
		t.Errorf("ingest --published-from mtime stored published %q, want 2023-04-16", got)
	}
	for _, args := range [][]string{
		{"--published-from", "ctime"},
		{"--published-from", "mtime", "--published", "2023-01-01"},
	} {
		_, errOut, code = runCmd(t, "", append(append([]string{"ingest", "--db", db}, args...), file)...)
		if code != 2 || !strings.Contains(errOut, "--published") {
			t.Errorf("ingest %v: exit %d, stderr %q, want a usage error", args, code, errOut)
		}
	}
}

// rasad search resolves names as the API does: a surname of the gazetteer
// (Putin), a name of the archive's own entities.
func TestSearchEntityAsTyped(t *testing.T) {
	db := filepath.Join(t.TempDir(), "a.db")
	if _, errOut, code := runCmd(t, "", "ingest", "--quiet", "--db", db, "--published", "2023-04-16", "../../testdata/article.txt"); code != 0 {
		t.Fatalf("ingest: %s", errOut)
	}
	for _, args := range [][]string{
		{"entity:Putin"}, {"--entity", "لبوتين", "الصين"}, {"entity:شانغفو"},
	} {
		out, errOut, code := runCmd(t, "", append([]string{"search", "--db", db}, args...)...)
		if code != 0 || !strings.Contains(out, "وزير الدفاع الصيني") {
			t.Errorf("search %v: exit %d, %q %q", args, code, out, errOut)
		}
	}
}
