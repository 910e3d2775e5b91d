package quote

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/quote/marks"
	"rasad/internal/quote/word"
)

// A role is followed by the name of the one who holds it, in apposition:
// right after the role's phrase (مساعد وزير الخزانة الأمريكي دانيال غليزر),
// after the complements that tell the office (… لشؤون مكافحة تمويل الإرهاب
// دانيال غليزر), or after a comma (رئيس مجلس قضاء الخالدية في محافظة
// الأنبار، علي داود). A name written after a noun with no article, as its
// genitive, names a thing, not a person in apposition (غرفة عمليات عمر
// المختار: the operations room's name, not Omar al-Mukhtar).

// eponym reports whether the person's mention at j is the genitive of the
// word before it: a noun with no article, no pronoun and no preposition
// attached, that heads the names of bodies or of things (word.Info.Common,
// NameNoun, word.Body) and is no
// role, title, entity or country adjective (عمليات عمر المختار، مطار الملك
// خالد، جامعة الملك سعود); not a given name the entity stage left out
// (عيضة بن الهذلي).
func (st *state) eponym(j int) bool {
	p := j - 1
	for p >= 0 && st.tk[p].ent == st.tk[j].ent && st.tk[p].men == st.tk[j].men {
		p-- // the mention's first word
	}
	if p < 0 || st.toks[p].Kind != news.Word || st.tk[p].ent >= 0 || st.tk[p].q >= 0 {
		return false
	}
	in := &st.tk[p]
	if in.Article || in.Pronoun || in.Role || in.Nisba != "" || in.Cls&(word.Title|word.Stop|word.From|word.To|word.In|word.Say|word.Part) != 0 {
		return false
	}
	_, cl := lexicon.StemOf(&st.toks[p])
	return cl.Prep == "" && (in.Common || in.NameNoun || st.bodyNoun(p))
}

// appositeName returns the end of a personal name the entity stage did not
// find, written after a comma right after the subject [s, e) that opens
// with a role (…، علي داود في حديث), or -1. No word of a name carries a
// possessive pronoun.
func (st *state) appositeName(s, e, b int) int {
	if s < 0 || e+1 >= b || !marks.Comma(st.toks[e].Text) || !st.opensRole(s) || st.trailingName(s, e) > 0 {
		return -1
	}
	n := st.nameRun(e+1, b)
	if n < 2 {
		return -1
	}
	for j := e + 1; j <= e+n; j++ {
		if st.tk[j].Pronoun {
			return -1 // a possessed noun is no name: مصادر …، تعارض تورط عناصره في
		}
	}
	return e + 1 + n
}

// adjectival reports whether the participle at v is the adjective of the
// indefinite accusative noun right before it, as its ending agrees with
// (سجلوا حضوراً لافتاً … إلى جانب: a remarkable presence, no one pointing).
func (st *state) adjectival(v int) bool {
	p := v - 1
	if st.tk[v].Cls&word.Part == 0 || p < 0 || st.toks[p].Kind != news.Word || st.tk[p].ent >= 0 || st.tk[p].Article || st.tk[p].Cls != 0 {
		return false
	}
	return strings.HasSuffix(st.toks[p].Norm, string(arabic.Alef)) && strings.HasSuffix(st.toks[v].Norm, string(arabic.Alef))
}
