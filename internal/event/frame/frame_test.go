package frame

import (
	"strings"
	"testing"

	"rasad/internal/event/vocab"
)

// fake is a Sentence written in a small notation, a token a word: [ and ]
// around the words of an actor phrase ([+ a phrase coordinated with the
// one before, [? a phrase that names nobody, [! demonstrators); * after
// an event word (a noun), ^ after an event noun whose genitive suffers
// the act, @ after an event verb, ~ after a word with an enclitic
// pronoun; بين من على في مع are prepositions, a comma and الذي التي
// are bounds, « » quotation marks, يعتزم a word of intent, عندما
// opens a clause of time, a phrase after يد is the agent (على يد),
// digits are numbers, مواقع مناطق مدينة sites; a phrase after في or a
// site names a place.
type fake struct {
	toks []Token
	phr  []Phrase
}

func parse(s string) *fake {
	f := &fake{}
	open := -1
	for _, w := range strings.Fields(s) {
		j := len(f.toks)
		if strings.HasPrefix(w, "[") {
			p := Phrase{Start: j, Actor: true}
			w = w[1:]
			switch {
			case strings.HasPrefix(w, "+"):
				p.Coord, w = true, w[1:]
			case strings.HasPrefix(w, "?"):
				p.Actor, w = false, w[1:]
			case strings.HasPrefix(w, "!"):
				p.Protester, w = true, w[1:]
			}
			if j > 0 && f.toks[j-1].IsPrep {
				p.Prep = f.toks[j-1].Word
			}
			if j > 0 && f.toks[j-1].Cue == vocab.CueAgentBy {
				p.Prep = "by"
			}
			if j > 0 && f.toks[j-1].Cue == vocab.CueSite || p.Prep == "في" {
				p.Place = true // a town after في or after a site word
			}
			f.phr = append(f.phr, p)
			open = len(f.phr) - 1
		}
		end := strings.HasSuffix(w, "]")
		w = strings.TrimSuffix(w, "]")
		t := Token{Aside: j}
		if strings.HasSuffix(w, "^") {
			t.Patient, w = true, strings.TrimSuffix(w, "^")
		}
		if strings.HasSuffix(w, "*") {
			t.Event, t.Noun, w = true, true, strings.TrimSuffix(w, "*")
		}
		if strings.HasSuffix(w, "@") {
			t.Event, t.Verb, w = true, true, strings.TrimSuffix(w, "@")
		}
		if strings.HasSuffix(w, "~") {
			t.Suffix, w = true, strings.TrimSuffix(w, "~")
		}
		t.Norm, t.Word = w, strings.TrimPrefix(w, "ال")
		switch {
		case w == "بين" || w == "من" || w == "على" || w == "في" || w == "مع":
			t.IsPrep, t.Prep, t.Word = true, w, w
		case vocab.Comma(w) || vocab.Relative(w):
			t.Bound = true
		case strings.Trim(w, "0123456789") == "":
			t.Number = true
		case w == "مواقع" || w == "مناطق" || w == "مدينة":
			t.Cue = vocab.CueSite
		case w == "يد":
			t.Cue = vocab.CueAgentBy
		case vocab.QuoteMark(w):
			t.Quote = true
		case w == "يعتزم":
			t.Cue = vocab.CueIntent
		}
		if open >= 0 {
			t.Phrase = open + 1
		}
		f.toks = append(f.toks, t)
		if end {
			f.phr[open].End = j + 1
			open = -1
		}
	}
	return f
}

func (f *fake) Span() (int, int)     { return 0, len(f.toks) }
func (f *fake) Token(j int) Token    { return f.toks[j] }
func (f *fake) Phrase(pi int) Phrase { return f.phr[pi] }
func (f *fake) Phrases() int         { return len(f.phr) }
func (f *fake) at(w string) int      { return f.index(w) }
func (f *fake) index(w string) int {
	for j, t := range f.toks {
		if t.Norm == w {
			return j
		}
	}
	return -1
}

