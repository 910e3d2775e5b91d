package arabic

import (
	"testing"

	"rasad/internal/tabletest"
)

func TestStem(t *testing.T) {
	s := DefaultSegmenter()
	tabletest.Strings(t, "Stem", s.Stem, [][3]string{
		{"name stays", "بوتين", "بوتين"},
		{"name not cut", "موسكو", "موسكو"},
		{"name with clitic", "لبوتين", "بوتين"},
		{"name Beijing with و", "وبكين", "بكين"},
		{"country", "فرنسا", "فرنسا"},
		{"plural to singular", "الحكومات", "حكومه"},
		{"singular", "حكومة", "حكومه"},
		{"with clitics", "وبحكومته", "حكومه"},
		{"sound plural", "المعلمون", "معلم"},
		{"relations", "علاقاتنا", "علاقه"},
		{"article only", "الكتاب", "كتاب"},
		{"function word", "لكنه", "لكن"},
		{"harakat", "الحُكُومَة", "حكومه"},
		{"minister stays", "وزير", "وزير"},
		{"verb", "كتبت", "كتبت"},
		{"not Arabic", "Putin", "putin"},
	})
}
