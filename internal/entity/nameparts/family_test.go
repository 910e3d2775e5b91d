package nameparts_test

import (
	"strconv"
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/entity/nameparts"
	"rasad/internal/lexicon"
	"rasad/internal/tabletest"
)

// TestFamilies reads each text of testdata/families.tsv in order, asking
// at every token written as its nisba whether it is a family name there.
func TestFamilies(t *testing.T) {
	for _, r := range tabletest.Fields(t, "testdata/families.tsv", 3) {
		text, nisba, want := r[0], r[1], r[2]
		toks := lexicon.Tokens(text)
		f := nameparts.NewFamilies(lexicon.Default(), nil)
		var got []string
		for i, tok := range toks {
			if tok.Text == nisba {
				got = append(got, strconv.FormatBool(f.Name(toks, i, false)))
			}
		}
		if g := strings.Join(got, " "); g != want {
			t.Errorf("Families.Name(%q) at each %s = %s, want %s", text, nisba, g, want)
		}
	}
}

// bodyAt is a Members of one body, named over tokens first..last.
type bodyAt struct{ first, last int }

func (b bodyAt) Body(k int) (string, int) {
	if k == b.first {
		return "", b.last
	}
	return "", -1
}

func (b bodyAt) Code(k int) string { return "IGOMEAARL" }

func TestBodyAfter(t *testing.T) {
	const named = "عقدت المنظمة العربية للتنمية الإدارية ندوة. وقال سامي الحداد، "
	for _, tt := range []struct {
		after string
		want  bool
	}{
		{"خبير المنظمة للتحكيم: إن", true},
		{"مستشار المنظمة، إن", true},
		{"الأمين العام للمنظمة، إن", true},
		{"المدير العام التنفيذي للمنظمة، إن", true}, // two adjectives, each an office with the role noun
		{"خبير المنظمة الدولية للتحكيم", false},     // another body's name in full
		{"خبير الجامعة، إن", false},                 // no body of that head named
		{"وخبير المنظمة", false},
		{"المتحدث باسم المنظمة، إن", true}, // a spokesman's body after باسم
		{"الناطقة بلسان المنظمة إن", true},
		{"المتحدث باسم الجامعة، إن", false}, // no body of that head named
		{"المتحدث باسم المنظمة الدولية", false},
	} {
		toks := arabic.Tokenize(named + tt.after)
		arabic.DefaultSegmenter().Segment(toks)
		j := 0
		for toks[j].Text != "،" {
			j++
		}
		_, code, ok := nameparts.BodyAfter(toks, j+1, len(toks), bodyAt{1, 4})
		if ok != tt.want || ok && code != "IGOMEAARL" {
			t.Errorf("BodyAfter(%q) = %q, %v, want %v", tt.after, code, ok, tt.want)
		}
	}
}

func TestSon(t *testing.T) {
	for _, tt := range []struct {
		word string
		want bool
	}{{"بن", true}, {"ابن", true}, {"إبن", true}, {"بنت", true}, {"ابنة", true}, {"بنك", false}, {"بنا", false}} {
		toks := arabic.Tokenize(tt.word)
		if got := nameparts.Son(toks[0]); got != tt.want {
			t.Errorf("Son(%s) = %v, want %v", tt.word, got, tt.want)
		}
	}
}
