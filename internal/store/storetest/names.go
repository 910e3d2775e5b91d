package storetest

import (
	"context"
	"testing"

	"rasad/internal/store"
)

// testEntityNames checks that a store lists the entities a typed word or
// phrase names as whole words of their Arabic or English names, with how
// often they are mentioned, and nothing for part of a word or for LIKE's
// wildcards.
func testEntityNames(t *testing.T, s store.Store) {
	n, ok := s.(store.EntityNamer)
	if !ok {
		t.Fatalf("%T has no EntityNames", s)
	}
	ctx := context.Background()
	d := ReferenceDocument(t)
	put(t, s, store.Entry{Doc: d}, store.Inserted)
	other := NewDocument("other", "2023-04-17", "وكالة", "لقاء\nالتقى فلاديمير بوتين وزيرا.")
	other.Entities = d.Entities[:0:0]
	for _, e := range d.Entities {
		if e.Name == "Vladimir Putin" {
			e.Mentions = e.Mentions[:1]
			e.Mentions[0].Start, e.Mentions[0].End = 0, 1
			other.Entities = append(other.Entities, e)
		}
	}
	put(t, s, store.Entry{Doc: other}, store.Inserted)
	for _, tt := range []struct {
		key, lower string
		want       string // the first entity's name, "" for none
		docs       int
	}{
		{"بوتين", "", "Vladimir Putin", 2},
		{"فلاديمير بوتين", "", "Vladimir Putin", 2},
		{"", "putin", "Vladimir Putin", 2},
		{"", "shangfu", "Li Shangfu", 1},
		{"شانغفو", "", "Li Shangfu", 1},
		{"وتين", "", "", 0},
		{"%", "%", "", 0},
		{"_", "_", "", 0},
		{"", "", "", 0},
	} {
		got, err := n.EntityNames(ctx, tt.key, tt.lower, 5)
		if err != nil {
			t.Fatalf("EntityNames(%q, %q): %v", tt.key, tt.lower, err)
		}
		switch {
		case tt.want == "" && len(got) > 0:
			t.Errorf("EntityNames(%q, %q) = %+v, want none", tt.key, tt.lower, got)
		case tt.want != "" && (len(got) == 0 || got[0].Name != tt.want || got[0].Documents != tt.docs || got[0].Mentions == 0):
			t.Errorf("EntityNames(%q, %q) = %+v, want %s in %d documents first", tt.key, tt.lower, got, tt.want, tt.docs)
		}
	}
}
