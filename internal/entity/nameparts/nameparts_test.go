package nameparts_test

import (
	"strconv"
	"strings"
	"testing"

	"rasad/internal/actor"
	"rasad/internal/arabic"
	"rasad/internal/entity/nameparts"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/tabletest"
)

// marked segments text, without the brackets around one word, as the
// pipeline does, and gives the index of the token of that word.
func marked(t *testing.T, text string) ([]news.Token, int) {
	t.Helper()
	open, end := strings.Index(text, "["), strings.Index(text, "]")
	if open < 0 || end < open {
		t.Fatalf("no word marked by [ ] in %q", text)
	}
	word := text[open+1 : end]
	toks := arabic.Tokenize(text[:open] + word + text[end+1:])
	arabic.DefaultSegmenter().Segment(toks)
	for i, tok := range toks {
		if tok.Start >= open && tok.Text == word {
			return toks, i
		}
	}
	t.Fatalf("the marked word %q is no token of %q", word, text)
	return nil, -1
}

// TestRules runs each rule of the package that reads a marked text or a
// name on the rows of its file of testdata, named for it (Patronymic:
// testdata/patronymic.tsv), where the rows say what the rule decides.
func TestRules(t *testing.T) {
	lx := lexicon.Default()
	none := func(int) (int, bool) { return 0, false }
	for name, rule := range map[string]func(string) string{
		"CountedNationality": func(text string) string {
			toks := lexicon.Tokens(text)
			return nameparts.CountedNationality(toks, lexiconNisbas(toks))
		},
		"ExampleOf": func(text string) string {
			toks, i := marked(t, text)
			return nameparts.ExampleOf(toks, 0, i, lexiconNisbas(toks))
		},
		"Envoy": func(text string) string {
			toks, i := marked(t, text)
			return nameparts.Envoy(toks, 0, i, countryWords(toks), "KKK")
		},
		"Recalled": func(text string) string {
			toks, i := marked(t, text)
			c, code := nameparts.Recalled(toks, 0, i, recallWords{bodyWords(toks)})
			return c + "/" + code
		},
		"FamilyWord": func(text string) string {
			toks, j := marked(t, text)
			return strconv.FormatBool(nameparts.FamilyWord(lx, toks, j))
		},
		"Nationality": func(text string) string {
			toks, k := marked(t, text)
			return nameparts.Nationality(toks, shape.SkipPunct(toks, 2, len(toks)), len(toks), nisbaOnly(k))
		},
		"Official": func(text string) string {
			toks, i := marked(t, text)
			return nameparts.Official(toks, 0, i, bodyWords(toks))
		},
		"Patronymic": func(text string) string {
			toks, i := marked(t, text)
			return strconv.FormatBool(nameparts.Patronymic(toks, i, none))
		},
		"QuotedAt": func(text string) string {
			toks, i := marked(t, text)
			wkeys := make([]string, len(toks))
			for k, tok := range toks {
				if tok.Kind == news.Word {
					wkeys[k] = arabic.SearchKey(tok.Norm)
				}
			}
			n, hits := nameparts.QuotedAt(actor.Default(), toks, wkeys, i, len(toks))
			if n == 0 {
				return ""
			}
			return hits[0].Actor.ID + " " + strconv.Itoa(n)
		},
		"SpelledOtherwise": func(name string) string {
			toks := arabic.Tokenize(name)
			arabic.DefaultSegmenter().Segment(toks)
			dictionary := func(w string) bool { info, ok := arabic.DefaultSegmenter().Lookup(w); return ok && info.Stem }
			if a := nameparts.SpelledOtherwise(actor.Default(), toks, 0, len(toks)-1, name, true, dictionary); a != nil {
				return a.ID
			}
			return ""
		},
		"Unmarked": func(in string) string {
			p := strings.Split(in, "|")
			if len(p) != 3 {
				t.Fatalf("%q is not name|home|outlet", in)
			}
			return nameparts.Unmarked(p[0], p[1], p[2])
		},
	} {
		t.Run(name, func(t *testing.T) {
			tabletest.Strings(t, name, rule, tabletest.Rows(t, "testdata/"+strings.ToLower(name)+".tsv"))
		})
	}
}

