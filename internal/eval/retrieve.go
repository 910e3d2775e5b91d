package eval

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"rasad/internal/ner"
	"rasad/internal/news"
	"rasad/internal/pipeline"
	"rasad/internal/search"
	"rasad/internal/store"
	"rasad/internal/store/sqlite"
)

// A Retriever returns the indexes of the documents that match a name
// searched as a phrase.
type Retriever func(ctx context.Context, name string) ([]int, error)

// A System is a search system under test: Open indexes the documents and
// returns its retriever and what to call when done with it.
type System struct {
	Name string
	Open func(ctx context.Context, docs []string) (Retriever, func(), error)
}

// ReadSearchTest builds the search test of a BIO-tagged corpus file
// ("word TAG" lines, as ANERcorp), perDoc sentences to a document.
func ReadSearchTest(path string, perDoc int) (SearchTest, error) {
	f, err := os.Open(path)
	if err != nil {
		return SearchTest{}, err
	}
	defer f.Close()
	sents, err := ner.ReadCoNLL(f, path)
	if err != nil {
		return SearchTest{}, err
	}
	words := make([][]string, len(sents))
	tags := make([][]string, len(sents))
	for k, s := range sents {
		words[k], tags[k] = s.Words, s.Tags
	}
	return BuildSearchTest(words, tags, perDoc), nil
}

// RunSearch writes the size of the test, then runs every query on each
// system in turn and writes its figures (SearchScore.WriteSearch, against
// the strict gold and the within gold). With show > 0, up to show queries
// per system that retrieved a false document or missed one are written to
// misses.
func RunSearch(ctx context.Context, test SearchTest, systems []System, w io.Writer, show int, misses io.Writer) error {
	fmt.Fprintf(w, "documents %d\nqueries %d\n", len(test.Docs), len(test.Queries))
	for _, sys := range systems {
		find, done, err := sys.Open(ctx, test.Docs)
		if err != nil {
			return fmt.Errorf("eval search: %s: %w", sys.Name, err)
		}
		var score, within SearchScore
		shown := 0
		for _, q := range test.Queries {
			got, err := find(ctx, q.Text)
			if err != nil {
				done()
				return fmt.Errorf("eval search: %s: query %q: %w", sys.Name, q.Text, err)
			}
			before := score
			score.Add(q.Relevant, got)
			within.Add(q.Within, got)
			if correct := score.Correct - before.Correct; shown < show && (correct != len(got) || correct != len(q.Relevant)) {
				shown++
				fmt.Fprintf(misses, "%s %q relevant %v within %v retrieved %v\n", sys.Name, q.Text, q.Relevant, q.Within, got)
			}
		}
		done()
		if err := score.WriteSearch(w, sys.Name); err != nil {
			return err
		}
		if err := within.WriteSearch(w, sys.Name+" within"); err != nil {
			return err
		}
	}
	return nil
}

// Rasad is Rasad's own search as a system under test: every document runs
// through the pipeline into a SQLite archive in a temporary directory,
// which is searched and removed when done.
var Rasad = System{Name: "rasad", Open: openRasad}

func openRasad(ctx context.Context, docs []string) (Retriever, func(), error) {
	dir, err := os.MkdirTemp("", "rasad-eval-search-")
	if err != nil {
		return nil, nil, err
	}
	cleanup := func() { os.RemoveAll(dir) }
	st, err := sqlite.Open(ctx, filepath.Join(dir, "eval.db"), nil)
	if err != nil {
		cleanup()
		return nil, nil, err
	}
	done := func() { st.Close(); cleanup() }
	p := pipeline.New()
	ids := map[string]int{}
	entries := make([]store.Entry, 0, len(docs))
	for i, text := range docs {
		doc := p.Run(news.Article{Text: text, URL: "eval:" + strconv.Itoa(i)})
		ids[doc.ID] = i
		entries = append(entries, store.Entry{Doc: &doc, Origin: "eval"})
	}
	if _, err := st.PutBatch(ctx, entries); err != nil {
		done()
		return nil, nil, err
	}
	find := func(ctx context.Context, name string) ([]int, error) {
		q, err := search.Parse(`"` + strings.ReplaceAll(name, `"`, " ") + `"`)
		if err != nil {
			return nil, err
		}
		res, err := st.Search(ctx, q, store.Page{Limit: len(docs), SnippetBytes: 1})
		if err != nil {
			return nil, err
		}
		var out []int
		for _, h := range res.Hits {
			out = append(out, ids[h.ID])
		}
		return out, nil
	}
	return find, done, nil
}
