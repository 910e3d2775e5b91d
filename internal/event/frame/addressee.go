package frame

import (
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

// Addressed returns the actor phrase a word of speech at k with no object
// is aimed at, by the frame of its code: a noun of demanding (10x) is
// addressed to the actor after ل right after it (Demanded: مطالبات لرئيس
// الوزراء العراقي باتخاذ قرارات); a concern voiced (012 with its
// complement at compl: أعربت مصر عن قلقها إزاء الوضع في لبنان) is about
// the place its topic is in (Concerned); a yielding (035) is to the one let
// or whose request it grants (Yielded); a call or demand (02x, 10x) for a
// meeting is to the body whose meeting it is (Convened: دعا إلى اجتماع
// طارئ لمجلس الأمن), a request for membership to the body joined (Joined:
// تطلب عضوية الإنتربول). It returns -1 for any other code.
func Addressed(s Sentence, code string, k, after, compl, r int) int {
	switch body := max(Convened(s, after, r), Joined(s, after, r)); { // one at most: إلى, or a noun
	case (code[:2] == "02" || code[:2] == "10") && body >= 0:
		return body
	case code[:2] == "10" && s.Token(k).Noun:
		return Demanded(s, k, r)
	case code == "012" && compl >= 0:
		return Concerned(s, compl, r)
	case code[:3] == "035":
		return Yielded(s, after, r)
	}
	return -1
}

// Concerned returns the actor phrase that the concern voiced by the noun
// at compl is about (أعرب عن قلقه, قلقها البالغ). The topic follows a
// preposition of topic (lexicon class topic-prep: إزاء, حيال, من) within
// two words of the noun; it is a situation or a development that is no
// actor (الوضع, تدهور الأوضاع; an unnamed agent noun that follows it is its
// adjective: الوضع السياسي), and the first actor phrase in it,
// within six words, is what the concern is about: a place after في, which
// stands for its people or government (الوضع في لبنان), or the genitive
// of the topic noun (إزاء سياسات إيران). It returns -1 when a bound, a
// verb, a number or an actor phrase of another kind comes first (قلقه من
// أن ..., قلقه من الهجمات التي ...: a clause, not a place).
func Concerned(s Sentence, compl, r int) int {
	j := compl + 1
	for ; j < r && j <= compl+2; j++ {
		if lexicon.Default().Has(s.Token(j).Norm, "topic-prep") {
			break
		}
		if x := s.Token(j); x.Bound || x.Phrase != 0 || x.IsPrep || x.Verb {
			return -1
		}
	}
	if j >= r || j > compl+2 || j+1 >= r || s.Token(j+1).Phrase != 0 || s.Token(j+1).Suffix {
		return -1 // قلقها من إيران: an actor right after names whom it fears, for another rule; إزاء أنشطتها في بحر الصين: whose the pronoun says
	}
	for q := j + 2; q < r && q <= j+6; q++ {
		x := s.Token(q)
		if pi := PhraseAt(s, q); pi >= 0 {
			ph := s.Phrase(pi)
			if ph.Actor && (ph.Place && ph.Prep == "في" || ph.Prep == "" && q == j+2) {
				return pi
			}
			if ph.Prep == "" && !ph.Named && x.Definite && s.Token(q-1).Definite && s.Token(q-1).Phrase == 0 {
				q = ph.End - 1 // الوضع السياسي: an agent noun with no name after a definite noun is its adjective
				continue
			}
			return -1
		}
		if x.Bound || x.Verb || x.Number || x.Quote || x.Cue == vocab.CueNeg || x.IsPrep && x.Word != "في" {
			return -1
		}
	}
	return -1
}

// Demanded returns the actor phrase a noun of demanding at k is addressed
// to: the phrase after ل that follows the noun at once, before what is
// demanded (وسط مطالبات لرئيس الوزراء العراقي باتخاذ قرارات, مطالبة
// للحكومة بالإصلاح). A ل further on belongs to what is demanded (عدم
// المطالبة بالتقدم لحركة النقل: the transfer round is nobody asked). Set
// off by a comma, the noun's object is whom it asks (demandedAfterComma).
// It returns -1 when neither is found.
func Demanded(s Sentence, k, r int) int {
	if k+1 >= r {
		return -1
	}
	if pi := PhraseAt(s, k+1); pi >= 0 && s.Phrase(pi).Prep == "ل" && s.Phrase(pi).Actor {
		return pi
	}
	return demandedAfterComma(s, k, r)
}

// demandedAfterComma returns, for an indefinite noun of demanding right
// after a comma, the first actor phrase of its object: set off so, the
// noun is a circumstantial accusative (حال) whose doer is the clause's
// subject, and the nouns after it, joined by و, are whom it asks, up to
// what is asked for after ب (وأشارت الوزارة إلى ...، مطالبة الدول كافة
// ومؤسسات الأمم المتحدة باتخاذ ما يلزم: the UN). A word of the day, a
// verb, another preposition or a bound first: -1.
func demandedAfterComma(s Sentence, k, r int) int {
	a, _ := s.Span()
	if x := s.Token(k); k-1 < a || !vocab.Comma(s.Token(k-1).Norm) || x.Definite || x.Suffix || x.Prep != "" {
		return -1
	}
	for q := k + 1; q < r && q <= k+6; q++ {
		x := s.Token(q)
		if pi := PhraseAt(s, q); pi >= 0 {
			if ph := s.Phrase(pi); ph.Prep == "" && ph.Actor && !ph.Place {
				return pi
			}
			return -1
		}
		if x.Phrase != 0 || x.Bound || x.Verb || x.Event || x.IsPrep || x.Prep != "" || x.Quote || x.Number || x.Cue != vocab.CueNone {
			return -1
		}
	}
	return -1
}

// Interposed returns the end of what may stand between a verb and its
// object at j: an adverb of time (TimeAdverb: اعتقلت القوات خلال الساعات
// الماضية عشرات), the words the act was said in, set off by a comma
// (StatementAside: اتهمت الخارجية في بيان أصدرته أمس، النظام الإيراني);
// a phrase of discourse that points back (في هذا السياق, في هذا الإطار:
// دعا الوزير في هذا السياق اللبنانيين إلى التوافق), or the doer's own
// occasion (duringOwn: دعا خلال لقائه أمس المبعوث), a sentence adverb
// (Aside: أيضا, على الفور); j if none starts there.
func Interposed(s Sentence, j, r int) int {
	return max(TimeAdverb(s, j, r), pointingBack(s, j, r), duringOwn(s, j, r), StatementAside(s, j, r), Aside(s, j, r)) // (each j where none starts)
}

// duringOwn returns, for a preposition of time that sets one act as the
// time of another (lexicon class during: خلال, أثناء) at j, followed by a
// noun that carries the pronoun of the doer (لقائه, اتصاله, كلمتها) and
// what sets it off from what follows (words of the day: أمس; a
// demonstrative: تلك; a phrase after a preposition: للدوحة), the token after
// them: the occasion of the act, never its object (دعا هادي خلال لقائه أمس
// مبعوث الأمين العام إلى زيارة عدن). It returns j when the noun carries no
// pronoun (خلال لقاء الوزير: whose meeting is named), and when an actor
// follows the noun at once, as its own object (داعيا خلال زيارته واشنطن,
// أثناء نقلها عسكريين).
func duringOwn(s Sentence, j, r int) int {
	if !vocab.During(s.Token(j).Word) || j+2 >= r {
		return j
	}
	if n := s.Token(j + 1); !n.Suffix || n.Phrase != 0 || n.Bound || n.Verb {
		return j
	}
	e := j + 2
	for e < r {
		x := s.Token(e)
		if pi := PhraseAt(s, e); pi >= 0 && s.Phrase(pi).Prep != "" {
			e = s.Phrase(pi).End // خلال زيارته للدوحة
			continue
		}
		if x.Phrase != 0 || x.Cue != vocab.CueRecent && !lexicon.Default().Has(x.Norm, "demonstrative-thing") {
			break
		}
		e++ // أمس, تلك
	}
	if e == j+2 {
		return j // زيارته واشنطن, نقلها عسكريين: the noun's own object
	}
	return e
}

// pointingBack returns, for a phrase of discourse at j that points back to
// what was told before, the token after it: في, a demonstrative (lexicon
// class demonstrative-thing: هذا, ذلك) and a noun with the article that
// names no actor (في هذا السياق, في هذه الأثناء); or, after على or في or
// alone, a noun of sequel with the pronoun of what was told (class sequel:
// على إثرها, في أعقابه) or bare before a demonstrative (class sequel-noun:
// إثر ذلك); an adverb of addition (أيضا). Such a phrase is never the verb's object, which follows it
// (اعتقلت الشرطة على إثرها ثمانية مقاتلين). It returns j otherwise.
func pointingBack(s Sentence, j, r int) int {
	x, lex, n := s.Token(j), lexicon.Default(), j
	if x.IsPrep && (x.Word == "في" || x.Word == "علي") {
		n++
	}
	if y := s.Token(min(n, r-1)); n+1 < r && y.Phrase == 0 && lex.Has(y.Norm, "sequel") {
		return n + 1 // على إثرها
	} else if n+2 < r && y.Phrase == 0 && lex.Has(y.Norm, "sequel-noun") && lex.Has(s.Token(n+1).Norm, "demonstrative-thing") {
		return n + 2 // إثر ذلك
	}
	if !x.IsPrep || x.Word != "في" || j+3 >= r {
		return j
	}
	d, m := s.Token(j+1), s.Token(j+2)
	if d.Phrase != 0 || !lex.Has(d.Norm, "demonstrative-thing") || !m.Definite || m.Phrase != 0 || m.Event || m.Bound {
		return j
	}
	return j + 3
}

// StatementAside returns, for في at j followed by a noun of what is said
// (lexicon class speech-noun: بيان, تصريحات, كلمة, مؤتمر) and the words
// that describe it (أصدرته مساء أول من أمس, ألقاها أمام البرلمان) up to a
// comma within eight words, the token after that comma, where the verb's
// object follows (اتهمت وزارة الخارجية في بيان أصدرته مساء أمس، النظام
// الإيراني بمواصلة القمع). Without the comma the words after the noun may
// be its genitive (في بيان الحكومة: the government's statement), and it
// returns j, as it does when an actor phrase, a quotation mark or another
// bound comes first.
func StatementAside(s Sentence, j, r int) int {
	if x := s.Token(j); !x.IsPrep || x.Word != "في" || j+2 >= r || s.Token(j+1).Phrase != 0 || !lexicon.Default().Has(s.Token(j+1).Norm, "speech-noun") {
		return j
	}
	for q := j + 2; q < r && q <= j+9; q++ {
		x := s.Token(q)
		if vocab.Comma(x.Norm) {
			if q+1 < r {
				return q + 1
			}
			return j
		}
		if x.Bound || x.Quote || x.Phrase != 0 {
			return j
		}
	}
	return j
}
