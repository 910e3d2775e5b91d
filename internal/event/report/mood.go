package report

import (
	"rasad/internal/event/vocab"
)

// Word is what the rules of MoodOf know of one word of a sentence: its form,
// its cue, and its readings as the event coder found them.
type Word struct {
	Rest    string    // the word without its proclitics (and article)
	Cue     vocab.Cue // its cue (vocab)
	Bound   bool      // punctuation or a word that ends a clause
	Verb    bool      // read as an event verb
	Present bool      // ... in the present tense (the imperfective)
	Conj    bool      // و or ف attached
	Prep    string    // an attached preposition (ب ل ك), or the one this word is
	Article bool      // the article is attached (التهديد)
	Actor   bool      // a word of an actor's name or phrase (a name, a title, an agent noun)
	Count   bool      // a numeral that counts (60, ألف, آلاف); not a year
	Code    string    // the CAMEO code of its first event reading, "" if none
	Number  bool      // a number written in digits
	Year    bool      // ... that is a year (1900 to 2100)
	Future  bool      // س attached
	Crowd   bool      // an agent noun that counts people (آلاف, حشود)
	Agent   bool      // an agent noun (قوات, الشرطة, مسلحون)
}

// Mood is what a sentence says of one of its acts, beyond its polarity.
type Mood uint8

// The moods of an act.
const (
	Fact     Mood = iota // nothing below: the act is what the sentence reports
	Irrealis             // wished, advised, required or purposed, not done: alleged at most
	NoAct                // a habit, a standing state, a possibility, or a noun that names no act
	Halted               // the act stops, is frozen or called off: negated
)

// The subjunctive particles: أن, كي, لكي, حتى before a verb in the present.
var subjunctive = map[string]bool{"ان": true, "كي": true, "لكي": true, "حتي": true}

// relatives opens a relative clause: the relative pronouns, حيث, and من
// or ما right before a verb (من تدعو حالته: whom, not from).
func relative(w string) bool { return vocab.Relative(w) || w == "حيث" || w == "من" || w == "ما" }

// MoodOf tells the mood of the act at ws[k] (an event word of the sentence
// ws), by rules of Arabic grammar that mark what is not reported as done:
//
//   - the subjunctive: a verb in the present after أن, كي, لكي, حتى or the ل of
//     purpose (نصح إيران بأن توقع, يجب على حماس أن تعتذر, لبحث المسألة) is
//     wished, advised, required or planned: Irrealis. After قبل or بعد
//     (قبل أن يغادر) it is the time of another act, and stays a fact;
//   - a habit: an adverb of habit in the clause (تنفيه أنقرة باستمرار,
//     يدعم دائما), or a verb in the present after ما زال, لا يزال, ظل (لا
//     تزال إسرائيل تعتقل): a standing state, NoAct; a verb in the present
//     that opens a relative clause (الحزب الذي يؤيد صالح, حيث تعتقل, من
//     تدعو حالته) describes its noun: NoAct;
//   - a possibility: an act in the scope of إمكانية, احتمال or ممكن, up to the
//     end of the sentence through verbs in the present coordinated after
//     it (يتحدثون عن إمكانية تنظيم مؤتمر ... ويدعون إليه إيران): NoAct;
//   - a noun that names no act (see noAct);
//   - a verb form right after a numeral is the counted noun (60 ألف طالب:
//     students, not طالب demanded): NoAct;
//   - a verb of cessation before an event noun (أوقفت تركيا تعاونها مع
//     العراق, جمدت المساعدات, ألغى زيارته): Halted.
//
// verb and present are the reading of the act: a verb, in the present.
func MoodOf(ws []Word, k int, verb, present bool) Mood {
	switch {
	case verb && k > 0 && ws[k-1].Count && !ws[k].Conj:
		return NoAct
	case verb:
		if m := verbMood(ws, k, present); m != Fact {
			return m
		}
	case noAct(ws, k):
		return NoAct
	}
	if possible(ws, k, verb && present) {
		return NoAct
	}
	if j := governor(ws, k); j >= 0 && ws[j].Cue == vocab.CueHalt {
		return Halted
	}
	return Fact
}

