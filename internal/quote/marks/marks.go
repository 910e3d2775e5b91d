// Package marks pairs the quotation marks of an Arabic news text: «…», “…”,
// „…“, ‘…’, "…", '…', and ”…”, »…» or «…« where a text uses one mark both ways,
// line by line, with the slips of typing a reader forgives (see Pair): a
// quotation left open runs to the end of its line, and quotations nested
// in another belong to it; and which marks hold a name's words together
// (Joined: هارلي-ديفيدسون، د. خالد). It knows nothing of speakers: package
// quote reads what the spans hold.
package marks

import (
	"strings"
	"unicode/utf8"

	"rasad/internal/news"
)

// Span is one quotation in quote marks: the token indices of its opening and
// closing marks (Close is -1 when the mark is left open to the end of the
// line) and of its first and last inner tokens.
type Span struct {
	Open, Close int
	First, Last int
}

// End returns the last token index of the quotation, its closing mark
// included (its last token when it was left open).
func (s Span) End() int {
	if s.Close >= 0 {
		return s.Close
	}
	return s.Last
}

// Bytes returns the byte span of the quotation's words without its marks,
// and, when it was left open, without the punctuation that ends it (the
// full stop of its sentence).
func (s Span) Bytes(toks []news.Token) (start, end int) {
	last := s.Last
	for s.Close < 0 && last > s.First && toks[last].Kind == news.Punctuation {
		last--
	}
	return toks[s.First].Start, toks[last].End
}

// closerOf returns the mark that closes an opening mark, and whether the
// mark opens a quotation at all. Symmetric marks (" ') close themselves.
func closerOf(mark string) (string, bool) {
	switch mark {
	case "«":
		return "»", true
	case "“":
		return "”", true
	case "„":
		return "“", true
	case "‘":
		return "’", true
	case "\"", "'", "”", "’", "»":
		// ” and ’ and » open a quotation only in texts that use them both ways.
		return mark, true
	}
	return "", false
}

// Pair pairs the quote marks of each line and returns the outermost
// quotations in order. A quotation left open at the end of a line runs to the
// end of that line. Marks nested inside an outer quotation belong to it.
func Pair(text string, toks []news.Token) []Span {
	var out []Span
	from := 0
	for i := range toks {
		if i > 0 && LineStart(text, toks, i) {
			out = pairLine(text, toks, from, i-1, out, maxRepair)
			from = i
		}
	}
	if len(toks) > 0 {
		out = pairLine(text, toks, from, len(toks)-1, out, maxRepair)
	}
	return out
}

// LineStart reports whether token i opens a line of the text: it is the
// first, or a line break stands between it and the token before.
func LineStart(text string, toks []news.Token, i int) bool {
	return i == 0 || strings.IndexByte(text[toks[i-1].End:toks[i].Start], '\n') >= 0
}

// maxRepair bounds how many stray opening marks one line may drop, so that
// pairing stays linear on any input.
const maxRepair = 2

// open is a quotation mark still open: its token index and the mark that
// closes it.
type open struct {
	at    int
	close string
}

