package setting

import (
	"strings"
	"sync"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// International returns the CAMEO code of the international body that a
// speaker's description [start, end) names before any country (المبعوث
// الأممي، المفوضية العليا للأمم المتحدة، المنظمة الدولية للهجرة): its
// official speaks for the body, not for the country where the story
// happens nor for a country named after it (المبعوث الأممي إلى ليبيا). ""
// when the first name of the description is no international body's (سفير
// اليمن لدى الأمم المتحدة is Yemen's).
func International(ents []news.Entity, start, end int) string {
	first, code := end, ""
	for _, e := range ents {
		for _, m := range e.Mentions {
			if m.Start < start || m.End > end || m.Start >= first {
				continue
			}
			first, code = m.Start, ""
			if e.Country == "" && strings.HasPrefix(e.Actor, "IGO") {
				code = e.Actor
			}
		}
	}
	return code
}

// friends holds the writer's own friends and colleagues, with the
// possessive of the first person (أحد أصدقائي، زميلي، صديقنا), normalised.
var friends = map[string]bool{"صديقي": true, "صديقتي": true, "اصدقائي": true, "زميلي": true, "زميلتي": true, "زملائي": true,
	"صديقنا": true, "اصدقائنا": true, "اصدقاؤنا": true, "زميلنا": true, "زملائنا": true, "زملاؤنا": true}

// acquaintances holds the nouns of a friend or a colleague, indefinite
// and singular, and others holds "another" (زميل آخر، صديقة أخرى).
var (
	acquaintances = map[string]bool{"صديق": true, "صديقة": true, "زميل": true, "زميلة": true, "رفيق": true, "رفيقة": true}
	others        = map[string]bool{"اخر": true, "اخري": true} // normalised: آخر، أخرى
)

// Personal reports whether a speaker's description is an acquaintance of
// the writer, whose country is the writer's, not the story's: a friend or
// a colleague the writer owns (يقول أحد أصدقائي، قال لي زميلي), or one
// whom nobody is said to own, the noun indefinite with nothing after it
// but "another" (يقول زميل آخر، قال لي صديق). A friend of someone named
// (زميل له، صديق للعائلة، زميل الضحية، صديق مقرب من الرئيس) is not.
func Personal(words []news.Token) bool {
	for i := range words {
		w, _ := lexicon.WithoutConjunction(&words[i])
		if rest, _ := lexicon.AfterPreposition(&words[i]); friends[rest] {
			return true
		}
		if stem, cl := lexicon.StemOf(&words[i]); (cl.Pronoun == "ي" || cl.Pronoun == "نا") && friends[stem+cl.Pronoun] {
			return true
		}
		if acquaintances[w] && ownerless(words[i+1:]) {
			return true
		}
	}
	return false
}

// ownerless reports whether the words after an acquaintance noun name no
// one it belongs to: none, or "another" alone.
func ownerless(after []news.Token) bool {
	for _, t := range after {
		if t.Kind == news.Word && !others[t.Norm] {
			return false
		}
	}
	return true
}

// worldwide holds the adjectives "international", "world" and "Western"
// (التقارير الغربية: several countries, none of them), normalised.
var worldwide = map[string]bool{"الدولي": true, "الدولية": true, "العالمي": true, "العالمية": true, "الغربي": true, "الغربية": true}

// Worldwide reports whether a speaker's description names an international
// body or its official by its adjective (الوكالة الدولية لمكافحة المنشطات،
// الهيئة المالية الدولية، المبعوث الدولي إلى اليمن): definite words from the
// first up to الدولي or العالمي. Such a speaker belongs to no country, and
// not to the one where the story happens; a name before the adjective
// makes it a place's own (مطار الملك عبدالعزيز الدولي، مهرجان دبي الدولي).
func Worldwide(words []news.Token) bool {
	for i := range words {
		w := &words[i]
		if w.Kind != news.Word {
			return false
		}
		if i > 0 && worldwide[w.Norm] {
			return true
		}
		if stem, _ := lexicon.WithoutConjunction(w); !strings.HasPrefix(stem, "ال") {
			return false
		}
	}
	return false
}

// commentators holds the nouns of unnamed commentators as a crowd
// (المحللون، خبراء، مراقبون), from the lexicon's [commentator] section.
var commentators = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, f := range lexicon.Default().Forms("commentator") {
		m[f] = true
	}
	return m
})

