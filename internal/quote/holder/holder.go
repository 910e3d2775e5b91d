// Package holder tells who holds an office an article writes: it indexes
// the roles written before or after a person's name in the article
// (office.Phrases: "الرئيس الروسي فلاديمير بوتين" → رئيس|RUS → Putin)
// under the person's country and the country the phrase names, and gives
// the key of a role phrase and the country a phrase names. Package quote
// asks it who a described speaker (وزير الدفاع الصيني) is, before it asks
// its Resolver.
package holder

import (
	"strings"

	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/quote/agree"
	"rasad/internal/quote/head"
	"rasad/internal/quote/marks"
	"rasad/internal/quote/office"
	"rasad/internal/quote/parts"
	"rasad/internal/quote/refer"
	"rasad/internal/quote/word"
)

// maxPhrase bounds, in tokens, the phrase that names a speaker, as in
// package quote.
const maxPhrase = 10

// Resolver tells who holds a role in a country when the article does not
// (quote.Resolver).
type Resolver interface {
	Resolve(role, country string) *news.Entity
}

// Article is what holder knows of one article. Text gives its tokens, its
// entities and what the lexicon tells of them (only Toks, Ents, Mention,
// Quote and Info are read); Index is built on first use (Key's callers:
// Resolve, RoleHolder).
type Article struct {
	Text     refer.Text
	Index    office.Index  // the offices written with the article's people (build)
	built    bool          // Index is built
	words    []office.Word // what office reads of each token (Words), nil until needed
	families head.Families // the words the article writes after a given name
}

func (r *Article) ent(j int) int32 {
	e, _ := r.Text.Mention(j)
	return e
}

// bare returns the stem of the word at j without clitics and the article.
func (r *Article) bare(j int) string {
	s, _ := lexicon.BareOf(&r.Text.Toks[j])
	return s
}

// CountryIn returns the country that the phrase [a, b) names: the country of
// an entity in it, or of a country adjective.
func (r *Article) CountryIn(a, b int) string {
	for j := a; j < b; j++ {
		if e := r.ent(j); e >= 0 && r.Text.Ents[e].Country != "" {
			return r.Text.Ents[e].Country
		}
		// A country adjective after a noun, or with the article; not a
		// name that looks like one (كوري شولمان), nor a family name after
		// a title and a given name (الدكتور حافظ مغربي: an adjective of a
		// name would take the article).
		if c := r.Text.Info(j).Nisba; c != "" && (j > a || r.Text.Info(j).Article) && !r.familyNisba(j) {
			return c
		}
	}
	return ""
}

// familyNisba reports whether the country adjective at j is a family name:
// without the article after a title and one word (الدكتور حافظ مغربي، الشيخ
// علي مصري), or right after a title alone when the article writes it after a
// given name too (عبدالله التركي ... وقال الدكتور التركي: al-Turki, no Turk).
func (r *Article) familyNisba(j int) bool {
	toks, in := r.Text.Toks, r.Text.Info
	if j >= 1 && in(j).Article && in(j-1).Cls&word.Title != 0 {
		return r.families.Has(toks, toks[j].Norm)
	}
	return j >= 2 && !in(j).Article && toks[j-1].Kind == news.Word && !in(j-1).Article &&
		in(j-1).Nisba == "" && in(j-2).Cls&word.Title != 0
}

// Key returns the key of the role phrase [a, b): the stems of its words
// without titles, country adjectives, clitics or the article, up to a place
// ("مسؤول كبير في كييف" → "مسؤول كبير", وزير دفاعها → "وزير دفاع").
func (r *Article) Key(a, b int) string {
	var sb strings.Builder
	for j := a; j < b; j++ {
		c := r.Text.Info(j).Cls
		if c&(word.In|word.Link) != 0 || r.ent(j) >= 0 {
			break
		}
		if c&word.Title != 0 || r.Text.Info(j).Nisba != "" || r.Text.Toks[j].Norm == "" {
			continue
		}
		s, _ := lexicon.BareOf(&r.Text.Toks[j])
		if sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(s)
	}
	return sb.String()
}

