package main

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"rasad/internal/article"
	"rasad/internal/news"
)

func runExtract(ctx context.Context, env *env, args []string) error {
	cmd := newCommand(env, "extract", "[flags] [FILE...]", `
Analyse articles and print their documents as JSON: one object for one
article, JSON Lines for several. FILE is plain text (first line the title),
JSON or JSON Lines ({"title","text","published","url","source"}), or an HTML
page, as its extension says (.txt; .json, .jsonl; .html, .htm) or --kind;
"-" or no FILE reads standard input, whose kind (as that of a file with
another extension) is what its content looks like.`)
	published := cmd.String("published", "", "publication date `YYYY-MM-DD` for articles that carry none")
	jsonl := cmd.Bool("jsonl", false, "print JSON Lines, one document a line, even for one article")
	tokens := cmd.Bool("tokens", false, "include the tokens (with their clitics) in each document")
	maxBytes := cmd.Int64("max-bytes", article.DefaultMaxBytes, "largest input file in `bytes`")
	var kind article.Kind
	cmd.Func("kind", "read every input as `KIND`: text, json or html (default: by its extension, else by its content)", func(s string) (err error) {
		kind, err = article.ParseKind(s)
		return err
	})
	paths, err := cmd.parse(args)
	if err != nil {
		return err
	}
	opt := article.Options{MaxBytes: *maxBytes, Kind: kind}
	day, err := cmd.published(*published)
	if err != nil {
		return err
	}
	opt.Published = day
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	out := newDocWriter(env.stdout, *jsonl || len(paths) > 1)
	return analyseFiles(ctx, env, "extract", paths, opt, func(doc news.Document, many bool) error {
		if many {
			out.lines = true
		}
		if !*tokens {
			doc.Tokens = nil
		}
		if err := out.write(doc); err != nil {
			return fmt.Errorf("write: %w", err)
		}
		return nil
	})
}

// analyseFiles runs the pipeline on the articles of each path in turn and
// hands each document to fn, with whether its input holds several
// articles. An input that cannot be read is reported on stderr as
// "rasad CMD: error" and the others are still processed; the result is
// errSomeFailed then. fn's error stops the run.
func analyseFiles(ctx context.Context, env *env, cmd string, paths []string, opt article.Options, fn func(doc news.Document, many bool) error) error {
	p, err := newPipeline()
	if err != nil {
		return err
	}
	failed, undated := 0, 0
	defer func() {
		if undated > maxUndatedLines {
			fmt.Fprintf(env.stderr, "rasad %s: %d more articles have no publication date: give --published YYYY-MM-DD\n", cmd, undated-maxUndatedLines)
		}
	}()
	for _, path := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		blank := 0
		opt.Blank = func(string) { blank++ }
		arts, err := readInput(env, path, opt)
		for _, e := range splitJoined(err) {
			failed++
			fmt.Fprintf(env.stderr, "rasad %s: %s\n", cmd, inputError(e))
		}
		if blank > 0 {
			fmt.Fprintf(env.stderr, "rasad %s: %s: %s (neither title nor text) skipped\n", cmd, path, count(blank, "blank item"))
		}
		for _, a := range arts {
			doc := p.Run(a)
			if a.Published == "" {
				if undated++; undated <= maxUndatedLines {
					fmt.Fprintf(env.stderr, "rasad %s: %s: warning: %s\n", cmd, cmp.Or(a.Origin, path), news.NoPublished)
				}
			}
			if err := fn(doc, len(arts) > 1); err != nil {
				return err
			}
		}
	}
	if failed > 0 {
		return errSomeFailed
	}
	return nil
}

// inputError is the message of an input that failed, with how to raise
// the size limit when it was too large.
func inputError(err error) string {
	if errors.Is(err, article.ErrTooLarge) {
		return err.Error() + "; --max-bytes raises the limit"
	}
	return err.Error()
}

// count says how many of a thing: "1 blank item", "2 blank items".
func count(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return fmt.Sprintf("%d %ss", n, thing)
}

// splitJoined returns the errors joined in err (a JSON Lines file with
// several bad lines), err alone, or none.
func splitJoined(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	if err != nil {
		return []error{err}
	}
	return nil
}

// maxUndatedLines bounds the warnings of articles without a publication
// date that analyseFiles prints one by one; it counts the rest.
const maxUndatedLines = 3

// readInput reads the articles of a path, "-" being standard input.
func readInput(env *env, path string, opt article.Options) ([]news.Article, error) {
	if path == "-" {
		return article.Read("standard input", env.stdin, opt)
	}
	return article.ReadFile(path, opt)
}

// docWriter prints documents: indented JSON, or one a line.
type docWriter struct {
	w     io.Writer
	lines bool
}

func newDocWriter(w io.Writer, lines bool) *docWriter { return &docWriter{w: w, lines: lines} }

func (d *docWriter) write(doc news.Document) error {
	enc := json.NewEncoder(d.w)
	enc.SetEscapeHTML(false)
	if !d.lines {
		enc.SetIndent("", "  ")
	}
	return enc.Encode(doc)
}
