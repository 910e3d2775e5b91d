package anaphor

import (
	"sort"
	"strings"

	"rasad/internal/news"
)

// Continued returns the first token of the last quote with a speaker in
// the paragraph of the token k of doc and before it, when that speaker, not the last doer
// named, is the one a verb at pos with a dropped subject continues: a
// dropped subject (ونفى أن يكون) continues the subject of the clause
// before it, a verb of saying included (فقال نصر الله إن «…». ونفى), and
// never reaches into another paragraph past a closer candidate. The last
// doer (the entities ents, -1 for none, and the names of unnamed actors as
// written) stays the one continued when the paragraph names it before k,
// or when the paragraph quotes no one before k; then it returns -1.
func Continued(doc *news.Document, toks []news.Token, k int, ents []int, names []string) int {
	pos := toks[k].Start
	if pos > len(doc.Text) {
		return -1
	}
	para := strings.LastIndex(doc.Text[:pos], "\n") + 1
	best := -1
	for _, q := range doc.Quotes {
		if q.Speaker != nil && q.Start >= para && q.End <= pos && (best < 0 || q.Start > best) {
			best = q.Start
		}
	}
	if best < 0 {
		return -1
	}
	for _, ei := range ents {
		if ei < 0 {
			continue
		}
		for _, m := range doc.Entities[ei].Mentions {
			if m.Start >= para && m.End <= pos {
				return -1
			}
		}
	}
	for _, n := range names {
		if n != "" && strings.Contains(doc.Text[para:pos], n) {
			return -1
		}
	}
	return sort.Search(len(toks), func(i int) bool { return toks[i].Start >= best })
}
