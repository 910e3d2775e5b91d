// Command mklex builds the segmenter's lexicon, internal/arabic/data/lexicon.txt.gz,
// from sources whose licences allow shipping it (see data/README.md):
//
//   - the Debian hunspell-ar dictionary (Ayaspell; GPL-2+/LGPL-2.1+/MPL-1.1):
//     its noun, tool-word and verb stems, which carry no clitics;
//   - word counts from ANERcorp train (CC BY-SA 4.0) and AQMAR (CC BY-SA 3.0),
//     and the person, place and organisation names tagged in them;
//   - the one-word country names of Debian's iso-codes (LGPL-2.1+);
//   - the hand-written lists in data/*.txt (function words, words that stay
//     whole);
//   - the month names of the word lexicon (internal/lexicon/data/months.txt);
//   - the names Rasad knows elsewhere (addKnownNames): the given and family
//     names of the word lexicon (internal/lexicon/data/names.txt), and the
//     names of the actor gazetteer (internal/actor/data) that are not marked
//     ambiguous.
//
// Run it from the repository root:
//
//	apt-get download hunspell-ar && dpkg-deb -x hunspell-ar_*.deb /tmp/hunspell-ar
//	go run ./internal/arabic/internal/mklex \
//	    -dic /tmp/hunspell-ar/usr/share/hunspell/ar.dic \
//	    -anercorp ../shared/data/anercorp/train.txt -aqmar ../shared/data/aqmar \
//	    -countries ../shared/data/names/iso_3166-1_ar_from_debian_iso-codes.tsv \
//	    -out internal/arabic/data/lexicon.txt.gz
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"rasad/internal/actor"
	"rasad/internal/arabic"
	words "rasad/internal/lexicon"
)

type entry struct {
	count int
	flags map[byte]bool
}

type lexicon map[string]*entry

func (l lexicon) add(word string, count int, flags string) {
	if word == "" {
		return
	}
	e := l[word]
	if e == nil {
		e = &entry{flags: map[byte]bool{}}
		l[word] = e
	}
	e.count += count
	for i := 0; i < len(flags); i++ {
		e.flags[flags[i]] = true
	}
}

// sources are the inputs of the lexicon: files and folders, "" for none.
type sources struct {
	dic, anercorp, aqmar, countries, lists string
}

func main() {
	var src sources
	flag.StringVar(&src.dic, "dic", "", "hunspell-ar ar.dic")
	flag.StringVar(&src.anercorp, "anercorp", "", "ANERcorp train.txt")
	flag.StringVar(&src.aqmar, "aqmar", "", "AQMAR folder of *.txt")
	flag.StringVar(&src.countries, "countries", "", "Debian iso-codes country names (a TSV whose 4th column is the Arabic name)")
	flag.StringVar(&src.lists, "lists", "internal/arabic/data", "folder of the hand-written lists")
	out := flag.String("out", "internal/arabic/data/lexicon.txt.gz", "output file")
	flag.Parse()
	if err := run(src, *out); err != nil {
		fmt.Fprintln(os.Stderr, "mklex:", err)
		os.Exit(1)
	}
}

func run(src sources, out string) error {
	lex := lexicon{}
	if src.dic != "" {
		if err := readHunspell(src.dic, lex); err != nil {
			return err
		}
	}
	ents := map[string]int{}
	var files []string
	if src.anercorp != "" {
		files = append(files, src.anercorp)
	}
	if src.aqmar != "" {
		m, err := filepath.Glob(filepath.Join(src.aqmar, "*.txt"))
		if err != nil {
			return err
		}
		files = append(files, m...)
	}
	for _, f := range files {
		if err := readBIO(f, lex, ents); err != nil {
			return err
		}
	}
	addNames(lex, ents)
	if src.countries != "" {
		if err := readCountries(src.countries, lex); err != nil {
			return err
		}
	}
	for _, l := range []struct{ file, flags string }{
		{"function.txt", "fs"}, {"firstperson.txt", "fsp"}, {"whole.txt", "sw"},
	} {
		if err := readList(filepath.Join(src.lists, l.file), l.flags, lex); err != nil {
			return err
		}
	}
	addMonths(lex, words.Default())
	addKnownNames(lex, words.Default(), actor.Default())
	return write(out, lex)
}

