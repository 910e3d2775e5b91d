package entity

import (
	"cmp"
	"slices"
	"strings"

	"rasad/internal/actor"
	"rasad/internal/arabic"
	"rasad/internal/entity/byline"
	"rasad/internal/entity/locate"
	"rasad/internal/entity/nameparts"
	"rasad/internal/entity/shape"
	"rasad/internal/entity/story"
	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/scene"
)

// giveCountries gives a country to the names the gazetteer lacks, from what
// Arabic news writes around a name it introduces:
//
//   - a nisba adjective just before a person (الشاب الفلسطيني «محمد
//     علاونة», الكاتب المصري فهمي هويدي) or just after an organisation
//     (وزارة الداخلية المصرية, whose name then takes the adjective in);
//   - a descriptor in apposition after a person (أحمد بحر، النائب عن ...
//     الفلسطيني; ألكسندر فومين مدير الهيئة الروسية);
//   - for a place, the known place it is said to lie in or near (بلدة برقين
//     غرب مدينة جنين, قرية كنصفرة في جبل الزاوية), or else the one country
//     that all the known places of its sentence belong to;
//   - failing these, for a person, a place or a body, the country the
//     article is about (articleCountry): news marks a foreigner by a nisba
//     and leaves the people, villages and bodies of the story's own
//     country unmarked (but in the story of an Arab country a person
//     with a foreign given name, مارك ميلي, is no compatriot). A paper's
//     own country is that of its local pages (a league, a school, a
//     town's feast), so outlet, the country of the document's outlet (""
//     when unknown), is the article's country unless the article names
//     another one more often; a chronology (shape.Chronology) has none;
//   - then, for a person still unplaced: the paper's own country where it
//     is the one Arab country the story names, if his name is Arabic
//     (nameparts.OwnCountry: a Saudi club's camp in Austria), and the
//     country of the person the article places under his family name
//     (kin: his father, his son, himself named otherwise).
//
// own is the paper's country for OwnCountry alone: outlet, or where no
// source is given, that of the paper or agency the dateline names, else
// of the city it is filed from (byline.Dateline). ms is sorted by start; sentEnd is from
// shape.SentenceEnds.
func (l *Linker) giveCountries(text string, sc *scan, ms []found, descs []descriptor, sentEnd []int, outlet, own string) {
	toks := sc.toks
	l.bodyNamesakes(sc, ms) // المقاومة الشعبية of a story of Yemen, before its officials take its country
	sentStart := make([]int, len(toks))
	for i := range toks {
		if i > 0 && sentEnd[i-1] == sentEnd[i] {
			sentStart[i] = sentStart[i-1]
		} else {
			sentStart[i] = i
		}
	}
	at, kingdom := mentionAt(ms, len(toks), sc.at...), ""
	if l.kingdoms[outlet] != nil {
		kingdom = outlet // a kingdom's papers write «المملكة» alone for it
	}
	descAfter := map[int]descriptor{} // by first token
	for _, d := range descs {
		if d.country != "" {
			descAfter[d.first] = d
		}
	}
	for k := range ms {
		m := &ms[k]
		if m.act != nil || m.country != "" {
			continue
		}
		switch m.typ {
		case news.PER:
			if j := m.last + 2; j < len(toks) && at[j] != 0 && shape.Bracketed(toks, j, ms[at[j]-1].last) && ms[at[j]-1].act != nil && ms[at[j]-1].act.Type == actor.Country {
				m.country = ms[at[j]-1].act.Country // أحمد الشكيلي (عمان): his country in brackets; (العيون) is his club's town
				continue
			}
			if c := byline.Country(text, toks, m.last+1); c != "" {
				m.country = c
				continue
			}
			j := shape.SkipPunct(toks, m.last+1, sentEnd[m.first])
			if c := nameparts.Nationality(toks, j, sentEnd[m.first], mentions{ms, at}); c != "" {
				m.country = c
				continue
			}
			if c, code := nameparts.Serves(toks, sentStart[m.first], m.first, mentions{ms, at}, kingdom); c+code != "" {
				m.country, m.code = c, code // مندوب المملكة لدى الجامعة العربية أحمد قطان: his sender's; رئيس البرلمان (العربي): its code
				continue
			}
			c, code := l.nisbaBefore(toks, ms, at, sentStart[m.first], m.first)
			if c == "" && code == "" { // (the cheap guards first: BodyAfter scans the names before)
				if bc, bcode, ok := nameparts.BodyAfter(toks, j, sentEnd[m.first], mentions{ms, at}); ok && bc+bcode != "" {
					m.country, m.code = bc, bcode // عادل السن، مستشار المنظمة: the body's official
					continue
				}
			}
			if d, ok := descAfter[j]; ok && c == "" && code == "" {
				m.country = d.country
				continue
			}
			if c == "" && code == "" && (j > m.last+1 || !nameparts.Titled(toks, sentStart[m.first], m.first)) { // no comma after a titled name: the role after is the object's
				c, code = l.roleAfter(toks, ms, at, j, sentEnd[m.first])
			}
			if c == "" && code == "" && j > m.last+1 && j < len(toks) && at[j] == 0 {
				c = nameparts.DescribedAfter(toks, j, sentEnd[m.first], mentions{ms, at})
			}
			// An official of a body acts for the body, whatever his
			// nationality: المفوض الأوروبي, المبعوث الأممي.
			m.country, m.code = c, code
		case news.ORG:
			j := m.last + 1
			if j < len(toks) && at[j] != 0 && ms[at[j]-1].nisba {
				n := ms[at[j]-1]
				m.country, m.last, m.end = n.act.Country, n.last, n.end
				m.key = arabic.SearchKey(text[m.start:m.end])
				ms[at[j]-1].dropped = true
			} else if c := nameparts.QuotedNisba(toks, j, mentions{ms, at}); c != "" {
				m.country = c // «سيتي بنك» الأميركية
			} else if c := nameparts.ExampleOf(toks, sentStart[m.first], m.first, mentions{ms, at}); c != "" {
				m.country = c // الشركات الفرنسية مثل بيجو
			} else if c := nameparts.SeatedIn(toks, m.first, j, mentions{ms, at}); c != "" {
				m.country = c // مركز الشرق والغرب الاستراتيجي في فرنسا
				if m.body {
					m.code = c + m.agent
				}
			}
		case news.LOC:
			m.country = l.placeCountry(sc, ms, at, *m, sentStart[m.first], sentEnd[m.first])
		}
	}
	portfolioNamed(text, ms) // وزارة الداخلية of وزارة الداخلية الكويتية
	home := story.Country(story.AwayOmitted(toks, counted(ms), outlet), outlet)
	if k := l.kingdoms[outlet]; k != nil && home == "" { // «المملكة» alone in its own kingdom's paper counts for it (addKingdom adds it only later)
		kms := l.kingdomMentions(sc, ms)
		for i := range kms {
			kms[i].act = k
		}
		home = articleCountry(append(kms, ms...), outlet)
	}
	l.strayNamesakes(text, ms, home)
	if abroad := outlet != "" && home != outlet && !nameparts.ArabState(home) && shape.Match(toks); home != "" && !shape.Chronology(text) { // sports news of a match or camp outside the Arab world: the place is no player's country
		for k := range ms {
			if m := &ms[k]; m.act == nil && m.country == "" && m.typ != news.MISC && !(m.typ == news.PER && (m.code != "" || abroad)) {
				m.country, m.home = home, true
				if name := text[m.start:m.end]; m.typ == news.PER {
					m.country = nameparts.Unmarked(name, home, outlet) // سعود بن عبدالله بن محمد in a Saudi paper
					if m.country == home && nameparts.Stranger(name, home) {
						m.country, m.home = "", false // ريتشارد نيكسون in a story of Iran: a foreigner, of no country the text says
					}
				}
				if m.body && m.code == "" {
					m.code = home + m.agent
				}
			}
		}
	}
	if c := nameparts.CountedNationality(toks, mentions{ms, at}); c != "" { // شبكة تضم خمسة كويتيين: those it names
		for k := range ms {
			if m := &ms[k]; m.act == nil && m.typ == news.PER && m.country == "" && m.code == "" {
				m.country = c
			}
		}
	}
	if c := nameparts.StoryCountry(toks, mentions{ms, at}); home == "" && c != "" && (outlet == "" || c == outlet) && !shape.Chronology(text) { // the unmarked Arabic names of a clear Arab story
		for k := range ms {
			if m := &ms[k]; m.act == nil && m.typ == news.PER && m.country+m.code == "" && nameparts.Compatriot(text[m.start:m.end], c) {
				m.country, m.home = c, true
			}
		}
	}
	if c := nameparts.OwnCountry(toks, mentions{ms, at}, mentions{ms, at}.Person, own); c != "" && !shape.Chronology(text) { // the Arabic names of a story of one Arab country among non-Arab ones
		for k := range ms {
			if m := &ms[k]; m.act == nil && m.typ == news.PER && m.country+m.code == "" && nameparts.Compatriot(text[m.start:m.end], c) {
				m.country, m.home = c, true
			}
		}
	}
	kin(sc, ms) // what the story's country left unplaced
	for k := range ms {
		ms[k].dropped = ms[k].dropped || ms[k].portfolio && ms[k].country == "" // وزارة الصحة of no one country
	}
}

