package feed

import (
	"bytes"
	"fmt"
	"mime"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"

	"rasad/internal/arabic"
	"rasad/internal/when"
)

// Item is one entry of a feed, read.
type Item struct {
	GUID  string
	Link  string
	Title string
	// Published is YYYY-MM-DD, "" when the feed gave no readable date.
	Published string
	Summary   string // the entry's content, else its description, as text
}

// Parsed is a feed document, read.
type Parsed struct {
	Title   string
	Charset string // the charset it was read in
	Items   []Item
}

// Parse reads an RSS, Atom, RDF or JSON feed; contentType is the HTTP
// header's, "" when unknown. The charset is the header's, else the XML
// declaration's, else detected. now bounds the dates: a date more than a
// day after it is no date.
func Parse(data []byte, contentType string, now time.Time) (*Parsed, error) {
	utf8Data, cs, err := toUTF8(data, contentType)
	if err != nil {
		return nil, err
	}
	f, err := gofeed.NewParser().Parse(bytes.NewReader(utf8Data))
	if err != nil {
		return nil, fmt.Errorf("parse feed (%s): %w", cs, err)
	}
	p := &Parsed{Title: oneLine(f.Title), Charset: cs}
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		item := Item{GUID: strings.TrimSpace(it.GUID), Link: strings.TrimSpace(it.Link), Title: oneLine(htmlText(it.Title))}
		if item.Link == "" && len(it.Links) > 0 {
			item.Link = strings.TrimSpace(it.Links[0])
		}
		item.Summary = htmlText(it.Content)
		if item.Summary == "" {
			item.Summary = htmlText(it.Description)
		}
		item.Published = itemDate(it, now)
		p.Items = append(p.Items, item)
	}
	return p, nil
}

// itemDate is the publication day of an item: the parser's reading of its
// published or updated date, else Rasad's reading of the text of either
// (Arabic month names and digits), else "".
func itemDate(it *gofeed.Item, now time.Time) string {
	latest := now.Add(24 * time.Hour)
	for _, t := range []*time.Time{it.PublishedParsed, it.UpdatedParsed} {
		if t != nil && !t.IsZero() && t.Year() >= 1990 && t.Before(latest) {
			return t.UTC().Format(time.DateOnly)
		}
	}
	for _, s := range []string{it.Published, it.Updated} {
		if d := ParseDate(s); d != "" && d <= latest.Format(time.DateOnly) {
			return d
		}
	}
	return ""
}

// ParseDate reads a date as feeds write it in Arabic or any other way the
// analyser of dates knows (الأحد، ١٦ نيسان ٢٠٢٣ - ١٠:٣٠ ص, 16 أبريل 2023,
// 2023/04/16) and returns YYYY-MM-DD, or "" when it names no whole day.
func ParseDate(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r >= '٠' && r <= '٩':
			return '0' + r - '٠'
		case r >= '۰' && r <= '۹':
			return '0' + r - '۰'
		case r == '،' || r == ',':
			return ' '
		}
		return r
	}, s)
	if t, err := time.Parse(time.RFC3339, strings.TrimSpace(s)); err == nil {
		return t.UTC().Format(time.DateOnly)
	}
	s = clockTime.ReplaceAllString(s, " ")
	for _, d := range when.Find(s, arabic.Tokenize(s), "") {
		if len(d.Value) == len("2006-01-02") {
			return d.Value
		}
	}
	return ""
}

// clockTime is a time of day, with the dash before it and the AM/PM
// after it: the day is all ParseDate reads.
var clockTime = regexp.MustCompile(`\s*[-–]?\s*\b\d{1,2}:\d{2}(:\d{2})?(\s*(ص|م|[AaPp]\.?[Mm]\.?)(\s|$))?`)

// encodingDecl is the encoding of an XML declaration.
var encodingDecl = regexp.MustCompile(`^(\s*<\?xml[^>]*?encoding\s*=\s*["'])([A-Za-z0-9._:-]+)(["'])`)

// toUTF8 decodes a feed document to UTF-8, with its XML declaration saying
// so, and returns the name of the charset it was in.
func toUTF8(data []byte, contentType string) ([]byte, string, error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	label := ""
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		label = params["charset"]
	}
	if label == "" {
		if m := encodingDecl.FindSubmatch(data[:min(len(data), 512)]); m != nil {
			label = string(m[2])
		}
	}
	if label == "" && !utf8.Valid(data) {
		label = detectArabic(data)
	}
	if label == "" {
		label = "utf-8"
	}
	enc, name := charset.Lookup(label)
	if enc == nil {
		return nil, "", fmt.Errorf("unknown charset %q", label)
	}
	if name != "utf-8" {
		out, _, err := transform.Bytes(enc.NewDecoder(), data)
		if err != nil {
			return nil, "", fmt.Errorf("decode %s: %w", name, err)
		}
		data = out
	}
	data = encodingDecl.ReplaceAll(data, []byte("${1}utf-8${3}"))
	return data, name, nil
}

// detectArabic names the single-byte Arabic charset that data, not UTF-8,
// is likelier in. windows-1256 writes the common letters ف ق ك at
// 0xDD–0xDF and has letters at 0x80–0x9F, where ISO-8859-6 has none; ISO
// writes ف to ي at 0xE1–0xEA. windows-1256, by far the more common, wins
// when neither shows.
func detectArabic(data []byte) string {
	iso := false
	for _, b := range data {
		switch {
		case b >= 0x80 && b <= 0x9F, b >= 0xDB && b <= 0xDF:
			return "windows-1256"
		case b >= 0xE1 && b <= 0xEA:
			iso = true
		}
	}
	if iso {
		return "iso-8859-6"
	}
	return "windows-1256"
}

// htmlText is the text of an HTML fragment, a line per block.
func htmlText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return cleanText(s)
	}
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return cleanText(b.String())
		case html.TextToken:
			b.Write(z.Text())
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "p", "br", "div", "li", "h1", "h2", "h3", "h4", "tr", "blockquote":
				b.WriteByte('\n')
			case "script", "style":
				if tt == html.StartTagToken {
					z.Next() // their text is not the article's
				}
			}
		}
	}
}

// cleanText trims each line, collapses its spaces and drops empty lines.
func cleanText(s string) string {
	var out []string
	for line := range strings.SplitSeq(s, "\n") {
		if f := strings.Fields(line); len(f) > 0 {
			out = append(out, strings.Join(f, " "))
		}
	}
	return strings.Join(out, "\n")
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// pageReader decodes an HTML page to UTF-8: in the charset of the header,
// else of the page's meta, else UTF-8 when it is valid, else the Arabic
// charset detectArabic names.
func pageReader(body []byte, contentType string) ([]byte, error) {
	enc, name, certain := charset.DetermineEncoding(body, contentType)
	if !certain && name != "utf-8" {
		if utf8.Valid(body) {
			return body, nil
		}
		enc, name = charset.Lookup(detectArabic(body))
	}
	if name == "utf-8" {
		return bytes.ToValidUTF8(body, []byte("\uFFFD")), nil
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), body)
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w", name, err)
	}
	return out, nil
}
