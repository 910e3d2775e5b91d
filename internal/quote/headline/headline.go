// Package headline reads the layout of the convention of Arabic headlines
// and interview lines: a line that opens with a name, or a role and a name,
// then a colon, quotes what follows (الجبير: لا مكان للأسد في مستقبل
// سوريا; «بنك قطر»: متوسط أسعار النفط …). It finds the colon that ends the
// speaker's words and the quoted words after it; package quote decides
// whether the words before the colon name someone who speaks (a place
// there is a dateline: الرياض - واس:).
package headline

import (
	"rasad/internal/arabic"
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
	Title  bool // the line is the text's title, where marks set a name apart (Words)
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
// «...»), unless, in a title, the sentence goes on after it without
// punctuation: a headline sets a name apart with marks (البرقان: «الاحتراف»
// تسلمت بطاقة برازيلي; a dialogue line goes on with narration: أم سعود:
// «…» تتربع). ok is false when they are fewer than three words.
func (l Line) Words(c, b int) (from, to int, ok bool) {
	from, to = c+1, b
	for to > from && l.Toks[to-1].Kind == news.Punctuation {
		to--
	}
	if l.words(from, to, false) < minWords {
		return 0, 0, false
	}
	if q := l.Quote(from); q >= 0 && l.Spans[q].Open == from && (!l.Title || l.Spans[q].Close < 0 || l.Spans[q].Close+1 >= to || l.Toks[l.Spans[q].Close+1].Kind == news.Punctuation) {
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

// maxDateline bounds the tokens after a title read for the dateline that
// opens the body.
const maxDateline = 12

// Dateline reports whether the words [a, c) before the title's colon are the
// place of the dateline that opens the body under it: the end of that short
// line after a dash, the reporter's name before it (تربة: … / حاتم النجيمي –
// تربة). A place the entity stage did not know is then no speaker.
func (l Line) Dateline(text string, a, c int) bool {
	n := c - a
	for j := c; j < len(l.Toks) && j < c+maxDateline; j++ {
		if !isDash(l.Toks[j].Text) {
			continue
		}
		k := j + 1
		for ; k < len(l.Toks) && k-j-1 < n && !marks.LineStart(text, l.Toks, k) && l.Toks[k].Norm == l.Toks[a+k-j-1].Norm; k++ {
		}
		return k-j-1 == n && (k == len(l.Toks) || marks.LineStart(text, l.Toks, k))
	}
	return false
}

// isDash reports whether s is a dash of a dateline.
func isDash(s string) bool { return s == "-" || s == "–" || s == "—" }

// Quotes appends to out the headline quotes of the lines of text that
// ranges hold (token ranges; only those that open a line count): the words
// after the colon of a line whose words before it name someone (Named, or
// role says they open with a role: المتحدث باسم الخارجية:), and that no
// quote of out covers yet. speaker(a, c) names who speaks for the words
// [a, c) before the colon.
//
// The title, the first of ranges when it opens the text, may name its
// speaker with any noun phrase (title: Phrase with its name test; a
// surname, باحميد:, an outlet, الجيروزاليم بوست:, or a description, مصدر
// عسكري:); nil title leaves it to entities and roles as any other line.
func (l Line) Quotes(text string, ranges [][2]int, out []news.Quote, role func(a int) bool, title func(a, c int) bool, speaker func(a, c int) *news.Speaker) []news.Quote {
	for i, r := range ranges {
		a, b := r[0], r[1]
		if !marks.LineStart(text, l.Toks, a) {
			continue
		}
		c := l.Colon(a, b)
		if named, place := l.Named(a, c); c <= a || place || !named && !role(a) && !(i == 0 && a == 0 && title != nil && title(a, c) && !l.Dateline(text, a, c)) {
			continue // a place before the colon is a dateline
		}
		lt := l
		lt.Title = i == 0 && a == 0
		out, _ = lt.After(text, c, b, out, news.Quote{Speaker: speaker(a, c), Direct: true})
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

// maxPhrase is the most words a title's speaker may take when no entity or
// role was found in them (باحميد:, مصدر عسكري:, الجيروزاليم بوست:).
const maxPhrase = 3

// Phrase reports whether the words [a, c) before the colon of a title read
// as the noun phrase that heads it as its speaker though no entity or role
// was found in them: one to three words, each one that may stand in a name
// (name: no verb, preposition or particle, no label such as تقرير or
// فيديو), and no punctuation or quotation among them.
func (l Line) Phrase(a, c int, name func(j int) bool) bool {
	if c <= a || c-a > maxPhrase {
		return false
	}
	for j := a; j < c; j++ {
		if l.Toks[j].Kind != news.Word || l.Quote(j) >= 0 || !name(j) {
			return false
		}
	}
	return true
}

// NamedLater returns the token of the mention that the words [a, c) before a
// title's colon name when the article names them in full: the one entity
// whose mention ends with the same words, the article set aside (باحميد for
// عادل باحميد, الجيروزاليم بوست for «جيروزاليم بوست»), a mention with more
// words before them first (عادل باحميد before a later باحميد the entity
// stage made an entity of its own). mention tells the entity and mention
// at a token (-1 for none), speaks whether an entity may speak (a person,
// an organisation). It returns -1 when none or several.
func NamedLater(toks []news.Token, a, c int, mention func(j int) (ent, men int32), speaks func(e int32) bool) int {
	n := c - a
	var full, same [2]int // the entity and the token of its mention, full or the same words; {-2} when several
	full[0], same[0] = -1, -1
	for j := c; j < len(toks); j++ {
		e, m := mention(j)
		if e < 0 || !speaks(e) {
			continue
		}
		if j+1 < len(toks) {
			if e2, m2 := mention(j + 1); e2 == e && m2 == m {
				continue // not the last word of a mention
			}
		}
		k := j - n + 1
		for ; k <= j && k >= 0; k++ {
			if e2, m2 := mention(k); e2 != e || m2 != m || bare(toks[k].Norm) != bare(toks[a+k-(j-n+1)].Norm) {
				break
			}
		}
		if k <= j {
			continue
		}
		to := &same
		if p := j - n; p >= 0 {
			if e2, m2 := mention(p); e2 == e && m2 == m {
				to = &full
			}
		}
		switch to[0] {
		case -1:
			*to = [2]int{int(e), j}
		case int(e), -2:
		default:
			to[0] = -2
		}
	}
	switch {
	case full[0] >= 0:
		return full[1]
	case full[0] == -1 && same[0] >= 0:
		return same[1]
	}
	return -1
}

// bare returns the normalised word w without its article.
func bare(w string) string {
	if r, ok := arabic.CutArticle(w); ok {
		return r
	}
	return w
}
