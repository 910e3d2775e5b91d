package actor

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"rasad/internal/tabletest"
)

// loadFixture loads testdata/fixture.txt.
func loadFixture(t testing.TB) *Gazetteer {
	t.Helper()
	f, err := os.Open("testdata/fixture.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := Load("fixture.txt", f)
	if err != nil {
		t.Fatalf("Load(fixture.txt) = %v", err)
	}
	return g
}

const header = "rus\tcountry\tRussia\n\tar: روسيا\n\tcode: RUS\n"

func TestLoadErrors(t *testing.T) {
	tabletest.Errors(t, "Load", func(data string) error {
		_, err := Load("t.txt", strings.NewReader(data))
		return err
	}, tabletest.Rows(t, "testdata/load_errors.tsv"))
}

func TestLoadFSAcrossFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"a.txt":      {Data: []byte(header)},
		"b.txt":      {Data: []byte("moscow\tcity\tMoscow\n\tar: موسكو\n\tcountry: RUS\n\tcapital: yes\n")},
		"README.md":  {Data: []byte("not data\n")},
		"c.txt.orig": {Data: []byte("junk\n")},
	}
	g, err := LoadFS(fsys)
	if err != nil {
		t.Fatalf("LoadFS = %v", err)
	}
	if g.Len() != 2 {
		t.Errorf("Len() = %d, want 2", g.Len())
	}
	if c := g.CountryOf(g.Get("moscow")); c == nil || c.ID != "rus" {
		t.Errorf("CountryOf(moscow) = %v, want rus", c)
	}

	fsys["c.txt"] = &fstest.MapFile{Data: []byte("# dup\nrus\tcity\tRus\n\tar: روس\n\tcountry: RUS\n")}
	_, err = LoadFS(fsys)
	if want := "c.txt:2: duplicate ID \"rus\" (first at a.txt:1)"; err == nil || err.Error() != want {
		t.Errorf("LoadFS with a duplicate across files = %v, want %q", err, want)
	}
}

func TestLoadRecord(t *testing.T) {
	g := loadFixture(t)
	li := g.Get("li_shangfu")
	if li == nil {
		t.Fatal("Get(li_shangfu) = nil")
	}
	if li.NameAr != "لي شانغفو" || len(li.Names) != 3 || li.Aliases[0] != "Li Shang-fu" {
		t.Errorf("li_shangfu = %+v", li)
	}
	if li.File != "fixture.txt" || li.Line != 33 {
		t.Errorf("li_shangfu at %s:%d, want fixture.txt:33", li.File, li.Line)
	}
	if r := li.Roles[0]; r != (Role{Code: "CHNMIL", From: "2023-03-12", To: "2023-10-24", Description: "defence minister"}) {
		t.Errorf("li_shangfu role = %+v", r)
	}
	if m := g.Get("moscow").NER; len(m) != 1 || strings.Join(m[0].Kinds, " ") != "capital city" || strings.Join(m[0].Names, ";") != "موسكو" {
		t.Errorf("moscow ner: = %+v, want capital city ; موسكو", m)
	}
	if m := g.Get("rus").NER; m != nil {
		t.Errorf("rus ner: = %+v, want none", m)
	}
	if rus := g.Get("rus"); rus.Country != "RUS" || rus.Code != "RUS" {
		t.Errorf("rus: Country %q Code %q, want RUS RUS", rus.Country, rus.Code)
	}
	if got := len(g.Countries()); got != 3 {
		t.Errorf("len(Countries()) = %d, want 3", got)
	}
	if got := len(g.Agents()); got != 2 {
		t.Errorf("len(Agents()) = %d, want 2", got)
	}
}

