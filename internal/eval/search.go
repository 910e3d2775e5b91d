package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"rasad/internal/arabic"
)

// SearchTest is a search-quality test built from a BIO-tagged corpus: its
// documents and, for every distinct named entity, a query and the documents
// relevant to it.
//
// The definitions, kept independent of Rasad's analyzer so that the test
// does not grade Rasad by its own rules:
//
//   - A document is PerDoc consecutive sentences, their words joined by
//     spaces and the sentences by newlines.
//   - A mention is a PER, LOC or ORG span as tagged (B- then I- of the same
//     type); MISC is not a name here. Its form is its words joined by spaces
//     (with the punctuation the corpus left on a word cut off)
//     and folded by FoldName (diacritics and tatweel dropped, أ إ آ ٱ → ا,
//     ى → ي, ة → ه): the orthographic variants a reader takes for one name.
//   - A mention's bare name is its form with a leading proclitic cut off
//     the first word (و or ف, then optionally ب ل or ك; or one of ب ل ك
//     alone; لل standing for ل + ال) when what remains is itself the form
//     of some mention in the corpus and its first word keeps two letters
//     or more; else the form itself. وبغداد is بغداد because بغداد is
//     tagged elsewhere; وليد stays وليد unless ليد is.
//   - The queries are the distinct bare names. A document is relevant to a
//     query when it holds a mention whose form is the bare name or the
//     bare name with one of those proclitics in front (any form): the
//     relevant set is exactly the documents with a mention of that bare
//     name.
//   - A looser gold, Within, also counts a document relevant when the bare
//     name is a run of whole words inside a longer mention, its first word
//     with or without one of those proclitics: a query إبراهيم is within a
//     document that mentions وإبراهيم الجعفري. A phrase search cannot tell
//     a name from the same words inside a longer name; Within measures how
//     much of the strict gold's false positives are that.
//
// Untagged occurrences of a name (annotation misses, a name inside a MISC
// span, a common word spelt like a name) are not relevant: a search that
// finds them is charged a false positive. That is the price of gold built
// from tags alone, and it is paid by every system under test alike.
type SearchTest struct {
	Docs    []string
	Queries []SearchQuery
}

// SearchQuery is one query of a SearchTest: the bare name as written in
// the corpus (Text, the most frequent original spelling), its folded form
// (Name) and the indexes of the relevant documents, ascending.
type SearchQuery struct {
	Text     string
	Name     string
	Relevant []int
	Within   []int // the looser gold, a superset of Relevant
}

// BuildSearchTest builds the test from sentences of words and BIO tags
// (as ner.ReadCoNLL returns them, tags normalised to B-PER, I-LOC ...),
// perDoc sentences to a document.
func BuildSearchTest(words, tags [][]string, perDoc int) SearchTest {
	type mention struct {
		doc  int
		form string // folded
		orig string // as written
	}
	var t SearchTest
	var mentions []mention
	var doc []string
	for s := range words {
		d := s / perDoc
		doc = append(doc, strings.Join(words[s], " "))
		if (s+1)%perDoc == 0 || s == len(words)-1 {
			t.Docs = append(t.Docs, strings.Join(doc, "\n"))
			doc = nil
		}
		for _, sp := range nameSpans(tags[s]) {
			orig := nameWords(words[s][sp[0]:sp[1]])
			if orig == "" {
				continue
			}
			mentions = append(mentions, mention{doc: d, form: FoldName(orig), orig: orig})
		}
	}
	forms := map[string]bool{}
	for _, m := range mentions {
		forms[m.form] = true
	}
	type query struct {
		docs     map[int]bool
		spelling map[string]int
	}
	queries := map[string]*query{}
	for _, m := range mentions {
		bare, n := bareName(m.form, forms)
		q := queries[bare]
		if q == nil {
			q = &query{docs: map[int]bool{}, spelling: map[string]int{}}
			queries[bare] = q
		}
		q.docs[m.doc] = true
		q.spelling[cutLetters(m.orig, n)]++
	}
	within := map[string]map[int]bool{}
	for _, m := range mentions {
		ws := strings.Fields(m.form)
		for i := range ws {
			for j := i + 1; j <= len(ws); j++ {
				rest := strings.Join(ws[i+1:j], " ")
				for _, first := range withoutProclitics(ws[i]) {
					key := first
					if rest != "" {
						key += " " + rest
					}
					if queries[key] == nil {
						continue
					}
					if within[key] == nil {
						within[key] = map[int]bool{}
					}
					within[key][m.doc] = true
				}
			}
		}
	}
	for name, q := range queries {
		sq := SearchQuery{Name: name}
		best := -1
		for sp, c := range q.spelling {
			if c > best || c == best && sp < sq.Text {
				sq.Text, best = sp, c
			}
		}
		for d := range q.docs {
			sq.Relevant = append(sq.Relevant, d)
		}
		sort.Ints(sq.Relevant)
		for d := range within[name] {
			sq.Within = append(sq.Within, d)
		}
		sort.Ints(sq.Within)
		t.Queries = append(t.Queries, sq)
	}
	sort.Slice(t.Queries, func(i, j int) bool { return t.Queries[i].Name < t.Queries[j].Name })
	return t
}

