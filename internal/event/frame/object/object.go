// Package object finds the arguments of an event word that stand after it
// and that its frame expects: where a verb's direct object may stand
// (End: up to the first preposition or prepositional word that no actor
// holds, past what may come between a verb and its object without ending
// it: a time adverb or an aside, frame.Interposed; a place after في,
// استقبل مبارك في القاهرة أولمرت; the doer's own statement, دعا البرزاني
// في بيانه حزب العمال), the actor a preposition of the frame governs
// through the noun in construct before it (Governed: حصارا على مجاميع
// ميليشيات الحوثي), the people an act done to people counts by a noun that
// names no actor (Counted: أعدم تسعة من سائقي سيارات الأجرة), the end of a
// subject whose title the holder's name follows (TitleName: زار مبعوث
// الأمم المتحدة الخاص إلى اليمن إسماعيل ولد الشيخ أحمد الرياض), the one an
// appeal asks an act to be done with (Partner: يدعو لحوار شامل مع إيران),
// the host of talks held in its country (Host: محادثات في السعودية) and
// the object a masdar governs after its agent (AfterAgent: اتهام الحكومة
// البريطانية أمس أسبانيا).
//
// It reads the sentence through package frame's view (frame.Sentence) and
// returns token or phrase indexes, -1 (or "") for none.
package object

