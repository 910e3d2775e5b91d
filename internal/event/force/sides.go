package force

import (
	"strings"

	"rasad/internal/event/frame"
	"rasad/internal/event/frame/setting"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Sides returns the target p of an act of code by doer, each of the two
// given the country the other's role implies where the text names none
// for it, and may give the doer its country too; scene is the country
// the act's sentence places it in ("" if none):
//
//   - a numbered unit of no country (خطفت جبهة النصرة عناصر من الفرقة 30
//     قرب أعزاز) is of the country of the scene: a formation of one of the
//     sides fighting there (Unit), a country-level actor, its side untold.
//   - soldiers or policemen of no country and no name (جنديين, شرطيين: MIL,
//     COP) whom an act of force at a scene hits, by a doer not of that
//     country (nobody named, or a foreign side), are the scene's: a
//     report on an attack in a country that does not say whose soldiers
//     died speaks of that country's own forces (مقتل جنديين في هجوم بشرق
//     تركيا: Turkish soldiers). A state's own forces that strike soldiers
//     at home strike others, whom the text does not place.
//   - Commanded: a commander or an army (a doer of the military or the
//     police of a country: LBNMIL) that calls on, thanks or meets soldiers
//     or policemen it does not name by country (دعا قائد الجيش اللبناني
//     العسكريين; حفتر يدعو قادة الجيش) speaks to its own: they are of its
//     country. Not for threats, rejections or force (roots 11 and above):
//     an army warns and strikes the soldiers of others.
//   - Opposed: rebels (REB: insurgents, fighters, فصائل المعارضة) that
//     fight a state's own forces or government (SYRMIL: قوات النظام, a
//     country's army or police) and that no name or place gives a country
//     are that state's rebels, the armed opponents of its government
//     (CAMEO's REB); gunmen nobody names (UAF) stay of no country.
//   - Regime: rebels of no country and no name whom the forces of a
//     regime or government fight, named as such (قوات النظام, القوات
//     الحكومية: lexicon class government-forces) or as men loyal to it
//     (المسلحين الموالين لها), are that state's rebels, as in Opposed the
//     other way round: such forces fight at home (مقتل مقاتل من المعارضة
//     خلال اشتباكات مع قوات النظام). Not a state's army by its nisba (الجيش
//     الأمريكي), which may fight abroad.
func Sides(doer *news.Party, p news.Party, code, scene string) *news.Party {
	switch {
	case scene != "" && p.Country == "" && p.Actor == "" && Unit(p.Name):
		p.Country, p.Actor = scene, scene
	case scene != "" && guards(p) && doer.Country != scene && Violent(code):
		p.Country, p.Actor = scene, scene+p.Actor
	case commanded(*doer, p, code):
		p.Country, p.Actor = doer.Country, doer.Country+p.Actor
	case opposed(*doer, p, code):
		doer.Country, doer.Actor = p.Country, p.Country+rebels
	case opposed(p, *doer, code) && regime(doer.Name):
		p.Country, p.Actor = doer.Country, doer.Country+rebels
	}
	return &p
}

// guards reports whether p is soldiers or police nobody names or places:
// no entity, no country, the role alone.
func guards(p news.Party) bool {
	return p.Entity == "" && p.Country == "" && (p.Actor == "MIL" || p.Actor == "COP")
}

// Scene returns home, the country an unnamed doer of an act was given,
// or where the sentence gave it none (its target is the scene's own
// forces, see Own; its doer is a foreign side) the country of the scene
// all the same: cc, the country of the act's place, else the one country
// the sentence names (setting.Sole). Not the country of the place
// named nearest (setting.Near): where the sentence names two, the
// soldiers' may be either (a king of Morocco condemns the bombing of a
// Saudi barracks).
func Scene(home, cc string, s frame.Sentence) string {
	if home != "" {
		return home
	}
	if cc == "" {
		cc = setting.Sole(s, func(int) bool { return false })
	}
	return cc
}

// rebels is CAMEO's role of the armed opponents of a government.
const rebels = "REB"

// commanded reports whether p, soldiers or police of no country, are
// spoken to in a verbal or cooperative act (roots 01 to 10) by a doer of
// the same role with a country: its own men.
func commanded(doer, p news.Party, code string) bool {
	if p.Entity != "" || p.Country != "" || p.Actor != "MIL" && p.Actor != "COP" || doer.Country == "" {
		return false
	}
	return doer.Actor == doer.Country+p.Actor && code[:min(2, len(code))] <= "10"
}

// opposed reports whether doer, rebels of no country and no name, use
// force (roots 18 to 20) against p, the forces or government of a
// country.
func opposed(doer, p news.Party, code string) bool {
	if doer.Entity != "" || doer.Country != "" || doer.Actor != rebels || p.Country == "" || !Violent(code) {
		return false
	}
	role, ok := strings.CutPrefix(p.Actor, p.Country)
	return ok && (role == "MIL" || role == "COP" || role == "GOV")
}

// Unit reports whether name is a numbered military formation: a noun of
// the lexicon's class unit (الفرقة, اللواء, الكتيبة) and a number after it
// (الفرقة 30, اللواء 55), nothing else.
func Unit(name string) bool {
	toks := lexicon.Tokens(name)
	if len(toks) != 2 || toks[1].Kind != news.Number {
		return false
	}
	w, _ := lexicon.BareOf(&toks[0])
	return lexicon.Default().Has(w, "unit")
}

// regime reports whether the name of a force says that it is a regime's
// or a government's own, or loyal to one: a word of the lexicon's class
// government-forces (قوات النظام, القوات الحكومية) or of affiliation
// (المسلحين الموالين لها).
func regime(name string) bool {
	toks := lexicon.Tokens(name)
	for i := range toks {
		stem, _ := lexicon.StemOf(&toks[i])
		if lexicon.Default().Has(stem, "government-forces") || vocab.Affiliation(stem) {
			return true
		}
	}
	return false
}