// nameWords joins the words of a mention with spaces, each with the
// punctuation that the corpus left on it cut off (ANERcorp writes كابول؛
// as one word).
func nameWords(words []string) string {
	var kept []string
	for _, w := range words {
		w = strings.TrimFunc(w, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) })
		if w != "" {
			kept = append(kept, w)
		}
	}
	return strings.Join(kept, " ")
}

// nameSpans returns the [start, end) spans of PER, LOC and ORG mentions.
func nameSpans(tags []string) [][2]int {
	var out [][2]int
	start, typ := -1, ""
	closeSpan := func(end int) {
		if start >= 0 && (typ == "PER" || typ == "LOC" || typ == "ORG") {
			out = append(out, [2]int{start, end})
		}
		start, typ = -1, ""
	}
	for i, tag := range tags {
		switch {
		case strings.HasPrefix(tag, "B-"):
			closeSpan(i)
			start, typ = i, tag[2:]
		case strings.HasPrefix(tag, "I-") && start >= 0 && tag[2:] == typ:
			// continues
		case strings.HasPrefix(tag, "I-"):
			closeSpan(i) // an I- without its B- opens a span, as conlleval does
			start, typ = i, tag[2:]
		default:
			closeSpan(i)
		}
	}
	closeSpan(len(tags))
	return out
}

// The proclitics of the test, folded: conjunction, then preposition.
var (
	testConj = []string{"", string(arabic.Waw), string(arabic.Feh)}
	testPrep = []string{"", string(arabic.Beh), string(arabic.Lam), string(arabic.Kaf)}
)

// bareName returns the bare name of a folded form and how many letters were
// cut off its head (the ا of a لل is not counted: it was never written).
func bareName(form string, forms map[string]bool) (string, int) {
	// Try the longest cut first: ولبنان is و + لبنان when لبنان is a name,
	// and و + ل + بنان only if لبنان is not.
	for n := 2; n >= 1; n-- {
		if !arabic.AtLeastRunes(form, n+1) {
			continue
		}
		head, rest := splitLetters(form, n)
		var cands []string
		if ok(head) {
			cands = append(cands, rest)
		}
		if strings.HasSuffix(head, string(arabic.Lam)) && strings.HasPrefix(rest, string(arabic.Lam)) && ok(head) {
			// لل: ل + ال with the alef not written.
			cands = append(cands, string(arabic.Alef)+rest)
		}
		for _, c := range cands {
			first, _, _ := strings.Cut(c, " ")
			if arabic.AtLeastRunes(first, 2) && forms[c] && c != form {
				return c, n
			}
		}
	}
	return form, 0
}

// withoutProclitics returns a folded word and the words it is with one or
// two leading letters cut off as a proclitic of the test (لل read as ل + ال).
func withoutProclitics(w string) []string {
	out := []string{w}
	for n := 1; n <= 2 && arabic.AtLeastRunes(w, n+2); n++ {
		head, rest := splitLetters(w, n)
		if !ok(head) {
			continue
		}
		out = append(out, rest)
		if strings.HasSuffix(head, string(arabic.Lam)) && strings.HasPrefix(rest, string(arabic.Lam)) {
			out = append(out, string(arabic.Alef)+rest)
		}
	}
	return out
}