// Commentator reports whether a described speaker's words are unnamed
// commentators as a crowd (ويرى المحللون, يقول خبراء) whose words name no
// place nor country adjective of theirs (خبراء مصريون، مراقبون في القاهرة):
// analysts comment on a story from anywhere, so the country it happens in
// is not theirs, and they are given none.
func Commentator(words []news.Token, ents []news.Entity) bool {
	if len(words) == 0 {
		return false
	}
	if stem, _ := lexicon.WithoutConjunction(&words[0]); !commentators()[stem] {
		return false
	}
	start, end := words[0].Start, words[len(words)-1].End
	for _, e := range ents {
		for _, m := range e.Mentions {
			if e.Country != "" && m.Start >= start && m.End <= end {
				return false
			}
		}
	}
	return true
}

// Outlet returns the country of a news outlet that speaks (صحيفة «بيلد»
// الألمانية، موقع «بي سي ماجازين»): the country adjective after its name,
// else the outlet's own as the entity stage gives it, else none. A paper
// speaks for itself: the country where its story happens is not its own.
func Outlet(e *news.Entity, adjective string) string {
	if adjective != "" {
		return adjective
	}
	return e.Country
}

// Bodies returns the names, English and Arabic, of the organisations of
// an article, non-nil: a speaker resolved to one of them is a body that
// spoke, whose documents a later bare noun (وأضاف البيان) may take up.
func Bodies(ents []news.Entity) map[string]bool {
	out := map[string]bool{}
	for i := range ents {
		if e := &ents[i]; e.Type == news.ORG {
			out[e.Name], out[e.NameAr] = true, true
		}
	}
	delete(out, "")
	return out
}

// Named returns the index of the organisation of ents whose Arabic name
// the words are, or -1: a body the entity stage found in one place (موقع
// «ويكيليكس») is the same body where the text writes its name again and
// the stage passed it over (وقال موقع ويكيليكس). Only a name of three
// letters or more, matched whole; the words are normalised tokens.
func Named(ents []news.Entity, words []news.Token) int {
	var b strings.Builder
	for i, w := range words {
		if w.Kind != news.Word {
			return -1
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.Norm)
	}
	if !arabic.AtLeastRunes(b.String(), 3) {
		return -1
	}
	for i := range ents {
		if ents[i].Type == news.ORG && arabic.Normalize(ents[i].NameAr) == b.String() {
			return i
		}
	}
	return -1
}

// public holds the adjectives of a state's own medium, normalised: its
// public or official broadcaster or agency (الإذاعة العامة الإسرائيلية،
// التلفزيون الرسمي السوري، وكالة الأنباء الحكومية).
var public = map[string]bool{}

func init() {
	for _, w := range []string{"العامة", "الرسمي", "الرسمية", "الحكومي", "الحكومية"} {
		public[arabic.Normalize(w)] = true
	}
}

// Broadcaster reports whether a channel's words name a state's public or
// official medium: a source of no country of its own who speaks to it is
// of that state (مصدر عسكري للإذاعة العامة الإسرائيلية is Israeli), as a
// country's own media quote its own officials; a medium without such an
// adjective (وكالة الأنباء الفرنسية, which quotes sources everywhere) says
// nothing of its sources.
func Broadcaster(via string) bool {
	for _, w := range strings.Fields(via) {
		if public[arabic.Normalize(w)] {
			return true
		}
	}
	return false
}

// Copy returns a copy of sp (nil for nil); given words, one that
// stands at their place in the text: the words that take sp up.
func Copy(sp *news.Speaker, words ...*news.Speaker) *news.Speaker {
	if sp == nil {
		return nil
	}
	c := *sp
	for _, w := range words {
		c.Text, c.Start, c.End = w.Text, w.Start, w.End
	}
	return &c
}

// Antecedent returns the country of the organisation named last before
// offset at whose Arabic name opens with the noun bare (without article or
// clitics), or "": a definite noun after a role (المدير التنفيذي للمركز،
// رئيس الهيئة) refers back to the body of that noun the story named
// before (أطلق المركز السعودي للثقافة والتراث), and the official is of
// its country; of two such bodies, the one named last.
func Antecedent(ents []news.Entity, bare string, at int) string {
	country, last := "", -1
	for i := range ents {
		e := &ents[i]
		head, _, _ := strings.Cut(arabic.Normalize(e.NameAr), " ")
		if head, _ = arabic.CutArticle(head); e.Type != news.ORG || head != bare {
			continue
		}
		for _, m := range e.Mentions {
			if m.End <= at && m.Start > last {
				country, last = e.Country, m.Start
			}
		}
	}
	return country
}
