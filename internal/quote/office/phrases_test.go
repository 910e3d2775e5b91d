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
		{"body of the office before the name", []Word{role, mod, org, org, mod, person}, []string{"0-5:0"}},
		{"body after a plain word", []Word{role, none, org, mod, person}, nil},
		{"body before the name, role after it", []Word{role, org, role, person}, []string{"2-3:0"}},
	} {
		var got []string
		Phrases(tc.w, 10, func(a, b, e int) { got = append(got, fmt.Sprintf("%d-%d:%d", a, b, e)) })
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestObject(t *testing.T) {
	verb := Word{Ent: -1, Men: -1, Word: true, Bare: true, Conj: true}
	plain := verb
	plain.Conj = false
	particle := Word{Ent: -1, Men: -1, Word: true, Bare: true, Particle: true}
	thing := Word{Ent: -1, Men: -1, Word: true, Modifier: true, Thing: true}
	occasion := Word{Ent: -1, Men: -1, Word: true, Modifier: true}
	young := Word{Ent: -1, Men: -1, Word: true, Modifier: true, Describes: true}
	role := young
	role.Role = true
	nisba := Word{Ent: -1, Men: -1, Word: true, Modifier: true}
	person := Word{Ent: 0, Men: 0, Person: true, Word: true}
	for _, tc := range []struct {
		name string
		w    []Word
		want bool
	}{
		{"وطالت الفضيحة الرئيسة X", []Word{verb, thing, young, person}, true},
		{"ولقد دفع الأمر الشاب الفلسطيني X", []Word{particle, plain, thing, young, nisba, person}, true},
		{"دفع الأمر الشاب X: no و, no particle", []Word{plain, thing, young, person}, false},
		{"وقال الوزير الشاب X: his own role", []Word{verb, role, young, person}, false},
		{"وحضر الحفل المحامي X: an occasion", []Word{verb, occasion, young, person}, false},
		{"ودفع الأمر X: no description", []Word{verb, thing, person}, false},
		{"ودفع الأمر الفلسطيني X: no noun of a person", []Word{verb, thing, nisba, person}, false},
	} {
		if got := Object(tc.w, len(tc.w)-1, 0); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}
