package body

import (
	"strconv"
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/news"
)

// TestShortened merges a body's short forms into its full name. An entity
// is written "ARABIC/COUNTRY/MENTIONS", LINKED for one the gazetteer names;
// want is what is left, in order, with each one's mentions.
func TestShortened(t *testing.T) {
	for _, tc := range []struct {
		name string
		ents []string
		want string
	}{
		{"a centre named by its field, then without it",
			[]string{"مركز الملك سلمان للإغاثة والأعمال الإنسانية/SAU/3", "مركز الملك سلمان/SAU/1"},
			"مركز الملك سلمان للإغاثة والأعمال الإنسانية/SAU/4"},
		{"a chain of shorter forms goes to the longest",
			[]string{"جامعة نايف العربية للعلوم الأمنية/SAU/3", "جامعة نايف العربية/SAU/1", "جامعة نايف/SAU/1"},
			"جامعة نايف العربية للعلوم الأمنية/SAU/5"},
		{"the form named most often names the body",
			[]string{"وزارة الإسكان الأهمية اللازمة/YEM/1", "وزارة الإسكان/YEM/6"},
			"وزارة الإسكان/YEM/7"},
		{"another country's body of the same words stays",
			[]string{"البنك المركزي الإيراني/IRN/2", "البنك المركزي/USA/1"},
			"البنك المركزي الإيراني/IRN/2 البنك المركزي/USA/1"},
		{"a short form of two full names named as often stays",
			[]string{"البنك المركزي الأوروبي//2", "البنك المركزي الأمريكي/USA/2", "البنك المركزي//1"},
			"البنك المركزي الأوروبي//2 البنك المركزي الأمريكي/USA/2 البنك المركزي//1"},
		{"a body whose short form comes first takes its place",
			[]string{"وزارة الإسكان/YEM/1", "مطار عدن الدولي/YEM/1", "وزارة الإسكان اليمنية/YEM/2"},
			"وزارة الإسكان اليمنية/YEM/3 مطار عدن الدولي/YEM/1"},
		{"one word is no short form",
			[]string{"مطار عدن الدولي/YEM/2", "مطار/YEM/1"},
			"مطار عدن الدولي/YEM/2 مطار/YEM/1"},
		{"a body the gazetteer names is not merged",
			[]string{"مجلس الأمن الوطني/IRQ/1", "مجلس الأمن/LINKED/2"},
			"مجلس الأمن الوطني/IRQ/1 مجلس الأمن/LINKED/2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var ents []news.Entity
			at := 0
			for _, s := range tc.ents {
				f := strings.Split(s, "/")
				n, _ := strconv.Atoi(f[2])
				e := news.Entity{Name: arabic.Normalize(f[0]), NameAr: f[0], Type: news.ORG, Country: f[1], Actor: f[1]}
				if f[1] == "LINKED" {
					e.Name, e.Country, e.Actor, e.ActorID = "United Nations Security Council", "", "IGOUNO", "unsc"
				}
				for range n {
					e.Mentions = append(e.Mentions, news.Mention{Start: at, End: at + 1})
					at += 2
				}
				ents = append(ents, e)
			}
			var got []string
			for _, e := range Shortened(ents) {
				c := e.Country
				if e.Actor == "IGOUNO" {
					c = "LINKED"
				}
				for i := 1; i < len(e.Mentions); i++ {
					if e.Mentions[i].Start < e.Mentions[i-1].Start {
						t.Errorf("%s: mentions out of text order", e.NameAr)
					}
				}
				got = append(got, e.NameAr+"/"+c+"/"+strconv.Itoa(len(e.Mentions)))
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("got  %s\nwant %s", g, tc.want)
			}
		})
	}
}