// geoNamesID begins the IDs of the cities taken from GeoNames, the
// gazetteer's long tail of namesakes (its hand-written cities are the ones
// Arabic news names most).
const geoNamesID = "gn"

// strayNamesakes relinks an ambiguous one-word city of GeoNames that the
// gazetteer puts in a country nothing else in the article mentions: a
// place name several countries share takes the one the article points to. It is the
// known place of the article whose name ends with the word (الجوف after
// محافظة الجوف), or else a place of the article's country home (if any)
// that the gazetteer lacks.
func (l *Linker) strayNamesakes(text string, ms []found, home string) {
	for k := range ms {
		m := &ms[k]
		if m.act != nil && m.act.Type == actor.Place && m.act.Country == "" && !m.nisba {
			// A region of several countries (كردستان) is the one of them
			// that the article names in full (إقليم كردستان العراق).
			if in := regionNamed(ms, arabic.SearchKey(text[m.start:m.end])); in != nil {
				m.act = in
			}
			continue
		}
		if m.act == nil || !m.act.Ambiguous || !strings.HasPrefix(m.act.ID, geoNamesID) || m.first != m.last || m.nisba {
			continue
		}
		c, elsewhere := m.act.Country, false
		for _, o := range ms {
			if o.act != m.act && (knownPlaceCountry(o) == c || o.nisba && o.act.Country == c || o.act != nil && o.act.Type == actor.Person && o.act.Country == c) {
				elsewhere = true
				break
			}
		}
		if elsewhere {
			continue
		}
		word := arabic.SearchKey(text[m.start:m.end])
		var whole *actor.Actor
		for _, o := range ms {
			if o.act != nil && o.act != m.act && knownPlaceCountry(o) != "" && o.last > o.first && strings.HasSuffix(arabic.SearchKey(o.act.NameAr), " "+word) {
				whole = o.act
				break
			}
		}
		switch {
		case whole != nil:
			m.act, m.typ = whole, whole.EntityType()
		case home != "" && home != c:
			*m = found{first: m.first, last: m.last, start: m.start, end: m.end, typ: news.LOC, key: word, country: home, home: true}
		}
	}
}

