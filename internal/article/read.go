package article

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/text/unicode/norm"

	"rasad/internal/news"
)

// DefaultMaxBytes is the largest article read unless Options say otherwise.
const DefaultMaxBytes = 10 << 20

// DefaultMaxFileBytes is the largest file of many articles (a JSON array or
// JSON Lines export) read unless Options say otherwise.
const DefaultMaxFileBytes = 1 << 30

// Errors that callers may branch on; each is wrapped with the input's name.
var (
	ErrEmpty       = errors.New("empty input")
	ErrBinary      = errors.New("binary data (an image, an archive, a document?), not text")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrTooLarge    = errors.New("input too large")
	ErrNoText      = errors.New("no article text")
)

// Options control reading.
type Options struct {
	// MaxBytes is the largest article accepted: a text or HTML file, or
	// one record of a JSON file; 0 means DefaultMaxBytes.
	MaxBytes int64
	// MaxFileBytes is the largest JSON or JSON Lines file of many articles;
	// 0 means DefaultMaxFileBytes.
	MaxFileBytes int64
	// Published is the date (YYYY-MM-DD) given to articles that carry none.
	Published string
	// Blank, when set, is told the origin of each item of a data set (a
	// JSON array or JSON Lines) that has neither a title nor a text: such
	// items are skipped, and are not errors.
	Blank func(origin string)
	// Kind is what the input is: KindText, KindJSON or KindHTML, or ""
	// for the kind its name's extension says (KindOf), and where the name
	// has none that is known (standard input, a URL), the kind its content
	// looks like.
	Kind Kind
}

// Kind is the kind of an input: plain text, JSON (an object, an array of
// objects or JSON Lines) or an HTML page.
type Kind string

// The kinds of input.
const (
	KindText Kind = "text"
	KindJSON Kind = "json"
	KindHTML Kind = "html"
)

// ParseKind reads a kind as a user names it ("text", "txt", "json",
// "jsonl", "html").
func ParseKind(s string) (Kind, error) {
	switch strings.ToLower(s) {
	case "text", "txt":
		return KindText, nil
	case "json", "jsonl", "ndjson":
		return KindJSON, nil
	case "html", "htm":
		return KindHTML, nil
	}
	return "", fmt.Errorf("unknown kind of input %q: want text, json or html", s)
}

// KindOf is the kind of input a file's name says by its extension (.txt;
// .json, .jsonl, .ndjson; .html, .htm, in any case), or "" for another
// extension or none. Of a URL, the extension of its path counts, not of
// its query (https://x.example/a.html?id=1.txt is HTML).
func KindOf(name string) Kind {
	if strings.Contains(name, "://") {
		if u, err := url.Parse(name); err == nil {
			name = u.Path
		}
	}
	ext := path.Ext(name)
	if ext == "" {
		return ""
	}
	k, err := ParseKind(ext[1:])
	if err != nil {
		return ""
	}
	return k
}

// blank reports a blank item to o.Blank.
func (o Options) blank(origin string) {
	if o.Blank != nil {
		o.Blank(origin)
	}
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

// MaxInput is the most bytes an input may have: a file of many articles.
func (o Options) MaxInput() int64 {
	if o.MaxFileBytes > 0 {
		return max(o.MaxFileBytes, o.maxBytes())
	}
	return max(DefaultMaxFileBytes, o.maxBytes())
}

func tooLarge(name string, n, limit int64) error {
	return fmt.Errorf("%s: %w (%d bytes, over the limit of %d)", name, ErrTooLarge, n, limit)
}

// ReadFile reads the articles of one file.
func ReadFile(path string, opt Options) ([]news.Article, error) {
	f, err := os.Open(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("%s: %w", path, pe.Err)
		}
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return nil, fmt.Errorf("%s: is a directory, not a file (rasad ingest reads directories)", path)
	}
	return Read(path, f, opt)
}

// Read reads the articles of one input; name says where it comes from in
// errors and in Article.Origin.
func Read(name string, r io.Reader, opt Options) ([]news.Article, error) {
	limit := opt.MaxInput()
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(name, int64(len(data)), limit)
	}
	return Parse(name, data, opt)
}

