package frame

import (
	"testing"

	"rasad/internal/event/vocab"
)

// clash marks the fake's nouns of mutual fighting and the prepositions of
// time the notation does not know (خلال, اثناء), and marks people
// counted (اشخاص) and the toll's noun (مصرعه) as casualty words.
func clash(f *fake) *fake {
	for j := range f.toks {
		switch f.toks[j].Norm {
		case "اشتباكات", "معارك", "مواجهات":
			f.toks[j].Clash = true
		case "اشخاص", "مصرعه":
			f.toks[j].Cue = vocab.CueCasualty
		case "خلال", "اثناء":
			f.toks[j].IsPrep, f.toks[j].Prep, f.toks[j].Word = true, f.toks[j].Norm, f.toks[j].Norm
		}
	}
	return f
}

func TestFallen(t *testing.T) {
	cases := []struct {
		name, sentence, from string // from: the word whose frame is read
		pi, people           int    // what Fallen finds
	}{
		{"group counted before the verb, the fight after it", "ان 13 [?عنصرا] من [الحوثيين] قتلوا@ في اشتباكات* في مدينة [تعز] .", "اشتباكات", 1, -1},
		{"read from the toll's own verb", "ان 13 [?عنصرا] من [الحوثيين] قتلوا@ في اشتباكات* في مدينة [تعز] .", "قتلوا", 1, -1},
		{"during the fighting", "قال [الجيش] ، 7 من [المسلحين] قتلوا@ خلال معارك* عنيفة .", "معارك", 1, -1},
		{"people counted", "ان 5 اشخاص قتلوا@ خلال مواجهات* امس .", "مواجهات", -1, 1},
		{"the other side named after مع", "ان 13 من [الحوثيين] قتلوا@ في اشتباكات* مع [المقاومة] .", "اشتباكات", -1, -1},
		{"the sides named after بين", "ان 13 من [الحوثيين] قتلوا@ في اشتباكات* بين [المقاومة] [+والحوثيين] .", "اشتباكات", -1, -1},
		{"the killers named before the verb: no victims before it", "ان [قوات الامن] قتلت@ في اشتباكات* [مسلحين] .", "اشتباكات", -1, -1},
		{"a verb with an object pronoun: its doers before it", "ان 13 من [الحوثيين] قتلوه@~ في اشتباكات* .", "اشتباكات", -1, -1},
		{"no verb before the fight", "ان 13 من [الحوثيين] في اشتباكات* .", "اشتباكات", -1, -1},
		{"a count after the fight, not before", "قتل@ في اشتباكات* 13 من [الحوثيين] .", "اشتباكات", -1, -1},
		{"the toll's verb, the fight further on", "ان 28 من [الجيش] و 18 من [التنظيم] قتلوا@ واصيب@ 27 بينهم 12 من [التنظيم] في معارك* .", "قتلوا", 1, -1},
		{"a comma after a long subject", "ان 28 من [الجيش] و 18 [?مقاتلا] من [تنظيم الدولة] ، قتلوا@ في معارك* .", "قتلوا", 2, -1},
		{"a comma that ends a clause before the verb", "قال [الجيش] ، قتلوا@ في معارك* .", "قتلوا", -1, -1},
		{"a boundary between the toll and the fight", "ان 18 من [التنظيم] قتلوا@ ، وفي معارك* .", "قتلوا", -1, -1},
	}
	for _, c := range cases {
		s := named(clash(parse(c.sentence)), -1)
		k, l := s.at(c.from), -1
		for j := range k {
			if s.toks[j].Bound {
				l = j // the clause opens after its last boundary
			}
		}
		pi, people := Fallen(s, l, k)
		if pi != c.pi || people != c.people {
			t.Errorf("%s: Fallen = %d, %d; want %d, %d", c.name, pi, people, c.pi, c.people)
		}
	}
}

// named marks the fake's actor phrases as holding a name, and phrase role
// (if not -1) as an agent noun with a role (التنظيم), as Partitive reads
// them.
func named(f *fake, role int) *fake {
	for pi := range f.phr {
		f.phr[pi].Named = f.phr[pi].Actor
	}
	if role >= 0 {
		f.phr[role].Role = true
	}
	return f
}

func TestMember(t *testing.T) {
	cases := []struct {
		name, sentence, from string // from: the first word of the phrase read
		role, want           int    // role: a phrase with an agent noun, -1 none
	}{
		{"fighters of a named group", "مقتل* 19 [?مسلحا] من [تنظيم داعش] بينهم [?قيادي] سوري .", "مسلحا", -1, 1},
		{"members of a group as an agent noun: left to the phrase", "اعتقلت@ [الشرطة] [?عناصر] من [?التنظيم] .", "عناصر", 2, 1},
		{"a named phrase stands for itself", "اعتقلت@ [الشرطة] [حزب العمال] من [تركيا] .", "حزب", -1, 1},
		{"nobody named after من", "مقتل* 19 [?مسلحا] من [?الرجال] .", "مسلحا", -1, 0},
		{"members among whom a group is named", "قتل@ 19 [?مسلحا] بينهم [الحزب] .", "مسلحا", -1, 1},
	}
	for _, c := range cases {
		s := named(parse(c.sentence), c.role)
		if got := Member(s, s.toks[s.at(c.from)].Phrase-1); got != c.want {
			t.Errorf("%s: Member = %d; want %d", c.name, got, c.want)
		}
	}
}

func TestVictimsKilledBy(t *testing.T) {
	cases := []struct {
		name, sentence, from string // from: the act's word
		pi, people           int
	}{
		{"the subject that opens the clause", "ان [القيادي الحوثي ابو حمزة] و 12 من مرافقيه قتلوا@ على يد [مقاتلي المقاومة] .", "قتلوا", 0, -1},
		{"a group counted", "ان 5 من [المسلحين] قتلوا@ على يد [الجيش] .", "قتلوا", 0, -1},
		{"met his death at the hands of", "ان [القيادي] لقي@ مصرعه~ على يد [المقاومة] .", "لقي", 0, -1},
		{"no agent: a count, not an act's victims", "ان 5 من [المسلحين] قتلوا@ امس .", "قتلوا", -1, -1},
		{"a verb between the subject and the toll", "ان [الجيش] اعلن@ ان [القائد] قتل@ على يد [المسلحين] .", "قتل", -1, -1},
		{"the subject governed by a preposition", "في [المدينة] قتلوا@ على يد [المسلحين] .", "قتلوا", -1, -1},
	}
	for _, c := range cases {
		s := clash(parse(c.sentence))
		pi, people := Victims(s, s.at("ان"), s.at(c.from), false) // the clause opens after ان

		if pi != c.pi || people != c.people {
			t.Errorf("%s: Victims = %d, %d; want %d, %d", c.name, pi, people, c.pi, c.people)
		}
	}
}
