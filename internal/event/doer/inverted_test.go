package doer

import (
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/event/frame/frametest"
	"rasad/internal/event/vocab"
)

// lastEvent returns the last token marked @ (an act) in s.
func lastEvent(s *frametest.Sentence) int {
	k := len(s.Toks) - 1
	for k > 0 && !s.Toks[k].Event {
		k--
	}
	return k
}

func TestDying(t *testing.T) {
	for _, c := range []struct {
		name, sentence string
		noun, want     bool // noun: the coder reads the first word as an act noun
	}{
		{"the death of policemen, a place after them", "مقتل@ شرطيين جنوب شرقي تركيا", true, true},
		{"a soldier's death", "مصرع@ جندي في الاشتباكات", true, true},
		{"a martyr's death", "استشهاد@ فلسطيني برصاص الاحتلال", true, true},
		{"a killing may take its doer", "قتل@ مستوطنين الفلسطيني", true, false},
		{"an attack", "هجوم@ المسلحين على الحاجز", true, false},
		{"not read as an act noun", "مقتل@ شرطيين", false, false},
	} {
		s := told(c.sentence)
		s.Toks[0].Noun = c.noun
		if got := Dying(s, 0); got != c.want {
			t.Errorf("%s: Dying(%s) = %v, want %v", c.name, c.sentence, got, c.want)
		}
	}
}

func TestQuoted(t *testing.T) {
	for _, c := range []struct {
		name, sentence string
		back           bool // the subject ends before the closing mark
	}{
		{"a name set apart after أن", "وكشف مصدر أمني أن « [داعش] » أعدم@ 44 شابا", true},
		{"a name set apart after إن", "وقال المصدر إن « [الكتائب] » قصفت@ المطار", true},
		{"a headline's opening name", "« [بيرسون] » تفاوض@ لبيع حصتها", true},
		{"the genitive of a noun", "طلاب « [نجران] » ينتقدون@ تأجيل الاختبارات", false},
		{"after a preposition", "حربها ضد « [داعش] » وتحذر@ أكراد سوريا", false},
		{"a quotation that ends with a name", "وأكد « أن الهجوم نفذه [الجيش] » أعلن@", false},
		{"no quotation marks", "وكشف مصدر أن [داعش] أعدم@ 44 شابا", false},
	} {
		s := told(c.sentence)
		k := lastEvent(s)
		want := k
		if c.back {
			want = k - 1
		}
		if got := Quoted(s, k); got != want {
			t.Errorf("%s: Quoted(%s, %d) = %d, want %d", c.name, c.sentence, k, got, want)
		}
	}
}

func TestCritic(t *testing.T) {
	checkHolds(t, "Critic", told, func(s *frametest.Sentence, _ holds) bool {
		return Critic(s, 1)
	}, "testdata/critic.tsv")
	s := told("ويتهم منتقدو [النظام التركي] الحكومة ، منددين@ بسوء تقديرها")
	if !criticised(s, 0) {
		t.Errorf("criticised(%q) = false, want true: the regime is criticised", "منتقدو النظام التركي")
	}
	if s := told("ويتهم [النظام التركي] المعارضة ، منددين@ بسوء تقديرها"); criticised(s, 0) {
		t.Errorf("criticised of a subject with no critic before it = true")
	}
}

func TestResumesUnnamed(t *testing.T) {
	for _, c := range []struct {
		name, sentence string
		resumes        bool // the verb marked @ follows إن, أن or لكن with a pronoun
		unnamed        bool // that pronoun's subject is named by no actor
	}{
		{"allies named by a noun", "وقال حلفاء غربيون [لتركيا] إنهم يؤيدون@ حقها", true, true},
		{"but they called", "وقال حلفاء غربيون إنهم يؤيدون حقها لكنهم دعوا@ البلد", true, true},
		{"after a particle", "كما قال مسؤولون إنهم رحبوا@ بالقرار", true, true},
		{"a named subject", "وقال [الوزير] إنهم رحبوا@ بالقرار", true, false},
		{"no subject before the pronoun", "وقال إنهم رحبوا@ بالقرار", true, false},
		{"no pronoun before the verb", "وقال حلفاء غربيون ودعوا@ البلد", false, false},
		{"another clause opens the sentence", "ما دامت إيران تشجع الهتافين » وقال الوزير إنه يرفض@ قول كيري", true, false},
	} {
		s := told(c.sentence)
		k := lastEvent(s)
		if got := Resumes(s, k); got != c.resumes {
			t.Errorf("%s: Resumes(%s) = %v, want %v", c.name, c.sentence, got, c.resumes)
		}
		if !c.resumes {
			continue
		}
		if got := Unnamed(s, k-1); got != c.unnamed {
			t.Errorf("%s: Unnamed(%s) = %v, want %v", c.name, c.sentence, got, c.unnamed)
		}
	}
}

