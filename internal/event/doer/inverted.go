package doer

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/event/cameo"
	"rasad/internal/event/frame"
	"rasad/internal/event/morph"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

// Dying reports whether the act noun at k is a word of dying (lexicon
// class death: مقتل, مصرع, استشهاد), whose genitive is always the one who
// died: مقتل شرطيين جنوب شرقي تركيا is the policemen's death, never a
// killing they did, whatever follows them. Such a noun names its doer only
// after على يد or بنيران (Agent), so no noun right after it is a killer
// with an object after him, as with قتل (قتل مستوطنين الفلسطيني).
func Dying(s frame.Sentence, k int) bool {
	t := s.Token(k)
	l := lexicon.Default()
	return t.Noun && (l.Has(t.Word, "death") || l.Has(t.Plain, "death"))
}

// Quoted returns where the subject before the verb that starts at end
// ends, when that subject is a name between quotation marks ("داعش"
// أعدم 44 شابا): the closing mark at end-1 right after an actor phrase
// that the opening mark right before it opens, so that the name, not the
// mark, stands before the verb. A news text sets a body's name apart so
// (وكشف مصدر أمني أن «داعش» أعدم); a quotation that only ends with a name
// («… الجيش» أعلن) opens before the phrase and is not read so. It returns
// end unchanged otherwise, and when the opening mark follows a word that
// is neither a bound nor أن or إن (lexicon class subject-opener): the name
// is then that word's genitive (طلاب "نجران" ينتقدون: the students
// criticise) or a preposition's (ضد «داعش»).
func Quoted(s frame.Sentence, end int) int {
	a, _ := s.Span()
	if end-2 <= a || !s.Token(end-1).Quote {
		return end
	}
	pi := s.Token(end-2).Phrase - 1
	if pi < 0 || s.Phrase(pi).End != end-1 || s.Phrase(pi).Prep != "" {
		return end
	}
	st := s.Phrase(pi).Start
	if st-1 < a || !s.Token(st-1).Quote {
		return end
	}
	if o := st - 2; o >= a && !s.Token(o).Bound && !opener[s.Token(o).Norm] {
		return end // طلاب "نجران" ينتقدون, ضد «داعش» وتحذر: a genitive, not a subject
	}
	return end - 1
}

// Critic reports whether the word at j, after a verb, is its subject
// because it is a noun of a stance against someone (lexicon class critic:
// منتقدو, معارضو, خصوم) in the construct state, with no article, no
// preposition and outside any actor phrase, before an actor phrase with no
// preposition: in ويتهم منتقدو النظام التركي الحكومة the critics accuse,
// and the regime after them is the one they criticise, not the doer. The
// critics are no named body, so the act's doer is unnamed.
func Critic(s frame.Sentence, j int) bool {
	a, b := s.Span()
	if j < a || j+1 >= b {
		return false
	}
	t := s.Token(j)
	if t.Definite || t.Phrase != 0 || t.Prep != "" || t.IsPrep || t.Bound || t.Quote || t.Event || t.Suffix {
		return false
	}
	if l := lexicon.Default(); !l.Has(t.Word, "critic") && !l.Has(t.Plain, "critic") {
		return false
	}
	pi := frame.PhraseAt(s, j+1)
	return pi >= 0 && s.Phrase(pi).Start == j+1 && s.Phrase(pi).Prep == ""
}

// criticised reports whether the actor phrase pi is the genitive of a noun
// of a stance against it (Critic): the one criticised, not a doer.
func criticised(s frame.Sentence, pi int) bool {
	j := s.Phrase(pi).Start - 1
	a, _ := s.Span()
	return j >= a && Critic(s, j)
}

// opener holds أن and إن (lexicon class subject-opener), after which a
// name opens a clause as its subject.
var opener = vocab.Set(lexicon.Default().Forms("subject-opener")...)

// butPronoun holds لكن with a pronoun (lexicon class but-pronoun).
var butPronoun = vocab.Set(lexicon.Default().Forms("but-pronoun")...)

// Resumes reports whether the verb at k comes right after إن, أن or لكن
// with a pronoun (إنهم يؤيدون, لكنهم دعوا): that pronoun is the verb's
// subject, and it names the subject of the clause that opens the sentence
// (frame.MainSubject), never the last actors named before it, a pair of
// which a plural verb with no subject otherwise continues.
func Resumes(s frame.Sentence, k int) bool {
	a, _ := s.Span()
	if k-1 < a {
		return false
	}
	return resumptive(s.Token(k - 1))
}

