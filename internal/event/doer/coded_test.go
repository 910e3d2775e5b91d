package doer_test

import (
	"slices"
	"testing"

	"rasad/internal/news"
	"rasad/internal/pipeline"
)

// TestCoded: sentences written for the test, read by the whole pipeline,
// for the rules of this package that package event calls in one line
// each (NamelessSubject, CountedBefore, Beyond) and the dual verb that
// continues only a subject of two. Each row names a record, a code and
// its source's actor, and whether the text gives it.
func TestCoded(t *testing.T) {
	const (
		coalition = "أعلن التحالف العربي بدء عملية جديدة في اليمن. واستهدفت طائرات التحالف مقر الكتيبة 12 التابعة للحوثيين في صعدة، ما أدى إلى مقتل عشرة مسلحين."
		rights    = "وشن مسلحو حركة الشباب هجوما على قاعدة عسكرية في مقديشو. ودانت منظمتان حقوقيتان الهجوم على القاعدة."
		praised   = "وقصف الحوثيون مدينة تعز أمس. وأشادتا بدور الهلال الأحمر في إغاثة المدينة."
		surrender = "وقال الجيش إن مسلحي الحوثي وقوات صالح قصفوا مدينة تعز. وقال مسؤول محلي إن ثلاثين من مسلحي الحوثي استسلموا للجيش اليمني في تعز."
		father    = "واعتقل مقاتلون من تنظيم داعش الفتاة في حلب. وصرح والد الفتاة لصحيفة محلية بأن الوضع خطير للغاية."
		headless  = "وأعدم تنظيم الدولة الإسلامية عشرة جنود في سرت. وهاجم مقاتلو الدولة الإسلامية مركزا للشرطة في مدينة سرت أمس."
	)
	p := pipeline.New()
	for _, tt := range []struct {
		name, text, record string
		there              bool
	}{
		{"the coalition's aircraft", coalition, "195 SAUMIL", true},
		{"the camp is the Houthis', not the aircraft", coalition, "195 YEMMIL", false},
		{"a dual subject no actor names does not continue the doer before", rights, "111 SOMREB", false},
		{"the shelling told before", praised, "190 YEMREB", true},
		{"a dual verb does not continue the subject of one", praised, "051 YEMREB", false},
		{"the counted gunmen surrender", surrender, "0874 YEMREB", true},
		{"not the pair named before", surrender, "0874 YEMMIL", false},
		{"the girl's father speaks, not the group named before", father, "010 IMGMUSISI", false},
		{"a group's name without its head noun", headless, "190 IMGMUSISI", true},
		{"not a state's government", headless, "190 LBYGOV", false},
	} {
		doc := p.Run(news.Article{Title: "خبر", Text: tt.text, Published: "2015-08-10"})
		got := make([]string, 0, len(doc.Events))
		for _, e := range doc.Events {
			got = append(got, e.Code+" "+e.Source.Actor)
		}
		if slices.Contains(got, tt.record) != tt.there {
			t.Errorf("%s: record %q there = %v, want %v (records %q)", tt.name, tt.record, !tt.there, tt.there, got)
		}
	}
}
