package entity

import (
	"slices"
	"strings"

	"rasad/internal/actor"
	"rasad/internal/arabic"
	"rasad/internal/entity/nameparts"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/ner"
	"rasad/internal/news"
)

// maxNameAfterGiven is the most words of a person's name after the given
// name that opens it.
const maxNameAfterGiven = 3

// addIntroduced adds the people the recogniser missed where the text
// introduces them as Arabic news does: a word of title, trade, kin or
// condition, perhaps a nisba (الطفل الفلسطيني), then a given name the
// lexicon knows and the rest of the name (الفريق ضاحي خلفان, للناشط علي
// النعيمي, الطفل علي دوابشة), or a ruler's title and a given name alone
// (الملك فاروق: nameparts.Royal). The name runs over words that are not
// function words, mentions or dictionary words (a verb, قُتل, ends it),
// at most maxNameAfterGiven of them after the given name.
func (l *Linker) addIntroduced(doc *news.Document, sc *scan, ms []found, descs []descriptor, sentEnd []int) []found {
	toks := sc.toks
	lx := lexicon.Default()
	return addEach(sc, ms, false, func(g int, at []int, add func(found)) int {
		// After a definite trade and its nisba, an indefinite word is no adjective of theirs: before a family name, in a name the article repeats, it is a given name (الروائي الفلسطيني مشهور البطران).
		if g == 0 || g+1 >= len(toks) || !nameparts.GivenName(lx, toks[g]) && !(at[g-1] > 0 && ms[at[g-1]-1].nisba && !lexicon.Definite(&toks[g]) && lexicon.Plain(&toks[g]) == toks[g].Norm && lexicon.Definite(&toks[g+1]) && at[g+1] == 0 && !l.dictionaryWord(toks[g+1].Norm) && !l.function(toks[g+1].Norm) && strings.Count(doc.Text, doc.Text[toks[g].Start:toks[g+1].End]) > 1) {
			return g
		}
		i := g - 1
		if at[i] > 0 && ms[at[i]-1].nisba && ms[at[i]-1].first > 0 {
			i = ms[at[i]-1].first - 1 // الطفل الفلسطيني علي دوابشة
		}
		end := sentEnd[g]
		if toks[i].Kind != news.Word || at[i] != 0 || !nameparts.PersonCue(lx, &toks[i]) && !nameparts.Royal(lx, &toks[i]) {
			return g
		}
		last := g
		for j := g + 1; j < end && j-g <= maxNameAfterGiven; j++ {
			t := toks[j]
			if t.Kind != news.Word || at[j] != 0 || shape.StartsWithWaw(t) && j > g+1 {
				break
			}
			if _, cl := lexicon.StemOf(&t); strings.ContainsAny(t.Text, tanween) || cl.Pronoun != "" {
				break // an adverb's case ending (حرقاً) or a pronoun (روايته), never a name's
			}
			if lx.Whole(&t).Has("name-particle") {
				continue // ابن, بن, أبو: part of the name if a name follows
			}
			if l.namePart(lx, t) {
				last = j
				continue
			}
			break
		}
		if last == g && !nameparts.Royal(lx, &toks[i]) {
			return g // one given name alone is a person only after a ruler's title
		}
		f := found{first: g, last: last, start: toks[g].Start, end: toks[last].End, typ: news.PER,
			key: strings.Join(sc.wkeys[g:last+1], " ")}
		for _, d := range descs {
			if l.describes(toks, d, g) {
				f.country = d.country
			}
		}
		add(f)
		return last
	})
}

// namePart: a given or family name, or no dictionary or function word.
func (l *Linker) namePart(lx *lexicon.Lexicon, t news.Token) bool {
	return nameparts.GivenName(lx, t) || lx.Whole(&t).Has("family-name") || !l.dictionaryWord(t.Norm) && !l.function(t.Norm)
}

