package entity

import (
	"rasad/internal/arabic"
	"rasad/internal/entity/shape"
	"rasad/internal/news"
)

// addUnits finds the military formations named by their number (الفرقة
// الرابعة, للفرقة 30): an organisation, of the country the article gives
// it (shape.Formation).
func (l *Linker) addUnits(doc *news.Document, sc *scan, ms []found) []found {
	toks := sc.toks
	return addEach(sc, ms, false, func(i int, at []int, add func(found)) int {
		if i+1 >= len(toks) || at[i+1] != 0 {
			return i
		}
		key, start := sc.wkeys[i], toks[i].Start
		if sk, s := shape.StemKey(toks[i]); sk != "" {
			key, start = sk, s
		}
		next := toks[i+1]
		if !shape.Formation(key, next, sc.wkeys[i+1]) {
			return i
		}
		f := found{first: i, last: i + 1, start: start, end: next.End, typ: news.ORG,
			key: key + " " + sc.wkeys[i+1]}
		if text := doc.Text[start:next.End]; !arabic.Definite(arabic.Normalize(text)) {
			f.name = string(arabic.Alef) + text // للفرقة: the article's alif back (the article as written: الفرقة, not لفرقة after ل)
		}
		add(f)
		return f.last
	})
}
