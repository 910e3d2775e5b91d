package frame

// A place that witnesses an act is where it happens, not who does it:
// «تشهد محافظات كربلاء والنجف مظاهرات ... وسط مطالبات لرئيس الوزراء»,
// «شهدت بغداد تفجيرات», «عاشت المدينة اشتباكات». The subject of a verb of
// witnessing (lexicon class witness: شهد, عاش, ساد) is the scene of the
// act its object names and of the acts told with it in the same clause.
// The doers are those the clause names nearer the act («شهدت كربلاء
// تظاهرة شارك فيها المئات», «نظمها الأهالي»); when it names none, the act
// is the people's of the place's country, at the country level, as CAMEO
// codes a civilian protest (a protest in Karbala: Iraq, no role). A place
// that stands for its government in its own right, the subject of a verb
// of stating or deciding («أعلنت موسكو»), is not read here.

// Witnessed reports whether the act at token k, of the CAMEO code code,
// lies in a clause opened by a verb of witnessing whose subject is a
// place, or places joined by و, of one country (right after the verb, or
// after one word of the kind of place: محافظات كربلاء, مدينة الموصل), and
// that subject is the actor phrase nearest before k that no preposition
// governs, the one a subject rule would take as the doer. The place is
// then no doer: country is that of its people when the act is one a
// populace does (Populace: a demand, a protest), "" when the act has no
// doer named (talks held in a city, blasts it witnessed). A bound, a
// quotation mark or an event verb between the verb and k ends the clause.
func Witnessed(s Sentence, k int, code string) (country string, ok bool) {
	a, _ := s.Span()
	for v := k - 1; v >= a; v-- {
		x := s.Token(v)
		if x.Bound || x.Quote {
			return "", false
		}
		if classed(x, "witness") {
			first, last, country := sceneSubject(s, v+1, k)
			if n := nearestSubject(s, k); country == "" || n < first || n > last {
				return "", false
			}
			if !Populace(code) {
				return "", true
			}
			return country, true
		}
		if x.Verb {
			return "", false
		}
	}
	return "", false
}

// Populace reports whether an act of the CAMEO code code is one the people
// of a place do together, so that a place that witnesses it stands for
// them: a demand (10), disapproval (11), rejection (12) or protest (14).
func Populace(code string) bool {
	return len(code) >= 2 && (code[:2] == "10" || code[:2] == "11" || code[:2] == "12" || code[:2] == "14")
}

// sceneSubject returns the first and last actor phrases of the subject
// that starts at token j, before k, when they all name places of one
// country, with that country; "" if the subject is no place.
func sceneSubject(s Sentence, j, k int) (first, last int, country string) {
	first = -1
	if x := s.Token(j); j+1 < k && x.Phrase == 0 && !x.Bound && !x.IsPrep && x.Prep == "" && !x.Event && !x.Quote && !x.Number {
		j++ // محافظات كربلاء, مدينة الموصل: the kind of place, then its name
	}
	if j >= k {
		return -1, -1, ""
	}
	first = PhraseAt(s, j)
	if first < 0 {
		return -1, -1, ""
	}
	for last = first; ; last++ {
		p := s.Phrase(last)
		if p.End > k || !p.Place && (last == first || p.Role) || p.Person || p.PersonIn || p.Protester || p.Prep != "" {
			return -1, -1, "" // (والناصرية: a town the gazetteer does not know, joined to places)
		}
		for i := p.Start; i < p.End; i++ {
			x := s.Token(i)
			if x.OfAgent {
				return -1, -1, "" // الجيش العراقي: an agent, not the scene
			}
			if x.Place != "" && country == "" {
				country = x.Place
			} else if x.Place != "" && x.Place != country {
				return -1, -1, "" // بغداد ودمشق: two countries' people
			}
		}
		if last+1 >= s.Phrases() || !s.Phrase(last+1).Coord {
			return first, last, country
		}
	}
}

// nearestSubject returns the actor phrase nearest before token k that no
// preposition governs, -1 if none.
func nearestSubject(s Sentence, k int) int {
	for pi := s.Phrases() - 1; pi >= 0; pi-- {
		if p := s.Phrase(pi); p.End <= k && p.Prep == "" {
			return pi
		}
	}
	return -1
}
