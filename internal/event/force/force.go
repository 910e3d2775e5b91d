// Package force reads who uses force in a sentence of violence, for the
// event coder (package event), where the doer's country is not written
// beside it:
//
//   - armed forces that the text describes by the people or the alliance
//     they belong to rather than by their state (طائرات حربية عربية,
//     طائرات التحالف) are still a doer an analyst can count, and not of
//     the scene's country (Described);
//   - a force is the country it is believed to be (طائرة بدون طيار، يعتقد
//     أنها أميركية: Believed), and a drone is one aircraft (Unmanned);
//   - unnamed forces in كان + past right after the report of a side's act
//     of force are that side's, at an earlier step of the story (Story);
//   - an act told after a coalition's forces, the subject of its support
//     verb (واصل طيران التحالف ... شن غاراته), is the coalition's (Led);
//   - a target that is a state's own police, army or government is not
//     struck by that state: its unnamed attacker is not the scene's (Own);
//   - each side of an act is given the country the other's role implies:
//     a commander's soldiers are his own, rebels fighting a state's forces
//     are its rebels, a numbered unit is of the scene (Sides, Unit);
//   - the CAMEO codes of violence, tolls and mass violence, and the groups
//     of the report model (Violent, Toll, Mass, Group), and whether a verb
//     naming the doer of an act noun is in the past (DoerPast);
//   - the sides of a battle report: the doer of a toll in clashes «مع X»
//     is X, or the side whose men (رجال, أفراد) are named there
//     (ClashedWith), and the subject of a verb of waging a fight (تخوض
//     المقاومة اشتباكات مع ...) is the side that wages it (Waged).
//
// It reads the sentence through package frame's view (frame.Sentence).
package force

import (
	"rasad/internal/arabic"
	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

// Described reports whether the subject of the verb of violence at k is
// an armed actor described by a people or an alliance: the actor phrase
// right after the verb (قصفت طائرات حربية عربية الجماعة) or right before
// it (طائرات التحالف قصفت), followed by a nisba adjective of a people or
// a region, not a country (عربية, غربية: the lexicon's class nisba
// without a country code), or holding the word التحالف.
func Described(s frame.Sentence, k int) bool {
	a, b := s.Span()
	pi := -1
	for j := k + 1; j < b && j <= k+2 && pi < 0; j++ {
		if x := s.Token(j); x.Bound || x.IsPrep {
			break
		}
		pi = frame.PhraseAt(s, j)
	}
	if pi < 0 && k > a {
		if q := s.Token(k-1).Phrase - 1; q >= 0 && s.Phrase(q).End == k {
			pi = q
		}
	}
	if pi < 0 {
		return false
	}
	ph := s.Phrase(pi)
	if !ph.Actor || ph.Prep != "" && ph.Prep != "ل" { // (غارة لطائرات التحالف)
		return false
	}
	if allied(s, ph) {
		return true
	}
	if ph.End >= b {
		return false
	}
	w := lexicon.Default().Word(s.Token(ph.End).Word)
	return w.Has("nisba") && w.Value("nisba") == "" // (a country's: its country)
}

// Allied reports whether the name of an unnamed force holds the word of
// a coalition (طيران التحالف الدولي, قوات التحالف): the coalition's, not
// the scene's country, wherever the force is named.
func Allied(name string) bool {
	for _, t := range lexicon.Tokens(name) { // (a name as text: read as the segmenter reads the document)
		if w, _ := lexicon.BareOf(&t); w == alliance {
			return true
		}
	}
	return false
}

// alliance is the word of a coalition, written with or without its
// article (التحالف).
const (
	alliance = "تحالف"
	article  = string(arabic.Alef) + string(arabic.Lam)
)

// Done reports whether the act noun at k follows a passive support verb
// (تم, يتم: vocab.CuePassive) right before it: the clause tells the act
// with no doer (وتم إسكات مصادر النيران, تم قصف مواقع الحوثيين), and the
// doer is nobody the sentence names, not the state of the scene: Arabic
// news tells with تم what the reporter's side or an authority did (the
// Saudi forces at the border, the police), whose country the scene's is
// not.
func Done(s frame.Sentence, k int) bool {
	a, _ := s.Span()
	return k > a && s.Token(k-1).Cue == vocab.CuePassive && s.Token(k).Noun
}

// Led reports whether the act at k, whose doer no rule found, follows in
// its sentence an actor phrase with no preposition that holds the word of
// a coalition, with no other event word between them (واصل طيران
// التحالف، صباح أمس، شن غاراته: the support verb's subject is the act's
// doer) but the verb of the act right after that phrase (طيران التحالف
// العربي شن مساء أول من أمس قرابة خمس غارات: the verb's subject): the
// coalition's act, whose unnamed doer is not of the scene's country,
// within eight words, the words of the day not counted.
func Led(s frame.Sentence, k int) bool {
	a, _ := s.Span()
	for j, n := k-1, 0; j >= a && n < 8; j-- {
		x := s.Token(j)
		if x.Event {
			return x.Verb && j > a && coalition(s, j-1)
		}
		if x.Cue != vocab.CueRecent {
			n++
		}
		if coalition(s, j) {
			return true
		}
	}
	return false
}

// coalition reports whether the token at j is the word of a coalition in
// an actor phrase with no preposition, or ends such a phrase that holds it
// (طيران التحالف العربي).
func coalition(s frame.Sentence, j int) bool {
	x := s.Token(j)
	if x.Phrase == 0 {
		return false
	}
	ph := s.Phrase(x.Phrase - 1)
	if !ph.Actor || ph.Prep != "" {
		return false
	}
	for q := ph.Start; q < ph.End; q++ {
		if w := s.Token(q).Word; (q == j || j == ph.End-1) && (w == alliance || w == article+alliance) {
			return true
		}
	}
	return false
}
