package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"rasad/internal/arabic"
	"rasad/internal/article"
	"rasad/internal/ingest"
	"rasad/internal/ner"
	"rasad/internal/wordclass"
)

// runTrainClasses learns word classes from unlabelled text, over the stems
// the NER features use, for "rasad train ner --classes".
func runTrainClasses(ctx context.Context, env *env, args []string) error {
	cmd := newCommand(env, "train classes", "--out FILE [--k N] [--conll FILE]... [PATH...]", `
Learn word classes from unlabelled text (files, folders, zips or "-", as
ingest reads them, and CoNLL files), over the stems the NER features use,
for "rasad train ner --classes".`)
	out := cmd.String("out", "", "write the classes to `FILE`")
	k := cmd.Int("k", 256, "number of classes")
	iterations := cmd.Int("iterations", 6, "passes of the exchange algorithm")
	minCount := cmd.Int("min-count", 3, "words seen fewer times get no class")
	var conll []string
	cmd.Func("conll", "also read the words of a CoNLL or CoNLL-U `FILE` (a word a line, first column or FORM; blank line between sentences); repeatable", func(s string) error {
		conll = append(conll, s)
		return nil
	})
	paths, err := cmd.parse(args)
	if err != nil {
		return err
	}
	if *out == "" || (len(paths) == 0 && len(conll) == 0) {
		return cmd.usageError("--out and some text to learn from (PATH or --conll) are needed")
	}
	st, err := ner.NewStemmer()
	if err != nil {
		return err
	}
	c := wordclass.NewCounter()
	sentences := 0
	add := func(words []string) {
		for i, w := range words {
			words[i] = arabic.SearchKey(w)
		}
		c.Add(st.Stems(words))
		sentences++
	}
	for _, name := range conll {
		if err := readConllWords(name, add); err != nil {
			return err
		}
	}
	articles, bad := 0, 0
	err = ingest.Walk(ctx, paths, env.stdin, article.Options{}.MaxInput(), func(in ingest.Input, err error) error {
		if err != nil {
			fmt.Fprintf(env.stderr, "rasad train classes: %s\n", inputError(err))
			bad++
			return nil
		}
		arts, err := article.Parse(in.Name, in.Data, article.Options{})
		if err != nil {
			fmt.Fprintf(env.stderr, "rasad train classes: %s\n", inputError(err))
			bad++
		}
		for _, a := range arts {
			for _, text := range []string{a.Title, a.Text} {
				toks := arabic.Tokenize(text)
				t := 0
				for _, s := range arabic.Sentences(text, toks) {
					var words []string
					for ; t < len(toks) && toks[t].Start < s.End; t++ {
						if toks[t].Start >= s.Start {
							words = append(words, toks[t].Text)
						}
					}
					if len(words) > 0 {
						add(words)
					}
				}
			}
			articles++
		}
		return nil
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stderr, "%s read %d articles, %d sentences, %d words (%d inputs not read)\n",
		time.Now().Format("15:04:05"), articles, sentences, c.Tokens(), bad)
	classes, err := c.Cluster(wordclass.Options{K: *k, Iterations: *iterations, MinCount: *minCount,
		Progress: func(pass, moved int, ll float64) {
			fmt.Fprintf(env.stderr, "%s pass %d: %d words moved, log-likelihood %.6g\n", time.Now().Format("15:04:05"), pass, moved, ll)
		}})
	if err != nil {
		return fmt.Errorf("train classes: %w", err)
	}
	w, err := os.Create(*out)
	if err != nil {
		return err
	}
	if err := classes.Write(w); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}

// readConllWords calls add with the words of each sentence of a CoNLL file
// ("word TAG" lines) or CoNLL-U file (the FORM of each word line; comments
// and multiword-token and empty-node lines skipped).
func readConllWords(name string, add func([]string)) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	return scanConllWords(f, name, add)
}

func scanConllWords(r io.Reader, name string, add func([]string)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	var words []string
	flush := func() {
		if len(words) > 0 {
			add(words)
			words = nil
		}
	}
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		switch {
		case l == "":
			flush()
			continue
		case strings.HasPrefix(l, "#"):
			continue
		}
		if f := strings.Split(l, "\t"); len(f) >= 10 { // CoNLL-U
			if strings.ContainsAny(f[0], "-.") {
				continue
			}
			words = append(words, f[1])
			continue
		}
		words = append(words, strings.Fields(l)[0])
	}
	flush()
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return nil
}