// runOn mends a person's name that ends on a particle of names
// (nameparts.ParticleEnd: ... آل الشيخ, not الصويغ ولد في), and extends a
// person cut after a given name, one word or two (عبد
// الناصر العايد, عبد الله العائد), over a family name (nameparts.FamilyWord), no
// dictionary word unless a role and its nisba introduce the name (المحلل العسكري السوري عبد الناصر العايد: a family
// name follows the given name there, whatever else the word means), or a
// word of title or trade a given name alone or a nasab (nameparts.FamilyDue),
// or a given name alone (nameparts.LoneGiven: عبدالمنعم الحيزان);
// or over a family name without the article (nameparts.IndefiniteSurname:
// أيمن فلالي, عبد القادر عمراني).
func (l *Linker) runOn(text string, sc *scan, ms []found, descs []descriptor, sentEnd []int) {
	lx := lexicon.Default()
	for i := range ms {
		if m := &ms[i]; m.typ == news.PER && m.act == nil {
			if last := nameparts.ParticleEnd(lx, sc.toks, m.first, m.last, l.function); last != m.last && (last < m.last || !slices.ContainsFunc(ms, func(o found) bool { return o.first <= last && last <= o.last })) {
				m.last, m.end = last, sc.toks[last].End
				m.key = arabic.SearchKey(text[m.start:m.end])
			}
		}
		m, j := &ms[i], ms[i].last+1
		if m.typ != news.PER || m.act != nil || j+1 >= sentEnd[m.last] || !nameparts.GivenName(lx, sc.toks[m.last]) && (m.last == m.first || !lx.Word(sc.toks[m.last-1].Norm+" "+sc.toks[m.last].Norm).Has("given-name")) || slices.ContainsFunc(ms, func(o found) bool { return o.first <= j && j <= o.last }) {
			continue
		}
		if t := sc.toks[j]; nameparts.FamilyWord(lx, sc.toks, j) && !l.function(sc.toks[j].Norm) && (l.namePart(lx, t) || l.introduced(sc.toks, ms, descs, m.first) || nameparts.FamilyDue(lx, sc.toks, m.first, m.last) || nameparts.LoneGiven(lx, sc.toks, m.first, m.last, l.function)) ||
			nameparts.IndefiniteSurname(lx, sc.toks, j, l.introduced(sc.toks, ms, descs, m.first), l.dictionaryWord, l.function) {
			m.last, m.end = j, t.End
			m.key = arabic.SearchKey(text[m.start:m.end])
		}
	}
}

// introduced reports whether a role and its nisba end just before token
// first: a role with its country (المحلل العسكري السوري), or a word that
// introduces a person before a nisba (الباحث العراقي).
func (l *Linker) introduced(toks []news.Token, ms []found, descs []descriptor, first int) bool {
	k := slices.IndexFunc(ms, func(o found) bool { return o.nisba && o.last+1 == first && o.first > 0 })
	return k >= 0 && nameparts.PersonCue(lexicon.Default(), &toks[ms[k].first-1]) || slices.ContainsFunc(descs, func(d descriptor) bool { return d.country != "" && d.last+1 == first })
}

// nisbaSurname reports whether the recogniser's person s ends on m, a
// nisba without the article after a given name: a proper name is
// definite and its adjective agrees with it (ضياء الهندي, not ضياء هندي),
// so an indefinite nisba there is the family name the name ends on
// (محمد جاسم تركي, علي حسن مصري), not the person's country. A name
// the recogniser opens on بن has lost its given name.
func nisbaSurname(toks []news.Token, s ner.Span, m found) bool {
	return m.nisba && s.Type == news.PER && m.first == m.last && m.last == s.Last && s.First < m.first &&
		!lexicon.Definite(&toks[m.first]) && nameparts.GivenName(lexicon.Default(), toks[s.First]) && !nameparts.Son(toks[s.First])
}

// tanween are the marks of indefinite case endings.
const tanween = "\u064B\u064C\u064D"

// maxComplement is how many words a role's complement between its nisba
// and the name it introduces is read over.
const maxComplement = 5

