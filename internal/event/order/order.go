// Package order reads which actor phrase around an event word fills which
// role where Arabic word order alone would mislead the event coder
// (package event): the receiver in the genitive of a verbal noun of giving,
// and the subject of a verb written alike in the active and the passive when
// a word of time stands between it and the object.
//
//   - A verb of giving with two objects (سلّم، منح، زوّد، باع، أعطى، أمدّ: سلّم
//     القاهرةَ طائراتٍ) keeps both in its verbal noun: in تسليم القاهرة ثماني
//     طائرات the genitive is the first object, the one who receives, because
//     the thing given follows it (a number, an indefinite noun of the thing,
//     or ب and the thing after زوّد and أمدّ). The genitive is the doer when
//     an actor follows it (تسليم روسيا إيران صواريخ), when the thing is
//     given to someone after ل or إلى (تسليم روسيا صواريخ لإيران), and after
//     a verbal noun of sending with one object (إرسال روسيا أسلحة).
//     Receiver finds that genitive.
//
//   - A word of time between the subject and the object (استهدف طيران
//     التحالف أمس، المجمع الحكومي; قصفت المدفعية صباح اليوم مواقع) ends
//     neither the subject nor the search for the object: AfterTime steps
//     over it and the comma that closes it.
//
//   - A verbal noun may take its doer in the genitive and its object after
//     it in the accusative (إحراقُ مستوطنين إسرائيليين منزلَهم): an
//     indefinite actor phrase that is closed (a sound plural that keeps
//     its ن, or an adjective after the noun: neither is the first term of
//     a genitive construct) followed directly by its object (a noun with
//     the article or a pronoun, or a noun in a construct: منزل عائلة
//     دوابشة) is the noun's doer, not the one who suffers the act; an
//     indefinite accusative after it (متأثرا, حرقا) is as often a
//     circumstance, and is left. Agent reads it.
//
//   - An indefinite verbal noun of an attitude in the accusative after a
//     clause, its tanwin written with alif (تظاهر الآلاف تنديدا بالغارات,
//     خرجوا رفضا للقرار: the object of purpose, المفعول لأجله), is an act of
//     the subject of that clause; a relative clause inside its
//     object (بالغارات التي يشنها الجيش) names the doer of that object, the
//     one the act is about, its target. Purpose and Denounced read them.
//
// It reads the sentence through package frame's view (frame.Sentence).
package order

