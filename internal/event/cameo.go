package event

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"
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
	codes, err := readCodes("cameo.tsv", bufio.NewScanner(f))
	if err != nil {
		panic(err) // embedded data; TestCodeTable reads it
	}
	return codes
}

func readCodes(name string, sc *bufio.Scanner) (map[string]codeInfo, error) {
	codes := map[string]codeInfo{}
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) != 6 {
			return nil, fmt.Errorf("read CAMEO table %s:%d: %d fields, want 6", name, line, len(f))
		}
		g, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			return nil, fmt.Errorf("read CAMEO table %s:%d: %w", name, line, err)
		}
		q, err := strconv.Atoi(f[2])
		if err != nil {
			return nil, fmt.Errorf("read CAMEO table %s:%d: %w", name, line, err)
		}
		codes[f[0]] = codeInfo{label: f[5], goldstein: g, quad: q, plover: f[3], mode: f[4]}
	}
	return codes, sc.Err()
}

// Label returns the CAMEO label of code, "" if the code is unknown.
func Label(code string) string { return DefaultCoder().codes[code].label }

// Plover returns the PLOVER event type that code maps to, "" if none.
func Plover(code string) string { return DefaultCoder().codes[code].plover }
