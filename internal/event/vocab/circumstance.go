package vocab

import (
	"slices"
	"strings"

	"rasad/internal/arabic"
)

// Circumstance returns fs without the readings of an active participle of
// circumstance (Form.Participle) that the word norm (normalised) cannot
// have where it stands. The participle of circumstance is accusative and
// follows its clause: the masculine singular shows it (مشيدا, متهما), and
// is that participle wherever it stands; the feminine and the plural
// (متهمة, مشيدين) are also adjectives and nouns (حكومة متهمة بالطائفية,
// المتهمين), and read as the participle only after the comma that ends
// the clause before it (، متهمة إيران). afterBound reports whether a
// clause bound comes right before the word. fs is not modified.
func Circumstance(fs []Form, norm string, afterBound bool) []Form {
	if afterBound || strings.HasSuffix(norm, string(arabic.Alef)) || !slices.ContainsFunc(fs, participle) {
		return fs
	}
	return slices.DeleteFunc(slices.Clone(fs), participle)
}

func participle(f Form) bool { return f.Participle }