// regionNamed returns the one known place with a country among ms whose
// Arabic names hold the word key (كردستان in كردستان العراق), or nil.
func regionNamed(ms []found, key string) *actor.Actor {
	var in *actor.Actor
	for _, o := range ms {
		if o.act == nil || o.nisba || o.act == in || o.act.Type != actor.Place || o.act.Country == "" {
			continue
		}
		for _, n := range o.act.Names {
			if slices.Contains(strings.Fields(arabic.SearchKey(n)), key) {
				if in != nil {
					return nil // two regions hold it
				}
				in = o.act
				break
			}
		}
	}
	return in
}

// articleCountry returns the country an article is about (package story)
// from its mentions ms; outlet is the country of its paper.
func articleCountry(ms []found, outlet string) string { return story.Country(counted(ms), outlet) }

// countryCounts counts the mentions of each country among ms (package
// story).
func countryCounts(ms []found) scene.Count { return story.Counts(counted(ms)) }

// counted returns ms as package story counts them.
func counted(ms []found) []story.Mention {
	cs := make([]story.Mention, len(ms))
	for k, m := range ms {
		c := knownPlaceCountry(m)
		if m.nisba && m.act != nil {
			c = m.act.Country
		}
		cs[k] = story.Mention{Country: c, First: m.first, Start: m.start, Nisba: m.nisba}
	}
	return cs
}

