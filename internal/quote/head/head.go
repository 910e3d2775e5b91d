// Package head tells whether the words right after a speech verb can name
// its speaker, from the word that heads them. Arabic puts the subject of a
// verb after it (وقال الوزير), but the words there may be something else:
//
//   - the object of the verb: the words said (يقول كلمتين, قال كلاما, كتب
//     كلماتها الشاعر, the noun carrying the object's pronoun before the
//     subject) — a speech-object noun (lexicon class speech-object);
//   - an indefinite noun in the accusative, the predicate or object of
//     the verb (الذي يعتبر جزءا أساسيا من ..., قال شيئا): its tanwin alef
//     (ءا, ئا, or a noun and its adjective both ending in ا: دورا صغيرا),
//     which a subject, in the nominative, never has;
//   - a negation, the start of a clause or a formula (يقولون لا إله إلا
//     الله): a subject is never negated by لا or لم;
//   - an adverb or an adjunct: a word written with the accusative's tanwin
//     (قال متأسفاً), a time phrase (قال الشهر الماضي, أول أمس), the
//     channel's عبر (قال عبر حسابه), a preposition and its pronoun alone
//     (أعلن خلاله); and the object's ما and اسم (يقول ما نصه, فضل عدم ذكر
//     اسمه) — lexicon class no-subject;
//   - a work of art whose lines are quoted (ويقول مقطع من الأغنية, تقول
//     القصيدة): no one's speech, but a song's, a poem's or a play's
//     (lexicon class work);
//   - God or the Prophet with the formula written after them (قال الله
//     تعالى، يقول الله عز وجل، قال صلى الله عليه وسلم، قال عليه السلام،
//     قال رسول الله ﷺ): a verse or a hadith that a writer quotes, scripture
//     and no statement to the news, read as a work's lines.
//
// A name (an entity, a given name) is never any of these: ماريا زاخاروفا
// ends in ا as an accusative does.
package head

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Kind is what the words after a speech verb are.
type Kind int

// The kinds of phrase after a speech verb.
const (
	// Speaker: the words may name the speaker.
	Speaker Kind = iota
	// Fragment: the words are no subject (an object, a predicate, a
	// negated clause); the verb's speaker is not named there.
	Fragment
	// Work: a work of art speaks (a song, a poem, a play), or scripture
	// (a verse, a hadith): its lines are no one's news speech.
	Work
)

// Of tells what the phrase toks, the words after a speech verb, is; name
// reports whether toks[k] is part of a name the entity stage found.
func Of(toks []news.Token, name func(k int) bool) Kind {
	if len(toks) == 0 || toks[0].Kind != news.Word || name(0) {
		return Speaker
	}
	lx := lexicon.Default()
	first := &toks[0]
	stem, cl := lexicon.StemOf(first)
	bare, _ := lexicon.BareOf(first)
	switch {
	case work(first) && !(len(toks) > 1 && TimeUnit(&toks[1])) || sacred(toks):
		return Work
	case lx.Has(stem, "speech-object") || lx.Has(bare, "speech-object") || lx.Has(stem, "no-subject"):
		return Fragment
	case len(toks) == 1 && cl.Pronoun != "" && lx.Has(stem, "phrase-end"):
		return Fragment // أعلن خلاله «…», كتب عليها «…»: a preposition and its pronoun
	case lx.Has(first.Norm, "negation") || strings.ContainsRune(first.Text, arabic.Fathatan):
		return Fragment // لن يكون; قال متأسفاً, أورد رقماً: the accusative written out
	case len(toks) > 1 && timeAdverb(first, &toks[1]):
		return Fragment // قال الشهر الماضي للصحافيين, قالوا أول أمس
	}
	if accusative(first, lx) {
		hamza := strings.HasSuffix(first.Norm, "ءا") || strings.HasSuffix(first.Norm, "ئا")
		if hamza || len(toks) > 1 && toks[1].Kind == news.Word && !name(1) && accusative(&toks[1], lx) {
			return Fragment
		}
	}
	return Speaker
}

