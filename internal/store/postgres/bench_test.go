package postgres_test

import (
	"context"
	"os"
	"strconv"
	"sync"
	"testing"
	"time"

	"rasad/internal/store/postgres"
	"rasad/internal/store/storetest"
)

// openBench opens a store in schema, emptied first when fresh is set.
func openBench(b *testing.B, schema string, fresh bool) *postgres.DB {
	base := os.Getenv("DATABASE_URL")
	if base == "" {
		b.Skip("DATABASE_URL is not set")
	}
	db, err := postgres.Open(context.Background(), storetest.PostgresBenchSchema(b, base, schema, fresh), nil)
	if err != nil {
		b.Fatal(err)
	}
	if fresh {
		b.Cleanup(func() { db.Close() })
	} // else the store lives as long as the test binary, for every run of a benchmark
	return db
}

func BenchmarkPut(b *testing.B) {
	db := openBench(b, "rasad_bench_put", true)
	storetest.BenchPut(b, db)
}

func BenchmarkPutBatch64(b *testing.B) {
	db := openBench(b, "rasad_bench_putbatch", true)
	storetest.BenchPutBatch(b, db, 64)
}

var (
	filled   *postgres.DB
	fillOnce sync.Once
	fillErr  error
	fillTime time.Duration
)

// BenchmarkSearch searches RASAD_BENCH_DOCS synthetic documents (20,000 by
// default) in the schema rasad_bench, which is kept between runs and
// filled when it is empty.
func BenchmarkSearch(b *testing.B) {
	fillOnce.Do(func() {
		n := 20000
		if v, err := strconv.Atoi(os.Getenv("RASAD_BENCH_DOCS")); err == nil && v > 0 {
			n = v
		}
		db := openBench(b, "rasad_bench", false)
		ctx := context.Background()
		filled = db
		if st, err := db.Stats(ctx); err != nil || st.Documents > 0 {
			fillErr = err
			return
		}
		fillTime, fillErr = storetest.Fill(ctx, b, db, n, 2)
	})
	if fillErr != nil {
		b.Fatal(fillErr)
	}
	st, err := filled.Stats(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	if fillTime > 0 {
		b.Logf("filled in %v (%.0f docs/s)", fillTime.Round(time.Millisecond), float64(st.Documents)/fillTime.Seconds())
	}
	b.Logf("archive of %d documents, %d bytes (%.1f KB a document)", st.Documents, st.Bytes, float64(st.Bytes)/float64(st.Documents)/1024)
	storetest.BenchSearch(b, filled)
}
