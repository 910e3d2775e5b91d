package morph

import (
	"slices"
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/tabletest"
)

// collect runs a generator and lists what it hands over, as "word person
// flags" in order.
func collect(gen func(add func(string, Form))) []string {
	var out []string
	gen(func(w string, f Form) {
		s := w + " " + string('0'+rune(f.Person))
		if f.Present {
			s += " pres"
		}
		if f.Pron {
			s += " pron"
		}
		if f.PronDu {
			s += " du"
		}
		out = append(out, s)
	})
	return out
}

func TestForms(t *testing.T) {
	n := arabic.Normalize
	tests := []struct {
		name string
		gen  func(add func(string, Form))
		has  []string // forms that must be among those generated
		not  []string // words that must not be generated
	}{
		{"sound past", func(add func(string, Form)) { Past(n("اجتمع"), add) },
			[]string{"اجتمع 0", "اجتمعت 0", "اجتمعوا 2", "اجتمعا 1", "اجتمعنا 3", "اجتمعوه 2 pron", "اجتمعتهما 0 pron du"},
			[]string{"اجتمعواه"}},
		{"weak past", func(add func(string, Form)) { Past(n("نفى"), add) },
			[]string{"نفي 0", "نفت 0", "نفوا 2", "نفاه 0 pron", "نفاها 0 pron"},
			[]string{"نفيت"}},
		{"present", func(add func(string, Form)) { Present(n("يجتمع"), false, add) },
			[]string{"يجتمع 0 pres", "تجتمع 0 pres", "يجتمعون 2 pres", "يجتمعان 1 pres", "نجتمع 3 pres"},
			[]string{"اجتمع"}},
		{"weak present and its jussive", func(add func(string, Form)) { Present(n("ينفي"), false, add) },
			[]string{"ينفي 0 pres", "ينف 0 pres", "ينفون 2 pres"}, nil},
		{"noun", func(add func(string, Form)) { Noun(n("هجوم"), add) },
			[]string{"هجوم 0", "هجوما 0", "هجومه 0 pron", "هجومهم 0 pron du"}, nil},
		{"noun in teh marbuta", func(add func(string, Form)) { Noun(n("زيارة"), add) },
			[]string{"زيارة 0", "زيارتها 0 pron"}, []string{"زيارةا"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := collect(tt.gen)
			for _, w := range tt.has {
				if !slices.Contains(got, w) {
					t.Errorf("no %q in %q", w, got)
				}
			}
			for _, w := range tt.not {
				for _, g := range got {
					if strings.Fields(g)[0] == w {
						t.Errorf("%q generated", w)
					}
				}
			}
		})
	}
}

func TestShapes(t *testing.T) {
	set := map[string]bool{"جريمة": true, "قصف": true}
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"القصف", true}, {"قصفا", true}, {"جريمتها", true}, {"جرائم", false}, {"ه", false},
	} {
		if got := HasStem(tt.w, set); got != tt.want {
			t.Errorf("HasStem(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
	// IsNisba(rest, norm)
	twoWords(t, "IsNisba", IsNisba, []twoWordsRow{
		{"روسي", "الروسي", true}, {"اوكرانية", "الاوكرانية", true}, {"روسي", "روسي", false}, {"في", "الفي", false},
	})
}

func TestFirstPerson(t *testing.T) {
	// FirstPerson(norm, next)
	twoWords(t, "FirstPerson", FirstPerson, []twoWordsRow{
		{"زيارتي", "", true}, {"زيارتنا", "الي", true}, {"زيارة", "لي", true}, {"زيارة", "لنا", true},
		{"زيارة", "الي", false}, {"زيارته", "", false},
	})
}

// twoWordsRow is a row of a test of a predicate of two words.
type twoWordsRow struct {
	a, b string
	want bool
}

// twoWords checks the predicate f, named name, on rows.
func twoWords(t *testing.T, name string, f func(a, b string) bool, rows []twoWordsRow) {
	t.Helper()
	for _, tc := range rows {
		if got := f(tc.a, tc.b); got != tc.want {
			t.Errorf("%s(%q, %q) = %v, want %v", name, tc.a, tc.b, got, tc.want)
		}
	}
}

func TestAgrees(t *testing.T) {
	tabletest.Verdicts(t, "testdata/agrees.tsv", 5, map[string]func(string, string, bool) bool{"Agrees": Agrees},
		func(t *testing.T, f func(string, string, bool) bool, a []string) bool {
			return f(a[0], a[1], tabletest.Bool(t, a[2]))
		})
}

func TestSoundPlural(t *testing.T) {
	tabletest.Verdicts(t, "testdata/soundplural.tsv", 3, map[string]func(string) bool{"SoundPlural": SoundPlural},
		func(t *testing.T, f func(string) bool, a []string) bool { return f(a[0]) })
}

// TestFem holds the gender of the third person singular forms: the past
// with ت, the present with the ت prefix; a verb of form V or VI (تظاهر)
// opens with ت and is masculine.
func TestFem(t *testing.T) {
	fem := map[string]bool{}
	add := func(w string, f Form) {
		if f.Person == Third && !f.Pron {
			fem[w] = f.Fem
		}
	}
	Past("تظاهر", add)
	Present("يتظاهر", false, add)
	Past("طالب", add)
	Present("يطالب", false, add)
	Past("نفي", add)
	for w, want := range map[string]bool{
		"تظاهر": false, "تظاهرت": true, "يتظاهر": false, "تتظاهر": true,
		"طالب": false, "طالبت": true, "يطالب": false, "تطالب": true, "نفي": false, "نفت": true,
	} {
		if got, ok := fem[w]; !ok || got != want {
			t.Errorf("Fem(%s) = %v (generated %v), want %v", w, got, ok, want)
		}
	}
}
