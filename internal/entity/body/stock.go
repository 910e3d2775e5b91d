package body

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Stock is one mention of a listed company a market report names by its
// share: the tokens of its name and where its text starts.
type Stock struct {
	First, Last int
	Start       int
	// Key is the name's search key, its words' keys.
	Key string
	// Markets are the words of an index or exchange (lexicon's
	// market-cue: مؤشر دبي, بورصة قطر) before the name in the article,
	// the last one the market the report has reached.
	Markets []int
}

// maxStockWords is the most words a company's name is read over.
const maxStockWords = 5

// Stocks returns the companies a market report names by their share: a
// head of the lexicon's stock-head (سهم, أسهم), indefinite and with no
// pronoun, and the words of its genitive up to the move of its price, a
// number (وانخفض سهم أملاك للتمويل 3.6 في المئة, وهبط سهم بنك الإمارات
// دبي الوطني 2.3 بالمئة), the company's abbreviation in parentheses or
// بنسبة allowed between (سهم التعدين العربية السعودية (معادن) 1.3). The
// name is one to five words, none a function word of lex nor with a
// pronoun, and not the anaphor of a body alone (سهم الشركة 2 في المئة).
// free reports a token no mention covers; sentEnd gives each token's
// sentence end.
func Stocks(lex *arabic.Segmenter, toks []news.Token, free func(int) bool, sentEnd []int) []Stock {
	lx := lexicon.Default()
	var out []Stock
	var markets []int
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].Kind != news.Word {
			continue // (asked of words only: no look-up for the others)
		}
		if w, _ := lx.Bare(&toks[i]); w.Has("market-cue") {
			markets = append(markets, i)
		}
		w, cl := lx.Stem(&toks[i])
		if !w.Has("stock-head") || cl.Pronoun != "" {
			continue
		}
		last := -1
		for j := i + 1; j < sentEnd[i] && j-i <= maxStockWords; j++ {
			if !stockWord(lex, toks[j], j == i+1) || !free(j) {
				break
			}
			last = j
		}
		if last < 0 || !priceMove(toks, last+1, sentEnd[i]) || anaphor(toks, i+1, last) {
			continue
		}
		_, c := lexicon.StemOf(&toks[i+1])
		start := toks[i+1].Start
		if c.Conj == "" && c.Prep == "" {
			out = append(out, Stock{First: i + 1, Last: last, Start: start, Key: key(toks[i+1 : last+1]), Markets: markets})
		}
		i = last
	}
	return out
}

// stockWord reports whether a token may be a word of a company's name: an
// Arabic or Latin word, no pronoun on it, no function word of lex, no
// proclitic but ل (للتمويل; وانخفضت, بكمية begin the next phrase), not
// بنسبة (the move); the first is no plural of the feminine (أسهم الشركات
// الأوروبية: a class, not a name).
func stockWord(lex *arabic.Segmenter, t news.Token, first bool) bool {
	if t.Kind == news.Latin {
		return true
	}
	if t.Kind != news.Word {
		return false
	}
	stem, cl := lexicon.StemOf(&t)
	if cl.Pronoun != "" || cl.Future || cl.Conj != "" || cl.Prep != "" && cl.Prep != string(arabic.Lam) || lexicon.Default().Word(t.Norm).Has("stock-move") {
		return false
	}
	if first && strings.HasSuffix(stem, pluralEnding) {
		return false
	}
	info, ok := lex.Lookup(stem)
	return !ok || !info.Function
}

// priceMove reports whether the tokens from j read a price's move: an
// abbreviation in parentheses, then بنسبة, then a number.
func priceMove(toks []news.Token, j, end int) bool {
	if j < end && toks[j].Text == "(" {
		for k := j + 1; k < end && k <= j+4; k++ {
			if toks[k].Text == ")" {
				j = k + 1
				break
			}
		}
	}
	if j < end && lexicon.Default().Word(toks[j].Norm).Has("stock-move") {
		j++
	}
	return j < end && toks[j].Kind == news.Number
}

// anaphor reports whether the name first..last is a body's head alone
// with the article, which names the company the story has named already
// (سهم الشركة, سهم البنك).
func anaphor(toks []news.Token, first, last int) bool {
	if first != last {
		return false
	}
	stem, _ := lexicon.StemOf(&toks[first])
	w, _ := lexicon.Default().Bare(&toks[first])
	return arabic.Definite(stem) && w.Has("org-cue")
}

// key is the search key of a name: its words' keys.
func key(toks []news.Token) string {
	words := make([]string, len(toks))
	for i := range toks {
		words[i] = arabic.SearchKey(toks[i].Norm)
	}
	return strings.Join(words, " ")
}
