package main

import (
	"archive/zip"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"rasad/internal/article"
	"rasad/internal/news"
)

// Terms are the countries and groups an article of the population names:
// at least two of them, anywhere in its text (the previous audit's list).
var Terms = []string{"روسيا", "إيران", "العراق", "سوريا", "تركيا", "مصر", "اليمن",
	"الولايات المتحدة", "لبنان", "ليبيا", "إسرائيل", "فلسطين", "قطر", "الحوثي", "داعش"}

// The population's bounds on the length of an article's text, in characters.
const (
	MinChars = 800
	MaxChars = 5000
)

// Ref names one article of the corpus as the audits' articles.json does:
// the archive, the JSON file inside it, and the position in its array.
type Ref struct {
	Zip   string `json:"zip"`
	Inner string `json:"inner"`
	Index int    `json:"index"`
}

func (r Ref) key() string { return r.Zip + ":" + r.Inner + ":" + strconv.Itoa(r.Index) }

// Drawn is one article of a sample, written to articles.json.
type Drawn struct {
	Name      string `json:"name"`
	Zip       string `json:"zip"`
	Inner     string `json:"inner"`
	Index     int    `json:"index"`
	Source    string `json:"source"`
	Published string `json:"published"`
	Title     string `json:"title"`
}

// Candidate is an article of the population, with what the pipeline needs.
type Candidate struct {
	Ref
	Article news.Article
}

// InPopulation reports whether a text belongs to the population: MinChars
// to MaxChars characters naming at least two of Terms.
func InPopulation(text string) bool {
	if n := utf8.RuneCountInString(text); n < MinChars || n > MaxChars {
		return false
	}
	named := 0
	for _, t := range Terms {
		if strings.Contains(text, t) {
			named++
		}
	}
	return named >= 2
}

// Population reads every .zip archive of dir (SaudiNewsNet: one JSON array
// per member) in name order and returns the articles in the population
// that exclude does not hold, in archive, member and index order. A record
// that cannot be read as an article is skipped (it has no text).
func Population(dir string, exclude map[string]bool) ([]Candidate, error) {
	zips, err := filepath.Glob(filepath.Join(dir, "*.zip"))
	if err != nil {
		return nil, fmt.Errorf("population %s: %w", dir, err)
	}
	if len(zips) == 0 {
		return nil, fmt.Errorf("population %s: no .zip archives", dir)
	}
	sort.Strings(zips)
	var out []Candidate
	for _, z := range zips {
		cs, err := readZip(z, exclude)
		if err != nil {
			return nil, err
		}
		out = append(out, cs...)
	}
	return out, nil
}

func readZip(path string, exclude map[string]bool) ([]Candidate, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, fmt.Errorf("population %s: %w", path, err)
	}
	defer zr.Close()
	var out []Candidate
	for _, f := range zr.File {
		if f.FileInfo().IsDir() || !strings.HasSuffix(f.Name, ".json") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("population %s:%s: %w", path, f.Name, err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, fmt.Errorf("population %s:%s: %w", path, f.Name, err)
		}
		// Records without text are reported in the joined error and
		// skipped; the others keep their index in the array (Origin).
		arts, _ := article.ParseJSON(f.Name, data, article.Options{})
		for _, a := range arts {
			i := strings.LastIndexByte(a.Origin, '[')
			idx, err := strconv.Atoi(strings.TrimSuffix(a.Origin[i+1:], "]"))
			if i < 0 || err != nil {
				return nil, fmt.Errorf("population %s:%s: record %q has no index", path, f.Name, a.Origin)
			}
			ref := Ref{Zip: filepath.Base(path), Inner: f.Name, Index: idx}
			if exclude[ref.key()] || !InPopulation(a.Text) {
				continue
			}
			out = append(out, Candidate{Ref: ref, Article: a})
		}
	}
	return out, nil
}

// ReadExclusions adds to set the articles an articles.json lists (a JSON
// array of objects with zip, inner and index).
func ReadExclusions(path string, set map[string]bool) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("exclude %s: %w", path, err)
	}
	var refs []Ref
	if err := json.Unmarshal(data, &refs); err != nil {
		return fmt.Errorf("exclude %s: %w", path, err)
	}
	for _, r := range refs {
		if r.Zip == "" || r.Inner == "" {
			return fmt.Errorf("exclude %s: an entry has no zip or inner", path)
		}
		set[r.key()] = true
	}
	return nil
}

// ReadExclusionDir adds to set the article of each *.json file of dir
// (the development set's gold files: {"article": {zip, inner, index}}).
func ReadExclusionDir(dir string, set map[string]bool) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil || len(files) == 0 {
		return fmt.Errorf("exclude-dir %s: no .json files", dir)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return fmt.Errorf("exclude-dir %s: %w", f, err)
		}
		var gold struct {
			Article *Ref `json:"article"`
		}
		if err := json.Unmarshal(data, &gold); err != nil {
			return fmt.Errorf("exclude-dir %s: %w", f, err)
		}
		if gold.Article == nil || gold.Article.Zip == "" || gold.Article.Inner == "" {
			return fmt.Errorf("exclude-dir %s: no article {zip, inner, index}", f)
		}
		set[gold.Article.key()] = true
	}
	return nil
}

// Draw returns n distinct indexes of [0, size) drawn with a generator
// seeded with seed, in the order drawn (all of them, shuffled, when n ≥
// size). Each call starts from the seed again, so each draw of an audit
// depends only on the seed and what it draws from.
func Draw(seed int64, size, n int) []int {
	perm := rand.New(rand.NewSource(seed)).Perm(size)
	if n < size {
		perm = perm[:n]
	}
	return perm
}

// Sample draws n articles of the population and names them prefix01,
// prefix02, … in the order drawn. published is the day the article's
// record carries (date_extracted).
func Sample(pop []Candidate, seed int64, n int, prefix string) ([]Candidate, []Drawn) {
	idx := Draw(seed, len(pop), n)
	cands := make([]Candidate, len(idx))
	drawn := make([]Drawn, len(idx))
	for k, i := range idx {
		c := pop[i]
		cands[k] = c
		drawn[k] = Drawn{Name: fmt.Sprintf("%s%02d", prefix, k+1), Zip: c.Zip, Inner: c.Inner,
			Index: c.Index, Source: c.Article.Source, Published: c.Article.Published, Title: c.Article.Title}
	}
	return cands, drawn
}
