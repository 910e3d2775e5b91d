package doer

import (
	"rasad/internal/event/frame"
	"rasad/internal/event/morph"
	"rasad/internal/lexicon"
)

// Document reports whether the word at j, right after a verb, is the
// verb's subject because it names a document a body issues (lexicon class
// document: بيان, تقرير, رسالة), with the article and no preposition:
// وحذر البيان مواطني الولايات المتحدة من السفر (the statement warns the
// citizens), وطالب التقرير الحكومة بالتحقيق. A document speaks for the
// body that issued it, so in verb–subject–object order the actor phrase
// after it is the verb's object, not its doer. A document described by a
// nisba right after it, which takes the article as the noun does (وحذر
// التقرير الأميركي), is the country's own, and a document in the
// genitive (بيان الخارجية) names its author, so neither is read so; a
// noun in construct (مواطني الولايات المتحدة) has the shape of a nisba
// but no article. A person named after the document is the subject in
// verb–object–subject order, the document what he acts on (ووقع المذكرة
// محمود عباس: Abbas signed the memorandum).
func Document(s frame.Sentence, j int) bool {
	a, b := s.Span()
	if j < a || j+1 >= b {
		return false
	}
	t := s.Token(j)
	if !t.Definite || t.Phrase != 0 || t.Prep != "" || t.IsPrep || t.Bound || t.Quote || t.Event || t.Suffix {
		return false
	}
	if !lexicon.Default().Has(t.Word, "document") {
		return false
	}
	n := s.Token(j + 1)
	pi := frame.PhraseAt(s, j+1)
	return pi >= 0 && s.Phrase(pi).Prep == "" && !s.Phrase(pi).PersonIn && !(n.Definite && morph.NisbaShape(n.Word))
}