// Parse reads the articles held in data, of the kind opt.Kind says, or its
// name's extension (a .txt file that starts with «{» is text), or else its
// content looks like. When some records of a JSON Lines input are bad, it
// returns the good ones together with an error that names each bad line.
func Parse(name string, data []byte, opt Options) ([]news.Article, error) {
	if err := checkText(data); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		return nil, fmt.Errorf("%s: %w", name, ErrEmpty)
	}
	kind := opt.Kind
	if kind == "" {
		kind = KindOf(name)
	}
	if kind == "" || kind == KindJSON {
		if err := notAnArticle(trimmed); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	if kind == KindJSON && trimmed[0] != '{' && trimmed[0] != '[' {
		var r record
		return nil, fmt.Errorf("%s: %w", name, jsonError(trimmed, json.Unmarshal(trimmed, &r)))
	}
	if kind == "" {
		switch {
		case trimmed[0] == '{' || trimmed[0] == '[':
			kind = KindJSON
		case looksLikeHTML(trimmed):
			kind = KindHTML
		default:
			kind = KindText
		}
	}
	var arts []news.Article
	var err error
	if n := int64(len(data)); kind != KindJSON && n > opt.maxBytes() || n > opt.MaxInput() {
		return nil, tooLarge(name, n, opt.maxBytes())
	}
	switch kind {
	case KindJSON:
		arts, err = parseJSON(name, trimmed, opt)
	case KindHTML:
		var a news.Article
		a, err = parseHTML(name, trimmed, opt)
		if err == nil {
			arts = []news.Article{a}
		}
	default:
		arts = []news.Article{parseText(name, string(data), opt)}
	}
	return arts, err
}

// ParseJSON is Parse for data that must be JSON, such as a request sent
// as application/json: an object, an array of objects or JSON Lines; text
// that is not JSON is an error that says where its syntax breaks.
func ParseJSON(name string, data []byte, opt Options) ([]news.Article, error) {
	opt.Kind = KindJSON
	return Parse(name, data, opt)
}

// notAnArticle rejects a bare JSON value other than an object or an array
// (42, "text", true, null): whatever the input claims to be, it holds no
// article.
func notAnArticle(trimmed []byte) error {
	if trimmed[0] == '{' || trimmed[0] == '[' || !json.Valid(trimmed) {
		return nil
	}
	var r record
	if err := json.Unmarshal(trimmed, &r); err != nil {
		return jsonValueError(err)
	}
	return errors.New("not an article: JSON null, not an object {\"title\": …, \"text\": …}")
}

// checkText rejects what is not UTF-8 text, saying where it goes wrong.
// Binary data has NUL bytes or many control characters near the start;
// text in another encoding (Windows-1256, ISO-8859-6, Latin-1) is invalid
// UTF-8, however many of its bytes are.
func checkText(data []byte) error {
	if len(data) == 0 {
		return ErrEmpty
	}
	head := data[:min(len(data), 8192)]
	controls := 0
	for _, b := range head {
		switch {
		case b == 0:
			return ErrBinary
		case b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v' || b == 0x7f:
			controls++
		}
	}
	if controls*100 > len(head) {
		return ErrBinary
	}
	if utf8.Valid(data) {
		return nil
	}
	off := 0
	for off < len(data) {
		r, n := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && n == 1 {
			break
		}
		off += n
	}
	line := bytes.Count(data[:off], []byte("\n")) + 1
	return fmt.Errorf("%w at line %d (byte %d is 0x%02X): the text is not UTF-8; convert it to UTF-8 (from Windows-1256, say: iconv -f CP1256 -t UTF-8)", ErrInvalidUTF8, line, off, data[off])
}

func looksLikeHTML(b []byte) bool {
	if b[0] != '<' {
		return false
	}
	head := bytes.ToLower(b[:min(len(b), 4096)])
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<article", "<p", "<div", "<meta", "<title"} {
		if bytes.Contains(head, []byte(tag)) {
			return true
		}
	}
	return false
}

