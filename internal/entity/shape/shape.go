// Package shape holds what the entity stage reads in a token or two of
// Arabic news: its shape (definite, a relational adjective, a sound plural
// of people), its clitics (a و, ب or ل split off or left on, the key of a
// word without them), the punctuation around names (quotation marks,
// brackets, dashes) and the verb before a subject. It knows the lexicon's
// classes, not the gazetteer.
package shape

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Article is the definite article ال (arabic.Article).
const Article = arabic.Article

// Opening reports whether a punctuation token opens a quotation or an
// aside before a name: « " ( [ and the dash of an apposition.
func Opening(p string) bool {
	switch p {
	case "«", "\"", "“", "(", "[", "'", "‘":
		return true
	}
	return false
}

// SkipPunct returns the first token from i (before end) that is not a comma
// or a dash.
func SkipPunct(toks []news.Token, i, end int) int {
	for i < end && toks[i].Kind == news.Punctuation {
		switch toks[i].Text {
		case "،", ",", "-", "–", "—":
			i++
			continue
		}
		break
	}
	return i
}

// Dash reports whether a token is a hyphen or a dash.
func Dash(t news.Token) bool {
	return t.Kind == news.Punctuation && (t.Text == "-" || t.Text == "–" || t.Text == "—")
}

// Closing reports whether a punctuation token closes a quotation.
func Closing(p string) bool {
	switch p {
	case "»", "\"", "”", "'", "’", ")":
		return true
	}
	return false
}

// Demonstrative reports whether a word is a demonstrative (هذا الفحص: a
// common noun follows).
func Demonstrative(t news.Token) bool {
	switch t.Norm {
	case "هذا", "هذه", "ذلك", "تلك", "هذان", "هاتان", "هؤلاء", "اولئك":
		return true
	}
	return false
}

// StartsWithWaw reports whether a word opens with the conjunction و: the
// segmenter split it off (lexicon.And), or left it on a word it does not
// know (واتلتيكو, وعين: arabic.KeptWaw), which a name the gazetteer knows
// may follow.
func StartsWithWaw(tok news.Token) bool {
	if lexicon.And(&tok) {
		return true
	}
	_, _, ok := arabic.KeptWaw(&tok)
	return ok
}

// AfterWaw returns a word without its leading و, and where that form
// starts in the text: the part after the conjunction the segmenter split
// off (lexicon.Plain, lexicon.TextAfterConjunction), or the second reading
// of a و it left on (arabic.KeptWaw).
func AfterWaw(tok news.Token) (string, int) {
	if rest, start, ok := arabic.KeptWaw(&tok); ok {
		return rest, start
	}
	return lexicon.Plain(&tok), tok.End - len(lexicon.TextAfterConjunction(&tok))
}

// Relational reports whether a definite word ends as a relational adjective
// does (الحكومي, الوطنية, الدولي): what may follow a body's country in
// its name, unlike a noun that begins the next phrase (الجماهير, اليوم).
func Relational(key string) bool {
	return strings.HasSuffix(key, string(arabic.Yeh)) || strings.HasSuffix(key, string(arabic.Yeh)+string(arabic.Heh))
}

// People reports whether a definite word ends as a sound masculine plural
// does, on a stem of four letters or more (المسؤولين, العاملون): people,
// not a body's field (الشؤون, الفنون are broken plurals of things).
func People(key string) bool {
	bare := arabic.WithoutArticle(key)
	return arabic.AtLeastRunes(bare, 6) &&
		(strings.HasSuffix(bare, string(arabic.Yeh)+string(arabic.Noon)) || strings.HasSuffix(bare, string(arabic.Waw)+string(arabic.Noon)))
}

// StemKey returns the search key of a word without its proclitics (وبكين →
// بكين, للأمم → الامم), and the byte offset where that form starts.
func StemKey(tok news.Token) (string, int) {
	if len(tok.Parts) < 2 || tok.Parts[0].Role != news.Proclitic {
		return "", tok.Start
	}
	forms, start := make([]string, 0, 4), -1 // the stem and its enclitic: one part is taken as it is, not copied
	for _, p := range tok.Parts {
		if p.Role == news.Proclitic {
			continue
		}
		if start < 0 {
			start = p.Start
		}
		forms = append(forms, p.Form)
	}
	if start < 0 {
		return "", tok.Start
	}
	return arabic.SearchKey(strings.Join(forms, "")), start
}

