package doer

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
)

// Opening returns the subject of the verb that opens the sentence (the
// actor phrase frame.MainSubject finds right after it), which the verb at
// k, joined to that opening clause by و with no subject of its own,
// continues: وتحدث الوزير الألماني عن مأساة الشعب السوري، وأعرب عن أمله
// (the German minister hopes, not the doer of an act told in another
// sentence). A particle right before the verb joins it as و does (كما
// ناشد, ثم طالب: joined): أكد الوزير دعم بلاده، كما ناشد الأمم
// المتحدة — the minister appeals, and the noun after the verb is the one
// addressed. The caller asks only when no act of the sentence came before
// k: the doer of such an act is the one continued. It returns -1 when the
// verb at k is not so joined; when the sentence does not open with a
// verb right before that subject, a bare word (no article, no preposition,
// no name) that carries و itself or follows a particle (كما, قد): أما,
// حيث, مؤخرا or a noun (وعقب اغتيال النائب العام) open no such clause;
// when a quotation mark, a complementizer (أن, إن, أنه) or a relative
// pronoun comes between (the verb may then continue the subject of that
// clause: وأوضح المدير أن الفرع كثف ... وطالب); or when the two verbs
// disagree in gender (openerFem): a feminine verb (وأعربت) does not
// continue a masculine one (وتحدث), nor the other way round.
func Opening(s frame.Sentence, k int) int {
	a, _ := s.Span()
	if !joined(s, k) {
		return -1
	}
	pi := frame.MainSubject(s, k)
	if pi < 0 {
		return -1
	}
	j := a
	if particle[s.Token(j).Word] {
		j++
	}
	v := s.Token(j)
	if j == a && !v.And || j+1 != s.Phrase(pi).Start || v.Phrase != 0 || v.Prep != "" || v.IsPrep || v.Definite || v.Title || v.Quote || v.Number {
		return -1
	}
	for x := s.Phrase(pi).End; x < k; x++ {
		if t := s.Token(x); t.Quote || vocab.Subordinate(t.Word) || vocab.PronounThat(t.Word) || vocab.Relative(t.Norm) {
			return -1
		}
	}
	if openerFem(v) != s.Token(k).Fem {
		return -1
	}
	return pi
}

// joined reports whether the verb at k is joined to a clause before it in
// its sentence: by its own و (ودعا), or by a particle of lexicon class
// verb-particle right before it that does not open the sentence (كما
// ناشد, ثم طالب). A particle that opens the sentence joins it to the
// sentence before, whose doer is another question: read on the corpus,
// كما or ثم opening a sentence as often begins another doer's act (كما
// دمرت [الغارات], ثم طلب منها [المهرب]) as the same doer's.
func joined(s frame.Sentence, k int) bool {
	a, _ := s.Span()
	return s.Token(k).And || k > a+1 && particle[s.Token(k-1).Word]
}

// openerFem reports whether the verb that opens the sentence is feminine:
// the coder's reading of an event verb (frame.Token.Fem: تظاهر is
// masculine, تطالب feminine); for another verb, whose tense is unknown, a
// past ending in the feminine ت after a stem of three letters at least
// (أعربت, زارت), not a root's ت (صوت, ثبت).
func openerFem(v frame.Token) bool {
	if v.Event {
		return v.Fem
	}
	stem, ok := strings.CutSuffix(v.Word, teh)
	return ok && arabic.AtLeastRunes(stem, 3)
}
