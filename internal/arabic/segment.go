package arabic

import (
	"math"
	"unicode/utf8"

	"rasad/internal/news"
)

// Segmenter splits Arabic words into proclitics, a stem and an enclitic
// pronoun, the way Universal Dependencies does: و ف ب ل ك س before the stem
// (the article ال stays on its noun), ه ها هم هما هن ك كم كن كما نا ي ني
// after it. A lexicon decides each split, so that a word is not broken where
// it should not be (بكين, فرنسا, كتبت stay whole; وبكين is و + بكين).
//
// A Segmenter is safe for concurrent use. Its lexicon does not change after
// construction; it remembers the segmentations of the words it has seen
// (up to 65,536 of them), which saves time and changes no result.
type Segmenter struct {
	w      weights
	folded map[string]lexEntry // by Normalize'd form
	exact  map[string]uint8    // flags of whole words, by their spelling without harakat
	memo   *memo
}

// SegmentWord returns the parts of one word, with offsets relative to it.
func (s *Segmenter) SegmentWord(word string) []news.Part {
	var sc scratch
	sp := s.split(word, &sc)
	return sp.appendParts(nil, 0, Normalize(word), &sc)
}

// scratch holds the per-word working arrays, reused from word to word.
type scratch struct {
	runes []rune // the folded letters of the word
	orig  []rune // the same letters as written
	offs  []int  // offs[i] is the byte offset of runes[i]; offs[len] = len(word)
	light []byte // the word without harakat, unfolded
	form  []byte // a stem's form being built
}

// split is a segmentation: runes [0,pre) are proclitics, one a rune,
// [pre, len-enc) the stem, [len-enc, len) the enclitic.
type split struct {
	pre, enc  int
	encIndex  int // in enclitics
	n         int
	article   bool // the stem follows the ل of لل and lost its alef
	tehMarbut bool // the stem's final ت is a ة before a pronoun
	alefMaks  bool // the stem's final ا is a ى before a pronoun
	plain     bool // no clitic could be split off: not worth remembering
	word      string
}

func (sp split) appendParts(dst []news.Part, base int, norm string, sc *scratch) []news.Part {
	runes, offs := sc.runes, sc.offs
	if sp.n == 0 || sp.pre == 0 && sp.enc == 0 {
		return append(dst, news.Part{Start: base, End: base + len(sp.word), Form: norm, Role: news.Stem})
	}
	end := func(i int) int { // byte end of rune i-1, start of rune i
		if i >= sp.n {
			return len(sp.word)
		}
		return offs[i]
	}
	start := 0
	for i := 0; i < sp.pre; i++ {
		e := end(i + 1)
		dst = append(dst, news.Part{Start: base + start, End: base + e, Form: procliticForm(runes[i]), Role: news.Proclitic})
		start = e
	}
	stemEnd := sp.n - sp.enc
	e := end(stemEnd)
	if sp.enc == 0 {
		e = len(sp.word)
	}
	dst = append(dst, news.Part{Start: base + start, End: base + e, Form: sp.stemForm(norm, sc), Role: news.Stem})
	if sp.enc > 0 {
		dst = append(dst, news.Part{Start: base + e, End: base + len(sp.word), Form: enclitics[sp.encIndex], Role: news.Enclitic})
	}
	return dst
}

func procliticForm(r rune) string {
	switch r {
	case Waw:
		return "و"
	case Feh:
		return "ف"
	case Beh:
		return "ب"
	case Lam:
		return "ل"
	case Kaf:
		return "ك"
	case Seen:
		return "س"
	}
	return string(r)
}

func (sp split) stemForm(norm string, sc *scratch) string {
	stem := sc.runes[sp.pre : sp.n-sp.enc]
	if !sp.article && !sp.tehMarbut && !sp.alefMaks {
		// Slice the word's normal form where it spells the same letters.
		from, to, at := 0, 0, 0
		for i, r := range sc.runes {
			if i == sp.pre {
				from = at
			}
			if i == sp.n-sp.enc {
				to = at
			}
			at += utf8.RuneLen(r)
		}
		if sp.enc == 0 {
			to = at
		}
		if at == len(norm) {
			return norm[from:to]
		}
	}
	b := sc.form[:0]
	if sp.article {
		b = utf8.AppendRune(b, Alef)
	}
	for i, r := range stem {
		if i == len(stem)-1 {
			if sp.tehMarbut {
				r = TehMarbuta
			} else if sp.alefMaks {
				r = Yeh
			}
		}
		b = utf8.AppendRune(b, r)
	}
	sc.form = b
	return string(b)
}

