package quote

import (
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// opensClause holds the particles after which وصف is a verb that opens its
// clause (وقد وصف، كما وصف، عندما وصف); after a noun or a preposition it
// is the verbal noun (إلى حد وصف، لدى وصف).
var opensClause = map[string]bool{"قد": true, "لقد": true, "ثم": true, "كما": true, "عندما": true, "حين": true,
	"حينما": true, "بعدما": true, "لما": true, "إذ": true, "اذ": true, "حيث": true, "بينما": true}

// describer trims the phrase [s, e) after وصف, a verb whose subject comes
// first, then the one described, then بـ (وصف X Y بأنه «…»): the one
// described is no speaker. It returns the end of the subject, s when the
// phrase holds none: after a noun, a preposition or a name (أوباما وصف،
// إلى حد وصف الاتحاد الأوروبي بأنه) the verb's subject stands before it
// and all the phrase is the one described. The subject is a name (with
// the role it stands in apposition to: وزير الخارجية الأمريكي جون كيري) or
// a description; the one described starts at a name after a description
// (أحد أعضاء حركة طالبان السابقين | الملا عمر), or at the first word after
// a name or a definite body noun that is no country adjective (البيت
// الأبيض | مقتل الوحيشي، الشركة | الجهاز). e when it finds no object.
func (st *state) describer(v, a, s, e int) int {
	stem, cl := lexicon.StemOf(&st.toks[v])
	if stem != "وصف" && stem != "وصفت" || cl.Pronoun != "" {
		return e
	}
	if p := v - 1; cl.Conj == "" && v > a && st.toks[p].Kind == news.Word {
		if w, _ := lexicon.WithoutConjunction(&st.toks[p]); !opensClause[w] {
			return s // أوباما وصف، حد وصف: the subject is before
		}
	}
	role := st.opensRole(s) || st.tk[s].cls&cTitle != 0
	named := st.tk[s].ent >= 0 // the subject is a name, or a role and its name
	for j := s + 1; j < e; j++ {
		in, prev := st.tk[j], st.tk[j-1]
		switch {
		case in.ent >= 0 && (prev.ent < 0 || prev.ent != in.ent || prev.men != in.men):
			if prev.ent >= 0 || !role && st.ents[in.ent].Type == news.PER {
				return j // a second name, or a person after a description
			}
			named = named || role
		case in.ent < 0 && in.nisba == "" && (named && prev.ent >= 0 || in.article && prev.article && st.bodyNoun(j-1)):
			return j
		}
	}
	return e
}