// pairLine pairs the marks of tokens [from, to], one line, and appends its
// outermost quotations to out.
//
// Two slips of typing are read as the writer meant them. An opening mark
// left open at the end of the line while a quotation inside it, opening
// onto its first word, closed before more words of the line is a closing
// mark typed the wrong way round («خليل أبو عبسة «إلا أن ...» كما ...):
// the line is paired again without it, unless the next paragraph opens with
// the same mark (a quotation that runs on). A straight mark that opens a new
// sentence while the same mark is open (: "... الجيش. "الآن يوجد ...") is
// the quotation going on, as in English typography, not its end.
func pairLine(text string, toks []news.Token, from, to int, out []Span, repairs int) []Span {
	var stack []open
	inner := -1 // the closing mark of the first quotation inside the outermost open one
	for i := from; i <= to; i++ {
		t := toks[i]
		if t.Kind != news.Punctuation {
			continue
		}
		k := -1
		for j := len(stack) - 1; j >= 0; j-- {
			if stack[j].close == t.Text {
				k = j
				break
			}
		}
		if k >= 0 && k == len(stack)-1 && reopens(text, toks, i, from) {
			continue
		}
		if k < 0 && bothWays(text, toks, i, stack) {
			k = len(stack) - 1
		}
		if k >= 0 {
			switch {
			case k == 0:
				if stack[0].at+1 <= i-1 {
					out = append(out, Span{Open: stack[0].at, Close: i, First: stack[0].at + 1, Last: i - 1})
				}
				inner = -1
			case inner < 0 && clings(toks, stack[k].at):
				inner = i
			}
			stack = stack[:k]
			continue
		}
		if c, ok := closerOf(t.Text); ok && len(stack) < maxNesting {
			if t.Text == "»" || t.Text == "”" || t.Text == "’" {
				// A closing mark with nothing open: it opens only when it
				// has a partner later on the line (leave that to pairing),
				// and not when it closes onto the word before it and opens
				// onto none (الحوثي») لقوا: a stray closing mark).
				stuck := i > 0 && toks[i-1].End == t.Start && Wordy(toks[i-1].Kind)
				if !partnerAhead(text, toks, i, t.Text) || stuck && !clings(toks, i) {
					continue
				}
			}
			if t.Text == "\"" && strayCloser(toks, i) {
				continue
			}
			stack = append(stack, open{i, c})
		}
	}
	if len(stack) > 0 {
		o := stack[0]
		// A paragraph left open that the next one continues (its first
		// token the same mark) keeps its quotation, as does one whose
		// inner quotation ends the line with it (“... أقول: “...”.).
		next := to+1 < len(toks) && toks[to+1].Text == toks[o.at].Text
		if inner >= 0 && wordsIn(toks, inner+1, to) && repairs > 0 && !next {
			return pairLine(text, toks, o.at+1, to, out, repairs-1)
		}
		if o.at+1 <= to {
			out = append(out, Span{Open: o.at, Close: -1, First: o.at + 1, Last: to})
		}
	}
	return out
}

// clings reports whether the mark at token i opens onto a word: the word
// follows it with no space («إلا, not “، nor « الحرب).
func clings(toks []news.Token, i int) bool {
	return i+1 < len(toks) && toks[i+1].Start == toks[i].End && Wordy(toks[i+1].Kind)
}

// strayCloser reports whether the straight mark at token i, with nothing
// open, closes a quotation whose opening mark the writer left out: it is
// stuck to the word before it and a full stop or a comma follows it at
// once (شرق بغداد". وأشار), as a closing mark sits and an opening one never
// does. Such a mark opens nothing, so the marks after it pair as written.
// A mark stuck to the word before with a space and words after it (قال
// إن" قوات) is an opening mark typed with the wrong spacing and still opens.
func strayCloser(toks []news.Token, i int) bool {
	if i == 0 || i+1 >= len(toks) || toks[i-1].End != toks[i].Start || !Wordy(toks[i-1].Kind) {
		return false
	}
	n := toks[i+1]
	return n.Start == toks[i].End && n.Kind == news.Punctuation && (Terminal(n.Text) || Comma(n.Text))
}

// wordsIn reports whether tokens [a, b] hold a word.
func wordsIn(toks []news.Token, a, b int) bool {
	for j := a; j <= b; j++ {
		if Wordy(toks[j].Kind) {
			return true
		}
	}
	return false
}

// reopens reports whether the symmetric mark at token i opens a new
// sentence of a quotation already open: it follows a full stop and a space
// and clings to the word after it (الجيش. "الآن).
func reopens(text string, toks []news.Token, i, from int) bool {
	t := toks[i]
	if t.Text != "\"" && t.Text != "'" || i <= from || i+1 >= len(toks) {
		return false
	}
	p := toks[i-1]
	return p.Kind == news.Punctuation && Terminal(p.Text) && p.End < t.Start &&
		clings(toks, i)
}

// bothWays reports whether the opening guillemet at token i closes the
// quotation open before it: a writer who types « both ways (« الأسرة «،
// «داعش «) leaves the line without a », so a « met while a « is open and
// no » follows on the line closes that « rather than opening inside it.
func bothWays(text string, toks []news.Token, i int, stack []open) bool {
	return toks[i].Text == "«" && len(stack) > 0 && toks[stack[len(stack)-1].at].Text == "«" &&
		!partnerAhead(text, toks, i, "»")
}

// maxNesting bounds how deep quotations nest; deeper marks are ignored, so
// that pairing stays linear on any input.
const maxNesting = 8

// maxQuoteLookahead bounds the search for the partner of a stray mark.
const maxQuoteLookahead = 400