// mentionAt returns, for each of n tokens, 1 + the index into ms of the
// mention at it, 0 for none: in buf's array where it holds n (scan.at: Link's passes', one at a time).
func mentionAt(ms []found, n int, buf ...int) []int {
	at := append(buf[:0], make([]int, n)...)
	for k, m := range ms {
		for t := m.first; t <= m.last; t++ {
			at[t] = k + 1
		}
	}
	return at
}

// namesakes unlinks a city that the text places in another country than
// the gazetteer's: قرية دوما شمال الضفة الغربية is a village of the West
// Bank, not Syria's Douma. A city followed, within two words of place
// (شمال, قرب, غرب مدينة), by a known place of another country is a
// namesake there: a place the gazetteer lacks, of that place's country
// (the lexicon's place-relation words; من صعدة إلى الجوف places nothing),
// or, after a noun of settlement, by the locative ب or في alone, past the
// rest of its list (قرى الحواش والقاهرة والعنكاوي بسهل الغاب: package
// locate). A capital, which stands for its government, is unlinked only
// where such a noun calls it a village or town.
func (l *Linker) namesakes(text string, sc *scan, ms []found, sentEnd []int) {
	toks := sc.toks
	at := mentionAt(ms, len(toks), sc.at...)
	for k := range ms {
		m := &ms[k]
		if m.act == nil || m.act.Type != actor.City || m.nisba {
			continue
		}
		end, p := sentEnd[m.first], mentions{ms, at}
		from := locate.ListEnd(toks, m.last+1, end, p)
		// A town a noun of settlement introduces (بلدة المنصورة, قرى الحواش
		// والقاهرة) lies in the place its list is said to be in (بسهل الغاب).
		h := locate.ListStart(toks, m.first, p) - 1
		headed := h >= 0 && shape.HeadWord(lexicon.Default(), &toks[h]).Has("place-head")
		if m.act.Capital && !headed {
			continue
		}
		for j := from; j < end && j <= from+2; j++ {
			if at[j] != 0 {
				n, c := ms[at[j]-1], knownPlaceCountry(ms[at[j]-1])
				if n.nisba && j == m.last+1 {
					c = n.act.Country // بمدينة هورست الهولندية: a nisba just after says its country
				}
				if c != "" && c != m.act.Country && (j > from || n.nisba || headed && locate.Locative(toks, j)) {
					*m = found{first: m.first, last: m.last, start: m.start, end: m.end, typ: news.LOC,
						key: arabic.SearchKey(text[m.start:m.end]), country: c}
				}
				break
			}
			if toks[j].Kind != news.Word {
				break
			}
			// First a word of relative place (شمال, قرب), then perhaps a
			// place's head word (غرب مدينة جنين); not من X إلى Y.
			// After a noun of settlement, ب or في may go on the place's
			// head word instead (قرية دوما بمدينة نابلس).
			if w, _ := lexicon.Default().Stem(&toks[j]); !w.Has("place-relation") && (j == from || !l.isLocCue(&toks[j])) && !(headed && j+1 < end && (locate.Locative(toks, j+1) || locate.Locative(toks, j) && l.isLocCue(&toks[j]))) {
				break
			}
		}
	}
}

