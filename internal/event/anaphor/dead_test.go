package anaphor

import (
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/news"
)

func TestDead(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		places     map[string]string // mention → country
		want       string
	}{
		{"the adjective after the toll", "استشهد رضيع فلسطيني أمس قرب مستوطنة إسرائيلية. وقدم الاتحاد تعازيه لعائلة الضحية.",
			map[string]string{"فلسطيني": "PSE", "إسرائيلية": "ISR"}, "PSE"},
		{"the country after the dead", "شيع الآلاف شهداء الإمارات الثلاثة في اليمن. وقدم البيان التعازي لأسر الشهداء.",
			map[string]string{"الإمارات": "ARE", "اليمن": "YEM"}, "ARE"},
		{"counted dead, their adjective further on", "أعلنت الحكومة مقتل أربعة جنود ماليين في الهجوم. وقدمت فرنسا تعازيها لأسر الضحايا.",
			map[string]string{"ماليين": "MLI", "فرنسا": "FRA"}, "MLI"},
		{"where they fell is no country of theirs", "قتل ثلاثة أشخاص في مدينة نابلس. وقدم الاتحاد تعازيه لعائلات الضحايا.",
			map[string]string{"نابلس": "PSE"}, ""},
		{"no word of dying", "زار وفد فلسطيني مدينة نابلس. وقدم الاتحاد تعازيه لعائلة الفقيد.",
			map[string]string{"فلسطيني": "PSE"}, ""},
		{"another clause", "استشهد رضيع، وزار وفد فلسطيني المدينة. وقدم الاتحاد تعازيه لعائلة الضحية.",
			map[string]string{"فلسطيني": "PSE"}, ""},
	} {
		toks := arabic.Tokenize(tc.text)
		arabic.DefaultSegmenter().Segment(toks)
		doc := &news.Document{Text: tc.text}
		for m, cc := range tc.places {
			i := strings.Index(tc.text, m)
			doc.Entities = append(doc.Entities, news.Entity{Name: m, Type: news.LOC, Country: cc, Actor: cc, Mentions: []news.Mention{{Start: i, End: i + len(m), Text: m}}})
		}
		k := len(toks) - 3 // the condolences, in the last sentence
		if got := Dead(doc, toks, k); got != tc.want {
			t.Errorf("%s: Dead(%q) = %q, want %q", tc.name, tc.text, got, tc.want)
		}
	}
}
