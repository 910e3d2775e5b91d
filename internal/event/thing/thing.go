// Package thing tells the words that look like an actor but name a thing
// or a manner from the actors they resemble: an agent noun in construct
// with a common noun (نظام دفاع جوي: a system, not the regime), a
// relational adjective of a ceremony (حرس الشرف العسكري: the honour guard,
// not the military), an adverb of manner (اقتصاديا وعسكريا: militarily, not
// a soldier). The event coder asks it before it lets an agent noun open or
// continue an actor phrase.
package thing

import (
	"strings"

	"rasad/internal/event/morph"
)

// Word is what the coder knows of one token.
type Word struct {
	Rest     string // the word without its proclitics and article
	Definite bool   // the word carries the article
	Named    bool   // the word is part of a name found in the text
	Agent    bool   // an agent noun (الجيش, قوات, نظام)
	Title    bool   // a title, or a nisba with the article
	Prep     bool   // a preposition, written as a word or attached (ب ل ك)
	And      bool   // the conjunction و or ف opens the word
	Bound    bool   // punctuation, a quotation mark or a word that ends a clause
	Word     bool   // a word (not a number or punctuation)
	Verb     bool   // an active verb of the event lexicon
	Counted  bool   // a number stands right before the word (20 أجنبيا)
	Common   string // an agent noun's class common-head: "any" (نظام) or "indefinite" (تنظيم)
	Ceremony bool   // a noun of class ceremony (شرف, مراسم, استعراض)
}

// NoActor reports whether w, an agent noun between prev and next, names no
// actor: CommonHead, Ceremonial or Adverb. prev or next is nil at the edge
// of the sentence.
func NoActor(prev *Word, w Word, next *Word) bool {
	return next != nil && CommonHead(w, *next) || prev != nil && (Ceremonial(*prev, w) || Adverb(*prev, w))
}

// CommonHead reports whether w, an agent noun of class common-head without
// the article, stands in construct before next, a common noun, and so
// names a thing: نظام دفاع جوي, نظام الدعم (a system), تنظيم حفلات
// (organising; of تنظيم only before an indefinite noun: تنظيم النصرة is a
// group). Before a name, an agent noun, a title or nisba, it is the actor
// (نظام الأسد, تنظيم الدولة, نظام سوري); before a verb it is the subject
// (أعلن تنظيم يتبع القاعدة).
func CommonHead(w, next Word) bool {
	if w.Common == "" || w.Named || w.Definite || w.Common == "indefinite" && next.Definite {
		return false
	}
	return next.Word && !next.Bound && !next.Named && !next.Agent && !next.Title && !next.Prep && !next.And && !next.Verb
}

// Ceremonial reports whether w is a relational adjective (a nisba: العسكري,
// الأمنية, عسكرية) of prev, the noun of a ceremony: حرس الشرف العسكري is
// the honour guard, مراسم عسكرية a military ceremony; neither names the
// military.
func Ceremonial(prev, w Word) bool {
	return prev.Ceremony && !prev.Named && !w.Named && !w.Prep && !w.And && morph.NisbaShape(w.Rest)
}

// Adverb reports whether w, an indefinite nisba in the accusative (عسكريا)
// after و, is joined to prev, a nisba in the accusative that names no actor
// (اقتصاديا, سياسيا): the two are adverbs of manner alike (تهدد أميركا
// اقتصاديا وعسكريا: militarily), not a soldier. After a number the first is
// a noun counted (قتل 20 أجنبيا وشرطيا: a policeman).
func Adverb(prev, w Word) bool {
	if !w.And || w.Named || w.Definite || prev.Named || prev.Agent || prev.Counted {
		return false
	}
	return accusativeNisba(w.Rest) && accusativeNisba(prev.Rest)
}

// accusativeNisba reports whether a word without its proclitics is a nisba
// with the ا of the indefinite accusative (عسكريا, اقتصاديا).
func accusativeNisba(w string) bool {
	stem, ok := strings.CutSuffix(w, "ا")
	return ok && morph.NisbaShape(stem)
}
