package storetest

import (
	"context"
	"slices"
	"testing"

	"rasad/internal/search"
	"rasad/internal/store"
)

// Versioned is search.Clitics under another version name: the same keys,
// as if the analysis had changed. Tests of stale archives open one with it.
type Versioned struct {
	search.Clitics
	Name string
}

// Version implements search.Analyzer.
func (v Versioned) Version() string { return v.Name }

// Stale tests that a store records the analyzer version of each document:
// open must open the same archive each time it is called, analysing with a.
// A document stored under one version is stale when the archive is opened
// with another, until it is put again, which replaces it even though its
// text is the same.
func Stale(t *testing.T, open func(t *testing.T, a search.Analyzer) store.Store) {
	ctx := context.Background()
	d := ReferenceDocument(t)
	other := NewDocument("other", "2023-04-17", "test", "عنوان\nالتقى الرئيس الروسي بوزير الدفاع الصيني في موسكو.")

	old := open(t, Versioned{Name: "test-1"})
	putDocs(t, old, d, other)
	put(t, old, store.Entry{Doc: d}, store.Unchanged)
	if ids, err := old.Stale(ctx, 10); err != nil || len(ids) != 0 {
		t.Fatalf("under the version that stored them: Stale() = %v, %v; want none", ids, err)
	}
	old.Close()

	s := open(t, Versioned{Name: "test-2"})
	defer s.Close()
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Stale != 2 || st.Documents != 2 {
		t.Errorf("under a new version: Stats() = %+v, want 2 documents, 2 stale", st)
	}
	ids, err := s.Stale(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{d.ID, "other"}; !slices.Equal(ids, want) {
		t.Errorf("Stale(10) = %v, want %v (in the order stored)", ids, want)
	}
	if ids, err := s.Stale(ctx, 1); err != nil || !slices.Equal(ids, []string{d.ID}) {
		t.Errorf("Stale(1) = %v, %v; want [%s]", ids, err, d.ID)
	}
	if got := find(t, s, "بوتين"); !slices.Equal(got, []string{d.ID}) {
		t.Errorf("a stale document is still searched: بوتين found %v", got)
	}
	put(t, s, store.Entry{Doc: d}, store.Updated)
	put(t, s, store.Entry{Doc: d}, store.Unchanged)
	if ids, err := s.Stale(ctx, 10); err != nil || !slices.Equal(ids, []string{"other"}) {
		t.Errorf("after putting %s again: Stale() = %v, %v; want [other]", d.ID, ids, err)
	}
	st, err = s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Stale != 1 || st.Documents != 2 || st.Entities != 3 {
		t.Errorf("after putting %s again: Stats() = %+v, want 2 documents, 1 stale, 3 entities", d.ID, st)
	}
	if got := find(t, s, "بوتين"); !slices.Equal(got, []string{d.ID}) {
		t.Errorf("after putting it again: بوتين found %v", got)
	}
}
