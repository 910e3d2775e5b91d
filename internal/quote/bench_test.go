package quote

import (
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/seed"
)

// benchText is the reference article and every sentence of the table, one
// paragraph each: about 40 KB of news text rich in quotes.
func benchText(b *testing.B) string {
	var sb strings.Builder
	sb.WriteString(seed.Text(b))
	for _, r := range corpusRows(b) {
		sb.WriteString("\n" + r.text)
	}
	return sb.String()
}

func BenchmarkFind(b *testing.B) {
	text := benchText(b)
	toks := arabic.Tokenize(text)
	arabic.DefaultSegmenter().Segment(toks)
	sents := arabic.Sentences(text, toks)
	ents := articleEntities(text)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Find(text, toks, sents, ents)
	}
}

// BenchmarkTokenize is the analyser's share of the same text, for scale.
func BenchmarkTokenize(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		toks := arabic.Tokenize(text)
		arabic.DefaultSegmenter().Segment(toks)
		arabic.Sentences(text, toks)
	}
}
