package ambiguous_test

import (
	"testing"

	"rasad/internal/actor"
	"rasad/internal/arabic"
	"rasad/internal/entity/ambiguous"
	"rasad/internal/ner"
)

// context returns the context of text's tokens as the pipeline segments
// them, with nothing named, quoted or recognised.
func context(text string) ambiguous.Context {
	toks := arabic.Tokenize(text)
	lex := arabic.DefaultSegmenter()
	lex.Segment(toks)
	return ambiguous.Context{G: actor.Default(), Lex: lex, Text: text, Toks: toks, Named: map[*actor.Actor]bool{},
		Quoted: make([]bool, len(toks)), NerAt: map[int]ner.Span{}, ActorAt: make([]*actor.Actor, len(toks))}
}

func TestResolve(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		i          int    // the ambiguous word
		want       string // the actor's ID, "" for none
	}{
		{"after a ruler's noun", "قالت حكومة هادي إن", 2, "hadi"},
		{"after a title", "وقال الرئيس هادي إن", 2, "hadi"},
		{"a person's short name alone", "وقال هادي إن", 1, ""},
		{"after a place cue", "وصل إلى مدينة عدن أمس", 3, "aden"},
		{"a place alone", "عدن تشهد توترا", 0, ""},
		{"after في", "مستوطنة في الضفة أمس", 2, "west_bank"},
		{"the common noun qualified", "على الضفة الأخرى من النهر", 1, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := context(tt.text)
			tok := c.Toks[tt.i]
			got := ""
			if a := c.Resolve(ambiguous.Name{First: tt.i, Last: tt.i, Start: tok.Start, End: tok.End}); a != nil {
				got = a.ID
			}
			if got != tt.want {
				t.Errorf("Resolve(%q, %d) = %q, want %q", tt.text, tt.i, got, tt.want)
			}
		})
	}
}
