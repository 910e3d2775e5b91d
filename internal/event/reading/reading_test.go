package reading

import (
	"strings"
	"testing"

	"rasad/internal/event/vocab"
	"rasad/internal/news"
)

func word(norm string, parts ...string) *news.Token {
	t := &news.Token{Text: norm, Norm: norm, Kind: news.Word}
	for i, p := range parts {
		role := news.Proclitic
		if i == len(parts)-1 {
			role = news.Stem
		}
		t.Parts = append(t.Parts, news.Part{Form: p, Role: role})
	}
	return t
}

func TestRead(t *testing.T) {
	v := vocab.New()
	in := "verb 190 past=هاجم pres=يهاجم tgt=_\nverb 180 past=فجر pres=يفجر tgt=_\ncue launch form=يبدأ\nagent MIL form=جنود\nprep form=ضد\n"
	if err := v.Read("x.txt", strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	v.Index()
	r := New(v)
	for _, tc := range []struct {
		name string
		tok  *news.Token
		ok   bool
		want func(Reading) bool
	}{
		{"a verb after و", word("وهاجمت", "و", "هاجمت"), true, func(x Reading) bool { return x.Conj && x.Rest == "هاجمت" && len(x.Forms) == 1 }},
		{"س before a verb of starting", word("سيبدا", "س", "يبدا"), true, func(x Reading) bool { return x.Future && x.Cue == vocab.CueLaunch }},
		{"an agent noun after ل", word("لجنود", "ل", "جنود"), true, func(x Reading) bool { return x.Prep == "ل" && x.Agent == "MIL" }},
		{"a preposition", word("ضد"), true, func(x Reading) bool { return x.IsPrep && x.Prep == "ضد" }},
		{"a verb split as ف + a word", word("فجر", "ف", "جر"), true, func(x Reading) bool { return !x.Conj && x.Rest == "فجر" && len(x.Forms) == 1 }},
		{"an unknown word keeps its proclitics", word("بالمدينة", "ب", "ال", "مدينة"), false, func(x Reading) bool { return x.Prep == "ب" && x.Rest == "مدينة" && len(x.Forms) == 0 }},
	} {
		got, ok := r.Read(tc.tok)
		if ok != tc.ok || !tc.want(got) {
			t.Errorf("%s: Read(%s) = %+v, %v", tc.name, tc.tok.Norm, got, ok)
		}
	}
}
