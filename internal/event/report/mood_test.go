package report

import (
	"testing"

	"rasad/internal/event/vocab"
)

// TestMoodOf reads hand-built sentences: each row names the words (the
// act marked by its index) and the mood the act must have.
func TestMoodOf(t *testing.T) {
	w := func(rest string) Word { return Word{Rest: rest} }
	cue := func(rest string, c vocab.Cue) Word { return Word{Rest: rest, Cue: c} }
	mood := func(rest string, c vocab.Cue) Word { return Word{Rest: rest, Mood: c} }
	actor := func(rest string) Word { return Word{Rest: rest, Actor: true} }
	verb := func(rest, code string) Word { return Word{Rest: rest, Verb: true, Code: code} }
	pres := func(rest, code string) Word { return Word{Rest: rest, Verb: true, Present: true, Code: code} }
	noun := func(rest, code string) Word { return Word{Rest: rest, Code: code} }
	comma := Word{Rest: "،", Bound: true}
	tests := []struct {
		name string
		ws   []Word
		k    int
		want Mood
	}{
		{"past verb: a fact", []Word{verb("هاجم", "190"), actor("اسرائيل")}, 0, Fact},
		{"an indefinite noun after وسط: the setting", []Word{verb("ارتفعت", "190"), w("الحصيلة"), {Rest: "وسط", Norm: "وسط"}, noun("تحذيرات", "012"), w("من"), w("الحرب")}, 3, NoAct},
		{"... a definite noun after وسط: one told", []Word{w("انتشر"), w("الجنود"), {Rest: "وسط", Norm: "وسط"}, {Rest: "احتجاجات", Article: true, Code: "141"}}, 3, Fact},
		{"... وسط as the middle of a place", []Word{noun("انفجار", "183"), w("في"), {Rest: "وسط", Norm: "وسط"}, w("بغداد")}, 0, Fact},
		{"the genitive of a noun of hastening", []Word{w("الاتفاق"), w("علي"), w("تسريع"), w("عمليات"), noun("بيع", "072"), w("السلاح")}, 4, NoAct},
		{"... right after it", []Word{w("تخوله"), w("تسريع"), noun("التفاوض", "046")}, 2, NoAct},
		{"... a process with no noun of hastening", []Word{verb("اوقفت", "192"), w("عمليات"), noun("بيع", "072"), w("السلاح")}, 2, Fact},
		{"a present after يفترض أن: the subjunctive", []Word{w("يفترض"), w("ان"), pres("يتجمع", "141"), actor("الاف")}, 2, Irrealis},
		{"... a noun in the clause of that present", []Word{w("يفترض"), w("ان"), pres("يتجمع", "141"), actor("الاف"), w("في"), noun("مسيرة", "141")}, 5, NoAct},
		{"... a noun after a present of another verb", []Word{w("قال"), w("ان"), pres("يتجمع", "141"), actor("الاف"), w("في"), noun("مسيرة", "141")}, 5, Fact},
		{"... من المفترض أن", []Word{w("من"), w("المفترض"), w("ان"), pres("يصل", "042"), actor("الوفد")}, 3, Irrealis},
		{"أن + present: advised", []Word{w("نصح"), actor("ايران"), {Rest: "ان", Prep: "ب"}, pres("توقع", "057")}, 3, Irrealis},
		{"أن «+ present: a quotation opens after the particle", []Word{w("ان"), {Rest: "«", Bound: true}, pres("تطالب", "100"), actor("طهران")}, 2, Irrealis},
		{"a quotation with no particle", []Word{w("قال"), {Rest: "«", Bound: true}, pres("تطالب", "100"), actor("طهران")}, 2, Fact},
		{"قبل أن + present: a time", []Word{w("قبل"), w("ان"), pres("يغادر", "042")}, 2, Fact},
		{"a noun that a subjunctive verb of starting governs", []Word{w("اتفقنا"), w("ان"), cue("تبدا", vocab.CueLaunch), actor("الاردن"), noun("المشاورات", "040")}, 4, Irrealis},
		{"a noun that a subjunctive verb of doing governs", []Word{w("طلب"), w("ان"), cue("تقوم", vocab.CueLight), actor("الحكومة"), {Rest: "مصادرة", Prep: "ب", Code: "171"}}, 4, Irrealis},
		{"... after قبل أن: a time", []Word{w("قبل"), w("ان"), cue("تبدا", vocab.CueLaunch), actor("الاردن"), noun("المشاورات", "040")}, 4, Fact},
		{"... in the past: done", []Word{cue("بدات", vocab.CueLaunch), actor("الاردن"), noun("المشاورات", "040")}, 2, Fact},
		{"a present joined by و to a subjunctive", []Word{w("اقترح"), w("ان"), {Rest: "يسافر", Text: true}, actor("الرئيس"), w("الي"), actor("موسكو"), {Rest: "يلتقي", Conj: true, Verb: true, Present: true, Code: "040"}, w("مع")}, 6, Irrealis},
		{"... after an أن that bounds its clause", []Word{w("مطلوب"), {Rest: "ان", Bound: true}, {Rest: "ينزل", Text: true}, actor("التيار"), {Rest: "يلتقي", Conj: true, Verb: true, Present: true, Code: "040"}}, 4, Irrealis},
		{"... past أنّ with its pronoun", []Word{{Rest: "ان", Prep: "ب"}, {Rest: "تعاقبنا", Text: true}, actor("الولايات"), {Rest: "لاننا", Text: true}, {Rest: "نقاوم", Text: true}, {Rest: "ندافع", Conj: true, Verb: true, Present: true, Code: "052"}}, 5, Fact},
		{"... under يجب: an obligation", []Word{w("يجب"), {Rest: "ان", Bound: true}, {Rest: "تستاصل", Text: true}, w("جذوته"), {Rest: "ينفي", Conj: true, Verb: true, Present: true, Code: "016"}}, 4, NoAct},
		{"... past a verb in the past", []Word{w("اقترح"), w("ان"), {Rest: "يسافر", Text: true}, actor("الرئيس"), verb("زار", "042"), {Rest: "يلتقي", Conj: true, Verb: true, Present: true, Code: "040"}}, 5, Fact},
		{"... after بعد أن: a time", []Word{{Rest: "بعد", Cue: vocab.CueAfter}, w("ان"), {Rest: "يصل", Text: true}, actor("الرئيس"), {Rest: "يلتقي", Conj: true, Verb: true, Present: true, Code: "040"}}, 4, Fact},
		{"a present joined by و with no subjunctive", []Word{{Rest: "يصل", Text: true}, actor("الرئيس"), {Rest: "يلتقي", Conj: true, Verb: true, Present: true, Code: "040"}}, 2, Fact},
		{"ل of purpose", []Word{w("وصل"), {Rest: "بحث", Prep: "ل", Verb: true, Present: true}}, 1, Irrealis},
		{"adverb of habit", []Word{pres("تنفيه", "016"), actor("انقرة"), {Rest: "استمرار", Prep: "ب"}}, 0, NoAct},
		{"habit in another clause", []Word{verb("نفت", "016"), actor("انقرة"), comma, mood("دائما", vocab.CueHabit)}, 0, Fact},
		{"لا تزال + present", []Word{cue("لا", vocab.CueNeg), mood("تزال", vocab.CueRemain), actor("اسرائيل"), pres("تعتقل", "173")}, 3, NoAct},
		{"كان + present", []Word{cue("كانت", vocab.CueAux), actor("تركيا"), pres("ترفض", "120")}, 2, NoAct},
		{"كان قد + past", []Word{cue("كانت", vocab.CueAux), actor("تركيا"), cue("قد", vocab.CueAux), verb("رفضت", "120")}, 3, Fact},
		{"relative + present", []Word{actor("الحزب"), cue("الذي", vocab.CueBound), pres("يؤيد", "051")}, 2, NoAct},
		{"من + present: whom", []Word{w("ابتعاث"), w("من"), pres("تدعو", "020")}, 2, NoAct},
		{"حتى + present: so that", []Word{w("شروطا"), cue("حتي", vocab.CueUntil), pres("ترفض", "120")}, 2, Irrealis},
		{"relative + past with its object", []Word{w("العقوبات"), cue("التي", vocab.CueBound), {Rest: "فرضتها", Verb: true, Code: "163", Pron: true}, actor("واشنطن")}, 2, NoAct},
		{"relative + past with its topic", []Word{w("الاتفاق"), cue("الذي", vocab.CueBound), verb("توسطت", "043"), w("فيه"), actor("موسكو")}, 2, NoAct},
		{"relative + past: the words of a statement", []Word{w("بيانها"), cue("الذي", vocab.CueBound), verb("ادانت", "111"), w("فيه"), w("الهجوم")}, 2, Fact},
		{"a press conference", []Word{noun("مؤتمر", "040"), mood("صحفي", vocab.CueMedia)}, 0, NoAct},
		{"a joint press conference", []Word{noun("مؤتمر", "040"), mood("صحفي", vocab.CueMedia), w("مشترك"), w("مع"), actor("شكري")}, 0, Fact},
		{"a purpose is no topic", []Word{verb("استدعت", "111"), actor("انقرة"), actor("السفير"), {Rest: "تنديد", Prep: "ل", Code: "111"}}, 3, Fact},
		{"a time is no object", []Word{verb("دعا", "020"), {Rest: "خلال", Prep: "خلال"}, noun("زيارته", "042")}, 2, Fact},
		{"the object after على", []Word{mood("ردتا", vocab.CueReact), {Rest: "علي", Prep: "علي"}, noun("الاتهامات", "112")}, 2, NoAct},
		{"past the addressee", []Word{verb("دعت", "020"), actor("المنظمة"), actor("الحوثيين"), {Rest: "الي", Prep: "الي"}, noun("الافراج", "0841"), w("عن")}, 4, NoAct},
		{"after لا بد: an obligation, to the end of the sentence", []Word{{Rest: "لا", Norm: "لا"}, {Rest: "بد", Norm: "بد"}, {Rest: "من", Norm: "من"}, w("تنظيم"), w("الحملة"), comma, {Rest: "تكون", Norm: "تكون"}, noun("المطالبة", "020")}, 7, NoAct},
		{"after لابد written as one word", []Word{{Rest: "لابد", Norm: "لابد"}, {Rest: "علي", Norm: "علي"}, actor("الوزارة"), noun("الاجتماع", "040"), actor("بالنقابة")}, 3, NoAct},
		{"لا بد أنه: an inference, the act stays a fact", []Word{{Rest: "لا", Norm: "لا"}, {Rest: "بد", Norm: "بد"}, {Rest: "انه", Norm: "انه"}, verb("اعتقل", "173"), actor("الشرطة")}, 3, Fact},
		{"a لا بد in the sentence before", []Word{{Rest: "لا", Norm: "لا"}, {Rest: "بد", Norm: "بد"}, w("منه"), {Rest: ".", Bound: true}, verb("زار", "042"), actor("الرئيس")}, 4, Fact},
		{"a verb whose object is الرأي: a view shared", []Word{{Rest: "شاطره", Verb: true, Code: "035"}, {Rest: "راي", Norm: "الراي", Article: true}, actor("الوزير")}, 0, NoAct},
		{"... an agreement to a plan stays an act", []Word{{Rest: "وافق", Verb: true, Code: "035"}, actor("الوزير"), {Rest: "علي", Prep: "علي"}, w("الخطة")}, 0, Fact},
		{"... the opinion of another, after a preposition", []Word{{Rest: "وافق", Verb: true, Code: "035"}, {Rest: "راي", Norm: "براي", Article: true, Prep: "ب"}}, 0, Fact},
		{"a question", []Word{cue("هل", vocab.CueQuestion), pres("تتوقع", "000"), noun("مؤتمر", "040"), {Rest: "؟", Bound: true, Cue: vocab.CueQuestion}}, 2, NoAct},
		{"a wh-question", []Word{w("ما"), w("الذي"), pres("دفع", "000"), noun("هجوم", "190"), {Rest: "؟", Bound: true, Cue: vocab.CueQuestion}}, 3, NoAct},
		{"a statement that a question follows", []Word{w("قال"), pres("ترفض", "120"), {Rest: "،", Bound: true}, w("السؤال"), {Rest: "هل", Cue: vocab.CueQuestion}, w("حصلت"), {Rest: "؟", Bound: true, Cue: vocab.CueQuestion}}, 1, Fact},
		{"ألن: a question", []Word{{Rest: "ن", Norm: "الن"}, pres("تفكر", "000"), actor("ايران"), noun("المفاوضات", "046"), {Rest: "؟", Bound: true, Cue: vocab.CueQuestion}}, 3, NoAct},
		{"أليست: a question", []Word{{Rest: "يست", Norm: "اليست"}, noun("زيارة", "042"), actor("اردوغان"), {Rest: "؟", Bound: true, Cue: vocab.CueQuestion}}, 1, NoAct},
		{"ألن with no question mark", []Word{{Rest: "ن", Norm: "الن"}, noun("زيارة", "042"), {Rest: ".", Bound: true}}, 1, Fact},
		{"a press conference in the accusative", []Word{verb("عقد", "000"), noun("مؤتمرا", "040"), mood("صحافيا", vocab.CueMedia), w("في"), actor("انقرة")}, 1, NoAct},
		{"an arrival expected", []Word{w("من"), w("المنتظر"), noun("وصول", "042"), actor("كيري")}, 2, NoAct},
		{"a statement, then a question", []Word{verb("قصفت", "195"), actor("تركيا"), {Rest: ".", Bound: true}}, 0, Fact},
		{"by force is no subject", []Word{mood("رد", vocab.CueReact), {Rest: "قوة", Prep: "ب", Actor: true}, w("»"), noun("مطالبة", "100")}, 3, Fact},
		{"the topic of talks", []Word{verb("ناقش", "040"), actor("بوتين"), noun("التعاون", "060")}, 2, NoAct},
		{"the topic of talks, whoever's", []Word{mood("تناولت", vocab.CueTopic), w("المحادثات"), noun("تسليم", "072"), actor("روسيا")}, 2, NoAct},
		{"an obligation", []Word{w("يجب"), noun("تعاون", "060"), w("الجميع")}, 1, NoAct},
		{"relative + past", []Word{actor("الحزب"), cue("الذي", vocab.CueBound), verb("ايد", "051")}, 2, Fact},
		{"predicate", []Word{mood("يشكل", vocab.CuePredicate), noun("تهديد", "130")}, 1, NoAct},
		{"state", []Word{mood("مناخ", vocab.CueState), noun("التهديد", "130")}, 1, NoAct},
		{"after أنهم", []Word{w("على"), w("انهم"), noun("تهديد", "130")}, 2, NoAct},
		{"a prayer: God its subject", []Word{actor("الملك"), {Rest: "ايده", Verb: true, Code: "051", Pron: true}, {Rest: "له", Article: true, Text: true}}, 1, NoAct},
		{"a prayer: God its object", []Word{{Rest: "داعيا", Verb: true, Code: "020"}, {Rest: "مولي", Article: true, Text: true}}, 0, NoAct},
		{"a match", []Word{w("خسر"), {Rest: "لقاء", Code: "040", Mood: vocab.CueMatch}, mood("الودي", vocab.CueSport)}, 1, NoAct},
		{"a meeting", []Word{actor("الوزير"), {Rest: "لقاء", Code: "040", Mood: vocab.CueMatch}, w("مع"), actor("نظيره")}, 1, Fact},
		{"a source unnamed", []Word{w("وقال"), actor("مسؤول"), {Rest: "طالبا", Verb: true, Code: "100"}, w("عدم"), w("كشف"), w("هويته")}, 2, NoAct},
		{"a demand not to close", []Word{{Rest: "طالبا", Verb: true, Code: "100"}, w("عدم"), w("اغلاق"), w("المعبر")}, 0, Fact},
		{"to him is no prayer", []Word{{Rest: "ايد", Verb: true, Code: "051"}, {Rest: "له", Text: true}}, 0, Fact},
		{"topic of a rejection", []Word{verb("رفضت", "120"), actor("ايران"), noun("اتهامات", "112")}, 2, NoAct},
		{"after أنه: readiness states an intent", []Word{w("انه"), noun("مستعد", "036"), {Rest: "لقاء", Prep: "ل"}, actor("اوباما")}, 1, Fact},
		{"a meeting refused, whoever after it", []Word{w("انه"), verb("رفض", "120"), noun("لقاء", "040"), actor("بوتين")}, 2, NoAct},
		{"an accusation refused is still made", []Word{verb("رفض", "120"), noun("اتهامات", "112"), actor("واشنطن")}, 1, Fact},
		{"accuser named", []Word{mood("وصف", vocab.CueReact), actor("لافروف"), noun("اتهامات", "112"), actor("واشنطن")}, 2, Fact},
		{"an assault is no topic", []Word{verb("رفضت", "120"), actor("ايران"), noun("الهجوم", "190")}, 2, Fact},
		{"counted", []Word{{Rest: "الف", Count: true}, verb("طالب", "100")}, 1, NoAct},
		{"counted, then a verb with و", []Word{{Rest: "5", Count: true}, {Rest: "جرح", Verb: true, Conj: true}}, 1, Fact},
		{"possibility", []Word{w("عن"), w("امكانية"), noun("تنظيم", "043"), comma, {Rest: "دعا", Verb: true, Present: true, Conj: true}}, 4, NoAct},
		{"not hard, then a noun with و", []Word{w("ليس"), w("صعبا"), noun("مصافحة", "040"), comma, {Rest: "توقيع", Code: "057", Conj: true}}, 4, NoAct},
		{"hard as the predicate of a noun", []Word{w("وضعه"), w("صعب"), w("للغاية"), w("لدخوله"), w("اليوم"), w("54"), w("من"), noun("الاضراب", "143")}, 7, Fact},
		{"possible, then a noun after a comma without و", []Word{w("امكانية"), noun("تنظيم", "043"), comma, {Rest: "توقيع", Code: "057"}}, 3, Fact},
		{"possible, then a verb in the past with و", []Word{w("امكانية"), noun("تنظيم", "043"), comma, {Rest: "وقع", Code: "057", Verb: true, Conj: true}}, 3, Fact},
		{"possibility, then a past verb", []Word{w("امكانية"), noun("اقامة", "000"), comma, {Rest: "اتفق", Verb: true, Conj: true}}, 3, Fact},
		{"halted", []Word{mood("اوقفت", vocab.CueHalt), actor("تركيا"), noun("تعاونها", "060")}, 2, Halted},
	}
	for _, tt := range tests {
		if got := MoodOf(tt.ws, tt.k); got != tt.want {
			t.Errorf("%s: MoodOf = %d, want %d", tt.name, got, tt.want)
		}
	}
}