// nisbaBefore returns the country of a nisba adjective, or the code of an
// international body's adjective (الأممي, الأوروبي), that stands just
// before token i in its sentence (which begins at token begin), with only
// quotation marks, brackets or titles between (الفلسطينية اللواء عدنان
// الضميري).
func (l *Linker) nisbaBefore(toks []news.Token, ms []found, at []int, begin, i int) (country, code string) {
	lx := lexicon.Default()
	for j := i - 1; j >= begin && i-j <= 4; j-- {
		if toks[j].Kind == news.Punctuation {
			if !shape.Opening(toks[j].Text) {
				return "", ""
			}
			continue
		}
		if w, _ := lx.Stem(&toks[j]); w.Has("title") && at[j] == 0 {
			continue
		}
		if at[j] == 0 && l.europeAdjective(toks[j]) {
			return "", euCode
		}
		if at[j] == 0 && lexicon.Definite(&toks[j]) && i-j <= 2 {
			continue // an adjective of the role: الأمريكي الأسبق جيمس روبن
		}
		if k := at[j] - 1; k >= 0 && ms[k].last == j {
			if code := ms[k].act.BodyCode(); code != "" {
				if locate.Seated(toks, at, ms[k].first) {
					return "", ""
				}
				return "", code
			}
			if ms[k].nisba {
				if q, ok := nameparts.ServedIn(lexicon.Default(), toks, begin, ms[k].first, mentions{ms, at}, l.function); ok {
					if c, code := l.nisbaBefore(toks, ms, at, begin, q); c+code != "" {
						return c, code // القنصل السعودي في مدينة مشهد الإيرانية: the consul's, not Mashhad's
					}
				}
			}
			if f := ms[k].first; ms[k].nisba || f > begin && at[f-1] == 0 && ms[k].act != nil && ms[k].act.Type == actor.Country && nameparts.PredicateRole(toks[f-1]) {
				return ms[k].act.Country, "" // الرئيس السوداني; رئيس النمسا هاينز فيشر, a role of a country
			}
		}
		return "", ""
	}
	return "", ""
}

// maxApposition is how many words after a name its role in apposition is
// read over for a country.
const maxApposition = 7

// roleAfter returns the country, or the international body's code, that a
// role in apposition after a person names (أحمد بحر النائب الأول للمجلس
// التشريعي الفلسطيني; كريستوس ستايليانيدس المفوض الأوروبي): a role word at
// j, or after هو or هي there (فيديريكو فوسي، وهو متحدث باسم وكالة الأمم
// المتحدة لشؤون اللاجئين), then, before any punctuation but the quotation marks of a body's name,
// a nisba adjective, a place or a body.
func (l *Linker) roleAfter(toks []news.Token, ms []found, at []int, j, end int) (country, code string) {
	if j+1 < end && at[j] == 0 && lexicon.Default().Whole(&toks[j]).Has("subject-pronoun") {
		j++ // وهي نائبة عن حزب الشعوب الديمقراطي: a role after هو or هي is his too
	}
	if j >= end || at[j] != 0 || toks[j].Kind != news.Word {
		return "", ""
	}
	w, _ := lexicon.Default().Bare(&toks[j])
	predicate := !w.Has("role")
	if predicate && !nameparts.PredicateRole(toks[j]) {
		return "", ""
	}
	for k, words := j+1, 1; k < end && words <= maxApposition; k++ {
		if t := toks[k]; t.Kind == news.Punctuation && !shape.Dash(t) && (shape.Opening(t.Text) || shape.Closing(t.Text)) {
			if toks[k-1].Norm == "ل" && k-1 > j+2 {
				return "", "" // the outlet he spoke to: المتحدث باسم المقاومة الجنوبية ل«الرياض»
			}
			continue // a body's quoted name: الناطق باسم «غرفة عمليات بركان الفرات» السورية, الأمين العام لـ"أوبك"
		}
		if predicate && words > 1 {
			return "", "" // لاعب شالكه الألماني: the nisba is the club's
		}
		if words++; toks[k].Kind != news.Word {
			return "", ""
		}
		if at[k] == 0 {
			if l.europeAdjective(toks[k]) {
				return "", euCode
			}
			if toks[k].Norm == "لدي" || toks[k].Norm == "لدى" {
				return "", "" // accredited to a body, not its own (ممثل المملكة لدى أوبك)
			}
			continue
		}
		m := ms[at[k]-1]
		if code := m.act.BodyCode(); code != "" {
			if locate.Seated(toks, at, m.first) {
				return "", ""
			}
			return "", code
		}
		switch {
		case m.nisba:
			return m.act.Country, ""
		case m.act == nil && m.typ == news.ORG:
			return m.country, ""
		case m.act != nil && m.act.Type != actor.Person && m.act.Country != "":
			return m.act.Country, ""
		case m.act != nil && m.act.Type != actor.Person:
			continue // a river or a region of no one country (بركان الفرات): read on
		}
		return "", ""
	}
	return "", ""
}