// partnerAhead reports whether mark occurs again on the same line after
// token i.
func partnerAhead(text string, toks []news.Token, i int, mark string) bool {
	for j := i + 1; j < len(toks) && j < i+maxQuoteLookahead; j++ {
		if strings.IndexByte(text[toks[j-1].End:toks[j].Start], '\n') >= 0 {
			return false
		}
		if toks[j].Text == mark {
			return true
		}
	}
	return false
}

// Wordy reports whether a token of kind k is a word, Arabic or Latin, or a
// number: what a quotation's words are counted in.
func Wordy(k news.TokenKind) bool {
	return k == news.Word || k == news.Latin || k == news.Number
}

// OneName reports whether quotation s holds a name and nothing else: its
// words are all of one mention of an entity (والفنان «عبد الله السدحان»),
// as mention tells (the entity and the mention at token j, a negative
// entity for none).
func OneName(toks []news.Token, s Span, mention func(j int) (ent, men int32)) bool {
	e, m := int32(-1), int32(-1)
	for j := s.First; j <= s.Last; j++ {
		if !Wordy(toks[j].Kind) {
			continue
		}
		je, jm := mention(j)
		if je < 0 || e >= 0 && (je != e || jm != m) {
			return false
		}
		e, m = je, jm
	}
	return e >= 0
}

// Terminal reports whether the punctuation p ends a sentence: a full stop
// (not an ellipsis), !, ? or their Arabic forms.
func Terminal(p string) bool {
	switch p[0] {
	case '.', '!', '?':
		return !strings.HasPrefix(p, "..")
	}
	return strings.HasPrefix(p, "؟") || p == "۔"
}

// Mark reports whether the punctuation p is a quotation mark.
func Mark(p string) bool {
	switch p {
	case "«", "»", "“", "”", "„", "‘", "’", "\"", "'":
		return true
	}
	return false
}

// Comma reports whether the punctuation p is a comma, Arabic or Latin.
func Comma(p string) bool { return p == "،" || p == "," }

// Joined returns how many tokens at j, inside a phrase that opens at i and
// ends before b, a name's marks hold together, 0 when none: a dash between
// two words it touches (هارلي-ديفيدسون), one token; a title abbreviated to
// one letter and its period before a word (د. خالد العمري, as title tells
// of the letter and its period written together), two.
func Joined(toks []news.Token, i, j, b int, title func(abbr string) bool) int {
	t := toks[j]
	if Dash(t.Text) && j > i && j+1 < b && toks[j-1].End == t.Start && t.End == toks[j+1].Start {
		return 1
	}
	if t.Kind == news.Word && j+2 < b && toks[j+1].Text == "." && toks[j+1].Start == t.End &&
		Wordy(toks[j+2].Kind) && utf8.RuneCountInString(t.Norm) == 1 && title(t.Norm+".") {
		return 2
	}
	return 0
}

// Dash reports whether the punctuation p is a hyphen or a dash.
func Dash(p string) bool { return p == "-" || p == "–" || p == "—" }

// AfterColon reports whether a colon stands right before the token at open,
// a quotation's opening mark (وقال: «…»).
func AfterColon(toks []news.Token, open int) bool {
	return open > 0 && toks[open-1].Text == ":"
}

// Words counts the words of quotation s: the tokens Wordy keeps that are
// not empty once normalised.
func Words(toks []news.Token, s Span) int {
	n := 0
	for j := s.First; j <= s.Last; j++ {
		if Wordy(toks[j].Kind) && toks[j].Norm != "" {
			n++
		}
	}
	return n
}

// StrayEnds returns, in order, the full stops that end a sentence after a
// stray closing mark (strayCloser) that no quotation of spans holds: the
// writer closed a quotation never opened (لأنها طويلة للغاية". يذكر أن),
// and a reader ends the sentence there, where a splitter that counts the
// marks may not.
func StrayEnds(toks []news.Token, spans []Span) []int {
	var out []int
	next := 0 // the first span that may hold token i
	for i := range toks {
		for next < len(spans) && max(spans[next].Close, spans[next].Last) < i {
			next++
		}
		held := next < len(spans) && spans[next].Open <= i
		if !held && toks[i].Text == "\"" && strayCloser(toks, i) && Terminal(toks[i+1].Text) {
			out = append(out, i+1)
		}
	}
	return out
}
