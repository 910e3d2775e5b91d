package occur

import (
	"strings"
	"testing"

	"rasad/internal/event/frame"
	"rasad/internal/event/frame/frametest"
	"rasad/internal/event/vocab"
)

// parse reads a sentence written for a test: words apart by spaces (as
// normalised), the act noun asked about marked *, and the marks after
// "/": v a verb of occurrence in the past, h one whose subject is the act
// (cue happen), f a verb of what an act did (cue effect), p a cue of occurrence not
// marked past, e another event word, b a bound (a relative pronoun is one,
// read by its word), i a preposition written as a word, a the word after
// (بعد), ب a preposition attached to the word.
func parse(sentence string) (*frametest.Sentence, int) {
	k := -1
	s := frametest.Parse(sentence, func(w string) frame.Token {
		t := frame.Token{}
		w, marks, _ := strings.Cut(w, "/")
		if rest, ok := strings.CutPrefix(w, "*"); ok {
			w, t.Noun, t.Event, k = rest, true, true, -2
		}
		for _, m := range marks {
			switch m {
			case 'v':
				t.Cue, t.Past = vocab.CueOccur, true
			case 'h':
				t.Cue, t.Past = vocab.CueHappen, true
			case 'f':
				t.Cue, t.Past = vocab.CueEffect, true
			case 'p':
				t.Cue = vocab.CueOccur
			case 'e':
				t.Event = true
			case 'b':
				t.Bound = true
			case 'i':
				t.IsPrep = true
			case 'a':
				t.Cue = vocab.CueAfter
			case 'ب':
				t.Prep = "ب"
			}
		}
		t.Norm, t.Word, t.Plain = w, w, w
		return t
	})
	for j, t := range s.Toks {
		if t.Noun {
			k = j
		}
	}
	return s, k
}

// sentenceCase is a row of a test of a reading of one act noun.
type sentenceCase struct {
	name, sentence string
	want           bool
}

// runCases checks f, called name, on each case's sentence and act noun.
func runCases(t *testing.T, name string, f func(frame.Sentence, int) bool, cases []sentenceCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, k := parse(tc.sentence)
			if k < 0 {
				t.Fatalf("no act noun marked * in %q", tc.sentence)
			}
			if got := f(s, k); got != tc.want {
				t.Errorf("%s(%q, %d) = %v, want %v", name, tc.sentence, k, got, tc.want)
			}
		})
	}
}

func TestStated(t *testing.T) {
	runCases(t, "Stated", Stated, []sentenceCase{
		{"the subject after the verb", "اندلعت/v امس *اشتباكات عنيفة بين/i [الجيش] و[حزب الله]", true},
		{"the object of شهد after its subject", "شهدت/v [مدينة حلب] امس *اشتباكات", true},
		{"the subject before the verb", "ان *اشتباكات عنيفة اندلعت/v بين/i [الجيش]", true},
		{"the noun a relative clause describes", "قتل/e سبعة في/i *المواجهات التي/b وقعت/v في/i جبل صبر", true},
		{"a cue of occurrence not in the past", "تنظم/p امس *اشتباكات", false},
		{"no verb of occurrence: a topic", "بحث/e الوزيران *الاشتباكات بين/i [الجيش]", false},
		{"another act between: the verb is its", "وقع/v الجانبان اتفاقا/e لوقف/e *الاشتباكات", false},
		{"governed by a preposition after the verb", "شهدت/v حلب هدوءا بعد/i *الاشتباكات", false},
		{"a word of sequence between", "شهدت/v حلب هدوءا بعد/a *الاشتباكات", false},
		{"a clause bound between", "وقعت/v الحادثة ،/b *اشتباكات", false},
		{"too far before", "وقعت/v في/i الساعة الرابعة من صباح امس الاول *اشتباكات", false},
		{"a relative clause of another verb", "*المعارك التي/b بدات/e امس", false},
		{"the subject of a verb of effect", "استهدف/f *تفجير انتحاري مسجدا في/i [ابها]", true},
		{"a verb of effect after its noun: an attribute", "بعد/a اربعة ايام على/i *تفجير انتحاري استهدف/f مدينة", false},
		{"the subject of a verb of happening", "ووقع/h *تفجير مسجد الصادق", true},
	})
}

func TestDoerless(t *testing.T) {
	runCases(t, "Doerless", Doerless, []sentenceCase{
		{"the act the subject of وقع", "ووقع/h *تفجير مسجد الصادق اثناء صلاة الجمعة", true},
		{"the act the subject of استهدف", "واستهدف/f *تفجير انتحاري مسجدا", true},
		{"the act the object of one who did it", "نظم/v *تفجيرات وخطف طائرات", false},
		{"a place hosts the act", "شهدت/v [مدينة حلب] امس *انفجارا", false},
		{"no verb that states it", "ادان/e الوزير *التفجير", false},
	})
}

func TestAnonymous(t *testing.T) {
	for _, tc := range []struct {
		code string
		want bool
	}{
		{"183", true}, {"1831", true}, {"1833", true}, {"180", false}, {"190", false}, {"182", false},
	} {
		if got := Anonymous(tc.code); got != tc.want {
			t.Errorf("Anonymous(%q) = %v, want %v", tc.code, got, tc.want)
		}
	}
}
