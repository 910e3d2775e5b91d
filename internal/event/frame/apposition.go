package frame

import "rasad/internal/event/vocab"

// AppositionEnd returns where the subject phrase pi, which ends at end,
// ends with its apposition: a name followed by a title in construct
// (مسعود البرزاني رئيس إقليم كردستان العراق) describes the person by the
// genitive chain after the title, which is no object of the verb. A title
// before the name (الرئيس أوباما رئيس ...) already describes the person:
// the second title heads the object.
func AppositionEnd(s Sentence, pi, end int) int {
	ph := s.Phrase(pi)
	if ph.Ent == 0 || !ph.Person || !s.Token(ph.Start).NameStart || end != ph.End || ph.End-1 <= ph.Start {
		return end
	}
	if last := s.Token(ph.End - 1); last.Actor != 0 || !last.Title || s.Token(ph.End-2).Actor != ph.Ent {
		return end
	}
	// the genitive chain of the title: nouns and names up to a word of
	// the day, a preposition, a verb, an event word or the clause's end
	_, b := s.Span()
	q := end
	for ; q < b && q < end+5; q++ {
		x := s.Token(q)
		if x.Bound || x.IsPrep || x.Prep != "" || x.Cue != vocab.CueNone || x.Event || x.Quote {
			break
		}
		if qi := PhraseAt(s, q); qi >= 0 && (s.Phrase(qi).Prep != "" || s.Phrase(qi).PersonIn) {
			return end // a person after the title: the object (استقبل أوباما رئيس الوزراء العراقي حيدر العبادي)
		}
	}
	if q > end && q < b {
		if x := s.Token(q); x.Cue == vocab.CueRecent || x.Cue == vocab.CueMonth || x.IsPrep || x.Bound || x.Event {
			return q
		}
	}
	return end
}
