// Package nameparts reads what an Arabic name and the words just after it
// say of the person who bears it: a given name (محمد, علي), a patronymic
// chain of بن (وليد بن علي الجلال, راكان بن سلمان بن عبدالعزيز) whose
// fathers are not the people named, and the nationality or the
// description in apposition after the name (محمد أسلم (هندي الجنسية),
// عز الدين أبو العيش، الطبيب الفلسطيني), and the country of a person
// nothing in the article places (Unmarked: a chain of descent is the
// Gulf's way of naming), and where the name runs on: over a family name
// after a given name, with or without the article (IndefiniteSurname,
// LoneGiven: أيمن فلالي, عبدالمجيد السواط; not over a verbal noun that
// governs a preposition: زيكو الترشح لرئاسة), a theophoric name written
// as one word being a given name (Theophoric: عبدالمحسن), and over the
// word after a particle no name ends on (ParticleEnd: آل الشيخ); and
// whose official the role before a name makes him (Serves: the body named
// in full, Official, or again by its head noun, Recalled: رئيس البرلمان
// after البرلمان العربي, of no country but its code). It reads
// tokens and the lexicon; the mentions it
// is asked about are package entity's.
package nameparts

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Mentions is what nameparts asks of the names and nisba adjectives the
// entity stage found in an article, by token.
type Mentions interface {
	// Nisba returns the country of the nisba adjective that begins at
	// token k and its last token; "" when none begins there.
	Nisba(k int) (string, int)
	// Person reports whether token k is in a person's name.
	Person(k int) bool
}

// ali is the given name علي, spelt with a dotted yeh, which normalisation
// folds into the preposition على; the lexicon lists it only in names of
// several words for that reason.
const ali = "علي"

// yeh ends a nisba (التركي).
const yeh = string(arabic.Yeh)

// GivenName reports whether a word is a given name of the lexicon, علي
// written as the name is, or a theophoric name written as one word
// (Theophoric: عبداللطيف).
func GivenName(lx *lexicon.Lexicon, tok news.Token) bool {
	return lx.Whole(&tok).Has("given-name") || tok.Norm == ali && arabic.StripMarks(tok.Text) == ali || Theophoric(lx, tok)
}

// Son reports whether a word is one of filiation, "son of" or "daughter
// of" (lexicon class filiation: بن, ابن, بنت).
func Son(tok news.Token) bool {
	return lexicon.Default().Has(tok.Norm, "filiation")
}

// Patronymic reports whether a name the gazetteer knows at token i is
// part of the patronymic of the name before it: one that opens with بن or
// ابن and a given name (بن علي: Ben Ali) after a given name, or that the
// recogniser reads as one person with it (وليد بن علي الجلال, son of an
// Ali), or one that follows بن in a name (راكان بن سلمان بن عبدالعزيز: the
// father, not the person named). A patronymic refers to no famous
// namesake of the father; بن and a family name (عبد الإله ابن كيران) are
// a surname. person(f) returns the last token of the recogniser's person
// that begins at token f, if there is one.
func Patronymic(toks []news.Token, i int, person func(f int) (last int, ok bool)) bool {
	if i < 2 || toks[i-1].Kind != news.Word {
		return false
	}
	if arabic.SearchKey(toks[i-1].Norm) == "بن" && toks[i-2].Kind == news.Word && !shape.NamesNext(&toks[i-2]) {
		// The father's own name in a chain: راكان بن سلمان بن عبدالعزيز.
		// ابن, the noun "son" of running text, refers to the father (ابن
		// الملا عمر, ابن مكة).
		return true
	}
	lx := lexicon.Default()
	if !Son(toks[i]) || i+1 >= len(toks) || !GivenName(lx, toks[i+1]) && toks[i+1].Norm != ali {
		return false // بن كيران, ابن خلدون: a family name
	}
	if GivenName(lx, toks[i-1]) {
		return true
	}
	for f := max(0, i-3); f < i; f++ {
		if last, ok := person(f); ok && last > i {
			return true
		}
	}
	return false
}

// nationalityWord is the search key of الجنسية, "the nationality".
const nationalityWord = "الجنسيه"

