package doer

import (
	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
)

// LoyalTo reports whether the person ent (an index of the document's
// entities) is named in the agent phrase [start, end) only after a word
// of affiliation (الموالية, التابعة): القوات الموالية للرئيس هادي are
// forces, the doer, and the person is their genitive, who gives them his
// country; he did not act himself. The head noun before the word of
// affiliation is the doer, as an agent noun with its role and the
// person's country. A person named before such a word (الرئيس هادي
// والقوات الموالية له) heads the phrase and stays its actor.
//
// So is a person named right after an agent noun in the construct state,
// without the article (قوات الأسد, حكومة نتنياهو): the forces or the
// government are his, and they act, with his country; a title with the
// article before his name (الرئيس الأسد) is his own.
func LoyalTo(s frame.Sentence, start, end, ent int) bool {
	if h := s.Token(start); start+1 < end && !h.Definite && !h.Title && h.Prep == "" && !h.Suffix && s.Token(start+1).Actor == ent+1 && s.Token(start+1).NameStart {
		return true
	}
	tied := false
	for j := start + 1; j < end; j++ {
		t := s.Token(j)
		if t.Actor == ent+1 {
			return tied
		}
		tied = tied || vocab.Affiliation(t.Word)
	}
	return false
}

// CoGenitive reports whether the person ent, named alone in the phrase pi
// joined by و to the phrase hi before it, is a second genitive of the
// agent noun in the construct state that heads hi (ميليشيات الحوثي وصالح,
// قوات الحوثي وصالح): the militias are the Houthis' and Saleh's, and his
// are the forces that act, not he himself (LoyalTo's construct, shared by
// the conjunct). A person with a title of his own after و (والرئيس صالح)
// heads a phrase of his own and is not asked about.
func CoGenitive(s frame.Sentence, hi, pi, ent int) bool {
	h, p := s.Phrase(hi), s.Phrase(pi)
	if !h.Role || !p.Coord || !p.Person || p.Ent != ent+1 || p.Prep != "" || p.Start != h.End {
		return false
	}
	x := s.Token(h.Start)
	return h.Start+1 < h.End && !x.Definite && !x.Title && !x.Suffix && (x.NameStart || s.Token(h.Start+1).NameStart) // (ميليشيات الحوثي: the gazetteer may hold the noun in the name)
}
