package article_test

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"rasad/internal/article"
	"rasad/internal/tabletest"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		opt       article.Options
		titles    []string
		published []string
		wantErr   string // substring of the error, "" for none
	}{
		{name: "plain text", in: "العنوان\nالسطر الأول\nالسطر الثاني\n", titles: []string{"العنوان"}, published: []string{""}},
		{name: "plain text with date", in: "العنوان\nالنص", opt: article.Options{Published: "2023-04-16"}, titles: []string{"العنوان"}, published: []string{"2023-04-16"}},
		{name: "leading blank lines and CRLF", in: "\r\n\r\nالعنوان\r\nالنص", titles: []string{"العنوان"}, published: []string{""}},
		{name: "byte order mark", in: "\uFEFFالعنوان\nالنص", titles: []string{"العنوان"}, published: []string{""}},
		{name: "json object", in: `{"title":"عنوان","text":"نص","published":"2023-04-16T10:00:00Z","url":"https://x.example/1","source":"رويترز"}`, titles: []string{"عنوان"}, published: []string{"2023-04-16"}},
		{name: "json saudinewsnet fields", in: `[{"title":"أ","content":"نص","date_extracted":"2015-07-21 19:21:12","source":"okaz"}]`, titles: []string{"أ"}, published: []string{"2015-07-21"}},
		{name: "json lines", in: "{\"title\":\"أ\",\"text\":\"نص\"}\n{\"title\":\"ب\",\"text\":\"نص\"}\n", opt: article.Options{Published: "2020-01-02"}, titles: []string{"أ", "ب"}, published: []string{"2020-01-02", "2020-01-02"}},
		{name: "json lines with a bad line", in: "{\"title\":\"أ\",\"text\":\"نص\"}\n{\"title\": oops}\n{\"title\":\"ج\",\"text\":\"نص\"}\n", titles: []string{"أ", "ج"}, published: []string{"", ""}, wantErr: "x:2: bad JSON"},
		{name: "broken json object", in: "{\n \"title\": \"أ\",\n \"text\": \n}", wantErr: "bad JSON at line 4"},
		{name: "json without text", in: `{"url":"https://x.example"}`, wantErr: "no article text"},
		{name: "json bad date", in: `{"title":"أ","text":"ب","published":"yesterday"}`, wantErr: "unreadable date"},
		{name: "empty", in: "", wantErr: "empty input"},
		{name: "only space", in: " \n\t\n", wantErr: "empty input"},
		{name: "binary", in: "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", wantErr: "binary data"},
		{name: "invalid utf-8", in: "عنوان\nنص \xff\xfe جيد", wantErr: "invalid UTF-8 at line 2"},
		{name: "latin-1 text", in: "caf\xe9 na\xefve r\xe9sum\xe9 and more plain ascii text here to make it mostly text", wantErr: "invalid UTF-8 at line 1"},
		{name: "json file larger than one article", in: `[{"title":"أ","text":"ب"},{"title":"ج","text":"د"},{"title":"ه","text":"و"}]`, opt: article.Options{MaxBytes: 30}, titles: []string{"أ", "ج", "ه"}, published: []string{"", "", ""}},
		{name: "json record too large", in: `[{"title":"أ","text":"` + strings.Repeat("ب", 40) + `"},{"title":"ج","text":"د"}]`, opt: article.Options{MaxBytes: 30}, titles: []string{"ج"}, published: []string{""}, wantErr: "x[0]: input too large"},
		{name: "json file over the file limit", in: `[{"title":"أ","text":"ب"},{"title":"ج","text":"د"}]`, opt: article.Options{MaxBytes: 10, MaxFileBytes: 20}, wantErr: "input too large"},
		{name: "too large", in: strings.Repeat("ا", 100), opt: article.Options{MaxBytes: 50}, wantErr: "input too large"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, err := article.Read("x", strings.NewReader(tt.in), tt.opt)
			if tt.wantErr == "" && err != nil {
				t.Fatalf("Read(%q) error %v", tt.in, err)
			}
			if tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("Read(%q) error = %v, want one containing %q", tt.in, err, tt.wantErr)
			}
			if err != nil && !strings.HasPrefix(err.Error(), "x") {
				t.Errorf("error %q does not name the input", err)
			}
			var titles, dates []string
			for _, a := range arts {
				titles = append(titles, a.Title)
				dates = append(dates, a.Published)
			}
			if fmt.Sprint(titles) != fmt.Sprint(tt.titles) || fmt.Sprint(dates) != fmt.Sprint(tt.published) {
				t.Errorf("Read(%q) = titles %q dates %q, want %q %q", tt.in, titles, dates, tt.titles, tt.published)
			}
		})
	}
}

