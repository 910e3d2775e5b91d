package blame

import "testing"

// TestPrepObjectOwner: words of praise or blame that reach their object
// through a preposition target the object's owner (its genitive or
// nisba), or the doer of an act the object names, never the one who
// suffers it; a preposition the act does not take reaches nothing.
func TestPrepObjectOwner(t *testing.T) {
	on, warn := []string{"على"}, []string{"_", "من"}
	for _, tt := range []struct {
		name, sentence string
		from           int
		preps          []string
		participle     bool
		want           int
	}{
		{"owner of the praised", "اثنى@ [الوزير] على جهود [مصر] .", 2, on, false, 1},
		{"owner a nisba", "اثنى@ [الوزير] على الجهود [المصرية] .", 2, on, false, 1},
		{"owner past an adverb", "مثمنا@ في هذا الصدد على الدور [المصري] .", 1, on, false, 0},
		{"a participle's ل", "مثمنا@ ل+الدور [المصري] .", 1, nil, true, 0},
		{"owner a nisba of the genitive", "اثنى@ [الوزير] على جهود الطاقم [الاماراتي] .", 2, on, false, 1},
		{"owner a nisba of the genitive past its adjective", "اثنى@ [الوزير] على جهود الطاقم الطبي [الاماراتي] .", 2, on, false, 1},
		{"owner past a sentence adverb", "رحب@ [الاتحاد] ايضا ب+خطة [اوباما] .", 2, []string{"ب"}, false, 1},
		{"owner past a preposition's sentence adverb", "رحب@ [الاتحاد] من جهته ب+خطة [اوباما] .", 2, []string{"ب"}, false, 1},
		{"no owner past another adverb", "رحب@ [الاتحاد] كثيرا ب+خطة [اوباما] .", 2, []string{"ب"}, false, -1},
		{"no owner", "اثنى@ [الوزير] على جهود كبيرة .", 2, on, false, -1},
		{"no owner after another preposition", "اثنى@ [الوزير] في الاجتماع على جهود [مصر] .", 2, on, false, -1},
		{"owner of an act after the preposition", "ندد@ [الوزير] على القصف* [التركي] .", 2, on, false, 1},
		{"no owner of an act suffered", "ندد@ [الوزير] على مقتل*^ [المدنيين] .", 2, on, false, -1},
		{"doer of an act after the preposition", "ندد@ [الوزير] على مقتل*^ طفل عندما قصفت@ [طائرات] .", 2, on, false, 1},
		{"whose policies", "تحذر@ [الامارات] من سياسات [ايران] .", 2, warn, false, 1},
		{"a danger of no one", "حذر@ [الوزير] من خطورة الوضع في [سوريا] .", 2, warn, false, -1},
	} {
		s := parse(tt.sentence)
		if got := PrepObjectOwner(s, tt.from, len(s.Toks), tt.preps, tt.participle); got != tt.want {
			t.Errorf("%s: PrepObjectOwner(%q) = %d, want %d", tt.name, tt.sentence, got, tt.want)
		}
	}
}
