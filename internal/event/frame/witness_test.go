package frame

import "testing"

// TestWitnessed: a place that is the subject of a verb of witnessing is
// the scene of the act its object names, not its doer; a doer the clause
// names nearer the act, a place under a preposition, an agent (a nisba
// of an army) or places of two countries leave the subject rules alone.
func TestWitnessed(t *testing.T) {
	for _, tt := range []struct {
		name, sentence, at string
		places             []string // the words that name places, and their countries
		code               string
		country            string
		ok                 bool
	}{
		{"a city witnesses a protest", "شهدت [الموصل] مظاهرات* .", "مظاهرات", []string{"الموصل:IRQ"}, "141", "IRQ", true},
		{"the kind of place before its name", "تشهد مدينة [حمص] احتجاجات* .", "احتجاجات", []string{"حمص:SYR"}, "141", "SYR", true},
		{"places joined by و, one country", "تشهد محافظات [ميسان] [+وذي قار] [+والكوت] تظاهرات* .", "تظاهرات", []string{"ميسان:IRQ", "ذي:IRQ", "الكوت:IRQ"}, "141", "IRQ", true},
		{"a town the gazetteer does not know among them", "تشهد محافظات [ميسان] [+والرفاعي] تظاهرات* .", "تظاهرات", []string{"ميسان:IRQ"}, "141", "IRQ", true},
		{"a demand told with the protest", "شهدت [الموصل] مظاهرات* وسط مطالب* ل [الحكومة] .", "مطالب", []string{"الموصل:IRQ"}, "100", "IRQ", true},
		{"blasts: no doer named, no country", "شهدت [الموصل] تفجيرات* .", "تفجيرات", []string{"الموصل:IRQ"}, "180", "", true},
		{"talks held in a city: no doer", "تشهد [الدوحة] اليوم مباحثات* .", "مباحثات", []string{"الدوحة:QAT"}, "040", "", true},
		{"a nearer doer", "شهدت [الموصل] مظاهرات* شارك فيها [المئات] للمطالبة* .", "للمطالبة", []string{"الموصل:IRQ"}, "100", "", false},
		{"places of two countries", "شهدت [بيروت] [+ودمشق] مظاهرات* .", "مظاهرات", []string{"بيروت:LBN", "دمشق:SYR"}, "141", "", false},
		{"no verb of witnessing", "نظمت [الموصل] مظاهرات* .", "مظاهرات", []string{"الموصل:IRQ"}, "141", "", false},
		{"an event verb ends the clause", "شهدت [الموصل] هدوءا ثم تظاهر@ [الطلاب] مطالبين* .", "مطالبين", []string{"الموصل:IRQ"}, "100", "", false},
		{"a comma ends the clause", "شهدت [الموصل] هدوءا ، وطالب* .", "وطالب", []string{"الموصل:IRQ"}, "100", "", false},
	} {
		s := parse(tt.sentence)
		for _, p := range tt.places {
			w, c := p[:len(p)-4], p[len(p)-3:]
			j := s.at(w)
			if j < 0 {
				j = s.at("و" + w)
			}
			s.toks[j].Place, s.toks[j].Linked = c, true
			s.phr[s.toks[j].Phrase-1].Place = true
		}
		k := s.at(tt.at)
		if country, ok := Witnessed(s, k, tt.code); country != tt.country || ok != tt.ok {
			t.Errorf("%s: Witnessed(%q) = %q, %v, want %q, %v", tt.name, tt.at, country, ok, tt.country, tt.ok)
		}
	}
}

// TestPopulace: the acts a place's people do together.
func TestPopulace(t *testing.T) {
	for code, want := range map[string]bool{"100": true, "1041": true, "111": true, "120": true, "141": true, "145": true, "040": false, "190": false, "180": false, "": false, "1": false} {
		if got := Populace(code); got != want {
			t.Errorf("Populace(%q) = %v, want %v", code, got, want)
		}
	}
}