func TestFrames(t *testing.T) {
	cases := []struct {
		name, sentence, from string // from: the word whose frame is read
		rule                 func(s *fake, k int) int
		want                 int // the phrase found, -1 for none
	}{
		{"between", "اندلعت اشتباكات* عنيفة بين [الجيش السوري] [+وحزب الله] .", "اشتباكات", between, 0},
		{"between one side", "اندلعت اشتباكات* بين [الجانبين] .", "اشتباكات", between, -1},
		{"between three", "اشتباكات* بين [المقاومة] [+والحوثيين] [+وانصار صالح] .", "اشتباكات", between, -1},
		{"between demonstrators", "مصادمات* بين [الشرطة] [!+ومتظاهرين] .", "مصادمات", between, -1},
		{"between one side and its allies", "معارك* بين [قوات النظام] [+والمسلحين] الموالين لها من جانب ، [والمعارضة] من جانب اخر .", "معارك", between, 2},
		{"between two sides of two", "اشتباكات* بين [الفرقة] [+وحزب الله] من جهة [والفصائل] [+ومسلحين] من جهة اخرى .", "اشتباكات", between, 2},
		{"between far", "اشتباكات* في المدينة امس بين [الجيش] [+والمسلحين] .", "اشتباكات", between, -1},
		{"author of what was said", "نفى* [رئيس البرلمان] ما قاله~ [المعهد] .", "نفى", author, 1},
		{"author after a relative", "ادان* [الوزير] الهجوم* الذي شنه~ [تنظيم داعش] على [الجيش] .", "ادان", author, 1},
		{"author after a noun", "رد* [مسؤولون] على مقال نشره~ الكاتب [المصري هويدي] .", "رد", author, 1},
		{"no author without the pronoun", "ادان* [الوزير] الهجوم* الذي استهدف [الجيش] .", "ادان", author, -1},
		{"counted members", "خطفت* [جبهة النصرة] 8 [?عناصر] من [الفرقة 30] .", "خطفت", counted, 2},
		{"counted group", "قتلت* [القوات] 5 من [المسلحين] .", "قتلت", counted, 1},
		{"counted group in quotation marks", "خطفت* [جبهة النصرة] 8 [?عناصر] من « [الفرقة 30] » .", "خطفت", counted, 2},
		{"a noun's phrases end at the next act", "اتهامات* [المحكمة] يعتزم السفر* الى [نيويورك] .", "اتهامات", nounEnd, 2},
		{"a noun's phrases end at the clause", "اتهامات* الى [ايران] .", "اتهامات", nounEnd, 4},
		{"a noun's phrases end at the next act noun", "اتهامات* قبل زيارة* [اردوغان] الى [ايران] .", "اتهامات", nounEnd, 2},
		{"a verb does not end a noun's phrases", "مؤتمر* عقده@ مع [نظيره] .", "مؤتمر", nounEnd, 5},
		{"object after a comma", "اتهم@ [الوزير] في [الرياض] ، [ايران] بدعم .", "اتهم", afterComma, 1},
		{"a comma after an object ends the clause", "قصفت@ [الطائرات] مواقع في [العراق] ، [الجيش] يتقدم@ .", "قصفت", afterComma, 0},
		{"a name in apposition between commas", "رفض@ [المتحدث] ، [العقيد مايغا] ، الافصاح .", "رفض", afterComma, 0},
		{"a list of objects after a comma", "دعا@ [الوزير] ، [المبعوث] ، [+وممثلي المنظمات] .", "دعا", afterComma, 1},
		{"a coordinated phrase after a comma", "اتهم@ [الحزب] ، [+وايران] .", "اتهم", afterComma, 0},
		{"a comma before a verb ends the clause", "اتهم@ [الوزير] ، [ايران] تدعم@ .", "اتهم", afterComma, 0},
		{"counted nothing", "قتلت* [القوات] 5 [?عناصر] في [المدينة] .", "قتلت", counted, -1},
		{"owner of the praised", "اثنى* [الوزير] على جهود [مصر] .", "اثنى", prepOwner, 1},
		{"owner a nisba", "اثنى* [الوزير] على الجهود [المصرية] .", "اثنى", prepOwner, 1},
		{"owner past an adverb", "مثمنا* في هذا الصدد على الدور [المصري] .", "مثمنا", prepOwner, 0},
		{"no owner", "اثنى* [الوزير] على جهود كبيرة .", "اثنى", prepOwner, -1},
		{"no owner after another preposition", "اثنى* [الوزير] في الاجتماع على جهود [مصر] .", "اثنى", prepOwner, -1},
		{"owner of an act", "ادان [الوزير] قصف* [تركيا] .", "ادان", objOwner, 1},
		{"doer in a clause of time", "ادان [الوزير] قتل*^ [المدنيين] عندما هاجم@ [مسلحون] .", "ادان", objOwner, 2},
		{"doer after على يد", "ادان [الوزير] قتل*^ طفل على يد [مستوطنين] .", "ادان", objOwner, 1},
		{"the dead are not blamed", "ادان [الوزير] قتل*^ [المدنيين] في [المدينة] .", "ادان", objOwner, -1},
		{"no doer past a bound", "ادان [الوزير] قتل*^ طفل ، الذي عندما هاجم@ [مسلحون] .", "ادان", objOwner, -1},
		{"owner of an act after the preposition", "ندد [الوزير] على القصف* [التركي] .", "ندد", prepOwner, 1},
		{"no owner of an act suffered", "ندد [الوزير] على مقتل*^ [المدنيين] .", "ندد", prepOwner, -1},
		{"doer of an act after the preposition", "ندد [الوزير] على مقتل*^ طفل عندما قصفت@ [طائرات] .", "ندد", prepOwner, 1},
		{"site owner", "قصفت* [الطائرات] مواقع [حزب العمال] .", "قصفت", siteOwner, 1},
		{"site in a place", "قصف* [الجيش] مناطق في [الزبداني] .", "قصف", siteOwner, 1},
		{"site within a site", "شن* [الطيران] غارات على مناطق في محيط مدينة [القريتين] .", "شن", siteOwner, 1},
		{"site of nobody", "قصفت* [الطائرات] مواقع عسكرية .", "قصفت", siteOwner, -1},
		{"claimant", "وتبنت* [حركة طالبان] امس مسؤوليتها عن الهجوم* .", "الهجوم", claimant, 0},
		{"held responsible", "وحملت* [الحكومة] [حماس] المسؤولية عن الهجوم* .", "الهجوم", claimant, 1},
		{"no claim", "وتحدث [الوزير] عن الهجوم* .", "الهجوم", claimant, -1},
		{"main subject", "واقر [التحالف الدولي] في [افغانستان] ، انه نفذ* ضربات .", "انه", mainSubject, 0},
		{"no main subject", "واضاف ، انه نفذ* ضربات .", "انه", mainSubject, -1},
		{"occasion", "وأشاد بالعلاقات [المصرية] ، جاء ذلك في تصريح صحافي لدى وصوله* [القاهرة] .", "وصوله", occasion, 1},
		{"occasion after and", "وجاء ذلك خلال زيارته* مستشفى .", "زيارته", occasion, 1},
		{"no occasion past a bound", "جاء ذلك في تصريح ، الذي تلا زيارته* مستشفى .", "زيارته", occasion, 0},
		{"no occasion without ذلك", "جاء في تصريح [الوزير] لدى وصوله* [القاهرة] .", "وصوله", occasion, 0},
		{"set apart", "وكانت [القوات] البرية ، المتمركزة على الحدود ، ضربت* مواقع .", "ضربت", setApart, 2},
		{"set apart by a relative", "[القوات] ، التي تدعمها الطائرات ، قصفت* مواقع .", "قصفت", setApart, 1},
		{"no apart before an event", "[القوات] ، التي قصفت* المدينة ، انسحبت* .", "انسحبت", setApart, 6},
	}
	for _, tc := range cases {
		s := parse(tc.sentence)
		k := s.at(tc.from)
		if got := tc.rule(s, k); got != tc.want {
			t.Errorf("%s: %s: got %d, want %d", tc.name, tc.sentence, got, tc.want)
		}
	}
}

