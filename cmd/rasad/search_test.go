package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"rasad/internal/ingest"
	"rasad/internal/pipeline"
	"rasad/internal/search"
	"rasad/internal/store/sqlite"
)

// archiveOf3 ingests writeCorpus(t, 3) (published 2023-04-16, each article
// with a marker word) into a new SQLite archive indexed with a (the default
// when nil) and returns its path.
func archiveOf3(t *testing.T, a search.Analyzer) string {
	t.Helper()
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "rasad.db")
	st, err := sqlite.Open(ctx, db, a)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	corpus, _ := writeCorpus(t, 3)
	if _, err := ingest.Run(ctx, pipeline.New(), st, []string{corpus}, nil, ingest.Options{Workers: 1}); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestSearchFilters(t *testing.T) {
	db := archiveOf3(t, nil)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"words", []string{"بوتين"}, "3 documents"},
		{"a filter in the query", []string{"بوتين", "from:2024-01-01"}, "0 documents"},
		{"a flag after the query", []string{"بوتين", "--from", "2024-01-01"}, "0 documents"},
		{"a flag with = after the query", []string{"بوتين", "--to=2023-12-31"}, "3 documents"},
		{"a flag before the query", []string{"--from", "2024-01-01", "بوتين"}, "0 documents"},
		{"-word after a flag is NOT", []string{"بوتين", "--to", "2023-12-31", "-marker00001"}, "2 documents"},
		{"flag and query filter together", []string{"--from", "2023-01-01", "بوتين", "to:2023-01-31"}, "0 documents"},
	}
	for _, args := range [][]string{{"بوتين", "--from"}, {"بوتين", "--n", "many"}} {
		if _, stderr, code := runCmd(t, "", append([]string{"search", "--db", db}, args...)...); code != 2 || !strings.Contains(stderr, "flag") {
			t.Errorf("search %q: exit %d, stderr %q; want 2 and the flag named", args, code, firstLine(stderr))
		}
	}
	// search 'q' -n 1: -n is the flag, not the words "-n" and "1".
	out, stderr, code := runCmd(t, "", "search", "--db", db, "بوتين", "-n", "1")
	if code != 0 || !strings.HasPrefix(out, "3 documents") || !strings.Contains(out, "\n1. ") || strings.Contains(out, "\n2. ") {
		t.Errorf("search بوتين -n 1: exit %d, stderr %q, output:\n%s\nwant 3 documents, one shown", code, stderr, out)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, stderr, code := runCmd(t, "", append([]string{"search", "--db", db}, tt.args...)...)
			if code != 0 || !strings.HasPrefix(out, tt.want) {
				t.Errorf("search %q: exit %d, %q (stderr %q); want %q", tt.args, code, firstLine(out), stderr, tt.want)
			}
		})
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
