package doer

import (
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/event/frame"
	"rasad/internal/event/frame/frametest"
	"rasad/internal/event/vocab"
)

// appeal reads the notation of TestUnknownName: a word ending in ~ carries
// an enclitic pronoun, % is a word of time, + part of a known name, ^ a
// title; إلى is a preposition written as a word and a word opening with
// بال carries ب.
func appeal(s string) *frametest.Sentence {
	return frametest.Parse(s, func(w string) frame.Token {
		var t frame.Token
		for _, m := range []struct {
			mark string
			set  func()
		}{
			{"~", func() { t.Suffix = true }},
			{"%", func() { t.Cue = vocab.CueRecent }},
			{"+", func() { t.Actor = 1 }},
			{"^", func() { t.Title = true }},
		} {
			if strings.HasSuffix(w, m.mark) {
				w = strings.TrimSuffix(w, m.mark)
				m.set()
			}
		}
		t.Norm = arabic.Normalize(w)
		t.Plain, t.Word = t.Norm, t.Norm
		switch {
		case t.Norm == "الي":
			t.IsPrep, t.Prep = true, "الي"
		case strings.HasPrefix(t.Norm, "بال"):
			t.Prep, t.Word = "ب", strings.TrimPrefix(t.Norm, "بال")
		case strings.HasPrefix(t.Norm, "ال"):
			t.Definite, t.Word = true, strings.TrimPrefix(t.Norm, "ال")
		}
		t.Bound = w == "،" || w == "."
		return t
	})
}

func TestUnknownName(t *testing.T) {
	for _, c := range []struct {
		name, sentence, code string
		want                 bool // the words after the verb are its subject, the phrase the one called
	}{
		{"an unknown name calls on a government", "ودعا أكبر أغا [الحكومة الأفغانية] إلى استغلال الفرصة", "020", true},
		{"an unknown name demands of a party", "وطالب جمال سليمان [الحزب] بالعودة إلى الجبال", "100", true},
		{"three words of a name", "وناشد محمد عمر ولد [المنظمة الدولية] بالتدخل", "020", true},
		{"the body right after the verb is the caller", "ودعت [الحكومة الأفغانية] إلى الحوار", "020", false},
		{"one bare word may be an adverb", "ودعا أيضا [الحكومة] إلى الحوار", "020", false},
		{"a word of time is no name", "ودعا أمس% الأول [الحكومة] إلى الحوار", "020", false},
		{"a known name heads its own phrase", "ودعا جون+ كيري+ [الحكومة] إلى الحوار", "020", false},
		{"a title opens a description, not a name", "ودعا رئيس^ وزراء [الحكومة] إلى الحوار", "020", false},
		{"the verb has its object pronoun", "ودعاه~ أكبر أغا [الحكومة] إلى الحوار", "020", false},
		{"no content after the body", "ودعا أكبر أغا [الحكومة الأفغانية] في كابول", "020", false},
		{"an indefinite body is a genitive", "ودعا أكبر أغا [حكومة] إلى الحوار", "020", false},
		{"not an act of appeal", "وانتقد أكبر أغا [الحكومة الأفغانية] بشدة", "111", false},
	} {
		s := appeal(c.sentence)
		if got := UnknownName(s, 0, 1, c.code); got != c.want {
			t.Errorf("%s: UnknownName(%s) = %v, want %v", c.name, c.sentence, got, c.want)
		}
	}
}
