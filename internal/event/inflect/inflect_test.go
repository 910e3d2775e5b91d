package inflect

import (
	"testing"

	"rasad/internal/news"
)

func TestFeminine(t *testing.T) {
	town := &news.Entity{Name: "Tehran", Type: news.LOC, ActorID: "tehran", Country: "IRN"}
	unlinked := &news.Entity{Name: "x", Type: news.LOC, Country: "RUS"}
	person := &news.Entity{Name: "x", Type: news.PER, ActorID: "x"}
	for _, r := range []struct {
		name string
		e    *news.Entity
		stem string
		want bool
	}{
		{"a name without the article", town, "طهران", true},
		{"a definite name with ة", town, "القاهرة", true},
		{"a nisba is an adjective", town, "السعودية", false},
		{"a definite name with ات", town, "الامارات", true},
		{"a masculine country of the lexicon", town, "لبنان", false},
		{"a definite name without ة is undecided", town, "الكويت", false},
		{"a place the gazetteer does not know", unlinked, "موسكو", false},
		{"a person", person, "طهران", false},
	} {
		t.Run(r.name, func(t *testing.T) {
			if got := Feminine(r.e, r.stem); got != r.want {
				t.Errorf("Feminine(%q) = %v, want %v", r.stem, got, r.want)
			}
		})
	}
}

func TestMasculine(t *testing.T) {
	for _, r := range []struct {
		verb, tok string
		want      bool
	}{
		{"يطالب", "يطالب", true},
		{"زار", "وزار", true},
		{"تطالب", "تطالب", false},
		{"طالبت", "طالبت", false},
	} {
		t.Run(r.tok, func(t *testing.T) {
			tok := &news.Token{Text: r.tok, Norm: r.tok}
			if got := Masculine(r.verb, tok); got != r.want {
				t.Errorf("Masculine(%q) = %v, want %v", r.tok, got, r.want)
			}
		})
	}
}

func TestAccusative(t *testing.T) {
	for _, r := range []struct {
		bare string
		want bool
	}{
		{"صحفيين", true},
		{"مسلحين", true},
		{"مسؤولين", true},
		{"صحفيون", false},
		{"امين", false},
		{"حسين", false},
	} {
		t.Run(r.bare, func(t *testing.T) {
			if got := Accusative(r.bare); got != r.want {
				t.Errorf("Accusative(%q) = %v, want %v", r.bare, got, r.want)
			}
		})
	}
}

func TestVerbal(t *testing.T) {
	for _, r := range []struct {
		verb string
		want bool
	}{
		{"طلب", false},
		{"رفض", false},
		{"ناشد", true},
		{"يطالب", true},
	} {
		t.Run(r.verb, func(t *testing.T) {
			if got := Verbal(r.verb); got != r.want {
				t.Errorf("Verbal(%q) = %v, want %v", r.verb, got, r.want)
			}
		})
	}
}

func TestOrganisation(t *testing.T) {
	org := &news.Entity{Name: "x", Type: news.ORG, Actor: "IGOUNO"}
	uncoded := &news.Entity{Name: "x", Type: news.ORG}
	town := &news.Entity{Name: "x", Type: news.LOC, Actor: "IRN"}
	for _, r := range []struct {
		name       string
		e          *news.Entity
		head, next string
		want       bool
	}{
		{"a head in ة", org, "منظمة", "العفو", true},
		{"a head in ات", org, "القوات", "المسلحة", true},
		{"a definite head and its adjective in ة", org, "الامم", "المتحدة", true},
		{"a head in construct with a genitive in ة", org, "حزب", "العدالة", false},
		{"a masculine head and adjective", org, "الاتحاد", "الاوروبي", false},
		{"a name of one word", org, "الحوثيون", "", false},
		{"an organisation with no actor code", uncoded, "منظمة", "العفو", false},
		{"a place is not asked here", town, "طهران", "", false},
	} {
		t.Run(r.name, func(t *testing.T) {
			if got := Organisation(r.e, r.head, r.next); got != r.want {
				t.Errorf("Organisation(%q, %q) = %v, want %v", r.head, r.next, got, r.want)
			}
		})
	}
}
