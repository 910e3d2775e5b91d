package span

import (
	"slices"
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/ner"
	"rasad/internal/news"
)

// adverbs are adverbs of place and time that follow a verb's subject or
// object (قال مكتب الاتحاد هنا, "the Union's office here"; أعلنت الشركة
// حاليا): no part of a name. اليوم is left out: it ends a paper's or a
// channel's name (روسيا اليوم, الوطن اليوم).
var adverbs = keys("هنا", "هناك", "حاليا", "أيضا", "الآن", "آنذاك", "حينها", "حينذاك", "مجددا", "سابقا", "لاحقا", "مؤخرا", "كذلك")

func keys(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[arabic.SearchKey(w)] = true
	}
	return m
}

// Adverb reports whether word i of toks is an adverb of place or time
// (adverbs) with no name of the lexicon spelt like it.
func Adverb(toks []news.Token, i int) bool {
	return toks[i].Kind == news.Word && adverbs[arabic.SearchKey(toks[i].Norm)] && !named(toks[i].Norm)
}

// trimAdverbs ends a span before the adverbs of place and time it ran on
// into (الاتحاد هنا → الاتحاد), and drops a span that is one alone.
func trimAdverbs(toks []news.Token, spans []ner.Span) []ner.Span {
	out := spans[:0]
	for _, s := range spans {
		for s.Last >= s.First && Adverb(toks, s.Last) {
			s.Last--
		}
		if s.Last < s.First {
			continue
		}
		s.End = min(s.End, toks[s.Last].End)
		out = append(out, s)
	}
	return out
}

// Particle reports whether word i of toks is the particle إنّ or one of its
// sisters (the lexicon's class that-particle: فإن, أن, لأن, بأن), written
// with the hamza on its alef: the particle opens a clause, no name.
func Particle(toks []news.Token, i int) bool {
	if toks[i].Kind != news.Word {
		return false
	}
	w, _ := lexicon.Default().AfterConjunction(&toks[i])
	return w.Has("that-particle") && strings.ContainsFunc(lexicon.TextAfterConjunction(&toks[i]), func(r rune) bool {
		return r == arabic.AlefHamzaAbove || r == arabic.AlefHamzaBelow || r == arabic.HamzaAboveMark || r == arabic.HamzaBelowMark
	})
}

// trimParticles starts a span after the particles that open it (فإن
// أتينجر أصبح → أتينجر), and drops a span that is one alone.
func trimParticles(toks []news.Token, spans []ner.Span) []ner.Span {
	return trimFront(toks, spans, func(_ ner.Span, i int) bool { return Particle(toks, i) })
}

// trimFront starts each span after the words at its front that cut says
// are no part of it, and drops a span with no word left.
func trimFront(toks []news.Token, spans []ner.Span, cut func(s ner.Span, i int) bool) []ner.Span {
	out := spans[:0]
	for _, s := range spans {
		for s.First <= s.Last && cut(s, s.First) {
			s.First++
		}
		if s.First > s.Last {
			continue
		}
		s.Start = max(s.Start, toks[s.First].Start)
		out = append(out, s)
	}
	return out
}

// Leading reports whether word i of toks is an indefinite verbal noun of
// leading (the lexicon's class leading-noun: قيادة, زعامة) that names the
// act, not a body: it carries a preposition (بقيادة السعودية, "led by
// Saudi Arabia"; لقيادة السوبر, "to referee the Super Cup"), or its
// genitive is a person's role or a nisba (قيادة المدرب اليوناني, قيادة
// السويدي). After it, the leader: no body's name. A head of a body or force
// after it is the command's name (قيادة الجيش اللبناني), and the noun alone
// before a place or country the body of its leaders (دانت قيادة إقليم
// كردستان, the region's leadership).
func Leading(toks []news.Token, i int) bool {
	lx := lexicon.Default()
	w, cl := lx.Stem(&toks[i])
	if toks[i].Kind != news.Word || !w.Has("leading-noun") {
		return false
	}
	if i+1 == len(toks) || toks[i+1].Kind != news.Word {
		return true
	}
	next, _ := lx.Bare(&toks[i+1])
	if next.Has("org-cue") {
		return false
	}
	return cl.Prep != "" || next.Has("role") || next.Has("profession") || next.Has("nisba")
}

