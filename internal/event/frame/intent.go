package frame

import "rasad/internal/event/vocab"

// Addressee finds the one that an act named by a verbal noun reaches, when
// the noun completes a word of intent or readiness (مستعد للقاء «الصديق
// والحليف أوباما», أبدى استعداده لزيارة موسكو): the noun's object, its
// genitive, is the target of the intent. The noun is at head, after the ل
// of purpose (استعداد الوزارة: the ministry's readiness, no addressee); its
// object is the first actor phrase after it that no preposition governs,
// within four words, past quotation marks and the epithets before a name
// (الصديق والحليف). It returns -1 when a bound, a preposition, an event
// word or a number comes first.
func Addressee(s Sentence, head, r int) int {
	if s.Token(head).Prep != "ل" {
		return -1
	}
	for j := head + 1; j < r && j <= head+4; j++ {
		x := s.Token(j)
		if x.Quote {
			continue
		}
		if pi := PhraseAt(s, j); pi >= 0 {
			if ph := s.Phrase(pi); ph.Prep == "" && ph.Actor {
				return pi
			}
			return -1
		}
		if x.Bound || x.IsPrep || x.Prep != "" || x.Event || x.Number || x.Phrase != 0 {
			return -1
		}
	}
	return -1
}

// BeforeAside returns, for the comma at j that closes a time set aside
// between commas (قررت القيادة، مساء الجمعة، التوجه), the token before the
// comma that opens it, for a walk back from an act to the words that
// govern it; for any other token, j.
func BeforeAside(s Sentence, j int) int {
	a, _ := s.Span()
	if !s.Token(j).Bound {
		return j
	}
	for q := j - 2; q > a && q >= j-8; q-- {
		if s.Token(q).Aside == j {
			return q - 1
		}
	}
	return j
}

// Governs reports whether the verb at j takes the event word at k as its
// object (قرر الجيش الأرجنتيني غزو الجزر, قررت القيادة، مساء الجمعة،
// التوجه): only the verb's subject, words of the day and a time set aside
// between commas come between. An act further on (قررت طوكيو تنفيذ أعمال
// البناء وسط احتجاجات) is no object of the verb.
func Governs(s Sentence, j, k int) bool {
	for q := j + 1; q < k; q++ {
		x := s.Token(q)
		switch {
		case x.Aside > q:
			q = x.Aside
		case x.Phrase == 0 && x.Cue != vocab.CueRecent && x.Cue != vocab.CueMonth && !x.Number:
			return false
		}
	}
	return true
}

// Yielded finds the one an agreement yields to when what is agreed to,
// after على, is an act or a thing of another's: the actor phrase right
// after the noun, bare or after ل, is the one it reaches or whose it is
// (وافقت تركيا الشهر الماضي على السماح للولايات المتحدة: the United
// States, the one let; وافقت مصر على الطلب الأمريكي: the United States,
// whose request). The noun, with the article, is the first word after
// from, past the verb's subject, an adverb of time (الشهر الماضي, في الأيام الأخيرة) and words
// of the day; -1 if anything else comes first.
func Yielded(s Sentence, from, r int) int {
	if pi := PhraseAt(s, from); pi >= 0 && s.Phrase(pi).Prep == "" {
		from = s.Phrase(pi).End // the subject after the verb: ووافقت مصر على
	}
	for j := from; j+1 < r && j <= from+5; j++ {
		x := s.Token(j)
		if x.Cue == vocab.CueRecent || x.Cue == vocab.CueMonth || vocab.TimeSpan(x.Word) && vocab.SpanAdjective(s.Token(j+1).Word) {
			continue // الشهر الماضي: the span, then its adjective below
		}
		if vocab.SpanAdjective(x.Word) && j > from && vocab.TimeSpan(s.Token(j-1).Word) {
			continue
		}
		if e := TimeAdverb(s, j, r); e > j {
			j = e - 1
			continue
		}
		if x.IsPrep && x.Word == ala {
			j++
			x = s.Token(j)
		} else if x.Prep != ala {
			return -1
		}
		if !x.Definite || x.Verb || x.Phrase != 0 || x.Number || x.Bound || x.Quote || j+1 >= r {
			return -1
		}
		if pi := PhraseAt(s, j+1); pi >= 0 && (s.Phrase(pi).Prep == "" || s.Phrase(pi).Prep == "ل") && s.Phrase(pi).Actor {
			return pi
		}
		return -1
	}
	return -1
}
