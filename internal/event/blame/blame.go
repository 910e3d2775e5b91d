package blame

import (
	"slices"
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/event/frame"
	"rasad/internal/event/morph"
	"rasad/internal/event/vocab"
)

// reach is how many words the rules read past the act to its object, and
// past the object's head to the clause that describes it.
const reach = 12

// Blames reports whether code is an act whose target is the one blamed:
// criticism and accusation (11x), a warning (012).
func Blames(code string) bool {
	return strings.HasPrefix(code, "11") || code == "012"
}

// Praises reports whether code is an act of praise (051: أشاد, رحب,
// ثمن, أيد): praise of a deed or a thing given (أشاد بالدعم الذي تقدمه
// قوات التحالف) is praise of its doer, the target as for blame; only the
// describing clause is read (Describer), for what is praised is not
// charged to anyone.
func Praises(code string) bool { return code == "051" }

// Judged returns the code of the act of blame code when every doer of it
// is a court (courts): a court's إدانة (أدانت المحكمة الصحافيين) is a
// conviction, legal action (173), not words of criticism (111); any other
// act keeps its code.
func Judged(code string, courts bool) string {
	if code == "111" && courts {
		return "173"
	}
	return code
}

// Target returns the actor phrase pi that the act of blame or praise at k
// (its CAMEO code, its target prepositions tgt as in the lexicon, "_" the
// direct object, and the index of its complement compl, -1 if none)
// blames or praises as the doer of its object, or the first word of the
// people counted whom it charges (Charged); -1 for each it does not find.
func Target(s frame.Sentence, k, compl int, code string, tgt []string) (pi, people int) {
	if Praises(code) {
		if s.Token(k).Suffix {
			return -1, -1 // تأييدها: the pronoun is the one praised
		}
		return Describer(s, object(s, k, tgt)), -1
	}
	if !Blames(code) {
		return -1, -1
	}
	if j := Charged(s, k, code, tgt); j >= 0 {
		return -1, j
	}
	if pi := FirstObject(s, k, compl, tgt); pi >= 0 {
		return pi, -1
	}
	if pi := Antecedent(s, k); pi >= 0 {
		return pi, -1
	}
	return Describer(s, object(s, k, tgt)), -1
}

// Charged returns the first word of the people counted (تسعة وعشرين
// شخصا) whom the accusation at k (112) charges: its object, under one of
// its prepositions or direct, after the charge under ب and its genitive
// (وجهت السلطات اتهامات بالإرهاب لتسعة أشخاص, بتمويل الإرهاب); -1 if
// none. People described only by their count are the target, civilians
// as the caller places them.
func Charged(s frame.Sentence, k int, code string, tgt []string) int {
	_, b := s.Span()
	j := k + 1
	for j < b && j <= k+reach && s.Token(j).Phrase != 0 {
		j++ // the subject after the verb (اتهمت الشرطة ثلاثة أشخاص)
	}
	if code != "112" || j >= b {
		return -1
	}
	if x := s.Token(j); x.Prep == string(arabic.Beh) && !x.IsPrep && x.Phrase == 0 && !slices.Contains(tgt, x.Prep) {
		for j++; j < b && j <= k+3 && genitive(s.Token(j)); j++ {
		}
	}
	if j < b && s.Token(j).IsPrep && slices.Contains(tgt, s.Token(j).Word) {
		j++
	}
	if j >= b {
		return -1
	}
	if x := s.Token(j); x.IsPrep || x.Prep == "" && !slices.Contains(tgt, "_") || x.Prep != "" && !slices.Contains(tgt, x.Prep) {
		return -1
	}
	first := j
	for ; j < b && j < first+3 && (s.Token(j).Number || s.Token(j).Cue == vocab.CueNumber); j++ {
	}
	if j == first || j >= b || !vocab.People(s.Token(j).Word) {
		return -1
	}
	return first
}

// aside reports whether the preposition written as a word at j follows
// the subject's phrase at once and governs a word that no phrase holds and
// no preposition of its own, and that is no verb (a noun of an act is the
// occasion: في المؤتمر), bound, quotation mark, number or relative
// pronoun: the subject's place or occasion (رئيس الجالية اليمنية حول
// العالم, الوزير في كلمته), not the act's object.
func aside(s frame.Sentence, j int) bool {
	_, b := s.Span()
	if j+1 >= b || s.Token(j-1).Phrase == 0 {
		return false
	}
	x := s.Token(j + 1)
	return x.Phrase == 0 && x.Prep == "" && !x.IsPrep && !(x.Verb && !x.Noun) && !x.Bound && !x.Quote && !x.Number && !vocab.Relative(x.Norm)
}