// Nationality returns the country of the nationality said just after a
// person's name, at token j (before end, the end of the sentence): a
// nisba and الجنسية (محمد أسلم هندي الجنسية, in brackets or between
// dashes), or الجنسية and a nisba, perhaps after من or يحمل (من الجنسية
// الهندية); "" for none. A foreigner's nationality outweighs the country
// of the story he is in.
func Nationality(toks []news.Token, j, end int, ms Mentions) string {
	if j < end && toks[j].Kind == news.Punctuation && toks[j].Text == "(" {
		j++ // محمد أسلم (هندي الجنسية)
	}
	if j < end && (toks[j].Norm == "من" || toks[j].Norm == "يحمل") {
		j++
	}
	if j+1 >= end {
		return ""
	}
	if c, last := ms.Nisba(j); c != "" && last+1 < end && arabic.SearchKey(toks[last+1].Norm) == nationalityWord {
		return c
	}
	if arabic.SearchKey(toks[j].Norm) == nationalityWord {
		c, _ := ms.Nisba(j + 1)
		return c
	}
	return ""
}

// DescribedAfter returns the country of a definite noun and its definite
// nisba in apposition after a person's name and a comma, at token j (عز
// الدين أبو العيش، الطبيب الفلسطيني): whatever the noun, the pair
// describes the person named before it; "" when there is none.
func DescribedAfter(toks []news.Token, j, end int, ms Mentions) string {
	if j+1 >= end || toks[j].Kind != news.Word || !lexicon.Definite(&toks[j]) || !lexicon.Definite(&toks[j+1]) {
		return ""
	}
	if c, _ := ms.Nisba(j); c != "" {
		return "" // the nisba itself (الفلسطيني، السوري)
	}
	c, _ := ms.Nisba(j + 1)
	return c
}

// QuotedNisba returns the country of the nisba adjective just after the
// quotation mark that closes a quoted name at token j («سيتي بنك»
// الأميركية), unless a person's name follows it, which it describes
// instead (سائقي «مرسيدس» البريطاني لويس هاميلتون); "" for none.
func QuotedNisba(toks []news.Token, j int, ms Mentions) string {
	if j+1 >= len(toks) || toks[j].Kind != news.Punctuation || !shape.Closing(toks[j].Text) {
		return ""
	}
	c, last := ms.Nisba(j + 1)
	if c == "" || last+1 < len(toks) && ms.Person(last+1) {
		return ""
	}
	return c
}

// arabStates are the members of the Arab League, whose people bear Arabic
// names: the lexicon's class arab-league.
var arabStates = codes("arab-league")

// ArabState reports whether a country (its ISO code) is a member of the
// Arab League.
func ArabState(code string) bool { return arabStates[code] }

// Foreign reports whether a person's name is a foreigner's: it begins
// with a foreign given name (the lexicon's class foreign-name: مارك, جون)
// and ends in no Arabic family name (مارك ميلي, not جاك مراد or ميشال عون,
// whom Arab Christians bear). In the story of an Arab country he is no
// compatriot of the people it leaves unmarked.
func Foreign(name string) bool { return foreign(name, true) }

// foreign is Foreign; with families false, a family name of the lexicon
// (which lists the surnames of public figures, نيكسون among them) does
// not make the name an Arab's.
func foreign(name string, families bool) bool {
	first, last, n := ends(name)
	lx := lexicon.Default()
	if n == 0 || !lx.Has(first, "foreign-name") {
		return false
	}
	if n == 1 {
		return true
	}
	w := lx.Word(last)
	arab := arabic.Definite(last) ||
		families && w.Has("family-name") || w.Has("given-name") && !w.Has("foreign-name")
	return !arab
}

// ends returns the first and the last word of a name, normalised as the
// lexicon stores words, and how many words it has (without allocating
// the list of them: the linker asks this of every person it places).
func ends(name string) (first, last string, n int) {
	for w := range strings.FieldsSeq(name) {
		if n == 0 {
			first = w
		}
		last, n = w, n+1
	}
	return arabic.Normalize(first), arabic.Normalize(last), n
}