// prepare fills sc with the folded letters of word and their offsets, and
// its spelling without harakat. It reports false for a word that holds
// anything but Arabic letters once marks are dropped.
func prepare(word string, sc *scratch) bool {
	sc.runes, sc.orig, sc.offs, sc.light = sc.runes[:0], sc.orig[:0], sc.offs[:0], sc.light[:0]
	for i := 0; i < len(word); {
		r, n := decodeFirst(word[i:])
		if IsPresentationForm(r) {
			for _, d := range presentationNFKC[r-firstPresentation] {
				if f := foldRune(d, false); f > 0 && f != ' ' {
					sc.runes = append(sc.runes, f)
					sc.orig = append(sc.orig, d)
					sc.offs = append(sc.offs, i)
					sc.light = utf8.AppendRune(sc.light, d)
				}
			}
			i += n
			continue
		}
		if f := foldRune(r, false); f > 0 {
			sc.runes = append(sc.runes, f)
			sc.orig = append(sc.orig, r)
			sc.offs = append(sc.offs, i)
			sc.light = utf8.AppendRune(sc.light, r)
		}
		i += n
	}
	return len(sc.runes) > 0
}

// weights are the terms of the scores that choose a segmentation: a form
// scores known (a dictionary stem, as it is, without its article or without
// an inflectional ending), name (a known name), count times the log of its
// corpus count; each clitic split off costs its cost. They were tuned on UD
// Arabic-PADT dev.
type weights struct {
	known      float64 // the form is a dictionary stem
	knownWhole float64 // instead of known, for a whole word that starts with a proclitic letter
	name       float64 // the form is a name
	preferred  float64 // the form is listed as a word of its own (whole.txt)
	function   float64 // a function word before a pronoun (فيه، لديهم)
	count      float64 // times log(1+count)
	// pro is the cost of each proclitic, in the order of
	// procliticLetters: و ف ب ل ك س.
	pro     [len(procliticLetters)]float64
	enc     float64 // cost of a pronoun after the stem
	encRare float64 // extra cost of ك كم كن كما after the stem
}

var defaultWeights = weights{
	known: 4, knownWhole: 3, name: 0.5, preferred: 4, function: 0, count: 1,
	pro: [...]float64{1.2, 1.5, 1, 1.2, 2.7, 1.2}, enc: 1.2, encRare: 1.5,
}

// procliticLetters are the proclitics, in the order of weights.pro.
var procliticLetters = [...]rune{Waw, Feh, Beh, Lam, Kaf, Seen}

// procliticIndex is the index of the proclitic r in procliticLetters, or
// -1.
func procliticIndex(r rune) int {
	for i, p := range procliticLetters {
		if p == r {
			return i
		}
	}
	return -1
}

// article is the definite article ال, which stays on its noun.
const article = string(Alef) + string(Lam)

const (
	minStem  = 2 // letters a stem keeps at least
	maxSplit = 3 // proclitics at most
	// prepositionHost scores ل or ب with a pronoun (له، بها): always split.
	prepositionHost = 100.0
)

var enclitics = [...]string{"هما", "هم", "هن", "ها", "ه", "كما", "كم", "كن", "ك", "نا", "ني", "ي"}

var encliticRunes = func() (rs [len(enclitics)][]rune) {
	for i, e := range enclitics {
		rs[i] = []rune(e)
	}
	return rs
}()

func hasSuffixRunes(rs, suf []rune) bool {
	if len(rs) < len(suf) {
		return false
	}
	rs = rs[len(rs)-len(suf):]
	for i, r := range suf {
		if rs[i] != r {
			return false
		}
	}
	return true
}

