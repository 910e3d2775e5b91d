package shape

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// formerWords are the adjectives that put an office in the past, the
// lexicon's class former as search keys: a description with one (الرئيس
// الأميركي الأسبق, الوزير السابق, الملك الراحل, الرئيس المخلوع) is somebody
// who held it before, never its holder of the article's day.
var formerWords = keySet(lexicon.Default().Forms("former")...)

// Former reports whether a word (its search key) puts the office it
// follows in the past (السابق, الأسبق, الراحل).
func Former(key string) bool { return formerWords[key] }

// keySet returns the search keys of words.
func keySet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[arabic.SearchKey(w)] = true
	}
	return m
}

// Person reports whether a definite word after و (its key without the
// و, with the article) names a person by office, rank or trade rather
// than a field, as in مجلس الإدارة والعضو المنتدب: the lexicon's classes
// role, title and profession, which list offices without the article
// (عضو, رئيس) and titles with it (العضو, المدير, الكاتب).
func Person(key string) bool {
	lx := lexicon.Default()
	rest, _ := arabic.CutArticle(key)
	for _, k := range []string{key, rest} {
		w := lx.Word(k)
		if w.Has("role") || w.Has("title") || w.Has("profession") {
			return true
		}
	}
	return false
}

// Participle reports whether a definite word (its key, with the article)
// has the shape of a participle of a derived verb (مُفعِل, مُفتعِل,
// مُنفعِل, مُستفعِل, with or without ة or ات): المنتشرة "spread",
// المشرف "supervising", المقدر "estimated". Joined by و to a body's field
// (وزارة التعليم والمنتشرة في …), it describes, it names no second field:
// the fields are masdars (التعليم, الإرشاد, المراجعة) and nouns (الصحة,
// المعادن, المياه), whose م, when they have one, is followed by a long
// vowel (مفاعلة, مفاعل: المراجعة, الموارد), unlike a participle's.
// Relational adjectives (المالية, المدنية) are not participles.
func Participle(key string) bool {
	rest, _ := arabic.CutArticle(key)
	bare := []rune(rest)
	if len(bare) == len([]rune(key)) || len(bare) < 4 || bare[0] != arabic.Meem || Relational(key) {
		return false
	}
	switch bare[2] {
	case arabic.Alef, arabic.Waw, arabic.Yeh:
		return false // مفاعل, مفاعيل, مفاعلة: nouns and masdars; a hollow root
	}
	switch bare[1] {
	case arabic.Alef, arabic.Waw, arabic.Yeh:
		return false // المال, المواد, الميدان
	}
	stem := bare
	switch {
	case stem[len(stem)-1] == arabic.TehMarbuta || stem[len(stem)-1] == arabic.Heh:
		stem = stem[:len(stem)-1]
	case len(stem) > 5 && stem[len(stem)-1] == arabic.Teh && stem[len(stem)-2] == arabic.Alef:
		stem = stem[:len(stem)-2]
	}
	// م and three or four root letters, or form VIII, VII or X (مفتعل,
	// منفعل, مستفعل): four to six letters in all.
	n := len(stem)
	return n == 4 || n == 5 && (stem[2] == arabic.Teh || stem[1] == arabic.Noon) || n == 6 && stem[1] == arabic.Seen && stem[2] == arabic.Teh
}

// NoField reports whether a word joined by و to a body's fields is no
// field of its name but a participle or a person that describes or
// follows the body (وزارة التعليم والمنتشرة, مجلس الإدارة والعضو).
func NoField(tok news.Token) bool {
	stem, cl := lexicon.StemOf(&tok)
	if cl.Conj != string(arabic.Waw) {
		return false
	}
	key := arabic.SearchKey(stem)
	return Participle(key) || Person(key)
}

// ordinals are the ordinal adjectives from first to tenth, in both genders.
var ordinals = keySet("أولى", "ثانية", "ثالثة", "رابعة", "خامسة", "سادسة", "سابعة", "ثامنة", "تاسعة", "عاشرة",
	"أول", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر")

// Ordinal reports whether a word (its search key, with or without the
// article) is an ordinal from first to tenth: what names a formation
// (الفرقة الرابعة) and a term of office (لولاية خامسة), never a place.
func Ordinal(key string) bool {
	rest, _ := arabic.CutArticle(key)
	return ordinals[rest]
}

// formations are the nouns of military formations that a number or an
// ordinal names (الفرقة الرابعة, الفرقة 30, اللواء 93).
var formations = map[string]bool{"الفرقه": true, "الفيلق": true, "الكتيبه": true, "اللواء": true}

// Formation reports whether a noun (its key, without proclitics) and the
// token after it (next, its key nextKey) name a military formation by its
// number or ordinal (الفرقة الرابعة, للفرقة 30, اللواء 93). A formation word
// before a person's name (اللواء عدنان) is his rank, which no number
// follows.
func Formation(key string, next news.Token, nextKey string) bool {
	return formations[key] && (next.Kind == news.Number || next.Kind == news.Word && lexicon.Definite(&next) && Ordinal(nextKey))
}

// quarters are the adjectives of a quarter of the compass or an upper or
// lower part.
var quarters = []string{"الشرقي", "الغربي", "الشمالي", "الجنوبي", "القبلي", "الفوقاني", "التحتاني"}

// Quarter reports whether a definite adjective (its search key) names a
// quarter of the compass or an upper or lower part (الغربية, الشمالي,
// القبلية): part of a village's name after it (الصمدانية الغربية).
func Quarter(key string) bool {
	for _, q := range quarters {
		if strings.HasPrefix(key, q) {
			return true
		}
	}
	return false
}

// described are the definite heads of bodies of which a country has many
// (clubs, banks, companies, papers): with its nisba alone such a head
// describes a body the article names (النادي الكرواتي after نادي دينامو
// زغرب الكرواتي, البنك الأميركي after بنك جولدمان ساكس), and is no name;
// a government, an army or a national team is one of its country.
var described = keySet("النادي", "البنك", "المصرف", "الشركة", "الصحيفة", "المجموعة")

// Described reports whether a definite head (its search key) with a nisba
// alone describes one of many bodies rather than naming one.
func Described(key string) bool { return described[key] }
