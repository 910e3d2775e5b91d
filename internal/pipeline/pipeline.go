// Package pipeline runs Rasad's stages in order on one article: text →
// tokens and sentences → clitics → dates → entities → quotes → events. A
// run is a pure function of the article and of the data the Pipeline loaded
// once, so articles can be analysed on any number of goroutines, on any
// machine, in any order.
package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"rasad/internal/actor"
	"rasad/internal/arabic"
	"rasad/internal/article"
	"rasad/internal/entity"
	"rasad/internal/entity/nisba"
	"rasad/internal/event"
	"rasad/internal/event/genre"
	"rasad/internal/event/voice"
	"rasad/internal/ner"
	"rasad/internal/news"
	"rasad/internal/quote"
	"rasad/internal/when"
)

// Pipeline holds the loaded data of every stage. It is safe for concurrent
// use.
type Pipeline struct {
	seg       *arabic.Segmenter
	link      *entity.Linker
	coder     *event.Coder
	extractor string
}

// Version names what the stages and their embedded data make of an
// article. It changes whenever the documents they make change (a golden
// file of the documents of testdata articles guards it, see
// TestVersion), so that a store can tell the documents an older Rasad
// made and have them analysed again.
const Version = "extract-52"

// New returns a Pipeline over the data embedded in the binary.
func New() *Pipeline { return NewWith(nil) }

// NewWith returns a Pipeline over the data embedded in the binary but for
// the named-entity model: rec, or the embedded one when rec is nil.
func NewWith(rec *ner.Recognizer) *Pipeline {
	if rec == nil {
		rec = ner.DefaultRecognizer()
	}
	g := actor.Default()
	ner := "trained"
	if d := rec.Digest(); d != "" {
		ner = d[:12]
	}
	return &Pipeline{
		seg:       arabic.DefaultSegmenter(),
		link:      entity.NewLinker(g, arabic.DefaultSegmenter(), rec),
		coder:     event.DefaultCoder().WithRoles(g),
		extractor: Version + "+ner-" + ner,
	}
}

// Extractor names the analysis Run makes: Version and the digest of the
// named-entity model ("extract-1+ner-0123456789ab"). Documents made under
// another Extractor may differ from what Run makes now.
func (p *Pipeline) Extractor() string { return p.extractor }

// Run analyses one article.
func (p *Pipeline) Run(a news.Article) news.Document {
	doc := p.Analyse(a)
	doc.Events = nonNil(p.Events(&doc))
	nisba.Prune(&doc) // a country named only by its adjective is no entity of the text
	return doc
}

// Events codes the events of doc, which Analyse made, as Run does: the
// coder's records less those told only in verse, or in a sports report or
// a review of a work (genre.Asserted), and less the words of private
// voices (voice.Public). An evaluation of the events Run reports scores
// this, not the coder alone.
func (p *Pipeline) Events(doc *news.Document) []news.Event {
	return voice.Public(doc, genre.Asserted(doc, p.coder.Code(doc)))
}

// Coder is the event coder Run uses, with the gazetteer's dated roles.
func (p *Pipeline) Coder() *event.Coder { return p.coder }

// Analyse runs every stage but event coding: the document it returns has
// its sentences, tokens, entities, quotes and dates.
func (p *Pipeline) Analyse(a news.Article) news.Document {
	text := Text(a)
	doc := news.Document{
		ID:        ID(a),
		Title:     a.Title,
		Published: a.Published,
		Source:    a.Source,
		URL:       a.URL,
		Text:      text,
		Entities:  []news.Entity{},
		Quotes:    []news.Quote{},
		Dates:     []news.Date{},
		Events:    []news.Event{},
	}
	if doc.Source == "" {
		doc.Source = article.Dateline(a.Text)
	}
	if a.Published == "" {
		doc.Warnings = []string{news.NoPublished}
	}
	doc.Tokens = arabic.Tokenize(text)
	doc.Sentences = arabic.Sentences(text, doc.Tokens)
	p.seg.Segment(doc.Tokens)
	doc.Dates = nonNil(when.Find(text, doc.Tokens, a.Published))
	doc.Entities = p.link.Link(&doc)
	doc.Quotes = nonNil(quote.Find(text, doc.Tokens, doc.Sentences, doc.Entities))
	return doc
}

// Text is the text a document is analysed from: the title line, a newline and
// the body.
func Text(a news.Article) string {
	switch {
	case a.Title == "":
		return a.Text
	case a.Text == "":
		return a.Title
	}
	return a.Title + "\n" + a.Text
}

// ID is the stable identifier of an article: derived from its URL when it
// has one (so that a corrected text keeps its id), else from its text (so
// that the same text always gets the same id).
func ID(a news.Article) string {
	var key string
	if u := strings.TrimSpace(a.URL); u != "" {
		key = "url\x00" + u
	} else {
		key = "text\x00" + Text(a)
	}
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:10])
}

// nonNil returns xs, or an empty slice for nil, so that JSON shows [].
func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

// Source returns the article a document was analysed from, so that it can
// be analysed again: the title, the body, and what the document kept of the
// rest. Text(Source(d)) is d.Text.
func Source(d *news.Document) news.Article {
	a := news.Article{Title: d.Title, Text: d.Text, Published: d.Published, URL: d.URL, Source: d.Source}
	switch {
	case d.Title == "":
	case d.Text == d.Title:
		a.Text = ""
	case strings.HasPrefix(d.Text, d.Title+"\n"):
		a.Text = d.Text[len(d.Title)+1:]
	default:
		a.Title = "" // a title that is not the text's first line was never analysed
	}
	return a
}
