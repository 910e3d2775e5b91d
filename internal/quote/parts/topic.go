package parts

import (
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Topic returns the end of the topic adjunct that opens at token j before
// b: a demonstrative with a preposition written on it (ب، ل، ك) and the
// definite noun it points to, «وقال بهذا الخصوص:», «وأضاف بهذا الشأن إن»,
// «وقال بذلك»; j when there is none. Such a phrase tells what the words
// are about (or to whom), never who says them: the speech verb's subject
// is elsewhere, or carried. A noun that can speak (speaks(j+1): a role, a
// name) is the verb's subject after the demonstrative alone: «صرّح بذلك
// المتحدث الرسمي».
func Topic(toks []news.Token, j, b int, speaks func(int) bool) int {
	if j >= b || toks[j].Kind != news.Word {
		return j
	}
	stem, cl := lexicon.StemOf(&toks[j])
	if cl.Prep == "" || !lexicon.Default().Has(stem, "demonstrative-thing") {
		return j
	}
	if j+1 < b && toks[j+1].Kind == news.Word && lexicon.Definite(&toks[j+1]) && !speaks(j+1) {
		return j + 2
	}
	return j + 1
}
