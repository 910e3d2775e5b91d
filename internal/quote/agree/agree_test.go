package agree

import (
	"fmt"
	"testing"
)

// TestGenders: the verbs a person was the subject of (entities numbered
// for the test).
func TestGenders(t *testing.T) {
	var g Genders
	if g.Man(1) || g.Woman(1) {
		t.Fatal("an entity never noted has a gender")
	}
	g.Note(1, false) // وقال البنيان
	g.Note(1, false)
	g.Note(2, true) // وقالت السفيرة سامانثا باور
	g.Note(3, false)
	g.Note(3, true) // the text says both
	rows := []struct {
		e          int32
		man, woman bool
	}{{1, true, false}, {2, false, true}, {3, false, false}, {4, false, false}}
	for _, r := range rows {
		if g.Man(r.e) != r.man || g.Woman(r.e) != r.woman {
			t.Errorf("entity %d: Man %v Woman %v, want %v %v", r.e, g.Man(r.e), g.Woman(r.e), r.man, r.woman)
		}
	}
}

// TestPlural: speech words, normalised as the tokenizer does (written for
// the test).
func TestPlural(t *testing.T) {
	rows := []struct {
		norm       string
		participle bool
		want       bool
	}{
		{"قالوا", false, true}, {"يقولون", false, true}, {"قالا", false, true}, {"مؤكدين", true, true},
		{"قال", false, false}, {"قالت", false, false}, {"مؤكدا", true, false}, {"مشيرة", true, false},
	}
	for _, r := range rows {
		if got := Plural(r.norm, r.participle); got != r.want {
			t.Errorf("Plural(%q, %v) = %v, want %v", r.norm, r.participle, got, r.want)
		}
	}
}

// TestSoundPlural: nouns, adjectives and speech words written for the
// test; a broken plural (خبراء) has no such ending.
func TestSoundPlural(t *testing.T) {
	for norm, want := range map[string]bool{"مسؤولون": true, "محللين": true, "اقتصاديون": true, "مشيرين": true,
		"خبراء": false, "مسؤول": false, "مالية": false, "قالوا": false} {
		if got := SoundPlural(norm); got != want {
			t.Errorf("SoundPlural(%q) = %v, want %v", norm, got, want)
		}
	}
}

// TestPluralNoun: bare nouns written for the test; أمين and سجين are
// singulars whose stem before ين is shorter than three letters.
func TestPluralNoun(t *testing.T) {
	for bare, want := range map[string]bool{"مواطنون": true, "محللين": true, "مسؤولون": true,
		"امين": false, "سجين": false, "مواطن": false, "خبراء": false} {
		if got := PluralNoun(bare); got != want {
			t.Errorf("PluralNoun(%q) = %v, want %v", bare, got, want)
		}
	}
}

// TestFeminine: the noun that opens a subject.
func TestFeminine(t *testing.T) {
	for stem, want := range map[string]bool{"هيئة": true, "ادارة": true, "ناطق": false, "مجلس": false} {
		if Feminine(stem) != want {
			t.Errorf("Feminine(%q) = %v, want %v", stem, !want, want)
		}
	}
}

func ExamplePlural() {
	fmt.Println(Plural("قالوا", false), Plural("مؤكدا", true))
	// Output: true false
}
