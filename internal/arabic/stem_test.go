package arabic

import "testing"

func TestStem(t *testing.T) {
	s := DefaultSegmenter()
	tests := []struct {
		name, word, want string
	}{
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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := s.Stem(tt.word); got != tt.want {
				t.Errorf("Stem(%q) = %q, want %q", tt.word, got, tt.want)
			}
		})
	}
}
