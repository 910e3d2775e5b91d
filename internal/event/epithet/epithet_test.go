package epithet

import (
	"strings"
	"testing"

	"rasad/internal/event/frame"
	"rasad/internal/event/frame/frametest"
)

func TestOwn(t *testing.T) {
	// words apart by spaces; [ ] an actor phrase; a word WORD:CC names a
	// place of CC (a name or its nisba); * marks a word that names the
	// doer, = one that names the candidate target, ^ a place that
	// qualifies an agent noun (frame.Token.OfAgent)
	for _, tc := range []struct {
		name, s, cc string
		want        bool
	}{
		{"an embassy's nisba after its name: the doer's own",
			"وحذرت [السفارة*] [الأميركية:USA=] من أن القمة هدف", "USA", true},
		{"a government's nisba: the doer's own",
			"وترفض [الحكومة*] [التركية:TUR=] اتهامات من المعارضة", "TUR", true},
		{"a title's nisba inside the agent phrase: the doer's own",
			"التقى [السفير* الإسرائيلي:ISR=^ رون ديرمر] أعضاء الكونغرس", "ISR", true},
		{"the nisba is named again as a place of the act: not only an epithet",
			"وترفض [الحكومة*] [التركية:TUR=] تفجيرا في [بلدة تركية:TUR=]", "TUR", false},
		{"a nisba noun that heads its phrase: people, not an epithet",
			"وطالب [ساركوزي*] [الفرنسيين:FRA=^] بزيارة تونس", "FRA", false},
		{"a country named as the object: the target",
			"وحذر [كاميرون*] [بريطانيا:GBR=] من الخطر", "GBR", false},
		{"a plural nisba after a common noun: people, maybe the object",
			"وحذر [الوزير*] [الفرنسيين:FRA=] من الخطر", "FRA", false},
		{"a nisba without the article: no adjective of a definite head",
			"وحذرت [السفارة*] [أميركية:USA=] من الخطر", "USA", false},
		{"a nisba of another country than the doer's",
			"وحذر [الرئيس*] [الأمريكي:USA=] من الخطر", "GBR", false},
		{"a doer of no country",
			"وحذرت [المنظمة*] [الأميركية:USA=] من الخطر", "", false},
		{"nothing names the candidate",
			"وحذرت [السفارة*] من الخطر", "USA", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var named, doer []bool
			s := frametest.Parse(tc.s, func(w string) frame.Token {
				var x frame.Token
				w, x.OfAgent = strings.CutSuffix(w, "^")
				w, isNamed := strings.CutSuffix(w, "=")
				w, isDoer := strings.CutSuffix(w, "*")
				if word, cc, ok := strings.Cut(w, ":"); ok {
					w, x.Place = word, cc
				}
				x.Norm, x.Definite = w, strings.HasPrefix(w, "ال")
				x.Word = strings.TrimPrefix(w, "ال")
				named, doer = append(named, isNamed), append(doer, isDoer)
				return x
			})
			// a word of the doer's phrase names the doer (the phrase holds its entity)
			for j, x := range s.Toks {
				if x.Phrase > 0 && !named[j] {
					for k, y := range s.Toks {
						if y.Phrase == x.Phrase && doer[k] {
							doer[j] = true
						}
					}
				}
			}
			got := Own(s, tc.cc, func(j int) bool { return named[j] }, func(j int) bool { return doer[j] })
			if got != tc.want {
				t.Errorf("Own(%s, %q) = %v, want %v", tc.s, tc.cc, got, tc.want)
			}
		})
	}
}
