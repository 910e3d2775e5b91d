package sense

import (
	"slices"
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/news"
	"rasad/internal/tabletest"
)

// lemmas stands in for the coder's lexicon: the event words of the tests
// and their lemmas.
var lemmas = map[string]string{
	"فجرا": "فجر", "وتفجرت": "تفجر", "تفجرت": "تفجر", "وتحتل": "احتل", "تحتل": "احتل", "واحتل": "احتل",
	"وتلتقي": "التقي", "مفاوضات": "مفاوضات", "والتقي": "التقي", "ويلتقي": "التقي", "انفجار": "انفجار",
	"وقتل": "قتل", "قتل": "قتل", "بمقتل": "مقتل", "ومقتل": "مقتل", "واستشهد": "استشهد", "واعدم": "اعدم", "لقي": "لقي", "استشهد": "استشهد", "لقوا": "لقي", "ضرب": "ضرب", "وضرب": "ضرب", "فجر": "فجر", "مقتل": "مقتل", "قتلوا": "قتل", "قتلها": "قتل", "حرقا": "حرق", "واحرق": "احرق",
	"تبحث": "بحث", "وبحث": "بحث", "وتدعو": "دعا", "ودعا": "دعا", "يدافعون": "دافع", "ودافع": "دافع", "سجن": "سجن", "وسجنت": "سجن",
	"رفض": "رفض", "برفض": "رفض", "ورفضت": "رفض", "التهديد": "تهديد", "الاعتقال": "اعتقال", "بالتهديد": "تهديد", "وهاجم": "هاجم",
	"واستهدفت": "استهدف", "قصفت": "قصف", "تجمعا": "تجمع", "وتجمعا": "تجمع", "تجمع": "تجمع", "زيارة": "زيارة", "الزيارات": "زيارة", "ثمنا": "ثمن", "الثمن": "ثمن", "وثمن": "ثمن", "واصاب": "اصاب", "الاجتماع": "اجتماع", "وحذرت": "حذر", "وحذر": "حذر", "وطلب": "طلب", "ودعوة": "دعوة", "الدعوة": "دعوة", "دعوة": "دعوة",
	"توقيع": "توقيع", "المفاوضات": "مفاوضات", "اجتماع": "اجتماع",
	"بحذر": "حذر", "وحذرا": "حذر", "اجتمعا": "اجتمع",
	"ولقي": "لقي", "اصيب": "اصيب", "هاجم": "هاجم", "اصابته": "اصاب",
	"تهديدات": "تهديد", "التهديدات": "تهديد", "لتهديدات": "تهديد", "تهديداته": "تهديد", "تهديد": "تهديد", "ووعيد": "", "والتهديدات": "تهديد",
	"التوقيع": "توقيع", "الهجوم": "هجوم", "الاحتجاز": "احتجاز", "وتهديدهم": "تهديد", "وشن": "شن", "غارات": "غارة", "الغارات": "غارة", "شنها": "شن",
	"وانسحب": "انسحب", "وقصفت": "قصف", "صرحا": "صرح", "وايد": "ايد",
	"الهجمات": "هجوم", "الاتهامات": "اتهام", "اتهامات": "اتهام", "واجتمع": "اجتمع", "تقتل": "قتل", "الانذار": "انذار", "تهدد": "هدد",
	"طلبا": "طلب", "الطلب": "طلب", "والطلب": "طلب", "طلب": "طلب", "لخطف": "خطف", "خطف": "خطف", "وخطف": "خطف",
	"ويحثهم": "حث", "ويدعو": "دعا", "ويحث": "حث", "وتحث": "حث", "وحث": "حث",
	"بزيارة": "زيارة", "ونحث": "حث", "مشاركة": "مشاركة", "مشاركتها": "مشاركة", "بالتحذير": "تحذير", "مؤتمر": "مؤتمر", "المؤتمر": "مؤتمر", "نفي": "نفي", "ووافق": "وافق", "ويوافق": "وافق", "ووافقت": "وافق", "قمة": "اجتماع", "كقمة": "اجتماع", "القمة": "اجتماع", "ودوت": "دوي", "الانفجار": "انفجار", "وانفجار": "انفجار", "انفجارات": "انفجار", "ينف": "نفي", "سينفي": "نفي", "ونفي": "نفي",
	"الاجتماعات": "اجتماع", "ويستثمر": "استثمر", "واستثمرت": "استثمر",
	"ضربت": "ضرب", "ضربتها": "ضرب", "وضربت": "ضرب", "مسيرة": "مسيرة", "المسيرة": "مسيرة", "وتجمع": "تجمع", "واحتشد": "احتشد",
	"بالافراج": "افراج", "وافرجت": "افرج", "طلبت": "طلب", "الزيارة": "زيارة",
}