// europeAdjective reports whether a word is Europe's adjective (الأوروبي),
// which after an office (المفوض الأوروبي, الممثل الأوروبي) means the
// European Union's, as no continent holds an office.
func (l *Linker) europeAdjective(t news.Token) bool {
	if t.Kind != news.Word {
		return false
	}
	n, hits := l.g.Match([]string{arabic.SearchKey(t.Norm)})
	return n == 1 && len(hits) > 0 && hits[0].Adjective && hits[0].Actor.ID == "europe"
}

// euCode is the European Union's CAMEO code.
const euCode = "IGOEUREEC"

// placeCountry returns the country of an unknown place: the country of a
// known place that follows it, or the list it begins, within four words
// after a location word (غرب مدينة جنين, في جبل الزاوية, قرب حلب, قرى
// الحويز والحواش بسهل الغاب), or else the one country of every known
// place of its sentence.
func (l *Linker) placeCountry(sc *scan, ms []found, at []int, m found, begin, end int) string {
	toks := sc.toks
	if n := ms[at[m.last]-1]; n.nisba && n.first > m.first && n.act != nil {
		return n.act.Country // هورست الهولندية read as one name: its nisba places it
	}
	from := locate.ListEnd(toks, m.last+1, end, mentions{ms, at})
	for j := from; j < end && j <= from+4; j++ {
		if toks[j].Kind == news.Punctuation && toks[j].Text != "،" && toks[j].Text != "," {
			break
		}
		if at[j] == 0 {
			if toks[j].Kind == news.Word && !l.isLocCue(&toks[j]) && !shape.HasPrepClitic(toks[j]) {
				break
			}
			continue
		}
		n := ms[at[j]-1]
		if n.nisba && j == m.last+1 && n.act != nil {
			return n.act.Country // بمدينة ميرلو الهولندية: the country's adjective of the place or of its head noun
		}
		if c := knownPlaceCountry(n); c != "" && (l.isLocCue(&toks[j-1]) || shape.HasPrepClitic(toks[j]) || j > from) {
			return c
		}
		break
	}
	// The one country of the sentence's known places, not one across a border.
	country := ""
	for t := begin; t < end; t++ {
		if at[t] == 0 || locate.Across(toks, t) {
			continue
		}
		c := knownPlaceCountry(ms[at[t]-1])
		if c == "" {
			continue
		}
		if country != "" && c != country {
			return ""
		}
		country = c
	}
	return country
}

// knownPlaceCountry is the country of a gazetteer place mention (a city, a
// region, a country), or "".
func knownPlaceCountry(m found) string {
	if m.act == nil || m.nisba {
		return ""
	}
	switch m.act.Type {
	case actor.City, actor.Place, actor.Country:
		return m.act.Country
	}
	return ""
}

// mentions answers package nameparts from the mentions ms of an article
// (at from mentionAt).
type mentions struct {
	ms []found
	at []int
}

// Nisba is nameparts.Mentions.Nisba.
func (m mentions) Nisba(k int) (string, int) {
	if n := m.at[k] - 1; n >= 0 && m.ms[n].nisba && m.ms[n].first == k && m.ms[n].act != nil {
		return m.ms[n].act.Country, m.ms[n].last
	}
	return "", -1
}

// Country is nameparts.Countries.Country.
func (m mentions) Country(k int) (string, int) {
	if n := m.at[k] - 1; n >= 0 && m.ms[n].first == k && m.ms[n].act != nil && (m.ms[n].nisba || m.ms[n].act.Type == actor.Country) {
		return m.ms[n].act.Country, m.ms[n].last
	}
	return "", -1
}

// InName is nameparts.Countries.InName.
func (m mentions) InName(k int) (in, person bool) { return m.at[k] != 0, m.Person(k) }

// Place is locate.Places.Place.
func (m mentions) Place(k int) (int, int, bool) {
	n := m.at[k] - 1
	return m.ms[max(n, 0)].first, m.ms[max(n, 0)].last, n >= 0 && m.ms[n].typ == news.LOC && !m.ms[n].nisba
}

