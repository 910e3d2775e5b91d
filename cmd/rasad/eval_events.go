package main

import (
	"context"
	"errors"
	"io"
	"os"

	"rasad/internal/eval"
	"rasad/internal/news"
	"rasad/internal/pipeline"
)

// runEvalEvents scores the event coder on the Arabic event gold set:
// detection of ASSAULT and PROTEST sentences and the source country of the
// span records.
func runEvalEvents(ctx context.Context, env *env, args []string) error {
	cmd := newCommand(env, "eval events", "[flags]", `
Score the event coder on arabic-event-gsr: detection F1 on *_gsr.csv and the
span records of *_spans.json, for PLOVER ASSAULT and PROTEST.`)
	dir := cmd.String("gsr", "../shared/data/arabic-event-gsr", "the arabic-event-gsr `DIR`")
	split := cmd.String("split", "test", "the split to score: test or dev")
	misses := cmd.String("misses", "", "write each error to `FILE` (for tuning on dev)")
	if err := cmd.parseNone(args); err != nil {
		return err
	}
	if *split != "test" && *split != "dev" {
		return cmd.usageError("--split %q is not test or dev", *split)
	}
	if fi, err := os.Stat(*dir); err != nil {
		return cmd.fileError("gsr", *dir, err)
	} else if !fi.IsDir() {
		return cmd.fileError("gsr", *dir, errors.New("not a directory"))
	}
	var mw io.Writer
	if *misses != "" {
		f, err := os.Create(*misses)
		if err != nil {
			return cmd.fileError("misses", *misses, err)
		}
		defer f.Close()
		mw = f
	}
	p := pipeline.New()
	analyse := func(text string) *news.Document {
		doc := p.Analyse(news.Article{Text: text})
		return &doc
	}
	coder := p.Coder()
	scores, err := eval.Events(ctx, *dir, *split, analyse, p.Events, coder.WithMentions().Code, mw)
	if err != nil {
		return err
	}
	for _, s := range scores {
		s.Write(env.stdout)
	}
	return nil
}
