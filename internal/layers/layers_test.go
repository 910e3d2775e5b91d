package layers

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strings"
	"testing"
)

// layer is a rank of the import order and the packages it holds, by
// import path below "rasad/internal/" (a path ending in "/..." holds the
// folder and everything under it). Commands (package main) are always the
// top layer.
type layer struct {
	name string
	pkgs []string
}

// layers, bottom first: a package imports only from its own row or the
// rows above it here.
var layers = []layer{
	{"nouns: the types every stage shares, no I/O", []string{"news"}},
	{"text: normalisation, tokens, sentences, clitics; the word knowledge every stage reads, the filter in front of word maps, and the pool of per-document working arrays", []string{"arabic", "lexicon", "bloom", "reuse"}},
	{"stages: each reads text or tokens and makes one kind of knowledge", []string{
		"actor", "article", "dedup", "entity", "entity/agent", "entity/alef", "entity/ambiguous", "entity/armed", "entity/body", "entity/byline", "entity/dual", "entity/kingdom", "entity/locate", "entity/nameparts", "entity/namesake", "entity/national", "entity/nisba", "entity/outlet", "entity/placename", "entity/shape", "entity/span", "entity/story", "entity/surname", "event", "event/act", "event/anaphor", "event/background", "event/blame", "event/cameo", "event/clause", "event/doer", "event/epithet", "event/force", "event/frame", "event/frame/convoy", "event/frame/object", "event/frame/setting", "event/genre", "event/inflect", "event/lexfile", "event/locale", "event/morph", "event/occur", "event/order", "event/polarity", "event/reading", "event/report", "event/retell", "event/sense", "event/thing", "event/vocab", "event/voice", "ner", "quote", "quote/agent", "quote/agree", "quote/head", "quote/headline", "quote/holder", "quote/honor", "quote/lexclass", "quote/marks", "quote/office", "quote/parts", "quote/refer", "quote/sentence", "quote/setting", "quote/spans", "quote/word", "scene", "when", "wordclass"}},
	{"pipeline: the stages in order, Article to Document", []string{"pipeline"}},
	{"archive: storing, searching, ingesting, following feeds, exporting documents", []string{
		"search", "store", "store/postgres", "store/sqlite", "ingest", "export", "feed", "queue"}},
	{"services: the HTTP server (its drawings and calendar beside it) and the evaluations", []string{
		"server", "server/draw", "server/metrics", "server/period", "eval", "eval/..."}},
}

// testHelpers are packages for tests only: they may import any layer, and
// only tests may import them.
var testHelpers = []string{"golden", "tabletest", "cputime", "store/storetest", "feed/feedtest", "queue/queuetest", "event/frame/frametest", "seed", "layers"}

const module = "rasad/internal/"

// match reports whether the import path p is one of pkgs.
func match(p string, pkgs []string) bool {
	rel, ok := strings.CutPrefix(p, module)
	if !ok {
		return false
	}
	for _, q := range pkgs {
		if rel == q {
			return true
		}
		if dir, ok := strings.CutSuffix(q, "/..."); ok && (rel == dir || strings.HasPrefix(rel, dir+"/")) {
			return true
		}
	}
	return false
}

// pkg is what go list tells of a package.
type pkg struct {
	ImportPath string
	Name       string
	Imports    []string
}

// rank is the layer of p, len(layers) for commands, -1 for a test helper,
// or -2 for a package in no layer.
func rank(p pkg) int {
	if match(p.ImportPath, testHelpers) {
		return -1
	}
	if p.Name == "main" {
		return len(layers)
	}
	for i, l := range layers {
		if match(p.ImportPath, l.pkgs) {
			return i
		}
	}
	return -2
}

func layerName(r int) string {
	if r == len(layers) {
		return "commands"
	}
	return layers[r].name
}

// listModule lists every package of the module with its imports (those of
// its non-test files).
func listModule(t *testing.T) []pkg {
	t.Helper()
	out, err := exec.Command("go", "list", "-json=ImportPath,Name,Imports", "rasad/...").Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("go list: %v\n%s", err, ee.Stderr)
		}
		t.Fatalf("go list: %v", err)
	}
	var pkgs []pkg
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for {
		var p pkg
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("go list output: %v", err)
		}
		pkgs = append(pkgs, p)
	}
	if len(pkgs) < 10 {
		t.Fatalf("go list found %d packages; is the test run inside the module?", len(pkgs))
	}
	return pkgs
}

