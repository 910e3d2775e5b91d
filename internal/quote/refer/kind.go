package refer

import (
	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/quote/parts"
)

// KindHolder returns the one person, as an index into t.Ents, that the
// speaker of quote qi of qs takes up when it is a description of a kind of
// person (lexicon person-kind: مسؤول، خبير) that names nobody: with the
// article and a country, the one person of that country quoted before
// (ولفت المسؤول المالي الأمريكي after مساعد وزير الخزانة الأمريكي دانيال
// غليزر); an expert (expert-kind) without the article, in the title or the
// lede (the first two sentences of sents), the one person the article
// quotes by name (خبير فلكي : … / قال خبير في الأرصاد الجوية إن … / وأوضح
// عضو الاتحاد … عبدالعزيز الشمري). person gives a speaker's person (-1 for
// none). -1 when the speaker is no such description or no one person fits.
func (t Text) KindHolder(qs []news.Quote, qi int, sents []news.Sentence, person func(*news.Speaker) int) int {
	sp := qs[qi].Speaker
	if sp == nil || sp.Name != "" || sp.Actor != "" {
		return -1
	}
	a, b := parts.Within(t.Toks, sp.Start, sp.End)
	if a >= b {
		return -1
	}
	bare, _ := lexicon.BareOf(&t.Toks[a])
	w := lexicon.Default().Word(bare)
	if !w.Has("person-kind") {
		return -1
	}
	switch c, definite := t.CountryIn(a, b), t.Info(a).Article; {
	case definite && c != "":
		return Quoted(qs[:qi], t.Ents, c, person)
	case !definite && w.Has("expert-kind") && (len(sents) < 2 || sp.Start < sents[1].End):
		return Quoted(qs, t.Ents, c, person)
	}
	return -1
}

// Quoted returns the one person who speaks some quote of qs, as the index
// in ents that person gives for a speaker (-1 for a speaker who names no
// person), of country, or of any when country is ""; -1 when none or two.
// A description of a kind of person (المسؤول الأمريكي، خبير) takes him up.
func Quoted(qs []news.Quote, ents []news.Entity, country string, person func(*news.Speaker) int) int {
	found := -1
	for i := range qs {
		sp := qs[i].Speaker
		if sp == nil || sp.Name == "" {
			continue
		}
		e := person(sp)
		if e < 0 || country != "" && ents[e].Country != country {
			continue
		}
		if found >= 0 && found != e {
			return -1
		}
		found = e
	}
	return found
}
