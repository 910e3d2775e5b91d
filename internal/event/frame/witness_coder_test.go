package frame_test

import (
	"slices"
	"strings"
	"testing"

	"rasad/internal/news"
	"rasad/internal/pipeline"
)

// TestWitnessedCoded: sentences written for the test, read by the whole
// pipeline. A place that witnesses an act is its scene: the demand and
// the protest are the people's of its country (one record for several
// towns), a doer named nearer the act keeps it, and a capital that rejects
// something stands for its government as before.
func TestWitnessedCoded(t *testing.T) {
	p := pipeline.New()
	for _, tt := range []struct {
		name, text string
		want       []string // code source-actor source-name, each a record of the sentence
		not        []string // records that must not be there
	}{
		{"towns that witness a demand", "وتشهد مدن الموصل وتكريت وسامراء احتجاجات للمطالبة بصرف الرواتب.",
			[]string{"100 IRQ "}, []string{"100 IRQ Mosul", "100 IRQ Tikrit", "100 IRQ Samarra"}},
		{"a town that witnesses a protest", "وشهدت مدينة حمص أمس تظاهرة كبيرة ضد النظام.",
			[]string{"141 SYR "}, []string{"141 SYR Homs"}},
		{"a nearer doer", "وشهدت مدينة الموصل تظاهرة شارك فيها المئات للمطالبة بإقالة المحافظ.",
			[]string{"100 IRQCVL المئات"}, []string{"100 IRQ Mosul"}},
		{"a capital that rejects", "ورفضت موسكو العقوبات الجديدة.",
			[]string{"120 RUS Moscow"}, nil},
	} {
		doc := p.Run(news.Article{Title: "خبر", Text: tt.text, Published: "2015-08-01"})
		var got []string
		for _, e := range doc.Events {
			got = append(got, e.Code+" "+e.Source.Actor+" "+e.Source.Name)
		}
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: no record %q in %q", tt.name, w, got)
			}
		}
		for _, w := range tt.not {
			if slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, w) }) {
				t.Errorf("%s: record %q in %q", tt.name, w, got)
			}
		}
	}
}
