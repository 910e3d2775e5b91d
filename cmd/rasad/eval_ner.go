package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"rasad/internal/entity"
	"rasad/internal/eval"
)

// runEvalNER scores named-entity recognition against a BIO-tagged corpus
// ("word TAG" lines, blank line between sentences): precision, recall and F1
// by exact span and type, a line per type and the micro figure over PER,
// LOC and ORG last; MISC is reported apart.
func runEvalNER(ctx context.Context, env *env, args []string) error {
	fs := flag.NewFlagSet("eval ner", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	conll := fs.String("conll", "", "gold data: `FILE` of \"word TAG\" lines (ANERcorp), or a directory of *.txt such files (AQMAR)")
	modelFile := fs.String("model", "", "a model `FILE` from \"rasad train ner\" instead of the embedded model")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if *conll == "" || fs.NArg() > 0 {
		fmt.Fprintln(env.stderr, "usage: rasad eval ner --conll FILE [--model FILE]")
		return errUsage
	}
	rec := entity.DefaultRecognizer()
	if *modelFile != "" {
		f, err := os.Open(*modelFile)
		if err != nil {
			return err
		}
		rec, err = entity.LoadRecognizer(f)
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
	var sents []entity.Sentence
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		s, err := entity.ReadCoNLL(f, name)
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
	pred := rec.TagWords(words)
	score := eval.NERScore{}
	for k, s := range sents {
		score.ScoreBIO(s.Tags, pred[k])
	}
	return score.WriteNER(env.stdout)
}