// trimLeading starts a body's span after a verbal noun of leading at its
// front (Leading): بقيادة السويدي → السويدي, بقيادة الولايات المتحدة → الولايات
// المتحدة; a span of the noun alone is dropped.
func trimLeading(toks []news.Token, spans []ner.Span) []ner.Span {
	return trimFront(toks, spans, func(s ner.Span, i int) bool { return s.Type == news.ORG && Leading(toks, i) })
}

// OfficeAdjective reports whether tok is an adjective that qualifies an
// office said before it (the lexicon's class office-adjective: الدوري,
// الفخري, المساعد), which is no surname there.
func OfficeAdjective(tok *news.Token) bool {
	w, _ := lexicon.Default().Stem(tok)
	return tok.Kind == news.Word && w.Has("office-adjective")
}

// trimOfficeAdjectives starts a person's span after the adjectives that
// qualify the office just before it (the lexicon's office-adjective: الرئيس
// الدوري لمجلس التعاون, the council's rotating president; الأمين العام
// المساعد): after an office they are no surname, whatever person a
// gazetteer names so (الدوري: Izzat al-Douri). A span of such words alone
// is dropped.
func trimOfficeAdjectives(toks []news.Token, spans []ner.Span) []ner.Span {
	lx := lexicon.Default()
	office := func(i int) bool { // الرئيس, الأمين العام, or an adjective of one before
		w, _ := lx.Bare(&toks[i])
		return toks[i].Kind == news.Word && (w.Has("role") || w.Has("office-adjective") ||
			i > 0 && toks[i-1].Kind == news.Word && lx.Word(toks[i-1].Norm+" "+toks[i].Norm).Has("role"))
	}
	return trimFront(toks, spans, func(s ner.Span, i int) bool {
		if s.Type != news.PER {
			return false
		}
		return i < s.Last && office(i) && OfficeAdjective(&toks[i+1]) || // the office inside the span: [الرئيس الدوري]
			i > 0 && OfficeAdjective(&toks[i]) && office(i-1)
	})
}

// Title reports whether tok is a word said before a person's name that is
// no part of it: a title or rank (the lexicon's classes title, rank and
// rank-qualifier: الدكتور, العميد, the staff rank's ركن of العميد الركن,
// دكتور after a rank) or a trade (profession: الإعلامية, المحامي), but
// not one that is a given name too: a rank without the article that opens
// a name is the name (الصراف رائد عبدالسلام, Raed; the title is الرائد).
func Title(tok *news.Token) bool {
	if tok.Kind != news.Word {
		return false
	}
	w, _ := lexicon.Default().AfterConjunction(tok)
	return (w.Has("title") || w.Has("rank") || w.Has("rank-qualifier") || w.Has("profession")) && !w.Has("given-name")
}

// trimTitles starts a person's span after the titles, ranks and trades at
// its front (العميد ركن [ركن أحمد عسيري] → أحمد عسيري, العقيد [دكتور عاطي
// القرشي] → عاطي القرشي): they describe the bearer, and the name is the
// words after them. A span of such words alone is left to the rules of a
// title alone.
func trimTitles(toks []news.Token, spans []ner.Span) []ner.Span {
	for k, s := range spans {
		if s.Type != news.PER {
			continue
		}
		for s.First < s.Last && Title(&toks[s.First]) {
			s.First++
			s.Start = toks[s.First].Start
		}
		spans[k] = s
	}
	return spans
}

// CommonBody reports whether toks (a body's span) is a common noun phrase:
// an indefinite head noun of a body (the lexicon's org-cue: منظمة, شركة,
// جمعية) and indefinite relational adjectives after it, none a name
// (منظمة إنسانية "a humanitarian organisation", شركة أمريكية, جمعية خيرية
// محلية). A body's name is definite (منظمة الصحة العالمية) or carries a
// proper name (منظمة أوكسفام).
func CommonBody(toks []news.Token, lex *arabic.Segmenter) bool {
	if len(toks) < 2 {
		return false
	}
	lx := lexicon.Default()
	for k := range toks {
		tok := &toks[k]
		stem, _ := lexicon.StemOf(tok)
		if tok.Kind != news.Word || arabic.Definite(stem) {
			return false
		}
		if k == 0 {
			if !lx.Word(stem).Has("org-cue") {
				return false
			}
			continue
		}
		if _, cl := lexicon.StemOf(tok); cl != (lexicon.Clitics{}) || !adjective(tok.Norm, lex) {
			return false
		}
	}
	return true
}

