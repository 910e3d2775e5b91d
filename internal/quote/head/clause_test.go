package head

import (
	"testing"

	"rasad/internal/arabic"
)

// TestResumes: a speech verb with the pronoun of the ما of a word of accord
// before it (sentences written for the test); the verb is the word named.
func TestResumes(t *testing.T) {
	rows := []struct {
		name, text, verb string
		want             bool
	}{
		{"وفق ما and the verb's pronoun", "وأغلقت المدارس، وفق ما أعلنه الوزير", "أعلنه", true},
		{"وفقا لما and a feminine verb", "وتراجعت الصادرات، وفقا لما ذكرته الوزارة", "ذكرته", true},
		{"بحسب ما with قاله", "وانسحب المقاتلون بحسب ما قاله سكان", "قاله", true},
		{"حسبما with the verb's pronoun", "وارتفع عدد القتلى حسبما أعلنه المسؤول", "أعلنه", true},
		{"ما alone: the thing announced", "وهذا ما أعلنه الوزير أمس", "أعلنه", false},
		{"the verb without a pronoun is read already", "وأغلقت المدارس، وفق ما أعلن الوزير", "أعلن", false},
		{"a verb with the pronoun that is no speech verb", "وسار اللاعبون وفق ما رسمه المدرب", "رسمه", false},
	}
	for _, c := range rows {
		t.Run(c.name, func(t *testing.T) {
			toks := arabic.Tokenize(c.text)
			arabic.DefaultSegmenter().Segment(toks)
			i := -1
			for j := range toks {
				if toks[j].Text == c.verb {
					i = j
				}
			}
			if got := Resumes(toks, i); got != c.want {
				t.Errorf("Resumes(%q, %q) = %v, want %v", c.text, c.verb, got, c.want)
			}
		})
	}
}
