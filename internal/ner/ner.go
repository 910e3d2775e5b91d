package ner

import (
	"math"
	"slices"
	"sync"

	"rasad/internal/arabic"
	"rasad/internal/news"
	"rasad/internal/reuse"
)

// Span is one recognised mention: tokens [First, Last] of the token slice
// given to Recognize, and the byte range [Start, End) of the text that it
// covers. Start is after any proclitic of the first token (in وبكين the span
// is بكين).
type Span struct {
	First, Last int
	Start, End  int
	Type        news.EntityType
	// Score is the model's confidence in the span, in (0.5, 1]: the logistic
	// of the smallest Viterbi margin of its tokens (how much the best
	// labelling beats the best one that labels the token otherwise),
	// divided by marginScale.
	Score float64
}

// Recognizer labels the mentions of a text. It is safe for concurrent use.
type Recognizer struct {
	f       featurizer
	pass1   *model
	pass2   *model // with document features; nil for a one-pass model
	docSize int    // sentences per document window when documents are not marked
	// bias is subtracted from the score of O for every token in the last
	// pass: it trades precision for recall; it is chosen by cross-validation.
	bias  float32
	joint *jointTable // both passes' weights, for decoding; nil for a one-pass model
	memo  *wordMemo   // what the joint table gives each word alone
	// edges are what the sentence's boundaries give a token that sees
	// them, by role: [role][0] before the first word, [role][1] after the
	// last, summed as wordInfo.roles are.
	edges [numRoles][2][2][numLabels]int32
	// lexPairs are the joint table's weights of lexPairFeature, by the
	// classes of the word before, the word and the word after: one array
	// read instead of a probe of the joint table for every token. Nil
	// without a lexicon.
	lexPairs *[numLex][numLex][numLex][2][numLabels]int32
	info     string // the source and licence the model states
	digest   string // SHA-256 of the model file, "" when trained in memory
	scratch  sync.Pool
}

// scratch is the per-call working memory of a Recognizer.
type scratch struct {
	sent            sentence
	feats           []fhash
	offs            []int32
	em, delta, beta [][numLabels]float32
	back            [][numLabels]int8
	labels          []int
	margin          []float32
	// What labelDocument keeps of a document's first pass, token by token.
	docEm2    [][numLabels]float32
	docLabels []int
	docStems  []string
	docNproc  []int
}

// growDoc sizes the document arrays of sc for n tokens.
func (sc *scratch) growDoc(n int) {
	if cap(sc.docEm2) < n {
		sc.docEm2 = make([][numLabels]float32, n)
		sc.docLabels = make([]int, n)
		sc.docStems = make([]string, n)
		sc.docNproc = make([]int, n)
	}
}

func (r *Recognizer) getScratch() *scratch {
	if s, ok := r.scratch.Get().(*scratch); ok {
		return s
	}
	return &scratch{}
}

// emitMemo writes the emission scores of both passes of the sentence
// analysed into sc.sent (n tokens, with r.memo) to em1 and em2. What depends
// on one word alone (its word features, and what it gives each neighbour) is
// summed once per word and kept in r.memo; only the features of a token
// with its neighbours together are summed per token. The sums are of the
// joint table's integer weights, so the scores are those of summing every
// feature of every token.
func (r *Recognizer) emitMemo(sc *scratch, n int, em1, em2 [][numLabels]float32) {
	s := &sc.sent
	infos := s.known
	for i := range n {
		if infos[i] == nil { // a word analyse did not find in the memo
			info := &wordInfo{nproc: s.nproc[i], stem: s.stems[i], lex: s.lex[i], starts: r.f.starts(s.stems[i])}
			sc.feats = r.f.wordFeatures(sc.feats[:0], s, i)
			r.joint.sum(&info.self, sc.feats)
			for role := range numRoles {
				sc.feats = r.f.neighbourFeatures(sc.feats[:0], s, i, role)
				r.joint.sum(&info.roles[role], sc.feats)
			}
			r.memo.put(s.words[i], info)
			infos[i] = info
		}
	}
	for i := range n {
		acc := infos[i].self
		for role, j := range [numRoles]int{i - 1, i + 1, i - 2, i + 2} {
			switch {
			case j < 0:
				add(&acc, &r.edges[role][0])
			case j >= n:
				add(&acc, &r.edges[role][1])
			default:
				add(&acc, &infos[j].roles[role])
			}
		}
		prev, cur, next := lexAround(s, i)
		table := r.lexPairs != nil && prev < numLex && cur < numLex && next < numLex
		if table {
			add(&acc, &r.lexPairs[prev][cur][next])
		}
		sc.feats = r.f.pairFeatures(sc.feats[:0], s, i, !table)
		r.joint.sum(&acc, sc.feats)
		r.joint.scale(&em1[i], &em2[i], &acc)
	}
}

