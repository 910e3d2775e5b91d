package sense

import (
	"strings"
	"sync"
	"unicode/utf8"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
)

// readings returns the forms a normalised word is read as, besides itself,
// as the segmenter splits it (package arabic): without the conjunction,
// without the preposition, and then without the article (والمنتخب →
// المنتخب, منتخب; للفريق → الفريق, فريق); a pronoun after the word stays
// on it (فيها is no في, ناديك no نادي). Where the segmenter left a
// proclitic's letter on a word it does not know, that second reading
// (arabic.KeptProclitic) with and without its article. The words are
// held as strings here, so each is segmented once and remembered. A word
// of three letters or fewer is read as written only.
func readings(w string) []string {
	if utf8.RuneCountInString(w) <= 3 || !arabic.MayHaveProclitic(w) && !strings.HasPrefix(w, article) {
		return nil // no proclitic and no article: the word is read as written
	}
	readMu.Lock()
	r, ok := readCache[w]
	readMu.Unlock()
	if ok {
		return r
	}
	toks := lexicon.Tokens(w)
	if len(toks) == 1 {
		tok := &toks[0]
		after, _ := lexicon.AfterPreposition(tok)
		r = append(r, lexicon.Plain(tok), after, arabic.WithoutArticle(after))
		if _, rest, _ := arabic.KeptProclitic(tok); rest != "" {
			r = append(r, rest, arabic.WithoutArticle(rest))
		}
	}
	readMu.Lock()
	if len(readCache) >= maxReadings {
		clear(readCache) // a long-running server reads words without end
	}
	readCache[w] = r
	readMu.Unlock()
	return r
}

// maxReadings bounds the words whose readings are remembered.
const maxReadings = 1 << 16

var (
	readMu    sync.Mutex
	readCache = map[string][]string{}
)
