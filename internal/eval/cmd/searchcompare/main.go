// Command searchcompare measures the search quality of Rasad beside Bleve's
// "ar" analyser and, with --postgres, PostgreSQL's "arabic" configuration,
// on the same documents and queries (eval.BuildSearchTest), and prints
// each system's figures as rasad eval search prints Rasad's:
//
//	go run ./internal/eval/cmd/searchcompare --conll ../shared/data/anercorp/test.txt [--postgres URL]
//
// It is a tool of its own so that Bleve, used only for this comparison, is
// not linked into the rasad binary.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"

	"rasad/internal/eval"
	"rasad/internal/eval/compare"
)

func main() {
	conll := flag.String("conll", "", "gold data: `FILE` of \"word TAG\" lines (ANERcorp)")
	perDoc := flag.Int("per-doc", 20, "sentences per `document`")
	pgURL := flag.String("postgres", "", "also measure PostgreSQL's arabic configuration on the database at `URL`")
	show := flag.Int("show", 0, "print up to `n` queries with false positives or misses per system, to stderr")
	flag.Parse()
	if *conll == "" || flag.NArg() > 0 || *perDoc < 1 {
		flag.Usage()
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	test, err := eval.ReadSearchTest(*conll, *perDoc)
	if err == nil {
		systems := []eval.System{eval.Rasad, compare.Bleve}
		if *pgURL != "" {
			systems = append(systems, compare.Postgres(*pgURL))
		}
		err = eval.RunSearch(ctx, test, systems, os.Stdout, *show, os.Stderr)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "searchcompare:", err)
		os.Exit(1)
	}
}
