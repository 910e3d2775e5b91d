package main

import (
	"context"
	"flag"
	"fmt"
	"os"

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
	conll := fs.String("conll", "", "gold data: `FILE` of \"word TAG\" lines (ANERcorp, AQMAR)")
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
	f, err := os.Open(*conll)
	if err != nil {
		return err
	}
	sents, err := entity.ReadCoNLL(f, *conll)
	f.Close()
	if err != nil {
		return err
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