// TestKind checks that an input's kind comes from Options.Kind, else from
// its name's extension, and only else from what its content looks like.
func TestKind(t *testing.T) {
	const obj = `{"title":"عنوان","text":"نص"}`
	tests := []struct {
		name, file, in string
		kind           article.Kind
		title, text    string
		wantErr        string // the error's start, "" for none
	}{
		{name: "a text file that starts with a brace is text", file: "a.txt", in: obj + "\nالنص", title: obj, text: "النص"},
		{name: "a text file in upper case", file: "A.TXT", in: "{عنوان}\nالنص", title: "{عنوان}", text: "النص"},
		{name: "a JSON file", file: "a.json", in: obj, title: "عنوان", text: "نص"},
		{name: "a JSON Lines file", file: "a.jsonl", in: obj + "\n" + obj, title: "عنوان", text: "نص"},
		{name: "a JSON file that is text", file: "a.json", in: "عنوان\nنص", wantErr: "a.json: bad JSON at line 1, column 1"},
		{name: "a malformed JSON file", file: "a.json", in: `{"title": "عنوان",`, wantErr: "a.json: bad JSON at line 1"},
		{name: "an HTML file", file: "a.html", in: "<html><head><title>عنوان</title></head><body><p>نص الخبر</p></body></html>", title: "عنوان", text: "نص الخبر"},
		{name: "no extension: JSON by its content", file: "standard input", in: obj, title: "عنوان", text: "نص"},
		{name: "no extension: text by its content", file: "standard input", in: "عنوان\nنص", title: "عنوان", text: "نص"},
		{name: "an unknown extension: by its content", file: "a.md", in: obj, title: "عنوان", text: "نص"},
		{name: "a URL: by its path, not its query", file: "https://x.example/a.php?f=b.txt", in: obj, title: "عنوان", text: "نص"},
		{name: "a URL of a text file", file: "https://x.example/b.txt?v=2", in: obj, title: obj, text: ""},
		{name: "the kind given wins over the extension", file: "a.json", in: obj, kind: article.KindText, title: obj, text: ""},
		{name: "JSON given, text read", file: "a.txt", in: "عنوان", kind: article.KindJSON, wantErr: "a.txt: bad JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, err := article.Parse(tt.file, []byte(tt.in), article.Options{Kind: tt.kind})
			if tt.wantErr != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tt.wantErr) {
					t.Fatalf("Parse(%q, %q) error %v, want one starting %q", tt.file, tt.in, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse(%q, %q) error %v", tt.file, tt.in, err)
			}
			if len(arts) == 0 || arts[0].Title != tt.title || arts[0].Text != tt.text {
				t.Errorf("Parse(%q, %q) = %+v, want title %q text %q", tt.file, tt.in, arts, tt.title, tt.text)
			}
		})
	}
}

func TestParseKind(t *testing.T) {
	for in, want := range map[string]article.Kind{"text": article.KindText, "TXT": article.KindText, "json": article.KindJSON, "jsonl": article.KindJSON, "html": article.KindHTML} {
		if got, err := article.ParseKind(in); got != want || err != nil {
			t.Errorf("ParseKind(%q) = %q, %v, want %q", in, got, err, want)
		}
	}
	if _, err := article.ParseKind("pdf"); err == nil || !strings.Contains(err.Error(), `"pdf"`) {
		t.Errorf("ParseKind(pdf) error %v, want one naming it", err)
	}
}

func TestErrorsAreSentinels(t *testing.T) {
	_, err := article.Read("f", strings.NewReader(""), article.Options{})
	if !errors.Is(err, article.ErrEmpty) {
		t.Errorf("empty input: error %v is not ErrEmpty", err)
	}
	_, err = article.Read("f", strings.NewReader("\x00\x01"), article.Options{})
	if !errors.Is(err, article.ErrBinary) {
		t.Errorf("binary input: error %v is not ErrBinary", err)
	}
}

func TestMissingFile(t *testing.T) {
	_, err := article.ReadFile("testdata/no-such-file.txt", article.Options{})
	if err == nil || !strings.Contains(err.Error(), "testdata/no-such-file.txt") {
		t.Errorf("ReadFile(missing) error = %v, want one naming the file", err)
	}
	_, err = article.ReadFile("testdata", article.Options{})
	if err == nil || !strings.Contains(err.Error(), "is a directory") {
		t.Errorf("ReadFile(dir) error = %v", err)
	}
}

