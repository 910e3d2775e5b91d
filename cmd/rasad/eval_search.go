package main

import (
	"context"

	"rasad/internal/eval"
)

// runEvalSearch measures search quality on a test built from a BIO-tagged
// corpus (eval.BuildSearchTest): every distinct name is searched as a
// phrase, and precision and recall over (query, document) pairs are printed
// for Rasad (eval.Rasad: its SQLite store, documents from the full
// pipeline). The systems it is compared with run from a tool of their own,
// internal/eval/cmd/searchcompare, which keeps Bleve out of this binary.
func runEvalSearch(ctx context.Context, env *env, args []string) error {
	cmd := newCommand(env, "eval search", "--conll FILE [--per-doc N] [--show N]", `
Measure search quality on a test built from a BIO-tagged corpus: every
distinct name is searched as a phrase, and precision and recall over
(query, document) pairs are printed. Bleve and PostgreSQL are measured
beside Rasad by go run ./internal/eval/cmd/searchcompare.`)
	conll := cmd.need("conll", "gold data: `FILE` of \"word TAG\" lines (ANERcorp)")
	perDoc := cmd.Int("per-doc", 20, "sentences per `document`")
	misses := cmd.Int("show", 0, "print up to `n` queries with false positives or misses per system, to stderr")
	if err := cmd.parseNone(args); err != nil {
		return err
	}
	if *perDoc < 1 {
		return cmd.usageError("--per-doc must be 1 or more")
	}
	test, err := eval.ReadSearchTest(*conll, *perDoc)
	if err != nil {
		return cmd.fileError("conll", *conll, err)
	}
	return eval.RunSearch(ctx, test, []eval.System{eval.Rasad}, env.stdout, *misses, env.stderr)
}