// split chooses the segmentation of one word.
func (s *Segmenter) split(word string, sc *scratch) split {
	whole := split{word: word}
	if !prepare(word, sc) {
		whole.plain = true
		return whole
	}
	n := len(sc.runes)
	whole.n = n
	if n < minStem || !mayHaveClitics(sc.runes) {
		whole.plain = true
		return whole
	}
	if s.exact[string(sc.light)]&flagWhole != 0 {
		return whole
	}
	runes := sc.runes
	// The pronouns that end the word, and none.
	var encs [len(enclitics) + 1]int
	ne := 0
	for e, er := range encliticRunes {
		if hasSuffixRunes(runes, er) {
			encs[ne] = e
			ne++
		}
	}
	encs[ne] = len(enclitics)
	ne++
	// A split must beat the whole word.
	best, bestScore := whole, s.score(runes, false, false, false, false, true, math.Inf(-1))
	// Proclitics: [و|ف]? then [ب|ل|ك|س]?, each written on its own letter.
	maxPre := maxSplit
	if s.knownWhole(runes) {
		maxPre = 0
	}
	for pre := 0; pre <= maxPre && pre < n; pre++ {
		if pre > 0 && (!validProclitics(runes[:pre]) || sc.offs[pre] == sc.offs[pre-1]) {
			break // not proclitics, or inside a ligature
		}
		for _, e := range encs[:ne] {
			enc := 0
			if e < len(enclitics) {
				enc = len(encliticRunes[e])
			}
			if pre == 0 && enc == 0 || pre+enc > n || pre == 0 && enc >= n {
				continue
			}
			if enc > 0 && n-enc > 0 && sc.offs[n-enc] == sc.offs[n-enc-1] {
				continue
			}
			if pre > 0 && runes[pre-1] == Seen && sc.orig[pre] == Alef {
				// The future س before the first person is written on a
				// hamza (سأزور): a bare alef after it is a name's (سامر،
				// سالا), not a verb's.
				continue
			}
			if pre > 0 && isPreposition(runes[pre-1]) && n-enc-pre == 3 && sc.orig[pre] == Alef && sc.orig[pre+1] == Lam {
				// A preposition before three letters that begin with a
				// bare ال: the article with one letter is no noun, and
				// إلا، إلى take no preposition, so بالا and بالي are
				// names (Bali), not ب + إلا.
				continue
			}
			sp := split{pre: pre, enc: enc, encIndex: e, n: n, word: word}
			// The article is a bare alef and lam (أل is not one: ألقاها).
			hasArticle := n-enc-pre >= 2 && sc.orig[pre] == Alef && sc.orig[pre+1] == Lam
			if v := s.candidate(&sp, runes[pre:n-enc], runes[:pre], e, hasArticle, bestScore); v > bestScore {
				best, bestScore = sp, v
			}
		}
	}
	if best.pre == 0 && best.enc == 0 && bestScore <= 0 && unknownAfterWaw(sc) && !s.isEntry(runes[1:], false) {
		best = split{pre: 1, n: n, word: word}
	}
	if best.pre > 0 && s.foreignVowelName(best, sc) {
		return whole
	}
	return best
}

// foreignVowelName reports whether the proclitics of sp are rather the
// first consonant of a foreign name. The word is one the lexicon lacks,
// and what follows the proclitics begins with a long vowel (ا ي و, which
// write the vowels of foreign names) and was never seen as a word of its
// own. After ب or ك, which govern nouns, a ي that begins no noun seen alone
// is a name's (بيرسون Pearson, كينج King, بينتر Pinter: Arabic nouns in ي
// are few and common, يوم، يد). Elsewhere the rest must moreover be no
// word of the dictionary, as written or inflected, nor have the shape of
// an Arabic word after that proclitic (wellFormedStem): after و ف ل س a ي
// is the prefix of a verb (ويموت، ليقولوا), و begins many roots (ووصفت),
// and news often writes the hamza of أ and إ as a bare alef (واطلعت،
// باقالته): precision first, so that some foreign names (كارول) are still
// split.
func (s *Segmenter) foreignVowelName(sp split, sc *scratch) bool {
	if sp.article || s.isEntry(sc.runes, false) {
		return false
	}
	switch sc.orig[sp.pre] {
	case Alef, Yeh, Waw:
	default:
		return false
	}
	stem := sc.runes[sp.pre : sp.n-sp.enc]
	if len(stem) >= 2 && stem[0] == Alef && stem[1] == Lam {
		return false
	}
	var kb [64]byte
	key := kb[:0]
	for i, r := range stem {
		if i == len(stem)-1 && sp.tehMarbut {
			r = TehMarbuta // وقايت of لوقايتهم is وقاية
		} else if i == len(stem)-1 && sp.alefMaks {
			r = Yeh
		}
		key = utf8.AppendRune(key, r)
	}
	e := s.folded[string(key)]
	if e.count > 0 || e.flags&(flagName|flagFunction|flagWhole) != 0 {
		return false
	}
	pro := sc.runes[sp.pre-1]
	if (pro == Beh || pro == Kaf) && stem[0] == Yeh {
		return true
	}
	if e.flags&flagStem != 0 || s.knownInflected(key) {
		return false
	}
	if pro == Waw {
		pro = Feh // و joins what ف joins, verbs too
	}
	return !wellFormedStem(stem, pro)
}

