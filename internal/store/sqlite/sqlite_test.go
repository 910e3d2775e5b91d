package sqlite_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"rasad/internal/search"
	"rasad/internal/store"
	"rasad/internal/store/sqlite"
	"rasad/internal/store/storetest"
)

func open(t *testing.T) store.Store {
	return storetest.Opener(sqlite.Open, filepath.Join(t.TempDir(), "rasad.db"))(t, nil)
}

func TestContract(t *testing.T) { storetest.Run(t, open) }

func TestStale(t *testing.T) {
	path := filepath.Join(t.TempDir(), "rasad.db")
	storetest.Stale(t, storetest.Opener(sqlite.Open, path))
}

// FuzzSearch runs any query against a real archive: it must give results
// or an error that wraps search.ErrQuery, never an SQL error.
func FuzzSearch(f *testing.F) {
	for _, h := range storetest.Hostile {
		f.Add(h)
	}
	f.Add(`"وزير الدفاع" OR (روس* -أوكرانيا) from:2023`)
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(f.TempDir(), "rasad.db"), nil)
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	if _, err := store.Put(ctx, db, store.Entry{Doc: storetest.ReferenceDocument(f)}); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, in string) {
		q, err := search.Parse(in)
		if err != nil {
			return
		}
		if _, err := db.Search(ctx, q, store.Page{}); err != nil && !errors.Is(err, search.ErrQuery) {
			t.Fatalf("Search(%q): %v", in, err)
		}
	})
}

func Example() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "rasad")
	defer os.RemoveAll(dir)
	db, err := sqlite.Open(ctx, filepath.Join(dir, "rasad.db"), nil)
	if err != nil {
		panic(err)
	}
	defer db.Close()
	doc := storetest.NewDocument("a1", "2023-04-16", "إيصال نيوز",
		"بوتين يستقبل وزير الدفاع الصيني\nاجتمع الرئيس الروسي فلاديمير بوتين الأحد مع وزير الدفاع الصيني في موسكو.")
	out, _ := store.Put(ctx, db, store.Entry{Doc: doc})
	again, _ := store.Put(ctx, db, store.Entry{Doc: doc})
	fmt.Println(out, again)

	q, _ := search.Parse(`"الدفاع الصيني" موسكو`)
	res, err := db.Search(ctx, q, store.Page{SnippetBytes: 80})
	if err != nil {
		panic(err)
	}
	for _, h := range res.Hits {
		fmt.Println(h.ID, h.Snippet.Mark("[", "]"))
	}
	// Output:
	// inserted unchanged
	// a1 … بوتين الأحد مع وزير [الدفاع] [الصيني] في [موسكو].
}

func TestFeedContract(t *testing.T) {
	storetest.Feeds(t, func(t *testing.T) storetest.FeedStore {
		db := open(t).(*sqlite.DB)
		t.Cleanup(func() { db.Close() })
		return db
	})
}
