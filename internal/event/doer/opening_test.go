package doer

import (
	"strings"
	"testing"
)

func TestOpening(t *testing.T) {
	for _, c := range []struct {
		name, sentence string
		want           int // the phrase the verb marked @ continues, -1 if none
	}{
		{"a verb joined to the opening clause", "وتحدث [الوزير الألماني] عن الأزمة ، وأعرب@ عن أمله", 0},
		{"after a particle", "كما انتقد [الرئيس] القرار وطالب@ بإلغائه", 0},
		{"a feminine verb after a masculine one", "وتحدث [الوزير] عن الأزمة وأعربت@% عن أملها", -1},
		{"two feminine verbs", "وزارت [الوزيرة] المدينة وأعلنت@% عن دعمها", 0},
		{"a masculine opener of form V and a masculine verb", "وتجمع [المحتجون] أمام المبنى وطالب@ بالإفراج", 0},
		{"a masculine verb with a root ت", "وصوت [النائب] ضد القرار وطالب@ بإلغائه", 0},
		{"an event opener read as feminine, a masculine verb", "وتطالب@% [الوزارة] بالتحقيق وطالب@ بالإفراج", -1},
		{"an event opener of form V, masculine, and a masculine verb", "وتظاهر@ [المحتجون] أمس وطالب@ بالإفراج", 0},
		{"the verb has no و", "وتحدث [الوزير] عن الأزمة أعرب@ عن أمله", -1},
		{"a topic particle opens the sentence", "أما [الوزير] فتحدث عن الأزمة وأعرب@ عن أمله", -1},
		{"the opener carries no و", "تحدث [الوزير] عن الأزمة وأعرب@ عن أمله", -1},
		{"a noun opens the sentence: the phrase is its genitive", "وعقب اغتيال [النائب العام] ، ألقى [الرئيس] باللوم وتعهد@ بالرد", -1},
		{"a complement clause between", "وأوضح [المدير] أن [الفرع] كثف الجهود وطالب@ بالمزيد", -1},
		{"a relative clause between", "وانتقد [الوزير] الدور الذي تقوم به [الحكومة] وطالب@ بوقفه", -1},
		{"a quotation between", "وقال [الوزير] « نحن ندعم الحل وتعهد@ بالرد »", -1},
		{"a preposition before the phrase", "وتحدث عن [الحكومة] وأعرب@ عن أمله", -1},
		{"a verb joined by كما", "وأكد [الوزير] دعم بلاده ، كما ناشد@ الأمم المتحدة", 0},
		{"a verb joined by ثم", "وانتقد [الوزير] القرار ثم طالب@ بإلغائه", 0},
		{"كما opening the sentence joins it to another sentence", "كما ناشد@ [الوزير] الأمم المتحدة", -1},
	} {
		s := told(c.sentence)
		k := -1
		for i, w := range strings.Fields(strings.NewReplacer("[", "", "]", "").Replace(c.sentence)) {
			if s.Toks[i].And = strings.HasPrefix(w, "و"); s.Toks[i].And {
				s.Toks[i].Word = strings.TrimPrefix(s.Toks[i].Word, "و") // the word without its proclitics
			}
			s.Toks[i].IsPrep = w == "عن" || w == "في"
			if strings.Contains(w, "@") {
				k = i
			}
		}
		if got := Opening(s, k); got != c.want {
			t.Errorf("%s: Opening(%s) = %d, want %d", c.name, c.sentence, got, c.want)
		}
	}
}
