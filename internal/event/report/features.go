package report

import (
	"math"
	"slices"

	"rasad/internal/arabic"
	"rasad/internal/event/vocab"
)

// cueFeature is the feature a cue word anywhere in the sentence sets.
var cueFeature = map[vocab.Cue]int{
	vocab.CueRecent: Recent, vocab.CueCasualty: Casualty, vocab.CueQuestion: Question,
	vocab.CueReport: Report, vocab.CueMonth: Month, vocab.CueUndergo: Undergo,
	vocab.CueSince: Since, vocab.CueStat: Stat, vocab.CueIntent: Intent, vocab.CueCond: Intent, vocab.CueDecide: Intent,
	vocab.CueFuture: Intent, vocab.CueDemand: Demand, vocab.CueStreet: Street,
}

// Sentence sets in x the evidence that the words ws of a sentence give,
// wherever they stand: its cue words, a future, a counted crowd, numbers,
// years, a number before a casualty word or an agent noun (30 شخصا), and
// its words of background (at most two).
func Sentence(ws []Word, x *[NFeatures]float64) {
	background := 0
	for j := range ws {
		y := &ws[j]
		if f, ok := cueFeature[y.Cue]; ok {
			x[f] = 1
		}
		switch y.Cue {
		case vocab.CueCasualty:
			if j > 0 && ws[j-1].Number {
				x[Count] = 1
			}
		case vocab.CueBackground:
			background++
		}
		if y.Future {
			x[Intent] = 1
		}
		if y.Crowd {
			x[Crowd] = 1
		}
		if y.Number {
			x[Number] = 1
			if y.Year {
				x[Year] = 1
			}
			if j+1 < len(ws) && (ws[j+1].Agent || ws[j+1].Cue == vocab.CueCasualty) {
				x[Count] = 1
			}
		}
	}
	x[Background] = float64(min(background, 2))
}

// Frame sets in x the evidence of the words just before the act at ws[k]
// (verb: the act is a verb): كان or قد before a verb (Pluperfect), بعد or
// إثر (After), a verb by which the act took place (Occur).
func Frame(ws []Word, k int, verb bool, x *[NFeatures]float64) {
	if verb {
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			if ws[j].Cue == vocab.CueAux {
				x[Pluperfect] = 1
				break
			}
			if ws[j].Bound {
				break
			}
		}
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if ws[j].Cue == vocab.CueAfter {
			x[After] = 1
		}
	}
	for j := k - 1; j >= 0 && j >= k-4 && !ws[j].Bound; j-- {
		if ws[j].Cue == vocab.CueOccur || ws[j].Cue == vocab.CueHappen {
			x[Occur] = 1
			break
		}
	}
}

// Score returns the model's score of a sentence whose words are ws on the
// evidence x of its acts (each feature at its largest over them) and the
// lemmas of their words: the sentence reports them as news when it is 0 or
// more. An act dated closely to the month or the day (DateNear) is an
// event of that date (هجومه على أوكرانيا في فبراير 2022), whether the
// article reports it as news or recalls it; unless it is the background
// or the time frame of the news (في أعقاب اعتداءات 11 سبتمبر).
func (m *Model) Score(x *[NFeatures]float64, lemmas []string, ws []Word) float64 {
	score := 0.0
	for _, l := range lemmas {
		score += m.Trigger[l]
	}
	if x[DateNear] > 0 && x[Background] == 0 && x[After] == 0 {
		score = math.Inf(1)
	}
	for i, v := range x {
		score += v * m.Feature[i]
	}
	return score + m.WordScore(ws)
}

// WordScore returns the weight the model gives the words of a sentence:
// each word (Text) once, as it is (Word) and, where the model has stems,
// by its stem (arabic Stem).
func (m *Model) WordScore(ws []Word) float64 {
	score := 0.0
	var stems []string
	for k := range ws {
		w := ws[k].Rest
		if !ws[k].Text {
			continue
		}
		if v, ok := m.Word[w]; ok && !seenBefore(ws, k) {
			score += v
		}
		if len(m.Stem) > 0 {
			if s := arabic.DefaultSegmenter().Stem(w); !slices.Contains(stems, s) {
				stems = append(stems, s)
				score += m.Stem[s]
			}
		}
	}
	return score
}

