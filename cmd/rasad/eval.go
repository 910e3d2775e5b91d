package main

import (
	"context"
	"fmt"
)

// runEval dispatches "rasad eval KIND": each kind scores one stage against
// gold data and prints a line per figure, the figure last.
func runEval(ctx context.Context, env *env, args []string) error {
	if len(args) == 0 {
		fmt.Fprintln(env.stderr, "usage: rasad eval segment|ner|dates|events|search [flags]")
		return errUsage
	}
	switch args[0] {
	// Each kind lives in its own file, eval_KIND.go.
	case "dates":
		return runEvalDates(ctx, env, args[1:])
	case "segment":
		return runEvalSegment(ctx, env, args[1:])
	case "events":
		return runEvalEvents(ctx, env, args[1:])
	case "search":
		return runEvalSearch(ctx, env, args[1:])
	case "ner":
		return runEvalNER(ctx, env, args[1:])
	}
	fmt.Fprintf(env.stderr, "rasad eval: unknown kind %q\n", args[0])
	return errUsage
}
