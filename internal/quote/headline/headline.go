// Package headline reads the layout of the convention of Arabic headlines
// and interview lines: a line that opens with a name, or a role and a name,
// then a colon, quotes what follows (الجبير: لا مكان للأسد في مستقبل
// سوريا; «بنك قطر»: متوسط أسعار النفط …). It finds the colon that ends the
// speaker's words and the quoted words after it; package quote decides
// whether the words before the colon name someone who speaks (a place
// there is a dateline: الرياض - واس:).
package headline

import (
	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/quote/marks"
)

// MaxSpeaker is the most words a speaker may take before the colon of a
// headline quote (وزير الخارجية السعودي عادل الجبير:).
const MaxSpeaker = 6

// minWords is the fewest words a headline quote holds after its colon.
const minWords = 3

// Line is one line of a text: its tokens, its quotations (package marks)
// and, for each token, the index in Spans of the quotation holding it, or
// -1, and the type of the entity mentioned there, or "".
type Line struct {
	Toks   []news.Token
	Spans  []marks.Span
	Quote  func(j int) int
	Entity func(j int) news.EntityType
}

// Named reports whether the words [a, c) before a headline's colon name
// someone the entity stage found, every entity in them a person or an
// organisation; place is true when one is a place: a dateline (الرياض -
// واس:), no speaker. A name a preposition governs is no speaker: the
// paper told or read (الأحمدي لـ«الشرق الأوسط»:, رابط الخبر بصحيفة
// الوئام:), and nor is any name after it.
func (l Line) Named(a, c int) (named, place bool) {
	governed := false
	for j := a; j < c; j++ {
		governed = governed || j < len(l.Toks) && preposition(&l.Toks[j])
		switch l.Entity(j) {
		case news.PER, news.ORG:
			named = named || !governed
		case "":
		default:
			return false, true
		}
	}
	return named, false
}

// preposition reports whether tok is a preposition (the lexicon's class
// prep: لـ, في, عن) or carries one (بصحيفة, لصحيفة).
func preposition(tok *news.Token) bool {
	if tok.Kind != news.Word {
		return false
	}
	_, cl := lexicon.StemOf(tok)
	return cl.Prep != "" || lexicon.Default().Has(tok.Norm, "prep")
}

// Covered reports whether a quote of out overlaps the bytes [start, end).
func Covered(out []news.Quote, start, end int) bool {
	for _, q := range out {
		if q.Start < end && start < q.End {
			return true
		}
	}
	return false
}

// Colon returns the token of the colon that ends the speaker's words of
// the line [a, b): the first punctuation within MaxSpeaker words of a, when
// it is a colon, stepping over a short name in quotation marks («بنك
// قطر»); -1 when there is none.
func (l Line) Colon(a, b int) int {
	for j := a; j < b && j-a <= MaxSpeaker; j++ {
		if q := l.Quote(j); q >= 0 {
			s := l.Spans[q]
			if s.Open != j || l.words(s.First, s.Last+1, true) > 4 {
				return -1
			}
			if j = s.Close; j < 0 {
				j = s.Last
			}
			continue
		}
		if l.Toks[j].Kind == news.Punctuation {
			if l.Toks[j].Text == ":" {
				return j
			}
			return -1
		}
	}
	return -1
}

// Words returns the tokens [from, to) of the words quoted after the colon
// c up to the end b of the line: its punctuation left out, and inside the
// quotation marks when a quotation opens right after the colon (الجبير:
// «...»); ok is false when they are fewer than three words.
func (l Line) Words(c, b int) (from, to int, ok bool) {
	from, to = c+1, b
	for to > from && l.Toks[to-1].Kind == news.Punctuation {
		to--
	}
	if l.words(from, to, false) < minWords {
		return 0, 0, false
	}
	if q := l.Quote(from); q >= 0 && l.Spans[q].Open == from {
		s := l.Spans[q]
		from = s.First
		if s.Close >= 0 {
			to = s.Close
		}
	}
	return from, to, from < to
}

// words counts the words and numbers of the tokens [a, b), only those
// with a normal form when normed.
func (l Line) words(a, b int, normed bool) int {
	n := 0
	for j := a; j < b; j++ {
		if marks.Wordy(l.Toks[j].Kind) && (!normed || l.Toks[j].Norm != "") {
			n++
		}
	}
	return n
}

// Quotes appends to out the headline quotes of the lines of text that
// ranges hold (token ranges; only those that open a line count): the words
// after the colon of a line whose words before it name someone (Named, or
// role says they open with a role: المتحدث باسم الخارجية:), and that no
// quote of out covers yet. speaker(a, c) names who speaks for the words
// [a, c) before the colon.
func (l Line) Quotes(text string, ranges [][2]int, out []news.Quote, role func(a int) bool, speaker func(a, c int) *news.Speaker) []news.Quote {
	for _, r := range ranges {
		a, b := r[0], r[1]
		if !marks.LineStart(text, l.Toks, a) {
			continue
		}
		c := l.Colon(a, b)
		if named, place := l.Named(a, c); c <= a || place || !named && !role(a) {
			continue // a place before the colon is a dateline
		}
		out, _ = l.After(text, c, b, out, news.Quote{Speaker: speaker(a, c), Direct: true})
	}
	return out
}

// After appends to out the quote q of the words after the colon c up to b
// (Words), with its Text, Start and End set, unless they are fewer than
// three or a quote of out covers them; ok reports whether it did.
func (l Line) After(text string, c, b int, out []news.Quote, q news.Quote) (_ []news.Quote, ok bool) {
	from, to, ok := l.Words(c, b)
	if !ok {
		return out, false
	}
	q.Start, q.End = l.Toks[from].Start, l.Toks[to-1].End
	if q.Start >= q.End || Covered(out, q.Start, q.End) {
		return out, false
	}
	q.Text = text[q.Start:q.End]
	return append(out, q), true
}
