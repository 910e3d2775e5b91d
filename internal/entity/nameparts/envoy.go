package nameparts

import (
	"rasad/internal/arabic"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Countries is what Envoy asks of the article's mentions: the country of
// a country's name or nisba adjective that begins at token k (مصر,
// المملكة, للمملكة العربية السعودية, السعودي) and its last token; "" when
// none begins there.
type Countries interface {
	Country(k int) (string, int)
	// InName reports whether token k is in a name the article gives,
	// and whether that name is a person's.
	InName(k int) (in, person bool)
}

// envoyNouns are the nouns of a state's envoy and of its missions (the
// lexicon's envoy-noun: سفير, مندوب, سفارة, قنصلية) by the search key of
// their stem without the article: the state they name in an idafa (سفير
// مصر, مندوب المملكة, القائم بالأعمال في سفارة المملكة) is the one that
// sends him, the one after لدى or في the one that receives him.
var envoyNouns = func() map[string]bool {
	set := map[string]bool{}
	for _, f := range lexicon.Default().Forms("envoy-noun") {
		set[arabic.SearchKey(f)] = true
	}
	return set
}()

// maxEnvoy is how many tokens before a name its envoy's noun is read over
// (مندوب المملكة الدائم لدى جامعة الدول العربية عميد السلك الدبلوماسي
// العربي السفير أحمد قطان).
const maxEnvoy = 16

// kingTitle is the Saudi king's title, خادم الحرمين الشريفين, by search
// key: his envoys (سفير خادم الحرمين الشريفين لدى مصر) are Saudi.
var kingTitle = []string{"خادم", "الحرمين", "الشريفين"}

// kingdomKey is the search key of المملكة, "the Kingdom".
var kingdomKey = arabic.SearchKey("المملكة")

// Envoy returns the sending state of the person whose name begins at
// token i, from the nearest envoy's noun before it in its clause (from
// begin, to a comma or any other mark): the state it names in an idafa,
// perhaps after an adjective (مندوب المملكة الدائم, المندوب الدائم للمملكة
// العربية السعودية, سفير خادم الحرمين الشريفين, الملحق العسكري السعودي),
// whatever the state he is posted to (لدى مصر, في القاهرة), which a
// reader never takes for his. A noun that is only his title (السفير
// أحمد) is passed over for one before it; "" when the nearest noun names
// no state (الملحق العسكري لدى المغرب) or none is found.
//
// «المملكة» alone is kingdom, the country of the paper when that is a
// kingdom ("" when not), as the Saudi press names its own.
func Envoy(toks []news.Token, begin, i int, ms Countries, kingdom string) string {
	title := true // only titles between the name and the noun read
	for j := i - 1; j >= begin && i-j <= maxEnvoy; j-- {
		if toks[j].Kind != news.Word {
			if shape.Opening(toks[j].Text) {
				continue
			}
			return ""
		}
		stem, _ := lexicon.StemOf(&toks[j])
		if bare, _ := arabic.CutArticle(arabic.SearchKey(stem)); !envoyNouns[bare] {
			lw := lexicon.Default().Word(stem)
			isTitle := lw.Has("title") || lw.Has("rank") || lw.Has("name-cue")
			if !describes(toks[j], isTitle, ms, j) && !negates(toks, j, i) {
				return "" // another clause: اعتبره السفير الفرنسي فرصة ... للأمير محمد
			}
			title = title && isTitle
			continue
		}
		if c := possessor(toks, j+1, i, ms, kingdom); c != "" || !title {
			return c
		}
	}
	return ""
}

// describes reports whether the word tok at token j may stand in an
// envoy's description between his noun and his name: a definite
// word (الدائم, العربية), a title, role or rank (عميد السلك الدبلوماسي,
// العقيد ركن), لدى or في, the king's title, or a word of a place's or a body's
// name (لدى جمهورية مصر العربية); a person's name or any other word ends
// it.
func describes(tok news.Token, isTitle bool, ms Countries, j int) bool {
	in, person := ms.InName(j)
	switch {
	case person:
		return false
	case in || isTitle || lexicon.Definite(&tok):
		return true
	}
	w := arabic.SearchKey(tok.Norm)
	return w == "لدي" || w == "في" || w == kingTitle[0] || w == staffRank
}

// staffRank is ركن, "staff", which follows a military rank as part of it
// (العقيد ركن عبدالله الجاسر).
const staffRank = "ركن"

// possessor returns the state named after an envoy's noun, at token k,
// past the definite adjectives of the noun (الدائم, العسكري), before the
// name at token i.
func possessor(toks []news.Token, k, i int, ms Countries, kingdom string) string {
	for ; k < i; k++ {
		if c, _ := ms.Country(k); c != "" {
			return c
		}
		if stem, _ := lexicon.StemOf(&toks[k]); arabic.SearchKey(stem) == kingdomKey {
			return kingdom
		}
		if k+len(kingTitle) <= i && keysAre(toks[k:k+len(kingTitle)], kingTitle) {
			return "SAU"
		}
		if toks[k].Kind != news.Word || !lexicon.Definite(&toks[k]) && !negates(toks, k, i) {
			return ""
		}
	}
	return ""
}

// notWord is غير, "non-", which before a definite adjective makes one
// adjective of the two (السفير غير المقيم, the non-resident ambassador).
const notWord = "غير"

// negates reports whether token k is غير before a definite word that
// comes before the name at token i.
func negates(toks []news.Token, k, i int) bool {
	return k+1 < i && toks[k].Kind == news.Word && arabic.SearchKey(toks[k].Norm) == notWord &&
		toks[k+1].Kind == news.Word && lexicon.Definite(&toks[k+1])
}

// keysAre reports whether the search keys of toks are words.
func keysAre(toks []news.Token, words []string) bool {
	for n, w := range words {
		if arabic.SearchKey(toks[n].Norm) != w {
			return false
		}
	}
	return true
}
