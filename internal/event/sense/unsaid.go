package sense

import (
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// The rules of this file tell verbal nouns that stand in a clause as the
// matter of another word, not as an act the sentence reports: the content
// of a call, the terms of a text, a trend, an act pointed back to, a
// charge borne.

// called reports whether the verbal noun of a visit or a meeting at k,
// after إلى or joined by ل (إلى زيارة, لزيارة, إلى اجتماع), is the content of a call or an urging (class call or
// urge, by its lemma) before it in its sentence, within sixteen words, its
// subject, its object and their appositions between (دعا عز الدين
// الأصبحي، مفوض الأمم المتحدة، الرئيس الدوري للمجلس لزيارة محافظة عدن):
// what the caller asks for, not an act done. (A call to a strike or a
// protest, دعا إلى الإضراب, is the protest's own record.) Another event word between
// them ends the scan: the noun may then be that word's.
func called(toks []news.Token, k int, lemma func(int) string) bool {
	if word(toks, k-1) != "الي" && procliticPrep(&toks[k]) != "ل" || !words["visit"][lemma(k)] && !words["talks"][lemma(k)] && !words["meet"][lemma(k)] {
		return false
	}
	for j, n := k-1, 0; j >= 0 && n < 16; j-- {
		if toks[j].Kind == news.Punctuation {
			if aside(toks[j].Text) {
				continue
			}
			return false
		}
		n++
		l := lemma(j)
		if words["call"][l] || words["urge"][l] {
			return true
		}
		if l != "" {
			return false
		}
	}
	return false
}

// stipulated reports whether the verbal noun at k is a term of a text: the
// complement of a verb of stipulating (class stipulate: ينص, تقضي) within
// the three words before it, after على or joined by ب (الذي ينص خصوصا على
// انسحاب الحوثيين, يقضي بانسحاب): what the text provides for, no act.
func stipulated(toks []news.Token, k int) bool {
	if word(toks, k-1) != "علي" && procliticPrep(&toks[k]) != "ب" {
		return false
	}
	return inClause(toks, k, 3, func(j int) bool { return is("stipulate", &toks[j]) })
}

// trend reports whether the verbal noun at k, without the article, is
// qualified by an adjective of growth right after it (دعوات متزايدة,
// تهديدات متصاعدة): a trend told with no doer, no act of anybody.
func trend(toks []news.Token, k int) bool {
	return !lexicon.Definite(&toks[k]) && is("growing", tok(toks, k+1))
}

// pointed reports whether the verbal noun at k, with the article, stands
// right after a demonstrative (كانت تستغل هذه المفاوضات, خطط لهذه
// المجزرة): an act told before, pointed back to, no new one. An event word
// within the six words before it in its clause takes it as its matter
// (وتبنى التنظيم غالبية هذه الهجمات: the claim is the act), and so does
// a verb of occurrence right before it, the noun its subject (وتأتي هذه
// العملية بعد هجوم, وقعت هذه الهجمات): the clause tells of that act and
// the caller keeps it.
func pointed(toks []news.Token, k int, lemma func(int) string) bool {
	if !lexicon.Definite(&toks[k]) || !is("demonstrative", tok(toks, k-1)) || is("occur", tok(toks, k-2)) {
		return false
	}
	return !inClause(toks, k-1, 6, func(j int) bool { return lemma(j) != "" })
}

// procliticPrep returns the preposition (ب, ل, ك) the segmenter split off the
// token's front, "" if none: a root letter (لقاء, بحث) is no preposition.
func procliticPrep(tok *news.Token) string {
	_, c := lexicon.StemOf(tok)
	return c.Prep
}

// borne reports whether the noun of charge at k is the object of a verb of
// facing within the four words before it, its subject and a number between
// (وواجه فيها 32 شخصا اتهامات): charges borne, with or without the article,
// no act of accusing by anybody the sentence names.
func borne(toks []news.Token, k int) bool {
	return inClause(toks, k, 4, func(j int) bool { return is("face", &toks[j]) })
}

// partook reports whether the taking part at k (مشاركة) is in an act of
// force: في, within the five words after it (past its doer: مشاركة
// إردوغان في), before a noun of combat (class combat: الغارات, الحرب,
// العمليات العسكرية). Taking part in raids or a war is fighting beside
// others, no attendance at a host's event (042, the visit of مشاركة
// بوتين في الافتتاح).
func partook(toks []news.Token, k int) bool {
	for j := k + 1; j <= k+5 && j < len(toks); j++ {
		if toks[j].Kind != news.Word {
			return false
		}
		if toks[j].Norm == "في" {
			return is("combat", tok(toks, j+1))
		}
	}
	return false
}

// warnedOf reports whether the warning at k is of a hazard (class hazard)
// named right after its من, set between quotation marks or not
// (للتحذير من «التدخين» على علب السجائر).
func warnedOf(toks []news.Token, k int) bool {
	if word(toks, k+1) != "من" || k+2 >= len(toks) {
		return false
	}
	j := k + 2
	if quoteMark(toks[j].Text) && j+1 < len(toks) {
		j++
	}
	return is("hazard", tok(toks, j))
}
