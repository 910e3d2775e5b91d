// Command auditsample draws a precision audit's sample reproducibly and
// writes the template the coder fills in.
//
//	go run ./internal/eval/cmd/auditsample -seed 2026 -n 30 -prefix c \
//	    -exclude ../shared/seed/audit/articles.json -exclude-dir ../shared/seed/dev \
//	    -out docs/audit/2026-12-06 ../shared/data/saudinewsnet
//
// The population is every SaudiNewsNet article (each .zip of the data
// folder holds one JSON array; an article is named by the archive, the
// member and its index in the array) whose text has 800 to 5,000
// characters and names at least two of روسيا إيران العراق سوريا تركيا مصر
// اليمن الولايات المتحدة لبنان ليبيا إسرائيل فلسطين قطر الحوثي داعش, less the
// articles of each -exclude file (an articles.json) and of each
// -exclude-dir folder (the development set's gold files). From it, n
// articles are drawn with math/rand seeded with -seed (Perm, first n) and
// named prefix01… in the order drawn; they are written to
// OUT/articles.json (name, zip, inner, index, source, published, title).
//
// Each article is analysed in process by internal/pipeline, published
// being the day of its date_extracted. The output is pooled, in article
// and output order: the asserted events, the quotes, the entities. With the
// generator seeded with -seed again before each draw, -events events,
// -quotes quotes and -entities entities are drawn, and OUT/items.tsv gets
// one row per item (E01…, Q01…, N01…) with what the program printed — an
// event's code and label, source and target as name|country|actor; a
// quote's kind and speaker as name|country|words|via=channel; an entity's
// type, name and country|actor — empty verdict columns, and the sentence,
// quote or mentions, cut at 200 characters.
//
// With -tally FILE it reads a judged items.tsv and prints the results
// table of the audit's README (events fully right, with the right event,
// right if an empty target is allowed; quotes and entities right; the
// error categories by kind) and nothing else.
//
// With -articles FILE the articles of an earlier sample are analysed
// again instead of drawing new ones (to judge a later build on the same
// articles); -docs FILE writes the full documents as JSON lines for the
// coder to read (they hold the articles' text: keep them out of the
// repository, SaudiNewsNet is CC BY-NC-SA).
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"rasad/internal/news"
	"rasad/internal/pipeline"
)

// paths is a flag that may be given more than once.
type paths []string

func (p *paths) String() string     { return strings.Join(*p, ",") }
func (p *paths) Set(s string) error { *p = append(*p, s); return nil }

func main() {
	var excl, exclDirs paths
	seed := flag.Int64("seed", 0, "the audit's `seed`")
	n := flag.Int("n", 30, "how many `articles` to draw")
	nEvents := flag.Int("events", 80, "how many asserted `events` to draw")
	nQuotes := flag.Int("quotes", 40, "how many `quotes` to draw")
	nEntities := flag.Int("entities", 40, "how many `entities` to draw")
	prefix := flag.String("prefix", "c", "the articles' names' `prefix`")
	out := flag.String("out", "", "write articles.json and items.tsv to `DIR`")
	again := flag.String("articles", "", "analyse the articles of this articles.json `FILE` instead of drawing")
	docs := flag.String("docs", "", "write the documents as JSON lines to `FILE` (outside the repository)")
	tally := flag.String("tally", "", "print the results of a judged items.tsv `FILE` and stop")
	flag.Var(&excl, "exclude", "leave out the articles of this articles.json `FILE` (repeatable)")
	flag.Var(&exclDirs, "exclude-dir", "leave out the article of each gold .json file of `DIR` (repeatable)")
	flag.Parse()
	if *tally != "" {
		if err := printTally(*tally); err != nil {
			fmt.Fprintln(os.Stderr, "auditsample:", err)
			os.Exit(1)
		}
		return
	}
	if flag.NArg() != 1 || *out == "" || *n < 1 {
		fmt.Fprintln(os.Stderr, "usage: auditsample -seed N -out DIR [flags] SAUDINEWSNET_DIR")
		flag.PrintDefaults()
		os.Exit(2)
	}
	if err := run(flag.Arg(0), *out, *again, *docs, *prefix, excl, exclDirs, *seed, *n, *nEvents, *nQuotes, *nEntities); err != nil {
		fmt.Fprintln(os.Stderr, "auditsample:", err)
		os.Exit(1)
	}
}