// accusative reports whether the word looks like an indefinite noun or
// adjective in the accusative: no article, no clitics, the tanwin alef at
// its end, three letters or more, and no name a list knows.
func accusative(t *news.Token, lx *lexicon.Lexicon) bool {
	if len(t.Parts) > 1 || arabic.Definite(t.Norm) || !arabic.AtLeastRunes(t.Norm, 3) {
		return false
	}
	if !strings.HasSuffix(t.Norm, "ا") || strings.HasSuffix(t.Norm, "اا") {
		return false
	}
	return !lx.Has(t.Norm, "given-name") && !lx.Has(t.Norm, "family-name") && !lx.Has(t.Norm, "nisba")
}

// Unnamed reports whether the word right before a speech verb is an
// indefinite speech noun or document, its subject (وصلتني رسالة تقول إن,
// تغريدة تقول): a message whose sender the text does not name speaks, and
// the speaker of the sentence before is not carried to it. Not with the
// article (البيان يقول: a document settled to its issuer) nor a pronoun
// (رسالته تقول: his), nor in the accusative, an object (أصدرت القيادة
// بيانا أعلنت فيه: the command speaks), nor after a preposition, which
// the caller tells (في تصريحات يرجح أن: the speaker named before).
func Unnamed(t *news.Token) bool {
	if t.Kind != news.Word || arabic.Definite(t.Norm) || strings.HasSuffix(t.Norm, "ا") {
		return false
	}
	stem, cl := lexicon.StemOf(t)
	if cl.Pronoun != "" || cl.Prep != "" || arabic.Definite(stem) {
		return false
	}
	lx := lexicon.Default()
	return lx.Has(stem, "speech-noun") || lx.Has(stem, "document")
}

// Kana reports whether toks, a sentence from its first word, opens with
// كان and a subject after it that a later bare speech verb continues: a
// role noun (role) or a given name, with no person in apposition after a
// comma (person tells a person's first word), whom the caller finds
// instead. وكان وزير النفط الكويتي توقع …، وأكد أن — the noun after كان
// is the sentence's subject, even where the entity stage missed a name;
// not وكان قائد العملية، اللواء فضل حسن، قد تحدث (Fadl Hassan).
func Kana(toks []news.Token, role bool, person func(k int) bool) bool {
	lx := lexicon.Default()
	if n, _ := lexicon.WithoutConjunction(&toks[0]); n != "كان" || len(toks) < 2 || toks[1].Kind != news.Word ||
		!role && !lx.Has(toks[1].Norm, "given-name") {
		return false
	}
	for k := 2; k < len(toks) && k < 12; k++ {
		if toks[k].Kind != news.Punctuation {
			continue
		}
		if toks[k].Text != "،" && toks[k].Text != "," {
			break
		}
		j := k + 1
		for j < len(toks) && lx.Has(toks[j].Norm, "title") {
			j++
		}
		return j >= len(toks) || !person(j)
	}
	return true
}

// InWork reports whether the words around a speech verb, up to the
// quotation, place it in a work (في المسرحية يقول: «…», قال في الفيلم:
// «…», تقول في الأغنية): a line of a play, a film or a song is no one's
// statement.
func InWork(toks []news.Token) bool {
	for k := 1; k < len(toks); k++ {
		if toks[k-1].Norm != "في" {
			continue
		}
		if work(&toks[k]) {
			return true
		}
	}
	return false
}

// work reports whether the word is a work noun (lexicon class work), with
// or without the article and clitics; the ة the segmenter left as ت before
// a pronoun (قصيدته → قصيدت) is read as ة.
func work(t *news.Token) bool {
	lx := lexicon.Default()
	bare, cl := lexicon.BareOf(t)
	if cl.Pronoun != "" && strings.HasSuffix(bare, "ت") {
		bare = strings.TrimSuffix(bare, "ت") + "ة"
	}
	return lx.Has(bare, "work")
}

// sacred reports whether the words after a speech verb name God or the
// Prophet: الله، تعالى، سبحانه; the eulogy صلى الله (عليه وسلم), ﷺ or عليه
// السلام standing for his name; رسول الله، النبي، الرسول.
func sacred(toks []news.Token) bool {
	next := ""
	if len(toks) > 1 {
		next = toks[1].Norm
	}
	switch toks[0].Norm {
	case "الله", "تعالي", "سبحانه", "النبي", "الرسول", "صلياللهعليهوسلم":
		return true
	case "صلي", "رسول":
		return next == "الله"
	case "عليه":
		return next == "السلام"
	}
	return false
}

