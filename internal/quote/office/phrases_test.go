package office

import (
	"fmt"
	"reflect"
	"testing"
)

func TestPhrases(t *testing.T) {
	none := Word{Ent: -1, Men: -1, Word: true}
	role := none
	role.Role = true
	mod := none
	mod.Modifier = true
	person := Word{Ent: 0, Men: 0, Person: true, Word: true}
	comma := Word{Ent: -1, Men: -1, Comma: true}
	link := none
	link.Link = true
	plural := role
	plural.Plural = true
	conj := role
	conj.ConjRole = true
	org := Word{Ent: 1, Men: 0, Word: true}
	for _, tc := range []struct {
		name string
		w    []Word
		want []string
	}{
		{"role before name", []Word{role, mod, person, person}, []string{"0-2:0"}},
		{"stops at a plain word", []Word{role, none, person}, nil},
		{"plural role is another phrase", []Word{plural, role, person}, []string{"1-2:0"}},
		{"name after a link", []Word{role, link, person}, nil},
		{"body after link stays in the phrase", []Word{role, link, org, mod, person}, []string{"0-4:0"}},
		{"apposed role", []Word{person, comma, role, none, none}, []string{"2-5:0"}},
		{"two apposed offices", []Word{person, comma, role, none, conj, none}, []string{"2-4:0", "4-6:0"}},
		{"not a person", []Word{role, org}, nil},
	} {
		var got []string
		Phrases(tc.w, 10, func(a, b, e int) { got = append(got, fmt.Sprintf("%d-%d:%d", a, b, e)) })
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}
