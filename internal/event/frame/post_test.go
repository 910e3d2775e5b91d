package frame_test

import (
	"slices"
	"strings"
	"testing"

	"rasad/internal/event/blame"
	"rasad/internal/event/frame"
	"rasad/internal/event/frame/frametest"
)

// postSentence reads the notation of the Post cases: امير رئيس الرئيس
// سفير are titles, a word with ل in front (لطالبان) or ب (بانتخاب) carries
// that preposition, a comma is a bound, a phrase whose first word is in
// named holds a name and one in places names a place.
func postSentence(sentence string, named, places []string) *frametest.Sentence {
	s := frametest.Parse(sentence, func(w string) frame.Token {
		t := frame.Token{Norm: w, Word: strings.TrimPrefix(w, "ال")}
		switch {
		case slices.Contains([]string{"امير", "رئيس", "الرئيس", "سفير"}, w):
			t.Title = true
		case w == "،":
			t.Bound = true
		case strings.HasPrefix(w, "ل") && len(w) > len("ل")+2 && !strings.HasPrefix(w, "ال"):
			t.Prep = "ل"
		case strings.HasPrefix(w, "ب") && !strings.HasPrefix(w, "بين"):
			t.Prep = "ب"
		}
		return t
	})
	for pi := range s.Phr {
		first := s.Toks[s.Phr[pi].Start]
		s.Phr[pi].Named = slices.Contains(named, first.Norm)
		s.Phr[pi].Place = slices.Contains(places, first.Norm)
		s.Phr[pi].Prep = first.Prep
	}
	return s
}

// The holder of a post named by its title with no name stands for the
// body that ل ties to it at once, past the post's adjectives; a place, a
// body far off, a named holder or a word that is no title keep the phrase.
func TestPost(t *testing.T) {
	for _, tc := range []struct {
		name, sentence string
		named, places  []string
		want           int // Post of the first phrase
	}{
		{"a post of a group", "[?امير] جديد [لطالبان] .", []string{"لطالبان"}, nil, 1},
		{"a post with its adjective in the phrase", "[الرئيس الدوري] [لمجلس حقوق الانسان] .", []string{"لمجلس"}, nil, 1},
		{"right after the post", "[?رئيس] [للبرلمان الباكستاني] .", []string{"للبرلمان"}, nil, 1},
		{"an envoy to a place", "[?سفير] جديد [لمصر] .", []string{"لمصر"}, []string{"لمصر"}, 0},
		{"a holder with a name", "[الرئيس حامد كرزاي] [لطالبان] .", []string{"الرئيس", "لطالبان"}, nil, 0},
		{"no title", "[?مقاتلين] جدد [لطالبان] .", []string{"لطالبان"}, nil, 0},
		{"a body that names nobody", "[?امير] جديد [?للجماعة] .", nil, nil, 0},
		{"a clause between", "[?امير] جديد ، [لطالبان] .", []string{"لطالبان"}, nil, 0},
		{"too far", "[?امير] جديد منتخب امس [لطالبان] .", []string{"لطالبان"}, nil, 0},
	} {
		s := postSentence(tc.sentence, tc.named, tc.places)
		if got := frame.Post(s, 0); got != tc.want {
			t.Errorf("%s: Post(%s) = %d, want %d", tc.name, tc.sentence, got, tc.want)
		}
	}
}

// The owner of what praise reaches through ب is the body whose post the
// act fills (رحب بانتخاب أمير جديد لطالبان: the Taliban).
func TestPostOwner(t *testing.T) {
	s := postSentence("[مجلس السلام] رحب بانتخاب [?امير] جديد [لطالبان] .", []string{"مجلس", "لطالبان"}, nil)
	if got := blame.PrepObjectOwner(s, 3, len(s.Toks), []string{"ب"}, false); got != 2 {
		t.Errorf("PrepObjectOwner(%v) = %d, want 2 (the Taliban)", s.Toks, got)
	}
}

// Persons counted and described by a word of belonging and إلى are
// members of the named group after it; a group that names nobody, a word
// that is no belonging or one too far keep them persons.
func TestMembership(t *testing.T) {
	for _, tc := range []struct {
		name, sentence string
		named          []string
		want           int // the phrase Membership finds from the word after the count
	}{
		{"suspected of belonging", "[الشرطة] 20 شخصا يشتبه بانتمائهم الي [حزب العمال] .", []string{"حزب"}, 1},
		{"who belong", "[الشرطة] 20 شخصا ينتمون الي [تنظيم داعش] .", []string{"تنظيم"}, 1},
		{"on the charge of belonging", "[الشرطة] 20 شخصا بتهمة الانتماء الي [حزب العمال] .", []string{"حزب"}, 1},
		{"a group that names nobody", "[الشرطة] 20 شخصا ينتمون الي [?جماعات] .", nil, -1},
		{"no word of belonging", "[الشرطة] 20 شخصا ينقلون الي [حزب العمال] .", []string{"حزب"}, -1},
		{"too far", "[الشرطة] 20 شخصا في المدينة امس ينتمون الي [حزب العمال] .", []string{"حزب"}, -1},
		{"a bound between", "[الشرطة] 20 شخصا ، ينتمون الي [حزب العمال] .", []string{"حزب"}, -1},
	} {
		s := postSentence(tc.sentence, tc.named, nil)
		for j := range s.Toks {
			if s.Toks[j].Norm == "الي" {
				s.Toks[j].IsPrep, s.Toks[j].Word = true, "الي"
			}
		}
		if got := frame.Membership(s, 3, len(s.Toks)); got != tc.want {
			t.Errorf("%s: Membership(%s) = %d, want %d", tc.name, tc.sentence, got, tc.want)
		}
	}
}
