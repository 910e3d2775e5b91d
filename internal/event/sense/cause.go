package sense

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Cause returns, for the word of toll at k whose pattern has the given
// lemma (قتل, مقتل, أصيب: data/senses.txt, class toll) or of damage
// (دمر, تدمير: class damage, told in the same shapes), the act of
// fighting it fell in and that act's CAMEO code: a preposition of cause
// (في, جراء, إثر, بسبب) or an attached ب before a word of fighting, within
// fourteen words of its clause after it (بمقتل مدني … في قصف للحوثيين:
// the shelling, 190; في غارة 195; في قصف مدفعي 194; جراء انفجار ألغام
// 183), a verb of result or success before it (result: أسفر عن تدمير
// دبابة, نجحت في تدمير أهدافها), or a clause of عندما that tells one
// (when). A toll (not damage) of combatants
// whose sentence names no act (قتل خمسة جنود, 7 عناصر من داعش قتلوا,
// وقتلها عشرات من عناصر النظام) fell in fighting all the same: -1 and
// 190. It returns -1 and "" when the sentence names no such act and the
// victims are no combatants.
func Cause(toks []news.Token, k int, lemma string) (int, string) {
	at, code := scan(toks, k, lemma)
	if code == accident {
		return -1, ""
	}
	if code == "" && words["toll"][lemma] && combatants(toks, k) {
		return -1, "190"
	}
	return at, code
}

// combatants reports whether the victims of the toll at k are soldiers or
// fighters (class combatant) and none of them is killed in a manner of a
// deliberate killing (ذبحا): the first of them within six words after it,
// before a preposition, an attached ب or a civilian (قتل خمسة جنود; but
// استشهد فلسطيني برصاص جنود), or, where no word of a person follows the
// toll (قتلوا وجرح, قتل،), within seven words before it. A combatant in the
// nominative followed within three words by a civilian, the police or
// another accusative (قتل مسلحون شرطيا, قتل مسلحون ثلاثة مدنيين) is the
// doer, and those are its victims. Members of the police (عناصر الشرطة) are no
// combatants, and a toll in a sentence that names a bomber or a bomb
// within twelve words (يقتل انتحاري ثلاثة جنود, هجوما انتحاريا … وقتل
// جنديين) is a bombing's.
func combatants(toks []news.Token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		if Manner(tok(toks, j)) {
			return false
		}
	}
	for j := max(k-12, 0); j < len(toks) && j <= k+12; j++ {
		if toks[j].Kind == news.Punctuation && strings.ContainsAny(toks[j].Text, ".!؟?؛") {
			if j > k {
				break
			}
			continue
		}
		if is("bomber", tok(toks, j)) && (j > k || !ended(toks, j, k)) {
			return false // يقتل انتحاري ثلاثة جنود: a bombing's toll (18)
		}
	}
	for j, n := k+1, 0; j < len(toks) && n < 6; j++ {
		w, t := word(toks, j), tok(toks, j)
		switch {
		case toks[j].Kind == news.Number || is("hour", t):
			continue // (ثلاثة جنود قتلوا أمس في صعدة)
		case toks[j].Kind == news.Punctuation && aside(toks[j].Text) && n > 0 && toks[j].Text != "(":
			continue
		case w == "" || is("civilian", t) || is("because", t) || is("when", t) || is("toll", t) || is("upon", t) || strings.HasPrefix(w, string(arabic.Beh)):
			return n == 0 && before(toks, k) // (7 عناصر من داعش قتلوا وجرح أربعة منهم)
		case is("combatant", t) && is("police", tok(toks, j+1)):
			return false // خمسة من عناصر الشرطة
		case is("combatant", t):
			if !strings.HasSuffix(w, "ون") && !strings.HasSuffix(w, "ان") {
				return true
			}
			for q := j + 1; q <= j+3; q++ { // a nominative: the doer, if a victim of another kind follows
				if next, nt := word(toks, q), tok(toks, q); is("civilian", nt) || is("police", nt) || len([]rune(next)) > 3 && strings.HasSuffix(next, "ا") && !is("combatant", nt) && !is("when", nt) && !is("stop", nt) {
					return false // قتل مسلحون شرطيا, قتل مسلحون ثلاثة مدنيين: the gunmen are the doers
				}
			}
			return true
		}
		n++
	}
	return false
}

