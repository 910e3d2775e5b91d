package quote

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/quote/head"
	"rasad/internal/quote/marks"
	"rasad/internal/quote/parts"
	"rasad/internal/quote/spans"
	"rasad/internal/quote/word"
)

// phrase returns the end of the phrase that names a speaker or channel and
// starts at i: words up to a preposition, a time word, a complementizer, a
// speech word, punctuation or a quotation. في continues it only before an
// entity ("مسؤول كبير في كييف").
func (st *state) phrase(i, b int) int {
	const ends = word.Stop | word.From | word.To | word.Comp | word.Cue | word.Masdar | word.Via | word.ViaVerb | word.RelayAdv |
		word.SpeechNoun | word.Relative | word.NotComp
	j := i
	definite := false // a word with the article has been read
	roleCtx := false  // the last word that is no country adjective opens a name
	for j < b && j-i < maxPhrase {
		t := st.toks[j]
		if n := marks.Joined(st.toks, i, j, b, func(a string) bool { return st.lx.Of(a)&word.Title != 0 }); n > 0 {
			j += n // هارلي-ديفيدسون; د. خالد العمري
			continue
		}
		if st.tk[j].q >= 0 || !marks.Wordy(t.Kind) || t.Norm == "" {
			break
		}
		if t.Kind == news.Number || arabic.OneRune(t.Norm) {
			break // a preposition left alone (ما وصفته بـ«…») names nobody
		}
		if st.tk[j].ent >= 0 {
			if j > i && (st.mediaAfterLam(j) || st.tk[j].MediaAfterLam) {
				break // قال قائد قوات محلية لرويترز: the channel, not the speaker's
			}
			j++
			continue
		}
		c := st.tk[j].Cls
		if j > i && st.tk[j-1].Cls&word.Title != 0 && st.tk[j-1].ent < 0 || j+1 < b && (st.tk[j+1].ent >= 0 && st.ents[st.tk[j+1].ent].Type == news.PER || st.nameLike(j+1) && !st.tk[j+1].Article) && parts.Ali(st.toks, j) {
			j++ // a name after a title, whatever it looks like: الدكتور لي; علي before a name, not على (أكد علي حسين باكير)
			continue
		}
		if st.tk[j].MediaAfterLam {
			break // قال (المسؤول) لوكالة يونهاب: a channel
		}
		if c&word.TimeHead != 0 && j+1 < b && (st.tk[j+1].Cls&word.Stop != 0 || head.TimeUnit(&st.toks[j+1]) || head.DayPhrase(st.toks, j+1, b) > 0) ||
			head.DayPhrase(st.toks, j, b) > 0 {
			break // صباح اليوم، فجر الأحد، مطلع الأسبوع، أول من أمس
		}
		if j > i && c&word.From == 0 && c&word.Stop != 0 && st.tk[j-1].Cls&word.Quant != 0 && j+1 < b {
			j++ // العديد من المحللين
			continue
		}
		if c&word.In != 0 && j > i && j+2 < b && st.tk[j+1].Article && st.tk[j+2].Nisba != "" &&
			(st.tk[j+1].ent < 0 || st.ents[st.tk[j+1].ent].Type == news.ORG) {
			j += 3 // زعيم الجمهوريين في الكونجرس الأمريكي: a body and its country
			continue
		}
		if st.tk[j].Article {
			definite = true
			if st.tk[j].Nisba == "" {
				roleCtx = st.opensName(j)
			}
		} else if definite && j > i && st.bodyNoun(i) && parts.LamDefinite(&st.toks[j]) {
			// المجلس الأعلى للإفتاء، الاتحاد الدولي لكرة القدم: a body's
			// name goes on with ل and a definite noun.
		} else if definite && j > i && st.tk[j-1].Article && st.tk[j].Nisba == "" && !roleCtx {
			// الجيش السوداني | قيام حركة: an indefinite word right after a
			// definite phrase starts the object, unless a title or role stands
			// before a name (السيناتور ريد، الرئيس الإيراني أحمدي), or the
			// phrase opens with a role and a name the entity stage missed ends
			// it (السفيرة الأمريكية في الأمم المتحدة سامانثا باور إن).
			if n := st.nameRun(j, b); n > 0 && st.opensRole(i) {
				return j + n
			}
			if e := st.tk[min(j+1, b-1)].ent; !st.nameLike(j) || j+1 >= b || e < 0 || st.ents[e].Type != news.PER {
				break
			} // الإعلامية رائدة محمد: a given name the entity stage left out before the person's mention
		} else {
			roleCtx = st.opensName(j)
		}
		if c&word.In != 0 {
			if j > i && j+1 < b && st.tk[j+1].ent >= 0 {
				j++
				continue
			}
			break
		}
		if c&word.Link != 0 && j > i {
			j++
			continue
		}
		if c&ends != 0 {
			break
		}
		j++
	}
	return j
}

