package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"rasad/internal/news"
)

// writeCorpus writes dir/day.zip holding day.json, a JSON array of recs.
func writeCorpus(t *testing.T, dir, day string, recs []map[string]string) {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create(day + ".json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.NewEncoder(w).Encode(recs); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, day+".zip"), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func body(n int, terms ...string) string {
	s := strings.Join(terms, " ") + " "
	return s + strings.Repeat("ب", n-len([]rune(s)))
}

func TestInPopulation(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		want bool
	}{
		{"two terms", body(900, "روسيا", "مصر"), true},
		{"two-word term", body(900, "الولايات المتحدة", "قطر"), true},
		{"one term twice", body(900, "روسيا", "روسيا"), false},
		{"too short", body(799, "روسيا", "مصر"), false},
		{"shortest", body(800, "روسيا", "مصر"), true},
		{"longest", body(5000, "روسيا", "مصر"), true},
		{"too long", body(5001, "روسيا", "مصر"), false},
	} {
		if got := InPopulation(tc.text); got != tc.want {
			t.Errorf("%s: InPopulation = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestDraw(t *testing.T) {
	a, b := Draw(7, 100, 10), Draw(7, 100, 10)
	if !reflect.DeepEqual(a, b) {
		t.Errorf("same seed, different draws: %v %v", a, b)
	}
	if reflect.DeepEqual(a, Draw(8, 100, 10)) {
		t.Errorf("seeds 7 and 8 drew the same: %v", a)
	}
	seen := map[int]bool{}
	for _, i := range a {
		if i < 0 || i >= 100 || seen[i] {
			t.Fatalf("draw %v: %d out of range or repeated", a, i)
		}
		seen[i] = true
	}
	if got := Draw(7, 3, 10); len(got) != 3 {
		t.Errorf("drawing 10 of 3 gave %v, want all 3", got)
	}
}

func TestPopulationAndSample(t *testing.T) {
	dir := t.TempDir()
	recs := []map[string]string{
		{"title": "أ", "content": body(900, "روسيا", "مصر"), "source": "okaz", "date_extracted": "2015-07-21 10:00:00"},
		{"title": "ب", "content": body(900, "روسيا"), "source": "okaz", "date_extracted": "2015-07-21 10:00:00"},
		{"title": "", "content": "", "source": "okaz"},
		{"title": "ج", "content": body(1200, "اليمن", "الحوثي"), "source": "alriyadh", "date_extracted": "2015-07-21 11:00:00"},
		{"title": "د", "content": body(2000, "سوريا", "تركيا"), "source": "aawsat", "date_extracted": "2015-07-21 12:00:00"},
	}
	writeCorpus(t, dir, "2015-07-21", recs)
	excl := filepath.Join(dir, "prev.json")
	if err := os.WriteFile(excl, []byte(`[{"name":"b01","zip":"2015-07-21.zip","inner":"2015-07-21.json","index":4}]`), 0o644); err != nil {
		t.Fatal(err)
	}
	devDir := filepath.Join(dir, "dev")
	if err := os.Mkdir(devDir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(devDir, "d01.expected.json"), []byte(`{"article":{"zip":"2015-07-21.zip","inner":"2015-07-21.json","index":0}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	ex := map[string]bool{}
	if err := ReadExclusions(excl, ex); err != nil {
		t.Fatal(err)
	}
	pop, err := Population(dir, ex)
	if err != nil {
		t.Fatal(err)
	}
	if got := indexes(pop); !reflect.DeepEqual(got, []int{0, 3}) {
		t.Errorf("population after the articles.json exclusion: indexes %v, want [0 3]", got)
	}
	if err := ReadExclusionDir(devDir, ex); err != nil {
		t.Fatal(err)
	}
	if pop, err = Population(dir, ex); err != nil {
		t.Fatal(err)
	}
	if got := indexes(pop); !reflect.DeepEqual(got, []int{3}) {
		t.Fatalf("population after both exclusions: indexes %v, want [3]", got)
	}
	_, drawn := Sample(pop, 1, 5, "c")
	want := []Drawn{{Name: "c01", Zip: "2015-07-21.zip", Inner: "2015-07-21.json", Index: 3, Source: "alriyadh", Published: "2015-07-21", Title: "ج"}}
	if !reflect.DeepEqual(drawn, want) {
		t.Errorf("sample = %+v, want %+v", drawn, want)
	}
	if _, err := Population(filepath.Join(dir, "dev"), nil); err == nil {
		t.Error("a folder without archives gave no error")
	}
	if err := ReadExclusionDir(dir, map[string]bool{}); err == nil {
		t.Error("a gold folder whose file has no article gave no error")
	}
}

func indexes(cs []Candidate) []int {
	var out []int
	for _, c := range cs {
		out = append(out, c.Index)
	}
	return out
}

func TestItems(t *testing.T) {
	long := strings.Repeat("ت", 250)
	docs := []news.Document{
		{Events: []news.Event{
			{Code: "042", Label: "Make a visit", Polarity: news.Asserted, Text: "زار",
				Source: news.Party{Name: "Adel al-Jubeir", Country: "SAU", Actor: "SAUGOV"},
				Target: &news.Party{Name: "Egypt", Country: "EGY", Actor: "EGY"}},
			{Code: "190", Polarity: news.Negated, Text: "لم يهاجم"},
		}, Quotes: []news.Quote{{Text: "نص\tمقتبس", Direct: true, Speaker: &news.Speaker{Name: "Adel al-Jubeir", Country: "SAU", Text: "الجبير"}}}},
		{Events: []news.Event{{Code: "010", Polarity: news.Asserted, Text: long}},
			Entities: []news.Entity{{Name: "Egypt", Type: "LOC", Country: "EGY", Actor: "EGY",
				Mentions: []news.Mention{{Text: "مصر"}, {Text: "مصر"}, {Text: "المصرية"}}}}},
	}
	items := Items([]string{"c01", "c02"}, docs, 3, 80, 40, 40)
	var kinds []string
	for _, it := range items {
		kinds = append(kinds, it.ID+":"+it.Article+":"+it.Kind)
	}
	if len(items) != 4 {
		t.Fatalf("items %v: want 2 asserted events, 1 quote, 1 entity", kinds)
	}
	var buf bytes.Buffer
	if err := WriteItems(&buf, items); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if lines[0] != strings.Join(Columns, "\t") {
		t.Errorf("header %q", lines[0])
	}
	byID := map[string][]string{}
	for _, l := range lines[1:] {
		cells := strings.Split(l, "\t")
		if len(cells) != len(Columns) {
			t.Fatalf("row %q has %d cells, want %d", l, len(cells), len(Columns))
		}
		byID[cells[0]+cells[2]] = cells
	}
	visit := findRow(t, byID, "c01", "event")
	if visit[4] != "042 Make a visit" || visit[5] != "Adel al-Jubeir|SAU|SAUGOV" || visit[6] != "Egypt|EGY|EGY" {
		t.Errorf("event row %q", visit)
	}
	if cut := findRow(t, byID, "c02", "event"); []rune(cut[13])[TextLimit] != '…' || len([]rune(cut[13])) != TextLimit+1 {
		t.Errorf("a long sentence is not cut at %d characters: %d", TextLimit, len([]rune(cut[13])))
	}
	if q := findRow(t, byID, "c01", "quote"); q[4] != "direct" || q[5] != "Adel al-Jubeir|SAU|الجبير|via=" || q[13] != "نص مقتبس" {
		t.Errorf("quote row %q", q)
	}
	if n := findRow(t, byID, "c02", "entity"); n[4] != "LOC" || n[6] != "EGY|EGY" || n[13] != "مصر / المصرية" {
		t.Errorf("entity row %q", n)
	}
}

func findRow(t *testing.T, rows map[string][]string, article, kind string) []string {
	t.Helper()
	for _, r := range rows {
		if r[2] == article && r[1] == kind {
			return r
		}
	}
	t.Fatalf("no %s row of %s", kind, article)
	return nil
}
