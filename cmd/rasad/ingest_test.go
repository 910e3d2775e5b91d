package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"rasad/internal/news"
	"rasad/internal/pipeline"
	"rasad/internal/search"
	"rasad/internal/seed"
	"rasad/internal/store"
	"rasad/internal/store/sqlite"
)

// buildRasad builds the real binary once for the end-to-end tests.
func buildRasad(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "rasad")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// writeCorpus writes n articles as JSON Lines, each made of sentences of the
// reference article in a different order and a marker word of its own.
func writeCorpus(t *testing.T, n int) (string, []news.Article) {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(seed.Text(t)), "\n")
	path := filepath.Join(t.TempDir(), "corpus.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	var arts []news.Article
	for i := range n {
		var body []string
		for j := range 5 {
			body = append(body, lines[1+(i*7+j*3)%(len(lines)-1)])
		}
		body = append(body, fmt.Sprintf("marker%05d", i))
		a := news.Article{Title: lines[0], Text: strings.Join(body, "\n"), Published: "2023-04-16",
			URL: fmt.Sprintf("https://news.example/%d", i)}
		arts = append(arts, a)
		if err := enc.Encode(a); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return path, arts
}

// TestIngestKilled kills an ingest with SIGKILL halfway, then checks that
// every article is either whole (document, entities, search row) or absent,
// and that a second ingest completes the set with no duplicates.
func TestIngestKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and ingests a corpus")
	}
	bin := buildRasad(t)
	corpus, arts := writeCorpus(t, 1500)
	db := filepath.Join(t.TempDir(), "rasad.db")

	cmd := exec.Command(bin, "ingest", "--quiet", "--db", db, corpus)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill it once some documents are in, well before the end.
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
		if n := countDocuments(t, db); n >= 100 {
			break
		}
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()

	stored := checkWhole(t, db, arts)
	if stored == 0 || stored == len(arts) {
		t.Fatalf("killed ingest stored %d of %d articles; the test needs a partial run", stored, len(arts))
	}
	t.Logf("killed after %d of %d articles", stored, len(arts))

	out, err := exec.Command(bin, "ingest", "--quiet", "--db", db, corpus).CombinedOutput()
	if err != nil {
		t.Fatalf("second ingest: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), fmt.Sprintf("%d new", len(arts)-stored)) {
		t.Errorf("second ingest: %s; want %d new", out, len(arts)-stored)
	}
	if n := checkWhole(t, db, arts); n != len(arts) {
		t.Errorf("after the second ingest %d of %d articles are stored", n, len(arts))
	}
}

func countDocuments(t *testing.T, path string) int {
	if _, err := os.Stat(path); err != nil {
		return 0
	}
	st, err := sqlite.Open(context.Background(), path, nil)
	if err != nil {
		return 0 // the writer may hold the schema lock at first
	}
	defer st.Close()
	s, err := st.Stats(context.Background())
	if err != nil {
		return 0
	}
	return s.Documents
}

// checkWhole verifies that each article is stored whole or not at all, and
// returns how many are stored.
func checkWhole(t *testing.T, path string, arts []news.Article) int {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, path, nil)
	if err != nil {
		t.Fatalf("open after kill: %v", err)
	}
	defer st.Close()
	p := pipeline.New()
	stored, entities := 0, 0
	for i, a := range arts {
		id := pipeline.ID(a)
		rec, err := st.Get(ctx, id)
		if errors.Is(err, store.ErrNotFound) {
			continue
		}
		if err != nil {
			t.Fatalf("get %s: %v", id, err)
		}
		stored++
		want := p.Run(a)
		if len(rec.Doc.Entities) != len(want.Entities) || len(rec.Doc.Events) != len(want.Events) || rec.Doc.Text != want.Text {
			t.Errorf("article %d stored partly: %d entities, %d events; want %d, %d", i, len(rec.Doc.Entities), len(rec.Doc.Events), len(want.Entities), len(want.Events))
		}
		entities += len(want.Entities)
		q, _ := search.Parse(fmt.Sprintf("marker%05d", i))
		res, err := st.Search(ctx, q, store.Page{})
		if err != nil || res.Total != 1 || res.Hits[0].ID != id {
			t.Errorf("article %d: its search row is missing or doubled: %+v, %v", i, res, err)
		}
	}
	s, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s.Documents != stored || s.Entities != entities {
		t.Errorf("stats: %d documents, %d entities; the stored documents hold %d and %d", s.Documents, s.Entities, stored, entities)
	}
	return stored
}
