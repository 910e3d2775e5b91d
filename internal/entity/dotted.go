package entity

import (
	"unicode/utf8"

	"rasad/internal/actor"
	"rasad/internal/news"
)

// dottedAt looks up the gazetteer at a dotted abbreviation starting at word
// i, single letters joined by full stops (ب.ك.ك for the PKK, as the
// gazetteer writes it), and returns how many tokens it spans and its hits;
// 0 if there is none or the gazetteer does not know it.
func (l *Linker) dottedAt(sc *scan, i, end int) (int, []actor.Hit) {
	toks := sc.toks
	if len(toks[i].Norm) > utf8.UTFMax {
		return 0, nil // no single letter
	}
	var keys []string
	j := i
	for j < end && toks[j].Kind == news.Word && utf8.RuneCountInString(toks[j].Norm) == 1 && toks[j].End-toks[j].Start == len(toks[j].Norm) {
		keys = append(keys, sc.wkeys[j])
		if j+2 >= end || toks[j+1].Text != "." || toks[j].End != toks[j+1].Start || toks[j+1].End != toks[j+2].Start {
			break
		}
		j += 2
	}
	if len(keys) < 2 {
		return 0, nil
	}
	if n, hits := l.g.Match(keys); n == len(keys) {
		return j - i + 1, hits
	}
	return 0, nil
}
