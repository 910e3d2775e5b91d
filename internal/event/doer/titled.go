package doer

import (
	"cmp"
	"strings"

	"rasad/internal/event/frame"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// TitledPlace reports whether the place best (an index of ents) of the
// phrase that starts at start is the genitive of an office in the
// construct state (أمير منطقة عسير, محافظ الخرج, رئيس بلدية القدس, سمو
// أمير نجران): the place belongs to the office, and the actor is the one
// who holds it, not the place. The office is a word of the lexicon's class
// role (not one the coder takes for a title by its shape: ليالي دبي). A
// country is left alone: its head stands for it (رئيس مصر); so is a place
// the gazetteer does not know (no actor id). person is the holder named
// before the office, whose apposition it is (الأمير فيصل بن خالد أمير
// منطقة عسير: the person's phrase ends with the office, or just before
// it), -1 if none; officer the role of the holder: the phrase's own role
// (محافظ: GOV), else a government's (GOV), the office being one of the
// state's.
func TitledPlace(s frame.Sentence, start int, ents []news.Entity, best int, role string) (person int, officer string, ok bool) {
	officer = cmp.Or(role, "GOV")
	if best < 0 || ents[best].Type != news.LOC || ents[best].Country == "" || ents[best].ActorID == "" || ents[best].ActorID == strings.ToLower(ents[best].Country) {
		return -1, "", false
	}
	a, b := s.Span()
	if x := s.Token(start); start > a && x.Actor == best+1 && x.NameStart && x.Prep == "" {
		// فيصل بن خالد أمير منطقة عسير: the title ends the person's phrase
		// before, and the place starts a phrase of its own (مشاري بن سعود
		// أمير منطقة الباحة: past the office's noun, منطقة)
		o := start - 1
		if o > a && officeNoun(s.Token(o)) {
			o--
		}
		if office(s.Token(o)) {
			return holder(s, o), officer, true
		}
	}
	j := start
	for j+1 < b && s.Token(j).Title && s.Token(j+1).Title && s.Token(j+1).Actor == 0 {
		j++ // سمو أمير: the honorific before the office
	}
	head := s.Token(j)
	if !office(head) || j+1 >= b {
		return -1, "", false
	}
	k := j + 1
	if officeNoun(s.Token(k)) && k+1 < b {
		k++ // رئيس بلدية القدس: the office's own noun in construct between
	}
	if x := s.Token(k); x.Actor != best+1 || !x.NameStart || x.Prep != "" {
		return -1, "", false
	}
	return holder(s, start), officer, true
}

// office reports whether t is an office of the lexicon's class role in the
// construct state: without the article, no name or event word itself.
func office(t frame.Token) bool {
	return t.Title && !t.Definite && !t.Event && t.Actor == 0 && lexicon.Default().Has(t.Word, "role")
}

// officeNoun reports whether t may be the noun of the office's seat
// between the office and the place's name (رئيس بلدية القدس, أمير منطقة
// الباحة where منطقة is no part of the name): a plain indefinite word, in
// the construct state.
func officeNoun(t frame.Token) bool {
	return t.Actor == 0 && !t.Definite && !t.Title && t.Prep == "" && !t.IsPrep && !t.Bound && !t.Quote && !t.Event && !t.Number
}

// holder returns the person whose phrase ends at token k (the title is
// his apposition), -1 if none.
func holder(s frame.Sentence, k int) int {
	if a, _ := s.Span(); k > a {
		if pi := s.Token(k-1).Phrase - 1; pi >= 0 {
			if ph := s.Phrase(pi); ph.End >= k && ph.Prep == "" && ph.Person && ph.Ent > 0 {
				return ph.Ent - 1
			}
		}
	}
	return -1
}
