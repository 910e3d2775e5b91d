package ner

import (
	"slices"
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/news"
)

// TestGivenNameCues: the given names of the lexicon are cues of the
// recogniser at run time, the words left out of the lists are not, and a
// word the lists left out gives no cue after a proclitic either.
func TestGivenNameCues(t *testing.T) {
	f := testFeaturizer(t)
	tests := []struct {
		name  string
		text  string
		i     int    // the token asked about
		given bool   // whether it is a given-name cue
		stem  string // its stem, "" for the word itself
	}{
		{"Pashto given name", "قال زلماي إن", 1, true, ""},
		{"Spanish given name", "سجل دييغو هدفا", 1, true, ""},
		{"Russian given name", "قالت ناتاليا إن", 1, true, ""},
		{"Tatar given name", "الحارس رينات داساييف", 1, true, ""},
		{"theophoric given name", "المحافظ عبد المحسن الفلاني", 1, true, ""},
		{"given name with و", "وصل سطام وطحنون", 2, true, "طحنون"},
		{"selfie is no name", "التقط صورة سيلفي معه", 2, false, ""},
		{"my house is no name", "عاد إلى بيتي", 2, false, ""},
		{"the iPhone is no name", "هاتف أيفون الجديد", 1, false, ""},
		{"my existence is no name after و", "وجودي هنا", 0, false, "جودي"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words := keysOf(strings.Fields(tt.text))
			var s sentence
			f.analyse(&s, words, nil)
			if got := s.cueB[tt.i]&cueGiven != 0; got != tt.given {
				t.Errorf("given-name cue of %q in %q = %v, want %v", words[tt.i], tt.text, got, tt.given)
			}
			want := words[tt.i]
			if tt.stem != "" {
				want = arabic.SearchKey(tt.stem)
			}
			if s.stems[tt.i] != want {
				t.Errorf("stem of %q in %q = %q, want %q", words[tt.i], tt.text, s.stems[tt.i], want)
			}
		})
	}
}

// TestRecognizeNewGivenNames: names whose given name the lists gained, none
// of them in the training data, are read whole by the shipped model.
func TestRecognizeNewGivenNames(t *testing.T) {
	r := DefaultRecognizer()
	tests := []struct {
		name string
		text string
		want []wantSpan
	}{
		{"Russian model", "وظهرت العارضة ناتاليا بتروفا في الحفل .", []wantSpan{{"ناتاليا بتروفا", news.PER}}},
		{"Gulf given name", "وقال الأمير طحنون بن سعيد إن المشروع اكتمل .", []wantSpan{{"طحنون بن سعيد", news.PER}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []wantSpan
			for _, s := range r.Recognize(tt.text, arabic.Tokenize(tt.text)) {
				got = append(got, wantSpan{tt.text[s.Start:s.End], s.Type})
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Recognize(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// TestFamilyNameCues: the Arab family names of the lexicon are cues of the
// recogniser; foreign surnames were left out of the class, which the
// entity stage reads as an Arab's.
func TestFamilyNameCues(t *testing.T) {
	f := testFeaturizer(t)
	tests := []struct {
		name   string
		text   string
		i      int
		family bool
	}{
		{"Lebanese family name", "قال جورج تويني إن", 2, true},
		{"Palestinian family name", "وقالت حنان عشراوي إن", 2, true},
		{"mourning is no name", "أعلن الحداد ثلاثة أيام", 1, false},
		{"a foreign surname is not in the class", "غنى مايكل جاكسون أمس", 2, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words := keysOf(strings.Fields(tt.text))
			var s sentence
			f.analyse(&s, words, nil)
			if got := s.cueB[tt.i]&cueFamily != 0; got != tt.family {
				t.Errorf("family-name cue of %q in %q = %v, want %v", words[tt.i], tt.text, got, tt.family)
			}
		})
	}
}
