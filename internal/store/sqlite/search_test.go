package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"testing"

	"rasad/internal/news"
	"rasad/internal/search"
	"rasad/internal/store"
	"rasad/internal/store/storetest"
)

func TestTop(t *testing.T) {
	in := []scored{{5, 1}, {2, 3}, {9, 3}, {1, 0.5}, {4, 3}, {7, 2}, {3, 2}}
	tests := []struct {
		name string
		max  int
		want []int64
	}{
		{"all", 10, []int64{2, 4, 9, 3, 7, 5, 1}},
		{"ties go to the first stored", 3, []int64{2, 4, 9}},
		{"one", 1, []int64{2}},
		{"cut inside a tie", 4, []int64{2, 4, 9, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			best := &top{max: tt.max}
			for _, s := range in {
				best.add(s)
			}
			var got []int64
			for _, s := range best.sorted() {
				got = append(got, s.seq)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("top %d = %v, want %v", tt.max, got, tt.want)
			}
		})
	}
}

// archive stores a synthetic corpus in which every third document names
// Iran instead of Russia and has an event coded 190 instead of 040.
func archive(t *testing.T, n int) *DB {
	t.Helper()
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "rasad.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	entries := storetest.Corpus(t, n, 3)
	for i, e := range entries {
		if i%3 != 0 || e.DuplicateOf != "" {
			continue
		}
		d := *e.Doc
		d.Entities = slices.Clone(d.Entities)
		d.Events = slices.Clone(d.Events)
		for j := range d.Entities {
			if d.Entities[j].Country == "RUS" {
				d.Entities[j].Country = "IRN"
			}
		}
		for j := range d.Events {
			if d.Events[j].Code == "040" {
				d.Events[j].Code = "190"
			}
		}
		entries[i].Doc = &d
	}
	for len(entries) > 0 { // in batches, as an ingester writes, so the index has segments
		n := min(len(entries), 16)
		if _, err := db.PutBatch(ctx, entries[:n]); err != nil {
			t.Fatal(err)
		}
		entries = entries[n:]
	}
	return db
}

// TestLatest checks that both ways of reading a page of a search by
// filters alone give the same documents.
func TestLatest(t *testing.T) {
	db := archive(t, 300)
	ctx := context.Background()
	tx, err := db.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	tests := []string{
		"country:IRN", "country:RUS", "code:19", "code:19 country:IRN", "code:05 country:CHN", "country:IRN from:2022",
		"code:05 from:2020-03 to:2021", `entity:Q7747 source:"صحيفة الرياض"`, "entity:CHNMIL", "country:USA",
	}
	for _, qs := range tests {
		q, err := search.Parse(qs)
		if err != nil {
			t.Fatal(err)
		}
		for _, off := range []int{0, 10, 95} {
			page := store.Page{Offset: off, Limit: 10}.Normalize()
			fetched, err := latest(ctx, tx, q.Filter, page, true)
			if err != nil {
				t.Fatal(err)
			}
			scanned, err := latest(ctx, tx, q.Filter, page, false)
			if err != nil {
				t.Fatal(err)
			}
			if off == 0 && len(fetched) == 0 && qs != "country:USA" {
				t.Errorf("%s: no documents", qs)
			}
			if !slices.Equal(fetched, scanned) {
				t.Errorf("%s offset %d: fetched %v, scanned %v", qs, off, fetched, scanned)
			}
		}
	}
}

// TestSearchTies checks that documents with the same score come in the
// order they were stored, with filters or without.
func TestSearchTies(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "rasad.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	const text = "قمة في موسكو\nالتقى الرئيس بوتين نظيره في موسكو اليوم."
	ids := []string{"c", "a", "d", "b"}
	for _, id := range ids {
		d := storetest.NewDocument(id, "2023-04-16", "وكالة", text)
		d.Entities = []news.Entity{{Name: "Moscow", Type: news.LOC, Country: "RUS"}}
		if _, err := store.Put(ctx, db, store.Entry{Doc: d}); err != nil {
			t.Fatal(err)
		}
	}
	for _, qs := range []string{"موسكو", "موسكو country:RUS", "موسكو from:2023", "بوتين OR موسكو source:وكالة"} {
		q, err := search.Parse(qs)
		if err != nil {
			t.Fatal(err)
		}
		for _, page := range []store.Page{{Limit: 10}, {Limit: 2}, {Offset: 1, Limit: 2}, {Offset: math.MaxInt, Limit: 5}} {
			res, err := db.Search(ctx, q, page)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range res.Hits {
				got = append(got, h.ID)
			}
			want := ids[min(page.Offset, len(ids)):min(end(page), len(ids))]
			if !slices.Equal(got, want) || res.Total != len(ids) {
				t.Errorf("Search(%q, %+v) = %v of %d, want %v of %d", qs, page, got, res.Total, want, len(ids))
			}
		}
	}
}

func TestOptimize(t *testing.T) {
	db := archive(t, 200)
	ctx := context.Background()
	queries := []string{"بوتين", `"وزير الدفاع"`, "روس*", "موسكو country:IRN", "في OR من"}
	run := func() []string {
		var out []string
		for _, qs := range queries {
			q, err := search.Parse(qs)
			if err != nil {
				t.Fatal(err)
			}
			res, err := db.Search(ctx, q, store.Page{Limit: 20})
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, fmt.Sprint(res.Total))
			for _, h := range res.Hits {
				out = append(out, fmt.Sprintf("%s %v", h.ID, h.Score))
			}
		}
		return out
	}
	before := run()
	if err := db.Optimize(ctx); err != nil {
		t.Fatal(err)
	}
	if after := run(); !slices.Equal(before, after) {
		t.Errorf("after Optimize:\n%v\nbefore:\n%v", after, before)
	}
}
