package byline

import (
	"testing"

	"rasad/internal/actor"
	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/tabletest"
)

func TestCountry(t *testing.T) {
	tabletest.Strings(t, "Country", func(text string) string {
		toks := arabic.Tokenize(text)
		j := 0
		for j < len(toks) && toks[j].Kind == news.Word {
			j++ // the first token after the name
		}
		return Country(text, toks, j)
	}, tabletest.Rows(t, "testdata/country.tsv"))
}

func TestCredit(t *testing.T) {
	for text, want := range map[string]string{
		"سالم الحربي- سبق- تبوك: أعلنت الوزارة": "سبق SAU",  // dashes on both sides
		"نورة القحطاني – عكاظ: أعلنت الوزارة":   "عكاظ SAU", // a dash and a colon
		"سالم الحربي- تبوك: أعلنت الوزارة":      "",         // a dateline's city, no title
		"- سبق- تبوك: أعلنت الوزارة":            "",         // no reporter's name before the dash
		"سالم الحربي- سبق أعلنت الوزارة":        "",         // no dash nor colon after the title
	} {
		toks := arabic.Tokenize(text)
		got := ""
		for j := range toks {
			if k, c := Credit(text, toks, j); k >= 0 {
				got = toks[k].Text + " " + c
			}
		}
		if got != want {
			t.Errorf("Credit in %q = %q, want %q", text, got, want)
		}
	}
}

func TestReporter(t *testing.T) {
	for text, want := range map[string]string{
		"عنوان الخبر\nسالم الحربي- سبق- تبوك: أعلنت الوزارة":       "سالم الحربي",
		"عنوان الخبر\nنورة سعد القحطاني – عكاظ: أعلنت":             "نورة سعد القحطاني",
		"سالم الحربي- سبق- تبوك: أعلنت الوزارة":                    "سالم الحربي", // the text's first line
		"عنوان الخبر\nسالم- سبق- تبوك: أعلنت":                      "",            // one word: no name
		"عنوان الخبر\nسالم الحربي، فهد العتيبي- سبق- تبوك: أعلنت":  "",            // two reporters
		"عنوان الخبر\nوقال الناطق سالم الحربي- سبق: أعلنت الوزارة": "",            // not the line's start
		"عنوان الخبر\nسالم الحربي- تبوك: أعلنت الوزارة":            "",            // no paper's title
	} {
		toks := arabic.Tokenize(text)
		got := ""
		for j := range toks {
			if i := Reporter(text, toks, j); i >= 0 {
				got = text[toks[i].Start:toks[j-1].End]
			}
		}
		if got != want {
			t.Errorf("Reporter in %q = %q, want %q", text, got, want)
		}
	}
}

func TestDocument(t *testing.T) {
	lx := lexicon.Default()
	tabletest.Strings(t, "Document", func(text string) string {
		return Document(lx, "", text, arabic.Tokenize(text))
	}, tabletest.Rows(t, "testdata/document.tsv"))
	if got := Document(lx, "okaz", "وقال لـ«الأهرام» إن", nil); got != "SAU" {
		t.Errorf("Document(okaz) = %q, want SAU: a source named wins", got)
	}
}

func TestTitle(t *testing.T) {
	lx := lexicon.Default()
	for text, want := range map[string]string{
		"أوقفت صحيفة الوسط المساندة": "الوسط",
		"نشرت جريدة الرياض أمس":      "الرياض",
		"قال لصحيفة الحياة إن":       "الحياة",
		"عبرت قناة السويس":           "", // a canal
		"نشرت صحيفة أمريكية":         "", // no title: indefinite
		"نشرت صحيفة البحرينية":       "", // a nisba
		"نشرت الصحيفة الوسط":         "", // the noun with the article is no construct
		"عبر مجلة الأمن والحياة":     "والحياة",
		"في حديث لجريدة إلكترونية":   "", // an adjective, إلكترونية
	} {
		toks := lexicon.Tokens(text)
		got := ""
		for i := range toks {
			if j := Title(lx, toks, i); j >= 0 {
				got = toks[j].Text
			}
		}
		if got != want {
			t.Errorf("Title in %q = %q, want %q", text, got, want)
		}
	}
}

func TestOutlet(t *testing.T) {
	lx := lexicon.Default()
	for name, want := range map[string]string{"سبق": "SAU", "الوزارة": "", "": ""} {
		if got := Outlet(lx, name); got != want {
			t.Errorf("Outlet(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestDateline(t *testing.T) {
	tabletest.Strings(t, "Dateline", func(text string) string {
		toks := arabic.Tokenize(text)
		wkeys := make([]string, len(toks))
		for i, tok := range toks {
			if tok.Kind == news.Word {
				wkeys[i] = arabic.SearchKey(tok.Norm)
			}
		}
		o, c := Dateline(actor.Default(), lexicon.Default(), text, toks, wkeys)
		return or(o) + " " + or(c)
	}, tabletest.Rows(t, "testdata/dateline.tsv"))
}

func or(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
