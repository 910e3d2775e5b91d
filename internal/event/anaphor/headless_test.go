package anaphor

import (
	"strings"
	"testing"

	"rasad/internal/news"
)

func TestHeadless(t *testing.T) {
	for _, tt := range []struct {
		name, named, later string // named: the group's name as the article gives it first; later: the words read after it
		actor              string
		want               bool
	}{
		{"the Islamic State without تنظيم", "تنظيم الدولة الإسلامية", "هاجم مقاتلو الدولة الإسلامية نقطة", "IMGMUSISI", true},
		{"a party without حزب, after و", "حزب العدالة والتنمية", "قال إن والعدالة والتنمية ستشارك", "TURPTY", true},
		{"a movement's name at the end of the text", "حركة الشباب المجاهدين", "هاجم مقاتلو الشباب المجاهدين", "SOMREB", true},
		{"one word left: حزب الله is not «الله»", "حزب الله", "والحمد الله على", "LBNREB", false},
		{"the words go on into a longer word", "حزب العمال الكردستاني", "قتل العمال الكردستانيين في", "IMGSEPKUR", false},
		{"another spelling of the name", "تنظيم الدولة الإسلامية", "هاجم مقاتلو الدولة الاسلامية نقطة", "IMGMUSISI", false},
		{"a group without an actor", "تنظيم الدولة الإسلامية", "هاجم مقاتلو الدولة الإسلامية نقطة", "", false},
		{"a name with no head noun", "الدولة الإسلامية", "هاجم مقاتلو الدولة الإسلامية نقطة", "IMGMUSISI", false},
		{"the head noun with the article refers back as before", "تنظيم الدولة الإسلامية", "هاجم مقاتلو التنظيم نقطة", "IMGMUSISI", true},
	} {
		text := tt.named + " . " + tt.later
		doc := &news.Document{Text: text, Entities: []news.Entity{
			{Name: "Libya", Type: news.LOC, Actor: "LBY", Mentions: []news.Mention{{Start: 0, End: 0, Text: "ليبيا"}}},
			{Name: "group", Type: news.ORG, Actor: tt.actor, Mentions: []news.Mention{{Start: 0, End: len(tt.named), Text: tt.named}}},
		}}
		// the word of later that opens the short name: its first word with the article after a verb and a noun
		words := strings.Fields(tt.later)
		at := len(tt.named) + len(" . ") + len(words[0]) + 1 + len(words[1]) + 1
		w := words[2]
		tok := &news.Token{Kind: news.Word, Norm: w, Start: at, End: at + len(w)}
		want := -1
		if tt.want {
			want = 1
		}
		if got := Antecedent(doc, tok); got != want {
			t.Errorf("%s: Antecedent(%q in %q) = %d, want %d", tt.name, w, text, got, want)
		}
	}
}
