// Package parts reads what the segmenter's parts of a token tell that its
// normalised form hides: how the stem was written (with hamza below:
// إبان "during", not the verb أبان "made clear") and the word that stands
// after a preposition ل it split off, with the alef of the article that
// the ل absorbs restored (للتلفزيون → التلفزيون), the letters the rules
// of package quote name, and the tokens that
// normalise to nothing (a lone tatweel) to step over, and which tokens a
// span of the text covers. Package quote reads it.
package parts

import (
	"sort"
	"strings"
	"unicode/utf8"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// HamzaBelow reports whether the token's stem, as written, opens with
// alef and hamza below (إبان، وإعلان).
func HamzaBelow(t *news.Token) bool {
	for _, p := range t.Parts {
		if r, _ := utf8.DecodeRuneInString(t.Text[p.Start-t.Start:]); p.Role == news.Stem {
			return r == arabic.AlefHamzaBelow
		}
	}
	return false
}

// AfterLam returns the text of a word after the preposition ل the
// segmenter split off it, with the alef of the article restored
// (للتلفزيون → التلفزيون, لصحيفة → صحيفة), and whether there was one.
func AfterLam(t *news.Token) (string, bool) {
	if _, cl := lexicon.StemOf(t); cl.Prep != "ل" {
		return "", false
	}
	for _, p := range t.Parts {
		if p.Role != news.Proclitic {
			head := strings.TrimLeft(t.Text[p.Start-t.Start:], "ـ")
			if arabic.Definite(p.Form) && !strings.HasPrefix(arabic.Normalize(head), arabic.Article) {
				head = string(arabic.Alef) + head
			}
			return head, true
		}
	}
	return "", false
}

// Skip returns the first token from k (before end) that is not a lone
// tatweel, which normalises to nothing (ل ـ «السفير»).
func Skip(toks []news.Token, k, end int) int {
	for k < end && toks[k].Kind == news.Word && toks[k].Norm == "" {
		k++
	}
	return k
}

// Prev returns the token before i, skipping tokens that normalise to
// nothing (a lone tatweel: "ل ـ «السفير»"), but never before lo.
func Prev(toks []news.Token, i, lo int) int {
	p := i - 1
	for p > lo && toks[p].Norm == "" {
		p--
	}
	if p < lo {
		return lo
	}
	return p
}

// AsSaid returns the token, after lo, that opens the attribution standing
// right before the speech verb at v, -1 when none: the word asSaid tells
// (… حسبما يقول ضباط), or a word of accord with the relative ما, whole or
// after ل (… بحسب ما أكد مكتبه، وفق ما قال مسؤولون، وفقا لما أعلنته
// الوزارة), which reads as حسبما. The clause before it is the words of the
// verb's subject, unless فإن follows that subject before hi, the sentence's
// end (وفقا لما ذكره الباحث، فإنه …): then the clause after is.
func AsSaid(toks []news.Token, v, lo, hi int, asSaid, accord func(j int) bool) int {
	for j := v + 1; j < min(hi, v+asSaidAhead); j++ {
		if w, _ := lexicon.WithoutConjunction(&toks[j]); Fa(&toks[j]) && lexicon.Default().Has(w, "complementizer") {
			return -1
		}
	}
	p := Prev(toks, v, lo)
	if p > lo && asSaid(p) {
		return p
	}
	if p <= lo || toks[p].Norm != maS && toks[p].Norm != LamS+maS {
		return -1
	}
	if q := Prev(toks, p, lo); q > lo && toks[q].Norm == LamS {
		p = q // وفقا ل ما, as the segmenter may leave them
	}
	if q := Prev(toks, p, lo); q > lo && accord(q) {
		return q
	}
	return -1
}

// asSaidAhead bounds the words after the verb of حسبما in which a فإن makes
// the clause after it the source's (maxRegion of package quote).
const asSaidAhead = 24

// Paren returns the token after a subject in parentheses at i, right after
// the verb (كما يقول (علماء النفس) أن): up to max words, all of them one
// phrase as phrase(a, e) says; 0 when none.
func Paren(toks []news.Token, i, b, max int, phrase func(a, e int) bool) int {
	if i >= b || toks[i].Text != "(" {
		return 0
	}
	for j := i + 1; j < b && j-i <= max; j++ {
		switch {
		case toks[j].Text == ")":
			if j > i+1 && phrase(i+1, j) {
				return j + 1
			}
			return 0
		case toks[j].Kind != news.Word:
			return 0
		}
	}
	return 0
}

// Aside returns the token after a time phrase set off by commas that opens
// at i (قالت، عصر أول من أمس الخميس، وزارة الخارجية إنها: the verb's
// subject follows it), when its first word is a time head (time) and only
// words stand in it, up to max of them; else 0.
func Aside(toks []news.Token, i, b, max int, time func(j int) bool) int {
	if i+2 >= b || toks[i].Text != "،" && toks[i].Text != "," || !time(i+1) {
		return 0
	}
	for j := i + 2; j < b && j-i <= max+1; j++ {
		switch {
		case toks[j].Text == "،" || toks[j].Text == ",":
			return j + 1
		case toks[j].Kind != news.Word:
			return 0
		}
	}
	return 0
}

// Fa reports whether the segmenter split the conjunction ف off the token
// (فبعمل، فإن): after a comma it opens a clause of its own.
func Fa(t *news.Token) bool {
	rest, ok := lexicon.WithoutConjunction(t)
	return ok && strings.TrimSuffix(t.Norm, rest) == "ف"
}

// At returns the first token that ends after byte offset p of the text:
// the token p falls in, or the next one; len(toks) when none does.
func At(toks []news.Token, p int) int {
	return sort.Search(len(toks), func(k int) bool { return toks[k].End > p })
}

// Within returns the token range [a, b) of the tokens that lie wholly in
// the text span [start, end); a == b when none do.
func Within(toks []news.Token, start, end int) (int, int) {
	a := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= start })
	b := a
	for b < len(toks) && toks[b].End <= end {
		b++
	}
	return a, b
}

