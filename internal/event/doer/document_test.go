package doer

import (
	"strings"
	"testing"
)

func TestDocument(t *testing.T) {
	for _, c := range []struct {
		name, sentence string
		want           bool // the word after the verb (the second) is its subject
	}{
		{"a statement warns people", "ونبه البيان [سكان المدينة] من العواصف", true},
		{"the object a noun in construct", "وحذر البيان [مواطني الولايات المتحدة] من السفر", true},
		{"a report asks a government", "ودعا التقرير [الحكومة] إلى التحقيق", true},
		{"a letter urges a body", "وحثت الرسالة [المنظمة] على التحرك", true},
		{"a person named after it: verb, object, subject", "ووقع المذكرة [محمود عباس] في رام الله", false},
		{"no actor after it", "وأكد البيان أهمية الحوار", false},
		{"a nisba describes the document", "وانتقد التقرير [الأميركي] الحكومة", false},
		{"without the article: a genitive follows", "وحذر بيان [الوزارة] المواطنين", false},
		{"another noun, not a document", "وحذر المسؤول [المواطنين] من السفر", false},
		{"the document in an actor phrase", "وحذر [البيان المواطنين] من السفر", false},
		{"the last word of the sentence", "وحذر البيان", false},
	} {
		s := told(c.sentence)
		if strings.Contains(c.name, "person") {
			s.Phr[0].PersonIn = true
		}
		if got := Document(s, 1); got != c.want {
			t.Errorf("%s: Document(%s) = %v, want %v", c.name, c.sentence, got, c.want)
		}
	}
}
