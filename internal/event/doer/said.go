package doer

import (
	"rasad/internal/event/frame"
	"rasad/internal/lexicon"
)

// Said returns the participle of saying (lexicon class said-act: مؤكدا,
// مشيرا, معربا, a ḥāl that adds what the subject of the sentence said while
// doing what its verb tells) whose object is the act
// noun at k, right after it or past a preposition or one bare noun
// (مؤكدا استمرار المباحثات, مشيرا إلى زيارة, معربا عن رفضه), or -1. The
// act is the one the sentence's subject speaks of: its doer is the
// subject of the verb that opens the sentence (frame.MainSubject), never
// an actor of the clause before the participle (أوضح الوزير أن
// القواعد التي ستستخدمها قوات التحالف ضد «داعش»، مؤكدا استمرار المباحثات:
// the minister's talks, not the Islamic State's).
func Said(s frame.Sentence, k int) int {
	a, _ := s.Span()
	lex := lexicon.Default()
	for j := k - 1; j >= a && j >= k-3; j-- {
		x := s.Token(j)
		if lex.Has(x.Norm, "said-act") || lex.Has(x.Word, "said-act") {
			return j
		}
		if x.Phrase != 0 || x.Quote || x.Bound || x.Event {
			return -1
		}
	}
	return -1
}
