// Package seed gives tests the reference article, the project's seed:
// testdata/article.txt at the root of the module (Li Shangfu meets
// Vladimir Putin, published 2023-04-16), the one copy in the repository
// that every package's tests read.
package seed

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rasad/internal/news"
)

// Published is the reference article's publication date.
const Published = "2023-04-16"

// Path returns the path of the reference article, found from the test's
// working directory (its package's folder) up to the module's root.
func Path(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatalf("seed: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "testdata", "article.txt")
		}
		up := filepath.Dir(dir)
		if up == dir {
			tb.Fatalf("seed: no go.mod above the working directory")
		}
		dir = up
	}
}

// Text returns the reference article: its title on the first line, then
// its text.
func Text(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile(Path(tb))
	if err != nil {
		tb.Fatalf("seed: %v", err)
	}
	return string(b)
}

// Article returns the reference article as the pipeline reads it: its
// title, its text and its publication date.
func Article(tb testing.TB) news.Article {
	tb.Helper()
	title, body, _ := strings.Cut(Text(tb), "\n")
	return news.Article{Title: title, Text: body, Published: Published}
}