func TestLaunched(t *testing.T) {
	for _, c := range []struct {
		name, sentence string
		want           int // the verb of starting, -1 if none
	}{
		{"a subject and its conjunct past a comma", "وبدأ [الحوثيون] ، وحلفاؤهم قصف@ مديرية دار سعد", 0},
		{"a subject right before the noun", "وواصل [الجيش السوري] قصف@ مدينة الزبداني", 0},
		{"the noun the verb's own subject: no one named between", "وبدأ قصف@ الحوثيين لمدينة عدن", -1},
		{"a preposition on the noun", "وبدأ [الجيش] بقصف@ المدينة", -1},
		{"another word between", "وبدأ [الجيش] أمس عملية قصف@ المدينة", -1},
		{"no verb of starting", "وقال [الجيش] ، قصف@ المدينة", -1},
	} {
		s := told(c.sentence)
		for i := range s.Toks {
			switch s.Toks[i].Norm {
			case "وبدا", "وواصل":
				s.Toks[i].Cue = vocab.CueLaunch
			case arabic.Normalize("وحلفاؤهم"):
				s.Toks[i].And = true
			case "بقصف":
				s.Toks[i].Prep = "ب"
			}
		}
		if got := Launched(s, lastEvent(s), 0); got != c.want {
			t.Errorf("%s: Launched(%s) = %d, want %d", c.name, c.sentence, got, c.want)
		}
	}
}

func TestThings(t *testing.T) {
	for _, c := range []struct {
		name, sentence string
		want           bool // the phrase names things, the verb's object
	}{
		{"measures and their nisba", "كما أدانت@ [الإجراءات الإسرائيلية] العنصرية", true},
		{"the nisba alone a phrase after the things", "كما أدانت@ القرارات والاجراءات [الإسرائيلية]", true},
		{"a body, no things", "وانتقدت@ [السلطات السعودية] الهجوم", false},
		{"forces act", "وقصفت@ [القوات السورية] المدينة", false},
		{"a plural of people acts", "ورفضت@ [القيادات الفلسطينية] المبادرة", false},
		{"things named with a name, not a nisba", "وأدانت@ [الاعتداءات إسرائيل] الأمس", false},
		{"things arrive: no act of words", "ووصلت@ [الشاحنات السعودية] إلى صنعاء", false},
	} {
		s := told(c.sentence)
		s.Phr[0].Named = true
		for i := range s.Toks {
			if n := s.Toks[i].Norm; strings.HasPrefix(n, "وال") { // the segmenter's reading: و, the article, the word
				s.Toks[i].And, s.Toks[i].Definite, s.Toks[i].Word = true, true, strings.TrimPrefix(n, "وال")
			}
			switch s.Toks[i].Word {
			case arabic.Normalize("إسرائيلية"), "سعودية", "سورية", "فلسطينية", arabic.Normalize("إسرائيل"):
				s.Toks[i].Actor = 1
			}
		}
		if strings.Contains(c.name, "body") {
			s.Phr[0].Role = true
		}
		code := "111"
		if strings.Contains(c.name, "arrive") {
			code = "073"
		}
		if got := Things(s, 0, code); got != c.want {
			t.Errorf("%s: Things(%s) = %v, want %v", c.name, c.sentence, got, c.want)
		}
	}
}
