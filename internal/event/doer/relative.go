package doer

import (
	"rasad/internal/arabic"
	"rasad/internal/event/frame"
	"rasad/internal/event/morph"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

// Relative returns, for the active verb of the third person in the past
// at k right after a relative pronoun (الذي, التي, الذين, اللذين), the
// actor phrase that ends just before the pronoun: the noun the clause
// describes is the subject of its verb when the verb agrees with the
// pronoun and no pronoun in the clause refers back to the noun: the gap of
// the clause is then its subject, and a phrase after the verb is its
// object, not its subject (الوفد السعودي الذي وصل إلى القاهرة, القوات
// التي قصفت مواقع التنظيم, الحكومة التي اتهمت الولايات المتحدة). A verb
// that carries an object pronoun has the noun for its object and its
// subject after it (التي ضربتها الطائرات, الذي شنه التنظيم), and so has a
// clause with a preposition and its pronoun (الذي وصلت إليه دعوة); a verb in the present
// describes a standing stance or a habit of the noun, no act (المنظمة
// التي تدين الإرهاب وترفض); a noun after ل is the genitive of the noun
// before it, which the clause may describe as well (المدير الفني السابق
// لروما الذي طلب); a pronoun of the dual or the feminine plural agrees
// with any verb. A clause that sets its act in the past (في الماضي, في
// السابق: lexicon class then-past) recalls what the noun once did, and
// names no doer of the day's news (الحكومة التي اتهمت في الماضي). It
// returns -1 otherwise.
func Relative(s frame.Sentence, k int, present bool) int {
	a, _ := s.Span()
	if present || k-2 < a || s.Token(k).Suffix || s.Token(k).Prep != "" || s.Token(k-2).Phrase == 0 {
		return -1
	}
	rel := lexicon.Default().Word(s.Token(k - 1).Norm)
	if !rel.Has("relative") {
		return -1
	}
	pi := s.Token(k-2).Phrase - 1
	if ph := s.Phrase(pi); ph.End != k-1 || !ph.Actor || ph.Prep == string(arabic.Lam) || !s.Token(ph.Start).Definite && ph.Ent == 0 {
		return -1
	}
	if agree := rel.Value("relative-agree"); !morph.AgreesAs(agree, s.Token(k).Word, false) || morph.Resumes(agree, s.Token(k).Word) {
		return -1
	}
	_, b := s.Span()
	for j := k + 1; j < b && j <= k+8 && !s.Token(j).Bound; j++ {
		if x := s.Token(j); vocab.PrepPronoun(x.Norm) || vocab.PrepPronoun(x.Word) || j+1 < b && x.IsPrep && x.Norm == prepIn && lexicon.Default().Has(s.Token(j+1).Word, "then-past") {
			return -1
		}
	}
	return pi
}

// prepIn is the preposition في, normalised.
var prepIn = arabic.Normalize("في")

// Elaborates reports whether the verb at k opens a clause after an adverb
// that tells how or where the act of the clause before went on (lexicon
// class elaborating: وصل كارتر إلى بغداد حيث التقى العبادي): such a verb
// with no subject of its own has the doer of that clause, the caller's to
// find. A verb with its own و after the adverb (حيث ودعوه) opens a clause
// of its own, and so does one with a definite noun right after it, or a
// noun in construct with one, which is its subject (حيث رحب حرس الشرف
// العسكري بالزعيمين); an indefinite noun there is its object (حيث
// استهدفت عربتين عسكريتين).
func Elaborates(s frame.Sentence, k int) bool {
	a, b := s.Span()
	if k <= a || s.Token(k).And || s.Token(k).Prep != "" || !lexicon.Default().Has(s.Token(k-1).Norm, "elaborating") {
		return false
	}
	noun := func(j int) bool {
		if j >= b {
			return false
		}
		x := s.Token(j)
		return x.Prep == "" && !x.IsPrep && !x.Bound && !x.Quote && !x.Number && !x.Event
	}
	return !(noun(k+1) && (s.Token(k+1).Definite || noun(k+2) && s.Token(k+2).Definite))
}
