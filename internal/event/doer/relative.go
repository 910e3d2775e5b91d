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
	if ph := s.Phrase(pi); ph.End != k-1 || !ph.Actor || ph.Prep == string(arabic.Lam) || !s.Token(ph.Start).Definite && !ph.Named {
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

// Elaborates reports whether the verb at k opens a clause after a word
// that tells how, where or after what the act of the clause before went
// on (lexicon class elaborating: وصل كارتر إلى بغداد حيث التقى العبادي,
// غادر كيري القاهرة بعدما التقى بالسيسي; or أن after a word of class
// elaborating-that: وصل كيري إلى الرياض بعد أن زار القاهرة): such a verb
// with no subject of its own has the doer of that clause, the caller's to
// find. A verb in the present tells an act intended or habitual, not one
// done (عندما يتوجه إلى إثيوبيا). A verb with its own و after the word
// (حيث ودعوه) opens a clause of its own, and so does one with a definite
// noun right after it (or after a preposition with its pronoun: بعد أن
// توجه إليها الضيف) that is no actor phrase, or a noun in construct with
// a definite noun or a name, which is its subject (حيث رحب حرس الشرف
// العسكري بالزعيمين, بعد أن رفض ناديا بروسيا دورتموند); an indefinite
// noun there is its object (حيث استهدفت عربتين عسكريتين), and so is an
// actor phrase of a place (بعد أن زار القاهرة) or a noun of a site (حيث
// استهدفت مواقع تنظيم داعش), while one of a person or a body is its
// subject.
func Elaborates(s frame.Sentence, k int, present bool) bool {
	a, b := s.Span()
	if present || k <= a || s.Token(k).And || s.Token(k).Prep != "" {
		return false
	}
	lex := lexicon.Default()
	if w := s.Token(k - 1).Norm; !lex.Has(w, "elaborating") && !(k-2 >= a && vocab.Subordinate(w) && lex.Has(s.Token(k-2).Norm, "elaborating-that")) {
		return false
	}
	plain := func(j int) bool { // a word no preposition governs
		if j >= b {
			return false
		}
		x := s.Token(j)
		return x.Prep == "" && !x.IsPrep && !x.Bound && !x.Quote && !x.Number && !x.Event
	}
	n := k + 1
	if n+1 < b && (vocab.PrepPronoun(s.Token(n).Norm) || vocab.PrepPronoun(s.Token(n).Word)) {
		n++ // بعد أن توجه إليها الضيف: the subject past a preposition with its pronoun
	}
	if !plain(n) || s.Token(n).Cue == vocab.CueSite {
		return true // (حيث استهدفت مواقع تنظيم داعش: the sites hit)
	}
	if pi := s.Token(n).Phrase - 1; pi >= 0 {
		return s.Phrase(pi).Place // (زار القاهرة: the place visited; رفض ناديا بروسيا دورتموند: the subject)
	}
	genitive := n+1 < b && (plain(n+1) && (s.Token(n+1).Definite || s.Token(n+1).Phrase != 0) || s.Token(n+1).NameStart) // (a name as the recogniser found it: بروسيا دورتموند)
	return !s.Token(n).Definite && !genitive
}
