package event

import (
	"embed"
	"io"
	"sync"

	"rasad/internal/event/cameo"
	"rasad/internal/event/morph"
	"rasad/internal/event/report"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

// Coder codes the events of documents with one vocabulary (package
// vocab). It is safe for concurrent use.
type Coder struct {
	v     *vocab.Vocab
	codes map[string]cameo.Code
	// builtin are the patterns the coder itself assigns (a protesters'
	// act recoded as a protest).
	builtin map[string]*pattern
	roles   RoleFinder
	// mentions keeps acts mentioned as background (see report.go).
	mentions bool
	// report are the models of report.go: [0] protests, [1] violence.
	report [2]report.Model
	// trace, when set (WithTrace), sees the evidence of every decision of
	// the report models.
	trace func(group int, score float64, x []float64, words []string)
}

// The vocabulary's types, as the coder names them.
type (
	pattern = vocab.Pattern
	form    = vocab.Form
	cue     = vocab.Cue
)

// The agreement a word form carries.
const (
	third  = morph.Third
	dual   = morph.Dual
	plural = morph.Plural
	first  = morph.First
)

func newCoder() *Coder {
	return &Coder{
		v:      vocab.New(),
		codes:  cameo.Codes(),
		report: report.Default(),
		builtin: map[string]*pattern{
			"141": {Code: "141", Kind: vocab.Noun, Lemma: "متظاهر", At: "built-in"},
			"145": {Code: "145", Kind: vocab.Noun, Lemma: "متظاهر", At: "built-in"},
		},
	}
}

// LoadCoder reads a pattern lexicon (the format of data/*.txt, described in
// data/README.md) and returns a Coder over it. Errors name the line.
func LoadCoder(r io.Reader) (*Coder, error) {
	c := newCoder()
	if err := c.v.Read("lexicon", r); err != nil {
		return nil, err
	}
	c.v.Index()
	return c, nil
}

// word returns what the vocabulary knows of a normalised form.
func (c *Coder) word(s string) vocab.Word {
	w, _ := c.v.Lookup(s)
	return w
}

//go:embed data/*.txt
var dataFS embed.FS

var (
	defaultOnce  sync.Once
	defaultCoder *Coder
)

// DefaultCoder returns the Coder over the lexicon embedded in the binary,
// loaded once, with the agent nouns and titles of the word-knowledge layer
// (package lexicon).
func DefaultCoder() *Coder {
	defaultOnce.Do(func() {
		c := newCoder()
		err := lexicon.ReadFiles(dataFS, "data", "event lexicon", c.v.Read)
		if err != nil {
			panic(err) // the embedded data is tested
		}
		c.v.AddLexicon(lexicon.Default())
		c.v.Index()
		defaultCoder = c
	})
	return defaultCoder
}

// WithRoles returns a copy of c that asks rf for the CAMEO actor code of an
// entity on the date of each event, instead of using Entity.Actor.
func (c *Coder) WithRoles(rf RoleFinder) *Coder {
	d := *c
	d.roles = rf
	return &d
}

// WithMentions returns a copy of c that also codes the acts of material
// conflict that a sentence mentions without reporting them as news (the
// attack an inquiry is about). Use it where recall of every act matters
// more than telling news from background, as in span annotation.
func (c *Coder) WithMentions() *Coder {
	d := *c
	d.mentions = true
	return &d
}

// Label returns the CAMEO label of code, "" if the code is unknown.
func Label(code string) string { return DefaultCoder().codes[code].Label }

// Plover returns the PLOVER event type that code maps to, "" if none.
func Plover(code string) string { return DefaultCoder().codes[code].Plover }

// Root is one of the twenty CAMEO root categories (package cameo).
type Root = cameo.Root

// RootOf returns the root category of a CAMEO code ("042" → 04) and
// whether there is one (cameo.RootOf).
func RootOf(code string) (Root, bool) { return cameo.RootOf(code) }
