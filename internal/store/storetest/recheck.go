package storetest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"

	"rasad/internal/store"
)

// testRecheck: an entry asking for it (Entry.NearDistance) is linked to a
// near-duplicate stored since the ingester looked, inside PutBatch's
// transaction; so are two copies stored at once by two writers.
func testRecheck(t *testing.T, s store.Store) {
	ctx := context.Background()
	dupOf := func(id string) string {
		t.Helper()
		rec, err := s.Get(ctx, id)
		if err != nil {
			t.Fatalf("Get(%s): %v", id, err)
		}
		return rec.DuplicateOf
	}
	const h = 0x0123456789abcdef
	put(t, s, store.Entry{Doc: NewDocument("orig", "2023-01-01", "", "أصل\nنص الخبر"), SimHash: h}, store.Inserted)

	// A copy the ingester took for an original, and one it marked a copy
	// of that copy: both end up copies of the stored original.
	batch := []store.Entry{
		{Doc: NewDocument("copy", "2023-01-02", "", "نسخة\nنص الخبر"), SimHash: h ^ 1, NearDistance: 3},
		{Doc: NewDocument("copy-2", "2023-01-02", "", "نسخة ثانية\nنص الخبر"), SimHash: h ^ 3, DuplicateOf: "copy", NearDistance: 3},
		{Doc: NewDocument("lone", "2023-01-02", "", "وحيد\nنص الخبر"), SimHash: h ^ 4},
		{Doc: NewDocument("far", "2023-01-02", "", "بعيد\nنص آخر"), SimHash: ^uint64(h), NearDistance: 3},
	}
	if _, err := s.PutBatch(ctx, batch); err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"orig", "orig", "", ""} {
		id := batch[i].Doc.ID
		if got := dupOf(id); got != want {
			t.Errorf("%s stored as a near-duplicate of %q, want %q", id, got, want)
		}
		if batch[i].DuplicateOf != want {
			t.Errorf("PutBatch left entry %s's DuplicateOf %q, want %q", id, batch[i].DuplicateOf, want)
		}
	}
	// The original put again is not a copy of its own copies.
	put(t, s, store.Entry{Doc: NewDocument("orig", "2023-01-01", "", "أصل\nنص الخبر معدلا"), SimHash: h, NearDistance: 3}, store.Updated)
	if got := dupOf("orig"); got != "" {
		t.Errorf("the original put again is a near-duplicate of %q", got)
	}
	if _, err := s.PutBatch(ctx, []store.Entry{{Doc: NewDocument("x", "", "", "س\nص"), SimHash: 5, NearDistance: 9}}); err == nil {
		t.Errorf("PutBatch with a near-duplicate distance over the bands' reach: no error")
	}

	// Two writers each store one copy of a story at once.
	const stories = 8
	rng := rand.New(rand.NewPCG(17, 1))
	var wg sync.WaitGroup
	errs := make(chan error, 2*stories)
	for k := range stories {
		base := rng.Uint64() | 1
		for w, hash := range []uint64{base, base ^ 2} {
			id := fmt.Sprintf("story-%d-%d", k, w)
			wg.Go(func() {
				e := store.Entry{Doc: NewDocument(id, "2023-02-01", "", "خبر\nنص "+id), SimHash: hash, NearDistance: 3}
				if _, err := s.PutBatch(ctx, []store.Entry{e}); err != nil {
					errs <- err
				}
			})
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	for k := range stories {
		a, b := fmt.Sprintf("story-%d-0", k), fmt.Sprintf("story-%d-1", k)
		da, db := dupOf(a), dupOf(b)
		if (da == b) == (db == a) || da != "" && da != b || db != "" && db != a {
			t.Errorf("%s and %s stored at once: near-duplicates of %q and %q, want one the other's", a, b, da, db)
		}
	}
}
