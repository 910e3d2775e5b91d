package shape

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// antiquity are the nouns of a past age, its rulers, laws and remains
// (الإمبراطور, الحضارة, العصر, المدرج), keys without the article.
var antiquity = keySet("إمبراطور", "إمبراطورية", "أباطرة", "قيصر", "حضارة", "عصر", "عهد", "تاريخ", "قانون", "مدرج", "مسرح", "آثار")

// Roman reports whether word i of toks is the nisba روماني (الروماني,
// الرومانية, رومانية) of Rome, not of Romania, with which it shares the
// form: where the article puts one such word after a noun of antiquity
// (الإمبراطور الروماني, الحضارة الرومانية, المدرج الروماني), as a modern
// state has no emperor, age or amphitheatre, every one of them is Rome's
// (باسمها الروماني, للثقافة الرومانية): an article keeps one sense of a word.
func Roman(toks []news.Token, i int) bool {
	if !roman(toks[i]) {
		return false
	}
	for j := 1; j < len(toks); j++ {
		if roman(toks[j]) && toks[j-1].Kind == news.Word {
			if prev, _ := lexicon.StemOf(&toks[j-1]); antiquity[arabic.WithoutArticle(arabic.SearchKey(prev))] {
				return true
			}
		}
	}
	return false
}

// roman reports whether a token is a form of the nisba روماني.
func roman(tok news.Token) bool {
	stem, _ := lexicon.StemOf(&tok)
	return tok.Kind == news.Word && strings.HasPrefix(arabic.WithoutArticle(arabic.SearchKey(stem)), "روماني")
}
