package quote

import (
	"strings"
	"testing"

	"rasad/internal/news"
)

// TestAcrossParagraphs checks a quotation that a paragraph leaves open and
// the next continues (the reference article's two quotes of Putin, joined
// as wire copy prints them).
func TestAcrossParagraphs(t *testing.T) {
	text := "وقال بوتين: \"إننا نعمل أيضا بشكل نشط من خلال الإدارات العسكرية.\n" +
		"\"هذا بلا شك مجال مهم آخر يعزز الثقة الحصرية\".\n" +
		"وكررت الصين نفيها إرسال معدات عسكرية إلى روسيا."
	toks, sents := analyse(text)
	ents := []news.Entity{{Name: "Vladimir Putin", Type: news.PER, Country: "RUS", Mentions: every(text, "بوتين")}}
	got := Find(text, toks, sents, ents)
	checkSpans(t, text, got)
	if len(got) != 2 {
		t.Fatalf("Find = %d quotes, want 2:\n%s", len(got), describe(got))
	}
	for i, w := range []string{"إننا نعمل أيضا بشكل نشط من خلال الإدارات العسكرية", "هذا بلا شك مجال مهم آخر"} {
		if !strings.HasPrefix(got[i].Text, w) || got[i].Speaker == nil || got[i].Speaker.Name != "Vladimir Putin" {
			t.Errorf("quote %d = %q by %+v, want %q… by Vladimir Putin", i, got[i].Text, got[i].Speaker, w)
		}
	}
}

// roleBook is a Resolver that knows one office holder.
type roleBook map[string]*news.Entity

func (r roleBook) Resolve(role, country string) *news.Entity { return r[role+"|"+country] }

// TestResolver checks that a described speaker the article does not name is
// resolved through Finder.Resolver, with the role key and country it gets.
func TestResolver(t *testing.T) {
	text := "ونقلت وسائل إعلام صينية رسمية عن وزير دفاعها قوله إن البلاد مستعدة للعمل مع روسيا."
	li := &news.Entity{Name: "Li Shangfu", Type: news.PER, Country: "CHN", Actor: "CHNMIL"}
	toks, sents := analyse(text)
	for _, c := range []struct {
		name string
		f    Finder
		want string
	}{
		{"no resolver", Finder{}, ""},
		{"resolver", Finder{Resolver: roleBook{"وزير دفاع|CHN": li}}, "Li Shangfu"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := c.f.Find(text, toks, sents, nil)
			if len(got) != 1 || got[0].Speaker == nil {
				t.Fatalf("Find = %s, want one quote with a speaker", describe(got))
			}
			sp := got[0].Speaker
			if sp.Name != c.want || sp.Text != "وزير دفاعها" || sp.Country != "CHN" || got[0].Via != "وسائل إعلام صينية رسمية" || got[0].Direct {
				t.Errorf("speaker %+v via %q direct %v, want %q, وزير دفاعها, CHN, via وسائل إعلام صينية رسمية, reported", *sp, got[0].Via, got[0].Direct, c.want)
			}
		})
	}
}

// TestResolverFormer checks that a former office (الرئيس الأميركي الأسبق) is
// not resolved through Finder.Resolver to the holder on the day, while the
// same office without الأسبق is.
func TestResolverFormer(t *testing.T) {
	obama := &news.Entity{Name: "Barack Obama", Type: news.PER, Country: "USA"}
	f := Finder{Resolver: roleBook{"رئيس|USA": obama, "رئيس اسبق|USA": obama}}
	for text, want := range map[string]string{
		"وقال الرئيس الأميركي الأسبق إن العالم تغير كثيرا.": "",
		"وقال الرئيس الأميركي إن العالم تغير كثيرا.":        "Barack Obama",
	} {
		toks, sents := analyse(text)
		got := f.Find(text, toks, sents, nil)
		if len(got) != 1 || got[0].Speaker == nil || got[0].Speaker.Name != want {
			t.Errorf("Find(%q) = %s, want one quote by %q", text, describe(got), want)
		}
	}
}
