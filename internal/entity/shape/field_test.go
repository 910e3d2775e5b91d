package shape_test

import (
	"strconv"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/tabletest"
)

func TestParticiple(t *testing.T) {
	tabletest.Strings(t, "Participle", func(word string) string {
		return strconv.FormatBool(shape.Participle(arabic.SearchKey(word)))
	}, tabletest.Rows(t, "testdata/participle.tsv"))
}

func TestPersonAndFormer(t *testing.T) {
	for _, tt := range []struct {
		word           string
		person, former bool
	}{
		{"العضو", true, false},
		{"المدير", true, false},
		{"الكاتب", true, false},
		{"الإدارة", false, false},
		{"الأسبق", false, true},
		{"السابق", false, true},
		{"الراحل", false, true},
		{"الجديد", false, false},
	} {
		k := arabic.SearchKey(tt.word)
		if got := shape.Person(k); got != tt.person {
			t.Errorf("Person(%s) = %v, want %v", tt.word, got, tt.person)
		}
		if got := shape.Former(k); got != tt.former {
			t.Errorf("Former(%s) = %v, want %v", tt.word, got, tt.former)
		}
	}
	// the lexicon's class former, feminines and indefinites too
	for _, w := range []string{"المخلوعة", "المقال", "المستقيلة", "سابق"} {
		if !shape.Former(arabic.SearchKey(w)) {
			t.Errorf("Former(%s) = false, want true", w)
		}
	}
}

func TestFormation(t *testing.T) {
	tabletest.Strings(t, "Formation", func(phrase string) string {
		toks := lexicon.Tokens(phrase)
		return strconv.FormatBool(shape.Formation(arabic.SearchKey(toks[0].Norm), toks[1], arabic.SearchKey(toks[1].Norm)))
	}, tabletest.Rows(t, "testdata/formation.tsv"))
}

func TestRoman(t *testing.T) {
	tabletest.Strings(t, "Roman", func(phrase string) string {
		return strconv.FormatBool(shape.Roman(lexicon.Tokens(phrase), 1))
	}, tabletest.Rows(t, "testdata/roman.tsv"))
}
