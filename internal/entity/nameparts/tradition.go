package nameparts

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Stranger reports whether a person named name, whom nothing in the
// article places, is no compatriot of the people that the story of
// country home leaves unmarked, by the tradition his name belongs to:
//
//   - a Western, Russian or Latin name (Foreign: ريتشارد نيكسون, جيوفانا
//     دي بينيديتو) in the story of a country whose people bear none
//     (the Arab states, the Muslim states of Asia): Nixon in a column on
//     Iran is no Iranian;
//   - an Arabic name (Arabic: سعود السرحان, ماجد الصباح, عبدالعزيز بن
//     عبدالله) in the story of a country where Arabic names are not
//     borne (none of the Arab League, the Organisation of Islamic
//     Cooperation, nor a state with many Muslim citizens): a Saudi student
//     in the story of Australia, a Kuwaiti sheikh in one of Italy.
//
// Such a person is a foreigner there, of a country the text does not say.
func Stranger(name, home string) bool {
	switch {
	case arabStates[home]:
		return Foreign(name)
	case noWesternNames[home]:
		return foreign(name, false) // an Arab Christian (جورج صبرا) is no compatriot there either
	case arabicNames[home]:
		return false
	}
	return Arabic(name)
}

// Arabic reports whether a person's name is built as Arabic names are,
// whoever bears it: a chain of filiation (عبدالعزيز بن عبدالله, بنت), a
// theophoric name or a kunya (عبدالرحمن هارون, أبو بكر: the lexicon's
// name particles عبد and أبو), or a family name with the article after a
// first name that is no foreign one (سعود السرحان; not أليكسي سوروكين,
// whose first letters only look like the article).
func Arabic(name string) bool {
	first, _, n := ends(name)
	lx := lexicon.Default()
	if n < 2 || lx.Has(first, "foreign-name") {
		return false
	}
	i := 0
	for x := range strings.FieldsSeq(name) {
		k := arabic.Normalize(x)
		switch {
		case i > 0 && i < n-1 && lx.Has(k, "filiation"):
			return true
		case strings.HasPrefix(k, abd) || k == abu:
			return true
		case i > 0 && arabic.Definite(k):
			return true
		}
		i++
	}
	return false
}

// abd and abu begin theophoric names and kunyas (عبدالله, أبو بكر).
var (
	abd = lexicon.Key("عبد")
	abu = lexicon.Key("أبو")
)

// noWesternNames are the countries, besides the Arab states, whose people
// bear no Western, Russian or Latin given names, and arabicNames those
// whose people bear Arabic names: the lexicon's classes no-western-names
// and arabic-names (internal/lexicon/data/countries.txt).
var (
	noWesternNames = codes("no-western-names")
	arabicNames    = codes("arabic-names")
)

// codes returns the set of the country codes of a class of the lexicon.
func codes(class string) map[string]bool {
	set := map[string]bool{}
	for _, c := range lexicon.Default().Forms(class) {
		set[c] = true
	}
	return set
}

// in is the preposition في, "in", as a token's Norm has it.
var in = lexicon.Key("في")

// SeatedIn returns the country whose name follows, at token j, the name
// of a body that begins at token first, after في or a ب on it (مركز الشرق
// والغرب الاستراتيجي في فرنسا, حزب «سيريزا» في اليونان): a body the
// gazetteer does not know, and whose name has no nisba, is of the country
// the text seats it in, where it names one country (not فرنسا وألمانيا).
// Only a body named so, by the noun that heads a
// body's name (the lexicon's org-cue) at its start or just before it: in
// جولة الريدز في استراليا the country is where the tour is. "" for none
// (a city or region tells less: مكتب الجزيرة في القاهرة).
func SeatedIn(toks []news.Token, first, j int, ms Countries) string {
	if j < len(toks) && toks[j].Kind == news.Word && toks[j].Norm == in {
		j++
	} else if j >= len(toks) {
		return ""
	} else if _, cl := lexicon.StemOf(&toks[j]); cl.Prep != string(arabic.Beh) {
		return ""
	}
	if j >= len(toks) {
		return ""
	}
	c, last := ms.Country(j)
	if c == "" || !headed(toks, first) {
		return "" // (a team, فريق or نادي, travels: فريق الأهلي الموجود في سويسرا is in its camp)
	}
	if last+1 < len(toks) && toks[last+1].Kind == news.Word {
		if _, cl := lexicon.StemOf(&toks[last+1]); cl.Conj != "" {
			if next, _ := ms.Country(last + 1); next != "" && next != c {
				return "" // في فرنسا وألمانيا: a body of several countries' markets
			}
		}
	}
	return c
}

// headed reports whether the body's name that begins at token first opens
// with the noun that heads a body's name (org-cue: مركز, حزب), or follows
// one, perhaps across a quotation mark (حزب «سيريزا»); not a team's
// (club-head: فريق, نادي), which is where it plays or trains.
func headed(toks []news.Token, first int) bool {
	lx := lexicon.Default()
	k := first - 1
	if k >= 0 && toks[k].Kind == news.Punctuation && shape.Opening(toks[k].Text) {
		k--
	}
	if k >= 0 && toks[k].Kind == news.Word {
		if w, _ := lx.Stem(&toks[k]); w.Has("org-cue") {
			return !w.Has("club-head")
		}
	}
	w, _ := lx.Stem(&toks[first])
	return w.Has("org-cue") && !w.Has("club-head")
}
