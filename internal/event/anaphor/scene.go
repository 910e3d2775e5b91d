package anaphor

import (
	"strings"

	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/scene"
)

// Scene returns the index in doc.Entities of the place an article is set
// in, which its sentences may leave unnamed (مساعدات وصلت من السعودية: to
// Yemen, in a report from Aden): of the countries whose places the article
// names, the one it names most often (a tie: the one named first; package
// scene), and of its places the one named most often, else first.
// Countries for which skip is true (the doers' own: aid from Saudi Arabia
// goes elsewhere) are not the scene. It returns -1 when the article names
// no other place with a country.
func Scene(doc *news.Document, skip func(country string) bool) int {
	cc := scene.Places(doc.Entities, skip).Country(scene.Rule{FirstOnTie: true})
	best := -1
	for ei, e := range doc.Entities {
		if cc != "" && e.Type == news.LOC && e.Country == cc && len(e.Mentions) > 0 && (best < 0 || len(e.Mentions) > len(doc.Entities[best].Mentions)) {
			best = ei
		}
	}
	return best
}

// Government returns the country whose government the unnamed actor name
// is: «الحكومة» that no adjective or genitive places (وناشدت الحكومة
// المعترف بها دوليا, in a report on Libya) is the government of the
// country the article is set in (Scene); "" for any other name, and for
// an article set nowhere. «حكومة» without the article (تشكيل حكومة
// تحالف) refers to no government yet. The forces of the regime (the
// government as its opponents name it) or of the legitimate government,
// and the government's or the regular forces by their adjective (قوات
// النظام, قوات الشرعية, القوات الحكومية, القوات النظامية), are its own, of
// the same country; النظام alone may be a system or a regulation. A body
// that the adjective of the one in power qualifies (الحزب الحاكم,
// الائتلاف الحاكم: lexicon class ruling) governs that country too.
func Government(doc *news.Document, name string) string {
	w := lexicon.NameStem(name) // (the coder keeps an actor's name as text: lexicon reads it as the segmenter does)
	f, rest, _ := strings.Cut(w, " ")
	forces := (f == "قوات" || f == "القوات") && lexicon.Default().Has(rest, "government-forces") // قوات النظام, القوات الحكومية
	ruled := strings.HasPrefix(f, "ال") && lexicon.Default().Has(rest, "ruling")                 // الحزب الحاكم: the body in power
	if w != "الحكومة" && !strings.HasPrefix(w, "الحكومة ") && !forces && !ruled {
		return ""
	}
	return sceneCountry(doc)
}

// Ruling returns the agent code of the body in power when next, the word
// right after a definite noun, is an adjective of that body (lexicon class
// ruling: الحزب الحاكم, الائتلاف الحاكم): the noun names the body that
// governs its country (Government), not the group the article named
// before with the same head (Antecedent); "" if not.
func Ruling(next string) string {
	return lexicon.Default().Word(next).Value("ruling")
}

// HomeForce returns the country of the article's scene (Scene) when name
// is a state's police named by the noun and its article alone
// (نفذتها الشرطة, واعتقلت قوات الأمن: lexicon class home-force): those of
// the country the article is set in where the sentence names no other
// country than a person's nisba (بعد اتصال بين إردوغان والرئيس الأمريكي
// باراك أوباما ... نفذتها الشرطة, in a report on Turkey: Turkey's police);
// "" for any other name, and for an article set nowhere.
func HomeForce(doc *news.Document, name string) string {
	if !lexicon.Default().Has(lexicon.NameStem(name), "home-force") {
		return ""
	}
	return sceneCountry(doc)
}

// Body reports whether name is a state's institution named by its common
// noun alone (السلطات, المحكمة, النيابة العامة: lexicon class home-body):
// it is of the country the sentence sets its news in before the act
// (وقتل شرطيان في أضنة ... نسبته السلطات), not of a place named after it,
// where the act's object went or what it was done against.
func Body(name string) bool {
	return lexicon.Default().Has(lexicon.NameStem(name), "home-body")
}

// LoyalTo returns the country of the government that the name after ل of
// a word of loyalty or affiliation is (قوات موالية للحكومة المعترف بها,
// الجيش الموالي للشرعية, مسلحون موالون للنظام): the government, the
// legitimate one or the regime, of the country the article is set in
// (Scene); "" for any other name. After such a word النظام is the regime,
// not a system.
func LoyalTo(doc *news.Document, name string) string {
	w := lexicon.NameStem(name) // للحكومة: ل and the article (a name as text: lexicon reads it as the segmenter does)
	if head, _, _ := strings.Cut(w, " "); head != "الحكومة" && head != "النظام" && head != "الشرعية" {
		return ""
	}
	return sceneCountry(doc)
}

func sceneCountry(doc *news.Document) string {
	if ei := Scene(doc, nil); ei >= 0 {
		return doc.Entities[ei].Country
	}
	return ""
}