// edgeSums sums, for each role, the joint table's weights of what the
// start and the end of a sentence give the token that sees them there.
func (r *Recognizer) edgeSums() (e [numRoles][2][2][numLabels]int32) {
	var empty sentence // no words: -1 is before the start, 0 after the end
	var feats []fhash
	for role := range numRoles {
		for side, j := range [2]int{-1, 0} {
			feats = r.f.neighbourFeatures(feats[:0], &empty, j, role)
			r.joint.sum(&e[role][side], feats)
		}
	}
	return e
}

// lexPairSums sums the joint table's weights of lexPairFeature for every
// three classes below numLex, nil without a lexicon.
func (r *Recognizer) lexPairSums() *[numLex][numLex][numLex][2][numLabels]int32 {
	if r.f.lex == nil {
		return nil
	}
	t := new([numLex][numLex][numLex][2][numLabels]int32)
	for p := range byte(numLex) {
		for c := range byte(numLex) {
			for n := range byte(numLex) {
				r.joint.sum(&t[p][c][n], []fhash{lexPairFeature(p, c, n)})
			}
		}
	}
	return t
}

func add(acc, x *[2][numLabels]int32) {
	for p := range acc {
		for l := range numLabels {
			acc[p][l] += x[p][l]
		}
	}
}

// extract computes the features of the sentence analysed into sc.sent.
func (r *Recognizer) extract(sc *scratch) {
	n := len(sc.sent.words)
	sc.feats = sc.feats[:0]
	sc.offs = append(sc.offs[:0], 0)
	for i := range n {
		sc.feats = r.f.features(sc.feats, &sc.sent, i)
		sc.offs = append(sc.offs, int32(len(sc.feats)))
	}
}

// decode labels a sentence of n tokens with m from the features in
// sc.feats and sc.offs, plus, if doc is not nil, the document features of
// doc; it leaves labels and margins in sc.
func (r *Recognizer) decode(m *model, sc *scratch, n int, doc []uint8) {
	sc.grow(n)
	em := sc.em[:n]
	m.emissions(em, sc.feats, sc.offs)
	if doc != nil {
		var buf [3]fhash
		for i := range n {
			m.addEmission(&em[i], docFeatures(buf[:0], doc, i))
		}
	}
	r.viterbi(m, sc, n, r.bias)
}

// viterbi labels a sentence of n tokens from the emission scores in sc.em
// and the transitions of m, with bias subtracted from the score of O,
// leaving labels and margins in sc. A margin is read only for the tokens of
// a span (Span.Score), so a sentence labelled O throughout gets none: its
// backward pass, as costly as the labelling, is skipped.
func (r *Recognizer) viterbi(m *model, sc *scratch, n int, bias float32) {
	r.labelsOnly(m, sc, n, bias)
	if slices.ContainsFunc(sc.labels[:n], func(l int) bool { return l != lO }) {
		m.margins(sc.em[:n], sc.labels[:n], sc.delta[:n], sc.beta[:n], sc.margin[:n])
	}
}

// labelsOnly is viterbi without the margins, for a pass whose labels alone
// are kept.
func (r *Recognizer) labelsOnly(m *model, sc *scratch, n int, bias float32) {
	em := sc.em[:n]
	if bias != 0 {
		for i := range em {
			em[i][lO] -= bias
		}
	}
	m.viterbi(em, sc.labels[:n], sc.delta[:n], sc.back[:n])
}

func (sc *scratch) grow(n int) {
	if cap(sc.em) < n {
		sc.em = make([][numLabels]float32, n)
		sc.delta = make([][numLabels]float32, n)
		sc.beta = make([][numLabels]float32, n)
		sc.back = make([][numLabels]int8, n)
		sc.labels = make([]int, n)
		sc.margin = make([]float32, n)
	}
}

// docLabels holds, per stem, how many tokens of a document got each type.
type docLabels map[string]*[5]int32

