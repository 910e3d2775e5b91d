// Package cameo holds the CAMEO codebook the event coder codes with: each
// code's label, Goldstein score, quad class and PLOVER type and mode
// (data/cameo.tsv), and the twenty root categories with their English and
// Arabic names (data/roots.tsv). Both tables are embedded; data/README.md
// gives their sources and licences.
package cameo

import (
	"embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"rasad/internal/lexicon"
)

//go:embed data/cameo.tsv data/roots.tsv
var dataFS embed.FS

// Code is what the CAMEO code table says of one code.
type Code struct {
	Label     string
	Goldstein float64
	Quad      int
	Plover    string
	Mode      string
}

// Codes reads the embedded table data/cameo.tsv: code, Goldstein
// score, quad class, PLOVER type, PLOVER mode and CAMEO label.
func Codes() map[string]Code { return lexicon.MustRead(dataFS, "data/cameo.tsv", ReadCodes) }

// ReadCodes reads a code table in the format of data/cameo.tsv; errors
// name name:line.
func ReadCodes(name string, r io.Reader) (map[string]Code, error) {
	codes := map[string]Code{}
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
		codes[f[0]] = Code{Label: f[5], Goldstein: g, Quad: q, Plover: f[3], Mode: f[4]}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read CAMEO table %w", err)
	}
	return codes, nil
}

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

// Verbal reports whether code is an act of words (roots 01 to 03, 05,
// 10 to 13: statements, appeals, intents, praise, demands, criticism,
// rejection, threats), which the speaker of a quote does by saying it; a
// meeting, a visit, aid or force the speaker reports is not the speaker's.
func Verbal(code string) bool {
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "01", "02", "03", "05", "10", "11", "12", "13":
		return true
	}
	return false
}

var defaultRoots = sync.OnceValue(func() map[string]Root {
	return lexicon.MustRead(dataFS, "data/roots.tsv", func(name string, r io.Reader) (map[string]Root, error) {
		return ReadRoots(name, r, Codes())
	})
})

// ReadRoots reads the root table: root, English name, Arabic name; each
// root's quad class is that of its code X0 in codes.
func ReadRoots(name string, r io.Reader, codes map[string]Code) (map[string]Root, error) {
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
		roots[f[0]] = Root{Code: f[0], En: f[1], Ar: f[2], Quad: info.Quad}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read CAMEO roots %w", err)
	}
	return roots, nil
}