func TestRoleOn(t *testing.T) {
	putin := &Actor{ID: "putin", Type: Person, Code: "RUS", Roles: []Role{
		{Code: "RUSGOV", From: "1999-08-16", To: "2000-05-07", Description: "prime minister"},
		{Code: "RUSGOV", From: "2000-05-07", To: "2008-05-07", Description: "president"},
		{Code: "RUSGOV", From: "2008-05-08", To: "2012-05-07", Description: "prime minister"},
		{Code: "RUSGOV", From: "2012-05-07", Description: "president"},
	}}
	li := loadFixture(t).Get("li_shangfu")
	tests := []struct {
		name     string
		a        *Actor
		date     string
		wantOK   bool
		wantDesc string
		wantCode string
	}{
		{"li on the seed article's date", li, "2023-04-16", true, "defence minister", "CHNMIL"},
		{"li on his first day", li, "2023-03-12", true, "defence minister", "CHNMIL"},
		{"li on his last day", li, "2023-10-24", true, "defence minister", "CHNMIL"},
		{"li the day after", li, "2023-10-25", false, "", "CHN"},
		{"li before", li, "2023-03-11", false, "", "CHN"},
		{"putin before any role", putin, "1999-01-01", false, "", "RUS"},
		{"putin first pm", putin, "1999-12-31", true, "prime minister", "RUSGOV"},
		{"putin overlap day goes to the later role", putin, "2000-05-07", true, "president", "RUSGOV"},
		{"putin second pm", putin, "2010-06-01", true, "prime minister", "RUSGOV"},
		{"putin open-ended", putin, "2026-11-01", true, "president", "RUSGOV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, ok := tt.a.RoleOn(tt.date)
			if ok != tt.wantOK || r.Description != tt.wantDesc {
				t.Errorf("%s.RoleOn(%q) = %+v, %v; want %q, %v", tt.a.ID, tt.date, r, ok, tt.wantDesc, tt.wantOK)
			}
			if got := tt.a.CodeOn(tt.date); got != tt.wantCode {
				t.Errorf("%s.CodeOn(%q) = %q, want %q", tt.a.ID, tt.date, got, tt.wantCode)
			}
		})
	}
}

// FuzzLoad checks that Load never panics and that what it accepts is whole:
// every actor has an Arabic name, and every country reference resolves.
func FuzzLoad(f *testing.F) {
	fixture, err := os.ReadFile("testdata/fixture.txt")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(fixture))
	f.Add(header + "\tadj: روسي ; الروسية\n")
	f.Add("p\tperson\tP\n\tar: ب\n\trole: RUSGOV 2000-01-01 - president\n")
	f.Fuzz(func(t *testing.T, data string) {
		g, err := Load("f.txt", strings.NewReader(data))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.txt:") && !strings.HasPrefix(err.Error(), "load gazetteer f.txt:") {
				t.Errorf("error %q does not say file:line", err)
			}
			return
		}
		for _, a := range g.Actors() {
			if a.NameAr == "" || len(a.Names) == 0 {
				t.Errorf("%s has no Arabic name", a.ID)
			}
			if a.Country != "" && g.CountryOf(a) == nil {
				t.Errorf("%s: country %s does not resolve", a.ID, a.Country)
			}
			g.Match(Keys(a.NameAr))
		}
	})
}

func TestActorCode(t *testing.T) {
	g := Default()
	tests := []struct{ id, date, want string }{
		{"li_shangfu", "2023-04-16", "CHNMIL"},
		{"putin", "2023-04", "RUSGOV"},
		{"shoigu", "2025", "RUSGOV"},
		{"shoigu", "2020-01-01", "RUSMIL"},
		{"moscow", "2023-04-16", ""}, // a city has no code of its own
		{"no_such_actor", "2023-04-16", ""},
	}
	for _, tt := range tests {
		if got := g.ActorCode(tt.id, tt.date); got != tt.want {
			t.Errorf("ActorCode(%q, %q) = %q, want %q", tt.id, tt.date, got, tt.want)
		}
	}
}

func TestNameOn(t *testing.T) {
	g, err := Load("t.txt", strings.NewReader("hts\torg\tHayat Tahrir al-Sham\n\tar: هيئة تحرير الشام\n"+
		"\tname: 2012-01-23 2016-07-27 Al-Nusra Front ; جبهة النصرة\n\tname: 2016-07-28 2017-01-27 Jabhat Fateh al-Sham ; جبهة فتح الشام\n"))
	if err != nil {
		t.Fatal(err)
	}
	a := g.Get("hts")
	tabletest.Strings(t, "NameOn", func(date string) string {
		n, ar := a.NameOn(date)
		return n + " ; " + ar
	}, tabletest.Rows(t, "testdata/nameon.tsv"))
	if n, hits := g.Match(Keys("جبهة النصرة")); n != 2 || hits[0].Actor != a {
		t.Errorf("Match(جبهة النصرة) = %d, %v: a dated name is a name", n, hits)
	}
}