// describes reports whether descriptor d, with a country, introduces the
// name at token first: it ends just before it, or its complement stands
// between (السفير الإسرائيلي في واشنطن، رون دريمر; نائب وزير المالية
// الأميركي لشؤون الاستخبارات والإرهاب آدم زوبين): a preposition and the
// definite words or places it governs, and a comma before the name.
func (l *Linker) describes(toks []news.Token, d descriptor, first int) bool {
	if d.country == "" || d.last >= first || first-d.last-1 > maxComplement {
		return false
	}
	prep := false
	for j := d.last + 1; j < first; j++ {
		t := toks[j]
		switch {
		case t.Kind == news.Punctuation:
			if j != first-1 || t.Text != "،" && t.Text != "," {
				return false
			}
		case t.Norm == "في" || t.Norm == "لدي" || t.Norm == "لدى":
			prep = true
		case shape.HasPrepClitic(t):
			prep = true
		case prep && (lexicon.Definite(&t) || l.known(t)):
		default:
			return false
		}
	}
	return true
}

// known reports whether the gazetteer knows a name that a word begins
// (واشنطن).
func (l *Linker) known(t news.Token) bool {
	n, _ := l.g.Match([]string{arabic.SearchKey(t.Norm)})
	return n > 0
}

// otherGivenName reports whether a recognised person's span s holds, before
// the known person's word at k, a given name that none of the person's
// Arabic names has (the person's words from k to last): a given name the
// lexicon knows (سوزان رايس is not Condoleezza Rice), or any name word just
// before a surname the gazetteer knows alone, with no preposition on it
// (جيه جونسون, Jeh Johnson, is not Boris Johnson; آلان عون, Alain Aoun,
// not Michel Aoun), unless it is a title, a definite word, a dictionary
// word (as written: آلان is not الآن, nameparts.FoldedArticle), a word with
// a proclitic (بقدوم) or one of the person's own given names spelled
// another way (بورس for بوريس). A known surname alone that opens the span
// is a given name there when a family name follows it (سعيد القرني, not
// Kais Saied: nameparts.GivenOpens), or when بن does (مشعل بن ماجد).
func (l *Linker) otherGivenName(a *actor.Actor, toks []news.Token, s ner.Span, k, last int) bool {
	if k == s.First {
		return k == last && (nameparts.OpensChain(toks, k) || nameparts.GivenOpens(lexicon.Default(), a.Names, toks, k, s.Last)) // مشعل بن ماجد; سعيد القرني
	}
	lx := lexicon.Default()
	w := arabic.SearchKey(toks[s.First].Norm)
	if !lx.Has(arabic.Normalize(toks[s.First].Norm), "given-name") {
		prev := toks[k-1]
		_, cl := lexicon.StemOf(&prev)
		if last > k || shape.HasPrepClitic(toks[k]) || k-1 != s.First || prev.Kind != news.Word || cl.Prep != "" || cl.Conj != "" ||
			!nameparts.FoldedArticle(prev) && (lexicon.Definite(&prev) || l.dictionaryWord(prev.Norm)) || nameparts.PersonCue(lx, &prev) || len([]rune(w)) < 2 {
			return false
		}
	}
	for _, n := range a.Names {
		for _, f := range strings.Fields(arabic.SearchKey(n)) {
			if f == w || nameparts.Skeleton(f) == nameparts.Skeleton(w) {
				return false
			}
		}
	}
	return true
}

// wordBeforeName reports whether a word the recogniser put before a known
// person's full name is a dictionary word (بول, "urine", or Paul) that is no
// Arabic given name: only an Arabic given name there names the person's
// child (his full name then being the child's father's and family's).
func (l *Linker) wordBeforeName(t news.Token) bool {
	info, ok := l.lex.Lookup(t.Norm)
	w := lexicon.Default().Word(arabic.Normalize(t.Norm))
	return ok && info.Stem && (!w.Has("given-name") || w.Has("foreign-name"))
}
