package blame

import (
	"slices"

	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

// The one that words of praise or blame reach through a preposition:
// the owner of the conduct named after it (أشاد بمواقف الإمارات, تندد
// بالنفوذ الإيراني), the doer of an act named after it.

// PrepObjectOwner finds, like frame.ObjectOwner, the owner of an object that is
// no actor when the act reaches its object through one of its target
// prepositions preps (أشاد بالدور السعودي: Saudi Arabia's role; أثنى على
// جهود مصر; ندد بالهجوم الإسرائيلي): the preposition attached to the
// object's first word or written before it, then the object, then its
// possessor or the nisba that qualifies it; words of the day and an
// adverb such as في هذا الصدد, في الوقت ذاته (frame.TimeAdverb) or أيضا
// (frame.Aside) may come first. The object of a participle (participle true) may also take
// ل (مثمنا للدور المصري). An object that is an act gives its doer, as
// frame.ObjectOwner does: the one a clause of time after it names (ندد بمقتل طفل عندما قصفت طائرات إسرائيلية منزله), else
// its possessor or nisba unless the act is one whose genitive suffers it
// (ندد بالقصف التركي: Turkey). It returns -1 if not.
func PrepObjectOwner(s frame.Sentence, from, r int, preps []string, participle bool) int {
	if participle {
		preps = append([]string{"ل"}, preps...)
	}
	for j := from; j < r && j <= from+5; j++ {
		x := s.Token(j)
		if x.Cue == vocab.CueRecent || x.Cue == vocab.CueMonth || x.Number {
			continue
		}
		if e := max(frame.TimeAdverb(s, j, r), frame.Aside(s, j, r)); e > j {
			j = e - 1 // مشيدا في الوقت ذاته بجهود الشعب, رحب أيضا بخطة أوباما: an adverb of time or a sentence adverb between
			continue
		}
		if x.IsPrep && x.Word == "في" && j+2 < r && vocab.Demonstrative(s.Token(j+1).Norm) {
			j += 2 // في هذا الصدد, في هذا الإطار: an adverb between
			continue
		}
		if x.IsPrep && slices.Contains(preps, x.Word) && j+1 < r {
			j, x = j+1, s.Token(j+1)
		} else if x.Prep == "" || !slices.Contains(preps, x.Prep) {
			return -1
		}
		if listedManner(s, j, r) {
			continue // ندد بشدة بالهجوم الإسرائيلي: how, then what
		}
		if x.Noun && x.Phrase == 0 {
			// ندد بمقتل طفل عندما قصفت طائرات إسرائيلية منزله; ندد بالقصف
			// التركي: the doer; never the one who suffered it (بمقتل طفل)
			if pi := max(frame.TimeClauseDoer(s, j), frame.VerbalNounDoer(s, j)); pi >= 0 || x.Patient {
				return pi
			}
			return frame.Owner(s, j, r)
		}
		if x.Phrase != 0 || x.Event || x.Bound || x.Quote || x.Number || x.IsPrep || x.Verb {
			return -1
		}
		if pi := max(frame.Owner(s, j, r), issuer(s, j, r)); pi >= 0 {
			return pi
		}
		if q := frame.NextObject(s, j, r, preps); q > j {
			return PrepObjectOwner(s, q, r, preps, false)
		}
		return -1
	}
	return -1
}

// listedManner reports whether the word at j is an adverbial of manner after ب
// (lexicon class manner: بشدة, بقوة, بحفاوة), not the object: it is followed at
// once by the object under ب.
func listedManner(s frame.Sentence, j, r int) bool {
	x := s.Token(j)
	return x.Prep == "ب" && !x.Definite && !x.Suffix && lexicon.Default().Has(x.Word, "manner") && j+1 < r && s.Token(j+1).Prep == "ب" && !s.Token(j+1).And
}

// issuer returns the actor phrase after عن or من that a word of issuing
// (lexicon class issued: الصادرة) right after the object at j names, the
// one whose text the object is (منوها بالتوضيحات الصادرة من رئاسة
// الجمهورية: the presidency's clarifications); -1 if none.
func issuer(s frame.Sentence, j, r int) int {
	if j+2 >= r || !lexicon.Default().Has(s.Token(j+1).Word, "issued") {
		return -1
	}
	pi := max(frame.PhraseAt(s, j+2), frame.PhraseAt(s, j+3)) // (عن الحكومة: the preposition a word)
	if pi < 0 || !s.Phrase(pi).Actor || s.Phrase(pi).Prep != "من" && s.Phrase(pi).Prep != "عن" {
		return -1
	}
	return pi
}