// ok reports whether head is a proclitic sequence of the test.
func ok(head string) bool {
	for _, c := range testConj {
		for _, p := range testPrep {
			if c+p == head && head != "" {
				return true
			}
		}
	}
	return false
}

func splitLetters(s string, n int) (string, string) {
	i := 0
	for k := 0; k < n; k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i], s[i:]
}

// cutLetters cuts n letters and the marks that follow them off the head of
// an original spelling.
func cutLetters(s string, n int) string {
	for ; n > 0 && s != ""; n-- {
		_, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		for s != "" {
			r, size := utf8.DecodeRuneInString(s)
			if !isMark(r) {
				break
			}
			s = s[size:]
		}
	}
	return s
}

func isMark(r rune) bool {
	return r >= arabic.Fathatan && r <= arabic.HamzaBelowMark || r == arabic.SuperscriptAlef || r == arabic.Tatweel
}

// FoldName folds the orthographic variants of a name that readers take for
// one: it drops diacritics and tatweel, writes أ إ آ ٱ as ا, ى as ي and ة
// as ه, and collapses runs of spaces.
func FoldName(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case isMark(r):
			continue
		case r == arabic.AlefHamzaAbove, r == arabic.AlefHamzaBelow, r == arabic.AlefMaddaAbove, r == arabic.AlefWasla:
			r = arabic.Alef
		case r == arabic.AlefMaksura:
			r = arabic.Yeh
		case r == arabic.TehMarbuta:
			r = arabic.Heh
		}
		b.WriteRune(r)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// SearchScore accumulates retrieval counts over the queries of a test.
type SearchScore struct {
	Queries   int
	Retrieved int // (query, document) pairs retrieved
	Relevant  int // pairs relevant
	Correct   int // pairs both
	// Sums of the per-query figures for the macro averages; precision over
	// the queries that retrieved something.
	sumP, sumR float64
	withP      int
}

// Add scores one query: the relevant documents and those retrieved.
func (s *SearchScore) Add(relevant, retrieved []int) {
	rel := map[int]bool{}
	for _, d := range relevant {
		rel[d] = true
	}
	seen := map[int]bool{}
	correct := 0
	for _, d := range retrieved {
		if seen[d] {
			continue
		}
		seen[d] = true
		if rel[d] {
			correct++
		}
	}
	s.Queries++
	s.Retrieved += len(seen)
	s.Relevant += len(rel)
	s.Correct += correct
	if len(seen) > 0 {
		s.sumP += float64(correct) / float64(len(seen))
		s.withP++
	}
	if len(rel) > 0 {
		s.sumR += float64(correct) / float64(len(rel))
	}
}

// Precision is the micro-averaged precision over all pairs.
func (s SearchScore) Precision() float64 { return ratio(s.Correct, s.Retrieved) }

// Recall is the micro-averaged recall over all pairs.
func (s SearchScore) Recall() float64 { return ratio(s.Correct, s.Relevant) }

// MacroPrecision is the mean precision of the queries that retrieved any
// document.
func (s SearchScore) MacroPrecision() float64 {
	if s.withP == 0 {
		return 0
	}
	return s.sumP / float64(s.withP)
}

// MacroRecall is the mean recall over all queries.
func (s SearchScore) MacroRecall() float64 {
	if s.Queries == 0 {
		return 0
	}
	return s.sumR / float64(s.Queries)
}

// WriteSearch prints the figures of one system, each the last field of its
// line: micro precision, recall and F1 over all (query, document) pairs,
// then macro precision and recall per query.
func (s SearchScore) WriteSearch(w io.Writer, system string) error {
	p, r := s.Precision(), s.Recall()
	f := f1(p, r)
	_, err := fmt.Fprintf(w, "%s pairs retrieved %d relevant %d correct %d\n"+
		"%s precision %.3f\n%s recall %.3f\n%s f1 %.3f\n"+
		"%s macro-precision %.3f\n%s macro-recall %.3f\n",
		system, s.Retrieved, s.Relevant, s.Correct,
		system, p, system, r, system, f,
		system, s.MacroPrecision(), system, s.MacroRecall())
	return err
}
