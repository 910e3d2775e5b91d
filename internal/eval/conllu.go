package eval

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"rasad/internal/arabic"
)

// Sentence is one sentence of a CoNLL-U file with what segmentation scoring
// needs: the raw text and the gold tokens and words as byte spans of it.
type Sentence struct {
	ID     string
	Text   string      // the raw text: "# text =", or rebuilt from the words
	Tokens []GoldToken // surface tokens: a multiword token, or words joined without a space inside a word
	Words  []GoldWord  // syntactic words, in order
	Line   int         // the line of the sentence's first token, for messages
}

// GoldToken is a surface token of the gold data: [Start, End) bytes of Text.
// Words are the indexes of its words in Sentence.Words.
type GoldToken struct {
	Start, End int
	Words      []int
	Ignore     bool // not scored: the treebank left it unanalysed
}

// GoldWord is a syntactic word. Start and End are its bytes in Text when it
// has a span of its own (-1 inside a multiword token, where the CoNLL 2018
// scorer aligns words by their forms).
type GoldWord struct {
	Form       string
	Start, End int
	Token      int // index in Sentence.Tokens
}

// conlluWord is one word line as read.
type conlluWord struct {
	form, upos, xpos, feats string
	spaceAfter              bool
	mwt                     int // index of the multiword token covering it, or -1
	line                    int
}

type conlluMWT struct {
	form       string
	first      int // word indexes, inclusive
	last       int
	spaceAfter bool
}

