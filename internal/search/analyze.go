package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"rasad/internal/arabic"
	"rasad/internal/news"
)

// Term is one index term of a document: the key it is indexed by and the
// span of the token it came from, in bytes of the original text.
type Term struct {
	Key   string
	Start int
	End   int
}

// An Analyzer decides what a store indexes and what a query word matches.
// Stores index the keys of Terms, in order, one position per term; a query
// word w matches a position whose key is one of Forms(w's key).
type Analyzer interface {
	// Terms returns the index terms of tokens, in order, at most one per
	// token. Keys hold letters and digits only.
	Terms(toks []news.Token) []Term
	// Forms returns the index keys that a query key stands for, the key
	// itself first.
	Forms(key string) []string
	// Version names the analysis of documents: a store records it beside
	// each document, and a document indexed under another version is
	// stale (its keys may not be those a query now looks for) until it is
	// analysed again. It changes whenever Terms gives other keys for some
	// text; Forms works on queries alone and may change without it.
	Version() string
}

// Clitics is the default Analyzer. A token's key is the search key of its
// stem (the news.Part with role stem, when a segmenter has set Parts and the
// stem keeps three letters) or of the whole token; punctuation is not indexed. A query key stands for
// itself with the proclitics و ف, ب ل ك and the article ال in front (ل with
// ال is written لل), or with a pronoun suffix (ه ها هم هما هن كم كما نا).
// A query word that starts with ال stands for the word without it too. Keys
// of fewer than three letters (once the article is off) stand for
// themselves only, and only keys of four letters or more, without the
// article, take suffixes. A form that the lexicon knows as a word of its own
// is left out (بيان is not ب + يان, كريم not ك + ريم): the segmenter splits
// real clitics off a document's words, so the key itself finds those.
type Clitics struct{}

// CliticsVersion is Clitics' Version. clitics-1 was the first; clitics-2
// keeps names that begin like a future س (سامر) or a preposition before
// إلا (بالا) whole, and drops query forms that are words of their own.
const CliticsVersion = "clitics-2"

// Version implements Analyzer.
func (Clitics) Version() string { return CliticsVersion }

// Terms implements Analyzer.
func (Clitics) Terms(toks []news.Token) []Term {
	out := make([]Term, 0, len(toks))
	for _, t := range toks {
		if k := TokenKey(t); k != "" {
			out = append(out, Term{Key: k, Start: t.Start, End: t.End})
		}
	}
	return out
}

// TokenKey returns the key a token is indexed by under Clitics: the search
// key of its stem part (when it keeps three letters or more) or of its text, with every rune that is not a letter
// or a digit dropped; "" for punctuation.
func TokenKey(t news.Token) string {
	switch t.Kind {
	case news.Punctuation:
		return ""
	case news.URL, news.Email:
		// Indexed as one term of its letters and digits; rarely searched.
	}
	src := t.Text
	for _, p := range t.Parts {
		if p.Role == news.Stem {
			src = p.Form
			break
		}
	}
	if src != t.Text && letters(arabic.SearchKey(src)) < minBase {
		// A stem of one or two letters is more often a name cut wrong
		// (فينا "Vienna" as في + نا, بان "Ban" as ب + ان) than a short
		// word with clitics, and as a key it would match every في: keep
		// the word whole.
		src = t.Text
	}
	k := keep(arabic.SearchKey(src))
	if len(k) > maxKey {
		k = k[:maxKey]
		for !utf8.ValidString(k) { // cut inside a rune: drop its head
			k = k[:len(k)-1]
		}
	}
	return k
}

// maxKey is the longest key in bytes; longer tokens (a URL, a run of
// letters) are cut, as PostgreSQL refuses lexemes over 2 KB.
const maxKey = 100

