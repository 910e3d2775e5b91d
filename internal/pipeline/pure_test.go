package pipeline

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"rasad/internal/article"
	"rasad/internal/ner"
	"rasad/internal/news"
)

// testArticles are the testdata articles TestVersion digests: the
// reference article and the demo articles.
func testArticles(t *testing.T) []news.Article {
	t.Helper()
	names, err := filepath.Glob("../../testdata/demo/*.json")
	if err != nil {
		t.Fatal(err)
	}
	names = append([]string{"../../testdata/article.txt"}, names...)
	var arts []news.Article
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		as, err := article.Parse(name, data, article.Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, a := range as {
			if a.Published == "" {
				a.Published = "2023-04-16"
			}
			arts = append(arts, a)
		}
	}
	if len(arts) < 6 {
		t.Fatalf("%d testdata articles, want 6 or more", len(arts))
	}
	return arts
}

func docJSON(t *testing.T, p *Pipeline, a news.Article) []byte {
	data, err := json.Marshal(p.Run(a))
	if err != nil {
		t.Error(err)
	}
	return data
}

// TestRunIsPure: what Run makes of an article is a function of that
// article alone. Each article is analysed first on its own, with the
// recogniser's word memo empty; then the set is analysed again in other
// orders, serially and by several goroutines at once on one Pipeline and
// on several, and every document must be the same bytes. Shared state
// (a memo filled by an earlier article, a pooled buffer not reset, a
// map's order feeding a choice, a race) shows here; run it with -race.
func TestRunIsPure(t *testing.T) {
	arts := testArticles(t)
	rec := ner.DefaultRecognizer()
	want := make([][]byte, len(arts))
	p := New()
	for i, a := range arts {
		ner.ForgetWords(rec) // nothing remembered of another article
		want[i] = docJSON(t, p, a)
	}
	check := func(how string, i int, got []byte) {
		if !bytes.Equal(got, want[i]) {
			t.Errorf("%s: %s: the document differs from the one it gets alone:\n%s\nalone:\n%s", how, arts[i].Title, got, want[i])
		}
	}
	order := make([]int, len(arts))
	for i := range order {
		order[i] = len(arts) - 1 - i
	}
	for _, i := range order { // serially, after the others
		check("serially, reversed", i, docJSON(t, p, arts[i]))
	}
	const workers, rounds = 4, 2
	for _, shared := range []bool{true, false} {
		how := "concurrently, one Pipeline"
		if !shared {
			how = "concurrently, a Pipeline each"
		}
		var wg sync.WaitGroup
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				q := p
				if !shared {
					q = New()
				}
				mine := slices.Clone(order)
				for r := range rounds {
					// each worker in its own order, so that the articles
					// overlap differently
					k := (w*3 + r) % len(mine)
					mine = append(mine[k:], mine[:k]...)
					for _, i := range mine {
						check(how, i, docJSON(t, q, arts[i]))
					}
				}
			}()
		}
		wg.Wait()
	}
}
