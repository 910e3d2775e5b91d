// Package locate reads where Arabic news says a place lies. News lists the
// villages of one district together and places the whole list once, after
// its last name: «قرى الحواش والقاهرة والعنكاوي بسهل الغاب» puts every
// village of the list in the Ghab plain, and «بلدة المنصورة بسهل الغاب» a
// town in it. The list is read over its names joined by و or commas; the
// place it lies in follows it, after the locative ب or في or a word of
// relative place (غرب, قرب, بريف). Package entity reads with it the
// country of a place the gazetteer lacks and the namesake of a known city
// that lies in another country than the gazetteer's.
package locate

import (
	"rasad/internal/arabic"
	"rasad/internal/entity/nameparts"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Places answers which tokens the article's places cover.
type Places interface {
	// Place returns the first and last tokens of the place mention that
	// covers token k, and false where no place covers it.
	Place(k int) (first, last int, ok bool)
}

// comma reports whether a token is the comma of a list.
func comma(t news.Token) bool {
	return t.Kind == news.Punctuation && (t.Text == "،" || t.Text == ",")
}

// ListEnd returns the token after the list of places that goes on at
// token j, before end: the names that follow joined by و or a comma
// (والحواش والعنكاوي، والعمقية); j itself where none follows.
func ListEnd(toks []news.Token, j, end int, p Places) int {
	for j < end {
		k := j
		if comma(toks[k]) {
			k++
		}
		if k >= end || toks[k].Kind != news.Word || k == j && !shape.StartsWithWaw(toks[k]) || shape.HasPrepClitic(toks[k]) {
			break // a name with ب or ل is no member but where the list lies: جزيرة إيكس، بفرنسا
		}
		first, last, ok := p.Place(k)
		if !ok || first != k {
			break
		}
		j = last + 1
	}
	return j
}

// ListStart returns the first token of the list of places whose member
// begins at token i: the names before it joined by و or a comma.
func ListStart(toks []news.Token, i int, p Places) int {
	for i > 0 {
		k := i - 1
		if comma(toks[k]) {
			k--
		} else if !shape.StartsWithWaw(toks[i]) {
			break
		}
		if shape.HasPrepClitic(toks[i]) {
			break
		}
		if k < 0 {
			break
		}
		first, last, ok := p.Place(k)
		if !ok || last != k {
			break
		}
		i = first
	}
	return i
}

// Locative reports whether the place at token j is where what precedes it
// lies: it carries the locative ب (بسهل الغاب) or follows في.
func Locative(toks []news.Token, j int) bool {
	if _, cl := lexicon.StemOf(&toks[j]); cl.Prep == "ب" {
		return true
	}
	if j == 0 || toks[j-1].Kind != news.Word {
		return false
	}
	switch toks[j-1].Norm {
	case "في", "فى", "وفي":
		return true
	}
	return false
}

// Cued reports whether a cue other than a preposition places the one-word
// name over tokens first..last: a noun of settlement before it (مدينة
// مشهد, لقضاء حديثة) or of taking or falling (Taken), or after it a word
// of relative place (حديثة غرب الأنبار, صور جنوب لبنان) or a word that
// known says is a place or a country's nisba (مشهد الإيرانية); or the
// name ends its phrase, before punctuation, a و or ف, or a word with ب
// or ل (من حائل), بحائل فتوقف, بينبع بتشكيل). A place whose name is also a common word needs one:
// في, ب or ل alone announce a noun as often as a place (في مشهد تمثيلي,
// بصور عديدة, بحجة عدم السداد).
func Cued(toks []news.Token, first, last int, known func(k int) bool) bool {
	lx := lexicon.Default()
	if first > 0 && toks[first-1].Kind == news.Word {
		if w, _ := lx.Stem(&toks[first-1]); w.Has("place-head") {
			return true
		}
	}
	if Taken(toks, first, last) {
		return true
	}
	next := last + 1
	if next >= len(toks) || toks[next].Kind != news.Word || shape.HasPrepClitic(toks[next]) {
		return true // the name ends its phrase: من حائل), بينبع بتشكيل
	}
	if _, cl := lexicon.StemOf(&toks[next]); cl.Conj != "" {
		return true // or a و or ف opens the next: بحائل فتوقف
	}
	if w, _ := lx.Stem(&toks[next]); w.Has("place-relation") {
		return true
	}
	return known(next)
}

// Across reports whether the place at token j is named as the other side
// of a border: after a word of border and مع (قرية قاح الحدودية مع تركيا,
// قرب الحدود مع لبنان), or after one with ل on its name (المحاذية للأردن).
// The place before such a phrase lies on this side of the border, not in
// that country.
func Across(toks []news.Token, j int) bool {
	lx := lexicon.Default()
	k := j - 1
	if k < 0 {
		return false
	}
	if w, _ := lx.Stem(&toks[k]); w.Has("border-with") {
		k--
	} else if _, cl := lexicon.StemOf(&toks[j]); cl.Prep != string(arabic.Lam) {
		return false
	}
	if k < 0 || toks[k].Kind != news.Word {
		return false
	}
	w, _ := lx.Stem(&toks[k])
	return w.Has("border")
}

// Taken reports whether the word before the one-word name over tokens
// first..last is a noun or verb of taking, liberating, storming or falling
// (the lexicon's class place-taken: تحرير عدن, استعادة الرمادي, سقطت
// هيت), whose object or subject in news is a town: a name there that is
// also a common word is the place. Not where a definite word follows, the
// adjective of the common noun (تحرير الخبر الصحفي, "editing the news
// item").
func Taken(toks []news.Token, first, last int) bool {
	if first == 0 || toks[first-1].Kind != news.Word {
		return false
	}
	if Attributive(toks, last+1) {
		return false
	}
	w, _ := lexicon.Default().Stem(&toks[first-1])
	return w.Has("place-taken")
}

// Attributive reports whether the word at token next may belong to the
// phrase of the noun before it, as its genitive or adjective (صور التحرش,
// تحرير الخبر الصحفي): a definite word that carries no proclitic and is
// no title said before a name (the lexicon's class title: الدكتور,
// المهندس, العميد) unless also a given name. A word with a preposition or a conjunction on
// it begins another phrase (تحرير عدن بالكامل, بين طريق الطائف والسيل,
// شركة الطائف للاستثمار), and so does a title before the name it
// introduces (مدير تعليم الخرج الدكتور ..., محافظ القريات المهندس ...).
func Attributive(toks []news.Token, next int) bool {
	if next >= len(toks) || toks[next].Kind != news.Word || !lexicon.Definite(&toks[next]) {
		return false
	}
	if _, cl := lexicon.StemOf(&toks[next]); cl.Prep != "" || cl.Conj != "" {
		return false
	}
	w, _ := lexicon.Default().Stem(&toks[next])
	return !w.Has("title") || w.Has("given-name")
}

// Seated reports whether the body whose mention begins at token first is
// named after a preposition of place (مندوب المملكة في الأمم المتحدة, سفير
// لدى الاتحاد الأوروبي): the body where an envoy sits, not the one he
// speaks for; at[k] is non-zero where a mention covers token k. A ل after
// a definite word of the role (الأمين العام للأمم المتحدة, الممثل الخاص
// للأمم المتحدة) is the role's genitive: the body he serves; so is the
// body after في or ب of a role in an idafa with its department (مفوضة
// المنافسة في الاتحاد الأوروبي: nameparts.Staff).
func Seated(toks []news.Token, at []int, first int) bool {
	named := func(k int) bool { return at[k] != 0 }
	if _, cl := lexicon.StemOf(&toks[first]); cl.Prep != "" {
		k := first - 1
		if cl.Prep == "ب" && k >= 0 && nameparts.Staff(toks, k, named) {
			return false
		}
		return cl.Prep != "ل" || k < 0 || at[k] != 0 || toks[k].Kind != news.Word || !lexicon.Definite(&toks[k])
	}
	if first == 0 {
		return false
	}
	if first >= 2 && toks[first-1].Norm == "في" && nameparts.Staff(toks, first-2, named) {
		return false
	}
	switch toks[first-1].Norm {
	case "في", "لدي", "لدى", "الي", "إلى", "الى", "عند":
		return true
	}
	return false
}