// ReadCoNLLU reads the sentences of a CoNLL-U file. name is used in error
// messages. Where a sentence has no "# text =" comment (UD Arabic-PADT 1.2),
// the raw text is rebuilt from the forms: harakat are dropped, proclitic
// words (و ف ب ل ك س) are joined to the next word, enclitic pronouns to the
// one before, and the alef of the article after ل is dropped as Arabic
// writes it (ل + الحظر → للحظر; the gold form becomes لحظر, as in
// UD Arabic-PUD).
//
// In such a sentence, a token that the treebank left unanalysed (UPOS X on
// an Arabic word) is marked Ignore; skipped counts them.
func ReadCoNLLU(r io.Reader, name string) (sents []Sentence, skipped int, err error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var (
		out     []Sentence
		words   []conlluWord
		mwts    []conlluMWT
		text    string
		id      string
		first   int
		hasText bool
		ln      int
	)
	flush := func() error {
		if len(words) == 0 {
			text, hasText, id, mwts = "", false, "", nil
			return nil
		}
		s, err := buildSentence(id, text, hasText, words, mwts)
		if err != nil {
			return fmt.Errorf("%s:%d: %w", name, first, err)
		}
		s.Line = first
		out = append(out, s)
		words, mwts, text, hasText, id = nil, nil, "", false, ""
		return nil
	}
	for sc.Scan() {
		ln++
		line := strings.TrimRight(sc.Text(), "\r")
		switch {
		case line == "":
			if err := flush(); err != nil {
				return nil, 0, err
			}
			continue
		case strings.HasPrefix(line, "#"):
			if t, ok := strings.CutPrefix(line, "# text ="); ok {
				text, hasText = strings.TrimSpace(t), true
			} else if t, ok := strings.CutPrefix(line, "# sent_id ="); ok {
				id = strings.TrimSpace(t)
			}
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 {
			return nil, 0, fmt.Errorf("%s:%d: %d columns, want 10", name, ln, len(f))
		}
		if len(words) == 0 && len(mwts) == 0 {
			first = ln
		}
		spaceAfter := !strings.Contains(f[9], "SpaceAfter=No")
		switch {
		case strings.Contains(f[0], "."): // an empty node: no surface
			continue
		case strings.Contains(f[0], "-"):
			var a, b int
			if _, err := fmt.Sscanf(f[0], "%d-%d", &a, &b); err != nil || b < a {
				return nil, 0, fmt.Errorf("%s:%d: bad range %q", name, ln, f[0])
			}
			mwts = append(mwts, conlluMWT{form: f[1], first: len(words), last: len(words) + b - a, spaceAfter: spaceAfter})
			continue
		}
		w := conlluWord{form: f[1], upos: f[3], xpos: f[4], feats: f[5], spaceAfter: spaceAfter, mwt: -1, line: ln}
		if k := len(mwts) - 1; k >= 0 && len(words) <= mwts[k].last {
			w.mwt = k
		}
		words = append(words, w)
	}
	if err := sc.Err(); err != nil {
		return nil, 0, fmt.Errorf("read %s: %w", name, err)
	}
	if err := flush(); err != nil {
		return nil, 0, err
	}
	for _, s := range out {
		for _, t := range s.Tokens {
			if t.Ignore {
				skipped++
			}
		}
	}
	return out, skipped, nil
}

// unanalysed reports whether w is an Arabic word that the treebank left
// unanalysed (UPOS X): PADT 1.2 does so for 2,315 words of dev, keeping
// their clitics attached (وذلك، علينا), so their gold segmentation is not
// UD's.
func unanalysed(w conlluWord) bool {
	f := arabic.StripMarks(w.form)
	return w.upos == "X" && arabic.AtLeastRunes(f, 2) && startsWithLetter(f)
}

// buildSentence lays the words out over the raw text and groups them into
// surface tokens.
func buildSentence(id, text string, hasText bool, words []conlluWord, mwts []conlluMWT) (Sentence, error) {
	if !hasText {
		text = rebuildText(words, mwts)
	}
	s := Sentence{ID: id, Text: text}
	pos := 0
	skipSpace := func() {
		for pos < len(text) {
			r, n := utf8.DecodeRuneInString(text[pos:])
			if !isSpace(r) {
				return
			}
			pos += n
		}
	}
	// place finds form at pos (or a little further on), returning its span.
	place := func(form string) (int, int, bool) {
		skipSpace()
		if strings.HasPrefix(text[pos:], form) {
			return pos, pos + len(form), true
		}
		if k := strings.Index(text[pos:], form); k >= 0 && k <= 2*len(form)+8 {
			return pos + k, pos + k + len(form), true
		}
		return 0, 0, false
	}
	for i := 0; i < len(words); {
		w := words[i]
		if w.mwt >= 0 {
			m := mwts[w.mwt]
			start, end, ok := place(m.form)
			if !ok {
				return s, fmt.Errorf("multiword token %q not found in the text %q at byte %d", m.form, text, pos)
			}
			pos = end
			tok := GoldToken{Start: start, End: end}
			for j := m.first; j <= m.last && j < len(words); j++ {
				tok.Words = append(tok.Words, len(s.Words))
				s.Words = append(s.Words, GoldWord{Form: words[j].form, Start: -1, End: -1, Token: len(s.Tokens)})
			}
			s.Tokens = append(s.Tokens, tok)
			i = m.last + 1
			continue
		}
		start, end, ok := place(w.form)
		if !ok {
			return s, fmt.Errorf("word %q (line %d) not found in the text at byte %d", w.form, w.line, pos)
		}
		pos = end
		// A word glued to the one before inside an Arabic word (a clitic)
		// belongs to the same surface token.
		k := len(s.Tokens) - 1
		if k >= 0 && s.Tokens[k].End == start && gluedLetters(text, start) {
			s.Tokens[k].End = end
			s.Tokens[k].Words = append(s.Tokens[k].Words, len(s.Words))
		} else {
			s.Tokens = append(s.Tokens, GoldToken{Start: start, End: end, Words: []int{len(s.Words)}})
			k = len(s.Tokens) - 1
		}
		if !hasText && unanalysed(w) {
			s.Tokens[k].Ignore = true
		}
		s.Words = append(s.Words, GoldWord{Form: w.form, Start: start, End: end, Token: k})
		i++
	}
	return s, nil
}

// gluedLetters reports whether the letters either side of byte i of text
// are both Arabic word letters, so that i is inside one written word.
func gluedLetters(text string, i int) bool {
	if i <= 0 || i >= len(text) {
		return false
	}
	a, _ := utf8.DecodeLastRuneInString(text[:i])
	b, _ := utf8.DecodeRuneInString(text[i:])
	return isWordLetter(a) && isWordLetter(b)
}

func isWordLetter(r rune) bool {
	return arabic.IsArabicLetter(r) || arabic.IsMark(r) || r == arabic.Tatweel
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00A0'
}

// The single-letter words that PADT writes apart but Arabic writes joined to
// the next word.
func isProcliticWord(w conlluWord, form string) bool {
	switch form {
	case "و", "ف", "ب", "ل", "ك", "س":
	default:
		return false
	}
	switch w.upos {
	case "X", "PUNCT", "SYM", "NUM", "PROPN", "NOUN":
		return false
	}
	return true
}

// isEncliticWord reports whether w is a pronoun that Arabic writes joined
// to the word before: a personal pronoun that is not nominative.
func isEncliticWord(w conlluWord, form string) bool {
	if w.upos != "PRON" || !strings.Contains(w.feats, "PronType=Prs") || strings.Contains(w.feats, "Case=Nom") {
		return false
	}
	switch form {
	case "ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "نا", "ي", "ني":
		return true
	}
	return false
}

// rebuildText writes the raw text of a sentence that has no "# text"
// comment, and rewrites the forms of words to what the text holds there.
func rebuildText(words []conlluWord, mwts []conlluMWT) string {
	forms := make([]string, len(words))
	for i, w := range words {
		forms[i] = arabic.StripMarks(w.form)
		words[i].form = forms[i]
	}
	for k := range mwts {
		mwts[k].form = arabic.StripMarks(mwts[k].form)
	}
	glueNext := make([]bool, len(words))
	for i, w := range words {
		if i+1 < len(words) && isProcliticWord(w, forms[i]) && startsWithLetter(forms[i+1]) {
			glueNext[i] = true
		}
		if i > 0 && isEncliticWord(w, forms[i]) && endsWithLetter(forms[i-1]) {
			glueNext[i-1] = true
			// Final ى is written ا before a pronoun: ألقى + ها → ألقاها.
			if p, ok := strings.CutSuffix(forms[i-1], string(arabic.AlefMaksura)); ok {
				forms[i-1] = p + string(arabic.Alef)
				words[i-1].form = forms[i-1]
			}
		}
	}
	// The article loses its alef after ل: ل + الحظر → للحظر.
	for i := 1; i < len(words); i++ {
		if glueNext[i-1] && forms[i-1] == string(arabic.Lam) && strings.HasPrefix(forms[i], "ال") {
			forms[i] = forms[i][len("ا"):]
			words[i].form = forms[i]
		}
	}
	var b strings.Builder
	for i := 0; i < len(words); i++ {
		w := words[i]
		if w.mwt >= 0 {
			m := mwts[w.mwt]
			b.WriteString(m.form)
			if m.last+1 < len(words) && m.spaceAfter {
				b.WriteByte(' ')
			}
			i = m.last
			continue
		}
		b.WriteString(forms[i])
		if i+1 < len(words) && !glueNext[i] && w.spaceAfter {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func startsWithLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return arabic.IsArabicLetter(r)
}

func endsWithLetter(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return arabic.IsArabicLetter(r)
}
