package nameparts_test

import (
	"strconv"
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/entity/nameparts"
	"rasad/internal/lexicon"
)

// TestFamilies reads each text in order, asking at every token written as
// nisba is whether it is a family name there; want lists the answers.
func TestFamilies(t *testing.T) {
	for _, tt := range []struct {
		text, nisba, want string
	}{
		// A given name introduces the family name; then a title, or a word
		// it cannot qualify (a verb, a preposition), is the person again.
		{"أعلن الشيخ صالح المصري أن القرار نهائي. وأكد الشيخ المصري أن الرد قريب. ونفى المصري ذلك", "المصري", "true true true"},
		{"كتب الأستاذ عبد الله اليمني مقالا. ورد على اليمني عدد من القراء", "اليمني", "true true"},
		{"وصرح سامي الليبي للصحفيين بأن الجانب الليبي مستعد", "الليبي", "true false"},
		// Not named so first: a title with the nisba is a description.
		{"وقال الشيخ السوري إن الوضع صعب", "السوري", "false"},
		// An adjective of a noun, of a known name or before a given name.
		{"وزار الوفد العراقي بغداد", "العراقي", "false"},
		{"قال الرئيس العراقي إن", "العراقي", "false"},
		{"لعب النجم البرازيلي نيمار مع برشلونة", "البرازيلي", "false"},
		{"وانتقد محمد المصري نظيره المصري بشدة", "المصري", "true false"},
		{"فاز ليونيل ميسي والبرازيلي نيمار باللقب", "والبرازيلي", "false"},
		{"طالب البوليفي كارلوس بالتغيير", "البوليفي", "false"},
		{"قالت وسائل إعلام إن سمير المصرية حضرت", "المصرية", "false"}, // feminine: an adjective's form
		// A foreign given name takes no Arab nisba family name: a club or
		// a person of that country.
		{"وتعادل فريق فيتوريا جيورجيو الروماني مع ضيفه", "الروماني", "false"},
		{"وسجل المهاجم جاك الفرنسي هدفا", "الفرنسي", "false"},
		{"ثم واجه الفريق ستيوا جيمس البلجيكي", "البلجيكي", "false"},
	} {
		toks := arabic.Tokenize(tt.text)
		arabic.DefaultSegmenter().Segment(toks)
		f := nameparts.NewFamilies(lexicon.Default(), nil)
		var got []string
		for i, tok := range toks {
			if tok.Text == tt.nisba {
				got = append(got, strconv.FormatBool(f.Name(toks, i, false)))
			}
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("Families.Name(%q) at each %s = %s, want %s", tt.text, tt.nisba, g, tt.want)
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
