package arabic

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"rasad/internal/news"
)

//go:embed data/lexicon.txt.gz
var lexiconGz []byte

// Flags of a lexicon entry.
const (
	flagStem        = 1 << iota // a word without clitics (a dictionary stem)
	flagName                    // a proper noun: never stemmed
	flagFunction                // a function word that takes enclitic pronouns (فيه، لديهم)
	flagWhole                   // never split, in this exact spelling
	flagFirstPerson             // a function word that takes the pronoun ي or ني (معي، إنني)
)

type lexEntry struct {
	count uint32
	flags uint8
}

// LoadSegmenter reads a lexicon: one entry a line, "word<TAB>count<TAB>flags",
// where count is how often the word was seen as a whole token in a corpus
// and flags are letters: s a stem (a word without clitics), n a name, f a
// function word that takes enclitic pronouns, p a function word that takes
// the first-person pronoun ي, w a word never split in this exact spelling. Lines starting with # are comments. The input may be gzip
// compressed.
func LoadSegmenter(r io.Reader) (*Segmenter, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	var src io.Reader = br
	if head, err := br.Peek(2); err == nil && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("load lexicon: %w", err)
		}
		defer zr.Close()
		src = zr
	}
	data, err := io.ReadAll(src)
	if err != nil {
		return nil, fmt.Errorf("load lexicon: %w", err)
	}
	// One string holds every key: entries are substrings of it.
	text := string(data)
	s := &Segmenter{w: defaultWeights, memo: &memo{parts: make(map[string][]news.Part), stems: make(map[string]string)}, folded: make(map[string]lexEntry, strings.Count(text, "\n")+1), exact: make(map[string]uint8)}
	for ln := 1; len(text) > 0; ln++ {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		if err := s.parseLine(line); err != nil {
			return nil, fmt.Errorf("load lexicon line %d: %w", ln, err)
		}
	}
	return s, nil
}

func (s *Segmenter) parseLine(line string) error {
	line = strings.TrimRight(line, "\r")
	if len(line) == 0 || line[0] == '#' {
		return nil
	}
	word, rest, _ := strings.Cut(line, "\t")
	cnt, fl, _ := strings.Cut(rest, "\t")
	if len(word) == 0 || !utf8.ValidString(word) {
		return fmt.Errorf("bad word %q", word)
	}
	var e lexEntry
	if len(cnt) > 0 {
		n, err := strconv.ParseUint(cnt, 10, 32)
		if err != nil {
			return fmt.Errorf("bad count %q", cnt)
		}
		e.count = uint32(n)
	}
	for i := 0; i < len(fl); i++ {
		switch fl[i] {
		case 's':
			e.flags |= flagStem
		case 'n':
			e.flags |= flagName
		case 'f':
			e.flags |= flagFunction
		case 'w':
			e.flags |= flagWhole
		case 'p':
			e.flags |= flagFirstPerson
		default:
			return fmt.Errorf("unknown flag %q", fl[i])
		}
	}
	if e.flags&flagWhole != 0 {
		s.exact[StripMarks(word)] |= e.flags
	}
	key := word
	if !isNormal(word) {
		key = Normalize(word)
	}
	old := s.folded[key]
	old.count += e.count
	old.flags |= e.flags
	s.folded[key] = old
	return nil
}

// isNormal reports whether Normalize(s) == s, without allocating.
func isNormal(s string) bool {
	for _, r := range s {
		if r >= utf8.RuneSelf && (IsPresentationForm(r) || foldRune(r, false) != r) {
			return false
		}
		if r >= 'A' && r <= 'Z' {
			return false
		}
	}
	return true
}

// DefaultSegmenter returns the Segmenter of the embedded lexicon (see
// data/README.md for its sources), loaded on first use.
func DefaultSegmenter() *Segmenter { return defaultSegmenter() }

func loadEmbedded() (*Segmenter, error) { return LoadSegmenter(bytes.NewReader(lexiconGz)) }

var defaultSegmenter = sync.OnceValue(func() *Segmenter {
	s, err := loadEmbedded()
	if err != nil {
		panic("arabic: embedded lexicon: " + err.Error())
	}
	return s
})