// mediaAfterLam reports whether token j is ل and the name of a news
// medium (لرويترز): the channel a speaker spoke to.
func (st *state) mediaAfterLam(j int) bool {
	_, cl := lexicon.StemOf(&st.toks[j])
	e := st.ents[st.tk[j].ent]
	return e.Type == news.ORG && strings.HasSuffix(e.Actor, "MED") && cl.Prep == parts.LamS
}

// channelAfter reads the channel named after a speech noun: "لـ X", "إلى X",
// or a word with ل attached ("لوكالة الأنباء"). It returns the channel, its
// country and the end of its phrase.
func (st *state) channelAfter(k, b int) (string, string, int) {
	k = parts.Skip(st.toks, k, b)
	if k >= b || st.tk[k].q >= 0 {
		return "", "", k
	}
	if st.tk[k].Cls&word.To != 0 {
		j := st.withQuotedName(st.phrase(k+1, b), b)
		if j > k+1 {
			return st.spanText(k+1, j), st.held.CountryIn(k+1, j), j
		}
		return "", "", k
	}
	t := &st.toks[k]
	if head, ok := parts.AfterLam(t); ok && t.Kind == news.Word && len(t.Norm) >= 8 && st.tk[k].Cls == 0 {
		j := st.withQuotedName(st.phrase(k+1, b), b)
		rest := ""
		if j > k+1 {
			rest = " " + st.spanText(k+1, j)
		}
		return head + rest, st.held.CountryIn(k, j), j
	}
	return "", "", k
}

// withQuotedName extends a channel's phrase that ends at j over a name in
// quote marks right after it: لبرنامج "آندرو مار".
func (st *state) withQuotedName(j, b int) int {
	if j < b {
		if q := st.tk[j].q; q >= 0 && st.spans[q].Open == j && st.spans[q].Close >= 0 && st.words(q) <= 4 {
			return min(st.spans[q].End()+1, b)
		}
	}
	return j
}

// opensName reports whether the word at j may stand before a name or an
// indefinite complement: a title, a role noun or باسم.
func (st *state) opensName(j int) bool {
	return st.tk[j].Cls&(word.Title|word.Link) != 0 || st.tk[j].Role
}

// isChannel reports whether the phrase at j names a channel rather than a
// speaker: an organisation, or a media noun (وكالة، صحيفة، قناة).
func (st *state) isChannel(j int) bool {
	if e := st.tk[j].ent; e >= 0 {
		return st.ents[e].Type == news.ORG
	}
	return st.tk[j].Media
}

// opensRole reports whether the phrase that starts at token j (-1 for
// none) opens with a role noun, after any title.
func (st *state) opensRole(j int) bool {
	for j >= 0 && j < len(st.toks) && st.tk[j].Cls&word.Title != 0 {
		j++
	}
	return j >= 0 && j < len(st.toks) && st.tk[j].Role
}

// nameRun returns how many words from j, two or three, form a personal
// name the entity stage did not find: words no list knows, without the
// article or a preposition, followed by the end of the phrase (a
// complementizer, punctuation, a quotation, a preposition). 0 when none.
func (st *state) nameRun(j, b int) int {
	n := 0
	for ; j+n < b && n < 3 && st.nameLike(j+n); n++ {
	}
	if n < 2 {
		return 0
	}
	e := j + n
	if e >= b || st.tk[e].q >= 0 || st.toks[e].Kind == news.Punctuation ||
		st.tk[e].Cls&(word.Comp|word.Stop|word.From|word.To|word.In) != 0 || st.tk[e].MediaAfterLam || st.tk[e].ent >= 0 && st.mediaAfterLam(e) { // غابريل فيرنشتدت | لوكالة فرانس برس
		return n
	}
	return 0
}

