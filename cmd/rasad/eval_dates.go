package main

import (
	"context"
	"flag"
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
	fs := flag.NewFlagSet("eval dates", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	wojood := fs.String("wojood", "", "the Wojood `DIR` (its test.txt is scored) or one FILE of it")
	split := fs.String("split", "test", "with a DIR, the `SPLIT` to score: train, val or test")
	diff := fs.Bool("diff", false, "print the missed gold mentions and the extra spans instead of the scores")
	fs.Usage = func() {
		fmt.Fprintln(env.stderr, "usage: rasad eval dates --wojood DIR|FILE [--split train|val|test] [--diff]")
		fmt.Fprintln(env.stderr, "Finds the time expressions of each sentence and prints the precision, recall")
		fmt.Fprintln(env.stderr, "and F1 of Wojood's DATE mentions, matched by overlap, F1 last.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return nil
		}
		return errUsage
	}
	if *wojood == "" || fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	path := *wojood
	if st, err := os.Stat(path); err != nil {
		return fmt.Errorf("eval dates: %w", err)
	} else if st.IsDir() {
		path = filepath.Join(path, *split+".txt")
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("eval dates: %w", err)
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