// addKnownNames marks as names (flag n) the names that news writes with
// clitics (لأوباما، وسخالين) as the other stages know them, so that the
// segmenter keeps them whole where a split would leave a shorter word: the
// one-word forms of the word lexicon's given and family names; the
// one-word Arabic names of the actor gazetteer's people, places, cities,
// countries and organisations, unless the record is marked ambiguous (one
// of its names is a common word); and of the names of several words of its
// people and cities, ambiguous or not (شي جينبينغ، لوس أنجلوس),
// the words without the article that neither the dictionary nor the word
// lexicon knows (جينبينغ، أنجلوس; not بيت of بيت لحم, عبد of عبد الله).
// Agents (role nouns) are common nouns and are left out, and so are the
// words the dictionary has (stems, function words, words kept whole): such
// a word is a name only where a tagged corpus says so (روحي is a given name
// but mostly "my soul", لي a family name but mostly "to me").
func addKnownNames(lex lexicon, lx *words.Lexicon, g *actor.Gazetteer) {
	addName := func(w string) {
		if e := lex[w]; e != nil && (e.flags['s'] || e.flags['f'] || e.flags['w']) {
			return // a word of the dictionary: روحي "my soul", لي "to me" (both given names too)
		}
		lex.add(w, 0, "n")
	}
	for _, c := range []string{"given-name", "family-name"} {
		for _, form := range lx.Forms(c) {
			if isArabicWord(form) {
				addName(form)
			}
		}
	}
	for _, a := range g.Actors() {
		if a.Type == actor.Agent || a.File == "geonames.txt" {
			continue // role nouns; the generated cities no one has read against news
		}
		alone := map[string]bool{} // the record's one-word names
		for _, name := range a.Names {
			if ws := strings.Fields(arabic.StripMarks(name)); len(ws) == 1 {
				alone[ws[0]] = true
			}
		}
		for _, name := range a.Names {
			ws := strings.Fields(arabic.StripMarks(name))
			for _, w := range ws {
				if !isArabicWord(w) || len([]rune(w)) < 2 || a.Ambiguous && alone[w] {
					continue // the common word of an ambiguous record (شي of شي جينبينغ)
				}
				if len(ws) == 1 || nameWord(lex, lx, a.Type, w) {
					addName(w)
				}
			}
		}
	}
}

// addMonths adds the month names of the word lexicon
// (internal/lexicon/data/months.txt) as names (flags sn, as the countries),
// so that a month name is a word the segmenter knows and its clitics come
// off (وفيفري is و + فيفري); of a name of two words, the first, which takes
// the clitics (وكانون الثاني), as a stem.
func addMonths(lex lexicon, lx *words.Lexicon) {
	for _, form := range lx.Forms("month") {
		first, _, phrase := strings.Cut(form, " ")
		if phrase {
			lex.add(first, 0, "s")
		} else {
			lex.add(first, 0, "sn")
		}
	}
}

// nameWord reports whether w, a word of a name of several words of an
// actor of type t, is a name itself: a person's or a city's word without
// the article that neither the dictionary (its stems, function words and
// words kept whole) nor the word lexicon knows.
func nameWord(lex lexicon, lx *words.Lexicon, t actor.Type, w string) bool {
	if t != actor.Person && t != actor.City || strings.HasPrefix(w, article) {
		return false
	}
	if e := lex[w]; e != nil && (e.flags['s'] || e.flags['f'] || e.flags['w']) {
		return false
	}
	return lx.Word(arabic.Normalize(w)) == nil
}

const article = string(arabic.Alef) + string(arabic.Lam)

func isArabicWord(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !arabic.IsArabicLetter(r) {
			return false
		}
	}
	return true
}

// readHunspell adds the stems of ar.dic. Its first part (stopwords.dic)
// lists function words already joined to their clitics, so it is left out;
// the tool words, nouns and verbs are stems. Place names (affix classes 57,
// 60 and 64: no article) are marked as names.
func readHunspell(file string, lex lexicon) error {
	section, inHeader := "", false
	return eachLine(file, func(_ int, line string) error {
		// Sections open with "::::", their file name, "::::".
		if strings.HasPrefix(line, "::::") {
			inHeader = !inHeader
			return nil
		}
		if inHeader {
			section = strings.TrimSpace(line)
			return nil
		}
		if section == "" || section == "stopwords.dic" {
			return nil
		}
		word, _, _ := strings.Cut(line, "\t")
		word, af, hasFlags := strings.Cut(word, "/")
		if section == "names.dic" && !hasFlags {
			return nil // الله with its clitics, and the like
		}
		word = arabic.StripMarks(word)
		if !isArabicWord(word) || len([]rune(word)) < 2 {
			return nil
		}
		flags := "s"
		if section == "names.dic" && (af == "57" || af == "60" || af == "64") {
			flags = "sn"
		}
		lex.add(word, 0, flags)
		return nil
	})
}

