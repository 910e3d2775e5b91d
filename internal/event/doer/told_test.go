package doer

import (
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/event/frame"
	"rasad/internal/event/frame/frametest"
)

// told builds a sentence from words apart by spaces: [ opens an actor
// phrase and ] closes it, ~ marks a word that carries an enclitic pronoun,
// @ an event word, % a verb the coder reads as of the third person
// feminine singular; a word with the article is definite.
func told(s string) *frametest.Sentence {
	return frametest.Parse(s, func(w string) frame.Token {
		var t frame.Token
		if strings.HasSuffix(w, "~") {
			w, t.Suffix = strings.TrimSuffix(w, "~"), true
		}
		if strings.HasSuffix(w, "%") { // the coder reads a verb of the third person feminine singular
			w, t.Fem = strings.TrimSuffix(w, "%"), true
		}
		if strings.HasSuffix(w, "@") {
			w, t.Event = strings.TrimSuffix(w, "@"), true
		}
		t.Norm = arabic.Normalize(w)
		t.Plain = t.Norm
		t.Definite = strings.HasPrefix(t.Norm, "ال")
		t.Word = strings.TrimPrefix(t.Norm, "ال")
		t.Quote = w == "«" || w == "»"
		t.Bound = w == "،" || w == "."
		return t
	})
}

func TestTold(t *testing.T) {
	for _, c := range []struct {
		name, sentence string
		want           bool // the act marked @ is not the teller's
	}{
		{"a noun subject after إن", "وقال الوزير إن العالم رحب@", true},
		{"a named subject after أن", "وأكدت الشرطة أن [ التونسي ] أنشأ حسابا يبعث رسائل تهديد@", true},
		{"past a quotation mark", "وقال الناطق إن « المبعوث الدولي سيذهب إلى الرياض حيث يلتقي@", true},
		{"a pronoun of the teller", "وقال الوزير إنه رحب@", false},
		{"a first person pronoun", "وقال الوزير إن التعاون مكن الطرفين ، وأضاف أننا طلبنا دعما@", false},
		{"a noun with a pronoun", "وقال الوزير إن بلاده~ سترحب@", false},
		{"the teller's own country", "وقال الوزير إن البلاد مستعدة للعمل@", false},
		{"an act noun as the subject", "وأكد الوزير أن التفاوض@", false},
		{"a new sentence inside a quotation", "وأضاف البيان أن « الحكومة موحدة . وقدم نتنياهو التعازي@", false},
		{"no complement clause", "وقال الوزير العالم رحب@", false},
		{"a verb after أن", "وطلب الوزير أن يرحب@ الحاضرون", false},
	} {
		s := told(c.sentence)
		k := len(s.Toks) - 1
		for k > 0 && !s.Toks[k].Event {
			k--
		}
		if got := Told(s, k); got != c.want {
			t.Errorf("%s: Told(%s) = %v, want %v", c.name, c.sentence, got, c.want)
		}
	}
}

func TestTeller(t *testing.T) {
	s := told("وقال الوزير إن العالم رحب@")
	k := len(s.Toks) - 1
	if got := Teller(s, k, false, []string{"الوزير"}); got == nil || len(got) != 0 {
		t.Errorf("Teller of another's act = %q, want empty, not nil", got)
	}
	if got := Teller(s, k, true, []string{"الوزير"}); len(got) != 1 {
		t.Errorf("Teller of his own act = %q, want the teller", got)
	}
}
