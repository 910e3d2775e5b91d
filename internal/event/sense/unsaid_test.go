package sense

import (
	"maps"
	"testing"
)

func init() {
	maps.Copy(lemmas, map[string]string{
		"لزيارة": "زيارة", "دعا": "دعا", "الي": "", "انسحاب": "انسحاب", "بانسحاب": "انسحاب", "بانسحابهم": "انسحاب",
		"دعوات": "دعوة", "تهديدات": "تهديد", "الاجتماع": "اجتماع", "المجزرة": "مجزرة", "وتبني": "تبني", "العملية": "عملية", "الاضراب": "اضراب", "الحوار": "حوار", "ودعت": "دعا",
		"اتهامات": "اتهام", "ووجهت": "وجه", "وزار": "زار", "ادت": "", "بانسحابها": "انسحاب", "وقتلت": "قتل",
		"لقاء": "لقاء", "اغتيالات": "اغتيال", "قتال": "قتال",
	})
	maps.Copy(nouns, map[string]bool{"اغتيال": true, "قتال": true, "لقاء": true, "انسحاب": true, "مجزرة": true, "عملية": true, "اضراب": true, "حوار": true})
}

// TestIdleUnsaid holds the verbal nouns that are the matter of another
// word: the content of a call, a text's terms, a trend, an act pointed
// back to, a charge borne.
func TestIdleUnsaid(t *testing.T) {
	checkIdle(t, "testdata/idleunsaid.tsv")
}

// TestCalledRootLetter holds a noun whose first letter is a root letter,
// no preposition ل: a meeting in which a call is made is no meeting called for.
func TestCalledRootLetter(t *testing.T) {
	for _, tc := range []struct {
		name, text, noun string
		want             bool
	}{
		{"a meeting that holds a call (ل a root letter)", "ودعا الوزير في لقاء مع الصحفيين الى الهدوء.", "لقاء", false},
		{"a visit called for (ل a preposition)", "ودعا الوزير نظيره لزيارة العاصمة.", "لزيارة", true},
	} {
		toks, _, lemma := tokens(tc.text)
		k := 0
		for toks[k].Norm != tc.noun {
			k++
		}
		if got := called(toks, k, func(j int) string { l, _ := lemma(j); return l }); got != tc.want {
			t.Errorf("%s: called(%q, %s) = %v, want %v", tc.name, tc.text, tc.noun, got, tc.want)
		}
	}
}

func TestProcliticPrep(t *testing.T) {
	for _, tc := range []struct{ word, want string }{
		{"لزيارة", "ل"}, {"بانسحاب", "ب"}, {"لقاء", ""}, {"بحث", ""}, {"لبنان", ""},
	} {
		toks, _, _ := tokens(tc.word)
		if got := procliticPrep(&toks[0]); got != tc.want {
			t.Errorf("procliticPrep(%s) = %q, want %q", tc.word, got, tc.want)
		}
	}
}

func TestCausePointed(t *testing.T) {
	for _, tc := range []struct{ name, text, code, cause string }{
		{"clashes pointed back to", "وقتلت الشرطة مسلحين اثنين، خلال تلك الاشتباكات.", "190", "الاشتباكات"},
		{"mortars fired", "واطلقوا صواريخ الهاون عبر الحدود ادت الى مقتل مدنيين.", "190", "الهاون"},
		{"a demonstrative and no fight", "وقتل مدنيان خلال تلك الفترة.", "", ""},
	} {
		toks, _, _ := tokens(tc.text)
		k := 0
		for !words["toll"][lemmas[toks[k].Norm]] {
			k++
		}
		checkCause(t, tc.name, tc.text, toks, k, lemmas[toks[k].Norm], tc.code, tc.cause)
	}
}

func TestIdleUnsaidKept(t *testing.T) {
	checkIdle(t, "testdata/idleunsaidkept.tsv")
}

func TestIdleVoice(t *testing.T) {
	checkIdle(t, "testdata/idlevoice.tsv")
}
