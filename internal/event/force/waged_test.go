package force

import (
	"strings"
	"testing"

	"rasad/internal/event/frame"
	"rasad/internal/event/frame/frametest"
)

func TestWaged(t *testing.T) {
	// words apart by spaces; [ ] an actor phrase, ~ the noun of mutual
	// fighting; في, مع and ضد are prepositions, 2015 a number
	for _, tc := range []struct {
		name, s, want string
	}{
		{"the subject of a verb of waging", "وتخوض [القوات الحكومية] ~مواجهات مع [المتمردين] شمال البلاد", "القوات"},
		{"one adverb between subject and noun", "يخوض [مقاتلو القبائل] حاليا ~معارك مع [التنظيم]", "مقاتلو"},
		{"waged with و: the plain form", "وخاض [الجيش] ~اشتباكات مع [المسلحين] في الجبل", "الجيش"},
		{"the subject after the noun: not read", "~معارك خاضها [مقاتلون أكراد] في المدينة", ""},
		{"no subject named: none", "التي تخوضها ~مواجهات ضد [الميليشيات]", ""},
		{"a verb that is no waging: none", "وتتابع [القوات الحكومية] ~مواجهات مع [المتمردين]", ""},
		{"two words between: none", "تخوض [المقاومة] منذ أسابيع ~معارك مع [المسلحين]", ""},
		{"a subject under a preposition: none", "تخوض مع [الحلفاء] ~معارك ضد [التنظيم]", ""},
		{"a number is no adverb: none", "تخوض [القوات] 2015 ~معارك", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k := -1
			s := frametest.Parse(tc.s, func(w string) frame.Token {
				var x frame.Token
				switch {
				case strings.HasPrefix(w, "~"):
					w, x.Event, x.Clash = w[1:], true, true
				case w == "في" || w == "مع" || w == "ضد":
					x.IsPrep = true
				case w == "2015":
					x.Number = true
				}
				x.Norm, x.Word, x.Plain = w, strings.TrimPrefix(w, "ال"), strings.TrimPrefix(w, "و")
				return x
			})
			for j, w := range strings.Fields(tc.s) {
				if strings.HasPrefix(w, "~") {
					k = j
				}
			}
			got := ""
			if pi := Waged(s, k); pi >= 0 {
				got = s.Token(s.Phrase(pi).Start).Norm
			}
			if got != tc.want {
				t.Errorf("Waged(%s) = %q, want %q", tc.s, got, tc.want)
			}
		})
	}
}
