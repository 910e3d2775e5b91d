package frame

import "rasad/internal/event/vocab"

// OneCountry returns the country of n parties (each gives its country and
// its CAMEO actor code) when all those with a country act at home (see
// AtHome) and share it, "" otherwise: اعتقلت الشرطة العراقية المسلحين, خطفت
// جبهة النصرة مقاتلين (the armed men of Iraq, the fighters of Syria). A
// group of no one country (تنظيم القاعدة) has no say.
func OneCountry(n int, party func(i int) (country, code string)) string {
	cc := ""
	for i := range n {
		c, code := party(i)
		if c == "" {
			continue
		}
		if !AtHome(code) || cc != "" && c != cc {
			return ""
		}
		cc = c
	}
	return cc
}

// AtHome reports whether an actor of a CAMEO code (IRQCOP, or a role
// alone: REB) acts in its own country: police, a government, a court, an
// armed group of the country (SYRREB: جبهة النصرة), not an army, the media
// or a state named by its country alone (الغارات الأميركية), which act
// abroad as well.
func AtHome(code string) bool {
	role := code
	if len(code) >= 6 {
		role = code[3:6]
	}
	return role == "COP" || role == "GOV" || role == "JUD" || role == "REB"
}

// PlaceAfterSite reports whether token k names a place the gazetteer
// knows after a word of a site (مدينة, قرية, مخيم) or a noun that heads a
// place's name (lexicon class place-head: منطقة, ريف) that في governs: في
// مدينة الرمادي, في ريف حمص is in al-Ramadi, in Homs, the place of the act,
// so the place takes the preposition of the site word. (After قرب or
// another preposition it stays a phrase of its own; an unlinked place's
// country is a guess.)
func PlaceAfterSite(s Sentence, k int) bool {
	a, _ := s.Span()
	if k-2 < a {
		return false
	}
	x, y := s.Token(k), s.Token(k-1)
	return x.Place != "" && x.Linked && (y.Cue == vocab.CueSite || !y.Definite && classed(y, "place-head")) && s.Token(k-2).IsPrep && s.Token(k-2).Word == "في"
}

// Where reports whether the actor phrase pi names a place that stands for
// no government: one the sentence calls a town, a village, a district
// (the site word before it: بلدة الجزيرة, مدينة الصالح) and that the
// gazetteer does not link. Such a place is where an act happened, never
// the one it struck: those are the people or the group the sentence says
// were there, else none. A country, and a capital that stands for its
// government, are linked and named without such a word (قصفت تركيا
// العراق, قصفت إسرائيل دمشق).
func Where(s Sentence, pi int) bool {
	ph := s.Phrase(pi)
	if a, _ := s.Span(); !ph.Place || ph.Start <= a || s.Token(ph.Start-1).Cue != vocab.CueSite {
		return false
	}
	for j := ph.Start; j < ph.End; j++ {
		if x := s.Token(j); x.Place != "" {
			return !x.Linked
		}
	}
	return true // a place of no country the gazetteer knows
}

// Beside reports Where, or a place with no preposition after a word of
// place relation (lexicon class beside: خارج, قرب, شمال) or its site word
// (قصفت مواقع لحزب العمال شمال العراق): a landmark of the thing struck.
func Beside(s Sentence, pi int) bool {
	ph, k := s.Phrase(pi), s.Phrase(pi).Start-1
	if a, _ := s.Span(); k > a && s.Token(k).Cue == vocab.CueSite {
		k--
	}
	a, _ := s.Span()
	return Where(s, pi) || ph.Place && ph.Prep == "" && k >= a && classed(s.Token(k), "beside")
}

// Represented reports whether token k starts the genitive of a noun of
// representatives that a preposition governs (مع ممثلي المعارضة, إلى
// مندوب الحكومة): those who represent a body act for it, so the body takes
// the preposition, as the one met, talked with or addressed.
func Represented(s Sentence, k int) bool {
	a, _ := s.Span()
	return k-2 >= a && representatives[s.Token(k-1).Word] && s.Token(k-2).IsPrep
}

// representatives are the nouns of those who act for a body, in construct,
// as Normalize writes them without proclitics.
var representatives = map[string]bool{"ممثلي": true, "ممثلو": true, "ممثل": true, "مندوبي": true, "مندوب": true}
