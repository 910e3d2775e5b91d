package sense

import (
	"strings"
	"testing"

	"rasad/internal/arabic"
)

func TestPrayers(t *testing.T) {
	calls := map[string]bool{"دعا": true, "ودعا": true, "داعيا": true, "داعين": true, "يدعو": true, "وتدعو": true, "ودعت": true}
	for _, c := range []struct {
		name, text string
		want       string // the words read as a prayer, space-separated
	}{
		{"God right after the verb", "وختم كلمته ودعا الله أن يحفظ البلاد من كل سوء.", "ودعا"},
		{"God after ل", "وقدم الوزير شكره للحضور، داعيا لله أن يوفق الجميع.", "داعيا"},
		{"the Lord of the worlds", "وتوجه الحجاج إلى عرفات داعين المولى عز وجل أن يتقبل منهم.", "داعين"},
		{"a blessing for one named", "وزار الأمير المستشفى ودعا للمرضى بالشفاء العاجل.", "ودعا"},
		{"a blessing for a pronoun", "واتصل بأسرة الفقيد ودعا له بالرحمة والمغفرة.", "ودعا"},
		{"God past the subject, praised", "ودعت القيادة الله سبحانه وتعالى أن يتقبله مع الشهداء.", "ودعت"},
		{"God past a name and a comma", "ودعا الأمير خالد، الله عز وجل، أن يحفظ البلاد.", "ودعا"},
		{"God the subject of what is asked", "وهنأ الحضور داعيا للجميع أن يتقبل الله صيامهم.", "داعيا"},
		{"the praise set apart by dashes", "ودعا إمام الجامع الله - عز وجل - أن يشفي المصابين.", "ودعا"},
		{"God past a long subject", "ودعا إمام جامع الحي بمدينة الرياض الشيخ محمد الله - عز وجل - أن يحفظ البلاد.", "ودعا"},
		{"not past the end of the sentence", "ودعا الوزير إلى الحوار. والله عز وجل يعلم.", ""},
		{"God the subject of another clause", "ولا يمكن لمؤمن أن يدعو إليه، يقول ربنا سبحانه في كتابه.", ""},
		{"one addressed before أن fears God", "وختم الخطيب داعيا المسلم أن يتقي الله في أهله.", ""},
		{"a party named for God is an actor", "ودعت الحكومة حزب الله إلى الانسحاب من سوريا.", ""},
		{"a name with God in it", "ودعا عبد الله المحيسني إلى النفير.", ""},
		{"an act asked of an actor after أن", "ودعا الوزير إسرائيل أن توقف الاستيطان.", ""},
		{"an appeal to an actor", "ودعت الأمم المتحدة الأطراف إلى وقف القتال.", ""},
		{"an appeal for an act after ل", "ودعا الوزير للحوار بين الأطراف بالسرعة الممكنة.", ""},
		{"an appeal after the name of God in an oath", "وتدعو الحكومة بإذن الله إلى الحوار.", ""},
		{"a blessing past punctuation", "دعا للحوار، بالتوفيق للجميع.", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			toks := arabic.Tokenize(c.text)
			pattern := func(k int) (string, bool) {
				if calls[toks[k].Norm] {
					return "دعا", true
				}
				return "", false
			}
			var got []string
			for _, k := range Prayers(toks, pattern) {
				got = append(got, toks[k].Norm)
			}
			if g := strings.Join(got, " "); g != arabic.Normalize(c.want) {
				t.Errorf("Prayers(%s) = %q, want %q", c.text, g, c.want)
			}
		})
	}
}
