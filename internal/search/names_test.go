package search

import (
	"strings"
	"testing"

	"rasad/internal/actor"
)

func TestNamesResolve(t *testing.T) {
	n := NewNames(actor.Default())
	tests := []struct {
		typed string
		first string // the first candidate's id
		exact bool
		also  string // another id among the candidates, "" for none required
		one   bool   // exactly one candidate
	}{
		{"بوتين", "putin", true, "", true},
		{"لبوتين", "putin", true, "", true},
		{"فلاديمير بوتين", "putin", true, "", true},
		{"Putin", "putin", false, "", true},
		{"putin", "putin", true, "", true},
		{"Vladimir Putin", "putin", true, "", true},
		{"vladimir  PUTIN", "putin", true, "", true},
		{"لافروف", "lavrov", true, "", true},
		{"ولافروف", "lavrov", true, "", true},
		{"Lavrov", "lavrov", false, "", true},
		{"الملك سلمان", "salman_king", true, "", true},
		{`"الملك سلمان"`, "salman_king", true, "", true},
		{"King Salman", "salman_king", true, "", true},
		{"سلمان", "", false, "mohammed_bin_salman", false},
		{"RUSGOV", "RUSGOV", true, "", true},
	}
	for _, tt := range tests {
		cs := n.Resolve(tt.typed)
		if len(cs) == 0 {
			t.Errorf("Resolve(%q): no candidate", tt.typed)
			continue
		}
		if tt.first != "" && cs[0].ID != tt.first {
			t.Errorf("Resolve(%q)[0] = %s, want %s (all %v)", tt.typed, cs[0].ID, tt.first, cs)
		}
		if cs[0].Exact != tt.exact {
			t.Errorf("Resolve(%q)[0].Exact = %v, want %v", tt.typed, cs[0].Exact, tt.exact)
		}
		if tt.one && len(cs) != 1 {
			t.Errorf("Resolve(%q) = %v, want one candidate", tt.typed, cs)
		}
		if tt.also != "" {
			var ids []string
			for _, c := range cs {
				ids = append(ids, c.ID)
			}
			if !strings.Contains(" "+strings.Join(ids, " ")+" ", " "+tt.also+" ") {
				t.Errorf("Resolve(%q) = %v, want %s among them", tt.typed, ids, tt.also)
			}
		}
	}
	for _, typed := range []string{"", "  ", "كلمةلاتعرف", "Nobody Knownname"} {
		if cs := n.Resolve(typed); len(cs) != 0 {
			t.Errorf("Resolve(%q) = %v, want none", typed, cs)
		}
	}
}

func TestNamesExpand(t *testing.T) {
	n := NewNames(actor.Default())
	f, found := n.Expand(Filter{Entities: []string{"Putin", "لافروف", "unknown name"}})
	want := "Putin putin لافروف lavrov unknown name"
	if got := strings.Join(f.Entities, " "); got != want {
		t.Errorf("Expand entities = %q, want %q", got, want)
	}
	if len(found) != 2 || found["Putin"][0].ID != "putin" {
		t.Errorf("Expand candidates = %v", found)
	}
}

func TestNamesKeys(t *testing.T) {
	n := NewNames(actor.Default())
	for _, tt := range []struct{ typed, key, lower string }{
		{"لبوتين", "بوتين", ""},
		{"وسالم الدوسري", "سالم الدوسري", ""},
		{"  Salem  Al-Dawsari ", "", "salem al dawsari"},
		{`"الملك سلمان"`, "الملك سلمان", ""},
	} {
		if key, lower := n.Keys(tt.typed); key != tt.key || lower != tt.lower {
			t.Errorf("Keys(%q) = %q, %q; want %q, %q", tt.typed, key, lower, tt.key, tt.lower)
		}
	}
}
