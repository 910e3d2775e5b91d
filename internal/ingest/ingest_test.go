package ingest_test

import (
	"archive/zip"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rasad/internal/article"
	"rasad/internal/ingest"
	"rasad/internal/news"
	"rasad/internal/pipeline"
	"rasad/internal/search"
	"rasad/internal/seed"
	"rasad/internal/store"
	"rasad/internal/store/sqlite"
)

func openDB(t *testing.T) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "rasad.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// corpus is the inputs of a small archive: testdata/corpus (JSON Lines
// with a bad line, a binary file, a hidden file) and the reference
// article: 3 inputs read, 3 articles stored, 2 errors.
func corpus(t *testing.T) []string { return []string{"testdata/corpus", seed.Path(t)} }

func run(t *testing.T, db ingest.Store, paths []string, stdin string) (ingest.Counts, []string) {
	t.Helper()
	var errs []string
	c, err := ingest.Run(context.Background(), pipeline.New(), db, paths, strings.NewReader(stdin), ingest.Options{
		Workers: 2,
		Errorf:  func(err error) { errs = append(errs, err.Error()) },
	})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return c, errs
}

func TestRunFolder(t *testing.T) {
	db := openDB(t)
	c, errs := run(t, db, corpus(t), "")
	if c.Inserted != 3 || c.Errors != 2 || c.Inputs != 3 {
		t.Errorf("first run: %+v, errors %q; want 3 inserted, 2 errors (a bad JSON line, a binary file), 3 inputs", c, errs)
	}
	for _, want := range []string{"wire.jsonl:3: bad JSON", "image.png: binary data"} {
		if !strings.Contains(strings.Join(errs, "\n"), want) {
			t.Errorf("errors %q lack %q", errs, want)
		}
	}
	// The same input again changes nothing.
	c, _ = run(t, db, corpus(t), "")
	if c.Inserted != 0 || c.Unchanged != 3 {
		t.Errorf("second run: %+v; want 3 unchanged", c)
	}
	// A corrected text under the same URL replaces the old version.
	fixed := `{"title":"تظاهرات في بغداد","text":"خرج عشرات الآلاف من المتظاهرين في بغداد يوم الجمعة للمطالبة بإصلاحات.","published":"2019-10-04","url":"https://news.example/a1"}`
	c, _ = run(t, db, []string{"-"}, fixed)
	if c.Updated != 1 {
		t.Errorf("corrected text: %+v; want 1 updated", c)
	}
	st, err := db.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 3 {
		t.Errorf("stored %d documents, want 3", st.Documents)
	}
	q, err := search.Parse("عشرات")
	if err != nil {
		t.Fatal(err)
	}
	res, err := db.Search(context.Background(), q, store.Page{})
	if err != nil || res.Total != 1 {
		t.Errorf("search for the corrected text: %+v, %v", res, err)
	}
}

