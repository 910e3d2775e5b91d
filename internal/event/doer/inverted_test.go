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
	checkHolds(t, "Dying", told, func(s *frametest.Sentence, _ holds) bool {
		s.Toks[0].Noun = true
		return Dying(s, 0)
	}, "testdata/dying.tsv")
	if s := told("مقتل@ شرطيين"); Dying(s, 0) {
		t.Errorf("Dying of a word the coder does not read as an act noun = true")
	}
}

func TestQuoted(t *testing.T) {
	checkHolds(t, "Quoted", told, func(s *frametest.Sentence, h holds) bool {
		k := lastEvent(s)
		got := Quoted(s, k)
		if got != k && got != k-1 {
			t.Errorf("%s: Quoted(%s, %d) = %d, want %d or %d", h.name, h.sentence, k, got, k, k-1)
		}
		return got == k-1
	}, "testdata/quoted.tsv")
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
	checkHolds(t, "Resumes", told, func(s *frametest.Sentence, _ holds) bool {
		return Resumes(s, lastEvent(s))
	}, "testdata/resumes.tsv")
	checkHolds(t, "Unnamed", told, func(s *frametest.Sentence, _ holds) bool {
		return Unnamed(s, lastEvent(s)-1)
	}, "testdata/unnamed.tsv")
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
		{"a day after the subject", "وواصل [الجيش السوري] أمس قصف@ مدينة الزبداني", 0},
		{"a day and its adjective after the subject", "وواصل [الجيش] الأحد الماضي قصف@ المدينة", 0},
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
			case "امس", "الاحد":
				s.Toks[i].Cue = vocab.CueRecent
			}
		}
		if got := Launched(s, lastEvent(s), 0); got != c.want {
			t.Errorf("%s: Launched(%s) = %d, want %d", c.name, c.sentence, got, c.want)
		}
	}
}

func TestThings(t *testing.T) {
	checkHolds(t, "Things", told, func(s *frametest.Sentence, h holds) bool {
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
		s.Phr[0].Role = strings.Contains(h.name, "body")
		code := "111"
		if strings.Contains(h.name, "arrive") {
			code = "073"
		}
		return Things(s, 0, code)
	}, "testdata/things.tsv")
}
