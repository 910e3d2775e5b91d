package lexicon

import (
	"slices"
	"strings"
	"testing"
)

// TestFormsIndex checks Forms, which reads an index, against a scan of every
// word with Word.Has, for every class and class name of the embedded
// lexicon and for classes no word has; and that a form added after Forms
// was called is found.
func TestFormsIndex(t *testing.T) {
	l := Default()
	scan := func(c string) []string {
		var out []string
		for f, w := range l.words {
			if w.Has(c) {
				out = append(out, f)
			}
		}
		slices.Sort(out)
		return out
	}
	classes := map[string]bool{"no-such-class": true, "nisba:XXX": true, "": true}
	for _, w := range l.words {
		for _, c := range w.Classes {
			classes[c] = true
			if name, _, ok := strings.Cut(c, ":"); ok {
				classes[name] = true
				classes[name+":"] = true
			}
		}
	}
	for c := range classes {
		if got, want := l.Forms(c), scan(c); !slices.Equal(got, want) {
			t.Errorf("Forms(%q): %d forms, a scan finds %d", c, len(got), len(want))
		}
	}
	if got := l.Forms("nisba"); len(got) > 0 {
		got[0] = "changed"
		if l.Forms("nisba")[0] == "changed" {
			t.Errorf("Forms returns the index's own slice")
		}
	}

	m := New()
	if err := m.Read(strings.NewReader("[title]\nالرئيس\n"), "a.txt"); err != nil {
		t.Fatal(err)
	}
	if got := m.Forms("title"); !slices.Equal(got, []string{"الرئيس"}) {
		t.Fatalf("Forms(title) = %q", got)
	}
	if err := m.Read(strings.NewReader("[title]\nالوزير\n[role:GOV]\nالوزير\n"), "b.txt"); err != nil {
		t.Fatal(err)
	}
	if got := m.Forms("title"); !slices.Equal(got, []string{"الرئيس", "الوزير"}) {
		t.Errorf("Forms(title) after a second file = %q", got)
	}
	if got := m.Forms("role"); !slices.Equal(got, []string{"الوزير"}) {
		t.Errorf("Forms(role) after a second file = %q", got)
	}
}
