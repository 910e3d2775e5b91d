package server

import (
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"net/http"
	"strings"

	"rasad/internal/lexicon"
)

// The languages of the web page.
const (
	langAr = "ar"
	langEn = "en"
)

// langCookie remembers the reader's language.
const langCookie = "rasad_lang"

// langOf returns the language a request asks for: ?lang=, else the cookie,
// else Arabic.
func langOf(r *http.Request) string {
	if l := r.URL.Query().Get("lang"); l == langAr || l == langEn {
		return l
	}
	if c, err := r.Cookie(langCookie); err == nil && (c.Value == langAr || c.Value == langEn) {
		return c.Value
	}
	return langAr
}

// wordsFile holds the page's words; see its header for the format.
//
//go:embed data/words.tsv
var wordsFile []byte

// messages are the words of the page in each language, by key (see
// data/words.tsv), read once when the program starts: a broken file is a
// broken build, which the tests catch.
var messages = mustLoadWords(bytes.NewReader(wordsFile), "data/words.tsv")

// mustLoadWords is loadWords for the embedded file, which cannot be wrong
// in a build the tests passed.
func mustLoadWords(r io.Reader, name string) map[string]map[string]string {
	m, err := loadWords(r, name)
	if err != nil {
		panic(err)
	}
	return m
}

// loadWords reads lines of key, Arabic and English, tab-separated, into a
// map of each language's words by key. Errors name the file and line: a
// line without three fields, an empty one, a key given twice.
func loadWords(r io.Reader, name string) (map[string]map[string]string, error) {
	m := map[string]map[string]string{langAr: {}, langEn: {}}
	seen := map[string]int{}
	err := lexicon.ReadLines(r, name, func(n int, line string) error {
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return fmt.Errorf("%d fields, want 3 (key, Arabic, English) separated by tabs", len(f))
		}
		for i, what := range []string{"key", "Arabic", "English"} {
			if strings.TrimSpace(f[i]) == "" {
				return fmt.Errorf("empty %s", what)
			}
		}
		key := f[0]
		if first, ok := seen[key]; ok {
			return fmt.Errorf("key %q again (first on line %d)", key, first)
		}
		seen[key] = n
		m[langAr][key], m[langEn][key] = f[1], f[2]
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load the page's words: %w", err)
	}
	return m, nil
}

// tr returns the word for key in lang.
func tr(lang, key string) string {
	if s, ok := messages[lang][key]; ok {
		return s
	}
	return key
}

// typeName names an entity's or an actor's type in lang (type:T in
// data/words.tsv); English shows the type as it is.
func typeName(lang, t string) string {
	if n, ok := messages[langAr]["type:"+t]; ok && lang == langAr {
		return n
	}
	return t
}