import (
	"strings"
	"unicode/utf8"

	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

// twoObjects holds the verbal nouns of giving whose verb takes the receiver
// and the thing as two objects (سلّمه الطائرات), or the receiver and the
// thing after ب (زوّده بالسلاح).
var twoObjects = map[string]bool{
	"تسليم": true, "منح": true, "اعطاء": true, "إعطاء": true, "بيع": true,
	"تزويد": true, "امداد": true, "إمداد": true,
}

// withBa holds the ones among them whose thing follows ب (تزويد مصر بصواريخ).
var withBa = map[string]bool{"تزويد": true, "امداد": true, "إمداد": true}

// Receiver returns the actor phrase in the genitive of the verbal noun of
// giving at k that receives what is given (see the package comment), -1 if
// the noun is none of them or its genitive is its doer. things holds the
// words of what may be given (vocab.Pattern.With).
func Receiver(s frame.Sentence, k int, things map[string]bool) int {
	a, b := s.Span()
	if k < a || k+1 >= b || !twoObjects[s.Token(k).Word] {
		return -1
	}
	pi := frame.PhraseAt(s, k+1)
	if pi < 0 || s.Phrase(pi).Prep != "" {
		return -1
	}
	j := s.Phrase(pi).End
	for n := 0; j < b && n < 6; n++ { // a word of time, or a phrase of time with its genitive (قبل وصول كيري)
		x := s.Token(j)
		if e := AfterTime(s, j, b); e > j {
			j = e
			continue
		}
		if (x.Word == "قبل" || x.Word == "بعد") && j+1 < b && s.Token(j+1).Noun {
			j += 2 // قبل وصول كيري: a time by an event, its genitive after it
			if q := frame.PhraseAt(s, j); q >= 0 {
				j = s.Phrase(q).End
			}
			continue
		}
		if x.Bound || x.Verb || x.Number || x.Cue == vocab.CueNumber || things[x.Word] {
			break
		}
		if q := frame.PhraseAt(s, j); q >= 0 {
			if !s.Token(j-1).Event || s.Phrase(q).Prep != "" {
				return -1 // تسليم روسيا إيران صواريخ: the second actor is the receiver
			}
			j = s.Phrase(q).End
			continue
		}
		j++
	}
	if j >= b {
		return -1
	}
	x := s.Token(j)
	switch {
	case withBa[s.Token(k).Word]:
		if x.Prep != "ب" || !things[x.Word] {
			return -1
		}
	case x.Prep != "" || !(x.Number || x.Cue == vocab.CueNumber || things[x.Word] && !x.Definite):
		return -1
	}
	for e := j + 1; e < b && e <= j+8 && !s.Token(e).Bound && !s.Token(e).Verb; e++ {
		if q := frame.PhraseAt(s, e); q >= 0 && (s.Phrase(q).Prep == "ل" || s.Phrase(q).Prep == "إلى" || s.Phrase(q).Prep == "الى") {
			return -1 // تسليم روسيا صواريخ لإيران: the receiver after ل; the genitive gives
		}
	}
	return pi
}

// Agent reports whether the actor phrase pi, the genitive of the event
// noun at k, is that noun's doer because its object follows it (see the
// package comment): إحراق مستوطنين إسرائيليين منزلهم.
func Agent(s frame.Sentence, k, pi int) bool {
	_, b := s.Span()
	ph := s.Phrase(pi)
	if !s.Token(k).Noun || ph.Start != k+1 || ph.Prep != "" || ph.End >= b {
		return false
	}
	for j := ph.Start; j < ph.End; j++ {
		x := s.Token(j)
		if x.Definite || x.Suffix || x.Actor != 0 && (x.Place == "" || !x.OfAgent) || x.Number || x.Cue != vocab.CueNone {
			return false // a definite, named or counted doer: a genitive construct may go on (a nisba of an agent, إسرائيليين, is an adjective)
		}
	}
	last := []rune(s.Token(ph.End - 1).Word)
	if n := len(last); ph.End-ph.Start < 2 && (n < 4 || last[n-1] != 'ن' || last[n-2] != 'ي' && last[n-2] != 'و') {
		return false // one noun that may be the first term of a construct (قتل جنود الجيش)
	}
	return objectAfter(s, ph.End, b)
}

// objectAfter reports whether the object of a verbal noun starts at j,
// after a closed actor phrase: a definite noun (the article, a pronoun:
// منزلهم, المنزل) or a noun in a construct with the noun after it (منزل
// عائلة دوابشة: a word that is no adjective of the plural before it and
// no indefinite accusative), with no conjunction, no preposition and no
// time before it (تدمير دبابتين ومضاد طيران: a second thing destroyed).
func objectAfter(s frame.Sentence, j, b int) bool {
	for n := 0; j < b && n < 2; j, n = j+1, n+1 {
		x := s.Token(j)
		if x.Bound || x.And || x.IsPrep || x.Prep != "" || x.Verb || x.Number || x.Quote || x.Cue == vocab.CueNumber || x.Place != "" && n == 0 || AfterTime(s, j, b) > j {
			return false
		}
		if x.Definite || x.Suffix || x.Actor != 0 && n > 0 {
			return true
		}
		if n == 0 && (strings.HasSuffix(x.Word, "ين") || strings.HasSuffix(x.Word, "ون") || strings.HasSuffix(x.Word, "ا")) {
			// an adjective of the plural before it (مستوطنين متطرفين), or
			// an indefinite accusative, which is as often a circumstance
			// (مقتل جندي بريطاني متأثرا بجراحه) as an object
			return false
		}
		if n == 1 {
			return true // منزل عائلة: a noun in a construct
		}
	}
	return false
}

// AfterTime returns, for token j (before r), the first token after the
// words of time that start at it (أمس, اليوم, صباح اليوم, الأسبوع الماضي,
// خلال الأيام الماضية) and the comma that closes them; j if none start there.
func AfterTime(s frame.Sentence, j, r int) int {
	e := j
	for e < r {
		if t := frame.TimeAdverb(s, e, r); t > e {
			e = t
			continue
		}
		if x := s.Token(e); x.Cue == vocab.CueRecent || x.Definite && vocab.TimeSpan(x.Word) || e+1 < r && s.Token(e+1).Cue == vocab.CueRecent && dayPart(x.Word) {
			for e++; e < r && vocab.SpanAdjective(s.Token(e).Word); e++ { // الأسبوع الماضي, الجمعة الماضية
			}
			continue
		}
		break
	}
	if e > j && e < r && vocab.Comma(s.Token(e).Norm) {
		e++
	}
	return e
}

// AfterSubject returns, for token j right after a verb's subject (before
// r), where the verb's object may begin: past the words of time that
// start at j (AfterTime) and an instrument or manner of the act set
// between them, a noun after ب with no article closed by an adjective
// with none (استهدف طيران التحالف بغارات عنيفة مواقع الحوثيين; قصفت
// المدفعية بقذائف ثقيلة أمس القرى). The adjective closes the noun: an
// indefinite noun followed by an adjective is no first term of a construct,
// so the phrase after it is no genitive of the instrument (قتل جندي برصاص
// قوات الاحتلال: the forces are the instrument's, no object) but the
// object. j if neither starts there.
func AfterSubject(s frame.Sentence, j, r int) int {
	e := AfterTime(s, j, r)
	if e >= r {
		return e
	}
	if x := s.Token(e); x.Prep != "ب" || !indefinite(x) || x.Cue != vocab.CueNone {
		return e
	}
	if n := e + 1; n < r && indefinite(s.Token(n)) && s.Token(n).Prep == "" && !s.Token(n).Event && s.Token(n).Cue == vocab.CueNone {
		return AfterTime(s, n+1, r) // its adjective (عنيفة); a second (جوية مكثفة) is a plain word, as an object may be
	}
	return e
}

// Fronted reports whether the verb at k has its subject before it: a noun
// phrase right after إنّ or أنّ and right before the verb (قال إن مجلس
// المحافظة طالب رئيس الوزراء). The noun after إنّ is its subject (اسم
// إنّ) and the verb agrees with it through its pronoun, so a phrase right
// after the verb is its object, never its subject, even where the noun
// names no actor the coder knows. The phrase is read by its article, as
// no verb is known by its form: a definite noun (إن المجلس), or nouns in
// construct ending in a definite genitive, its adjectives after it with
// the article too (مجلس المحافظة, فصائل غرفة العمليات), three words at
// most; a word with the article is never followed by one without it (أن
// البلاد تنبذ الحرب: a verb, not a construct), and the first word is no
// present verb (أن تنبذ الحرب: ت, ي or ن before it). A particle with its
// own pronoun (أنه) has another subject; no verb, event word,
// preposition, number, pronoun or quotation mark stands between.
func Fronted(s frame.Sentence, k int) bool {
	a, _ := s.Span()
	c := k - 1
	for c >= a && c >= k-4 && !vocab.Subordinate(s.Token(c).Norm) {
		c--
	}
	if c < a || c < k-4 || c == k-1 || s.Token(c).Word != "ان" || s.Token(c).Phrase != 0 || !s.Token(k-1).Definite {
		return false // (بأنها جذر الإرهاب ويطلب: the particle's own pronoun is the subject)
	}
	for j := c + 1; j < k; j++ {
		x := s.Token(j)
		if x.Bound || x.Quote || x.IsPrep || x.Prep != "" || x.Verb || x.Event || x.Number || x.Suffix || x.And || x.Cue != vocab.CueNone {
			return false
		}
		if j > c+1 && !x.Definite && s.Token(j-1).Definite || j == c+1 && !x.Definite && present(x) {
			return false
		}
	}
	return true
}

// present reports whether x, the first word after إنّ or أنْ (both
// written ان), may be a present verb in the subjunctive after أنْ (أن
// تنبذ الحرب), not the noun after إنّ: a word that opens with ت, ي or ن
// and is no noun the lexicon knows (nounClasses: نظام, تنظيم, تحالف, نواب,
// يمنيين) nor the coder's title or name, and has none of the endings a
// subjunctive never takes: ة, ات, and the ن of ون and ين (the five verbs
// drop it after أنْ: أن يطالبوا; ناشطين, نازحون are nouns).
func present(x frame.Token) bool {
	r, _ := utf8.DecodeRuneInString(x.Word)
	if r != 'ت' && r != 'ي' && r != 'ن' || x.Title || x.Actor != 0 || x.Place != "" {
		return false
	}
	for _, end := range [...]string{"ة", "ات", "ون", "ين"} {
		if strings.HasSuffix(x.Word, end) {
			return false
		}
	}
	w := lexicon.Default().Word(x.Word)
	for _, c := range nounClasses {
		if w.Has(c) {
			return false
		}
	}
	return true
}

// nounClasses are the lexicon classes whose words are nouns or adjectives
// that may head a subject: agents (النظام), heads of organisations'
// names (تحالف, تنظيم), roles, titles, nisba adjectives, broken plurals of
// bodies, given names.
var nounClasses = [...]string{"agent", "org-cue", "role", "title", "nisba", "things-plural", "given-name", "loc-cue"}

// ThingsPlural reports whether the phrase right after the verb at k, whose
// first word has the stem stem, cannot be the verb's subject because the
// verb is masculine (طالب, يطالب, تبنى, تعهد; not طالبت, تطالب) and the
// phrase a broken plural of things with the article (الدول, lexicon class
// things-plural), which takes a feminine verb when it follows it (طالبت
// الدول الغربية): so in وطالب الدول الغربية بمراجعة حملاتها the states are
// the ones asked, the verb's subject its pronoun, the one the sentence
// before named. The verb's gender is the coder's reading of it
// (frame.Token.Fem), not its first letter: the past of forms V and VI
// opens with ت and is masculine (تبنى, تبادل); a word the coder does not
// read as a verb counts as feminine when it opens or ends with ت.
func ThingsPlural(s frame.Sentence, k int, stem string) bool {
	rest, ok := strings.CutPrefix(stem, "ال")
	if !ok || !lexicon.Default().Has(rest, "things-plural") {
		return false
	}
	x := s.Token(k)
	return !x.Fem && (x.Verb || !strings.HasSuffix(x.Word, "ت") && !strings.HasPrefix(x.Word, "ت"))
}

// indefinite reports whether x is a word with no article, pronoun, name,
// actor phrase or title that no clause boundary, preposition written apart,
// verb, number or quotation mark is: a noun or adjective that opens no
// construct with a definite genitive by itself.
func indefinite(x frame.Token) bool {
	return !x.Definite && !x.Suffix && x.Phrase == 0 && x.Actor == 0 && !x.Title && !x.Bound && !x.IsPrep && !x.Verb && !x.Number && !x.Quote && !x.And
}

// dayPart reports whether w is a part of a day that names a time with the
// day after it (صباح اليوم, مساء أمس), or the day itself before its name
// (يوم الأربعاء): the lexicon's time-head words that are no edge of a
// longer period (مطلع, أواخر: class period-edge).
func dayPart(w string) bool {
	x := lexicon.Default().Word(w)
	return x.Has("time-head") && !x.Has("period-edge")
}

// Purpose reports whether the event noun at k, of CAMEO code code, is an
// object of purpose: a noun of disapproval or rejection (roots 11 and 12:
// the attitudes a march or a strike states; اتصالا هاتفيا is an object, no
// purpose) with no preposition, no article, no pronoun, and the alif of its
// tanwin at the end of the word (تنديدا, رفضا: the lexicon lists these
// forms of the noun), after a clause. احتجاجا (root 14) is left to the
// protest's own reading: its record is the march's (package report).
func Purpose(s frame.Sentence, k int, code string) bool {
	a, _ := s.Span()
	x := s.Token(k)
	w := []rune(x.Word)
	attitude := strings.HasPrefix(code, "11") || strings.HasPrefix(code, "12")
	return attitude && k > a+1 && x.Noun && x.Prep == "" && !x.Definite && !x.Suffix && !s.Token(k-1).IsPrep && len(w) > 3 && w[len(w)-1] == 'ا' && w[len(w)-2] != 'ا'
}

// Denounced returns the actor phrase that an object of purpose at k
// (Purpose) is about when its object is an act described by a relative
// clause that names its doer: تنديدا بالغارات التي يشنها الجيش التركي, احتجاجا
// على الاعتقالات التي نفذتها الشرطة (the army, the police); -1 if none.
func Denounced(s frame.Sentence, k int) int {
	_, b := s.Span()
	j := k + 1
	if j < b && s.Token(j).IsPrep && s.Token(j).Word == "على" {
		j++
	} else if j >= b || s.Token(j).Prep != "ب" {
		return -1
	}
	if j+2 >= b || !s.Token(j).Noun || !vocab.Relative(s.Token(j+1).Norm) {
		return -1
	}
	for q := j + 3; q < b && q <= j+4; q++ { // the subject after the relative clause's verb
		if pi := frame.PhraseAt(s, q); pi >= 0 && s.Phrase(pi).Prep == "" {
			return pi
		}
		if x := s.Token(q); x.Bound || x.IsPrep {
			break
		}
	}
	return -1
}
