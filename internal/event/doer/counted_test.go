package doer

import (
	"strings"
	"testing"
)

func TestCounted(t *testing.T) {
	for _, c := range []struct {
		name, sentence string
		want           int  // the phrase that does the act, -1 if none is named
		ok             bool // the word after the verb (the second) is a quantifier, its subject
	}{
		{"a number of a group", "وطالب عدد من [أعضاء البرلمان] [الحكومة] بالتحقيق", 0, true},
		{"some of them", "وانتقد بعض من [قادة الحزب] القرار", 0, true},
		{"many of them, with the article", "وأيد العديد من [النواب] المشروع", 0, true},
		{"a group of them", "وهاجمت% مجموعة من [المستوطنين] [المزارعين]", 0, true},
		{"a feminine verb: the quantifier is its object", "واعتقلت% عدد من [الناشطين]", -1, false},
		{"a masculine verb of form V or VI opens with ت", "وتظاهر عدد من [أعضاء البرلمان] أمس", 0, true},
		{"a masculine verb of form V before a feminine quantifier", "وتعهد مجموعة من [النواب] بالرد", -1, false},
		{"a present verb with the feminine prefix", "وتطالب% مجموعة من [النواب] بالتحقيق", 0, true},
		{"a feminine quantifier after a masculine verb", "وهاجم مجموعة من [المستوطنين]", -1, false},
		{"one of them, feminine", "وقالت% إحدى من [الناجيات] إنها", 0, true},
		{"one of them after a masculine verb", "وقال إحدى من [الناجيات] إنها", -1, false},
		{"members of a body named after them", "وطالب عدد من [أعضاء] [البرلمان] الحكومة", 1, true},
		{"supporters of a body: none named", "ودعا عدد من مناصري [النظام] إلى التظاهر", -1, true},
		{"things counted: no subject", "وبحث عدد من الموضوعات المشتركة", -1, false},
		{"people counted in a plural in ات", "وطالب عدد من القيادات بالتحقيق", -1, true},
		{"personalities counted", "وانتقد بعض من الشخصيات القرار", -1, true},
		{"no من after the quantifier", "وطالب عدد [النواب] بالتحقيق", -1, false},
		{"no actor after من", "ودعا عدد من المواطنين إلى التظاهر", -1, true},
		{"another noun, no quantifier", "وطالب رئيس من [الحزب] الحكومة", -1, false},
		{"the quantifier with a pronoun", "وطالب بعضهم~ من [الحزب] الحكومة", -1, false},
		{"the end of the sentence", "وطالب عدد من", -1, false},
	} {
		s := told(c.sentence)
		for i := range s.Toks {
			s.Toks[i].IsPrep = s.Toks[i].Word == "من"
		}
		for i := range s.Phr {
			s.Phr[i].Named = true
		}
		if strings.Contains(c.name, "members of") {
			s.Phr[0].Actor, s.Phr[0].Named = false, false // a noun of members, no actor itself
		}
		if got, ok := Counted(s, 0, 1); got != c.want || ok != c.ok {
			t.Errorf("%s: Counted(%s) = %d, %v, want %d, %v", c.name, c.sentence, got, ok, c.want, c.ok)
		}
	}
}