// unknownAfterWaw reports whether the word of sc, which the lexicon does
// not know in any reading, is the conjunction و before an unknown word: و
// is the commonest proclitic of news text, so a word that begins with it
// and has four letters or more after it is و + a word the lexicon lacks
// (وكامبوسيا، وقصي is too short to tell). A و followed by ا، ي or و is
// kept: it is the W of a foreign name (وايزنغر، ويليامز، وولفويتز).
func unknownAfterWaw(sc *scratch) bool {
	rs := sc.runes
	if len(rs) < 5 || rs[0] != Waw || sc.offs[1] == sc.offs[0] {
		return false
	}
	switch sc.orig[1] {
	case Alef, Yeh, Waw, AlefMaksura:
		return false
	}
	return true
}

// candidate scores splitting off proclitics pro and enclitic number e (or
// none when e == len(enclitics)) around stem, and sets the stem's spelling
// flags of sp.
// Scores at or below floor lose anyway and may be returned low.
func (s *Segmenter) candidate(sp *split, stem, pro []rune, e int, hasArticle bool, floor float64) float64 {
	hasEnc := e < len(enclitics)
	lastPro := rune(0)
	if len(pro) > 0 {
		lastPro = pro[len(pro)-1]
	}
	// ل before the article: للسلطة is ل + (ا)لسلطة; or before a word that
	// starts with ل: لليبيا is ل + ليبيا.
	if lastPro == Lam && len(stem) > 0 && stem[0] == Lam {
		if hasEnc || len(stem) < minStem+1 {
			return math.Inf(-1)
		}
		sp.article = true
		withArticle := s.candidateStem(sp, stem, pro, e, false, floor)
		sp.article = false
		plain := s.candidateStem(sp, stem, pro, e, false, max(floor, withArticle))
		if withArticle >= plain {
			sp.article = true
			return withArticle
		}
		return plain
	}
	return s.candidateStem(sp, stem, pro, e, hasArticle, floor)
}