// before reports whether a combatant stands within the seven words
// before k, in its clause, with no civilian nearer.
func before(toks []news.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-7; j-- {
		t := tok(toks, j)
		switch {
		case toks[j].Kind == news.Punctuation && !aside(toks[j].Text):
			return false
		case is("civilian", t) || is("stop", t) || is("when", t):
			return false
		case is("combatant", t):
			return !is("police", tok(toks, j+1))
		}
	}
	return false
}

// ended reports whether a sentence ends between j and k.
func ended(toks []news.Token, j, k int) bool {
	for ; j < k; j++ {
		if toks[j].Kind == news.Punctuation && strings.ContainsAny(toks[j].Text, ".!؟?؛") {
			return true
		}
	}
	return false
}

// Accidental reports whether the word of toll at k fell in an accident or
// a disaster (لقي شخصان مصرعهما في حادث مروري): no act of anybody.
func Accidental(toks []news.Token, k int, lemma string) bool {
	_, code := scan(toks, k, lemma)
	return code == accident
}

// accident is the code scan gives an accident or a disaster.
const accident = "accident"

// scan finds the act a toll fell in, as Cause tells, or an accident.
func scan(toks []news.Token, k int, lemma string) (int, string) {
	if !words["toll"][lemma] && !words["damage"][lemma] {
		return -1, ""
	}
	if is("result", tok(toks, k-1)) || is("result", tok(toks, k-2)) || is("result", tok(toks, k-3)) {
		if at, code := result(toks, k); code != "" { // هز تفجيران … وأسفر عن مقتل 30 شخصا; وأدى ذلك إلى مقتل; أسفر الهجوم عن مقتل
			return at, code
		} // (else the act may follow: تمكنت القوات من قتل عشرة مسلحين في غارة)
	}
	for j := k + 1; j < len(toks) && j <= k+14; j++ {
		t := &toks[j]
		if is("when", t) {
			return when(toks, j) // قتل خمسة جنود عندما هاجم مقاتلو داعش نقطة التفتيش
		}
		if t.Kind == news.Punctuation && !aside(t.Text) || is("stop", t) {
			break
		}
		at := -1
		switch {
		case t.Kind != news.Word:
		case is("because", t) && j+1 < len(toks):
			if at = j + 1; (is("demonstrative", &toks[at]) || toks[at].Kind == news.Number) && at+1 < len(toks) {
				at++ // خلال تلك الاشتباكات: the act pointed back to; في 3 حوادث: the acts counted
			}
			if code := causeCode(&toks[at], tok(toks, at+1)); code == "" && !is("setting", t) {
				return -1, "" // جراء إصابته بعيار ناري: the cause named is no act of fighting
			}
		case beh(t) != t:
			at = j
			t = beh(t)
		}
		if at < 0 {
			continue
		}
		w := &toks[at]
		if at == j {
			w = t
		}
		if code := causeCode(w, tok(toks, at+1)); code != "" {
			return at, code
		}
	}
	// (an act of its own named after it comes first: قتل خمسة في غارة ومقتل ثلاثة في اشتباكات)
	if j, code := joined(toks, k); code != "" {
		return j, code // شنت قوات التحالف غارات … ودمرت آليات
	} else if j >= 0 {
		return scan(toks, j, lemma) // أسفر عن مقتل اثنين … وتدمير مدرعة; تمكنت من تدمير ثلاثة أطقم … وقتل القيادي
	}
	if disaster(toks, k) {
		return -1, accident // انهار بسبب الزلزال، مما أسفر عن مقتل امرأتين بينما أصيبت قاصر بجروح
	}
	return -1, ""
}