// genitive reports whether x may follow a noun as its genitive or its
// adjective: a definite word that no phrase holds and no preposition
// governs.
func genitive(x frame.Token) bool {
	return x.Definite && x.Phrase == 0 && x.Prep == "" && !x.IsPrep && !x.Bound && !x.Number
}

// FirstObject returns the actor phrase after the verb at k that ends with
// its complement compl: the first of two objects (حمّل قوات الاحتلال
// المسؤولية), read as one phrase; -1 if none or the act takes no direct
// object.
func FirstObject(s frame.Sentence, k, compl int, tgt []string) int {
	if compl <= k || !slices.Contains(tgt, "_") {
		return -1
	}
	pi := s.Token(compl).Phrase - 1
	if pi < 0 {
		return -1
	}
	ph := s.Phrase(pi)
	if ph.Start <= k || ph.Start >= compl || ph.End != compl+1 || ph.Prep != "" || !ph.Actor {
		return -1
	}
	return pi
}

// object returns the head of the object of the act at k: the first word
// after the act and the actor phrases of its subject that no phrase holds,
// under one of the act's prepositions (written as a word or attached) or
// none when the act takes a direct object; -1 if a bound, a quotation
// mark, a verb or a word of another role comes first. A preposition
// written as a word that the act does not take, right after the subject's
// phrases, opens with its genitive and the adjectives of nisba shape
// after it an adjunct of that subject (aside): رئيس الجالية اليمنية حول العالم, الوزير في كلمته; the
// object comes after it. The subject's words (it may be long: a name, its
// titles, the bodies it heads) count nothing against reach.
func object(s frame.Sentence, k int, tgt []string) int {
	_, b := s.Span()
	for j, n := k+1, 0; j < b && n < reach; j++ {
		x := s.Token(j)
		if x.Phrase != 0 || x.Cue == vocab.CueRecent || x.Cue == vocab.CueMonth || manner(s, j) {
			continue // the subject and what it is called, a word of the day, how (بشدة،)
		}
		if n++; x.IsPrep && !slices.Contains(tgt, x.Word) && aside(s, j) {
			for j++; j+1 < b && genitive(s.Token(j+1)) && morph.NisbaShape(s.Token(j+1).Word); j++ {
			}
			continue
		}
		prep := x.Prep
		if x.IsPrep && j+1 < b {
			prep, j, x = x.Word, j+1, s.Token(j+1)
		}
		if prep == "" && !slices.Contains(tgt, "_") || prep != "" && !slices.Contains(tgt, prep) {
			return -1
		}
		if x.Phrase != 0 || x.Bound || x.Quote || x.Number || x.IsPrep || x.Verb && !x.Noun || vocab.Relative(x.Norm) {
			return -1
		}
		return j
	}
	return -1
}

// Describer returns the subject of the clause that describes the noun at
// head (after its adjectives, and after الذي or التي when the noun is
// definite) whose verb carries the noun's pronoun (ارتكبها) or is followed
// by a preposition that does (تقوم بها): the actor phrase right after,
// with no preposition; -1 if none or the verb is one of undergoing.
func Describer(s frame.Sentence, head int) int {
	_, b := s.Span()
	if head < 0 {
		return -1
	}
	j := head + 1
	for n := 0; n < 3 && j < b && adjective(s, j); n++ {
		j++
	}
	if j < b && vocab.Relative(s.Token(j).Norm) {
		j++
	} else if s.Token(head).Definite {
		return -1 // a definite noun's clause opens with الذي or التي
	}
	if j+1 >= b {
		return -1
	}
	v := s.Token(j)
	if v.Phrase != 0 || v.IsPrep || v.Prep != "" || v.Bound || v.Quote || v.Number || v.Definite || v.Cue == vocab.CueUndergo {
		return -1
	}
	switch {
	case v.Suffix:
	case resumptive(s.Token(j + 1)):
		j++
	default:
		return -1
	}
	if pi := frame.PhraseAt(s, j+1); pi >= 0 && s.Phrase(pi).Prep == "" && s.Phrase(pi).Actor {
		return pi
	}
	return -1
}

