package nameparts

import (
	"strings"
	"unicode/utf8"

	"rasad/internal/arabic"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// minTheophoricRest is the fewest letters of the divine name after a
// joined theophoric head (عبدال + رحمن).
const minTheophoricRest = 3

// Theophoric reports whether a word is a theophoric given name written as
// one word: the head عبد with the article of the divine name joined to it
// (the lexicon's class theophoric-head: عبدالرحمن, عبداللطيف, عبدالمحسن,
// عبدالقادر), as Gulf papers write the two words عبد الرحمن. No common
// word opens so.
func Theophoric(lx *lexicon.Lexicon, tok news.Token) bool {
	for _, head := range lx.View("theophoric-head") {
		if rest, ok := strings.CutPrefix(tok.Norm, head); ok && utf8.RuneCountInString(rest) >= minTheophoricRest {
			return true
		}
	}
	return false
}

// tanween are the marks of indefinite case endings.
const tanween = "\u064B\u064C\u064D"

// IndefiniteSurname reports whether word j, right after a person's given
// name, is his family name though it lacks the article: a word that is no
// function word and no dictionary word (أيمن فلالي, عيسى بن علي بوسرور,
// عبدالله بهران), or a nisba (an adjective in ي) even if the dictionary
// holds it where a role and its nisba introduce the name (introduced:
// المدرب الجزائري عبد القادر عمراني; not نور فطري, "innate light"): a
// given name is definite, and an adjective of it would be too (ضياء
// الهندي), so an indefinite nisba after it is the name's last word. No
// word with a clitic (و, ب, ل, a pronoun), a case ending (حرقاً, سابقا:
// the accusative alef on a dictionary word or a nisba, رسميا), or of title, trade or kin
// (عضو, مدير) is one; dictionary and function say what the segmenter's
// dictionary holds.
func IndefiniteSurname(lx *lexicon.Lexicon, toks []news.Token, j int, introduced bool, dictionary, function func(string) bool) bool {
	t := toks[j]
	if t.Kind != news.Word || lexicon.Definite(&t) || shape.StartsWithWaw(t) || strings.ContainsAny(t.Text, tanween) ||
		strings.ContainsRune(t.Text, arabic.Tatweel) || utf8.RuneCountInString(t.Norm) < minSurname ||
		function(t.Norm) || PersonCue(lx, &t) {
		return false
	}
	w := lx.Whole(&t)
	if w.Has("name-particle") {
		return false
	}
	if GivenName(lx, t) || w.Has("family-name") {
		return true // the father's name or a family name (علي داود)
	}
	if w != nil || verbLike(t.Norm) {
		return false // a word the lexicon knows otherwise (قدمت), a verb's or an adjective's form
	}
	if stem, cl := lexicon.StemOf(&t); stem != t.Norm || cl.Conj != "" || cl.Prep != "" || cl.Pronoun != "" || cl.Future {
		return false
	}
	if bare, ok := strings.CutSuffix(t.Norm, string(arabic.Alef)); ok && (dictionary(bare) || strings.HasSuffix(bare, yeh)) {
		return false // سابقا, رسميا: an adverb's accusative
	}
	if !dictionary(t.Norm) {
		return true
	}
	return introduced && strings.HasSuffix(t.Norm, yeh) && utf8.RuneCountInString(t.Norm) > 3
}

// LoneGiven reports whether the person's name [first, last] is a given name
// alone (عبداللطيف, عبد الله), introduced by a word of title or trade, a
// definite word (a role's complement: ورئيس البعثة فؤاد المسلم), a
// function word (بين عبدالله عبدالمحسن الخضري) or a mark of a list (، –), and the definite word after it, last+1, is
// no word of title, role, trade or kin (الرئيس) and no relational adjective
// (الجزائري, التركي), nor a verbal noun governing a preposition's phrase
// (زيكو الترشح لرئاسة: governingMasdar): news names an unknown person by a given name alone
// seldom, and the definite word after one is his family name whatever else
// it means (عبدالمنعم الحيزان, عبدالرحمن البركة, عبدالمجيد السواط).
func LoneGiven(lx *lexicon.Lexicon, toks []news.Token, first, last int, function func(string) bool) bool {
	if first != last && (last != first+1 || !lx.Word(toks[first].Norm+" "+toks[last].Norm).Has("given-name") || toks[first].Norm == ali && arabic.StripMarks(toks[first].Text) != ali) || first == 0 {
		return false // على حسن الاستقبال: the preposition, not علي
	}
	if p := toks[first-1]; !PersonCue(lx, &p) && !lexicon.Definite(&p) && !listed(p) && !(p.Kind == news.Word && function(p.Norm)) {
		return false // after a verb or in construct, it is the subject or the genitive (قرر بلاتيني الترشح, اعتبار رونالدو الأفضل)
	}
	t := toks[last+1]
	w, _ := lx.Stem(&t)
	return !PersonCue(lx, &t) && !w.Has("role") && !shape.Relational(arabic.SearchKey(t.Norm)) && !governingMasdar(toks, last+1, function)
}

// minSurname is the fewest letters of a family name without the article.
const minSurname = 3

// verbLike reports whether a word that no dictionary holds has a form of
// the verb or of a feminine adjective, which no family name written
// without the article has in news: the imperfect's prefix ي or ت
// (يعاني, يتبنى, تتخطى), the alef maqsura of a defective verb's ending
// (يتبنى), the perfect's ت of she (طلبت; not the plural ات: بركات) or وا
// of they (قالوا), the feminine ة (حائزة, رئيسة), or the pronoun ه on a
// noun the segmenter left whole (أصدقائه, سيارته). Given names so
// spelt (يوسف, عطية) are read before.
func verbLike(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	teh := string(arabic.Teh)
	return r == arabic.Yeh || r == arabic.Teh ||
		strings.HasSuffix(w, string(arabic.AlefMaksura)) || strings.HasSuffix(w, string(arabic.TehMarbuta)) ||
		strings.HasSuffix(w, string(arabic.Waw)+string(arabic.Alef)) ||
		strings.HasSuffix(w, string(arabic.YehHamzaAbove)+string(arabic.Heh)) || strings.HasSuffix(w, teh+string(arabic.Heh)) ||
		strings.HasSuffix(w, teh) && !strings.HasSuffix(w, string(arabic.Alef)+teh)
}

// listed reports whether a punctuation mark separates the names of a list
// or a clause (، - – ( :), not one that opens a quotation.
func listed(t news.Token) bool {
	if t.Kind != news.Punctuation {
		return false
	}
	switch t.Text {
	case "،", ",", "-", "–", "(", ":", "؛":
		return true
	}
	return false
}

// ParticleEnd mends a person's name [first, last] that ends on a particle
// that governs the name after it (the lexicon's classes name-head and
// filiation: بن, آل, ولد, أبو, أم), as no name does: the particle joins the word after it to the name (عبد الله
// بن عبد اللطيف آل الشيخ, محمد سالم ولد بوك, عائشة أم المؤمنين) where
// that word is a name's, no function word, mark or word with a clitic;
// before a function word the particle is no name's (ولد "was born" in
// غازي الصويغ ولد في), and the name ends before it. ParticleEnd returns
// the name's new last token, last where the name ends elsewhere.
func ParticleEnd(lx *lexicon.Lexicon, toks []news.Token, first, last int, function func(string) bool) int {
	if last == first || last+1 >= len(toks) || !lx.Whole(&toks[last]).Has("name-head") && !Son(toks[last]) {
		return last
	}
	t := toks[last+1]
	switch {
	case t.Kind != news.Word:
		return last
	case function(t.Norm):
		return last - 1
	}
	if _, cl := lexicon.StemOf(&t); cl.Conj != "" || cl.Prep != "" || shape.StartsWithWaw(t) {
		return last
	}
	return last + 1
}
