package entity

import (
	"slices"
	"strings"
	"unicode/utf8"

	"rasad/internal/actor"
	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/ner"
	"rasad/internal/news"
)

// The recogniser's spans, mended before linking: the و a span lost, the
// title or head noun alone that is no name, two names joined by و.

// wholeWords gives back its و to a span the recogniser began after the و
// of its first word, where the segmenter left the و on as part of a word
// its dictionary knows whole: ولي العهد is "crown prince", not لي العهد
// after "and" (the و of an unknown name, وفومين, stays cut off). A span
// that is then a title of the lexicon's class role alone (ولي العهد,
// الملك) is no name: the descriptors name whom it describes; nor is the
// head noun of a body's name alone without the article (منظمة before
// «أوبك», جامعة of جامعة الأميرة نورة).
func (l *Linker) wholeWords(text string, toks []news.Token, spans []ner.Span) []ner.Span {
	for k, s := range spans {
		tok := &toks[s.First]
		if s.Start <= tok.Start || !strings.HasPrefix(tok.Norm, string(arabic.Waw)) {
			continue
		}
		if _, cl := lexicon.StemOf(tok); cl.Conj != "" {
			continue
		}
		if info, ok := l.lex.Lookup(tok.Norm); ok && info.Stem && !info.Name {
			spans[k].Start = tok.Start
		}
	}
	lx := lexicon.Default()
	return slices.DeleteFunc(spans, func(s ner.Span) bool {
		if s.Type == news.ORG && s.First == s.Last {
			stem, _ := lexicon.StemOf(&toks[s.First])
			// A head is listed with and without the article (منظمة,
			// المنظمة); a name alone is listed once (ميلان).
			return !strings.HasPrefix(stem, definiteArticle) && lx.Has(stem, "org-cue") && lx.Has(definiteArticle+stem, "org-cue")
		}
		return s.Type == news.PER && lx.Has(lexicon.Key(text[s.Start:s.End]), "role")
	})
}

// splitCoordinated splits a recognised person or place at a word that
// opens with the conjunction و: two names joined (دافيد لويز ودي ماريا) or a
// name run on into the next words (الخليج والله), not one name. An
// organisation keeps its و (وزارة الشباب والرياضة).
func splitCoordinated(toks []news.Token, spans []ner.Span) []ner.Span {
	var out []ner.Span
	for _, s := range spans {
		for s.Type != news.ORG && s.Type != news.MISC {
			cut := -1
			for t := s.First + 1; t <= s.Last; t++ {
				if _, cl := lexicon.StemOf(&toks[t]); cl.Conj == string(arabic.Waw) {
					cut = t
					break
				}
			}
			if cut < 0 {
				break
			}
			out = append(out, ner.Span{First: s.First, Last: cut - 1, Start: s.Start, End: toks[cut-1].End, Type: s.Type, Score: s.Score})
			if cut == s.Last {
				s.First = -1 // one word after و: a name only the recogniser's word would make
				break
			}
			_, at := stemKey(toks[cut])
			s = ner.Span{First: cut, Last: s.Last, Start: at, End: s.End, Type: s.Type, Score: s.Score}
		}
		if s.First >= 0 {
			out = append(out, s)
		}
	}
	return out
}

// dottedAt looks up the gazetteer at a dotted abbreviation starting at word
// i, single letters joined by full stops (ب.ك.ك for the PKK, as the
// gazetteer writes it), and returns how many tokens it spans and its hits;
// 0 if there is none or the gazetteer does not know it.
func (l *Linker) dottedAt(sc *scan, i, end int) (int, []actor.Hit) {
	toks := sc.toks
	if len(toks[i].Norm) > utf8.UTFMax {
		return 0, nil // no single letter
	}
	var keys []string
	j := i
	for j < end && toks[j].Kind == news.Word && utf8.RuneCountInString(toks[j].Norm) == 1 && toks[j].End-toks[j].Start == len(toks[j].Norm) {
		keys = append(keys, sc.wkeys[j])
		if j+2 >= end || toks[j+1].Text != "." || toks[j].End != toks[j+1].Start || toks[j+1].End != toks[j+2].Start {
			break
		}
		j += 2
	}
	if len(keys) < 2 {
		return 0, nil
	}
	if n, hits := l.g.Match(keys); n == len(keys) {
		return j - i + 1, hits
	}
	return 0, nil
}