// LamDefinite reports whether the token is ل and a definite noun
// (للإفتاء; لكرة is not: it has no article).
func LamDefinite(t *news.Token) bool {
	stem, cl := lexicon.StemOf(t)
	return cl.Prep == string(arabic.Lam) && arabic.Definite(stem)
}

// Letters the rules of package quote name: و، ب، ل، ال، من، ما.
var (
	WawS = string(arabic.Waw)
	BehS = string(arabic.Beh)
	LamS = string(arabic.Lam)
	AlS  = string(arabic.Alef) + string(arabic.Lam)  // ال
	MinS = string(arabic.Meem) + string(arabic.Noon) // من
	maS  = string(arabic.Meem) + string(arabic.Alef) // ما
)

// The given name علي and the preposition على, as written: normalisation
// folds the alif maqsura of the preposition into yeh, so their normalised
// forms are one word.
var (
	aliName = arabic.StripMarks("علي")
	alaPrep = arabic.StripMarks("على")
)

// Ali reports whether token j is the given name علي as the text writes it:
// spelt with a dotted yeh, alone (no clitic), in a text that writes the
// preposition على with alif maqsura elsewhere, so that its spelling tells
// the two apart (مدير الصندوق علي الجابري). In a text that writes every
// final ى as ي the word may be either, and Ali is false.
func Ali(toks []news.Token, j int) bool {
	if j < 0 || j >= len(toks) || toks[j].Kind != news.Word || toks[j].Norm != aliName || arabic.StripMarks(toks[j].Text) != aliName {
		return false
	}
	for i := range toks {
		if toks[i].Kind == news.Word && toks[i].Norm == aliName && arabic.StripMarks(toks[i].Text) == alaPrep {
			return true
		}
	}
	return false
}

// Conjunct reports whether token j is a word joined by و to the word
// before it (الشكل والمضمون، الوزير والمسؤولون): the second part of a
// phrase, never the subject of a verb after them on its own.
func Conjunct(toks []news.Token, j int) bool {
	return j > 0 && toks[j].Kind == news.Word && toks[j-1].Kind == news.Word && lexicon.And(&toks[j])
}