// The rules as the cases call them, from the event word at k.
func between(s *fake, k int) int {
	first, second := Sides(s, k, len(s.toks))
	if second >= 0 {
		return first*10 + second // both: first and second as two digits
	}
	return first
}

func author(s *fake, k int) int {
	_, r := s.Span()
	if p := s.index("الذي"); p > 0 {
		r = p // the act's clause ends at the relative pronoun
	}
	from := k + 1
	for from < r && s.toks[from].Phrase != 0 { // past the subject
		from++
	}
	return Author(s, from, r, []string{"_", "على"})
}

func counted(s *fake, k int) int {
	from := k + 1
	for s.toks[from].Phrase != 0 {
		from++
	}
	pi, _ := Counted(s, from, len(s.toks))
	return pi
}

func occasion(s *fake, k int) int {
	if Occasion(s, k) {
		return 1
	}
	return 0
}

func prepOwner(s *fake, k int) int {
	from := k + 1
	for s.toks[from].Phrase != 0 {
		from++
	}
	return PrepObjectOwner(s, from, len(s.toks), []string{"على"}, false)
}

func objOwner(s *fake, k int) int {
	from := k + 1
	for s.toks[from].Phrase != 0 {
		from++
	}
	return ObjectOwner(s, from, len(s.toks))
}

func nounEnd(s *fake, k int) int { return NounEnd(s, k, -1, len(s.toks)) }

func afterComma(s *fake, k int) int {
	if ObjectAfterComma(s, k, s.index("،")) {
		return 1
	}
	return 0
}

func setApart(s *fake, k int) int { return SetApart(s, k) }

func mainSubject(s *fake, k int) int { return MainSubject(s, k) }

func claimant(s *fake, k int) int { return Claimant(s, k, -1) }

func siteOwner(s *fake, k int) int {
	from := k + 1
	for s.toks[from].Phrase != 0 {
		from++
	}
	return SiteOwner(s, from, len(s.toks))
}
