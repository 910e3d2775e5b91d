package nameparts

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// personCues are the lexicon's classes of the words that introduce a
// person by title, trade, kin or condition (الفريق, الناشط, الطفل).
var personCues = []string{"title", "rank", "profession", "kin", "descriptor"}

// PersonCue reports whether a word (its stem, or without a ل on it:
// للناشط) introduces a person.
func PersonCue(lx *lexicon.Lexicon, tok *news.Token) bool {
	w, _ := lx.Stem(tok)
	for _, c := range personCues {
		if w.Has(c) {
			return true
		}
	}
	return false
}

// Royal reports whether tok is the title of a ruler or of a member of a
// ruling house (the lexicon's class royal-title: الملك, الأمير, السلطان,
// الشيخ): news names such a person by his title and one given name
// (الملك فاروق, الأمير نايف, الشيخ صباح), no family name after it.
func Royal(lx *lexicon.Lexicon, tok *news.Token) bool {
	w, _ := lx.Stem(tok)
	return w.Has("royal-title")
}

// Skeleton returns a word's search key without its long vowels (ا و ي), the
// letters transliterations of one foreign name spell differently (بوريس,
// بورس).
func Skeleton(key string) string {
	return strings.Map(func(r rune) rune {
		if r == arabic.Alef || r == arabic.Waw || r == arabic.Yeh {
			return -1
		}
		return r
	}, key)
}

// FamilyWord reports whether token j (not the last) may be a family name
// after a given name: a word with the article, not feminine (an
// adjective's: جامعة الإمام محمد بن سعود الإسلامية), opening no phrase of
// the lexicon (الأمين العام), no word of time (الأسبوع الماضي, اليوم,
// الثلاثاء). The
// caller rules out function words.
func FamilyWord(lx *lexicon.Lexicon, toks []news.Token, j int) bool {
	t, w := toks[j], lx.Whole(&toks[j])
	return j+1 < len(toks) && t.Kind == news.Word && len(t.Norm) > len("الاب") && strings.HasPrefix(t.Norm, "ال") && !strings.HasSuffix(t.Text, "ة") &&
		lx.Word(t.Norm+" "+toks[j+1].Norm) == nil && !w.Has("time-unit") && w.Value("day") == "" && !w.Has("weekday")
}

// FamilyDue reports whether the person's name [first, last], introduced by
// a word of title or trade right before it, stops where Arabic news writes
// the family name: after a given name alone (اللاعب حمد الجهيم) or after
// بن and the father's given name (الأستاذ خالد بن صالح العباد، المستشار بكر
// بن عبد اللطيف الهبوب). There the
// definite word j = last+1 is that family name whatever else it means,
// unless it is a word of title or trade itself (المدرب المعتمد الدكتور).
func FamilyDue(lx *lexicon.Lexicon, toks []news.Token, first, last int) bool {
	if first == 0 || !PersonCue(lx, &toks[first-1]) || PersonCue(lx, &toks[last+1]) {
		return false
	}
	if first == last {
		return true
	}
	if lx.Word(toks[last-1].Norm + " " + toks[last].Norm).Has("given-name") {
		last-- // بن عبد اللطيف: a given name of two words
	}
	return last-first >= 2 && Son(toks[last-1])
}

// FoldedArticle reports whether a word's normalised form opens on the
// article that its written form lacks: a foreign name written with a hamza
// or madda on its first alef (آلان, ألبرت, ألكسندر), which normalisation
// folds into what looks like a definite word (الان, "now"). Such a word is
// no definite word, and no dictionary word of that spelling.
func FoldedArticle(tok news.Token) bool {
	form, _ := lexicon.WithoutConjunction(&tok)
	return strings.HasPrefix(form, "ال") && !strings.HasPrefix(arabic.StripMarks(lexicon.TextAfterConjunction(&tok)), "ال")
}

// PredicateRole reports whether an indefinite word is a role or a trade
// that the lexicon lists with the article (كاتب of الكاتب): the predicate
// of a sentence that says what the person is (خالد الحروب كاتب فلسطيني),
// whose nisba must follow it directly.
func PredicateRole(tok news.Token) bool {
	stem, cl := lexicon.StemOf(&tok)
	if cl.Prep != "" || arabic.Definite(stem) {
		return false
	}
	w := lexicon.Default().Word(arabic.Article + stem)
	return w.Has("role") || w.Has("profession")
}
