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
	want, head := bares(toks[a:b]), ""
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
		if got := bares(toks[pa:pb]); body && got == want || head != "" && strings.HasPrefix(got+" ", head+" ") {
			return sp.Country
		}
	}
	return ""
}

// bares returns the words' stems without clitics and the article, joined
// by spaces, punctuation left out (صندوق «سند» → صندوق سند).
func bares(words []news.Token) string {
	var b strings.Builder
	for i := range words {
		if words[i].Kind != news.Word {
			continue
		}
		s, _ := lexicon.BareOf(&words[i])
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s)
	}
	return b.String()
}
