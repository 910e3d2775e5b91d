// Package occur reads whether a sentence states that an act named by a
// verbal noun took place: the noun is the subject of a verb of occurrence
// in the past (اندلعت اشتباكات, دارت معارك, وقع تفجير, تجددت الاشتباكات,
// أسفر القصف عن), the object of one (شهدت المدينة اشتباكات), or the noun
// a relative clause with such a verb describes (المواجهات التي وقعت).
// The verbs are the lexicon's cue occur with its mark past
// (data/words.txt of package event); a verb that tells what the act did
// (cue effect: استهدف تفجير انتحاري مسجدا, أودى الهجوم بحياة) states it
// from before its subject only: after the noun it describes it (تفجير
// انتحاري استهدف مدينة سوروتش, often an act recalled).
//
// The act of a noun with no such verb may be the topic of talk (بحث
// الاشتباكات), a threat or a plan; what the verb states is done. Whether
// the sentence tells it as news of the day or as history (dated earlier,
// منذ, a tally) is left to the callers (package report's features).
package occur

import (
	"strings"

	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
)

// window is how far a verb of occurrence may stand before its act noun:
// the verb, an adverb of time, a place, the subject of شهد (شهدت مدينة
// تعز الليلة الماضية اشتباكات).
const window = 6

// Stated reports whether a verb of occurrence in the past states that the
// act of the event noun at k took place: before it in its clause with no
// other event word, preposition or word of sequence (بعد, إثر) between,
// the noun not governed by a preposition (شهدت المدينة هدوءا بعد
// الاشتباكات: the clashes are the time of the calm); or right after it,
// or after a relative pronoun that follows it and its adjectives, the
// noun governed or not (قتل سبعة في المواجهات التي وقعت في جبل صبر).
func Stated(s frame.Sentence, k int) bool { return verb(s, k) >= 0 }

// Doerless reports whether the verb that states the act at k (see Stated)
// has the act itself as its subject (cue happen: ووقع تفجير مسجد الصادق;
// cue effect: استهدف تفجير انتحاري مسجدا), so that the clause names no
// doer of it; not one whose subject does it (نظم تفجيرات: his) or hosts
// it (شهدت المدينة).
func Doerless(s frame.Sentence, k int) bool {
	j := verb(s, k)
	return j >= 0 && (s.Token(j).Cue == vocab.CueHappen || s.Token(j).Cue == vocab.CueEffect)
}

// Parties returns the two sides of the mutual act at k that frame.Parties
// finds after the noun, or, where none follow a noun of fighting
// (frame.Token.Clash), after the verb of occurrence that follows it: the
// verb's بين names the sides of its subject (الاشتباكات التي اندلعت بين
// الجيش وحزب الله, اشتباكات عنيفة دارت بين). r ends the clause; title
// tells a title (frame.TitleDual).
func Parties(s frame.Sentence, k, r int, title func(string) bool) (first, second int) {
	if first, second = frame.Parties(s, k, r, title); first >= 0 || !s.Token(k).Clash {
		return first, second
	}
	if j := verb(s, k); j > k {
		_, b := s.Span()
		return frame.Parties(s, j, b, title) // (the verb's clause: past the relative pronoun that ends the noun's at r)
	}
	return -1, -1
}

// verb returns the verb of occurrence that states the act at k (see
// Stated), -1 if none.
func verb(s frame.Sentence, k int) int {
	a, b := s.Span()
	t := s.Token(k)
	if !t.Noun {
		return -1
	}
	for j := k - 1; j >= a && j >= k-window && t.Prep == "" && (k == a || !s.Token(k-1).IsPrep); j-- {
		x := s.Token(j)
		if occurs(x) || x.Cue == vocab.CueEffect && x.Past {
			return j
		}
		if x.Bound || x.Event || x.IsPrep || x.Cue == vocab.CueAfter || x.Cue == vocab.CueSince {
			break
		}
	}
	for j := k + 1; j < b && j <= k+3; j++ {
		x := s.Token(j)
		switch {
		case occurs(x):
			return j
		case x.Bound && vocab.Relative(x.Word):
			if j+1 < b && occurs(s.Token(j+1)) {
				return j + 1
			}
			return -1
		case x.Bound || x.Event || x.IsPrep || x.Actor > 0:
			return -1
		}
	}
	return -1
}

// occurs reports whether the token is a verb of occurrence in the past.
func occurs(t frame.Token) bool {
	return (t.Cue == vocab.CueOccur || t.Cue == vocab.CueHappen) && t.Past
}

// Anonymous reports whether the act of code is one that news tells without
// a doer when none is known, as a fact all the same: a bombing (CAMEO 183:
// suicide, car, roadside; ووقع تفجير مسجد الصادق, انفجرت عبوة ناسفة في
// بغداد). Its record has no source and the place or people it struck as
// its target; a shooting or an assault needs the one who did it.
func Anonymous(code string) bool { return strings.HasPrefix(code, "183") }

// Unknown reports whether the act of code at k is a bombing told with no
// doer as a fact (Anonymous): its noun the subject of a verb that states
// it (Doerless: ووقع تفجير مسجد الصادق), not the object of one whose
// subject did it (نظم تفجيرات: his).
func Unknown(s frame.Sentence, k int, code string) bool {
	return Anonymous(code) && Doerless(s, k)
}