func (d docLabels) add(stem string, l int) {
	if l == lO || !isDocWord(stem) {
		return
	}
	c := d[stem]
	if c == nil {
		c = new([5]int32)
		d[stem] = c
	}
	c[(l-1)/2]++
}

// mask is the types given to stem by other tokens than one labelled own.
func (d docLabels) mask(stem string, own int) uint8 {
	c := d[stem]
	if c == nil {
		return 0
	}
	var m uint8
	for t := range 4 {
		k := c[t]
		if own != lO && (own-1)/2 == t {
			k--
		}
		if k > 0 {
			m |= 1 << t
		}
	}
	return m
}

// isDocWord reports whether a stem is worth remembering across a document:
// an Arabic or Latin word of at least two letters.
func isDocWord(s string) bool {
	return len(s) >= 3 && shape(s) != 'p' && shape(s) != 'd'
}

// labelDocument labels the sentences of one document (SearchKey words) and
// calls emit with each sentence's labels and margins. The first pass keeps
// each sentence's features and analysis, which the second pass reuses.
func (r *Recognizer) labelDocument(doc [][]string, emit func(k int, s *sentence, labels []int, margin []float32)) {
	sc := r.getScratch()
	defer r.scratch.Put(sc)
	if r.pass2 == nil {
		for k, words := range doc {
			r.f.analyse(&sc.sent, words, nil)
			r.extract(sc)
			r.decode(r.pass1, sc, len(words), nil)
			emit(k, &sc.sent, sc.labels[:len(words)], sc.margin[:len(words)])
		}
		return
	}
	type kept struct {
		em2    [][numLabels]float32 // second-pass emissions without document features
		labels []int
		stems  []string
		nproc  []int
	}
	first := make([]kept, len(doc))
	dl := docLabels{}
	// One backing array each, in sc, for the whole document's kept slices.
	total := 0
	for _, words := range doc {
		total += len(words)
	}
	sc.growDoc(total)
	em2All, labelsAll, stemsAll, nprocAll := sc.docEm2, sc.docLabels, sc.docStems, sc.docNproc
	defer clear(stemsAll[:total]) // hold no text once done
	off := 0
	for k, words := range doc {
		n := len(words)
		sc.grow(n)
		em2 := em2All[off : off+n : off+n]
		if r.joint != nil {
			r.f.analyse(&sc.sent, words, r.memo)
			r.emitMemo(sc, n, sc.em[:n], em2)
		} else {
			r.f.analyse(&sc.sent, words, nil)
			r.extract(sc)
			r.pass1.emissions(sc.em[:n], sc.feats, sc.offs)
			r.pass2.emissions(em2, sc.feats, sc.offs)
		}
		r.labelsOnly(r.pass1, sc, n, 0) // as in training: no bias before the last pass
		first[k] = kept{
			em2:    em2,
			labels: labelsAll[off : off+n : off+n],
			stems:  stemsAll[off : off+n : off+n],
			nproc:  nprocAll[off : off+n : off+n],
		}
		copy(first[k].labels, sc.labels[:n])
		copy(first[k].stems, sc.sent.stems)
		copy(first[k].nproc, sc.sent.nproc)
		off += n
		for i, l := range first[k].labels {
			dl.add(sc.sent.stems[i], l)
		}
	}
	var s sentence
	var buf [3]fhash
	var docm []uint8
	for k, words := range doc {
		n := len(words)
		fk := &first[k]
		if cap(docm) < n {
			docm = make([]uint8, n)
		}
		docm = docm[:n]
		for i, l := range fk.labels {
			docm[i] = dl.mask(fk.stems[i], l)
		}
		em := sc.em[:n]
		copy(em, fk.em2)
		for i := range n {
			feats := docFeatures(buf[:0], docm, i)
			if r.joint != nil {
				r.joint.addSecond(&em[i], feats)
			} else {
				r.pass2.addEmission(&em[i], feats)
			}
		}
		r.viterbi(r.pass2, sc, n, r.bias)
		s.words, s.stems, s.nproc = words, fk.stems, fk.nproc
		emit(k, &s, sc.labels[:n], sc.margin[:n])
	}
}

// Recognize returns the mentions in text, whose tokens are toks (from
// arabic.Tokenize, with offsets into text). The whole text is one document
// for the consistency of names.
func (r *Recognizer) Recognize(text string, toks []news.Token) []Span {
	if len(toks) == 0 {
		return nil
	}
	return r.RecognizeSentences(text, toks, arabic.Sentences(text, toks))
}