// disaster reports whether the sentence of the toll at k names an
// accident or a disaster (classes accident and mishap; not the bare word
// حادث, incident) and no act of fighting, no bomb and no bomber: its toll
// fell in that accident (تعرضت المحافظات لموجة أمطار مصحوبة بعواصف، مما
// أدى إلى مقتل 11 شخصا; بينما أصيبت قاصر بجروح after a house that the
// earthquake brought down).
func disaster(toks []news.Token, k int) bool {
	a, b := k, k
	for a > 0 && !(toks[a-1].Kind == news.Punctuation && strings.ContainsAny(toks[a-1].Text, ".!؟?؛")) {
		a--
	}
	for b < len(toks) && !(toks[b].Kind == news.Punctuation && strings.ContainsAny(toks[b].Text, ".!؟?؛")) {
		b++
	}
	found := false
	for j := a; j < b; j++ {
		w := afterAnd(toks, j)
		if w == nil || j == k {
			continue
		}
		code := causeCode(beh(w), tok(toks, j+1))
		switch {
		case is("assail", w) || is("blew", w) || is("bomber", w) || code != "" && code != accident:
			return false
		case is("mishap", w) || code == accident && !is("incident", w):
			found = true
		}
	}
	return found
}

// joined reads what the word of toll or damage at k is joined to by و,
// within twelve words before it in its clause, or by فضلا عن, إضافة إلى
// (besides), within thirty: another word of toll or
// damage (مقتل اثنين … وتدمير مدرعة: the outcome of one act; its index and
// ""), or a word of fighting (شنت قوات التحالف غارات … ودمرت آليات: the
// act itself; its index and code). It returns -1 and "" if there is none.
func joined(toks []news.Token, k int) (int, string) {
	reach := 12
	if is("besides", tok(toks, k-2)) {
		reach = 30 // أسفرت عن قتل 12 داعشيا بينهم قيادي …، فضلا عن تدمير عجلات
	} else if !lexicon.And(&toks[k]) {
		return -1, ""
	}
	for j := k - 1; j > 0 && j >= k-reach; j-- { // (not the first word: the coder's 0 is none)
		w := afterAnd(toks, j)
		switch {
		case toks[j].Kind == news.Punctuation && !aside(toks[j].Text) || is("stop", w):
			return -1, ""
		case is("toll", w) || is("damage", w):
			return j, ""
		case is("assail", w):
			return j, "190"
		}
		if code := causeCode(w, tok(toks, j+1)); code != "" && code != accident {
			return j, code
		}
	}
	return -1, ""
}

// when finds the act of fighting that the clause of عندما (حين, لما) at
// j tells, within six words: a verb of assault (عندما اقتحم متشددون نقطة
// تفتيش, 190), of blowing up (عندما فجرت انتحارية نفسها, 183) or a word
// of fighting (عندما قام رتل من تنظيم داعش بالهجوم
// على بوابة, عندما انفجرت عبوة ناسفة). A toll that fell when something
// else was done (عندما أرسلت الحكومة تعزيزات) names no act: -1 and "";
// one that fell when a vehicle collided, overturned or sank (عندما
// اصطدمت حافلة بسور, class mishap) fell in an accident: -1 and accident.
func when(toks []news.Token, j int) (int, string) {
	blew := -1 // a verb of blowing up, unless a word of fighting follows (حين انفجرت عبوة ناسفة: the bomb, 1833)
	for q := j + 1; q < len(toks) && q <= j+6; q++ {
		t := &toks[q]
		if t.Kind == news.Punctuation && !aside(t.Text) {
			break
		}
		if t.Kind != news.Word {
			continue
		}
		if is("assail", t) {
			return q, "190"
		}
		if is("mishap", t) && blew < 0 {
			return -1, accident // عندما اصطدمت حافلة بسور: an accident
		}
		if is("blew", t) && blew < 0 {
			blew = q // عندما فجرت انتحارية نفسها, عندما انفجرت سيارة ملغومة
		}
		if code := causeCode(beh(t), tok(toks, q+1)); code != "" && code != accident {
			return q, code
		}
	}
	if blew >= 0 {
		return blew, "183"
	}
	return -1, ""
}