// nameLike reports whether the word at j may be a word of a name: an Arabic
// word of two letters or more that no list of the lexicon quote reads
// knows, as written or through its clitics (لسوق، ببنك are common nouns),
// without the article or a country adjective; the name علي as the text
// writes it (parts.Ali), and a family name with the article after it (علي
// الجابري). (A clitic the segmenter may see is no sign: باور, لوران.)
func (st *state) nameLike(j int) bool {
	t, in := &st.toks[j], st.tk[j]
	return t.Kind == news.Word && in.ent < 0 && in.q < 0 && (!in.Known || parts.Ali(st.toks, j)) && in.Nisba == "" &&
		!in.Role && !in.Media && !in.Common && arabic.AtLeastRunes(t.Norm, 2) &&
		(!in.Article && !strings.HasPrefix(t.Norm, parts.AlS) || parts.Ali(st.toks, j-1))
}

// accord emits the words a sentence [a, b) gives as someone's without a
// speech verb and returns their speaker and end (nil and a for none): after
// و and a complementizer that go on with the reported clause that ended the
// sentence before (spans.GoesOn), or after فإن, a source's that a word of
// accord names with a name or a country, or a role, a medium or a body
// (speaksAsSource), no document (spans.Accord), or after
// the comma that closes that source when no speech verb of its own follows.
func (st *state) accord(a, b, si int) (*news.Speaker, int) {
	var sp *news.Speaker
	via, from := "", -1
	if n := len(st.out) - 1; n >= 0 && !st.out[n].Direct && spans.GoesOn(st.toks, a, b, st.out[n].End, func(j int) bool {
		return st.withoutConjunction(j)&word.Comp != 0 && !parts.Fa(&st.toks[j]) && (st.tk[j].Pronoun || st.tk[j+1].Article || st.tk[j+1].ent >= 0)
	}) {
		sp, via, from = st.out[n].Speaker, st.out[n].Via, a+1
	} else if s, e, f, bare := spans.Accord(st.toks, a, b, func(j int) bool { return st.tk[j].Cls&word.Via != 0 && st.tk[j].q < 0 }, func(j int) bool {
		return parts.Fa(&st.toks[j]) && st.withoutConjunction(j)&word.Comp != 0 && st.tk[j].ent < 0 && st.tk[j].q < 0
	}); f >= 0 && !st.tk[s].Document && st.withQuotedName(st.phrase(s, e), e) == e && (!bare || st.ownWords(f, b)) {
		if st.tk[s].q >= 0 && marks.Mark(st.toks[s].Text) && st.toks[e-1].Kind == news.Punctuation && st.tk[e-1].q == st.tk[s].q {
			s, e = s+1, e-1 // وبحسب «رويترز»: the name inside the marks
		}
		if sp = st.speakerOf(s, e, ""); sp != nil && (sp.Name != "" || sp.Country != "" || !bare && st.speaksAsSource(s)) {
			from = f
		}
	}
	if from < 0 || sp == nil {
		return nil, a
	}
	st.last = sp
	return sp, st.emitReported(from, b, sp, via, si)
}

// speaksAsSource reports whether the source at s of a word of accord and
// فإن is someone who speaks though no name or country stands in it: a role
// (ووفقا لنفس المصدر، مصادر «عين اليوم»), a medium or a body's noun (ووفقا
// للصحيفة، وبحسب الصندوق) that package setting settles, not a document or
// figures (وبحسب التوقعات، ووفقا للمعلومات الأولية).
func (st *state) speaksAsSource(s int) bool {
	if st.tk[s].q >= 0 || st.tk[s].ent >= 0 {
		return false
	}
	return st.tk[s].Role || st.tk[s].Media || st.tk[s].Common
}

// ownWords reports whether the clause of the sentence ending at b that opens
// at f, after a source and its comma, is that source's words: not one that
// opens with ف or holds a speech verb of its own (وبحسب «رويترز»، فقد ذكر X).
func (st *state) ownWords(f, b int) bool {
	for j := f; j < b; j++ {
		if j == f && parts.Fa(&st.toks[j]) || st.tk[j].Cls&(word.Cue|word.Came) != 0 && st.tk[j].ent < 0 && st.isVerb(j, f) {
			return false
		}
	}
	return true
}
