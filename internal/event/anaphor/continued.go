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
// when the paragraph quotes no one before k, or when the quote's speaker
// is carried from a name that was no speaker where it stood and the
// paragraph names no actor of its own (quotedWhereNamed); then it returns
// -1.
func Continued(doc *news.Document, toks []news.Token, k int, ents []int, names []string) int {
	pos := toks[k].Start
	if pos > len(doc.Text) {
		return -1
	}
	para := strings.LastIndex(doc.Text[:pos], "\n") + 1
	best, bq := -1, -1
	for qi, q := range doc.Quotes {
		if q.Speaker != nil && q.Start >= para && q.End <= pos && (best < 0 || q.Start > best) {
			best, bq = q.Start, qi
		}
	}
	if best < 0 || !quotedWhereNamed(doc, bq, para, pos) {
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

// quotedWhereNamed reports whether the speaker of the quote qi of doc, a
// quote in the paragraph from the byte offset para to the verb at pos, is
// named in that paragraph or quoted where it is named before it (وقال نصر
// الله إن «…», then a paragraph «وأضاف أن …»): a speaker carried from a
// name that was no speaker there, the object of a verb whose subject was
// dropped (وطالب الدول الغربية بمراجعة …, then «وأشار إلى أن …، وطالب
// بالعمل»: the West are the ones asked), is no subject a later verb
// continues, and the doer the verbs before carried stays. A paragraph that
// names an actor of its own before pos has a closer subject than either
// carried one (منها تسيبي ليفني … التي أشارت إلى أن …، وحذرت): the quote
// stands as it was read. A speaker with no span in the text is trusted.
func quotedWhereNamed(doc *news.Document, qi, para, pos int) bool {
	sp := doc.Quotes[qi].Speaker
	if sp.Start >= para || sp.End <= sp.Start {
		return true
	}
	for i, q := range doc.Quotes {
		if i != qi && q.Speaker != nil && q.Speaker.Start == sp.Start && q.Start >= sp.End && q.Start < para {
			return true
		}
	}
	for _, e := range doc.Entities {
		for _, m := range e.Mentions {
			if m.Start >= para && m.End <= pos {
				return true
			}
		}
	}
	return false
}