func TestHTML(t *testing.T) {
	arts, err := article.ReadFile("testdata/page.html", article.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := arts[0]
	if !strings.Contains(a.Title, "الصين وروسيا تعززان التعاون العسكري") {
		t.Errorf("title = %q", a.Title)
	}
	if a.Published != "2023-04-16" {
		t.Errorf("published = %q, want 2023-04-16", a.Published)
	}
	for _, want := range []string{"اجتمع الرئيس الروسي", "\nوقال بوتين", "\nوأضاف أن العلاقات"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("text lacks %q (paragraphs kept apart):\n%s", want, a.Text)
		}
	}
	for _, bad := range []string{"لا تقرأني", "color", "الرئيسية", "إعلان", "<p>"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("text keeps boilerplate %q:\n%s", bad, a.Text)
		}
	}
}

func TestDateline(t *testing.T) {
	tabletest.Strings(t, "Dateline", article.Dateline, tabletest.Rows(t, "testdata/dateline.tsv"))
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"", "{", "[{}]", "<html><p>نص</p>", "عنوان\nنص", "{\"title\":1}", "\xff"} {
		f.Add([]byte(s))
	}
	if b, err := os.ReadFile("testdata/page.html"); err == nil {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		arts, _ := article.Parse("fuzz", data, article.Options{})
		for _, a := range arts {
			if a.Origin == "" {
				t.Errorf("article without origin")
			}
		}
	})
}

func ExampleParse() {
	arts, err := article.Parse("note.txt", []byte("عنوان المقال\nنص المقال."), article.Options{Published: "2023-04-16"})
	if err != nil {
		panic(err)
	}
	fmt.Println(arts[0].Title, "|", arts[0].Text, "|", arts[0].Published)
	// Output: عنوان المقال | نص المقال. | 2023-04-16
}

func TestErrorMessages(t *testing.T) {
	tests := []struct {
		name, in string
		json     bool // read with ParseJSON
		want     string
	}{
		{"Windows-1256 Arabic is not binary", "\xe6\xd2\xed\xd1 \xc7\xe1\xcf\xdd\xc7\xda\n\xc7\xcc\xca\xe3\xda \xc7\xe1\xd1\xc6\xed\xd3", false,
			"x: invalid UTF-8 at line 1 (byte 0 is 0xE6): the text is not UTF-8; convert it to UTF-8"},
		{"control characters are binary", strings.Repeat("ab\x01\x02\x03", 20), false, "x: binary data"},
		{"a bad line of JSON Lines names its column, not line 1", "{\"title\":\"أ\",\"text\":\"نص\"}\n{\"title\": oops}\n", false,
			"x:2: bad JSON at column 11: invalid character 'o' looking for beginning of value"},
		{"a broken object names line and column", "{\n \"title\": \"أ\",\n \"text\": \n}", false,
			"x: bad JSON at line 4, column 1: invalid character '}' looking for beginning of value"},
		{"a field of the wrong type", `{"title": 7, "text": "نص"}`, false, `x: not an article: its field "title" is a JSON number, not a string`},
		{"an array of numbers", `[1, 2]`, false, `x: not an article: a JSON number, not an object`},
		{"a JSON number", `42`, true, `x: not an article: a JSON number, not an object`},
		{"a JSON number read as any input", ` 42 `, false, `x: not an article: a JSON number, not an object`},
		{"JSON true read as any input", `true`, false, `x: not an article: a JSON bool, not an object`},
		{"a JSON string", `"خبر"`, true, `x: not an article: a JSON string, not an object`},
		{"JSON null", `null`, true, `x: not an article: JSON null`},
		{"not JSON at all", `خبر`, true, `x: bad JSON at line 1, column 1: invalid character`},
		{"too large states the limit", strings.Repeat("ا", 100), false, "x: input too large (200 bytes, over the limit of 50)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			read := article.Parse
			if tt.json {
				read = article.ParseJSON
			}
			_, err := read("x", []byte(tt.in), article.Options{MaxBytes: 50})
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error %v, want one starting %q", err, tt.want)
			}
		})
	}
}

func TestBlankItems(t *testing.T) {
	for _, in := range []string{
		"{\"title\":\"أ\",\"text\":\"نص\"}\n{}\n{\"title\":\" \",\"text\":\"\"}\n",
		`[{"title":"أ","text":"نص"}, {"text": "  "}, {}]`,
	} {
		var blank []string
		arts, err := article.Parse("x", []byte(in), article.Options{Blank: func(o string) { blank = append(blank, o) }})
		if err != nil || len(arts) != 1 || len(blank) != 2 {
			t.Errorf("Parse(%q): %d articles, blank %q, error %v; want 1 article, 2 blank items, no error", in, len(arts), blank, err)
		}
	}
}
