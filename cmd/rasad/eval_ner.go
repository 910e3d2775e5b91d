package main

import (
	"strings"

	"context"
	"fmt"
	"os"
	"path/filepath"
	"rasad/internal/news"
	"rasad/internal/pipeline"

	"rasad/internal/eval"
	"rasad/internal/ner"
)

// runEvalNER scores named-entity recognition against a BIO-tagged corpus
// ("word TAG" lines, blank line between sentences): precision, recall and F1
// by exact span and type, a line per type and the micro figure over PER,
// LOC and ORG last; MISC is reported apart.
func runEvalNER(ctx context.Context, env *env, args []string) error {
	cmd := newCommand(env, "eval ner", "--conll FILE|DIR [--model FILE] [--linked]", `
Score named-entity recognition against a BIO-tagged corpus: precision,
recall and F1 by exact span and type, a line per type, the micro figure
over PER, LOC and ORG last; MISC apart.`)
	conll := cmd.need("conll", "gold data: `FILE` of \"word TAG\" lines (ANERcorp), or a directory of *.txt such files (AQMAR)")
	modelFile := cmd.String("model", "", "a model `FILE` from \"rasad train ner\" instead of the embedded model")
	linked := cmd.Bool("linked", false, "score the entities of the whole pipeline (recogniser, gazetteer and linking) instead of the recogniser alone")
	if err := cmd.parseNone(args); err != nil {
		return err
	}
	rec := ner.DefaultRecognizer()
	if *modelFile != "" {
		f, err := cmd.open("model", *modelFile)
		if err != nil {
			return err
		}
		rec, err = ner.LoadRecognizer(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", *modelFile, err)
		}
	}
	files := []string{*conll}
	if st, err := os.Stat(*conll); err == nil && st.IsDir() {
		files, err = filepath.Glob(filepath.Join(*conll, "*.txt"))
		if err != nil || len(files) == 0 {
			return fmt.Errorf("eval ner: no *.txt files in %s", *conll)
		}
	}
	var sents []ner.Sentence
	for _, name := range files {
		f, err := cmd.open("conll", name)
		if err != nil {
			return err
		}
		s, err := ner.ReadCoNLL(f, name)
		f.Close()
		if err != nil {
			return err
		}
		sents = append(sents, s...)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	words := make([][]string, len(sents))
	for k, s := range sents {
		words[k] = s.Words
	}
	var pred [][]string
	if *linked {
		pred = tagLinked(words)
	} else {
		pred = rec.TagWords(words)
	}
	score := eval.NERScore{}
	for k, s := range sents {
		score.ScoreBIO(s.Tags, pred[k])
	}
	return score.WriteNER(env.stdout)
}

// tagLinked tags words with the entities the whole pipeline finds: the
// sentences, 20 to a document as the recogniser's document windows, are
// joined into one text, and each name mention (not a nisba or a role) tags
// the words it covers.
func tagLinked(sents [][]string) [][]string {
	p := pipeline.New()
	pred := make([][]string, len(sents))
	for lo := 0; lo < len(sents); lo += 20 {
		hi := min(lo+20, len(sents))
		var b strings.Builder
		type word struct{ sent, idx, start, end int }
		var ws []word
		for k := lo; k < hi; k++ {
			pred[k] = make([]string, len(sents[k]))
			for i, w := range sents[k] {
				pred[k][i] = "O"
				if i > 0 {
					b.WriteByte(' ')
				}
				ws = append(ws, word{k, i, b.Len(), b.Len() + len(w)})
				b.WriteString(w)
			}
			b.WriteByte('\n')
		}
		doc := p.Analyse(news.Article{Text: b.String()})
		for _, e := range doc.Entities {
			for _, m := range e.Mentions {
				if m.Nisba || m.Role {
					continue
				}
				first := true
				for _, w := range ws {
					if w.start < m.End && m.Start < w.end {
						tag := "I-" + string(e.Type)
						if first {
							tag = "B-" + string(e.Type)
							first = false
						}
						pred[w.sent][w.idx] = tag
					}
				}
			}
		}
	}
	return pred
}