// candidateStem goes on with candidate once the ل of لل is settled.
func (s *Segmenter) candidateStem(sp *split, stem, pro []rune, e int, hasArticle bool, floor float64) float64 {
	hasEnc := e < len(enclitics)
	lastPro := rune(0)
	if len(pro) > 0 {
		lastPro = pro[len(pro)-1]
	}
	// A preposition alone before a pronoun: له، بها، لكم (not لي, a word of
	// its own, nor لكن "but").
	if len(stem) == 0 || len(stem) < minStem {
		if len(stem) == 0 && hasEnc && len(pro) >= 1 && (lastPro == Lam || lastPro == Beh) && enclitics[e] != "ي" && enclitics[e] != "كن" {
			// The preposition is the stem: move it there.
			sp.pre--
			return prepositionHost
		}
		return math.Inf(-1)
	}
	if lastPro == Seen && (!isImperfectPrefix(stem[0]) || len(stem) < 3) {
		// The future س goes before an imperfect verb: its prefix and
		// two letters of the root at least (سيرى، سيفي); سيد is a word.
		return math.Inf(-1)
	}
	if isPreposition(lastPro) && (stem[0] == Waw || stem[0] == Feh) && len(stem) <= 4 && s.isFunction(stem[1:]) {
		// و and ف come before a preposition, never after it: كوما is
		// a name, not ك + و + ما.
		return math.Inf(-1)
	}
	if hasEnc && hasArticle {
		return math.Inf(-1) // no pronoun after the article
	}
	cost := 0.0
	for _, p := range pro {
		if k := procliticIndex(p); k >= 0 {
			cost += s.w.pro[k]
		}
	}
	if hasEnc {
		cost += s.w.enc
		switch enclitics[e] {
		case "ي", "ني":
			// The pronoun of the first person only after a function
			// word (لدي، إني، معي): elsewhere final ي is nearly always a
			// nisba ending (مصري).
			if !s.firstPersonHost(stem) {
				return math.Inf(-1)
			}
		case "ك", "كم", "كن", "كما":
			cost += s.w.encRare
		}
	}
	if len(stem) == 2 && isPreposition(lastPro) && !hasEnc && !hasArticle && !sp.article && !s.commonShort(stem) {
		// A preposition governs a noun, and Arabic nouns of two letters
		// are few and common (يد، دم، أب، and the geminates حق، حي، حد):
		// after ب ل ك, two letters that are neither a function word nor
		// such a noun leave a name whole (برن، بار: Bern, BAR).
		// و joins anything, short names too (وشي: and Xi).
		return math.Inf(-1)
	}
	if len(pro) > 0 && lastPro != Waw && !hasArticle && !sp.article && !s.isEntry(stem, hasEnc) && !wellFormedStem(stem, lastPro) {
		// A stem the lexicon knows only with an ending cut off must look
		// like an Arabic word: ليبرمان، فينسن، كوبلي are names, not
		// ل + يبرمان, ف + ينسن, ك + وبلي.
		return math.Inf(-1)
	}
	teh := hasEnc && stem[len(stem)-1] == Teh
	alef := hasEnc && stem[len(stem)-1] == Alef
	best := s.score(stem, sp.article, false, false, hasEnc, false, floor+cost)
	if teh {
		if v := s.score(stem, sp.article, true, false, hasEnc, false, max(floor+cost, best)); v > best {
			best, sp.tehMarbut = v, true
		}
	}
	if alef {
		if v := s.score(stem, sp.article, false, true, hasEnc, false, max(floor+cost, best)); v > best {
			best, sp.alefMaks = v, true
		}
	}
	return best - cost
}

// isFunction reports whether the letters of rs are a function word of the
// lexicon (ما، لا، من).
func (s *Segmenter) isFunction(rs []rune) bool {
	return s.runeFlags(rs)&flagFunction != 0
}

// firstPersonHost reports whether stem is a word of the lexicon that takes
// the first-person pronoun (flag p: معي، عني، إنني).
func (s *Segmenter) firstPersonHost(stem []rune) bool {
	return s.runeFlags(stem)&flagFirstPerson != 0
}

// runeFlags returns the lexicon's flags of the word spelt by rs (folded
// letters), without allocating.
func (s *Segmenter) runeFlags(rs []rune) uint8 { return s.entry(rs).flags }

// entry returns the lexicon's entry of the word spelt by rs (folded
// letters), without allocating.
func (s *Segmenter) entry(rs []rune) lexEntry {
	var kb [64]byte
	key := kb[:0]
	for _, r := range rs {
		key = utf8.AppendRune(key, r)
	}
	return s.folded[string(key)]
}

func validProclitics(p []rune) bool {
	i := 0
	if p[0] == Waw || p[0] == Feh {
		i = 1
	}
	if i < len(p) {
		switch p[i] {
		case Beh, Lam, Kaf, Seen:
			i++
		}
	}
	// ل may follow ل only as the article's: handled by the caller (لل).
	return i == len(p)
}

func isPreposition(r rune) bool { return r == Beh || r == Lam || r == Kaf }

func isImperfectPrefix(r rune) bool {
	return r == Yeh || r == Teh || r == Noon || r == Alef
}

