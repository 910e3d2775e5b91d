package nameparts

import (
	"cmp"

	"rasad/internal/actor"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Recall is what Recalled asks of the article's mentions: its bodies
// (Bodies.Body) and the code of the actor a name at token k is linked to.
type Recall interface {
	Bodies
	Countries
	Code(k int) string
}

// Serves returns the country, or for a body of no country its code, of
// what the role introducing the person named at token i names: the
// country that sent him (Envoy), the body or place whose official he is
// (Official), or the body the article named in full before and his role
// names again by its head noun alone (Recalled).
func Serves(toks []news.Token, begin, i int, ms Recall, kingdom string) (country, code string) {
	if c := cmp.Or(Envoy(toks, begin, i, ms, kingdom), Official(toks, begin, i, ms)); c != "" {
		return c, ""
	}
	return Recalled(toks, begin, i, ms)
}

// Recalled returns the country of the body whose official the person
// named at token i is when his role names it by its head noun alone, a
// body the article names in full (رئيس البرلمان after البرلمان العربي,
// الناطقة باسم البرنامج after برنامج الأغذية العالمي): news names a body
// in full once and then by its head. The head is the definite word just
// before the name, past his titles (الدكتور), the genitive of a role noun
// (roleOf); the bodies are those of several words whose first word has the
// head's stem, and they must agree (الحكومة of an article that names the
// Yemeni and the American governments is neither). A body of no country
// (an international or pan-Arab one) gives its code instead: its official
// is of no country, not of the story's.
func Recalled(toks []news.Token, begin, i int, ms Recall) (country, code string) {
	lx := lexicon.Default()
	j := i - 1
	for ; j > begin && toks[j].Kind == news.Word; j-- {
		if w, _ := lx.Bare(&toks[j]); !w.Has("title") && !w.Has("rank") {
			break
		}
	}
	if j <= begin || toks[j].Kind != news.Word || !lexicon.Definite(&toks[j]) {
		return "", ""
	}
	if in, _ := ms.InName(j); in || !roleOf(toks, begin, j) {
		return "", ""
	}
	head := headKey(toks[j])
	found := false
	for f := range toks {
		c, last := ms.Body(f)
		if last <= f || f == j || headKey(toks[f]) != head {
			continue
		}
		k := ms.Code(f)
		if c != "" || !actor.International(k) {
			k = "" // (a hospital of no country named: its code HLH is no international body's)
		}
		if c+k == "" {
			continue
		}
		if found && (c != country || k != code) {
			return "", ""
		}
		country, code, found = c, k, true
	}
	return country, code
}
