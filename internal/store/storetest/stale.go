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

// Opener returns the open function that Stale takes, for a driver's Open
// (sqlite.Open, postgres.Open) and the archive's place (a file, a database
// URL): each call opens the same archive anew with the analyzer given, and
// fails the test where it cannot.
func Opener[S store.Store](open func(context.Context, string, search.Analyzer) (S, error), place string) func(*testing.T, search.Analyzer) store.Store {
	return func(t *testing.T, a search.Analyzer) store.Store {
		t.Helper()
		s, err := open(context.Background(), place, a)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
}

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
	if ids, err := old.Stale(ctx, "", 10); err != nil || len(ids) != 0 {
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
	ids, err := s.Stale(ctx, "", 10)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{d.ID, "other"}; !slices.Equal(ids, want) {
		t.Errorf("Stale(10) = %v, want %v (in the order stored)", ids, want)
	}
	if ids, err := s.Stale(ctx, "", 1); err != nil || !slices.Equal(ids, []string{d.ID}) {
		t.Errorf("Stale(1) = %v, %v; want [%s]", ids, err, d.ID)
	}
	if got := find(t, s, "بوتين"); !slices.Equal(got, []string{d.ID}) {
		t.Errorf("a stale document is still searched: بوتين found %v", got)
	}
	put(t, s, store.Entry{Doc: d}, store.Updated)
	put(t, s, store.Entry{Doc: d}, store.Unchanged)
	if ids, err := s.Stale(ctx, "", 10); err != nil || !slices.Equal(ids, []string{"other"}) {
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

// StaleExtractor tests that a store records the extractor of each
// document (store.Entry.Extractor): a document made by another extractor
// is stale for Stale(ctx, extractor, ...) and is replaced when it is put
// again with the same text, and Stats counts the documents by version.
func StaleExtractor(t *testing.T, s store.Store) {
	ctx := context.Background()
	d := ReferenceDocument(t)
	other := NewDocument("other", "2023-04-17", "test", "عنوان\nالتقى الرئيس الروسي بوزير الدفاع الصيني في موسكو.")
	third := NewDocument("third", "2023-04-18", "test", "عنوان\nزار وزير الخارجية بكين.")
	put(t, s, store.Entry{Doc: d, Extractor: "x-1"}, store.Inserted)
	put(t, s, store.Entry{Doc: other, Extractor: "x-1"}, store.Inserted)
	put(t, s, store.Entry{Doc: third}, store.Inserted)
	put(t, s, store.Entry{Doc: d, Extractor: "x-1"}, store.Unchanged)
	for _, c := range []struct {
		extractor string
		want      []string
	}{
		{"", nil},
		{"x-1", []string{"third"}},
		{"x-2", []string{d.ID, "other", "third"}},
	} {
		if ids, err := s.Stale(ctx, c.extractor, 10); err != nil || !slices.Equal(ids, c.want) {
			t.Errorf("Stale(%q) = %v, %v; want %v", c.extractor, ids, err, c.want)
		}
	}
	// The same text made by another extractor replaces the document, and
	// goes to the end of the order.
	put(t, s, store.Entry{Doc: d, Extractor: "x-2"}, store.Updated)
	put(t, s, store.Entry{Doc: d, Extractor: "x-2"}, store.Unchanged)
	if ids, err := s.Stale(ctx, "x-2", 10); err != nil || !slices.Equal(ids, []string{"other", "third"}) {
		t.Errorf("after putting %s with x-2: Stale(x-2) = %v, %v; want [other third]", d.ID, ids, err)
	}
	if ids, err := s.Stale(ctx, "x-2", 1); err != nil || !slices.Equal(ids, []string{"other"}) {
		t.Errorf("Stale(x-2, 1) = %v, %v; want [other]", ids, err)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Versions) == 0 {
		t.Fatalf("Stats() = %+v: no versions", st)
	}
	a := st.Versions[0].Analyzer
	want := []store.Version{{Analyzer: a, Documents: 1}, {Analyzer: a, Extractor: "x-1", Documents: 1}, {Analyzer: a, Extractor: "x-2", Documents: 1}}
	if !slices.Equal(st.Versions, want) {
		t.Errorf("Stats().Versions = %+v, want %+v", st.Versions, want)
	}
	if st.Stale != 0 || st.StaleFor(a, "x-2") != 2 || st.StaleFor(a, "") != 0 || st.StaleFor("other", "x-2") != 3 {
		t.Errorf("Stats() = %+v: Stale %d, StaleFor(x-2) %d, StaleFor(\"\") %d, StaleFor(other analyzer, x-2) %d; want 0, 2, 0, 3",
			st, st.Stale, st.StaleFor(a, "x-2"), st.StaleFor(a, ""), st.StaleFor("other", "x-2"))
	}
}