// score rates a form as a word of its own: whether it is a dictionary stem
// (as it is, without its article, or without an inflectional ending), a
// name, and how often it was seen alone. whole says the form is the whole
// word, not a stem cut out of it.
//
// A score at or below floor loses anyway: score then spares itself the
// look-ups of inflected forms and may return less than the form's due.
func (s *Segmenter) score(stem []rune, article, teh, alef, beforeEnc, whole bool, floor float64) float64 {
	var kb [64]byte
	key := kb[:0]
	if article {
		key = utf8.AppendRune(key, Alef)
	}
	for i, r := range stem {
		if i == len(stem)-1 {
			if teh {
				r = TehMarbuta
			} else if alef {
				r = Yeh
			}
		}
		key = utf8.AppendRune(key, r)
	}
	e := s.folded[string(key)]
	if whole && e.flags == flagName && len(stem) > 3 && isProcliticLetter(stem[0]) && s.heldAfterProclitic(stem) {
		// A name only because a tagged corpus had it as a whole token,
		// which is a proclitic and a word the lexicon holds (وليبيريا،
		// والجبل، للصليب): the name is the word after the proclitic.
		e.flags = 0
	}
	v := s.w.count * math.Log1p(float64(e.count))
	known := s.w.known
	if whole && len(stem) > 0 && isProcliticLetter(stem[0]) {
		known = s.w.knownWhole
	}
	if e.flags&flagName != 0 {
		v += s.w.name
	}
	if e.flags&flagWhole != 0 && (whole || len(stem) > 2 || e.count >= shortCommon) {
		// A noun of two letters is listed whole so that a preposition
		// may govern it (لشن، بحق); one seldom seen alone is not
		// preferred as a stem cut out of a longer word: ولدك is ولد + ك,
		// not و + ل + دك, while بأبها is still ب + أب + ها.
		v += s.w.preferred
	}
	if beforeEnc && e.flags&flagFunction != 0 {
		v += s.w.function
	}
	switch {
	case e.flags&(flagStem|flagFunction|flagName) != 0:
		v += known
	case v+known > floor && s.knownInflected(key):
		v += known
	case !whole && article && len(stem) >= 4 || !whole && isArticleNoun(stem):
		// The article after a proclitic marks a noun, known or not
		// (والناصره، بالسعيدية).
		v += known
	}
	return v
}

// mayHaveClitics reports whether the word starts with a proclitic letter or
// ends with a pronoun's last letter; no other word is split.
func mayHaveClitics(rs []rune) bool {
	if isProcliticLetter(rs[0]) {
		return true
	}
	switch rs[len(rs)-1] {
	case Heh, Alef, Meem, Noon, Kaf, Yeh:
		return true
	}
	return false
}

// MayHaveProclitic reports whether the word w begins with a letter the
// segmenter may split off as a proclitic (و ف ب ل ك س): no other word has
// one, and a reader of a word that it holds only as text need not segment it.
func MayHaveProclitic(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return isProcliticLetter(r)
}

func isProcliticLetter(r rune) bool {
	switch r {
	case Waw, Feh, Beh, Lam, Kaf, Seen:
		return true
	}
	return false
}

// knownWhole reports whether the word rs is a name the lexicon knows whole,
// which is not split into proclitics (وليد is a name, not و + ل + يد;
// فورد, بنما, لاري likewise). A name only because a tagged corpus had a
// proclitic and a held word as one token is no such name
// (heldAfterProclitic, or a word listed whole after the proclitic:
// بسيناء is ب + سيناء), and neither is و or س before a dictionary word
// seen more often alone than the whole was as a name: the conjunction
// joins any word, so a corpus's و + noun tagged in a place name is the
// commonest false name (وشارع is و + شارع), and the future س before an
// imperfect verb is the verb (سيرى is س + يرى, though سيري is a name).
func (s *Segmenter) knownWhole(rs []rune) bool {
	if len(rs) <= 3 || !isProcliticLetter(rs[0]) {
		return false
	}
	e := s.entry(rs)
	if e.flags&flagName == 0 || s.heldAfterProclitic(rs) {
		return false
	}
	rest := s.entry(rs[1:])
	if rest.flags&flagWhole != 0 {
		return false // a word listed whole after its proclitic: بسيناء
	}
	if rs[0] != Waw && rs[0] != Seen {
		return true
	}
	return rest.flags&flagStem == 0 || rest.count <= e.count
}
