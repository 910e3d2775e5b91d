// Package polarity tells whether a sentence states an act as done
// (asserted), denies it (negated) or only claims, threatens or plans it
// (alleged), from the cues before the act in its clause: a negation and
// the words in its scope (لم يقتل أو يجرح; not لا مسؤولة, whose scope is
// the word after it), a particle of the future, a word of denial,
// accusation, intent, condition or decision that governs the act, the
// verb of denial whose clause it is (نفى أنه رفض), and the clause after
// (من) دون أن (background.Without). It also tells whether an act is to
// come (Intended). Package event reads it for every act it codes.
package polarity

import (
	"rasad/internal/event/background"
	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
	"rasad/internal/news"
)

// Word is what the rules read of one token.
type Word struct {
	Rest   string       // the word without its proclitics and article
	Cue    vocab.Cue    // its cue (vocab)
	Bound  bool         // punctuation or a word that ends a clause
	Conj   bool         // و or ف attached
	Future bool         // س attached
	Verb   bool         // an event verb
	Forms  []vocab.Form // the event patterns the word matches
}

// Sentence is the view of one sentence the rules read: frame's and
// background's, what they read of each token (Polar), the complement of
// a word (the word of set within four words after k, -1 if none) and the
// pattern of the last act verb whose arguments were found, nil if none.
type Sentence interface {
	frame.Sentence
	background.Sentence
	Polar(j int) Word
	Complement(k int, set map[string]bool) int
	LastVerb() *vocab.Pattern
}

// Of reads the cues before token k of s, in the clause that starts after l.
func Of(s Sentence, k, l int) news.Polarity {
	a, _ := s.Span()
	t := s.Polar(k)
	for j := k - 1; j > l && j >= k-4; j-- {
		x := s.Polar(j)
		if x.Cue == vocab.CueNeg && !negatesWord(s, j, k) {
			return news.Negated
		}
		if x.Cue == vocab.CueFuture {
			return news.Alleged
		}
		// لم يقتل أو يجرح: the negation reaches the coordinated verb
		if j < k-1 && !(x.Verb || x.Rest == "او") {
			break
		}
	}
	if t.Future {
		return news.Alleged
	}
	if k > a && vocab.Subordinate(s.Polar(k-1).Rest) {
		// نفى نتنياهو، رئيس الوزراء، أنه رفض: the clause of the verb before
		// it, past an apposition between commas; a denial negates it
		if p := s.LastVerb(); p != nil && p.Code == "016" {
			return news.Negated
		}
	}
	speech := t.Forms != nil && (code(t) == "016" || code(t)[:2] == "11")
	for j := k - 1; j >= a && j >= k-12; j-- {
		j = frame.BeforeAside(s, j)
		x := s.Polar(j)
		if x.Bound && !vocab.Subordinate(x.Rest) {
			break
		}
		if background.Without(s, j, k) {
			return news.Negated // من دون أن تؤدي المحادثات إلى توقيع اتفاق: a clause of what did not happen
		}
		switch x.Cue {
		case vocab.CueDeny:
			if !speech {
				return news.Negated
			}
		case vocab.CueAccuse:
			if !speech {
				return news.Alleged
			}
		case vocab.CueIntent, vocab.CueCond:
			return news.Alleged
		case vocab.CueDecide, vocab.CueLaunch:
			if (x.Cue == vocab.CueDecide || x.Future) && frame.Governs(s, j, k) {
				return news.Alleged // قرر غزو, سيبدأ زيارة: decided or to come, not done
			}
		}
		for _, f := range x.Forms {
			if len(f.P.With) > 0 && s.Complement(j, f.P.With) < 0 {
				// حمل without المسؤولية carries, it does not blame
				continue
			}
			if f.P.Code[:2] == "13" || f.P.Code == "112" { // threats (هدد ب) and accusations
				return news.Alleged
			} else if f.P.Code == "016" {
				return news.Negated
			}
		}
	}
	return news.Asserted
}

// negatesWord reports whether the negation at j has the word after it as
// its scope, not the act at k: a word that is no verb, no act and no cue
// (لا مسؤولة, غير مقبولة: irresponsible, unacceptable), and the act is
// another conjunct after و (واصفا التصريحات بأنها لا مسؤولة واتهامات باطلة:
// the accusations were made). Before an act noun the negation reaches
// its conjuncts (عدم التدخل والاعتداء), and before a verb the verbs joined
// to it (لم يقتل أو يجرح).
func negatesWord(s Sentence, j, k int) bool {
	w := s.Polar(j + 1)
	return j+1 < k && s.Polar(k).Conj && len(w.Forms) == 0 && w.Cue == vocab.CueNone && !w.Bound && !w.Verb
}

// code returns the code of the first pattern of the word.
func code(w Word) string {
	if len(w.Forms) > 0 {
		return w.Forms[0].P.Code
	}
	return "000"
}

// Intended reports whether the act at k is to come: a future (س, سوف) or
// a word of intent (يعتزم, ينوي) governs it.
func Intended(s Sentence, k int) bool {
	if s.Polar(k).Future || background.Joined(s, k) { // (سيزور ... ويلتقي: the verb joined to a future shares it)
		return true
	}
	a, _ := s.Span()
	for j := k - 1; j >= a && j >= k-12; j-- {
		j = frame.BeforeAside(s, j)
		x := s.Polar(j)
		if x.Bound && !vocab.Subordinate(x.Rest) {
			return false
		}
		if x.Cue == vocab.CueIntent || (x.Cue == vocab.CueDecide || x.Cue == vocab.CueLaunch && x.Future) && frame.Governs(s, j, k) || x.Cue == vocab.CueFuture && j >= k-4 {
			return true
		}
	}
	return false
}