// verbMood reads the subjunctive and the habit of the verb at ws[k].
func verbMood(ws []Word, k int, present bool) Mood {
	w := &ws[k]
	l, r := clause(ws, k)
	for j := l + 1; j < r; j++ {
		if ws[j].Cue == vocab.CueHabit || ws[j].Prep == "ب" && ws[j].Rest == "استمرار" {
			return NoAct // باستمرار: the segmenter splits its ب
		}
	}
	if !present {
		return Fact
	}
	if w.Prep == "ل" {
		return Irrealis // ليكون, لبحث: purpose
	}
	if k > 0 {
		p := &ws[k-1]
		switch {
		case subjunctive[p.Rest] && (k < 2 || ws[k-2].Cue != vocab.CueAfter && ws[k-2].Rest != "قبل" && ws[k-2].Rest != "منذ"):
			return Irrealis
		case relative(p.Rest):
			return NoAct
		}
	}
	for j := k - 1; j > l && j >= k-3; j-- {
		if ws[j].Cue == vocab.CueRemain {
			return NoAct
		}
	}
	return Fact
}

// noAct reports whether the event noun at ws[k] names no act: a predicate
// or an attribute (يشكل تهديدا, تمثل تهديدا, ينظر إليهم على أنهم تهديد,
// يثير مناقشات); the genitive of a noun of state or kind (مناخ التهديد,
// حالة تهديد); a noun of words (a demand, a threat, an accusation: roots
// 10 to 13) that is the topic of a reaction (رفضت إيران اتهامات, ردت على
// الاتهامات, وصف اتهامات), unless the actor whose words they are follows
// it (اتهامات واشنطن).
func noAct(ws []Word, k int) bool {
	if k == 0 {
		return false
	}
	p := &ws[k-1]
	if p.Cue == vocab.CueState || vocab.PronounThat(p.Rest) && !ws[k].Article {
		return true
	}
	if j := governor(ws, k); j >= 0 && ws[j].Cue == vocab.CuePredicate {
		return true
	}
	w := &ws[k]
	if len(w.Code) < 2 || w.Code[:2] < "10" || w.Code[:2] > "13" || k+1 < len(ws) && ws[k+1].Actor {
		return false
	}
	j := governor(ws, k)
	return j >= 0 && (ws[j].Cue == vocab.CueReact || ws[j].Verb && (ws[j].Code[:2] == "12" || ws[j].Code == "016"))
}

// governor returns the word that governs the noun at ws[k] as its object:
// the word before it in its clause, past the actor phrase of a subject,
// words of the day and a preposition (رفضت إيران اتهامات, وصف وزير
// الخارجية الإيراني اليوم اتهامات, ردتا على الاتهامات), or -1.
func governor(ws []Word, k int) int {
	j := k - 1
	for j >= 0 && j >= k-8 && (ws[j].Actor || ws[j].Cue == vocab.CueRecent) && !ws[j].Bound {
		j--
	}
	if j >= 0 && ws[j].Prep != "" && ws[j].Rest == ws[j].Prep {
		j--
	}
	if j < 0 || ws[j].Bound {
		return -1
	}
	return j
}

// possible reports whether the act at ws[k] lies in the scope of a noun of
// possibility (إمكانية, احتمال): the clause of the noun, and the verbs in
// the present coordinated after it up to the end of the sentence.
//
// present: the act is a verb in the present.
func possible(ws []Word, k int, present bool) bool {
	coord := false
	for j := k - 1; j >= 0; j-- {
		x := &ws[j]
		switch {
		case x.Cue == vocab.CueState && modal[x.Rest]:
			return true
		case x.Cue == vocab.CueBound && !vocab.Subordinate(x.Rest), x.Verb && !coord:
			return false
		case vocab.Comma(x.Rest):
			if !present || !ws[k].Conj {
				return false
			}
			coord = true
		}
	}
	return false
}

// modal are the nouns of state that make their genitive a possibility.
var modal = map[string]bool{"امكانية": true, "احتمال": true, "احتمالات": true, "ممكن": true, "الممكن": true,
	"امكان": true, "الامكان": true, "يمكن": true}

// clause returns the bounds (exclusive) of the clause around ws[k].
func clause(ws []Word, k int) (int, int) {
	l := k - 1
	for l >= 0 && !ws[l].Bound {
		l--
	}
	r := k + 1
	for r < len(ws) && !ws[r].Bound {
		r++
	}
	return l, r
}
