package actor

import (
	"slices"
	"strings"
	"testing"

	"rasad/internal/news"
)

func TestEntity(t *testing.T) {
	g, err := Load("t.txt", strings.NewReader("hts\torg\tHayat Tahrir al-Sham\n\tar: هيئة تحرير الشام\n"+
		"\tname: 2012-01-23 2016-07-27 Al-Nusra Front ; جبهة النصرة\n\tcode: SYRREB\n"+
		"bayda\tplace\tAl Bayda (Yemen)\n\tar: البيضاء\n"+
		"li\tperson\tLi Shangfu\n\tar: لي شانغفو\n\trole: CHNMIL 2023-03-12 2023-10-24 defence minister\n"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		id, date         string
		name, nameAr, cc string
		typ              news.EntityType
		alias            string // one alias it must have
	}{
		{"hts", "2015-08-03", "Al-Nusra Front", "جبهة النصرة", "SYRREB", news.ORG, "Hayat Tahrir al-Sham"},
		{"hts", "2019-01-01", "Hayat Tahrir al-Sham", "هيئة تحرير الشام", "SYRREB", news.ORG, "Al-Nusra Front"},
		{"bayda", "2015-08-03", "Al Bayda (Yemen)", "البيضاء", "", news.LOC, "Al Bayda"},
		{"li", "2023-04-16", "Li Shangfu", "لي شانغفو", "CHNMIL", news.PER, ""},
		{"li", "2024-01-01", "Li Shangfu", "لي شانغفو", "", news.PER, ""},
	}
	for _, tt := range tests {
		e := g.Get(tt.id).Entity(tt.date)
		if e.Name != tt.name || e.NameAr != tt.nameAr || e.Actor != tt.cc || e.Type != tt.typ {
			t.Errorf("%s.Entity(%s) = %q %q %q %s, want %q %q %q %s", tt.id, tt.date, e.Name, e.NameAr, e.Actor, e.Type, tt.name, tt.nameAr, tt.cc, tt.typ)
		}
		if tt.alias != "" && !slices.Contains(e.Aliases, tt.alias) {
			t.Errorf("%s.Entity(%s) aliases = %q, want %q among them", tt.id, tt.date, e.Aliases, tt.alias)
		}
		if slices.Contains(e.Aliases, e.Name) {
			t.Errorf("%s.Entity(%s) aliases = %q hold its name", tt.id, tt.date, e.Aliases)
		}
	}
}