// adjective reports whether the word at j may qualify the noun before it:
// a word with the article that no actor holds (a phrase that stands for
// no actor, الوحشية, may), no preposition governs and is no act or bound.
func adjective(s frame.Sentence, j int) bool {
	x := s.Token(j)
	if !x.Definite || x.IsPrep || x.Prep != "" || x.Event || x.Bound || x.Quote || x.Number || vocab.Relative(x.Norm) {
		return false
	}
	return x.Phrase == 0 || !s.Phrase(x.Phrase-1).Actor
}

// resumptive reports whether x is ب or ل with a pronoun of the third
// person (بها, به, لهم): the pronoun that takes the described noun back
// into its clause.
func resumptive(x frame.Token) bool {
	for _, p := range []string{string(arabic.Beh), string(arabic.Lam)} {
		if rest, ok := strings.CutPrefix(x.Norm, p); ok && slices.Contains(morph.Pronouns(), rest) {
			return true
		}
	}
	return false
}

// manner reports whether the word at j is an adverb of manner after ب
// (بشدة, بقوة) or the comma after one, before the object: an indefinite
// noun under ب with no pronoun, no act, and a word with no preposition or
// the same ب after it (دان بشدة، الجريمة; ندد بقوة بالهجوم).
func manner(s frame.Sentence, j int) bool {
	x := s.Token(j)
	if vocab.Comma(x.Norm) && j > 0 {
		return manner(s, j-1)
	}
	_, b := s.Span()
	if x.Prep != string(arabic.Beh) || x.IsPrep || x.Definite || x.Suffix || x.Event || j+1 >= b {
		return false
	}
	next := s.Token(j + 1)
	if vocab.Comma(next.Norm) && j+2 < b {
		next = s.Token(j + 2)
	}
	return next.Definite && (next.Prep == "" || next.Prep == x.Prep) && !next.IsPrep
}

// Antecedent returns the actor phrase that the object pronoun of the act
// of blame at k takes back when the act's verb describes it: the phrase
// right before the verb, or before الذي, التي, الذين when the phrase is
// definite (عقوبات على قطريين اتهمتهما واشنطن, المسلحين الذين اتهمتهم
// الحكومة), whose first word agrees with the pronoun in number (dual ـهما,
// a sound plural ـهم, a singular ـه or ـها); -1 if none.
func Antecedent(s frame.Sentence, k int) int {
	v := s.Token(k)
	a, _ := s.Span()
	if !v.Verb || !v.Suffix || k-1 < a {
		return -1
	}
	at := k - 1
	if vocab.Relative(s.Token(at).Norm) {
		at--
	}
	if at < a || s.Token(at).Phrase == 0 {
		return -1
	}
	pi := s.Token(at).Phrase - 1
	ph, first := s.Phrase(pi), s.Token(s.Phrase(pi).Start)
	if ph.End != at+1 || !ph.Actor || first.Definite != (at < k-1) || !agrees(pronoun(v.Norm), first.Word) {
		return -1
	}
	return pi
}

// pronoun returns the enclitic pronoun of the third person that ends w,
// the longest one, "" if none.
func pronoun(w string) string {
	best := ""
	for _, p := range morph.Pronouns() {
		if strings.HasSuffix(w, p) && len(p) > len(best) {
			best = p
		}
	}
	return best
}

// agrees reports whether the pronoun pron may take back the noun w: ـهما
// a dual (ين, ان), ـهم a sound masculine plural (ين, ون), ـه a masculine
// singular, ـها a feminine singular (ة); a broken plural, whose number
// the shape does not give, agrees with none but the singulars.
func agrees(pron, w string) bool {
	yn, wn, an, fem := string(arabic.Yeh)+string(arabic.Noon), string(arabic.Waw)+string(arabic.Noon), string(arabic.Alef)+string(arabic.Noon), string(arabic.TehMarbuta)
	switch pron {
	case "هما":
		return strings.HasSuffix(w, yn) || strings.HasSuffix(w, an)
	case "هم":
		return strings.HasSuffix(w, yn) || strings.HasSuffix(w, wn)
	case "ها":
		return strings.HasSuffix(w, fem)
	case "ه":
		return !strings.HasSuffix(w, fem) && !strings.HasSuffix(w, yn) && !strings.HasSuffix(w, wn) && !strings.HasSuffix(w, an)
	}
	return false
}