// adjective reports whether an indefinite word is a relational adjective:
// a nisba of the lexicon (تركية, أمريكي), or a word ending in ي or ية that
// is no name, where the dictionary has seen it or the noun it is formed on
// in its corpus (إنسانية on إنسان, خيرية on خير, بحثي on بحث). A foreign
// name ending so (إنبي, لاندسي) is neither; nor is a word with a clitic
// (لاندسي read as ل + اندسي): an adjective agreeing with its head has none.
func adjective(w string, lex *arabic.Segmenter) bool {
	if lexicon.Default().Word(w).Has("nisba") {
		return true
	}
	if named(w) {
		return false
	}
	if info, ok := lex.Lookup(w); ok {
		return !info.Name && info.Stem && info.Count > 0 && shape.Relational(arabic.SearchKey(w))
	}
	key := arabic.SearchKey(w)
	base, ok := strings.CutSuffix(key, string(arabic.Yeh)+string(arabic.Heh))
	if !ok {
		base, ok = strings.CutSuffix(key, string(arabic.Yeh))
	}
	if !ok || !arabic.AtLeastRunes(base, 3) {
		return false
	}
	info, ok := lex.Lookup(base)
	return ok && info.Stem && info.Count > 0 && !info.Name
}

// dropCommonBodies drops a body's span that is a common noun phrase
// (CommonBody) or a market (Market): an organisation the article does not
// name.
func dropCommonBodies(toks []news.Token, spans []ner.Span, lex *arabic.Segmenter) []ner.Span {
	out := spans[:0]
	for _, s := range spans {
		if s.Type == news.ORG && (CommonBody(toks[s.First:s.Last+1], lex) || Market(toks, s.First, lex)) {
			continue
		}
		out = append(out, s)
	}
	return out
}

// model is طراز, "model, type": what follows it names a class of machine
// (حاملة مروحيات من طراز ميسترال, طائرات من طراز إف-16) or a calibre.
var model = arabic.SearchKey("طراز")

// dropModels drops a place or a person the recogniser found right after
// طراز (within an opening quotation mark): a model or a class named after
// a wind, a town or a man (ميسترال, the Mistral class) is no place or person.
func dropModels(toks []news.Token, spans []ner.Span) []ner.Span {
	out := spans[:0]
	for _, s := range spans {
		p := s.First - 1
		for p >= 0 && toks[p].Kind == news.Punctuation && shape.Opening(toks[p].Text) {
			p--
		}
		if (s.Type == news.LOC || s.Type == news.PER) && p >= 0 && toks[p].Kind == news.Word && arabic.SearchKey(toks[p].Norm) == model {
			continue
		}
		out = append(out, s)
	}
	return out
}

// command is قيادة عمليات, "operations command": the Iraqi and Syrian armies
// name their regional commands after the place or river they cover
// (قيادة عمليات دجلة, the Tigris Operations Command; قيادة عمليات سامراء).
var command = [2]string{arabic.SearchKey("قيادة"), arabic.SearchKey("عمليات")}

// InCommand reports whether the name at token i follows قيادة عمليات: a place
// there is part of a military command's name (قيادة عمليات دجلة), no mention
// of the river or town the command is named after. A body there is led, not
// named after (قيادة عمليات حزب الله في سوريا, leading Hezbollah's
// operations): the caller asks only of places.
func InCommand(toks []news.Token, i int) bool {
	if i < 2 || toks[i-1].Kind != news.Word || toks[i-2].Kind != news.Word || arabic.SearchKey(toks[i-1].Norm) != command[1] {
		return false
	}
	head, _ := lexicon.StemOf(&toks[i-2]) // with its preposition: تابعة لقيادة عمليات دجلة
	return arabic.SearchKey(head) == command[0]
}

// dropCommands drops a place the recogniser found right after قيادة عمليات
// (InCommand).
func dropCommands(toks []news.Token, spans []ner.Span) []ner.Span {
	return slices.DeleteFunc(spans, func(s ner.Span) bool { return s.Type == news.LOC && InCommand(toks, s.First) })
}
