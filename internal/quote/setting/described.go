package setting

import (
	"strings"

	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/quote/parts"
)

// Described returns the country of the body that the description
// toks[a:b] takes up from the quotes before it (prev, in text order): the
// latest whose speaker, with a country, was written with the same words
// (قال صندوق «سند» لدعم الإنتاج في أبو ظبي … وقال صندوق «سند» في بيان:
// the body said where it sits once) when body says they open with a
// body's noun, or, when ofBody says they are a role and a body's definite
// noun (مدير الصندوق), whose words open with that noun: the official of a
// body is of its country. People's descriptions written again (مصدر
// مسؤول، المتحدث الرسمي) are not taken up: they may be other people. ""
// when none.
func Described(toks []news.Token, prev []news.Quote, a, b int, body, ofBody bool) string {
	if a >= b || !body && !ofBody {
		return ""
	}
	head := ""
	if ofBody && b-a == 2 {
		if stem, _ := lexicon.StemOf(&toks[a+1]); strings.HasPrefix(stem, parts.AlS) {
			head, _ = lexicon.BareOf(&toks[a+1])
		}
	}
	for k := len(prev) - 1; k >= 0; k-- {
		sp := prev[k].Speaker
		if sp == nil || sp.Country == "" || sp.Start > toks[a].Start {
			continue
		}
		pa, pb := parts.Within(toks, sp.Start, sp.End)
		if pa >= pb {
			continue
		}
		if body && sameWords(toks[pa:pb], toks[a:b]) || head != "" && toks[pa].Kind == news.Word && bare(&toks[pa]) == head {
			return sp.Country
		}
	}
	return ""
}

// sameWords reports whether x and y are the same words, clitics, the
// article and punctuation aside (صندوق «سند»، وصندوق "سند").
func sameWords(x, y []news.Token) bool {
	i, j := 0, 0
	for {
		for i < len(x) && x[i].Kind != news.Word {
			i++
		}
		for j < len(y) && y[j].Kind != news.Word {
			j++
		}
		if i == len(x) || j == len(y) {
			return i == len(x) && j == len(y)
		}
		if bare(&x[i]) != bare(&y[j]) {
			return false
		}
		i, j = i+1, j+1
	}
}

func bare(t *news.Token) string {
	s, _ := lexicon.BareOf(t)
	return s
}