// parseText reads plain text: the first non-empty line is the title.
func parseText(name, s string, opt Options) news.Article {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.TrimLeft(s, " \t\r\n")
	title, body, _ := strings.Cut(s, "\n")
	return news.Article{
		Title:     strings.TrimSpace(title),
		Text:      strings.TrimSpace(body),
		Published: opt.Published,
		Origin:    name,
	}
}

// record is the JSON form of an article, with the field names of common
// exports accepted beside Rasad's own.
type record struct {
	Title         string `json:"title"`
	Text          string `json:"text"`
	Content       string `json:"content"`
	Body          string `json:"body"`
	Published     string `json:"published"`
	Date          string `json:"date"`
	DateExtracted string `json:"date_extracted"`
	URL           string `json:"url"`
	Link          string `json:"link"`
	Source        string `json:"source"`
}

func (r record) article(origin string, opt Options) (news.Article, error) {
	a := news.Article{
		Title:  strings.TrimSpace(r.Title),
		Text:   strings.TrimSpace(strings.ReplaceAll(firstOf(r.Text, r.Content, r.Body), "\r\n", "\n")),
		URL:    strings.TrimSpace(firstOf(r.URL, r.Link)),
		Source: strings.TrimSpace(r.Source),
		Origin: origin,
	}
	if a.Title == "" && a.Text == "" {
		return a, ErrNoText
	}
	if n := int64(len(a.Title) + len(a.Text)); n > opt.maxBytes() {
		return a, fmt.Errorf("%w (%d bytes, over the limit of %d)", ErrTooLarge, n, opt.maxBytes())
	}
	if !utf8.ValidString(a.Title) || !utf8.ValidString(a.Text) {
		return a, fmt.Errorf("%w in the title or the text", ErrInvalidUTF8)
	}
	if d := firstOf(r.Published, r.Date, r.DateExtracted); d != "" {
		day, err := ParseDate(d)
		if err != nil {
			return a, err
		}
		a.Published = day
	} else {
		a.Published = opt.Published
	}
	return a, nil
}

func firstOf(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return x
		}
	}
	return ""
}

// parseJSON reads one object, an array of objects, or JSON Lines.
func parseJSON(name string, data []byte, opt Options) ([]news.Article, error) {
	if data[0] == '[' {
		var recs []record
		if err := json.Unmarshal(data, &recs); err != nil {
			return nil, fmt.Errorf("%s: %w", name, jsonError(data, err))
		}
		set := dataSet{opt: opt}
		for i, r := range recs {
			set.add(fmt.Sprintf("%s[%d]", name, i), r, nil)
		}
		return set.arts, errors.Join(set.errs...)
	}
	var one record
	err := json.Unmarshal(data, &one)
	if err == nil {
		a, err := one.article(name, opt)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		return []news.Article{a}, nil
	}
	if first, _, _ := bytes.Cut(data, []byte("\n")); json.Valid(data) || !json.Valid(bytes.TrimSpace(first)) {
		// Not JSON Lines: one object that is broken or not an article.
		return nil, fmt.Errorf("%s: %w", name, jsonError(data, err))
	}
	// JSON Lines: one object a line; a bad line is reported and skipped.
	set := dataSet{opt: opt}
	for i, line := range bytes.Split(data, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		var r record
		err := json.Unmarshal(line, &r)
		if err != nil {
			err = jsonLineError(line, err)
		}
		set.add(fmt.Sprintf("%s:%d", name, i+1), r, err)
	}
	return set.arts, errors.Join(set.errs...)
}

// dataSet gathers the articles of a data set (a JSON array or JSON
// Lines) item by item: the good ones, an error for each bad one, and
// the blank ones told to opt.Blank.
type dataSet struct {
	opt  Options
	arts []news.Article
	errs []error
}

// add adds the item at origin, r as read, or err when it could not be.
func (s *dataSet) add(origin string, r record, err error) {
	if err == nil {
		var a news.Article
		if a, err = r.article(origin, s.opt); err == nil {
			s.arts = append(s.arts, a)
			return
		}
		if errors.Is(err, ErrNoText) {
			s.opt.blank(origin)
			return
		}
	}
	s.errs = append(s.errs, fmt.Errorf("%s: %w", origin, err))
}

