package event

import (
	"strings"
	"testing"
)

// (In this mode a toll and the act it fell in are two records: the clause's
// records are merged only for the news, package event's merge.)
//
// Acts of violence read with every act kept, news or background
// (WithMentions), so that the rows test who did what to whom, not whether
// the sentence reports news (events95). Sentences written for these tests;
// the actors are testdata/actors.txt's.
func TestViolenceParties(t *testing.T) {
	actors := readActors(t, "testdata/actors.txt")
	c := DefaultCoder().WithMentions()
	for _, tc := range []struct {
		name, sentence string
		want           []string
	}{
		{"on the hand of, after an act noun whose genitive suffered it",
			"وأعلنت الشرطة مقتل ثلاثة جنود عراقيين على يد تنظيم داعش في الأنبار.",
			[]string{"IMGMUSISI | 1823 | IRQMIL | asserted"}},
		{"no agent named",
			"وأعلنت الشرطة مقتل ثلاثة جنود عراقيين في الأنبار.",
			[]string{"- | 1823 | IRQMIL | asserted"}},
		{"by, after an act noun",
			"ونددت الحكومة باغتيال ضابط عراقي من قبل تنظيم داعش في الموصل.",
			[]string{"IMGMUSISI | 186 | IRQ | asserted", "IRQGOV | 111 | IMGMUSISI | asserted"}},
		{"a suicide bombing hit a site: the adjective is no party, the object is the target",
			"واستهدف تفجير انتحاري مقرا للجيش العراقي في بغداد.",
			[]string{"- | 190 | IRQMIL | asserted", "IRQREB | 1831 | IRQMIL | asserted"}},
		{"the same, definite: the bombing told before, no doer named here",
			"واستهدف التفجير الانتحاري مقرا للجيش العراقي في بغداد.",
			[]string{"- | 1831 | IRQMIL | asserted", "- | 190 | IRQMIL | asserted"}},
		{"an indefinite bombing is a new act, not the last actor's",
			"وقصفت الطائرات التركية مواقع حزب العمال الكردستاني. واستهدف تفجير انتحاري مقرا للجيش العراقي في بغداد.",
			[]string{"- | 190 | IRQMIL | asserted", "IRQREB | 1831 | IRQMIL | asserted", "TURMIL | 195 | TURREB | asserted"}},
		{"ascribed after the act noun: the one ascribed to, not who ascribes",
			"قتل جندي تركي في هجوم نسبته السلطات إلى حزب العمال الكردستاني.",
			[]string{"- | 1823 | TURMIL | asserted", "TURREB | 190 | - | asserted"}},
		{"ascribed in a clause before the act",
			"وفي حادثة منفصلة نسبت ايضا الى حزب العمال الكردستاني، قتل جندي تركي.",
			[]string{"TURREB | 1823 | TURMIL | asserted"}},
		{"ascribed with ل, as a headline writes it",
			"مقتل جندي تركي في هجوم نسب لحزب العمال الكردستاني",
			[]string{"- | 1823 | TURMIL | asserted", "TURREB | 190 | - | asserted"}},
		{"ascribed to nobody named: nobody, not the authorities",
			"قتل جندي تركي في هجوم نسبته السلطات إلى جهات مجهولة.",
			[]string{"- | 1823 | TURMIL | asserted", "- | 190 | - | asserted"}},
		{"no verb of ascribing: the authorities' act is theirs",
			"قتل جندي تركي في هجوم شنته السلطات على حزب العمال الكردستاني.",
			[]string{"- | 1823 | TURMIL | asserted", "TURGOV | 190 | TURREB | asserted"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := buildDoc(tc.sentence, "2026-01-01", actors)
			got := strings.Join(eventLines(c.Code(doc)), "\n")
			if want := strings.Join(tc.want, "\n"); got != want {
				t.Errorf("Code(%q):\n%s\nwant:\n%s", tc.sentence, got, want)
			}
		})
	}
}