// timeAdverb reports whether the two words are a time phrase standing
// where a subject would: a unit and its adjective, both with the article
// (الشهر الماضي, الأسبوع المقبل), or أول أمس.
func timeAdverb(a, b *news.Token) bool {
	if b.Norm == "امس" {
		return a.Norm == "اول"
	}
	return TimeUnit(a) && lexicon.Default().Has(b.Norm, "time-adjective")
}

// TimeUnit reports whether the word, as written, is a noun of a span of
// time with the article (الأسبوع, الشهر, الساعات: lexicon class
// time-unit), which after a word that heads a time phrase (مطلع الأسبوع)
// makes one.
func TimeUnit(t *news.Token) bool { return lexicon.Default().Has(t.Norm, "time-unit") }

// OneOf reports whether toks, the subject after a speech verb, opens with
// the partitive أحد or إحدى and a definite noun (أحد الشهود، إحدى
// الناشطات، أحد سكان القرية): "one of" a known group names its speaker as
// surely as the definite noun itself, so the sentence has a speaker of its
// own, and a participle after it (قال أحد الشهود قائلا) does not take up
// the speaker of a paragraph before. Not أحد alone, a pronoun (أحدهم), nor
// an indefinite noun after it (أحد مسؤولين).
func OneOf(toks []news.Token) bool {
	if len(toks) < 2 || toks[0].Norm != "احد" && toks[0].Norm != "احدي" || toks[1].Kind != news.Word {
		return false
	}
	if arabic.Definite(toks[1].Norm) {
		return true
	}
	// A construct chain (أحد سكان القرية): the noun after it defined.
	return len(toks) > 2 && toks[2].Kind == news.Word && arabic.Definite(toks[2].Norm) && !strings.HasSuffix(toks[1].Norm, "ين")
}

// Families holds the family names of one document (FamilyNames), read
// the first time they are asked for; the zero value is ready to use.
type Families struct{ set map[string]bool }

// Has reports whether the word norm, with the article, stands anywhere in
// toks, the same document at every call, right after a given name
// (FamilyNames).
func (f *Families) Has(toks []news.Token, norm string) bool {
	if f.set == nil {
		f.set = FamilyNames(toks)
	}
	return f.set[norm]
}

// FamilyNames returns the words with the article (normalised) that toks
// writes right after a given name of one word or two (عبدالله التركي، عبد
// الله التركي): the family names, in the form of a nisba, that the article
// wrote with their bearers. The set is never nil.
func FamilyNames(toks []news.Token) map[string]bool {
	lx := lexicon.Default()
	out := map[string]bool{}
	for k := 1; k < len(toks); k++ {
		if toks[k].Kind != news.Word || toks[k-1].Kind != news.Word || !arabic.Definite(toks[k].Norm) || out[toks[k].Norm] {
			continue
		}
		if lx.Has(toks[k-1].Norm, "given-name") || k >= 2 && toks[k-2].Kind == news.Word && lx.Word(toks[k-2].Norm+" "+toks[k-1].Norm).Has("given-name") {
			out[toks[k].Norm] = true
		}
	}
	return out
}

// DayPhrase returns how many words from toks[j] (before b) name a day
// counted from publication in more than one word (أول من أمس, أول أمس,
// أمس الأول, ليلة أمس, بعد غد: lexicon class day), or 0. After a speech
// verb such a phrase is an adverb of when it was said (وكان خامنئي قال
// أول من أمس), never its speaker, whose phrase ends before it.
func DayPhrase(toks []news.Token, j, b int) int {
	lx := lexicon.Default()
	form := toks[j].Norm
	for k := j + 1; k < b && k < j+3 && toks[k].Kind == news.Word; k++ {
		form += " " + toks[k].Norm
		if lx.Has(form, "day") {
			return k - j + 1
		}
	}
	return 0
}
