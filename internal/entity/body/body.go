// Package body reads the names of bodies that news builds from a head
// noun (package lexicon's org-cue: وزارة, مجلس, نادي, شركة, بنك) and the
// words after it, where the gazetteer lacks them: the fields a head opens
// joined by و (وزارة الشباب والرياضة), the one name a club's, a company's
// or a bank's head is followed by (نادي الفتح, شركة معادن, بنك الجزيرة),
// and that name alone when the article says it again (الفتح). It reads
// tokens only; package entity decides what a name it reads is. Of the
// entities package entity groups, Shortened merges a body's name cut short
// (مركز الملك سلمان) into its full name (… للإغاثة والأعمال الإنسانية).
package body

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// MaxWords is the most words a body's name is read over after its head.
const MaxWords = 6

// pluralEnding is the ending of a feminine sound plural (شركات, هيئات).
const pluralEnding = string(arabic.Alef) + string(arabic.Teh)

// Definite reports whether a word may continue a body's name: it carries
// the article, alone or after ل (لحقوق, للتنمية: its field), and is no
// function word of lex.
func Definite(lex *arabic.Segmenter, t news.Token) bool {
	stem, cl := lexicon.StemOf(&t)
	lam := string(arabic.Lam)
	if cl.Prep != "" && cl.Prep != lam {
		return false
	}
	if len(stem) < 6 || !arabic.Definite(stem) {
		return cl.Prep == lam && len(stem) >= 6
	}
	info, ok := lex.Lookup(stem)
	return !ok || !info.Function
}

// FieldsEnd returns the last word of a body's name that a head word at
// token i opens with its fields and no nisba: definite words, one of them
// after the first joined by و, then more joined so or relational
// adjectives (مركز الدراسات والإعلام الاقتصادي); -1 when the words after
// the head are no such list (وزارة الخارجية, شركة الكهرباء الجمعة). wkeys
// are the tokens' search keys; free reports a token no mention covers;
// end is the end of i's sentence.
func FieldsEnd(lex *arabic.Segmenter, toks []news.Token, wkeys []string, free func(int) bool, i, end int) int {
	lx := lexicon.Default()
	if stem, _ := lexicon.StemOf(&toks[i]); arabic.Definite(stem) || strings.HasSuffix(stem, pluralEnding) || lx.Word(stem).Has("abstract-head") {
		// The name of a body is an idafa on an indefinite singular head
		// (وزارة الشباب): after a definite head come adjectives (الصندوق
		// الخلفي), a plural head is a class (شركات النفط والغاز), and
		// a verbal or abstract noun heads common phrases (حركة البيع
		// والشراء, تنظيم النسل).
		return -1
	}
	last, joined := -1, false
	for j := i + 1; j < end && j-i < MaxWords; j++ {
		t := toks[j]
		if t.Kind != news.Word || !free(j) || !Definite(lex, t) {
			break
		}
		_, cl := lexicon.StemOf(&t)
		if cl.Prep != "" {
			break
		}
		if w, _ := lx.AfterConjunction(&toks[j]); shape.People(wkeys[j]) || w.Has("role") || shape.NoField(t) {
			break // حرس الحدود والمسؤولين, والناطق الإعلامي, والعضو, والمنتشرة: people or a participle joined, not a field
		}
		switch {
		case cl.Conj == string(arabic.Waw) && j > i+1:
			if w, _ := lx.AfterConjunction(&toks[j]); w.Has("org-cue") {
				return -1 // two bodies, not one
			}
			joined, last = true, j
		case cl.Conj != "":
			return -1
		case !joined:
			last = j
		case shape.Relational(wkeys[j]):
			last = j
		default:
			j = end // a noun after the list begins the next phrase
		}
	}
	if !joined {
		return -1
	}
	return last
}