// eachLine calls fn with every line of file and its number; an error fn
// returns stops the reading and comes back as "file:n: error".
func eachLine(file string, fn func(n int, line string) error) error {
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		if err := fn(n, sc.Text()); err != nil {
			return fmt.Errorf("%s:%d: %w", file, n, err)
		}
	}
	return sc.Err()
}

// readBIO counts the words of a file of "word TAG" lines and collects the
// words tagged as person, place or organisation names.
func readBIO(file string, lex lexicon, ents map[string]int) error {
	return eachLine(file, func(_ int, line string) error {
		fs := strings.Fields(line)
		if len(fs) < 2 {
			return nil
		}
		w := arabic.StripMarks(fs[0])
		if !isArabicWord(w) {
			return nil
		}
		lex.add(w, 1, "")
		tag := fs[len(fs)-1]
		if strings.Contains(tag, "PER") || strings.Contains(tag, "LOC") || strings.Contains(tag, "ORG") {
			ents[w]++
		}
		return nil
	})
}

// addNames marks the words tagged as names at least half the times they
// occur (not الحكومة, which is mostly a common noun), except those that are
// another tagged name with a clitic before it (للأمم is ل + الأمم).
func addNames(lex lexicon, ents map[string]int) {
	for w, n := range ents {
		if e := lex[w]; e == nil || 2*n < e.count {
			continue
		}
		rs := []rune(w)
		clitic := false
		for i := 1; i <= 2 && i < len(rs)-1; i++ {
			if !strings.ContainsRune("وفبلك", rs[i-1]) {
				break
			}
			rest := string(rs[i:])
			if ents[rest] > 0 || rs[i-1] == arabic.Lam && rs[i] == arabic.Lam && ents["ا"+rest] > 0 {
				clitic = true
				break
			}
		}
		if !clitic && len(rs) >= 2 {
			lex.add(w, 0, "n")
		}
	}
}

// readCountries adds the country names of one word (روسيا, not الولايات
// المتحدة, whose words are common nouns).
func readCountries(file string, lex lexicon) error {
	return eachLine(file, func(n int, line string) error {
		cols := strings.Split(line, "\t")
		if n == 1 || len(cols) < 4 {
			return nil
		}
		if name := arabic.StripMarks(strings.TrimSpace(cols[3])); isArabicWord(name) {
			lex.add(name, 0, "sn")
		}
		return nil
	})
}

// readList adds a hand-written list: one word a line, # comments.
func readList(file, flags string, lex lexicon) error {
	return eachLine(file, func(_ int, line string) error {
		line, _, _ = strings.Cut(line, "#")
		for _, w := range strings.Fields(line) {
			w = arabic.StripMarks(w)
			if !isArabicWord(w) {
				return fmt.Errorf("%q is not an Arabic word", w)
			}
			lex.add(w, 0, flags)
		}
		return nil
	})
}

func write(out string, lex lexicon) error {
	words := make([]string, 0, len(lex))
	for w := range lex {
		words = append(words, w)
	}
	sort.Strings(words)
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	fmt.Fprintln(bw, "# Rasad's Arabic lexicon, made by internal/arabic/internal/mklex; see README.md.")
	fmt.Fprintln(bw, "# word<TAB>count<TAB>flags: s stem, n name, f function word, p takes ي, w whole")
	for _, w := range words {
		e := lex[w]
		if len(e.flags) == 0 && e.count < 2 {
			continue // a word seen once and known to no list tells little
		}
		var fl []byte
		for _, c := range []byte("snfpw") {
			if e.flags[c] {
				fl = append(fl, c)
			}
		}
		fmt.Fprintf(bw, "%s\t%d\t%s\n", w, e.count, fl)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return f.Close()
}