func TestRunZipAndNearDuplicates(t *testing.T) {
	art := seed.Text(t)
	// Three outlets print the same wire story with their own headline and
	// sign-off; a fourth article is another story.
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	_, body, _ := strings.Cut(art, "\n")
	for i, outlet := range []string{"صحيفة أ", "صحيفة ب", "صحيفة ج"} {
		w, _ := zw.Create(filepath.Join("export", outlet+".txt"))
		w.Write([]byte("عنوان " + outlet + "\n" + body + "\n(" + outlet + ")"))
		_ = i
	}
	w, _ := zw.Create("export/other.txt")
	w.Write([]byte("خبر آخر\nأعلنت وزارة الصحة تسجيل حالات جديدة من الإنفلونزا في عدة مدن خلال الأسبوع الماضي، ودعت المواطنين إلى تلقي اللقاح."))
	zw.Close()
	zpath := filepath.Join(t.TempDir(), "export.zip")
	if err := os.WriteFile(zpath, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	db := openDB(t)
	c, errs := run(t, db, []string{zpath}, "")
	if c.Inserted != 4 || c.Duplicates != 2 || len(errs) != 0 {
		t.Errorf("zip: %+v, errors %q; want 4 inserted of which 2 near-duplicates", c, errs)
	}
	st, _ := db.Stats(context.Background())
	if st.Duplicates != 2 {
		t.Errorf("store counts %d duplicates, want 2", st.Duplicates)
	}
}

func TestRunCancelled(t *testing.T) {
	db := openDB(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := ingest.Run(ctx, pipeline.New(), db, corpus(t), nil, ingest.Options{})
	if err == nil {
		t.Errorf("Run on a cancelled context: no error")
	}
}

// TestRunBlankItems checks that items with neither title nor text are
// skipped and counted, not errors.
func TestRunBlankItems(t *testing.T) {
	db := openDB(t)
	in := "{\"title\":\"خبر\",\"text\":\"نص الخبر عن القاهرة.\",\"published\":\"2023-05-01\"}\n{}\n{\"title\":\" \",\"text\":\"\"}\n"
	c, errs := run(t, db, []string{"-"}, in)
	if c.Inserted != 1 || c.Blank != 2 || c.Errors != 0 || len(errs) != 0 {
		t.Errorf("%+v, errors %q; want 1 inserted, 2 blank, no error", c, errs)
	}
}

// nearMany is a SQLite archive that offers NearMany (as PostgreSQL does),
// answered by Near, and counts its calls.
type nearMany struct {
	*sqlite.DB
	calls int
}

func (s *nearMany) NearMany(ctx context.Context, hashes []uint64, maxDistance int) ([][]store.Match, error) {
	s.calls++
	out := make([][]store.Match, len(hashes))
	for i, h := range hashes {
		var err error
		if out[i], err = s.Near(ctx, h, maxDistance); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// TestNearDuplicatesOfStored checks that copies of a stored story are marked
// near-duplicates of it, whether the store is asked one document at a time
// (Near) or a batch at once (NearMany), including a copy that is near
// another copy of the same batch.
func TestNearDuplicatesOfStored(t *testing.T) {
	_, body, _ := strings.Cut(seed.Text(t), "\n")
	dir := t.TempDir()
	write := func(name, outlet string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("عنوان "+outlet+"\n"+body+"\n("+outlet+")"), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	first := write("a.txt", "صحيفة أ")
	copies := []string{write("b.txt", "صحيفة ب"), write("c.txt", "صحيفة ج")}
	for _, tt := range []struct {
		name string
		many bool
	}{{"Near", false}, {"NearMany", true}} {
		t.Run(tt.name, func(t *testing.T) {
			db := &nearMany{DB: openDB(t)}
			var st ingest.Store = db.DB
			if tt.many {
				st = db
			}
			run(t, st, []string{first}, "")
			c, errs := run(t, st, copies, "")
			if c.Inserted != 2 || c.Duplicates != 2 || len(errs) != 0 {
				t.Errorf("copies: %+v, errors %q; want 2 inserted, both near-duplicates", c, errs)
			}
			if tt.many != (db.calls > 0) {
				t.Errorf("NearMany called %d times", db.calls)
			}
			var orig string
			for i, p := range append([]string{first}, copies...) {
				arts, err := article.ReadFile(p, article.Options{})
				if err != nil {
					t.Fatal(err)
				}
				r, err := db.Get(context.Background(), pipeline.ID(arts[0]))
				if err != nil {
					t.Fatal(err)
				}
				if i == 0 {
					orig = r.Doc.ID
				} else if r.DuplicateOf != orig {
					t.Errorf("%s is a near-duplicate of %q, want the stored %s", p, r.DuplicateOf, orig)
				}
			}
			// The original put again by another extractor: its copies are
			// near it, and it stays their original.
			arts, err := article.ReadFile(first, article.Options{})
			if err != nil {
				t.Fatal(err)
			}
			docs := []news.Document{pipeline.New().Run(arts[0])}
			got, _, err := ingest.Documents(context.Background(), st, arts, docs, "another extractor", 0)
			if err != nil || got[0].Outcome != store.Updated || got[0].DuplicateOf != "" {
				t.Errorf("the original put again: %+v, %v; want it updated, an original", got, err)
			}
			if r, err := db.Get(context.Background(), orig); err != nil || r.DuplicateOf != "" {
				t.Errorf("the original put again: %v, stored as a near-duplicate of %q", err, r.DuplicateOf)
			}
		})
	}
}
