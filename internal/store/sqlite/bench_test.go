package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"rasad/internal/store/sqlite"
	"rasad/internal/store/storetest"
)

func BenchmarkPut(b *testing.B) {
	db, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "rasad.db"), nil)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	storetest.BenchPut(b, db)
}

func BenchmarkPutBatch64(b *testing.B) {
	db, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "rasad.db"), nil)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	storetest.BenchPutBatch(b, db, 64)
}

var (
	filled    *sqlite.DB
	fillOnce  sync.Once
	fillDocs  int
	fillErr   error
	fillTime  time.Duration
	fillBytes int64
)

// BenchmarkSearch searches an archive of RASAD_BENCH_DOCS synthetic
// documents (20,000 by default), filled once per run.
func BenchmarkSearch(b *testing.B) {
	fillOnce.Do(func() {
		fillDocs = 20000
		if n, err := strconv.Atoi(os.Getenv("RASAD_BENCH_DOCS")); err == nil && n > 0 {
			fillDocs = n
		}
		// RASAD_BENCH_DB keeps the archive between runs (it is filled only
		// when it does not exist); by default it is a temporary file.
		path := os.Getenv("RASAD_BENCH_DB")
		if path == "" {
			dir, err := os.MkdirTemp("", "rasad-bench")
			if err != nil {
				fillErr = err
				return
			}
			path = filepath.Join(dir, "rasad.db")
		}
		_, statErr := os.Stat(path)
		ctx := context.Background()
		db, err := sqlite.Open(ctx, path, nil)
		if err != nil {
			fillErr = err
			return
		}
		filled = db
		if statErr == nil {
			st, _ := db.Stats(ctx)
			fillDocs, fillBytes = st.Documents, st.Bytes
			return
		}
		if fillTime, fillErr = storetest.Fill(ctx, b, db, fillDocs, 2); fillErr != nil {
			return
		}
		st, _ := db.Stats(ctx)
		fillBytes = st.Bytes
	})
	if fillErr != nil {
		b.Fatal(fillErr)
	}
	if fillTime > 0 {
		b.Logf("archive of %d documents filled in %v (%.0f docs/s)", fillDocs, fillTime.Round(time.Millisecond), float64(fillDocs)/fillTime.Seconds())
	}
	b.Logf("archive of %d documents, %d bytes (%.1f KB a document)", fillDocs, fillBytes, float64(fillBytes)/float64(fillDocs)/1024)
	storetest.BenchSearch(b, filled)
}