// Body is nameparts.Bodies.Body.
func (m mentions) Body(k int) (string, int) {
	if n := m.at[k] - 1; n >= 0 && m.ms[n].first == k && m.ms[n].typ == news.ORG {
		if a := m.ms[n].act; a != nil {
			return a.Country, m.ms[n].last
		}
		return m.ms[n].country, m.ms[n].last
	}
	return "", -1
}

// Land is nameparts.Setting.Land: a nisba of a country or a place, not of a movement.
func (m mentions) Land(k int) bool {
	n := m.at[k] - 1
	return n >= 0 && m.ms[n].act != nil && m.ms[n].act.Type != actor.Org
}

// Seat is nameparts.Bodies.Seat.
func (m mentions) Seat(k int) (string, int) {
	if n := m.at[k] - 1; n >= 0 && m.ms[n].first == k && knownPlaceCountry(m.ms[n]) != "" {
		return knownPlaceCountry(m.ms[n]), m.ms[n].last
	}
	return "", -1
}

// Code is nameparts.Members.Code.
func (m mentions) Code(k int) string {
	if m.at[k] == 0 {
		return ""
	}
	if f := m.ms[m.at[k]-1]; f.act != nil {
		return f.act.Code
	}
	return m.ms[m.at[k]-1].code
}

// Person is nameparts.Mentions.Person.
func (m mentions) Person(k int) bool { return m.at[k] != 0 && m.ms[m.at[k]-1].typ == news.PER }

// kin gives a person of several words whom nothing places the country of
// the people of several words the article places under his family name
// (its last word): the same person named otherwise (ديل نيرو after ماركو
// بولو ديل نيرو) or his kin, a father, a son, a brother (جان فرانسوا
// هرنانديز, father of لوكاس هرنانديز). Two countries under one family name
// (سليم الجبوري of Iraq and an American الجبوري) place neither, nor does a
// chain of descent, which ends on a father's given name (بن محمد). It
// runs last: the story's country, which places a family of its own story,
// goes first.
func kin(sc *scan, ms []found) {
	placed := map[string]string{} // by family name; "-" for two countries
	for _, m := range ms {
		c := m.country
		if m.act != nil {
			c = m.act.Country
		}
		if m.typ != news.PER || m.nisba || m.last == m.first || c == "" || sc.wkeys[m.last] == "" || nameparts.Son(sc.toks[m.last-1]) {
			continue
		}
		if o, ok := placed[sc.wkeys[m.last]]; ok && o != c {
			c = "-"
		}
		placed[sc.wkeys[m.last]] = c
	}
	for k := range ms {
		if m := &ms[k]; m.act == nil && m.typ == news.PER && m.last > m.first && m.country+m.code == "" && placed[sc.wkeys[m.last]] != "-" && !nameparts.Son(sc.toks[m.last-1]) {
			m.country = placed[sc.wkeys[m.last]]
		}
	}
}

// portfolioNamed makes a ministry named by its portfolio alone (وزارة
// الداخلية) the ministry of that portfolio that the article names with its
// country (وزارة الداخلية الكويتية), before or after: news names a body in
// full once, then by its head and field. Where it names that portfolio of
// two countries, the bare name is neither's.
func portfolioNamed(text string, ms []found) {
	for k := range ms {
		b := &ms[k]
		if !b.portfolio || b.country != "" || b.act != nil {
			continue
		}
		full := -1
		for j, f := range ms {
			if f.typ != news.ORG || f.portfolio || f.dropped || f.country == "" && f.act == nil || !strings.HasPrefix(f.key, b.key+" ") {
				continue
			}
			if full >= 0 && ms[full].key != f.key {
				full = -2 // two countries' ministries
				break
			}
			full = j
		}
		if full < 0 {
			continue
		}
		f := ms[full]
		name := cmp.Or(f.name, text[f.start:f.end])
		*b = found{first: b.first, last: b.last, start: b.start, end: b.end, typ: f.typ, act: f.act, key: f.key,
			name: name, country: f.country, code: f.code, agent: f.agent, body: f.body}
	}
}