import (
	"slices"

	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

// The prepositions the rules read, written as words: في, من, مع.
const (
	in   = "في"
	of   = "من"
	with = "مع"
)

// End returns where the direct object of the verb stops: the first token
// at or after from (before r) that is a preposition, or carries one and
// holds no name, or, for a verbal act (verbal: condemn, praise), an event
// noun whose genitive is its patient other than the verb's complement at
// compl (أدان قتل المدنيين: not whom it blames); r if none.
func End(s frame.Sentence, from, r, compl int, verbal bool) int {
	for j := from; j < r; j++ {
		if e := frame.Interposed(s, j, r); e > j {
			j = e - 1
			continue
		}
		x := s.Token(j)
		if x.IsPrep && x.Word == in && j+1 < r {
			if pi := frame.PhraseAt(s, j+1); pi >= 0 && s.Phrase(pi).Place {
				j = s.Phrase(pi).End - 1
				continue
			}
			if y := s.Token(j + 1); frame.PhraseAt(s, j+1) < 0 && !y.Event && y.Suffix {
				j++ // in his statement: دعا البرزاني في بيانه حزب العمال
				continue
			}
		}
		if x.IsPrep || x.Prep != "" && x.Actor == 0 || verbal && j != compl && x.Actor == 0 && x.Patient {
			return j
		}
	}
	return r
}

// Counted returns, for the object of an act done to people only
// (force.Human) that starts at or after at (before r), the span [start,
// end) of the number that counts them and of the noun they are counted out
// of after من, or by right after a number in words (indefinite), a noun
// naming no actor and no place (تسعة من سائقي سيارات الأجرة, اعتقلت
// الشرطة ثلاثة من طلاب الجامعة, أعدم التنظيم أربعة سائقين): those
// counted are people, whatever the noun calls them. start is -1 if the
// object is no such count (members of a group named after من or in
// construct are frame.Counted's). country is the nationality a nisba after
// the noun gives them (خطف خمسة من المهندسين الأتراك: Turkey), "" if none:
// they are then of the scene. A preposition of tgt (those the act's
// lexicon entry introduces its object with) may open the object: the
// count after it is the object's (أفرج أمس عن خمسة سجناء, تم الإفراج عن
// عشرة سجناء: those released).
func Counted(s frame.Sentence, at, r int, tgt []string) (start, end int, country string) {
	j, last := -1, at+3
	for q := at; q+1 < r && q <= last && j < 0; q++ {
		if e := frame.Interposed(s, q, r); e > q {
			q = e - 1 // اعتقلت القوات خلال الساعات الماضية ثلاثة من
			continue
		}
		switch x := s.Token(q); {
		case x.IsPrep && slices.Contains(tgt, x.Word):
			last++ // أفرج أمس في بغداد عن خمسة سجناء: the count follows
		case lexicon.Default().Has(x.Word, "approximate"):
			// نحو عشرين: the count follows
		case x.Number || x.Cue == vocab.CueNumber:
			j = q
		case x.Cue != vocab.CueRecent && x.Cue != vocab.CueMonth:
			return -1, -1, ""
		}
	}
	if j < 0 {
		return -1, -1, ""
	}
	n := j + 1 // the noun counted: أعدم أربعة سائقين
	if y := s.Token(n); y.IsPrep && y.Word == of {
		n++ // or the noun they are counted out of: تسعة من سائقي
	}
	if n >= r || !plainNoun(s, n) || n == j+1 && (s.Token(j).Number || s.Token(n).Definite) {
		return -1, -1, "" // (قتل 12 داعشيا, أحد العناصر: a noun right after a number is counted so only after a number in words, indefinite: أربعة سائقين)
	}
	if n+1 < r {
		if y := s.Token(n + 1); n == j+1 && y.IsPrep && y.Word == of {
			return -1, -1, "" // ثمانية عناصر من الفرقة: members of a group, frame.Counted's
		}
		if pi := frame.PhraseAt(s, n+1); pi >= 0 && s.Phrase(pi).Actor && !s.Phrase(pi).Place && (s.Phrase(pi).Prep == "" || s.Phrase(pi).Prep == of) {
			return -1, -1, "" // عشرة من منسوبي قوات الطوارئ, سبعة من عناصر من جماعة: the members of a group named
		}
		if y := s.Token(n + 1); n+2 < r && y.IsPrep && y.Word == of && s.Token(n+2).Quote {
			return -1, -1, "" // سبعة من عناصر من "جماعة أنصار بيت المقدس"
		}
	}
	for q := n + 1; q < r && q <= n+2; q++ {
		y := s.Token(q)
		if y.Bound || y.IsPrep || y.Prep != "" || y.Verb || y.Quote {
			break
		}
		if y.Place != "" {
			return j, n + 1, y.Place
		}
	}
	return j, n + 1, ""
}

// plainNoun reports whether the word at q may be a noun of people that
// names no actor: no actor phrase or place holds it, and it is no
// preposition, bound, number, quotation mark, event word, word with a
// pronoun (منهم), unit of time (lexicon classes ago-unit, time-unit),
// word for more of those counted before (others: آخرين) or noun of the
// members of a side (member-noun: عناصر, مقاتلين).
func plainNoun(s frame.Sentence, q int) bool {
	y := s.Token(q)
	if y.Phrase != 0 && (s.Phrase(y.Phrase-1).Actor || s.Phrase(y.Phrase-1).Place) || y.Place != "" {
		return false
	}
	if l := lexicon.Default(); l.Has(y.Word, "ago-unit") || l.Has(y.Norm, "time-unit") || l.Has(y.Plain, "others") || l.Has(y.Word, "member-noun") {
		return false // سجنت الصحفي ثلاث سنوات: a span of time; وأصاب 227 آخرين: more of those counted before; عشرين عنصرا: a side's
	}
	return !y.Bound && !y.IsPrep && y.Prep == "" && !y.Number && !y.Quote && !y.Event && !y.Suffix && y.Cue == vocab.CueNone
}

// Governed returns the preposition that governs the actor phrase pi through
// the nouns before it, whose genitive the phrase is: one or two nouns in
// construct (no article, no number, no event word, in no phrase) right
// after a preposition written as a word, or the first carrying one (حصارا
// على مجاميع ميليشيات الحوثي, رحب بخطة أوباما, ألقت القبض على عنصرين
// إرهابيين, يتفاوض مع قادة دول الاتحاد الأوروبي): the phrase is what the
// preposition introduces, the nouns only a part, a group or a thing of it. The preposition must be the act's own: the first word at or
// after from (past the verb and its subject, or past the act's complement
// when compl: then past its adjectives, three at most), what
// frame.Interposed passes over aside (وجاءت زيارة أوباما تلبية لدعوة
// أردوغان: ل is تلبية's, not the visit's). "" if none, or the phrase has a
// preposition of its own or names a place.
func Governed(s frame.Sentence, pi, from int, compl bool) string {
	a, _ := s.Span()
	ph := s.Phrase(pi)
	if ph.Prep != "" || ph.Place || !ph.Actor || ph.Start-1 <= a {
		return ""
	}
	head := ph.Start - 1 // the chain of nouns in construct, two at most: مع قادة دول الاتحاد الأوروبي
	if x := s.Token(head); head-1 > a && x.Prep == "" && construct(x) && construct(s.Token(head-1)) {
		head--
	}
	x := s.Token(head)
	if !construct(x) {
		return ""
	}
	prep, at := x.Prep, head
	if w := s.Token(head - 1); prep == "" && w.IsPrep {
		prep, at = w.Word, head-1
	}
	if prep == "" || at < from {
		return ""
	}
	for j, n := from, 0; j < at; j++ {
		if e := frame.Interposed(s, j, at); e > j {
			j = e - 1
			continue
		}
		if y := s.Token(j); !compl || n == 3 || y.Phrase != 0 || y.IsPrep || y.Prep != "" || y.Verb || y.Event || y.Bound || y.Quote {
			return ""
		}
		n++
	}
	return prep
}

// construct reports whether x may head a construct in a chain before a
// name: a noun with no article, in no phrase, no event word, number, bound
// or place.
func construct(x frame.Token) bool {
	return x.Phrase == 0 && !x.Definite && !x.Event && !x.Bound && !x.Verb && !x.Number && x.Cue == vocab.CueNone && !x.Quote && !x.IsPrep && x.Place == ""
}

// Partner returns the actor phrase after مع that the act an appeal at k
// asks for is to be done with: within four words after from, the first
// word past the appeal and its subject (before r), past the noun of that
// act (الأردن يدعو لحوار شامل مع إيران, دعا إلى الحوار مع إيران): the one
// the appeal is about engaging, its target. -1 if none, if a bound, a verb or a
// quotation mark comes first, or if the appeal carries its addressee as a
// pronoun (دعاها للتخلي عن كل شيء مقابل الحياة مع تنظيم داعش: her).
func Partner(s frame.Sentence, k, from, r int) int {
	if s.Token(k).Suffix {
		return -1
	}
	for j := from + 1; j < r && j <= from+4; j++ {
		x := s.Token(j)
		if x.Bound || x.Verb || x.Quote {
			return -1
		}
		if pi := frame.PhraseAt(s, j); pi >= 0 && s.Phrase(pi).Prep == with && s.Phrase(pi).Actor {
			return pi
		}
	}
	return -1
}

// TitleName returns where the subject phrase pi, which ends at end, ends
// with the name of the person who holds the title it opens with: a phrase
// that holds no person but starts with a title (مبعوث الأمم المتحدة), then
// the title's adjectives and one phrase after a preposition (الخاص إلى
// اليمن), then a person's name: that name is the title's holder, set in
// apposition, not the verb's object (زار مبعوث الأمم المتحدة الخاص إلى
// اليمن إسماعيل ولد الشيخ أحمد الرياض: Riyadh is visited). end if none.
func TitleName(s frame.Sentence, pi, end int) int {
	ph := s.Phrase(pi)
	if !s.Token(ph.Start).Title || ph.PersonIn || end != ph.End {
		return end
	}
	_, b := s.Span()
	for q, preps := end, 0; q < b && q < end+6; q++ {
		x := s.Token(q)
		if qi := frame.PhraseAt(s, q); qi >= 0 {
			y := s.Phrase(qi)
			if y.Prep == "" && y.Person && x.NameStart && !x.Title {
				return y.End
			}
			if y.Prep != "" && preps == 0 && y.PersonIn && !y.Person {
				return y.End // إلى اليمن إسماعيل ولد الشيخ أحمد: the title's place and the name, read as one phrase
			}
			if y.Prep == "" || preps > 0 {
				return end
			}
			q, preps = y.End-1, preps+1 // إلى اليمن
			continue
		}
		if x.Bound || x.Verb || x.Event || x.Quote || x.Number || x.Cue != vocab.CueNone || x.Phrase != 0 {
			return end
		}
	}
	return end
}

// Host returns the phrase naming the country that talks at k (the verb,
// or the noun of talks it takes) are held in when they name no partner:
// after في within six words of k, before r (تجري موغيريني اليوم محادثات
// في السعودية); its government is the other side of the talks. country
// gives the country a phrase names, "" for a place within one (محادثات في
// جنيف: a venue, no side); own reports a country of the doers' (talks at
// home have no host). -1 if none.
func Host(s frame.Sentence, k, r int, country func(pi int) string, own func(cc string) bool) int {
	for j := k + 1; j < r && j <= k+6; j++ {
		x := s.Token(j)
		if x.Bound || x.Verb || x.Quote || x.Prep != "" && x.Prep != in {
			return -1 // لقاء أوباما بأقاربه في كينيا: a partner, named or not
		}
		if pi := frame.PhraseAt(s, j); pi >= 0 && s.Phrase(pi).Prep == in {
			if cc := country(pi); cc != "" && !own(cc) {
				return pi
			}
			return -1
		}
	}
	return -1
}
