package force

import (
	"strings"
	"testing"

	"rasad/internal/event/frame"
	"rasad/internal/event/frame/frametest"
)

func TestDomestic(t *testing.T) {
	// in the sentence, a word WORD:CC names a place of CC (a name or its nisba)
	party := testParty
	for _, tc := range []struct {
		name, s, doer, target, code, want string
		state                             bool
	}{
		{"a governor receives officials: his own",
			"أمير منطقة جازان:SAU يستقبل مسؤولين قدموا للتهنئة", "أمير منطقة جازان/SAU/SAUGOV", "مسؤولين//GOV", "043", "SAU/SAUGOV", false},
		{"a director asks the officials of health: his own",
			"طلب مدير مستشفى الطائف:SAU من مسؤولي الصحة إعفاءه", "DIRECTOR/SAU/SAUHLH", "مسؤولي//GOV", "020", "SAU/SAUGOV", false},
		{"a named man meets the crossing's administration on his side",
			"والتقى القائد بإدارة المنفذ في جانبه اليمني:YEM", "COMMANDER/YEM/YEM", "بإدارة//GOV", "040", "YEM/YEMGOV", false},
		{"a citizen calls on the officials, no place named",
			"وطالب المواطن المسؤولين بإزالة المطبات", "CITIZEN/SAU/SAU", "المسؤولين//GOV", "100", "SAU/SAUGOV", false},
		{"another country's minister named by his nisba: not the doer's",
			"ولي العهد السعودي:SAU يلتقي وزير الدولة لشؤون الدفاع القطري:QAT", "PRINCE/SAU/SAUGOV", "وزير الدولة//GOV", "040", "/GOV", false},
		{"officials of a foreign capital: not the doer's",
			"التقى الوزير في باريس:FRA المسؤولين", "MINISTER/EGY/EGYGOV", "المسؤولين//GOV", "040", "/GOV", false},
		{"a threat goes to others",
			"هدد الرئيس المسؤولين", "PRESIDENT/SYR/SYRGOV", "المسؤولين//GOV", "130", "/GOV", false},
		{"force goes to others",
			"هاجم الجيش مقر الحكومة", "الجيش/SYR/SYRMIL", "الحكومة//GOV", "190", "/GOV", false},
		{"soldiers: only a doer of their role (Sides)",
			"زار الوزير الجنود", "MINISTER/IRQ/IRQGOV", "الجنود//MIL", "043", "/MIL", false},
		{"a doer of no country gives none",
			"التقى المبعوث المسؤولين", "ENVOY//IGOUNO", "المسؤولين//GOV", "040", "/GOV", false},
		{"a body named as an entity keeps its own",
			"التقى الوزير الحكومة", "MINISTER/EGY/EGYGOV", "GOVERNMENT//GOV", "040", "/GOV", false},
		{"a state consoles a government: another's",
			"وقدم الأردن:JOR التعازي لحكومة المملكة", "JORDAN/JOR/JOR", "لحكومة المملكة//GOV", "018", "/GOV", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := frametest.Parse(tc.s, func(w string) frame.Token {
				var x frame.Token
				if word, cc, ok := strings.Cut(w, ":"); ok {
					w, x.Place = word, cc
				}
				x.Word, x.Norm = w, w
				return x
			})
			p := party(tc.target)
			Domestic(party(tc.doer), tc.state, &p, tc.code, s)
			if got := p.Country + "/" + p.Actor; got != tc.want {
				t.Errorf("Domestic(%s, %s, %s) = %s, want %s", tc.doer, tc.target, tc.code, got, tc.want)
			}
		})
	}
	Domestic(party("MINISTER/EGY/EGYGOV"), false, nil, "040", frametest.Parse("التقى", func(string) frame.Token { return frame.Token{} })) // no target: nothing to do
}
