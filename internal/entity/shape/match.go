package shape

import (
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// minMatchWords is the fewest words of a match report that make a text
// sports news.
const minMatchWords = 4

// Match reports whether toks are sports news: at least minMatchWords of
// its words are words of a match report (the lexicon's class match-report:
// مباراة, اللاعب, المدرب, الملعب, المنتخب, النادي, بطولة, with or without
// the article and clitics). In such news the country the text names most
// is often only where a match or a training camp is held (معسكر الفريق في
// تركيا, a French league's club): the people named in it are not its
// people for that.
func Match(toks []news.Token) bool {
	lx, n := lexicon.Default(), 0
	for i := range toks {
		if toks[i].Kind != news.Word {
			continue
		}
		if w, _ := lx.Bare(&toks[i]); w.Has("match-report") {
			if n++; n == minMatchWords {
				return true
			}
		}
	}
	return false
}

// Club reports whether the word at token i heads a club's name in sports
// news (Match): a noun of a club in the construct (the lexicon's class
// club-head: نادي, فريق, after a preposition or not). A country named after
// it is the club's name (فريق الكويت, the club al-Kuwait), not the country,
// where منتخب الكويت, the national side, stands for it.
func Club(toks []news.Token, i int) bool {
	w, cl := lexicon.StemOf(&toks[i])
	return !lexicon.Definite(&toks[i]) && cl.Pronoun == "" && lexicon.Default().Word(w).Has("club-head") && Match(toks)
}

// maxCampGap is the most words between a camp's noun and the preposition
// of the place it is held in (معسكر الفريق الأول في تركيا).
const maxCampGap = 3

// Away reports whether the place whose name begins at token i is where
// sports news sends a team: a journey's end (غادرت البعثة إلى تركيا, إلى
// مدينة أزميت; the lexicon's class journey-end) or the place a training
// camp is held in (المعسكر في مدينة أزميت, معسكر الفريق بتركيا, معسكر
// تركيا; class camp). Such a place names where the team goes, not whose people the
// story names, so it counts for no article's country (package scene).
func Away(toks []news.Token, i int) bool {
	lx := lexicon.Default()
	j := i - 1
	if j >= 0 && toks[j].Kind == news.Word {
		if w, _ := lx.Bare(&toks[j]); w.Has("place-head") && !w.Has("camp") {
			j-- // إلى مدينة أزميت
		}
	}
	if j < 0 || toks[j].Kind != news.Word {
		return false
	}
	if w, _ := lx.Bare(&toks[j]); w.Has("camp") || lx.Whole(&toks[j]).Has("journey-end") {
		return true // في معسكر تركيا; إلى تركيا
	}
	from := j // the camp's noun, before في or a place's ب
	if !lx.Has(toks[j].Norm, "prep:in") {
		if _, cl := lexicon.StemOf(&toks[j+1]); cl.Prep != "ب" && cl.Prep != "في" {
			return false
		}
		from = j + 1
	}
	for k := from - 1; k >= 0 && k >= from-maxCampGap && toks[k].Kind == news.Word; k-- {
		if w, _ := lx.Bare(&toks[k]); w.Has("camp") {
			return true
		}
	}
	return false
}

// AwayMention reports whether the place or nisba whose mention begins at
// token i names, in sports news, no country of the story's people: a
// place a team travels to or camps in (Away), the nisba of one (مدينة
// أزميت التركية), or a foreign player's or coach's nisba after his trade
// (المدرب الروماني, اللاعب البولندي). A Saudi club's camp in Italy and its
// Romanian coach make no Italians or Romanians of its squad.
func AwayMention(toks []news.Token, i int, nisba bool) bool {
	if !nisba {
		return Away(toks, i)
	}
	if i == 0 || toks[i-1].Kind != news.Word {
		return false
	}
	w, _ := lexicon.Default().Stem(&toks[i-1])
	return Away(toks, i-1) || w.Has("profession") || w.Has("title")
}