// Segment fills the Parts of every Word token of toks: proclitics, the stem
// and an enclitic, in order, covering the token's bytes exactly. A word that
// is not split has one part, its stem. Part.Form is normalised (Normalize);
// the stem after the ل of لل gets its article back (للسلطة → ل + السلطة,
// where UD writes لسلطة), and a stem whose ة was written ت before a pronoun
// gets its ة back (حكومته → حكومة + ه).
func (s *Segmenter) Segment(toks []news.Token) {
	n := 0
	for i := range toks {
		if toks[i].Kind == news.Word {
			n++
		}
	}
	if n == 0 {
		return
	}
	// One backing array for the parts of most words: a word has 1.2 parts
	// on average, at most 4 (growParts makes room for the rest).
	buf := make([]news.Part, 0, n+n/4+4)
	// The words the memo knows, looked up under one read lock for the whole
	// text (a lock per word costs a shared counter's round trip between
	// cores when several goroutines analyse at once); then the others.
	var missed []int
	s.memo.mu.RLock()
	for i := range toks {
		t := &toks[i]
		if t.Kind != news.Word {
			continue
		}
		ps, ok := s.memo.parts[t.Text]
		if !ok {
			missed = append(missed, i)
			continue
		}
		buf = growParts(buf, n)
		n--
		start := len(buf)
		for _, p := range ps {
			p.Start += t.Start
			p.End += t.Start
			buf = append(buf, p)
		}
		t.Parts = buf[start:len(buf):len(buf)]
	}
	s.memo.mu.RUnlock()
	var sc scratch
	for _, i := range missed {
		t := &toks[i]
		buf = growParts(buf, n)
		n--
		start := len(buf)
		sp := s.split(t.Text, &sc)
		norm := t.Norm
		if norm == "" {
			norm = Normalize(t.Text)
		}
		buf = sp.appendParts(buf, t.Start, norm, &sc)
		if !sp.plain {
			s.memo.put(t.Text, buf[start:], t.Start)
		}
		t.Parts = buf[start:len(buf):len(buf)]
	}
}

// growParts makes room in buf for the parts of one more word, at most 4,
// of the words words left: where buf is full it returns a new empty array
// for them, twice their average. The parts of earlier words keep pointing
// to the old array, which stays valid and is not copied.
func growParts(buf []news.Part, words int) []news.Part {
	if cap(buf)-len(buf) >= 4 {
		return buf
	}
	return make([]news.Part, 0, max(2*words, 4))
}

// Inflectional endings that the dictionary's stems do not list.
var endings = [...]struct{ suffix, replace string }{
	{"ات", "ة"}, {"ات", ""}, {"ون", ""}, {"ين", ""}, {"ان", ""}, {"تان", "ة"}, {"تين", "ة"},
	{"ة", ""}, {"ي", ""}, {"ية", ""}, {"يين", ""}, {"يون", ""}, {"يات", ""}, {"يتين", ""}, {"يتان", ""},
	{"وا", ""}, {"ت", ""}, {"تم", ""}, {"ن", ""}, {"نا", ""}, {"ا", ""},
}

// knownInflected reports whether key is a stem of the lexicon with an
// inflectional ending or the article.
func (s *Segmenter) knownInflected(key []byte) bool {
	body := key
	if bytes.HasPrefix(body, []byte(article)) && len(body) > len(article)+2 {
		body = body[len(article):]
		if s.folded[string(body)].flags&(flagStem|flagName) != 0 {
			return true
		}
	}
	var tmp [64]byte
	for _, e := range endings {
		if !bytes.HasSuffix(body, []byte(e.suffix)) || len(body)-len(e.suffix) < 4 {
			continue
		}
		k := append(append(tmp[:0], body[:len(body)-len(e.suffix)]...), e.replace...)
		if s.folded[string(k)].flags&flagStem != 0 {
			return true
		}
	}
	return false
}

// WordInfo is what the lexicon knows of a word.
type WordInfo struct {
	Count    int  // how often the word stood alone in the lexicon's corpora
	Stem     bool // a dictionary word without clitics
	Name     bool // a proper noun
	Function bool // a function word (في، حتى، لكن)
}

// Lookup returns what the lexicon knows of word (any spelling: it is
// normalised first), and whether it knows the word at all.
func (s *Segmenter) Lookup(word string) (WordInfo, bool) {
	e, ok := s.folded[Normalize(word)]
	if !ok {
		return WordInfo{}, false
	}
	return WordInfo{
		Count:    int(e.count),
		Stem:     e.flags&flagStem != 0,
		Name:     e.flags&flagName != 0,
		Function: e.flags&(flagFunction|flagFirstPerson) != 0,
	}, true
}