func run(data, out, again, docsFile, prefix string, excl, exclDirs []string, seed int64, n, nEvents, nQuotes, nEntities int) error {
	exclude := map[string]bool{}
	for _, f := range excl {
		if err := ReadExclusions(f, exclude); err != nil {
			return err
		}
	}
	for _, d := range exclDirs {
		if err := ReadExclusionDir(d, exclude); err != nil {
			return err
		}
	}
	var cands []Candidate
	var drawn []Drawn
	if again != "" {
		var err error
		if cands, drawn, err = reread(data, again); err != nil {
			return err
		}
	} else {
		pop, err := Population(data, exclude)
		if err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "population: %d articles (%d excluded by name)\n", len(pop), len(exclude))
		cands, drawn = Sample(pop, seed, n, prefix)
	}
	p := pipeline.New()
	names := make([]string, len(cands))
	docs := make([]news.Document, len(cands))
	for i, c := range cands {
		names[i] = drawn[i].Name
		docs[i] = p.Run(c.Article)
	}
	items := Items(names, docs, seed, nEvents, nQuotes, nEntities)
	if err := os.MkdirAll(out, 0o755); err != nil {
		return fmt.Errorf("out %s: %w", out, err)
	}
	if again == "" {
		js, _ := json.MarshalIndent(drawn, "", " ")
		if err := os.WriteFile(filepath.Join(out, "articles.json"), append(js, '\n'), 0o644); err != nil {
			return fmt.Errorf("out %s: %w", out, err)
		}
	}
	if err := writeFile(filepath.Join(out, "items.tsv"), func(f *os.File) error { return WriteItems(f, items) }); err != nil {
		return err
	}
	if docsFile != "" {
		err := writeFile(docsFile, func(f *os.File) error {
			enc := json.NewEncoder(f)
			for i := range docs {
				if err := enc.Encode(struct {
					Name string         `json:"name"`
					Doc  *news.Document `json:"doc"`
				}{names[i], &docs[i]}); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	ev, qu, en := Pool(names, docs)
	fmt.Fprintf(os.Stderr, "pool: %d asserted events, %d quotes, %d entities; %d items written\n", len(ev), len(qu), len(en), len(items))
	return nil
}

// reread finds the articles an earlier articles.json lists in data.
func reread(data, file string) ([]Candidate, []Drawn, error) {
	raw, err := os.ReadFile(file)
	if err != nil {
		return nil, nil, fmt.Errorf("articles %s: %w", file, err)
	}
	var drawn []Drawn
	if err := json.Unmarshal(raw, &drawn); err != nil {
		return nil, nil, fmt.Errorf("articles %s: %w", file, err)
	}
	pop, err := Population(data, nil)
	if err != nil {
		return nil, nil, err
	}
	byKey := map[string]Candidate{}
	for _, c := range pop {
		byKey[c.key()] = c
	}
	cands := make([]Candidate, len(drawn))
	for i, d := range drawn {
		c, ok := byKey[Ref{d.Zip, d.Inner, d.Index}.key()]
		if !ok {
			return nil, nil, fmt.Errorf("articles %s: %s (%s:%s[%d]) is not in the population of %s", file, d.Name, d.Zip, d.Inner, d.Index, data)
		}
		cands[i] = c
	}
	return cands, drawn, nil
}

// writeFile creates path and writes it with fill, reporting either's error.
func writeFile(path string, fill func(*os.File) error) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("out %s: %w", path, err)
	}
	err = fill(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("out %s: %w", path, err)
	}
	return nil
}

// printTally prints the results of the judged items.tsv at path.
func printTally(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("tally: %w", err)
	}
	defer f.Close()
	t, err := ReadTally(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	t.Write(os.Stdout)
	return nil
}
