package body

import (
	"rasad/internal/arabic"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Club is one mention of a club: its tokens, where its text starts (after
// the head's proclitics), and its name as the article introduced it
// (الفتح) with that name's search key, which every mention of the club
// shares.
type Club struct {
	First, Last int
	Start       int
	Name, Key   string
}

// Clubs returns the mentions of the clubs an article names by their head
// (the lexicon's club-name-head): the head and the one word after it, which
// is the club's name (نادي الفتح, لنادي الهلال), and two names joined by و
// after the dual (ناديي الرائد والطائي). The name is a definite word, or
// in sports news (shape.Match) an indefinite noun too (بنادي هجر; not an
// adjective: نادي صيفي, a summer club), with no
// proclitic and no function word of lex (لأي نادي دون), nor people named
// by a sound plural (نادي العاملين, shape.People); a club of a
// profession is a body (نادي الضباط).
// Sports news, whose clubs are its subject, then writes the name alone
// (لاعب الفتح, إدارة الرائد) and so is read anywhere in the article, and
// the club is named by it (الفتح); elsewhere the name alone is a common
// word (نادي الأسير, then الأسير, the prisoner) and the club is named with
// its head (نادي الصيد). free reports a token no mention covers; sentEnd
// gives each token's sentence end. The mentions that introduce clubs come
// first, those of their names alone after them; sports tells which reading
// was taken.
func Clubs(lex *arabic.Segmenter, toks []news.Token, free func(int) bool, sentEnd []int) (clubs []Club, sports bool) {
	lx := lexicon.Default()
	names := map[string]string{} // by key: the name as first introduced
	match := -1                  // whether the article is sports news, read once it matters
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Kind != news.Word {
			continue
		}
		w, cl := lx.Stem(&toks[i])
		if !w.Has("club-name-head") || cl.Pronoun != "" || !free(i) {
			continue
		}
		_, start := shape.StemKey(toks[i])
		for j, n := i+1, 0; j < sentEnd[i] && n < 2; j, n = j+1, n+1 {
			if n == 1 && (!dual(toks[i]) || !lexicon.And(&toks[j])) {
				break // a name is one word; the dual's second after و
			}
			key, ok := clubName(lex, toks[j], n == 1)
			if !ok || !free(j) || !arabic.Definite(key) && (!isMatch(toks, &match) || shape.Relational(key)) {
				break
			}
			_, at := shape.StemKey(toks[j])
			c := Club{First: i, Last: j, Start: start, Name: toks[j].Text[at-toks[j].Start:], Key: key}
			if n == 1 {
				c.First, c.Start = j, at
			}
			if !isMatch(toks, &match) {
				c.Name, c.Key = toks[i].Text[start-toks[i].Start:]+" "+c.Name, arabic.SearchKey(toks[i].Norm)+" "+key
			}
			clubs = append(clubs, c)
			if _, ok := names[key]; !ok {
				names[key] = c.Name
			}
			i = j
		}
	}
	if len(clubs) == 0 || !isMatch(toks, &match) {
		return clubs, false
	}
	named := make(map[int]bool, len(clubs))
	for _, c := range clubs {
		named[c.Last] = true
	}
	for j := range toks {
		if named[j] || toks[j].Kind != news.Word || !free(j) {
			continue
		}
		if key, ok := clubName(lex, toks[j], true); ok && names[key] != "" {
			_, s := shape.StemKey(toks[j])
			clubs = append(clubs, Club{First: j, Last: j, Start: s, Name: names[key], Key: key})
		}
	}
	return clubs, true
}

// clubName returns the search key of a word that may be a club's name,
// without the proclitics a name met alone carries (proclitics: لاعب الفتح,
// للطائي, والطائي), and whether it may be one: a word of three letters
// or more, no pronoun on it, no function word of lex, no people
// (العاملين).
func clubName(lex *arabic.Segmenter, t news.Token, proclitics bool) (string, bool) {
	stem, cl := lexicon.StemOf(&t)
	if t.Kind != news.Word || cl.Pronoun != "" || cl.Future || !proclitics && (cl.Conj != "" || cl.Prep != "") {
		return "", false
	}
	if info, ok := lex.Lookup(stem); ok && info.Function {
		return "", false
	}
	key := arabic.SearchKey(stem)
	if !arabic.AtLeastRunes(arabic.WithoutArticle(key), 3) || shape.People(key) {
		return "", false
	}
	return key, true
}

// dual reports whether a club's head is the dual (ناديي الرائد والطائي).
func dual(t news.Token) bool {
	stem, _ := lexicon.StemOf(&t)
	return arabic.AtLeastRunes(stem, 5)
}

// isMatch reports whether the article is sports news (shape.Match), reading
// it once into *match (-1 unread, 0 no, 1 yes).
func isMatch(toks []news.Token, match *int) bool {
	if *match < 0 {
		*match = 0
		if shape.Match(toks) {
			*match = 1
		}
	}
	return *match == 1
}