// FirstKey is the key of a one-word mention: the word from start, without
// the proclitics before it.
func FirstKey(tok news.Token, start int) string {
	if start > tok.Start {
		sk, _ := StemKey(tok)
		return sk
	}
	return arabic.SearchKey(tok.Norm)
}

// HasPrepClitic reports whether the segmenter split the preposition ب or ل
// off tok (لموسكو, بحلب).
func HasPrepClitic(tok news.Token) bool {
	_, cl := lexicon.StemOf(&tok)
	return cl.Prep == "ب" || cl.Prep == "ل"
}

// AfterVerb reports whether token i follows a verb of speech or stance,
// as the subject of a clause opened by its verb does (وقال بحر, وشدد بحر
// على): there a surname that is also a common word (بحر "sea") is the
// person.
func AfterVerb(toks []news.Token, i int) bool {
	if i == 0 {
		return false
	}
	w, _ := lexicon.Default().AfterConjunction(&toks[i-1])
	return w.Has("speech-verb") || w.Has("actor-verb")
}

// OpensClause reports whether token i is the subject of a verb of speech
// or stance that opens a clause after punctuation (.. وشدد بحر على):
// the narrator's words, even where a quotation left open seems to run on.
func OpensClause(toks []news.Token, i int) bool {
	return AfterVerb(toks, i) && (i < 2 || toks[i-2].Kind == news.Punctuation)
}

// NamesNext reports whether a word is one that a name follows: a title
// (الشيخ), a definite role (الأمير), or بن, ابن.
func NamesNext(tok *news.Token) bool {
	switch tok.Norm {
	case "بن", "ابن", "بنت":
		return true
	}
	w, _ := lexicon.Default().Stem(tok)
	return w.Has("title") || w.Has("role") && lexicon.Definite(tok)
}

// RepeatKey returns the search key of a word without the proclitics the
// segmenter split off or, where it split none, those the segmenter's reading
// of a name takes off before a word of names (search keys; arabic.NameProclitics:
// بزركلة after زركلة, فبوتين after بوتين), and where that form starts.
func RepeatKey(tok news.Token, names map[string]bool) (string, int) {
	if sk, at := StemKey(tok); sk != "" {
		return sk, at
	}
	key := arabic.SearchKey(tok.Norm)
	if n, rest := arabic.NameProclitics(key, func(w string) bool { return names[w] }); n > 0 && names[rest] {
		if p := string([]rune(key)[:n]); strings.HasPrefix(tok.Text, p) {
			return rest, tok.Start + len(p)
		}
	}
	return key, tok.Start
}

// Undermining reports whether the word at i is the verbal noun of نال من,
// "to harm, to undermine" (تحاول النيل من أمن الوطن, للنيل من رموزها):
// النيل before من, which names the river Nile only after نهر.
func Undermining(toks []news.Token, i int) bool {
	if stem, _ := lexicon.StemOf(&toks[i]); arabic.SearchKey(stem) != "النيل" || i+1 >= len(toks) || toks[i+1].Norm != "من" {
		return false
	}
	return i == 0 || arabic.SearchKey(toks[i-1].Norm) != "نهر"
}

// HeadWord returns the lexicon's word for a head noun as written without
// its proclitics, or without a و the segmenter left on (ومنطقتي), or nil.
// A head with the article (المدينة) or a pronoun (منطقتنا) is no head of a
// name.
func HeadWord(lx *lexicon.Lexicon, tok *news.Token) *lexicon.Word {
	stem, cl := lexicon.StemOf(tok)
	if arabic.Definite(stem) || cl.Pronoun != "" {
		return nil
	}
	return lx.Word(stem)
}

// Conjunct returns the last token of the name that the word at i is
// joined to by و or a comma (والأردن، وعمان; السعودية وعمان), or -1.
func Conjunct(toks []news.Token, i int) int {
	switch {
	case i >= 2 && toks[i-1].Kind == news.Punctuation && (toks[i-1].Text == "،" || toks[i-1].Text == ","):
		return i - 2
	case i >= 1 && StartsWithWaw(toks[i]):
		return i - 1
	}
	return -1
}

