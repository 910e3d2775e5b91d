package event

import (
	"fmt"
	"io"
	"rasad/internal/lexicon"
	"strconv"
	"strings"
	"sync"
)

// codeInfo is what the CAMEO code table says of one code.
type codeInfo struct {
	label     string
	goldstein float64
	quad      int
	plover    string
	mode      string
}

// defaultCodes reads the embedded table data/cameo.tsv: code, Goldstein
// score, quad class, PLOVER type, PLOVER mode and CAMEO label.
func defaultCodes() map[string]codeInfo {
	f, err := dataFS.Open("data/cameo.tsv")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	codes, err := readCodes("cameo.tsv", f)
	if err != nil {
		panic(err) // embedded data; TestCodeTable reads it
	}
	return codes
}

func readCodes(name string, r io.Reader) (map[string]codeInfo, error) {
	codes := map[string]codeInfo{}
	err := lexicon.ReadLines(r, name, func(_ int, t string) error {
		f := strings.Split(t, "\t")
		if len(f) != 6 {
			return fmt.Errorf("%d fields, want 6", len(f))
		}
		g, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return err
		}
		q, err := strconv.Atoi(f[2])
		if err != nil {
			return err
		}
		codes[f[0]] = codeInfo{label: f[5], goldstein: g, quad: q, plover: f[3], mode: f[4]}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read CAMEO table %w", err)
	}
	return codes, nil
}

// Label returns the CAMEO label of code, "" if the code is unknown.
func Label(code string) string { return DefaultCoder().codes[code].label }

// Plover returns the PLOVER event type that code maps to, "" if none.
func Plover(code string) string { return DefaultCoder().codes[code].plover }

// Root is one of the twenty CAMEO root categories.
type Root struct {
	Code   string // "01" … "20"
	En, Ar string // its name in English and in Arabic
	Quad   int    // its quad class: 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict
}

// RootOf returns the root category of a CAMEO code ("042" → 04) and
// whether there is one, from the embedded tables data/roots.tsv and
// data/cameo.tsv.
func RootOf(code string) (Root, bool) {
	if len(code) < 2 {
		return Root{}, false
	}
	r, ok := defaultRoots()[code[:2]]
	return r, ok
}

var defaultRoots = sync.OnceValue(func() map[string]Root {
	f, err := dataFS.Open("data/roots.tsv")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	roots, err := readRoots("roots.tsv", f, DefaultCoder().codes)
	if err != nil {
		panic(err) // embedded data; TestRoots reads it
	}
	return roots
})

// readRoots reads the root table: root, English name, Arabic name; each
// root's quad class is that of its code X0 in codes.
func readRoots(name string, r io.Reader, codes map[string]codeInfo) (map[string]Root, error) {
	roots := map[string]Root{}
	err := lexicon.ReadLines(r, name, func(_ int, t string) error {
		f := strings.Split(t, "\t")
		if len(f) != 3 || len(f[0]) != 2 {
			return fmt.Errorf("want a two-digit root, its English and Arabic names")
		}
		info, ok := codes[f[0]+"0"]
		if !ok {
			return fmt.Errorf("no code %s0 in the code table", f[0])
		}
		roots[f[0]] = Root{Code: f[0], En: f[1], Ar: f[2], Quad: info.quad}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read CAMEO roots %w", err)
	}
	return roots, nil
}
