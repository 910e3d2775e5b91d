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

// enclitic marks the last part of t as an enclitic pronoun and the one
// before it as the stem.
func enclitic(t *news.Token) *news.Token {
	n := len(t.Parts)
	t.Parts[n-2].Role, t.Parts[n-1].Role = news.Stem, news.Enclitic
	return t
}

func TestRead(t *testing.T) {
	v := vocab.New()
	in := "verb 190 past=هاجم pres=يهاجم tgt=_\nverb 180 past=فجر pres=يفجر tgt=_\nnoun 042 form=زيارة tgt=_\nverb 020 past=طلب pres=يطلب tgt=_\nverb 190 past=فتح pres=يفتح tgt=على\ncue launch form=يبدأ\nagent MIL form=جنود\nprep form=ضد,تحت\n"
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
		{"a noun's ة is ت before its pronoun", enclitic(word("وزيارته", "و", "زيارة", "ه")), true, func(x Reading) bool {
			return x.Conj && x.Rest == "زيارته" && len(x.Forms) == 1 && x.Forms[0].P.Kind == vocab.Noun
		}},
		{"a verb's ت read as a noun's ة", enclitic(word("طلبتها", "طلبة", "ها")), true, func(x Reading) bool {
			return x.Rest == "طلبتها" && len(x.Forms) == 1 && x.Forms[0].P.Kind == vocab.Verb
		}},
		{"a verb spelt as ف and a preposition", word("فتحت", "ف", "تحت"), true, func(x Reading) bool { return !x.IsPrep && x.Rest == "فتحت" && len(x.Forms) == 1 }},
		{"و and a preposition", word("وضد", "و", "ضد"), true, func(x Reading) bool { return x.IsPrep && x.Conj }},
		{"an unknown word keeps its proclitics", word("بالمدينة", "ب", "ال", "مدينة"), false, func(x Reading) bool { return x.Prep == "ب" && x.Rest == "مدينة" && len(x.Forms) == 0 }},
	} {
		got, ok := r.Read(tc.tok)
		if ok != tc.ok || !tc.want(got) {
			t.Errorf("%s: Read(%s) = %+v, %v", tc.name, tc.tok.Norm, got, ok)
		}
	}
}
