package force

import (
	"strings"
	"testing"

	"rasad/internal/event/frame"
	"rasad/internal/event/frame/frametest"
)

func TestClashedWith(t *testing.T) {
	// words apart by spaces; [ ] an actor phrase, * the toll's word, ~ a
	// noun of mutual fighting; في and مع are prepositions
	for _, tc := range []struct {
		name, s, want string
	}{
		{"the side named after مع", "*قتل 12 من [عناصر التنظيم] في ~اشتباكات مع [قوات الأمن] شمال المدينة", "قوات"},
		{"the men of a side after مع: the side", "*قتل 9 من [مسلحي الجماعة] في ~معارك مع رجال [المقاومة الشعبية] غرب المحافظة", "المقاومة"},
		{"the members of an army after مع: the army", "*سقط 4 من [المتمردين] خلال ~مواجهات مع افراد [الجيش] قرب الحدود", "الجيش"},
		{"men of no side named: none", "*قتل 3 من [المسلحين] في ~مواجهات مع رجال قبائل المنطقة", ""},
		{"a noun of men without مع: none", "*قتل 5 من [الجنود] في ~اشتباكات عنيفة شارك فيها رجال [القبائل]", ""},
		{"a clash named with no side: none", "*قتل 7 من [المسلحين] في ~اشتباكات وسط المدينة", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k := -1
			s := frametest.Parse(tc.s, func(w string) frame.Token {
				var x frame.Token
				switch {
				case strings.HasPrefix(w, "*"):
					w, x.Event, x.Verb = w[1:], true, true
				case strings.HasPrefix(w, "~"):
					w, x.Event, x.Clash = w[1:], true, true
				case w == "في" || w == "مع" || w == "من" || w == "خلال":
					x.IsPrep = true
				}
				x.Norm, x.Word, x.Plain = w, strings.TrimPrefix(w, "ال"), w
				return x
			})
			for j, w := range strings.Fields(tc.s) {
				if strings.HasPrefix(w, "*") {
					k = j
				}
			}
			got := ""
			if pi := ClashedWith(s, k); pi >= 0 {
				got = s.Token(s.Phrase(pi).Start).Norm
			}
			if got != tc.want {
				t.Errorf("ClashedWith(%s) = %q, want %q", tc.s, got, tc.want)
			}
		})
	}
}