// nisbaOnly is a Mentions with one nisba of country XXX, one word long, at
// token k.
type nisbaOnly int

func (n nisbaOnly) Nisba(k int) (string, int) {
	if k == int(n) {
		return "XXX", k
	}
	return "", -1
}
func (nisbaOnly) Person(int) bool { return false }

// countryWords is a Countries that places country XXX, one word long, on
// every word whose stem is مصر, المغرب or السعودي.
type countryWords []news.Token

func (c countryWords) Country(k int) (string, int) {
	switch stem, _ := lexicon.StemOf(&c[k]); arabic.SearchKey(stem) {
	case "مصر", "المغرب", "السعودي":
		return "XXX", k
	}
	return "", -1
}

func (c countryWords) InName(k int) (bool, bool) {
	c1, _ := c.Country(k)
	return c1 != "", false
}

// bodyWords is a Bodies with a body of country XXX on every word whose
// stem is مركز, وزارة or جامعة, over the definite words after it that
// carry no preposition (but الدكتور) and a king's name; one of no country on منظمة and مستشفى; a person's name on
// every word سلمان or أحمد.
type bodyWords []news.Token

func (b bodyWords) Body(k int) (string, int) {
	country := "XXX"
	switch stem, _ := lexicon.StemOf(&b[k]); arabic.SearchKey(stem) {
	case "منظمه":
		country = ""
	case "مستشفي":
		country = ""
	case "مركز", "وزاره", "جامعه":
	default:
		return "", -1
	}
	last := k
	for last+1 < len(b) && b[last+1].Kind == news.Word && (lexicon.Definite(&b[last+1]) || royal[arabic.SearchKey(b[last+1].Norm)]) {
		if _, cl := lexicon.StemOf(&b[last+1]); cl.Prep != "" || b[last+1].Norm == "الدكتور" {
			break
		}
		last++
	}
	return country, last
}

// Seat places a place of country YYY, one word long, on every word whose
// stem is حضرموت or إسطنبول.
func (b bodyWords) Seat(k int) (string, int) {
	switch stem, _ := lexicon.StemOf(&b[k]); arabic.SearchKey(stem) {
	case "حضرموت", "اسطنبول":
		return "YYY", k
	}
	return "", -1
}

// royal are the kings' names a body's name ends with in the rows.
var royal = map[string]bool{"سلمان": true, "سعود": true}

func (b bodyWords) InName(k int) (bool, bool) {
	if w := arabic.SearchKey(b[k].Norm); w == "سلمان" || w == "احمد" {
		return true, true
	}
	for f := k; f >= 0; f-- {
		if _, last := b.Body(f); last >= k {
			return true, false
		}
	}
	return false, false
}

// lexiconNisbas is a Mentions that finds a nisba, one word long, on every
// token the lexicon lists as one (كويتيين: KWT).
type lexiconNisbas []news.Token

func (n lexiconNisbas) Nisba(k int) (string, int) {
	if w, _ := lexicon.Default().Stem(&n[k]); w.Value("nisba") != "" {
		return w.Value("nisba"), k
	}
	return "", -1
}
func (lexiconNisbas) Person(int) bool { return false }

// recallWords is a Recall over bodyWords: no country is named, and the
// code of a body on منظمة is IGOXXX (an international body's), on مستشفى
// HLH (a trade's, of no body).
type recallWords struct{ bodyWords }

func (recallWords) Country(int) (string, int) { return "", -1 }

func (r recallWords) Code(k int) string {
	switch stem, _ := lexicon.StemOf(&r.bodyWords[k]); arabic.SearchKey(stem) {
	case "منظمه":
		return "IGOXXX"
	case "مستشفي":
		return "HLH"
	}
	return ""
}
