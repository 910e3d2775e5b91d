package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"rasad/internal/arabic"
	"rasad/internal/eval"
	"rasad/internal/news"
	"rasad/internal/when"
)

// runEvalDates scores date recognition against the DATE mentions of Wojood:
// "rasad eval dates --wojood DIR|FILE".
func runEvalDates(ctx context.Context, env *env, args []string) error {
	cmd := newCommand(env, "eval dates", "--wojood DIR|FILE [--split train|val|test] [--diff]", `
Finds the time expressions of each sentence and prints the precision, recall
and F1 of Wojood's DATE mentions, matched by overlap, F1 last.`)
	wojood := cmd.need("wojood", "the Wojood `DIR` (its test.txt is scored) or one FILE of it")
	split := cmd.String("split", "test", "with a DIR, the `SPLIT` to score: train, val or test")
	diff := cmd.Bool("diff", false, "print the missed gold mentions and the extra spans instead of the scores")
	if err := cmd.parseNone(args); err != nil {
		return err
	}
	path := *wojood
	if st, err := os.Stat(path); err != nil {
		return cmd.fileError("wojood", path, err)
	} else if st.IsDir() {
		path = filepath.Join(path, *split+".txt")
	}
	f, err := cmd.open("wojood", path)
	if err != nil {
		return err
	}
	defer f.Close()
	sents, err := eval.ReadWojood(f, path)
	if err != nil {
		return fmt.Errorf("eval dates: %w", err)
	}
	if len(sents) == 0 {
		return fmt.Errorf("eval dates: %s: no sentences", path)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	spans := func(text string) []news.Span { return when.Spans(text, arabic.Tokenize(text)) }
	if *diff {
		return eval.WriteDateDiff(env.stdout, sents, spans)
	}
	fmt.Fprintf(env.stdout, "# %s\n", path)
	return eval.Dates(sents, spans).Write(env.stdout)
}
