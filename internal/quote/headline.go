package quote

import (
	"strings"

	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/quote/headline"
	"rasad/internal/quote/setting"
	"rasad/internal/quote/word"
)

// headlines reads the convention of Arabic headlines and interview lines
// (package headline): a line that opens with a name, or a role and a name,
// then a colon, quotes what follows (الجبير: لا مكان للأسد في مستقبل
// سوريا). The speaker must be a person or an organisation the entity stage
// found, or a role (المتحدث باسم الخارجية:), and the words after the colon
// at least three, none of them already a quote.
//
// A title may name its speaker with any noun phrase (headline.Line.Phrase;
// titleWord says which words may stand in it): a surname or an outlet the
// body names in full is that entity (باحميد: → عادل باحميد; الجيروزاليم
// بوست: → صحيفة «جيروزاليم بوست»), anything else a described speaker
// (مصدر عسكري:).
func (st *state) headlines(ranges [][2]int) {
	st.out = st.line().Quotes(st.text, ranges, st.out, func(a int) bool { return st.opensRole(a) && !st.lx.LabelAlone(st.toks, a) },
		func(a, c int) bool { return st.line().Phrase(a, c, st.titleWord) },
		func(a, c int) *news.Speaker {
			if sp := st.namedLater(a, c); sp != nil {
				return sp
			}
			return setting.Copy(st.speakerOf(a, c, ""))
		})
}

// titleWord reports whether the word at j may stand in the phrase that
// names a title's speaker: an entity's word, or a word that is no verb,
// preposition or particle quote knows (a role, a title, a body or a media
// noun may be), no label of a title (تقرير، فيديو), and has no conjunction,
// preposition, future particle or pronoun attached (بثقة، تناديك).
func (st *state) titleWord(j int) bool {
	in := st.tk[j]
	if in.ent >= 0 {
		return true
	}
	stem, cl := lexicon.StemOf(&st.toks[j])
	if cl.Conj != "" || cl.Prep != "" || cl.Future || cl.Pronoun != "" {
		return false
	}
	const may = word.Role | word.Title | word.Body | word.Media | word.Quant | word.Group
	return (in.Cls|st.lx.Of(stem))&^may == 0 && !in.Document
}

// namedLater returns the speaker the words [a, c) before a title's colon
// name when the article names it in full (headline.NamedLater: باحميد for
// عادل باحميد), a person or an organisation; nil when none or several.
func (st *state) namedLater(a, c int) *news.Speaker {
	at := headline.NamedLater(st.toks, a, c, func(j int) (int32, int32) { return st.tk[j].ent, st.tk[j].men }, func(e int32) bool {
		return st.ents[e].Type == news.PER || st.ents[e].Type == news.ORG
	})
	if at < 0 {
		return nil
	}
	sp := st.entitySpeaker(at)
	sp.Text, sp.Start, sp.End = st.spanText(a, c), st.toks[a].Start, st.toks[c-1].End
	return sp
}

// line is the text as package headline reads its lines.
func (st *state) line() headline.Line {
	return headline.Line{Toks: st.toks, Spans: st.spans, Quote: func(j int) int { return int(st.tk[j].q) },
		Entity: func(j int) news.EntityType {
			if e := st.tk[j].ent; e >= 0 {
				return st.ents[e].Type
			}
			return ""
		}}
}

// afterColon emits, as sp's direct speech, the words after the colon c that
// ends a speech verb's attribution with no quotation mark after it (وقال
// الوزير: الحل سياسي), up to the end b of the sentence or a new
// attribution; false when fewer than three words or a quote holds them.
func (st *state) afterColon(c, b int, sp *news.Speaker, via string, si int) bool {
	out, ok := st.line().After(st.text, c, st.clause(c+1, b), st.out, news.Quote{Speaker: setting.Copy(sp), Direct: true, Via: via})
	if ok {
		st.out, st.lastQ, st.lastQEnd = out, len(out)-1, si
		st.spoken, st.spokenN = out[len(out)-1].End, len(out)
	}
	return ok
}

// stillSpoken reports whether the sentence at token a belongs to the
// paragraph that words without marks after a colon opened (وقال: العراق
// تحول الى خراب … فهل لو كان ابتعد المالكي …): the speaker's words go on to
// the paragraph's end, or to the next quote, so a person they name is no
// subject a later bare verb continues.
func (st *state) stillSpoken(a int) bool {
	if st.spoken < 0 || st.toks[a].Start < st.spoken {
		return st.spoken >= 0
	}
	if st.spokenN != len(st.out) || strings.IndexByte(st.text[st.spoken:st.toks[a].Start], '\n') >= 0 {
		st.spoken = -1
		return false
	}
	st.spoken = st.toks[a].Start
	return true
}