// keyArrays are RecognizeSentences' arrays of keys, reused document after
// document.
var keyArrays reuse.Slices[string]

// RecognizeSentences is Recognize for a text whose sentences are known
// already: sents must be arabic.Sentences(text, toks).
func (r *Recognizer) RecognizeSentences(text string, toks []news.Token, sents []news.Sentence) []Span {
	if len(toks) == 0 {
		return nil
	}
	doc := make([][]string, 0, len(sents))
	firstTok := make([]int, 0, len(sents))
	// keys[i] is the key of toks[i] (tokens between sentences get none but
	// keep the indices aligned); a sentence's words are a slice of it.
	keys := keyArrays.Get(len(toks))[:0]
	t := 0
	for _, s := range sents {
		for t < len(toks) && toks[t].Start < s.Start {
			keys = append(keys, "")
			t++
		}
		start := t
		for t < len(toks) && toks[t].End <= s.End {
			keys = append(keys, tokenKey(&toks[t]))
			t++
		}
		if t > start {
			doc = append(doc, keys[start:t:t])
			firstTok = append(firstTok, start)
		}
	}
	var spans []Span
	r.labelDocument(doc, func(k int, s *sentence, labels []int, margin []float32) {
		base := firstTok[k]
		for _, sp := range bioSpans(labels) {
			tok := toks[base+sp.first]
			start := tok.Start + arabic.LetterOffset(tok.Text, s.nproc[sp.first])
			minM := float32(math.Inf(1))
			for i := sp.first; i <= sp.last; i++ {
				minM = min(minM, margin[i])
			}
			spans = append(spans, Span{
				First: base + sp.first, Last: base + sp.last,
				Start: start, End: toks[base+sp.last].End,
				Type: labelTypes[sp.label], Score: 1 / (1 + math.Exp(-float64(minM))),
			})
		}
	})
	keyArrays.Put(keys) // as it ends: no span refers to it, the memo copies its words
	return spans
}

// tokenKey is arabic.SearchKey(t.Text). An Arabic word's Norm is
// arabic.Normalize of its text, and SearchKey of that is SearchKey of the
// text (Normalize and SearchKey apply the same rules but for ة, which
// SearchKey folds too): most words are then their Norm, with no copy made.
func tokenKey(t *news.Token) string {
	if t.Kind == news.Word && t.Norm != "" {
		return arabic.SearchKey(t.Norm)
	}
	return arabic.SearchKey(t.Text)
}

type labelSpan struct{ first, last, label int }

// bioSpans reads the spans of a label sequence: a span starts at B-X (or a
// stray I-X) and continues through I-X.
func bioSpans(labels []int) []labelSpan {
	var out []labelSpan
	for i := 0; i < len(labels); i++ {
		l := labels[i]
		if l == lO {
			continue
		}
		b := l
		if isInside(l) {
			b = l - 1
		}
		j := i
		for j+1 < len(labels) && labels[j+1] == b+1 {
			j++
		}
		out = append(out, labelSpan{i, j, b})
		i = j
	}
	return out
}

// TagWords labels pre-tokenised sentences (as in a CoNLL file) and returns
// BIO tags; sentences are grouped into documents of the model's window size.
func (r *Recognizer) TagWords(sents [][]string) [][]string {
	out := make([][]string, len(sents))
	size := max(r.docSize, 1)
	for a := 0; a < len(sents); a += size {
		b := min(a+size, len(sents))
		doc := make([][]string, b-a)
		for k := range doc {
			doc[k] = keysOf(sents[a+k])
		}
		r.labelDocument(doc, func(k int, _ *sentence, labels []int, _ []float32) {
			tags := make([]string, len(labels))
			for i, l := range labels {
				tags[i] = labelNames[l]
			}
			out[a+k] = tags
		})
	}
	return out
}

func keysOf(words []string) []string {
	keys := make([]string, len(words))
	for i, w := range words {
		keys[i] = arabic.SearchKey(w)
	}
	return keys
}

// SetRecallBias sets how much the score of O is lowered for every token
// (0 for none); a higher bias finds more mentions with less precision. It
// must not be called while the Recognizer is in use.
func (r *Recognizer) SetRecallBias(b float32) { r.bias = b }

// RecallBias is the bias in force (see SetRecallBias).
func (r *Recognizer) RecallBias() float32 { return r.bias }
