package actor

import (
	"io/fs"
	"runtime"
	"strings"
	"testing"
)

// hitString renders hits as "id" or "id/adj", space-separated.
func hitString(hits []Hit) string {
	var s []string
	for _, h := range hits {
		if h.Adjective {
			s = append(s, h.Actor.ID+"/adj")
		} else {
			s = append(s, h.Actor.ID)
		}
	}
	return strings.Join(s, " ")
}

func TestMatch(t *testing.T) {
	g := loadFixture(t)
	tests := []struct {
		name, text string
		wantN      int
		wantHits   string
		standsFor  string
	}{
		{"capital", "بكين تعلن", 1, "beijing", "chn"},
		{"capital variant", "بيجين", 1, "beijing", "chn"},
		{"landmark stands for", "الكرملين يرد", 1, "kremlin", "rus"},
		{"adjective", "الروسية", 1, "rus/adj", "rus"},
		{"adjective plural", "الروس", 1, "rus/adj", "rus"},
		{"normalised hamza and teh marbuta", "الامريكيه", 1, "usa/adj", "usa"},
		{"longest match", "الولايات المتحدة الأمريكية اليوم", 3, "usa", "usa"},
		{"longest match with hamza variant", "الولايات المتحدة الأميركية", 3, "usa", "usa"},
		{"shorter phrase when the longer stops", "الولايات المتحدة والصين", 2, "usa", "usa"},
		{"prefix of a phrase is no match", "الولايات", 0, "", ""},
		{"country", "الصين", 1, "chn", "chn"},
		{"person full name", "لي شانغفو قال", 2, "li_shangfu", "li_shangfu"},
		{"person split spelling", "لي شانغ فو", 3, "li_shangfu", "li_shangfu"},
		{"harakat ignored", "مُوسْكُو", 1, "moscow", "rus"},
		{"agents are not names", "الرئيس", 0, "", ""},
		{"no match", "قال", 0, "", ""},
		{"empty", "", 0, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, hits := g.Match(Keys(tt.text))
			if n != tt.wantN || hitString(hits) != tt.wantHits {
				t.Fatalf("Match(%q) = %d, %q; want %d, %q", tt.text, n, hitString(hits), tt.wantN, tt.wantHits)
			}
			if n > 0 {
				if got := g.StandsFor(hits[0].Actor); got == nil || got.ID != tt.standsFor {
					t.Errorf("StandsFor(%s) = %v, want %s", hits[0].Actor.ID, got, tt.standsFor)
				}
			}
		})
	}
}

func TestMatchAgent(t *testing.T) {
	g := loadFixture(t)
	tests := []struct {
		text     string
		wantN    int
		wantHits string
	}{
		{"وزير الدفاع الصيني", 2, "agent.defence_minister"},
		{"الرئيس الروسي", 1, "agent.president"},
		{"وزير الخارجية", 0, ""},
		{"بكين", 0, ""},
	}
	for _, tt := range tests {
		n, hits := g.MatchAgent(Keys(tt.text))
		if n != tt.wantN || hitString(hits) != tt.wantHits {
			t.Errorf("MatchAgent(%q) = %d, %q; want %d, %q", tt.text, n, hitString(hits), tt.wantN, tt.wantHits)
		}
	}
}

func TestMatchOrder(t *testing.T) {
	data := header + `tripoli_lby	city	Tripoli
	ar: طرابلس
	country: RUS
	ambiguous: yes
zz	country	Zz
	ar: طرابلس
	code: ZZZ
`
	g, err := Load("t.txt", strings.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	// The country, not marked ambiguous, comes before the ambiguous city.
	if _, hits := g.Match(Keys("طرابلس")); hitString(hits) != "zz tripoli_lby" {
		t.Errorf("Match(طرابلس) hits = %q, want %q", hitString(hits), "zz tripoli_lby")
	}
}

func BenchmarkMatch(b *testing.B) {
	g := Default()
	text := "قال وزير الدفاع الصيني لي شانغفو في بكين إن الصين وروسيا ستعززان التعاون العسكري مع الولايات المتحدة الأمريكية والاتحاد الأوروبي بينما رد الكرملين على البيت الأبيض"
	keys := Keys(text)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j := range keys {
			g.Match(keys[j:])
		}
	}
	b.ReportMetric(float64(b.N*len(keys))/b.Elapsed().Seconds(), "lookups/s")
}

// BenchmarkLoad loads the embedded data as Default does and reports the
// heap the gazetteer keeps.
func BenchmarkLoad(b *testing.B) {
	sub, err := fs.Sub(dataFS, "data")
	if err != nil {
		b.Fatal(err)
	}
	var before, after runtime.MemStats
	var g *Gazetteer
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		g = nil
		runtime.GC()
		runtime.ReadMemStats(&before)
		b.StartTimer()
		if g, err = LoadFS(sub); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "heap-MB")
	b.ReportMetric(float64(g.Len()), "actors")
}