// InIt reports whether token j is في with a pronoun (فيه، فيها) before a
// word without a preposition: right after a speech verb it takes up the
// time or the words spoken in, named before the verb (في وقت قال فيه
// متحدث، كلمة قال فيها), and the subject, when one is written, follows it
// (not نوه فيها بجهود اللجنة: what the words were about).
func InIt(toks []news.Token, j int) bool {
	if j+1 >= len(toks) || toks[j+1].Kind != news.Word {
		return false
	}
	stem, cl := lexicon.StemOf(&toks[j])
	_, next := lexicon.StemOf(&toks[j+1])
	return cl.Pronoun != "" && next.Prep == "" && lexicon.Default().Has(stem, "prep:in")
}

// Emphatic reports whether the token is a word of emphasis that follows a
// noun (للعالم أجمع، للدول كافة): part of that noun's phrase, never a
// subject (lexicon class emphatic).
func Emphatic(t *news.Token) bool { return lexicon.Default().Has(t.Norm, "emphatic") }

// Genitive reports whether the person whose name opens at token j is the
// genitive of the noun right before it, which the phrase from a holds: a
// noun of serving (class deputy: نائب البشير، مستشار أوباما) or of the
// ones for, against or kin to a person (class of-person: نقاد أوباما،
// محامي مبارك، شقيق الضحية), in the construct state, without the
// article. That noun heads the phrase and speaks; the person is only
// named in it. A name after such a noun with the article is the noun's
// own (المستشار محمد، المحامي خالد: apposition).
func Genitive(toks []news.Token, j, a int) bool {
	if j <= a {
		return false
	}
	i := Prev(toks, j, a)
	if toks[i].Kind != news.Word || lexicon.Definite(&toks[i]) {
		return false
	}
	stem, cl := lexicon.StemOf(&toks[i])
	if cl.Pronoun != "" || cl.Prep != "" {
		return false
	}
	w := lexicon.Default().Word(stem)
	return w.Has("deputy") || w.Has("of-person")
}

// Which reports whether the word at i is a verb whose subject is the
// relative ما before it (lexicon class relative-thing: ما، مما، بما): with
// no subject named between it and the complementizer or إلى right after it
// (مما يعني أن، وهو ما يؤكد أن، ما يشير إلى أن), ما is "which", the fact told
// before, and the clause after is the verb's, no one's words; a noun after
// the verb (حسب ما أكد المصدر أن) is its subject. Not before بأن: a verb
// of describing governs it over its object (ووصفه لما حدث بأنه إنجاز).
func Which(toks []news.Token, i int) bool {
	if i < 1 || i+1 >= len(toks) || toks[i-1].Kind != news.Word || toks[i].Kind != news.Word || toks[i+1].Kind != news.Word {
		return false
	}
	lx := lexicon.Default()
	before, _ := lexicon.StemOf(&toks[i-1])
	_, after := lexicon.StemOf(&toks[i+1])
	return lx.Has(before, "relative-thing") && (lx.Has(toks[i+1].Norm, "complementizer") && after.Prep == "" || lx.Has(toks[i+1].Norm, "prep:to"))
}

// EachMentionToken calls f with each token j that a mention m of entity e
// covers, entity by entity and mention by mention, in a text of textLen
// bytes. Mentions outside the text, empty ones and nisba adjectives are
// left out: a nisba qualifies a speaker, it names none.
func EachMentionToken(textLen int, toks []news.Token, ents []news.Entity, f func(j, e, m int)) {
	for e := range ents {
		for m, mn := range ents[e].Mentions {
			if mn.Start < 0 || mn.End > textLen || mn.Start >= mn.End || mn.Nisba {
				continue
			}
			for j := At(toks, mn.Start); j < len(toks) && toks[j].Start < mn.End; j++ {
				f(j, e, m)
			}
		}
	}
}
