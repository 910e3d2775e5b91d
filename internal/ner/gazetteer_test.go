package ner

import (
	"bufio"
	"fmt"
	"strings"
	"testing"

	"rasad/internal/actor"
)

// TestMarkedPlaces checks that the gazetteer reads the names of actor
// records marked ner: (places and organisations), as the kinds the marks
// give (in the order the kinds
// were first read: those of data/gazetteer.txt, then as the records give
// them), and only those names.
func TestMarkedPlaces(t *testing.T) {
	data := "egy\tcountry\tEgypt\n\tar: مصر ; جمهورية مصر العربية\n\tcode: EGY\n\tner: country ; مصر\n" +
		"cairo\tcity\tCairo\n\tar: القاهرة\n\tcountry: EGY\n\tcapital: yes\n\tner: capital city ; القاهرة\n" +
		"giza\tcity\tGiza\n\tar: الجيزة\n\tcountry: EGY\n" +
		"sinai\tplace\tSinai\n\tar: سيناء ; شبه جزيرة سيناء\n\tcountry: EGY\n\tner: region ; سيناء ; شبه جزيرة سيناء\n\tner: city ; سيناء\n" +
		"un\torg\tUnited Nations\n\tar: الأمم المتحدة ; هيئة الأمم المتحدة\n\tcode: IGOUNO\n\tner: org ; الأمم المتحدة\n" +
		"who\torg\tWorld Health Organization\n\tar: منظمة الصحة العالمية\n\tcode: IGOUNOHLHWHO\n"
	g, err := actor.Load("t.txt", strings.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	gz, err := loadDefaultGazetteer(g.Actors())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		phrase, want string
	}{
		{"مصر", "1 [country]"},
		{"جمهورية مصر العربية", "0 []"}, // a name of the record not marked
		{"القاهرة", "1 [city capital]"},
		{"الجيزة", "0 []"},
		{"شبه جزيرة سيناء", "3 [region]"},
		{"سيناء", "1 [city region]"},
		{"الأمم المتحدة", "2 [org]"},
		{"هيئة الأمم المتحدة", "0 []"},
		{"منظمة الصحة العالمية", "0 []"}, // a record not marked: not read
		{"نادي الزمالك", "2 [org]"},      // an organisation of data/gazetteer.txt, no actor's
	}
	for _, tt := range tests {
		n, kinds := gz.Match(actor.Keys(tt.phrase))
		if got := fmt.Sprint(n, " ", kinds); got != tt.want {
			t.Errorf("Match(%s) = %s, want %s", tt.phrase, got, tt.want)
		}
	}
}

// TestOrgsOnce checks that an organisation of data/gazetteer.txt is no
// organisation record's name: an organisation the actor gazetteer holds is
// read from its ner: org mark, so that the name is kept once.
func TestOrgsOnce(t *testing.T) {
	orgs := map[string]string{}
	for _, a := range actor.Default().Actors() {
		if a.Type != actor.Org {
			continue
		}
		for _, n := range a.Names {
			orgs[strings.Join(actor.Keys(n), " ")] = a.ID
		}
	}
	f, err := dataFS.Open("data/gazetteer.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		names, ok := strings.CutPrefix(sc.Text(), "org\t")
		if !ok {
			continue
		}
		for _, n := range strings.Split(names, ";") {
			if id, ok := orgs[strings.Join(actor.Keys(n), " ")]; ok {
				t.Errorf("data/gazetteer.txt:%d: %q is a name of the actor record %s: mark it there (ner: org)", line, strings.TrimSpace(n), id)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}