// nouns are the lemmas of lemmas whose patterns are nouns'.
var nouns = map[string]bool{"مفاوضات": true, "انفجار": true, "مقتل": true, "حرق": true, "تهديد": true, "اعتقال": true,
	"زيارة": true, "اجتماع": true, "دعوة": true, "هجوم": true, "دعم": true, "انسحاب": true, "توقيع": true, "غارة": true, "احتجاز": true,
	"اتهام": true, "انذار": true, "مشاركة": true, "تحذير": true, "مؤتمر": true, "مسيرة": true, "افراج": true}

func tokens(text string) ([]news.Token, []news.Sentence, Pattern) {
	toks := arabic.Tokenize(text)
	arabic.DefaultSegmenter().Segment(toks)
	return toks, arabic.Sentences(text, toks), func(k int) (string, bool) {
		l := lemmas[toks[k].Norm]
		return l, l != "" && !nouns[l]
	}
}

// checkIdle runs Idle on the rows of a table in testdata: each row is
// {its name, a sentence, the idle words Idle should find in it,
// space-separated}.
func checkIdle(t *testing.T, path string) {
	t.Helper()
	tabletest.Strings(t, "Idle", func(text string) string {
		toks, sents, lemma := tokens(text)
		return norms(toks, Idle(toks, sents, lemma))
	}, tabletest.Rows(t, path))
}

func TestIdle(t *testing.T) {
	checkIdle(t, "testdata/idle.tsv")
}

func TestCause(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		code       string // "" for none
		cause      string // the word of the act
	}{
		{"shelling", "وافادت مصادر بمقتل مدني واصابة ثلاثة، في قصف للحوثيين.", "190", "قصف"},
		{"aerial shelling", "وقتل ثلاثة في قصف جوي على صنعاء.", "195", "قصف"},
		{"artillery", "وقتل ثلاثة في القصف المدفعي على حلب.", "194", "القصف"},
		{"a raid", "وقتل ثلاثة مدنيين في غارة على صنعاء.", "195", "غارة"},
		{"clashes after a place", "وقتل خمسة في الرمادي في اشتباكات مع داعش.", "190", "اشتباكات"},
		{"mines", "قتل سبعة عشر مدنيا جراء انفجار الغام زرعها الحوثيون.", "183", "انفجار"},
		{"a clash beyond a bracket", "وقتل جندي قرب كيليس (جنوب تركيا) في صدام مسلح.", "190", "صدام"},
		{"a targeting", "وقتل مدير المنطقة جراء استهدافه من قبل التنظيم.", "190", "استهدافه"},
		{"a shot is the cause", "واستشهد شاب جراء اصابته بعيار ناري في مواجهات.", "", ""},
		{"a killing with no act named", "وقتل مسلحون شرطيا بالرصاص في بغداد.", "", ""},
		{"an execution is no toll", "واعدم التنظيم اربعة في قصف.", "", ""},
		{"the next sentence", "وقتل ثلاثة. وفي غارة اخرى.", "", ""},
		{"another clause", "ومقتل تسعة مدنيين، بينما قتل احد عشر اخرون في قصف جوي.", "", ""},
		{"another clause, combatants", "ومقتل تسعة مسلحين، بينما قتل احد عشر اخرون في قصف جوي.", "190", ""},
		{"combatants and the act named", "وقتل خمسة جنود من الكتيبة 21 في الهجوم.", "190", "الهجوم"},
		{"soldiers killed", "وقتل جنديان عراقيان شمال بغداد.", "190", ""},
		{"fighters before the verb", "وقالت القيادة ان 7 عناصر من تنظيم داعش قتلوا وجرح اربعة منهم.", "190", ""},
		{"a number and من before them", "واعلنت المعارضة قتلها عشرات من عناصر النظام.", "190", ""},
		{"civilians", "وقتل ثلاثة مدنيين شمال بغداد.", "", ""},
		{"the gunmen are the doers", "وقتل مسلحون شرطيا امام منزله.", "", ""},
		{"the soldiers shoot", "واستشهد فلسطيني برصاص جنود الاحتلال.", "", ""},
		{"a manner of killing", "وقتل التنظيم جنديا ذبحا.", "", ""},
		{"a name between slashes", "واعلنت الخلية عن مقتل 49 مسلحا من تنظيم / داعش /، بقصف جوي استهدف اوكارهم.", "195", "بقصف"},
		{"the result of an attack", "وقالوا ان المسلحين هاجموا القرية، ما ادى الى مقتل ثلاثة.", "190", "هاجموا"},
		{"the result of a blast", "وقالوا ان سيارة مفخخة انفجرت في السوق، ما تسبب في مقتل 12.", "183", "انفجرت"},
		{"the result of a bombing, its subject between", "واستهدف التفجير مسجدا، واسفر التفجير عن مقتل 20.", "183", "التفجير"},
		{"the result of two bombings", "وقال المصدر ان التفجيرين تسببا في قتل 21.", "183", "التفجيرين"},
		{"the result of no act of fighting", "واعلنت الحكومة خطة جديدة، ما ادى الى مقتل ثلاثة.", "", ""},
		{"when: a verb of assault", "وقتل سبعة جنود امس عندما اقتحم متشددون نقطة تفتيش.", "190", "اقتحم"},
		{"when: a noun of fighting", "وقتل خمسة جنود عندما قام رتل من التنظيم بالهجوم على البوابة.", "190", "بالهجوم"},
		{"when: a bomb", "وقتل جنديان حين انفجرت عبوة ناسفة بدوريتهما.", "183", "عبوة"},
		{"when: a suicide bomber", "وقتل ستة اشخاص عندما فجرت انتحارية نفسها في سوق.", "183", "فجرت"},
		{"during an attack", "وقالت الشرطة ان خمسة من افرادها قتلوا اثناء هجومهم على ثكنات التنظيم.", "190", "هجومهم"},
		{"rebels killed", "واضافت ان 17 متمردا قتلوا.", "190", ""},
		{"when: no act of fighting", "وقتل مدنيان اخران عندما ارسلت الحكومة تعزيزات الى المنطقة.", "", ""},
		{"when: no act of fighting, soldiers killed", "وقتل جنديان اخران عندما ارسلت الحكومة تعزيزات الى المنطقة.", "190", ""},
	} {
		toks, _, _ := tokens(tc.text)
		k := 0
		for lemmas[toks[k].Norm] == "" {
			k++
		}
		checkCause(t, tc.name, tc.text, toks, k, lemmas[toks[k].Norm], tc.code, tc.cause)
	}
}

