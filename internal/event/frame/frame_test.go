package frame

import (
	"strings"
	"testing"

	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
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
	open, town := -1, false
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
			case strings.HasPrefix(w, "%"):
				town, w = true, w[1:] // a town the gazetteer does not link
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
		seg := lexicon.Tokens(w) // Plain and And as the segmenter reads the word
		t.Plain = lexicon.Plain(&seg[0])
		t.And = lexicon.And(&seg[0])
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
			if f.phr[open].Place && !town {
				t.Place, t.Linked = "ZZZ", true // a place the gazetteer links
			}
		}
		f.toks = append(f.toks, t)
		if end {
			f.phr[open].End = j + 1
			open, town = -1, false
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
		{"no site in a town the gazetteer does not link", "قصف* [الجيش] مناطق في مدينة [%الزبداني] .", "قصف", siteOwner, -1},
		{"a place named without a town word", "قصف* [الجيش] مناطق في [%الزبداني] .", "قصف", siteOwner, 1},
		{"no town that is no government", "قصف* [التحالف] على مدينة [%الصالح] القريبة .", "قصف", siteOwner, -1},
		{"no owner that is a town", "ادان [الوزير] قصف مدينة [%الصالح] .", "ادان", objOwner, -1},
		{"no owner joined by و", "استهدفت* [الطائرات] مناطق [+ووحدات] .", "استهدفت", siteOwner, -1},
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
		{"aid after the verb", "وصلت* امس قافلة مساعدات من [السعودية] في [عدن] .", "وصلت", aidGiver, 0},
		{"aid before the verb", "ان فريقا فنيا من [الامارات] وصل* لاصلاح المطار .", "وصل", aidGiver, 0},
		{"aid a relative clause describes", "شحنات الاسلحة التي وصلت* من [السعودية] [+والامارات] .", "وصلت", aidGiver, 0},
		{"aid from nobody named", "وصلت* امس قافلة مساعدات الى المدينة .", "وصلت", aidGiver, -1},
		{"a team without its trade is no aid", "وصل* فريق من [الكويت] في [عدن] .", "وصل", aidGiver, -2},
		{"addressee of an intent", "مستعد* للقاء* الصديق والحليف [اوباما] في كل وقت .", "للقاء", addressee, 0},
		{"no addressee past a preposition", "مستعد* للقاء* في [القاهرة] .", "للقاء", addressee, -1},
		{"no addressee past a clause", "مستعد* للقاء* ، [اوباما] قال .", "للقاء", addressee, -1},
		{"the genitive of readiness is the one ready", "ابدى* [الوزير] استعداد* [الوزارة] للبدء .", "استعداد", addressee, -1},
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

// aidGiver is the giver of the aid that arrives at k, -2 if nothing that
// arrives is aid.
func aidGiver(s *fake, k int) int {
	code, giver := Aid(s, k, len(s.toks))
	if code == "" {
		return -2
	}
	return giver
}

// addressee reads the noun at k as the masdar after the ل of purpose when
// it is written with it (للقاء).
func addressee(s *fake, k int) int {
	if strings.HasPrefix(s.toks[k].Norm, "لل") {
		s.toks[k].Prep = "ل"
	}
	return Addressee(s, k, len(s.toks))
}

func TestGoverns(t *testing.T) {
	s := parse("قررت* [القيادة] ، مساء الجمعة ، التوجه* الى [مجلس الامن] وسط احتجاجات* .")
	s.toks[2].Aside = 5
	s.toks[3].Cue = vocab.CueRecent
	if !Governs(s, 0, s.at("التوجه")) {
		t.Error("Governs: the object after the subject and a time set aside: got false")
	}
	if Governs(s, 0, s.at("احتجاجات")) {
		t.Error("Governs: an act further on: got true")
	}
}

func TestBeforeAside(t *testing.T) {
	s := parse("قررت [القيادة] ، مساء الجمعة ، التوجه* .")
	s.toks[2].Aside = 5 // the time set aside between the commas at 2 and 5
	if got := BeforeAside(s, 5); got != 1 {
		t.Errorf("BeforeAside at the closing comma: got %d, want 1", got)
	}
	if got := BeforeAside(s, 2); got != 2 {
		t.Errorf("BeforeAside at the opening comma: got %d, want 2", got)
	}
	if got := BeforeAside(s, 4); got != 4 {
		t.Errorf("BeforeAside at a word: got %d, want 4", got)
	}
}

func mainSubject(s *fake, k int) int { return MainSubject(s, k) }

func claimant(s *fake, k int) int { return Claimant(s, k, -1) }

func siteOwner(s *fake, k int) int {
	from := k + 1
	for s.toks[from].Phrase != 0 {
		from++
	}
	return SiteOwner(s, from, len(s.toks))
}

func TestSceneCountry(t *testing.T) {
	// المتظاهرون في [البصرة] ، المتحالفة مع [إيران] ، [الجيش الأميركي]
	s := parse("تظاهر* [المتظاهرون] في [البصرة] قرب [الكوت] المتحالفة مع [ايران] و [الجيش الاميركي] .")
	place := map[string]string{"البصرة": "IRQ", "الكوت": "IRQ", "ايران": "IRN", "الاميركي": "USA"}
	for j := range s.toks {
		s.toks[j].Place = place[s.toks[j].Norm]
		s.toks[j].OfAgent = s.toks[j].Norm == "الاميركي"
	}
	none := func(int) bool { return false }
	if got := SoleCountry(s, none); got != "" {
		t.Errorf("SoleCountry with an American nisba: got %q, want none", got)
	}
	if got := SoleCountry(s, func(j int) bool { return s.toks[j].Norm == "الاميركي" }); got != "IRQ" {
		t.Errorf("SoleCountry past the partner after مع and a place skipped: got %q, want IRQ", got)
	}
	if got := NearCountry(s, s.at("ايران"), none); got != "IRQ" {
		t.Errorf("NearCountry: got %q, want IRQ (the partner and the agent's nisba aside)", got)
	}
}

func TestReceived(t *testing.T) {
	for _, tc := range []struct {
		sentence, from string
		wantFrom       int
		wantTo         int
	}{
		{"تلقى [ولي العهد] [الامير محمد] اتصالا* هاتفيا من [الرئيس الروسي] .", "اتصالا", 2, 1},
		{"تلقى اتصالا* من [الرئيس] .", "اتصالا", 0, -1},
		{"تلقى [الملك] اتصالا* هاتفيا في [الرياض] .", "اتصالا", -1, -1},
		{"اجرى [الملك] اتصالا* من [القصر] .", "اتصالا", -1, -1},
	} {
		s := parse(tc.sentence)
		for j := range s.toks {
			if s.toks[j].Norm == "تلقى" {
				s.toks[j].Cue = vocab.CueReceive
			}
		}
		from, to := Received(s, s.at(tc.from), -1, len(s.toks))
		if from != tc.wantFrom || to != tc.wantTo {
			t.Errorf("%s: got %d, %d, want %d, %d", tc.sentence, from, to, tc.wantFrom, tc.wantTo)
		}
	}
}

func TestRepresented(t *testing.T) {
	for _, c := range []struct {
		sentence, at string
		want         bool
	}{
		{"محادثات مع ممثلي [المعارضة] .", "المعارضة", true},        // the body after a preposition
		{"التقى مع مندوب [الحكومة] .", "الحكومة", true},            // مندوب too
		{"وانتقد ممثلو [المعارضة] [الحكومة] .", "المعارضة", false}, // no preposition: the doer
		{"محادثات مع وفد [المعارضة] .", "المعارضة", false},         // no noun of representatives
	} {
		s := parse(c.sentence)
		if got := Represented(s, s.at(c.at)); got != c.want {
			t.Errorf("Represented(%s) = %v, want %v", c.sentence, got, c.want)
		}
	}
}
