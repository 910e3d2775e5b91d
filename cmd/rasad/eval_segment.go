package main

import (
	"context"
	"fmt"

	"rasad/internal/arabic"
	"rasad/internal/eval"
)

// runEvalSegment scores tokenisation and clitic segmentation against a
// CoNLL-U treebank: "rasad eval segment --conllu FILE".
func runEvalSegment(ctx context.Context, env *env, args []string) error {
	cmd := newCommand(env, "eval segment", "--conllu FILE [--diff]", `
Tokenises and segments the raw text of each sentence and prints the CoNLL 2018
precision, recall and F1 of tokens and words, F1 last.`)
	conllu := cmd.need("conllu", "the gold `FILE` in CoNLL-U (UD Arabic-PUD, or PADT with vocalised forms)")
	diff := cmd.Bool("diff", false, "print each gold token segmented differently (gold, then system) instead of the scores")
	if err := cmd.parseNone(args); err != nil {
		return err
	}
	f, err := cmd.open("conllu", *conllu)
	if err != nil {
		return err
	}
	defer f.Close()
	sents, skipped, err := eval.ReadCoNLLU(f, *conllu)
	if err != nil {
		return fmt.Errorf("eval segment: %w", err)
	}
	if len(sents) == 0 {
		return fmt.Errorf("eval segment: %s: no sentences", *conllu)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if *diff {
		return eval.WriteSegmentDiff(env.stdout, sents, arabic.DefaultSegmenter())
	}
	if skipped > 0 {
		fmt.Fprintf(env.stdout, "# %s: %d sentences, %d unanalysed tokens left out\n", *conllu, len(sents), skipped)
	}
	scores := eval.Segment(sents, arabic.DefaultSegmenter())
	return scores.Write(env.stdout)
}