// result finds the act whose result the toll at k is told as, a verb of
// result within three words before it (ما أدى إلى مقتل, وأسفر عن مقتل,
// تسبب في مقتل, أسفر الهجوم عن مقتل): the nearest word of fighting
// before it in its sentence (a noun of fighting, a verb of assault, 190,
// or of blowing up, 183), within forty words; an accident or a disaster
// nearer (انهار المنزل بسبب الزلزال، مما أسفر عن مقتل: classes accident,
// mishap) gives -1 and accident, but not the bare word حادث (incident),
// which also names an attack (نتج عن الحادث الإجرامي استشهاد 15). It
// returns -1 and "" if there is none.
func result(toks []news.Token, k int) (int, string) {
	for j := k - 1; j > 0 && j >= k-40; j-- { // (not the first word: the coder's 0 is none)
		t := &toks[j]
		if t.Kind == news.Punctuation && strings.ContainsAny(t.Text, ".!؟?؛") {
			break
		}
		switch w := afterAnd(toks, j); {
		case t.Kind != news.Word:
		case is("assail", w):
			return j, "190"
		case is("blew", w):
			return j, "183"
		case is("mishap", w) || is(accident, w) && !is("incident", w) && causeCode(w, tok(toks, j+1)) == accident:
			return -1, accident // انهار بسبب الزلزال، مما أسفر عن مقتل: a disaster's toll
		default:
			if code := causeCode(w, tok(toks, j+1)); code != "" && code != accident {
				return j, code
			}
		}
	}
	return -1, ""
}

// causeCode returns the code of a word of fighting, given the word after
// it (قصف جوي), accident for an accident or a disaster, "" if w is none.
func causeCode(w, next *news.Token) string {
	if w == nil {
		return ""
	}
	if is(accident, w) && !is("violent", next) && !index["homonym"].set[w.Norm] { // (في سيول: Seoul)
		return accident
	}
	for _, code := range causeCodes {
		if !is("cause:"+code, w) {
			continue
		}
		for _, c := range causeCodes {
			if is("cause:"+c+":"+arabic.WithoutArticle(w.Norm), next) {
				return c
			}
		}
		return code
	}
	return ""
}

// causeCodes are the codes of the classes cause:CODE, in the order they
// are tried.
var causeCodes = []string{"190", "195", "194", "183"}

// aside reports whether a punctuation token leaves the sentence going on:
// a comma, Arabic or Latin, a bracket (قرب كيليس (جنوب تركيا) في صدام), or
// the slashes some agencies set a name between (مقتل 49 مسلحا من تنظيم
// / داعش /، بقصف جوي).
func aside(s string) bool { return s == "،" || s == "," || s == "(" || s == ")" || s == "/" }

// afterAnd returns token j without the conjunction و that the segmenter
// split off it (lexicon.And), nil outside the document or for
// punctuation. A ف split off stays on: the segmenter may take a verb's
// first letter for it (فجرت read ف + جرت), and is reads a word both ways.
func afterAnd(toks []news.Token, j int) *news.Token {
	t := tok(toks, j)
	if t != nil && lexicon.And(t) {
		t = from(t, lexicon.Plain(t))
	}
	return t
}

// beh returns the token without the preposition ب the segmenter split
// off its front (بقصف → قصف, وبانفجار → انفجار: lexicon.AfterPreposition),
// or the token itself if it split none (بيان stays بيان).
func beh(t *news.Token) *news.Token {
	if _, c := lexicon.StemOf(t); c.Prep != "ب" { // (a ل's article is not restored for nothing)
		return t
	}
	if rest, prep := lexicon.AfterPreposition(t); prep == "ب" {
		return from(t, rest)
	}
	return t
}

// CausedBy reports whether the word at at is the act that the toll at k
// was caused by: a verbal noun right after a preposition of cause (جراء,
// إثر, بسبب, نتيجة; not a setting: في, خلال) within fourteen words after the
// toll in its clause (استشهد رضيع من جراء إحراق مستوطنين منزله). Whoever
// does that act killed: the doer of the verbal noun is the toll's.
func CausedBy(toks []news.Token, k, at int) bool {
	if at <= k+1 || at > k+14 || at >= len(toks) || !is("because", tok(toks, at-1)) || is("setting", tok(toks, at-1)) {
		return false
	}
	for j := k + 1; j < at; j++ {
		if t := &toks[j]; t.Kind == news.Punctuation && !aside(t.Text) || is("stop", t) {
			return false
		}
	}
	return true
}