// checkCause tests that Cause reads the act of the toll or damage at k
// (lemma) as code at the word cause ("" and "" for none).
func checkCause(t *testing.T, name, text string, toks []news.Token, k int, lemma, code, cause string) {
	t.Helper()
	at, got := Cause(toks, k, lemma)
	word := ""
	if at >= 0 {
		word = toks[at].Norm
	}
	if got != code || word != cause {
		t.Errorf("%s: Cause(%q) = %q at %q, want %q at %q", name, text, got, word, code, cause)
	}
}

func TestCauseOfOutcome(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		word       string // the word of toll or damage read
		lemma      string
		code       string // "" for none
		cause      string // the word of the act
	}{
		{"damage, the result of a raid", "وشنت الطائرات غارة على المعسكر اسفرت عن تدمير ثلاث اليات.", "تدمير", "تدمير", "195", "غارة"},
		{"damage, the success of raids", "وشنت الطائرات غارات على المعسكر ونجحت في تدمير اهدافها.", "تدمير", "تدمير", "195", "غارات"},
		{"a toll, the success of an attack", "وقالوا ان الجيش هاجم القرية وتمكن من قتل عشرة مسلحين.", "قتل", "قتل", "190", "هاجم"},
		{"success, the act after", "وتمكنت القوات من قتل عشرة مسلحين في غارة على الحدود.", "قتل", "قتل", "195", "غارة"},
		{"damage joined to a toll", "وقالوا ان الهجوم اسفر عن مقتل اثنين من المسلحين وتدمير مدرعة.", "وتدمير", "تدمير", "190", "الهجوم"},
		{"a toll joined to damage", "وشنت الطائرات غارة على الطريق تمكنت من تدمير ثلاثة اطقم وقتل القيادي.", "وقتل", "قتل", "195", "غارة"},
		{"damage joined to the verb of a raid", "وشنت الطائرات غارات على مواقع المسلحين في المدينة ودمرت اليات لهم.", "ودمرت", "دمر", "195", "غارات"},
		{"damage joined to a verb of clashes", "وقالوا ان القوات اشتبكت مع المسلحين ودمرت عربتين.", "ودمرت", "دمر", "190", "اشتبكت"},
		{"damage added by فضلا عن", "وقالوا ان الغارة اسفرت عن مقتل خمسة، فضلا عن تدمير عربتين.", "تدمير", "تدمير", "195", "الغارة"},
		{"a toll joined to another, its own act after it", "وقتل خمسة في غارة ومقتل ثلاثة في اشتباكات مع المسلحين.", "ومقتل", "مقتل", "190", "اشتباكات"},
		{"damage with no act named", "ودمر الجيش مواقع للمسلحين في المدينة.", "ودمر", "دمر", "", ""},
		{"damage joined past a clause", "وشنت الطائرات غارات على المدينة، بينما دمر المسلحون جسرا.", "دمر", "دمر", "", ""},
		{"damage in a flood", "وادى السيل الى تدمير عشرات المنازل.", "تدمير", "تدمير", "", ""},
		{"damage by torrents, the cause after", "وتدمير عشرات المنازل جراء السيول.", "وتدمير", "تدمير", "", ""},
	} {
		toks := arabic.Tokenize(tc.text)
		arabic.DefaultSegmenter().Segment(toks)
		k := slices.IndexFunc(toks, func(x news.Token) bool { return x.Norm == tc.word })
		if k < 0 {
			t.Fatalf("%s: no %q in %q", tc.name, tc.word, tc.text)
		}
		checkCause(t, tc.name, tc.text, toks, k, tc.lemma, tc.code, tc.cause)
	}
}

