package force

import (
	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

// Waged returns the side that wages the fight named by the noun of mutual
// fighting at k, its object: the actor phrase that is the subject of a
// verb of waging (lexicon class wage: خاض, تخوض) right before it, the
// phrase right after the verb and the noun right after the phrase, or
// after one adverb of time or manner (تخوض قوات الجيش والمقاومة حاليا
// معارك عنيفة مع الميليشيات; وتخوض المقاومة الجنوبية اشتباكات عنيفة مع
// قوات الحوثي). The subject fights the side after مع, the fight's target.
// -1 if there is none: the verb's subject after the noun (معارك خاضها
// مقاتلون أكراد) or not named (التي تخوضها ضد الميليشيات) is not read.
func Waged(s frame.Sentence, k int) int {
	a, _ := s.Span()
	e := k
	if e-1 > a && plain(s.Token(e-1)) {
		e-- // one adverb between the subject and the noun: حاليا
	}
	if e-1 < a {
		return -1
	}
	pi := s.Token(e-1).Phrase - 1
	if pi < 0 {
		return -1
	}
	p := s.Phrase(pi)
	if !p.Actor || p.Prep != "" || p.End != e || p.Start-1 < a || !wage(s.Token(p.Start-1)) {
		return -1
	}
	return pi
}

// wage reports whether x is a verb of waging a fight.
func wage(x frame.Token) bool {
	l := lexicon.Default()
	return l.Has(x.Plain, "wage") || l.Has(x.Word, "wage")
}

// plain reports whether x is a word that may stand between a subject and
// its object: no phrase, bound, preposition, event word, number or quote.
func plain(x frame.Token) bool {
	return x.Phrase == 0 && !x.Bound && !x.IsPrep && x.Prep == "" && !x.Event && !x.Number && !x.Quote && x.Cue == vocab.CueNone
}
