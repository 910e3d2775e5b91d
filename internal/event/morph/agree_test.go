package morph

import (
	"testing"

	"rasad/internal/tabletest"
)

func TestPluralAfterNisba(t *testing.T) {
	tabletest.Verdicts(t, "testdata/pluralafternisba.tsv", 6, map[string]func(string, bool, string, bool) bool{"PluralAfterNisba": PluralAfterNisba},
		func(t *testing.T, f func(string, bool, string, bool) bool, a []string) bool {
			return f(a[0], tabletest.Bool(t, a[1]), a[2], tabletest.Bool(t, a[3]))
		})
}

func TestCaseBreak(t *testing.T) {
	tabletest.Verdicts(t, "testdata/casebreak.tsv", 5, map[string]func(string, string, bool) bool{"CaseBreak": CaseBreak},
		func(t *testing.T, f func(string, string, bool) bool, a []string) bool {
			return f(a[0], a[1], tabletest.Bool(t, a[2]))
		})
}

func TestWordShapes(t *testing.T) {
	tabletest.Verdicts(t, "testdata/shapes.tsv", 3, map[string]func(string) bool{"DualShape": DualShape, "SingularNisba": SingularNisba},
		func(t *testing.T, f func(string) bool, a []string) bool { return f(a[0]) })
}

func TestAgreesAs(t *testing.T) {
	tabletest.Verdicts(t, "testdata/agreesas.tsv", 5, map[string]func(string, string, bool) bool{
		"AgreesAs": AgreesAs,
		"Resumes":  func(agree, verb string, _ bool) bool { return Resumes(agree, verb) },
	}, func(t *testing.T, f func(string, string, bool) bool, a []string) bool {
		return f(a[0], a[1], a[2] == "true")
	})
}
