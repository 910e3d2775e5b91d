package shape

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Language reports whether the definite feminine nisba at token i names a
// language, as Arabic shortens اللغة الإنجليزية to الإنجليزية: after لغة
// (باللغة الإنجليزية, اللغتين الفرنسية والإنجليزية), with ب on it
// (بالإنجليزية, "in English"), after إلى, من or عن with no noun for it to
// describe (ترجمت إلى الفرنسية), or joined by و to a language read so
// (إلى الفرنسية والإنجليزية). A nisba that follows its noun (القوات
// الروسية) is an adjective, and names no language.
func Language(toks []news.Token, i int) bool {
	stem, cl := lexicon.StemOf(&toks[i])
	key := arabic.SearchKey(stem)
	if !arabic.Definite(key) || !strings.HasSuffix(key, string(arabic.Yeh)+string(arabic.Heh)) {
		return false
	}
	if cl.Prep == "ب" && cl.Conj == "" {
		return true
	}
	if i == 0 || toks[i-1].Kind != news.Word {
		return false
	}
	prev := &toks[i-1]
	pstem, pcl := lexicon.StemOf(prev)
	switch pkey := arabic.SearchKey(pstem); {
	case strings.HasPrefix(arabic.WithoutArticle(pkey), "لغ"):
		return true // اللغة, لغة, اللغتين
	case cl.Conj == "":
		return pcl.Conj == "" && pcl.Prep == "" && (pkey == "الي" || pkey == "من" || pkey == "عن")
	}
	return Language(toks, i-1) // والإنجليزية after a language
}