// Words returns the words of a sentence (Text), for a trace.
func Words(ws []Word) []string {
	var out []string
	for _, w := range ws {
		if w.Text {
			out = append(out, w.Rest)
		}
	}
	return out
}

// seenBefore reports whether the word ws[k] stands earlier in ws.
func seenBefore(ws []Word, k int) bool {
	for j := range k {
		if ws[j].Text && ws[j].Rest == ws[k].Rest {
			return true
		}
	}
	return false
}

// Flag is the value of a feature that holds (1) or not (0).
func Flag(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// Act is what the coder found of one act for the model: its place in the
// words of the sentence and its pattern's prior and code, its voice and
// tense, the date expression given it (Date: the length of its value, 0
// if none; DateGap: the words between; DateEntry: an entry of a
// chronology), the doers the text names (Named; a protester, an unnamed
// agent among them), a target, a place, and for a noun the article of a
// verbal noun and a governing preposition; a relative clause just before
// it; Many: how many acts of material conflict the sentence holds.
type Act struct {
	At                                     int
	Prior                                  float64
	Code                                   string
	Verb, Present, Passive                 bool
	Date, DateGap                          int
	DateEntry                              bool
	Named, Protester, Agent, Target, Place bool
	Definite, Governed, Relative           bool
	Many                                   float64
}

// Features sets in x the evidence of the act a among the words ws of its
// sentence: the act's own (Act), the words before it (Frame) and the words
// of the whole sentence (Sentence).
func Features(ws []Word, a *Act, x *[NFeatures]float64) {
	x[Bias], x[Prior] = 1, a.Prior
	x[Protest], x[Passive] = Flag(a.Code[:2] == "14"), Flag(a.Passive)
	switch {
	case a.Date == 0:
	case a.Date == 4:
		x[DatedYear] = 1
	case a.Date == 7:
		x[DatedMonth] = 1
	default:
		x[DatedDay] = 1
	}
	if a.Date > 0 {
		x[DateNear] = Flag(a.Date > 4 && (a.DateGap <= 6 && a.Verb || a.DateEntry))
	}
	x[Protester], x[Agent] = Flag(a.Protester), Flag(a.Agent)
	if a.Verb {
		x[Present], x[VerbPast] = Flag(a.Present && !a.Passive), Flag(!a.Present || a.Passive)
	} else {
		x[Noun], x[Definite], x[Governed] = 1, Flag(a.Definite), Flag(a.Governed)
	}
	Frame(ws, a.At, a.Verb, x)
	x[Long] = Flag(len(ws) > 40)
	x[Relative], x[Actor], x[Place] = Flag(a.Relative), Flag(a.Named || a.Target), Flag(a.Place)
	x[Start] = Flag(a.At < 3)
	Sentence(ws, x)
	x[Many] = Flag(a.Many >= 2)
}

// Evidence gathers the evidence of the acts of one group in a sentence
// for Score: each feature at its largest over them (X), and the lemmas of
// their words, each once (the first four).
type Evidence struct {
	X      [NFeatures]float64
	Acts   int // how many were added
	lemmas [4]string
	n      int
}

// Add adds the act a, its word of lemma lemma, to the evidence; ws are the
// words of its sentence.
func (e *Evidence) Add(ws []Word, a *Act, lemma string) {
	var y [NFeatures]float64
	Features(ws, a, &y)
	for j := range y {
		if e.Acts == 0 || y[j] > e.X[j] {
			e.X[j] = y[j]
		}
	}
	e.Acts++
	if e.n < len(e.lemmas) && !slices.Contains(e.lemmas[:e.n], lemma) {
		e.lemmas[e.n] = lemma
		e.n++
	}
}

// Lemmas returns the lemmas of the acts added.
func (e *Evidence) Lemmas() []string { return e.lemmas[:e.n] }
