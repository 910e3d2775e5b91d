package postgres_test

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"rasad/internal/search"
	"rasad/internal/store"
	"rasad/internal/store/postgres"
	"rasad/internal/store/storetest"
)

var schemas atomic.Int64

// open returns a store in a fresh schema of the server at DATABASE_URL,
// dropped when the test ends.
func open(t *testing.T) store.Store {
	url := freshSchema(t)
	db, err := postgres.Open(context.Background(), url, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// freshSchema creates a schema on the server at DATABASE_URL, dropped when
// the test ends, and returns the URL that uses it.
func freshSchema(t *testing.T) string {
	schema := fmt.Sprintf("rasad_test_%d_%d", time.Now().UnixNano()%1e9, schemas.Add(1))
	return storetest.PostgresSchema(t, os.Getenv("DATABASE_URL"), schema)
}

func TestContract(t *testing.T) {
	if os.Getenv("DATABASE_URL") == "" {
		t.Skip("DATABASE_URL is not set: the PostgreSQL contract tests did not run")
	}
	storetest.Run(t, open)
}

func TestStale(t *testing.T) {
	if os.Getenv("DATABASE_URL") == "" {
		t.Skip("DATABASE_URL is not set: the PostgreSQL contract tests did not run")
	}
	url := freshSchema(t)
	storetest.Stale(t, func(t *testing.T, a search.Analyzer) store.Store {
		db, err := postgres.Open(context.Background(), url, a)
		if err != nil {
			t.Fatal(err)
		}
		return db
	})
}

func TestTSVector(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"repeats", "بوتين قال بوتين", "'بوتين':1,3 'قال':2"},
		{"latin", "putin 2023", "'putin':1 '2023':2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := postgres.TSVector(tt.in); got != tt.want {
				t.Errorf("TSVector(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTSVectorEscapes(t *testing.T) {
	if got, want := postgres.TSVector(`o'neil a\b`), `'o''neil':1 'a\\b':2`; got != want {
		t.Errorf("TSVector = %q, want %q", got, want)
	}
}

func TestFeedContract(t *testing.T) {
	if os.Getenv("DATABASE_URL") == "" {
		t.Skip("DATABASE_URL is not set: the PostgreSQL contract tests did not run")
	}
	storetest.Feeds(t, func(t *testing.T) storetest.FeedStore { return open(t).(*postgres.DB) })
}

// TestNearMany checks that NearMany finds for each SimHash what Near finds.
func TestNearMany(t *testing.T) {
	if os.Getenv("DATABASE_URL") == "" {
		t.Skip("DATABASE_URL is not set")
	}
	ctx := context.Background()
	db, err := postgres.Open(ctx, freshSchema(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	stored := []uint64{0xF0F0F0F0F0F0F0F0, 0xF0F0F0F0F0F0F0F1, 0x0123456789ABCDEF, 0xFFFF0000FFFF0000}
	var entries []store.Entry
	for i, h := range stored {
		entries = append(entries, store.Entry{Doc: storetest.NewDocument(fmt.Sprintf("near-%d", i), "2023-01-01", "", "عنوان\nنص رقم "+strconv.Itoa(i)), SimHash: h})
	}
	if _, err := db.PutBatch(ctx, entries); err != nil {
		t.Fatal(err)
	}
	queries := []uint64{0xF0F0F0F0F0F0F0F3, 0x0123456789ABCDEE, 0, 0x5555555555555555, 0xFFFF0000FFFF0007}
	for _, dist := range []int{0, 3} {
		many, err := db.NearMany(ctx, queries, dist)
		if err != nil {
			t.Fatal(err)
		}
		for i, h := range queries {
			one, err := db.Near(ctx, h, dist)
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(many[i]) != fmt.Sprint(one) {
				t.Errorf("NearMany(%x, %d) = %v, Near = %v", h, dist, many[i], one)
			}
		}
	}
	if got, _ := db.NearMany(ctx, queries[:1], 3); len(got[0]) != 2 {
		t.Errorf("NearMany(%x, 3) = %v, want 2 documents", queries[0], got[0])
	}
}
