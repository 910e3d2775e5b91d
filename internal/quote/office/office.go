// Package office finds the role phrases written with a person (Phrases) and
// compares the keys of offices that package quote builds
// from role phrases (the stems of their words without the article, titles,
// country adjectives or clitics: "وزير خارجية", "نائب رئيس مجلس ادارة"): whether
// the office a description names is the office the article wrote before
// or after a person's name, said in full, shorter, or with its body named.
package office

import (
	"strings"

	"rasad/internal/lexicon"
)

// Same reports whether the role key a description opens with names
// the office indexed as role: the same words, a shorter form (متحدث for
// متحدث رسمي), or an office of three words or more followed by the name of
// its body (نائب رئيس مجلس إدارة سابك for نائب رئيس مجلس إدارتها).
func Same(role, key string) bool {
	switch {
	case role == key, strings.HasPrefix(role, key+" "):
		return true
	case strings.HasPrefix(key, role+" "):
		return strings.Count(role, " ") >= 2
	}
	return shortForm(role, key)
}

// shortForm reports whether the office key is role with words left out
// between its first and last (قائد منطقة رابعة for قائد منطقة عسكرية
// رابعة): the same head and the same last word, the rest in order.
func shortForm(role, key string) bool {
	i, l := strings.IndexByte(key, ' '), strings.LastIndexByte(key, ' ')
	if i < 0 || len(key) >= len(role) {
		return false
	}
	head, last := key[:i], key[l+1:]
	if len(role) <= len(head)+len(last)+1 || role[:len(head)+1] != key[:i+1] || role[len(role)-len(last)-1:] != key[l:] {
		return false
	}
	mid := role[len(head) : len(role)-len(last)] // " منطقة عسكرية "
	for _, w := range strings.Fields(key[i:l]) {
		k := strings.Index(mid, " "+w+" ")
		if k < 0 {
			return false
		}
		mid = mid[k+len(w)+1:]
	}
	return true
}

// Index holds the offices an article writes with its people's names: an
// office key and a country for each holder, by the holder's index. A key
// and country two people share names neither.
type Index struct {
	m map[string]int // "key|country" → holder, -1 when two
}

// Add records that holder e holds the office key in country.
func (x *Index) Add(key, country string, e int) {
	if x.m == nil {
		x.m = map[string]int{}
	}
	k := lemmas(key) + "|" + country
	if old, ok := x.m[k]; ok && old != e {
		e = -1
	}
	x.m[k] = e
}

// Bare is the country under which Index records an office written with no
// country adjective (وزير الخارجية عادل الجبير beside وزير الخارجية الإيطالي
// باولو جينتيلوني), the way a paper writes its own country's officials: a
// bare office written again with no country to tell (وقال معالي وزير
// الخارجية) is that one holder's before any other's.
const Bare = "-"

// Written returns the country to record an office under that names
// country, Bare for none.
func Written(country string) string {
	if country == "" {
		return Bare
	}
	return country
}

// Holder returns the one holder of the office key in country: recorded
// under it, else under an office of the same name (Same), in that country
// or, when anyCountry, in any; -1 when none or two. With anyCountry and no
// country, the one holder of the office written Bare comes first.
func (x *Index) Holder(key, country string, anyCountry bool) int {
	key = lemmas(key)
	if e, ok := x.m[key+"|"+country]; ok && e >= 0 && !anyCountry {
		return e
	}
	if e, ok := x.m[key+"|"+Bare]; ok && e >= 0 && anyCountry && country == "" {
		return e
	}
	found := -1
	for k, e := range x.m {
		role, c, _ := strings.Cut(k, "|")
		if e < 0 || !Same(role, key) || !anyCountry && c != country {
			continue
		}
		if found >= 0 && found != e {
			return -1 // two holders: say nothing
		}
		found = e
	}
	return found
}

// lemmas returns the office key with each role word that the lexicon gives
// a lemma written as its lemma: the indefinite form of a defective noun
// drops its final ي (قاضٍ يمني سابق, القاضي اليمني السابق: one office).
func lemmas(key string) string {
	lx := lexicon.Default()
	ws := strings.Fields(key)
	changed := false
	for i, w := range ws {
		if l := lx.Word(w); l != nil && l.Lemma != "" && l.Lemma != w && l.Has("role") {
			ws[i], changed = l.Lemma, true
		}
	}
	if !changed {
		return key
	}
	return strings.Join(ws, " ")
}

// Former reports whether an office key says a former office (رئيس اسبق،
// وزير خارجية سابق: a word of lexicon class former, with or without the
// article): its holder on the day is someone else.
func Former(key string) bool {
	lx := lexicon.Default()
	for _, w := range strings.Fields(key) {
		if lx.Has(w, "former") || lx.Has("ال"+w, "former") {
			return true
		}
	}
	return false
}

// Qualifier reports whether a word (normalised) is an adjective that
// qualifies the office written right before it (lexicon class
// office-adjective: الرئيس الدوري، الرئيس الفخري، الأمين العام المساعد):
// there it is no surname, whatever name of the same form a gazetteer
// holds (الدوري: Izzat al-Douri).
func Qualifier(word string) bool {
	return lexicon.Default().Has(word, "office-adjective")
}