func TestMeasures(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       string // the quantity nouns that measure an act launched
	}{
		{"a series of raids launched", "وشن طيران التحالف سلسلة غارات على صنعاء.", "سلسلة"},
		{"a series of the raids", "وشن طيران التحالف سلسلة من الغارات على صنعاء.", "سلسلة"},
		{"a wave of raids", "وشن الطيران موجة غارات على المدينة.", "موجة"},
		{"a series the raid belongs to", "وتاتي الغارة ضمن سلسلة غارات شنها التحالف.", ""},
		{"a series of no act", "وشن الطيران سلسلة طويلة على المدينة.", ""},
		{"the series", "وشن الطيران السلسلة على المدينة.", ""},
	} {
		toks, _, pat := tokens(tc.text)
		if got := norms(toks, Measures(toks, pat)); got != tc.want {
			t.Errorf("%s: Measures(%q) = %q, want %q", tc.name, tc.text, got, tc.want)
		}
	}
}

// norms is the words at ks, space separated.
func norms(toks []news.Token, ks []int) string {
	var w []string
	for _, k := range ks {
		w = append(w, toks[k].Norm)
	}
	return strings.Join(w, " ")
}

func TestCausedBy(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		act        string // the word CausedBy is asked about
		want       bool
	}{
		{"after جراء", "واستشهد فتى من جراء دهس مستوطن اياه قرب القدس.", "دهس", true},
		{"after اثر", "وقتل عامل اثر اعتداء حراس المزرعة عليه.", "اعتداء", true},
		{"after نتيجة", "وقتل سجين نتيجة تعذيب السجانين له.", "تعذيب", true},
		{"a setting is no cause", "وقتل عامل في اعتداء حراس المزرعة عليه.", "اعتداء", false},
		{"not right after the preposition", "وقتل عامل اثر خلاف ثم اعتداء الحراس عليه.", "اعتداء", false},
		{"another sentence", "وقتل عامل. واثر اعتداء الحراس عليه فر.", "اعتداء", false},
		{"before the toll", "واثر اعتداء الحراس عليه قتل عامل.", "اعتداء", false},
	} {
		toks, _, _ := tokens(tc.text)
		k, at := -1, -1
		for j := range toks {
			if k < 0 && lemmas[toks[j].Norm] != "" {
				k = j
			}
			if toks[j].Norm == tc.act {
				at = j
			}
		}
		if k < 0 || at < 0 {
			t.Fatalf("%s: no toll or no %q in %q", tc.name, tc.act, tc.text)
		}
		if got := CausedBy(toks, k, at); got != tc.want {
			t.Errorf("%s: CausedBy(%q, %q) = %v, want %v", tc.name, tc.text, tc.act, got, tc.want)
		}
	}
}

func TestIdleAccident(t *testing.T) {
	checkIdle(t, "testdata/accident.tsv")
}
