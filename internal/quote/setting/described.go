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

// Introduced returns the speaker that a described speaker introduced with
// an indefinite noun (رجح تحليل اقتصادي حديث أن) is named as where the text
// writes the same noun again with the article (وتوقع التحليل الأسبوعي
// الصادر عن بنك قطر الوطني أن): an indefinite noun brings in what the
// definite one then refers back to, so the first later quote whose speaker
// opens with that noun is the same speaker, taken up when it names someone
// or has an actor. Not for people (a role or a title: مسؤول … المسؤول may
// be two officials, whom package quote tells apart by their roles). nil
// when the speaker opens with a definite word, a clitic, a name or a noun
// before a definite genitive, when the first later speaker of that noun is
// indefinite again (مسؤول … مسؤول آخر: another) or names nobody, or when
// there is none. toks are the article's tokens and next the quotes after
// the speaker's, in text order.
func Introduced(toks []news.Token, sp *news.Speaker, next []news.Quote) *news.Speaker {
	a, b := parts.Within(toks, sp.Start, sp.End)
	if a >= b || toks[a].Kind != news.Word {
		return nil
	}
	stem, cl := lexicon.StemOf(&toks[a])
	noun := bare(&toks[a])
	if cl.Prep != "" || cl.Pronoun != "" || strings.HasPrefix(stem, parts.AlS) || lexicon.Default().Has(noun, "role") || lexicon.Default().Has(noun, "title") {
		return nil
	}
	if a+1 < b && toks[a+1].Kind == news.Word {
		if s, _ := lexicon.StemOf(&toks[a+1]); strings.HasPrefix(s, parts.AlS) {
			return nil // وزير الخارجية: a noun before a definite genitive is definite
		}
	}
	for k := range next {
		later := next[k].Speaker
		if later == nil || later.Start <= sp.End {
			continue
		}
		la, lb := parts.Within(toks, later.Start, later.End)
		if la >= lb || toks[la].Kind != news.Word || bare(&toks[la]) != noun {
			continue
		}
		if s, _ := lexicon.StemOf(&toks[la]); !strings.HasPrefix(s, parts.AlS) || later.Name == "" && later.Actor == "" {
			return nil
		}
		return later
	}
	return nil
}
