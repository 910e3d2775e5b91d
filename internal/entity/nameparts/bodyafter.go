package nameparts

import (
	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Members is what BodyAfter asks of the article's mentions: the bodies
// (Bodies.Body) and the CAMEO code of the one whose name begins at token k
// ("" for none).
type Members interface {
	Body(k int) (country string, last int)
	Code(k int) string
}

// BodyAfter reads the apposition after a person's name, at token j (after
// its comma): a role noun, with or without the article (مستشار, مدير,
// الأمين), the adjectives that each make an office with it (الأمين العام,
// المدير العام التنفيذي: each qualifies the role noun) and a definite noun after it, in an idafa, after the ل of belonging or
// after a spokesman's باسم (المتحدثة باسم المفوضية after المفوضية الأوروبية), that
// is the head word of a body the article named in full before it
// (مستشار المنظمة after المنظمة العربية للتنمية الإدارية; الأمين العام
// للرابطة after رابطة العالم الإسلامي), standing alone: a definite word
// after it makes a name in full (رئيس الاتحاد الليبيري), not its head. The person is that body's
// official and of its country and code, whatever places the article or
// his own words name. ok is false when no such body is found.
func BodyAfter(toks []news.Token, j, end int, ms Members) (country, code string, ok bool) {
	lx := lexicon.Default()
	if j >= end || toks[j].Kind != news.Word {
		return "", "", false
	}
	if w, c := lx.Bare(&toks[j]); !w.Has("role") || c.Prep != "" || c.Conj != "" {
		return "", "", false
	}
	k := j + 1
	for ; k < end && toks[k].Kind == news.Word && lexicon.Definite(&toks[k]) && lx.Word(toks[j].Norm+" "+toks[k].Norm) != nil; k++ {
	}
	if k < end && lx.Whole(&toks[k]).Has("in-name-of") {
		k++ // a spokesman's body after باسم: المتحدثة باسم المفوضية
	}
	if k >= end || toks[k].Kind != news.Word || !lexicon.Definite(&toks[k]) {
		return "", "", false // الأمين العام: an office of several words, then its body
	}
	if n := k + 1; n < end && toks[n].Kind == news.Word && lexicon.Definite(&toks[n]) {
		if _, c := lx.Stem(&toks[n]); c.Prep == "" && c.Conj == "" {
			return "", "", false // a name in full, not its head alone: رئيس الاتحاد الليبيري
		}
	}
	head := headKey(toks[k])
	found := -1
	for b := 0; b < j; b++ {
		if _, last := ms.Body(b); last >= 0 {
			if headKey(toks[b]) == head {
				found = b
			}
			b = last
		}
	}
	if found < 0 {
		return "", "", false
	}
	c, _ := ms.Body(found)
	return c, ms.Code(found), true
}

// headKey returns the search key of a word's stem with its article and
// without its clitics (للرابطة, رابطة → الرابطة's key without ال).
func headKey(t news.Token) string {
	stem, _ := lexicon.StemOf(&t)
	if bare, ok := arabic.CutArticle(stem); ok {
		stem = bare
	}
	return arabic.SearchKey(stem)
}
