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
	checkIdle(t, []idleCase{
		{"a visit called for", "ودعا الوزير نظيره لزيارة العاصمة.", "لزيارة"},
		{"a visit called for past an apposition", "ودعا سالم، رئيس الجمعية، الاعضاء الى زيارة المعرض.", "زيارة"},
		{"a visit urged", "وحث الامير الشباب لزيارة المواقع التاريخية.", "لزيارة"},
		{"a visit made, no call", "وزار الرئيس العاصمة لزيارة قصيرة.", ""},
		{"a call, then another act", "ودعا الوزير الى التهدئة، وزار الرئيس لزيارة المدينة.", ""},
		{"a withdrawal stipulated", "وقال ان القرار ينص خصوصا على انسحاب المسلحين من المدن.", "انسحاب"},
		{"a withdrawal provided for", "ضمن تسوية تقضي بانسحابهم من المدينة.", "بانسحابهم"},
		{"a withdrawal told", "واعلن الجيش انسحاب قواته من المدينة.", ""},
		{"growing calls", "وهنالك دعوات متزايدة الى مزيد من التحفيز.", "دعوات"},
		{"mounting threats", "وتواجه الحكومة تهديدات متصاعدة.", "تهديدات"},
		{"growing killings: ال inside the word is no article", "وتشهد المدينة اغتيالات متزايدة.", "اغتيالات"},
		{"a fight named, not pointed back to (ال inside the word)", "وقال ان هذا قتال بين الاخوة.", ""},
		{"a call made", "ووجه الرئيس دعوة الى المعارضة للحوار.", ""},
		{"talks pointed back to", "وقال ان القيادة كانت تستغل هذه المفاوضات في ادارة الشارع.", "المفاوضات"},
		{"a massacre pointed back to", "وقال انه خطط لهذه المجزرة.", "المجزرة"},
		{"attacks claimed", "وتبنى التنظيم غالبية هذه الهجمات.", ""},
		{"charges borne", "وواجه فيها 32 شخصا اتهامات بالارهاب.", "اتهامات"},
		{"charges brought", "ووجهت النيابة اتهامات الى المتهمين.", ""},
	})
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
	checkIdle(t, []idleCase{
		{"the operation comes after", "وتاتي هذه العملية بعد هجوم في كابل.", ""},
		{"a strike called", "ودعا الاتحاد النقابي الى الاضراب.", ""},
		{"a meeting called", "ودعت الشركة المساهمين الى الاجتماع المقرر عقده.", "الاجتماع"},
	})
}

func TestIdleVoice(t *testing.T) {
	checkIdle(t, []idleCase{
		{"the voice of the talks", "ولا صوت يعلو على صوت المقاومة، وصوت المفاوضات التي وصفتها بالوطنية.", "المفاوضات"},
		{"the language of dialogue", "ودعا الى تغليب لغة الحوار.", "الحوار"},
		{"talks held", "وجرت المفاوضات في فيينا.", ""},
	})
}
