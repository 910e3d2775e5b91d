package inflect

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Feminine reports whether the place e, named by stem (its token's stem,
// lexicon.StemOf), takes a feminine verb. Arabic treats the names of
// countries and towns as feminine (قالت إيران, أعلنت طهران, طالبت
// السعودية), but for the masculine ones listed in lexicon class
// masculine-place (لبنان, العراق). A definite name without the feminine
// ending (ة, ات) is left undecided (الكويت is feminine, اليمن
// masculine: no rule of form tells them apart), and so are a nisba
// (جزائري: an adjective, of the gender of its noun) and a place the
// gazetteer does not know (its name may be no place's).
func Feminine(e *news.Entity, stem string) bool {
	if e.Type != news.LOC || e.ActorID == "" || e.Name == "" || lexicon.Default().Has(stem, "masculine-place") || lexicon.Default().Has(stem, "nisba") {
		return false
	}
	return !arabic.Definite(stem) || strings.HasSuffix(stem, string(arabic.TehMarbuta)) || strings.HasSuffix(stem, "ات")
}

// Organisation reports whether the organisation e, whose name opens with
// the word whose stem is head, followed by the word of the name whose
// stem is next ("" when the name is one word), is feminine by its form: its head ends in
// ة or ات (منظمة العفو, حركة حماس, القوات المسلحة), or a definite head is
// followed by a definite adjective so ending, which agrees with it
// (الأمم المتحدة, a plural of things). A head without the article
// followed by a definite noun is in construct, the noun its genitive
// (حزب العدالة: masculine), and a name of another form is left
// undecided, as is an organisation with no actor code (e.Actor).
func Organisation(e *news.Entity, head, next string) bool {
	if e.Type != news.ORG || e.Actor == "" {
		return false
	}
	return femEnding(head) || arabic.Definite(head) && arabic.Definite(next) && femEnding(next)
}

func femEnding(w string) bool {
	return strings.HasSuffix(w, string(arabic.TehMarbuta)) || strings.HasSuffix(w, "ات")
}

// Masculine reports whether the verb tok, whose stem without clitics is
// verb, is of the third person masculine singular: no ت opens it
// (تطالب) or ends it (طالبت), nor ends it before an enclitic pronoun
// (طلبتها).
func Masculine(verb string, tok *news.Token) bool {
	_, c := lexicon.StemOf(tok)
	w := strings.TrimSuffix(lexicon.Plain(tok), c.Pronoun)
	return !strings.HasPrefix(verb, "ت") && !strings.HasSuffix(verb, "ت") && !strings.HasSuffix(w, "ت")
}

// Accusative reports whether bare, a noun's form without clitics and
// article (lexicon.BareOf), ends as a sound masculine plural (or a dual)
// in the accusative or genitive, ين (صحفيين, مسلحين), which the subject
// of a verb never does (صحفيون); a word of four letters or fewer ending
// so is as often a singular (أمين, حسين).
func Accusative(bare string) bool {
	return strings.HasSuffix(bare, "ين") && arabic.AtLeastRunes(bare, 5)
}

// Verbal reports whether verb, a verb's stem without clitics, is written
// unlike its verbal noun: a past verb of three letters is spelled as its
// masdar (طلب, رفض, حظر: بسبب طلب تركيا is Turkey's request, its
// genitive the doer), one of four letters or more is not (ناشد, يطالب).
func Verbal(verb string) bool { return arabic.AtLeastRunes(verb, 4) }