// jsonError says what is wrong with JSON data: where its syntax breaks
// (line and column), or which value is not what an article has.
func jsonError(data []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		at := data[:min(int(se.Offset), len(data))]
		line := bytes.Count(at, []byte("\n")) + 1
		col := utf8.RuneCount(at[bytes.LastIndexByte(at, '\n')+1:])
		return fmt.Errorf("bad JSON at line %d, column %d: %s", line, col, se.Error())
	}
	return jsonValueError(err)
}

// jsonLineError is jsonError for one line of JSON Lines, whose line the
// caller names.
func jsonLineError(line []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		col := utf8.RuneCount(line[:min(int(se.Offset), len(line))])
		return fmt.Errorf("bad JSON at column %d: %s", col, se.Error())
	}
	return jsonValueError(err)
}

// jsonValueError words the error of a JSON value that is not an article:
// a number, a string or an array where an object is wanted, or a field of
// the wrong type.
func jsonValueError(err error) error {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		if te.Field != "" {
			return fmt.Errorf("not an article: its field %q is a JSON %s, not a string", te.Field, te.Value)
		}
		return fmt.Errorf("not an article: a JSON %s, not an object {\"title\": …, \"text\": …}", te.Value)
	}
	return fmt.Errorf("bad JSON: %w", err)
}

// ParseDate reads the date forms of feeds and exports (2023-04-16,
// 2023-04-16T10:00:00Z, 2015-07-21 19:21:12, RFC 1123) and returns YYYY-MM-DD.
func ParseDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	layouts := []string{"2006-01-02", time.RFC3339, "2006-01-02 15:04:05", "2006-01-02T15:04:05",
		time.RFC1123Z, time.RFC1123, time.RFC850, time.ANSIC, "2006/01/02", "02/01/2006"}
	for _, l := range layouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format("2006-01-02"), nil
		}
	}
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t.Format("2006-01-02"), nil
		}
	}
	return "", fmt.Errorf("unreadable date %q (want YYYY-MM-DD)", s)
}

// softHyphen marks where a word may break; it is not text.
const softHyphen = "\u00AD"

// parseHTML extracts the title and main text of a page.
func parseHTML(name string, data []byte, opt Options) (news.Article, error) {
	var base *url.URL
	if u, err := url.Parse(name); err == nil && u.Scheme != "" {
		base = u
	}
	// The page is UTF-8 already (checkText): parsed here, readability's
	// own parse would run a charset detector over it first. It is put in
	// NFC and its soft hyphens dropped, as readability's parse does.
	doc, err := html.Parse(bytes.NewReader(norm.NFC.Bytes(bytes.ReplaceAll(data, []byte(softHyphen), nil))))
	if err != nil {
		return news.Article{}, fmt.Errorf("%s: html: %w", name, err)
	}
	p := readability.NewParser()
	art, err := p.ParseAndMutate(doc, base)
	if err != nil {
		return news.Article{}, fmt.Errorf("%s: html: %w", name, err)
	}
	var body strings.Builder
	if art.Node != nil {
		if err := art.RenderText(&body); err != nil {
			return news.Article{}, fmt.Errorf("%s: html: %w", name, err)
		}
	}
	text := cleanLines(body.String())
	title := strings.Join(strings.Fields(art.Title()), " ")
	if title == "" && text == "" {
		return news.Article{}, fmt.Errorf("%s: %w in the HTML page", name, ErrNoText)
	}
	a := news.Article{Title: title, Text: text, Published: opt.Published, Origin: name}
	if t, err := art.PublishedTime(); err == nil && !t.IsZero() {
		a.Published = t.Format("2006-01-02")
	}
	if base != nil {
		a.URL = base.String()
	}
	// A body that opens with the title repeats it; keep one.
	if rest, ok := strings.CutPrefix(a.Text, a.Title); ok && a.Title != "" {
		a.Text = strings.TrimSpace(rest)
	}
	return a, nil
}

// cleanLines trims every line, collapses spaces within it and drops empty
// lines, so that each paragraph is one line.
func cleanLines(s string) string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if f := strings.Fields(line); len(f) > 0 {
			out = append(out, strings.Join(f, " "))
		}
	}
	return strings.Join(out, "\n")
}