// Resolve returns the entity of the article that holds the role key in the
// country, or asks res (when not nil).
func (r *Article) Resolve(key, country string, res Resolver) *news.Entity {
	if key == "" {
		return nil
	}
	r.build()
	if e := r.Index.Holder(key, country, false); e >= 0 {
		return &r.Text.Ents[e]
	}
	if res != nil && !office.Former(key) {
		return res.Resolve(key, country)
	}
	return nil
}

// RoleHolder returns the one person of the article written with the role
// that the words [a, b) open with after titles, or nil.
func (r *Article) RoleHolder(a, b int) *news.Entity {
	for a < b && r.Text.Info(a).Cls&word.Title != 0 {
		a++
	}
	if a >= b || !r.Text.Info(a).Role {
		return nil
	}
	key := r.Key(a, b)
	if key == "" {
		return nil
	}
	r.build()
	if e := r.Index.Holder(key, "", true); e >= 0 {
		return &r.Text.Ents[e]
	}
	return nil
}

// PersonNamed returns the index of the person entity named name (its
// English or its Arabic name), or -1.
func (r *Article) PersonNamed(name string) int {
	for i := range r.Text.Ents {
		if e := &r.Text.Ents[i]; e.Type == news.PER && (e.Name == name || e.NameAr == name) {
			return i
		}
	}
	return -1
}

// build indexes the roles written before or after a person's name in
// the article (office.Phrases: "الرئيس الروسي فلاديمير بوتين" → رئيس|RUS →
// Putin), under the person's country and the country the phrase names. A
// key two people share resolves to neither. It runs once.
func (r *Article) build() {
	if r.built {
		return
	}
	r.built = true
	office.Phrases(r.Words(), maxPhrase, r.add)
}

// Words returns the summary of each token that package office reads,
// made once.
func (r *Article) Words() []office.Word {
	if r.words != nil {
		return r.words
	}
	toks, ents := r.Text.Toks, r.Text.Ents
	w := make([]office.Word, len(toks))
	for j := range w {
		t, in := &toks[j], r.Text.Info(j)
		ent, men := r.Text.Mention(j)
		q := r.Text.Quote(j)
		stem, cl := lexicon.StemOf(t)
		d, tm, particle := office.Kinds(stem, r.bare(j))
		w[j] = office.Word{Ent: ent, Men: men, Person: ent >= 0 && ents[ent].Type == news.PER, Describes: d || in.Role || in.Cls&word.Title != 0, Particle: particle,
			Thing: in.Article && ent < 0 && !in.Known && in.Nisba == "" && !d && !tm, Bare: t.Kind == news.Word && ent < 0 && q < 0 && !in.Known && !in.Article && in.Nisba == "" && cl.Prep == "",
			Word: t.Kind == news.Word, Quoted: q >= 0, Comma: t.Kind == news.Punctuation && marks.Comma(t.Text),
			Role: in.Role, RolePrep: in.RolePrep, Plural: in.Role && agree.PluralNoun(r.bare(j)),
			Modifier: in.Nisba != "" || in.Cls&word.Title != 0 || in.Article, Link: in.Cls&word.Link != 0,
			Ends: in.Cls&(word.Comp|word.Cue|word.Stop) != 0, Genitive: in.Role && parts.Genitive(toks, j+1, j)}
		_, conj := lexicon.WithoutConjunction(t)
		w[j].ConjRole, w[j].Lam, w[j].Conj = conj && in.Role, in.RolePrep && cl.Prep == parts.LamS, conj
	}
	r.words = w
	return w
}

// add indexes the role phrase [a, b) of entity e under the entity's
// country and the country the phrase names (office.Written).
func (r *Article) add(a, b, e int) {
	if key := r.Key(a, b); key != "" {
		r.Index.Add(key, r.Text.Ents[e].Country, e)
		if c := r.CountryIn(a, b); c != r.Text.Ents[e].Country {
			r.Index.Add(key, office.Written(c), e)
		}
	}
}
