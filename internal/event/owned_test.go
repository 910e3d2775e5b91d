package event

import (
	"slices"
	"strings"
	"testing"
)

// The owner of the thing or place an act hits is its target: after ل or
// a word of belonging, past the thing's adjective, for a verb and for a
// suicide bombing at (على) a checkpoint, for a rally before (أمام) a seat;
// a thing of nobody gives none.
// (The genitive of an act noun, تدمير, is frame.ObjectSite's test.)
func TestThingOwnerTarget(t *testing.T) {
	actors := readActors(t, "testdata/actors.txt")
	for _, tc := range []struct {
		name, sentence, want string // want: a line of eventLines
	}{
		{"verb, belonging after an adjective", "ودمرت الشرطة أمس ثلاث عجلات مفخخة تعود لتنظيم داعش قرب الرمادي.", "| 1712 | IMGMUSISI |"},
		{"suicide bombing at a checkpoint", "وفجر انتحاري من جبهة النصرة نفسه أمس بحزام ناسف على حاجز لتنظيم داعش.", "| 1831 | IMGMUSISI |"},
		{"a rally before the seat of a body's mission", "وتظاهر المئات أمس أمام مقر بعثة الأمم المتحدة في أربيل.", "| 141 | IGOUNO |"},
		{"a thing of nobody", "ودمرت الشرطة أمس ثلاث عجلات مفخخة قرب الرمادي.", "| 1712 | - |"},
		{"reinforcements and their adjective before ل", "وقصفت طائرات التحالف العربي أمس تعزيزات كبيرة للحوثيين قرب صنعاء.", "| 190 | YEMREB |"},
		{"pockets of a party after ل", "وهاجم الجيش أمس جيوبا للحوثيين في تعز.", "| 190 | YEMREB |"},
		{"a checkpoint (نقطة) after ل", "وشن الجيش العراقي أمس هجوما على نقطة تابعة لتنظيم داعش قرب الرمادي.", "| 190 | IMGMUSISI |"},
		{"a gathering after ل", "وشنت طائرات التحالف العربي أمس غارات على تجمع للحوثيين في صعدة.", "| 195 | YEMREB |"},
		{"strongholds in a construct", "وقصفت طائرات التحالف العربي أمس معاقل الحوثيين في صعدة.", "| 190 | YEMREB |"},
	} {
		doc := buildDoc(tc.sentence, "2015-07-01", actors)
		lines := eventLines(DefaultCoder().Code(doc))
		if !slices.ContainsFunc(lines, func(l string) bool { return strings.Contains(l, tc.want) }) {
			t.Errorf("%s: %s: got %q, want a line with %q", tc.name, tc.sentence, lines, tc.want)
		}
	}
}
