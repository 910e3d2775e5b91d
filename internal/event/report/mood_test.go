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
	actor := func(rest string) Word { return Word{Rest: rest, Actor: true} }
	verb := func(rest, code string) Word { return Word{Rest: rest, Verb: true, Code: code} }
	noun := func(rest, code string) Word { return Word{Rest: rest, Code: code} }
	comma := Word{Rest: "،", Bound: true}
	tests := []struct {
		name          string
		ws            []Word
		k             int
		verb, present bool
		want          Mood
	}{
		{"past verb: a fact", []Word{verb("هاجم", "190"), actor("اسرائيل")}, 0, true, false, Fact},
		{"أن + present: advised", []Word{w("نصح"), actor("ايران"), {Rest: "ان", Prep: "ب"}, verb("توقع", "057")}, 3, true, true, Irrealis},
		{"قبل أن + present: a time", []Word{w("قبل"), w("ان"), verb("يغادر", "042")}, 2, true, true, Fact},
		{"ل of purpose", []Word{w("وصل"), {Rest: "بحث", Prep: "ل", Verb: true}}, 1, true, true, Irrealis},
		{"adverb of habit", []Word{verb("تنفيه", "016"), actor("انقرة"), {Rest: "استمرار", Prep: "ب"}}, 0, true, true, NoAct},
		{"habit in another clause", []Word{verb("نفت", "016"), actor("انقرة"), comma, cue("دائما", vocab.CueHabit)}, 0, true, false, Fact},
		{"لا تزال + present", []Word{cue("لا", vocab.CueNeg), cue("تزال", vocab.CueRemain), actor("اسرائيل"), verb("تعتقل", "173")}, 3, true, true, NoAct},
		{"relative + present", []Word{actor("الحزب"), cue("الذي", vocab.CueBound), verb("يؤيد", "051")}, 2, true, true, NoAct},
		{"من + present: whom", []Word{w("ابتعاث"), w("من"), verb("تدعو", "020")}, 2, true, true, NoAct},
		{"حتى + present: so that", []Word{w("شروطا"), cue("حتي", vocab.CueUntil), verb("ترفض", "120")}, 2, true, true, Irrealis},
		{"relative + past", []Word{actor("الحزب"), cue("الذي", vocab.CueBound), verb("ايد", "051")}, 2, true, false, Fact},
		{"predicate", []Word{cue("يشكل", vocab.CuePredicate), noun("تهديد", "130")}, 1, false, false, NoAct},
		{"state", []Word{cue("مناخ", vocab.CueState), noun("التهديد", "130")}, 1, false, false, NoAct},
		{"after أنهم", []Word{w("على"), w("انهم"), noun("تهديد", "130")}, 2, false, false, NoAct},
		{"topic of a rejection", []Word{verb("رفضت", "120"), actor("ايران"), noun("اتهامات", "112")}, 2, false, false, NoAct},
		{"accuser named", []Word{cue("وصف", vocab.CueReact), actor("لافروف"), noun("اتهامات", "112"), actor("واشنطن")}, 2, false, false, Fact},
		{"an assault is no topic", []Word{verb("رفضت", "120"), actor("ايران"), noun("الهجوم", "190")}, 2, false, false, Fact},
		{"counted", []Word{{Rest: "الف", Count: true}, verb("طالب", "100")}, 1, true, false, NoAct},
		{"counted, then a verb with و", []Word{{Rest: "5", Count: true}, {Rest: "جرح", Verb: true, Conj: true}}, 1, true, false, Fact},
		{"possibility", []Word{w("عن"), cue("امكانية", vocab.CueState), noun("تنظيم", "043"), comma, {Rest: "دعا", Verb: true, Conj: true}}, 4, true, true, NoAct},
		{"possibility, then a past verb", []Word{cue("امكانية", vocab.CueState), noun("اقامة", "000"), comma, {Rest: "اتفق", Verb: true, Conj: true}}, 3, true, false, Fact},
		{"halted", []Word{cue("اوقفت", vocab.CueHalt), actor("تركيا"), noun("تعاونها", "060")}, 2, false, false, Halted},
	}
	for _, tt := range tests {
		if got := MoodOf(tt.ws, tt.k, tt.verb, tt.present); got != tt.want {
			t.Errorf("%s: MoodOf = %d, want %d", tt.name, got, tt.want)
		}
	}
}