// keep drops every rune that is not a letter or a digit, so that a key is
// exactly one token to FTS5's unicode61 tokenizer and to a tsquery.
func keep(s string) string {
	clean := true
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// The clitics that Forms puts around a query key, as search keys.
var (
	conjunctions = []string{"", string(arabic.Waw), string(arabic.Feh)}
	prepositions = []string{"", string(arabic.Beh), string(arabic.Lam), string(arabic.Kaf)}
	article      = string(arabic.Alef) + string(arabic.Lam)
	pronouns     = []string{
		string(arabic.Heh),                                             // ه
		string(arabic.Heh) + string(arabic.Alef),                       // ها
		string(arabic.Heh) + string(arabic.Meem),                       // هم
		string(arabic.Heh) + string(arabic.Meem) + string(arabic.Alef), // هما
		string(arabic.Heh) + string(arabic.Noon),                       // هن
		string(arabic.Kaf) + string(arabic.Meem),                       // كم
		string(arabic.Kaf) + string(arabic.Meem) + string(arabic.Alef), // كما
		string(arabic.Noon) + string(arabic.Alef),                      // نا
	}
)

// minBase is the fewest letters a query key must keep for the article to be
// taken off it or clitics put on it: الله is not ال + له, and لي is not
// expanded at all.
const minBase = 3

// minSuffixBase is the fewest letters a query key must have for pronoun
// suffixes to be put on it: عمر (Omar) must not find عمرها ("her age").
const minSuffixBase = 4

// Forms implements Analyzer.
func (Clitics) Forms(key string) []string {
	if !isArabic(key) {
		return []string{key}
	}
	base := key
	if strings.HasPrefix(key, article) && letters(key)-2 >= minBase {
		base = key[len(article):]
	}
	out := []string{key}
	if letters(base) < minBase {
		// Too short to tell a clitic from a word: لي (Li) must not
		// become الي (إلى, "to") nor ولي ("guardian").
		return out
	}
	seen := map[string]bool{key: true}
	add := func(s string) {
		if seen[s] {
			return
		}
		seen[s] = true
		if s != base && s != article+base && isWord(s) {
			// A word of its own, not the key with clitics: بيان is
			// "statement", not ب + يان; كريم is not ك + ريم. A document
			// that means the key with clitics has them split off by the
			// segmenter and is found by the key itself.
			return
		}
		out = append(out, s)
	}
	for _, c := range conjunctions {
		for _, p := range prepositions {
			add(c + p + base)
			if p == string(arabic.Lam) {
				add(c + p + string(arabic.Lam) + base) // لل: ل + ال without its alef
			} else {
				add(c + p + article + base)
			}
		}
	}
	if letters(base) >= minSuffixBase && !strings.HasPrefix(base, article) {
		// A pronoun never follows the article: المرة is no المر + ه.
		stems := []string{base}
		if strings.HasSuffix(base, string(arabic.Heh)) {
			// ة (folded to ه) is written ت before a suffix: علاقة → علاقتها.
			stems = append(stems, strings.TrimSuffix(base, string(arabic.Heh))+string(arabic.Teh))
		}
		for _, s := range stems {
			for _, suf := range pronouns {
				for _, c := range conjunctions {
					for _, p := range prepositions {
						add(c + p + s + suf)
					}
				}
			}
		}
	}
	return out
}

// isWord reports whether the lexicon knows the word that key is the search
// key of as a word of its own (a dictionary stem, a function word or a
// name).
func isWord(key string) bool {
	known := func(s string) bool {
		w, ok := arabic.DefaultSegmenter().Lookup(s)
		return ok && (w.Stem || w.Function || w.Name)
	}
	// A key's final ه may be a ة folded (رياضه is رياضة, "sport", not
	// رياض + ه).
	base, folded := strings.CutSuffix(key, string(arabic.Heh))
	return known(key) || folded && known(base+string(arabic.TehMarbuta))
}

func isArabic(s string) bool {
	for _, r := range s {
		if !arabic.IsArabicLetter(r) {
			return false
		}
	}
	return s != ""
}

func letters(s string) int { return len([]rune(s)) }
