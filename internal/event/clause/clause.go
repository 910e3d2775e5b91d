// Package clause tells where the clause of an act ends in a sentence: not
// at a comma that sets a time aside (أوقفت قوات الأمن، في وقت متأخر مساء
// السبت، ستة أشخاص: TimeAside), nor one that closes a time the count of
// the subject follows (سقط في 19 يوليو الماضي، 95 قتيلا: TimeClosed), nor
// at a gloss in brackets (سبتمبر (أيلول)), an object after a comma or an
// owner attributed (frame.ObjectAfterComma, frame.Attributed); but at a
// verb joined by و. Package event reads the clause of every act it codes,
// and frame reads the times set aside (frame.Token's Aside).
package clause

import (
	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
)

// Word is what the rules read of one token.
type Word struct {
	Text   string    // the token as written (a comma, a bracket)
	Rest   string    // the word without its proclitics and article
	Cue    vocab.Cue // its cue (vocab)
	Number bool      // a number
	Bound  bool      // punctuation or a word that ends a clause
	IsPrep bool      // a preposition written as a word
	Conj   bool      // و or ف attached
	Verb   bool      // an event verb
	Event  bool      // an event word of the lexicon
	Actor  bool      // a name of an actor or an agent noun
}

// Sentence is the view of one sentence the rules read: frame's, and what
// they read of each token (ClauseWord).
type Sentence interface {
	frame.Sentence
	ClauseWord(j int) Word
}

// Around returns the bounds (exclusive) of the clause around token k.
func Around(s Sentence, k int) (int, int) {
	a, b := s.Span()
	l := k - 1
	for l >= a && !s.ClauseWord(l).Bound {
		l--
	}
	r := k + 1
	for r < b && (!s.ClauseWord(r).Bound || gloss(s, r) != r || TimeAside(s, r) != r || TimeClosed(s, k, r) || frame.ObjectAfterComma(s, k, r) || frame.Attributed(s, r)) && !(s.ClauseWord(r).Conj && s.ClauseWord(r).Verb) {
		r = max(gloss(s, r), TimeAside(s, r)) + 1
	}
	return l, r
}

// TimeClosed reports whether the comma at j closes a time that follows the
// verb at k, the clause going on after it with the count of its subject
// (سقط في 19 يوليو الماضي، 95 قتيلا): only a preposition, numbers, words
// of the day or month and adjectives of a span of time between. Not a noun
// (هجمات أمس، بينها) nor a phrase after the comma (اقتحمت أمس، الجيش
// العراقي أعلن: a new clause).
func TimeClosed(s Sentence, k, j int) bool {
	_, b := s.Span()
	if !vocab.Comma(s.ClauseWord(j).Text) || !s.ClauseWord(k).Verb || j+1 >= b || !s.ClauseWord(j+1).Number && s.ClauseWord(j+1).Cue != vocab.CueNumber {
		return false
	}
	day := false
	for q := k + 1; q < j; q++ {
		x := s.ClauseWord(q)
		if x.Cue == vocab.CueRecent || x.Cue == vocab.CueMonth {
			day = true
		} else if !x.IsPrep && !x.Number && !vocab.SpanAdjective(x.Rest) {
			return false
		}
	}
	return day
}

// TimeAside returns, for a comma at j that opens a time set aside between
// commas (أوقفت قوات الأمن، في وقت متأخر مساء السبت، ستة أشخاص; قرر
// الأمن الفلسطيني، مساء الجمعة، ملاحقة), the closing comma: at most six
// words with a word of the day or month or an adverb of a span of time
// (في وقت سابق, see frame.TimeAdverb), and no verb, name or event word,
// the clause going on after it.
// For any other token it returns j.
func TimeAside(s Sentence, j int) int {
	_, b := s.Span()
	if !vocab.Comma(s.ClauseWord(j).Text) {
		return j
	}
	day := false
	for q := j + 1; q < b && q <= j+7; q++ {
		x := s.ClauseWord(q)
		switch {
		case vocab.Comma(x.Text):
			// the clause goes on after it with its object: not with a
			// preposition, a verb or a conjunction (، ليلة السبت، في وقت شن)
			if n := q + 1; day && q > j+1 && n < b {
				if y := s.ClauseWord(n); !y.IsPrep && !y.Conj && !y.Verb && !y.Bound {
					return q
				}
			}
			return j
		case x.Bound || x.Event || x.Actor:
			return j
		case x.Cue == vocab.CueRecent || x.Cue == vocab.CueMonth || q+1 < b && vocab.TimeSpan(x.Rest) && vocab.SpanAdjective(s.ClauseWord(q+1).Rest):
			day = true // (، في وقت سابق،)
		}
	}
	return j
}

// gloss returns, for an opening bracket at j of a gloss of at most three
// words without a verb or another bound (سبتمبر (أيلول), مديرية (منطقة)
// صبر), the closing bracket: a gloss after a word does not end its
// clause. For any other token it returns j.
func gloss(s Sentence, j int) int {
	_, b := s.Span()
	if s.ClauseWord(j).Text != "(" {
		return j
	}
	for q := j + 1; q < b && q <= j+4; q++ {
		switch x := s.ClauseWord(q); {
		case x.Text == ")":
			return q
		case x.Bound || x.Verb:
			return j
		}
	}
	return j
}