// resumptive reports whether t is إن, أن or لكن with a pronoun.
func resumptive(t frame.Token) bool {
	return vocab.PronounThat(t.Word) || vocab.PronounThat(t.Norm) || But(t)
}

// But reports whether t is لكن with a pronoun (لكنهم: lexicon class
// but-pronoun).
func But(t frame.Token) bool { return butPronoun[t.Norm] || butPronoun[t.Word] }

// Unnamed reports whether the pronoun at p (Resumes) refers to a subject the
// sentence names by a noun that is no actor: the verb that opens the
// sentence (after و or a particle) is followed by a plain word, outside any
// actor phrase, with no preposition, no cue and no event (وقال حلفاء
// غربيون لتركيا إنهم يؤيدون: the Western allies, whom no actor names). The
// act is then that unnamed subject's, not the speaker's of the quote nor
// the last actors named: its doer is left empty rather than guessed. The
// pronoun stands within six words of that verb, with no bound, quotation
// mark or act between: else the sentence opens with another clause.
func Unnamed(s frame.Sentence, p int) bool {
	a, _ := s.Span()
	j := a
	if particle[s.Token(j).Word] {
		j++
	}
	if j+1 >= p || s.Token(j).Phrase != 0 || s.Token(j).Prep != "" || s.Token(j).IsPrep || s.Token(j).Bound || s.Token(j).Quote {
		return false
	}
	first := true // before the first pronoun of إن or لكن after the verb
	for q := j + 1; q < p; q++ {
		t := s.Token(q)
		if t.Bound || t.Quote || first && (t.Event || q-j > 6) {
			return false // ما دامت إيران تشجع ...» وقال الوزير إنه: another clause, not the opening verb's subject
		}
		first = first && !resumptive(t)
	}
	x := s.Token(j + 1)
	return x.Phrase == 0 && x.Prep == "" && !x.IsPrep && !x.Bound && !x.Quote && !x.Event && !x.Number && !x.Title && x.Cue == vocab.CueNone && x.Actor == 0
}

// Things reports whether the actor phrase pi, after a verb, names things,
// not a party: a definite plural of things in ات (القرارات, الإجراءات,
// الممارسات) that heads it outside any name and has no role, whose only
// tie to a country is a relative adjective (كما أدانت القرارات والإجراءات
// الإسرائيلية: the ministry condemns Israel's measures). Measures and
// decisions do not act; the nisba names whose they are, the one the act is
// done to, so the phrase is the verb's object, not its subject, when the
// act is one of words (cameo.Verbal: condemning, rejecting, praising),
// which things never do; things do arrive or burn (وصلت الشاحنات
// السعودية: the Saudi trucks, Saudi Arabia's aid), so no other act reads
// the phrase so. A document
// (lexicon class document: التقرير الأميركي) speaks for its author and a
// plural of people (class counted-people: القيادات) acts, so neither is
// read so.
func Things(s frame.Sentence, pi int, code string) bool {
	ph := s.Phrase(pi)
	if !cameo.Verbal(code) || ph.Prep != "" || ph.Role || !ph.Named || ph.PersonIn {
		return false
	}
	h := s.Token(ph.Start)
	if a, _ := s.Span(); h.Actor != 0 && morph.NisbaShape(h.Word) && ph.Start-1 >= a && s.Token(ph.Start-1).Phrase == 0 {
		h = s.Token(ph.Start - 1) // القرارات والإجراءات الإسرائيلية: the nisba alone a phrase, after the noun it describes
	}
	l := lexicon.Default()
	if !h.Definite || h.Actor != 0 || !strings.HasSuffix(h.Word, "ات") || !arabic.AtLeastRunes(h.Word, 5) || l.Has(h.Word, "document") || l.Has(h.Word, "counted-people") {
		return false
	}
	for j := ph.Start + 1; j < ph.End; j++ {
		if t := s.Token(j); t.Actor != 0 && !morph.NisbaShape(t.Word) {
			return false // a name, not a nisba
		}
	}
	return true
}
