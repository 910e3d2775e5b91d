package frame

import (
	"testing"

	"rasad/internal/event/vocab"
)

// clash marks the fake's nouns of mutual fighting and the prepositions of
// time the notation does not know (خلال, اثناء), and marks people
// counted (اشخاص) as Counted reads them.
func clash(f *fake) *fake {
	for j := range f.toks {
		switch f.toks[j].Norm {
		case "اشتباكات", "معارك", "مواجهات":
			f.toks[j].Clash = true
		case "اشخاص":
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
	}
	for _, c := range cases {
		s := clash(parse(c.sentence))
		pi, people := Fallen(s, -1, s.at(c.from))
		if pi != c.pi || people != c.people {
			t.Errorf("%s: Fallen = %d, %d; want %d, %d", c.name, pi, people, c.pi, c.people)
		}
	}
}
