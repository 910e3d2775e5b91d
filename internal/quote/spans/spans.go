// Package spans cuts out of a sentence's tokens the words a quote holds
// when no quotation marks bound them and no speech verb opens them: the
// clause before حسبما and a speech verb (… حسبما يقول ضباط بالجيش), the
// clause after a source and فإن (وبحسب الوزارة فإن …: Accord), and a
// sentence that goes on with the reported clause before it (… . وإن …:
// GoesOn). Package quote decides who said them; spans decides which bytes
// they are. (The words after a colon are package headline's: Line.After.)
package spans

import (
	"rasad/internal/news"
	"rasad/internal/quote/marks"
	"rasad/internal/quote/parts"
)

// MinWords is the fewest words a quote without quotation marks holds.
const MinWords = 3

// Before appends to out the quote q of the words [a, p) (the clause before
// an attribution at p), its trailing punctuation left out, with its Text,
// Start and End set. It appends nothing, and ok is false, when the words are
// fewer than MinWords, a quotation holds one of them (quoted: it has its own
// attribution), or a quote of out that ends after their start holds part of
// them.
func Before(text string, toks []news.Token, a, p int, quoted func(j int) bool, out []news.Quote, q news.Quote) (_ []news.Quote, ok bool) {
	to := p
	for to > a && toks[to-1].Kind == news.Punctuation {
		to--
	}
	words := 0
	for j := a; j < to; j++ {
		if quoted(j) {
			return out, false
		}
		if marks.Wordy(toks[j].Kind) {
			words++
		}
	}
	if words < MinWords {
		return out, false
	}
	q.Start, q.End = toks[a].Start, toks[to-1].End
	for k := len(out) - 1; k >= 0 && out[k].End > q.Start; k-- {
		if out[k].Start < q.End {
			return out, false
		}
	}
	q.Text = text[q.Start:q.End]
	return append(out, q), true
}

// Accord reads a sentence [a, b) that opens with a word of accord and its
// source, the way Arabic news gives a source's words without a speech verb:
// the clause after فإن (وبحسب وزارة الصحة فإن …، ووفقا للشرطة، فإن …), or
// the clause after the comma that closes the source (وحسب الشركة المنتجة،
// يمكن للسوار …: bare true) is the source's reported speech. via tells a
// word of accord (بحسب، وفقا), that the فإن; a lone ل after via is skipped
// (وفقا لـ X), and the source may hold a name in quotation marks (وبحسب
// «رويترز» فإن). It returns the source's words [s, e) and where the clause
// opens; from is -1 when the sentence is not of that shape, the source runs
// over maxSource words or holds punctuation other than a comma before فإن,
// or fewer than MinWords words follow the comma. Whether a bare clause is the
// source's words (not one with a speech verb of its own: وبحسب «رويترز»، فقد
// ذكر) is the caller's to say.
func Accord(toks []news.Token, a, b int, via, that func(j int) bool) (s, e, from int, bare bool) {
	const maxSource = 10
	if b-a < 5 || !via(a) {
		return 0, 0, -1, false
	}
	s = a + 1
	if toks[s].Norm == parts.LamS {
		s++
	}
	e = s
	for e < min(b-1, s+maxSource) && (marks.Wordy(toks[e].Kind) || marks.Mark(toks[e].Text)) && !that(e) {
		e++
	}
	f := e
	comma := f > s && f+1 < b && marks.Comma(toks[f].Text)
	if comma {
		f++ // ووفقا للشرطة، فإن
	}
	switch {
	case e == s || f+1 >= b:
		return 0, 0, -1, false
	case that(f):
		return s, e, f + 1, false
	case comma && words(toks, f, b) >= MinWords:
		return s, e, f, true
	}
	return 0, 0, -1, false
}

// words counts the words of [a, b).
func words(toks []news.Token, a, b int) int {
	n := 0
	for j := a; j < b; j++ {
		if marks.Wordy(toks[j].Kind) {
			n++
		}
	}
	return n
}

// GoesOn reports whether the sentence [a, b) goes on with the reported
// speech of a quote that ends at byte end, the last word of the sentence
// before it: a writer who cuts «وقال X إن … وإن …» with a full stop opens
// the next sentence with و and the complementizer (… . وإن المسلح رجل أبيض،
// … . وإنها ستعلن النتائج). that tells such a word at a, one that opens a
// clause (not the conditional إن, which a verb follows: وإن كان).
func GoesOn(toks []news.Token, a, b, end int, that func(j int) bool) bool {
	p := a - 1
	for p >= 0 && toks[p].Kind == news.Punctuation {
		p--
	}
	return p >= 0 && toks[p].End == end && b-a > MinWords && that(a)
}

// Sourced returns the clause [from, to) of sentence [a, b) that a source
// after it, with a word of accord at v and its words [v+1, e), gives as its
// own — how Arabic news sources a fact after stating it: … ونقلوا إلى
// مستشفى قريب، بحسب مصادر طبية; … سيتراجع، وفقا لوزارة المالية. The clause
// opens at the sentence's start, or after the last semicolon or colon
// before v, or after the last comma before a clause that opens tells (one
// coordinated with و: … الرد عليهم، وقتل اثنان منهم، بحسب الوكالة), and ends
// before v; a source set off by commas on both sides (… ستكون إيران، حسب
// أوباما، شريكا …) stands inside its clause, which then runs on to the
// clause's end after it. from is -1 when fewer than MinWords words stand
// before v.
func Sourced(toks []news.Token, a, b, v, e int, opens func(j int) bool) (from, to int) {
	p := v
	for p > a && toks[p-1].Kind == news.Punctuation && marks.Comma(toks[p-1].Text) {
		p--
	}
	ends := func(j int) bool { // a clause ends before token j
		t := toks[j-1]
		return t.Kind == news.Punctuation && (hard(t.Text) || marks.Comma(t.Text) && opens(j))
	}
	from = p
	for from > a && !ends(from) {
		from--
	}
	if words(toks, from, p) < MinWords {
		return -1, 0
	}
	to = v
	if e+1 < b && marks.Comma(toks[e].Text) && !ends(e+1) {
		to = e + 1
		for to < b && !ends(to) && !(toks[to].Kind == news.Punctuation && marks.Comma(toks[to].Text) && to+1 < b && opens(to+1)) {
			to++
		}
	}
	return from, to
}

// hard reports whether the punctuation p ends a clause whatever follows: a
// semicolon, a colon or a full stop.
func hard(p string) bool {
	switch p {
	case "؛", ";", ":":
		return true
	}
	return marks.Terminal(p)
}