// NextConjunct returns the first token of the name joined to the one that
// ends at token i by a comma or و after it (عمان، والكويت), or -1.
func NextConjunct(toks []news.Token, i int) int {
	j := i + 1
	if j < len(toks) && toks[j].Kind == news.Punctuation && (toks[j].Text == "،" || toks[j].Text == ",") {
		j++
	}
	if j < len(toks) && toks[j].Kind == news.Word && StartsWithWaw(toks[j]) {
		return j
	}
	return -1
}

// Bracketed reports whether tokens first..last stand alone between round
// brackets: (عمان) after a name in a list of winners is his country.
func Bracketed(toks []news.Token, first, last int) bool {
	return first > 0 && last+1 < len(toks) && toks[first-1].Text == "(" && toks[last+1].Text == ")"
}

// divineName is the search key of الله, God.
var divineName = arabic.SearchKey("الله")

// DivineName reports whether a word (its key) is الله, which closes the
// theophoric names (عبد الله, نصر الله, فضل الله) and alone names God
// (رحمه الله, حفظه الله): never a surname of its own.
func DivineName(key string) bool { return key == divineName }

// Dotted returns the words of a dotted abbreviation that starts at word i
// before end: single letters joined by full stops with no space (ب.ك.ك,
// as the gazetteer writes the PKK). It returns nil where fewer than two
// letters are joined so.
func Dotted(toks []news.Token, i, end int) []int {
	var words []int
	for j := i; j < end && toks[j].Kind == news.Word && arabic.OneRune(toks[j].Norm) && toks[j].End-toks[j].Start == len(toks[j].Norm); j += 2 {
		words = append(words, j)
		if j+2 >= end || toks[j+1].Text != "." || toks[j].End != toks[j+1].Start || toks[j+1].End != toks[j+2].Start {
			break
		}
	}
	if len(words) < 2 {
		return nil
	}
	return words
}

// MaxSpoken is how many words before the ل of "told" a speech word is
// looked for.
const MaxSpoken = 8

// SpokenBefore reports whether a speech verb or noun stands within
// MaxSpoken words before token i, in its sentence (قال مصدر في المقاومة
// لـ"الاقتصادية", في تصريحات خاصة لـ"المدينة").
func SpokenBefore(lx *lexicon.Lexicon, toks []news.Token, i int) bool {
	for j := i - 1; j >= 0 && i-j <= MaxSpoken; j-- {
		if toks[j].Kind == news.Punctuation && (toks[j].Text == "." || toks[j].Text == "؟" || toks[j].Text == "!") {
			return false
		}
		w, _ := lx.AfterConjunction(&toks[j])
		s, _ := lx.Stem(&toks[j])
		if w.Has("speech-verb") || s.Has("speech-noun") || s.Has("speech-verb") {
			return true
		}
	}
	return false
}

// AnyDefinite reports whether a phrase is definite: a word of it carries
// the article (الرئيس, وزير الخارجية).
func AnyDefinite(toks []news.Token) bool {
	for i := range toks {
		if lexicon.Definite(&toks[i]) {
			return true
		}
	}
	return false
}

// FeminineAgreement reports whether two definite words side by side are
// both feminine in form, ending in ة or ى (الضفة الأخرى, الضفة الآسيوية):
// the second can be an adjective in agreement with the first. A word of the
// other gender qualifies a noun before them (دول الخليج الأخرى).
func FeminineAgreement(noun, next news.Token) bool {
	feminine := func(t news.Token) bool {
		return arabic.Definite(t.Norm) && (strings.HasSuffix(t.Text, string(arabic.TehMarbuta)) || strings.HasSuffix(t.Text, string(arabic.AlefMaksura)))
	}
	return feminine(noun) && feminine(next)
}

// SameGender reports whether a noun and an adjective after it are of one
// gender in form: both end in ة (وزارة … اليمنية) or neither does and the
// adjective ends in ي (مركز … اليمني). An adjective of the other gender
// qualifies a word between them (مركز البحوث والدراسات الإندونيسية).
func SameGender(noun, adj news.Token) bool {
	tm := string(arabic.TehMarbuta)
	if strings.HasSuffix(adj.Text, tm) {
		return strings.HasSuffix(noun.Text, tm)
	}
	return strings.HasSuffix(adj.Text, string(arabic.Yeh)) && !strings.HasSuffix(noun.Text, tm)
}
