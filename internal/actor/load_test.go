package actor

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"
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
	tests := []struct {
		name, data, want string
	}{
		{"unknown key", header + "\tcapitol: yes\n", "t.txt:4: unknown key \"capitol\""},
		{"no colon", header + "\tar روسيا\n", "t.txt:4: want key: value"},
		{"empty value", header + "\tadj:\n", "t.txt:4: empty value for adj"},
		{"empty list item", header + "\tadj: روسي ; ; روسية\n", "t.txt:4: empty item in list"},
		{"bad type", "x\tnation\tX\n\tar: س\n", "t.txt:1: bad TYPE \"nation\""},
		{"two fields", "x\tcountry\n", "t.txt:1: header must be ID<TAB>TYPE<TAB>name, got 2 fields"},
		{"bad id", "Rus\tcountry\tRussia\n", "t.txt:1: bad ID \"Rus\""},
		{"indented first", "\tar: روسيا\n", "t.txt:1: indented line before any record header"},
		{"duplicate id", header + "\nrus\tcity\tRus\n\tar: روس\n\tcountry: RUS\n", "t.txt:5: duplicate ID \"rus\" (first at t.txt:1)"},
		{"single key twice", header + "\tcode: RUS\n", "t.txt:4: code given twice"},
		{"bad code", "x\torg\tX\n\tar: س\n\tcode: igouno\n", "t.txt:3: code: want a CAMEO code"},
		{"bad country form", header + "x\tcity\tX\n\tar: س\n\tcountry: Rus\n", "t.txt:6: country: want an upper-case ISO 3166-1 alpha-3 code"},
		{"unknown country", header + "x\tcity\tX\n\tar: س\n\tcountry: FRA\n", "t.txt:6: x: unknown country FRA"},
		{"country not a country", header + "x\tcity\tX\n\tar: س\n\tcountry: RUS\ny\tcity\tY\n\tar: ص\n\tcountry: XXX\nxxx\torg\tO\n\tar: ع\n", "t.txt:9: y: country XXX is a org, not a country"},
		{"unknown stands_for", header + "k\tplace\tKremlin\n\tar: الكرملين\n\tstands_for: russia\n", "t.txt:6: k: stands_for unknown ID \"russia\""},
		{"capital not city", header + "\tcapital: yes\n", "t.txt:4: capital: only a city can be a capital"},
		{"capital not yes", "x\tcity\tX\n\tar: س\n\tcapital: true\n", "t.txt:3: capital: want yes or no, got \"true\""},
		{"ambiguous not yes", header + "\tambiguous: 1\n", "t.txt:4: ambiguous: want yes or no"},
		{"city without country", header + "x\tcity\tX\n\tar: س\n", "t.txt:4: x: a city needs a country:"},
		{"no names", "x\torg\tX\n\tcode: IGO\n", "t.txt:1: x: no ar: names"},
		{"name without words", "x\torg\tX\n\tar: -\n", "t.txt:1: x: name \"-\" has no words"},
		{"country code missing", "rus\tcountry\tRussia\n\tar: روسيا\n", "t.txt:1: rus: a country needs a code:"},
		{"country other country", "rus\tcountry\tRussia\n\tar: روسيا\n\tcode: RUS\n\tcountry: USA\n", "t.txt:1: rus: a country's country: must be its own ID"},
		{"agent without code", "agent.x\tagent\tX\n\tar: الرئيس\n", "t.txt:1: agent.x: an agent needs a code:"},
		{"role not person", header + "\trole: RUSGOV 2000-01-01 - president\n", "t.txt:4: role: only a person has roles"},
		{"role bad date", "p\tperson\tP\n\tar: ب\n\trole: RUSGOV 2000-13-01 - president\n", "t.txt:3: role: bad date \"2000-13-01\""},
		{"role short date", "p\tperson\tP\n\tar: ب\n\trole: RUSGOV 2000 - president\n", "t.txt:3: role: bad date \"2000\""},
		{"role bad end", "p\tperson\tP\n\tar: ب\n\trole: RUSGOV 2000-01-01 now president\n", "t.txt:3: role: bad date \"now\": want YYYY-MM-DD or -"},
		{"role reversed", "p\tperson\tP\n\tar: ب\n\trole: RUSGOV 2008-05-07 2000-05-07 president\n", "t.txt:3: role: ends 2000-05-07 before it starts 2008-05-07"},
		{"role out of order", "p\tperson\tP\n\tar: ب\n\trole: RUSGOV 2012-05-07 - president\n\trole: RUSGOV 2000-05-07 2008-05-07 president\n", "t.txt:4: role from 2000-05-07 is before the previous role's (2012-05-07)"},
		{"role too short", "p\tperson\tP\n\tar: ب\n\trole: RUSGOV 2000-01-01\n", "t.txt:3: role: want CODE FROM TO DESCRIPTION"},
		{"name without Arabic", "o\torg\tO\n\tar: ب\n\tname: 2012-01-23 2016-07-27 Al-Nusra Front\n", "t.txt:3: name: want FROM TO ENGLISH ; ARABIC"},
		{"name bad date", "o\torg\tO\n\tar: ب\n\tname: 2012-01 2016-07-27 N ; ن\n", "t.txt:3: name: bad date \"2012-01\""},
		{"name reversed", "o\torg\tO\n\tar: ب\n\tname: 2016-07-27 2012-01-23 N ; ن\n", "t.txt:3: name: ends 2012-01-23 before it starts 2016-07-27"},
		{"name out of order", "o\torg\tO\n\tar: ب\n\tname: 2016-07-28 2017-01-27 M ; م\n\tname: 2012-01-23 2016-07-27 N ; ن\n", "t.txt:4: name from 2012-01-23 is before the previous name's (2016-07-28)"},
		{"role bad code", "p\tperson\tP\n\tar: ب\n\trole: rusgov 2000-01-01 - president\n", "t.txt:3: role: bad CAMEO code \"rusgov\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load("t.txt", strings.NewReader(tt.data))
			if err == nil {
				t.Fatalf("Load(%q) = nil error, want %q", tt.data, tt.want)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("Load(%q) error = %q, want prefix %q", tt.data, err, tt.want)
			}
		})
	}
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
	if li.File != "fixture.txt" || li.Line != 32 {
		t.Errorf("li_shangfu at %s:%d, want fixture.txt:32", li.File, li.Line)
	}
	if r := li.Roles[0]; r != (Role{Code: "CHNMIL", From: "2023-03-12", To: "2023-10-24", Description: "defence minister"}) {
		t.Errorf("li_shangfu role = %+v", r)
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
	for _, tt := range []struct{ date, name, nameAr string }{
		{"2015-08-03", "Al-Nusra Front", "جبهة النصرة"},
		{"2016-07-28", "Jabhat Fateh al-Sham", "جبهة فتح الشام"},
		{"2019-01-01", "Hayat Tahrir al-Sham", "هيئة تحرير الشام"},
		{"2010-01-01", "Hayat Tahrir al-Sham", "هيئة تحرير الشام"},
		{"", "Hayat Tahrir al-Sham", "هيئة تحرير الشام"},
	} {
		if n, ar := a.NameOn(tt.date); n != tt.name || ar != tt.nameAr {
			t.Errorf("NameOn(%q) = %q, %q, want %q, %q", tt.date, n, ar, tt.name, tt.nameAr)
		}
	}
	if n, hits := g.Match(Keys("جبهة النصرة")); n != 2 || hits[0].Actor != a {
		t.Errorf("Match(جبهة النصرة) = %d, %v: a dated name is a name", n, hits)
	}
}