func TestImportDirection(t *testing.T) {
	for _, v := range violations(listModule(t)) {
		t.Error(v)
	}
}

// violations lists the packages in no layer and the imports against the
// direction.
func violations(pkgs []pkg) []string {
	var out []string
	ranks := make(map[string]int, len(pkgs))
	for _, p := range pkgs {
		ranks[p.ImportPath] = rank(p)
		if ranks[p.ImportPath] == -2 {
			out = append(out, p.ImportPath+" belongs to no layer: add it to the table in internal/layers/layers_test.go")
		}
	}
	for _, p := range pkgs {
		from := ranks[p.ImportPath]
		if from < 0 {
			continue
		}
		for _, imp := range p.Imports {
			to, ok := ranks[imp]
			switch {
			case !ok: // the standard library or another module
			case to == -1:
				out = append(out, fmt.Sprintf("%s imports %s, which helps tests only", p.ImportPath, imp))
			case to > from:
				out = append(out, fmt.Sprintf("%s (%s) imports %s (%s), a higher layer: imports run one way, %s",
					p.ImportPath, layerName(from), imp, layerName(to), direction))
			}
		}
	}
	return out
}

const direction = "news ← arabic ← stages ← pipeline ← store, search ← server, eval ← commands"

func TestViolations(t *testing.T) {
	pkgs := []pkg{
		{module + "news", "news", nil},
		{module + "arabic", "arabic", []string{module + "news", "strings"}},
		{module + "when", "when", []string{module + "arabic", module + "pipeline"}},
		{module + "pipeline", "pipeline", []string{module + "when", module + "golden"}},
		{module + "golden", "golden", []string{module + "pipeline"}},
		{module + "feeds", "feeds", nil},
	}
	got := strings.Join(violations(pkgs), "\n")
	for _, want := range []string{
		"rasad/internal/when (stages: each reads text or tokens and makes one kind of knowledge) imports rasad/internal/pipeline (pipeline",
		"rasad/internal/pipeline imports rasad/internal/golden, which helps tests only",
		"rasad/internal/feeds belongs to no layer",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("violations lack %q; got:\n%s", want, got)
		}
	}
	if n := strings.Count(got, "\n") + 1; n != 3 {
		t.Errorf("got %d violations, want 3:\n%s", n, got)
	}
}

// TestRank checks the rules on made-up packages, so that the test above
// can fail: an upward import is caught, a package in no layer too.
func TestRank(t *testing.T) {
	tests := []struct {
		name string
		p    pkg
		want int
	}{
		{"nouns", pkg{ImportPath: module + "news", Name: "news"}, 0},
		{"a folder and what it holds", pkg{ImportPath: module + "eval/compare", Name: "compare"}, 5},
		{"a command anywhere", pkg{ImportPath: module + "arabic/internal/mklex", Name: "main"}, len(layers)},
		{"a test helper", pkg{ImportPath: module + "store/storetest", Name: "storetest"}, -1},
		{"a package in no layer", pkg{ImportPath: module + "newthing", Name: "newthing"}, -2},
		{"a prefix is not a folder", pkg{ImportPath: module + "newsroom", Name: "newsroom"}, -2},
	}
	for _, tt := range tests {
		if got := rank(tt.p); got != tt.want {
			t.Errorf("%s: rank(%s) = %d, want %d", tt.name, tt.p.ImportPath, got, tt.want)
		}
	}
}

// TestRasadLinksNoBleve keeps Bleve, used only to compare search quality
// (internal/eval/compare), out of the shipped binary.
func TestRasadLinksNoBleve(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "rasad/cmd/rasad").Output()
	if err != nil {
		t.Fatalf("go list -deps rasad/cmd/rasad: %v", err)
	}
	if !strings.Contains(string(out), "rasad/internal/pipeline\n") {
		t.Fatalf("go list -deps rasad/cmd/rasad lists no pipeline: %.200s", out)
	}
	for _, dep := range strings.Fields(string(out)) {
		if strings.HasPrefix(dep, "github.com/blevesearch/") {
			t.Errorf("rasad links %s: Bleve belongs to internal/eval/compare and its tool alone", dep)
		}
	}
}
