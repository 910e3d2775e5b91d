package postgres_test

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

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
	storetest.Stale(t, storetest.Opener(postgres.Open, freshSchema(t)))
}

func TestTSVector(t *testing.T) {
	many := strings.Repeat("x ", 300) + "y"
	var manyWant strings.Builder
	manyWant.WriteString("'x':1")
	for i := 2; i <= 256; i++ {
		manyWant.WriteString("," + strconv.Itoa(i))
	}
	manyWant.WriteString(" 'y':301")
	tests := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"repeats, in byte order", "بوتين قال بوتين", "'بوتين':1,3 'قال':2"},
		{"latin before arabic", "putin 2023 قال", "'2023':2 'putin':1 'قال':3"},
		{"a prefix first", "ab a", "'a':2 'ab':1"},
		{"empty keys keep their place", "a  b", "'a':1 'b':3"},
		{"first 256 positions", many, manyWant.String()},
		{"positions past the last share it", strings.Repeat("x ", 16400) + "y z", "'x':1" + positions(2, 256) + " 'y':16383 'z':16383"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := postgres.TSVector(tt.in).String()
			if got != tt.want {
				t.Errorf("TSVector(%.40q) = %.200q, want %.200q", tt.in, got, tt.want)
			}
		})
	}
}

// positions returns ",from,...,to".
func positions(from, to int) string {
	var b strings.Builder
	for i := from; i <= to; i++ {
		b.WriteString("," + strconv.Itoa(i))
	}
	return b.String()
}

// TestTSVectorServer checks that the server takes TSVector's binary form
// as the tsvector its text input makes of the same keys, unsorted as they
// come, and that its lexemes come in the server's order.
func TestTSVectorServer(t *testing.T) {
	if os.Getenv("DATABASE_URL") == "" {
		t.Skip("DATABASE_URL is not set")
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, os.Getenv("DATABASE_URL"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	for _, keys := range []string{
		"", "بوتين قال بوتين", "putin 2023 قال", "ab a", `o'neil a\b`, "ز ي و ه ن م ل ك ق ف غ ع ظ ط ض ص ش س ز ر ذ د خ ح ج ث ت ب ا",
		strings.Repeat("x y ", 200), strings.Repeat("w ", 16400) + "v",
	} {
		tsv := postgres.TSVector(keys)
		// The server's own reading of the keys: each at its position.
		var text strings.Builder
		for i, k := range strings.Fields(keys) {
			fmt.Fprintf(&text, "'%s':%d ", strings.NewReplacer(`'`, `''`, `\`, `\\`).Replace(k), min(i+1, 16383))
		}
		var same bool
		var printed string
		if err := conn.QueryRow(ctx, "SELECT $1::tsvector = $2::text::tsvector, $1::tsvector::text", tsv, text.String()).Scan(&same, &printed); err != nil {
			t.Fatalf("%.40q: %v", keys, err)
		}
		if !same {
			t.Errorf("%.40q: the server reads %.100q, not what its text input makes of the keys", keys, printed)
		}
		// In the server's order already (String escapes quotes its own way).
		if !strings.ContainsAny(keys, `'\`) && printed != tsv.String() {
			t.Errorf("%.40q: the server prints %.100q, String %.100q", keys, printed, tsv.String())
		}
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
