// Command mkgeo builds internal/actor/data/geonames.txt, the cities of
// GeoNames (CC BY 4.0) that have an Arabic name, from two Debian packages:
//
//   - libgeonames-common: usr/share/locale/ar/LC_MESSAGES/geonames.mo, the
//     Arabic names of 6,635 places keyed by GeoNames id (a gettext catalogue);
//   - libgeonames0: the GResource /com/lomiri/geonames/cities.compiled inside
//     libgeonames.so, a GVariant array a(sssssssudd) of 24,360 cities of more
//     than 15,000 people: id, name, admin-1 code, admin-1 name, ISO 3166-1
//     alpha-2 country code, country name, time zone, population, latitude,
//     longitude;
//
// and Debian's iso-codes (iso_3166-1.json) for the alpha-3 codes. Run it from
// the repository root (internal/actor/data/geonames.sh does all of it):
//
//	apt-get download libgeonames-common libgeonames0
//	dpkg-deb -x libgeonames-common_*.deb /tmp/geo; dpkg-deb -x libgeonames0_*.deb /tmp/geo
//	gresource extract /tmp/geo/usr/lib/x86_64-linux-gnu/libgeonames.so.0.3.0 \
//	    /com/lomiri/geonames/cities.compiled > /tmp/geo/cities.compiled
//	go run ./internal/actor/internal/mkgeo -mo /tmp/geo/usr/share/locale/ar/LC_MESSAGES/geonames.mo \
//	    -cities /tmp/geo/cities.compiled -iso /usr/share/iso-codes/json/iso_3166-1.json \
//	    -out internal/actor/data/geonames.txt
//
// A city is left out when an Arabic name of it is already a name of the
// hand-written gazetteer (the record there wins: it is checked, and has the
// variants news uses), when its Arabic name is written in Latin letters, or
// when its country has no record. Of several GeoNames cities with one Arabic
// name, the most populous is kept. Every record is marked ambiguous (see
// run).
package main

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"rasad/internal/actor"
	"rasad/internal/arabic"
	"rasad/internal/news"
)

func main() {
	mo := flag.String("mo", "", "geonames.mo of libgeonames-common (Arabic)")
	cities := flag.String("cities", "", "cities.compiled extracted from libgeonames.so")
	iso := flag.String("iso", "/usr/share/iso-codes/json/iso_3166-1.json", "iso-codes iso_3166-1.json")
	out := flag.String("out", "internal/actor/data/geonames.txt", "output file")
	flag.Parse()
	if err := run(*mo, *cities, *iso, *out); err != nil {
		fmt.Fprintln(os.Stderr, "mkgeo:", err)
		os.Exit(1)
	}
}

// city is one record of cities.compiled.
type city struct {
	id, name, admin, country string // country: ISO alpha-2
	population               uint32
	lat, lon                 float64
	arabic                   string
}

func run(moPath, citiesPath, isoPath, out string) error {
	names, err := readMO(moPath)
	if err != nil {
		return err
	}
	blob, err := os.ReadFile(citiesPath)
	if err != nil {
		return err
	}
	all, err := parseCities(blob)
	if err != nil {
		return fmt.Errorf("%s: %w", citiesPath, err)
	}
	alpha3, err := readISO(isoPath)
	if err != nil {
		return err
	}
	g := actor.Default()
	lex := arabic.DefaultSegmenter()

	// The hand-written gazetteer's names, as matching sees them, without
	// geonames.txt itself (it may be there from an earlier run).
	known := map[string]bool{}
	english := map[string]bool{} // country and folded English name of a city or place
	for _, a := range g.Actors() {
		if a.File == "geonames.txt" {
			continue
		}
		for _, n := range append(append([]string{}, a.Names...), a.Adjectives...) {
			key := strings.Join(actor.Keys(n), " ")
			known[key] = true
			known[strings.TrimPrefix(key, "ال")] = true
		}
		if a.Type == actor.City || a.Type == actor.Place {
			english[a.Country+" "+foldLatin(a.Name)] = true
		}
	}

	byKey := map[string][]*city{}
	for i := range all {
		c := &all[i]
		ar := cleanArabic(names[c.id])
		if ar == "" || alpha3[c.country] == "" || g.Get(strings.ToLower(alpha3[c.country])) == nil {
			continue
		}
		key := strings.Join(actor.Keys(ar), " ")
		if commonWord(lex, ar) {
			continue
		}
		if key == "" || known[key] || known["ال"+key] || known[strings.TrimPrefix(key, "ال")] ||
			english[alpha3[c.country]+" "+foldLatin(c.name)] {
			continue
		}
		c.arabic = ar
		byKey[key] = append(byKey[key], c)
	}
	var keep []*city
	for _, cs := range byKey {
		sort.Slice(cs, func(i, j int) bool {
			if cs[i].population != cs[j].population {
				return cs[i].population > cs[j].population
			}
			return cs[i].id < cs[j].id
		})
		c := cs[0]
		keep = append(keep, c)
	}
	sort.Slice(keep, func(i, j int) bool {
		if keep[i].country != keep[j].country {
			return keep[i].country < keep[j].country
		}
		if keep[i].name != keep[j].name {
			return keep[i].name < keep[j].name
		}
		return keep[i].id < keep[j].id
	})

	var b strings.Builder
	b.WriteString(header)
	ids := map[string]bool{}
	for _, a := range g.Actors() {
		if a.File != "geonames.txt" {
			ids[a.ID] = true
		}
	}
	for _, c := range keep {
		id := "gn" + c.id
		if ids[id] {
			return fmt.Errorf("id %s is taken", id)
		}
		ids[id] = true
		fmt.Fprintf(&b, "%s\tcity\t%s\n", id, c.name)
		fmt.Fprintf(&b, "\tar: %s\n", c.arabic)
		fmt.Fprintf(&b, "\tcountry: %s\n", alpha3[c.country])
		// Every record is marked ambiguous: no one has read these names
		// against news, and many foreign names are Arabic words (قوله is
		// Kavala, جيشي Jixi, الجديدة El Jadida), so the entity stage takes
		// them only with evidence (a place cue before them, or the
		// recogniser's LOC).
		b.WriteString("\tambiguous: yes\n")
		fmt.Fprintf(&b, "\tsource: GeoNames %s; %s; population %d; %.4f %.4f\n",
			c.id, c.admin, c.population, c.lat, c.lon)
	}
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "mkgeo: %d cities of %d with an Arabic name written to %s\n", len(keep), len(all), out)
	return nil
}

const header = `# Cities of GeoNames (https://www.geonames.org, CC BY 4.0) with an Arabic
# name: GENERATED by internal/actor/internal/mkgeo from Debian's
# libgeonames-common and libgeonames0 0.3.0-1 (see geonames.sh and
# README.md). Do not edit: a city that needs a better name or a variant goes
# into cities.txt, and this file is made again without it. ID: gn and the
# GeoNames id. source: the GeoNames id, the first-level division,
# population and coordinates.

`

// foldLatin is an English name's key: lower case, without diacritics,
// apostrophes, hyphens and the article al- (Ḩamāh = Hamah, Al-Raqqa = Raqqa).
func foldLatin(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r), r == '\'', r == 'ʿ', r == 'ʾ', r == '’':
		case r == '-' || r == ' ':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	f := strings.Fields(b.String())
	if len(f) > 1 && (f[0] == "al" || f[0] == "el" || f[0] == "ad" || f[0] == "ar" || f[0] == "as") {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

// commonWord reports whether a one-word name is too short to trust (three
// letters or fewer: ري, بلد, لحد) or is an ordinary word of the segmenter's
// lexicon, as written or without the clitics the segmenter finds: إطار,
// جامعة, ميدان, الأشهر, ربك (رب + ك). The article alone is not stripped:
// الباحة and الخرج are cities, though باحة and خرج are words. GeoNames
// transliterates foreign names, and many come out as Arabic words.
func commonWord(lex *arabic.Segmenter, name string) bool {
	if strings.Contains(name, " ") {
		return false
	}
	if !arabic.AtLeastRunes(arabic.SearchKey(name), 4) {
		return true
	}
	forms := []string{name}
	for _, p := range lex.SegmentWord(name) {
		if p.Role == news.Stem {
			forms = append(forms, p.Form)
		}
	}
	for _, w := range forms {
		info, ok := lex.Lookup(w)
		if !ok {
			continue
		}
		// A word that names things in the corpora (نادي of نادي الهلال) is
		// still an ordinary word when it is a frequent stem.
		if !info.Name && (info.Stem || info.Function || info.Count > 0) || info.Name && info.Stem && info.Count >= 20 {
			return true
		}
	}
	return false
}

// latin finds a Latin letter: some Arabic entries are transliterations.
var latin = regexp.MustCompile(`[A-Za-z\x{00C0}-\x{024F}]`)

// cleanArabic drops the direction marks some entries carry (طريف‎‎) and
// rejects a name with Latin letters.
func cleanArabic(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if latin.MatchString(s) {
		return ""
	}
	return s
}

// readMO reads a GNU gettext catalogue: msgid → msgstr.
func readMO(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(b) < 28 {
		return nil, fmt.Errorf("%s: too short for a .mo file", path)
	}
	var bo binary.ByteOrder = binary.LittleEndian
	switch bo.Uint32(b) {
	case 0x950412de:
	case 0xde120495:
		bo = binary.BigEndian
	default:
		return nil, fmt.Errorf("%s: not a .mo file", path)
	}
	n, orig, trans := bo.Uint32(b[8:]), bo.Uint32(b[12:]), bo.Uint32(b[16:])
	str := func(table uint32, i uint32) (string, error) {
		at := int(table) + int(i)*8
		if at+8 > len(b) {
			return "", errors.New("table out of range")
		}
		l, off := int(bo.Uint32(b[at:])), int(bo.Uint32(b[at+4:]))
		if off+l > len(b) {
			return "", errors.New("string out of range")
		}
		return string(b[off : off+l]), nil
	}
	m := make(map[string]string, n)
	for i := uint32(0); i < n; i++ {
		k, err := str(orig, i)
		if err != nil {
			return nil, fmt.Errorf("%s: entry %d: %w", path, i, err)
		}
		v, err := str(trans, i)
		if err != nil {
			return nil, fmt.Errorf("%s: entry %d: %w", path, i, err)
		}
		m[k] = v
	}
	return m, nil
}

// parseCities decodes the GVariant a(sssssssudd) of cities.compiled
// (GVariant serialisation: an array of variable-size elements ends with a
// table of their end offsets; a tuple ends with the end offsets of its
// variable-size members but the last, in reverse order; offsets take 1, 2, 4
// or 8 bytes as the container's size needs).
func parseCities(b []byte) ([]city, error) {
	elems, err := arrayElems(b)
	if err != nil {
		return nil, err
	}
	out := make([]city, 0, len(elems))
	for i, e := range elems {
		c, err := parseCity(e)
		if err != nil {
			return nil, fmt.Errorf("city %d: %w", i, err)
		}
		out = append(out, c)
	}
	return out, nil
}

func offsetSize(n int) int {
	switch {
	case n < 1<<8:
		return 1
	case n < 1<<16:
		return 2
	case n < 1<<32:
		return 4
	}
	return 8
}

func readOffset(b []byte, size int) int {
	switch size {
	case 1:
		return int(b[0])
	case 2:
		return int(binary.LittleEndian.Uint16(b))
	case 4:
		return int(binary.LittleEndian.Uint32(b))
	}
	return int(binary.LittleEndian.Uint64(b))
}

// arrayElems splits an array of variable-size elements of alignment 8.
func arrayElems(b []byte) ([][]byte, error) {
	if len(b) == 0 {
		return nil, nil
	}
	osz := offsetSize(len(b))
	last := readOffset(b[len(b)-osz:], osz)
	if last > len(b) || (len(b)-last)%osz != 0 {
		return nil, errors.New("bad array framing")
	}
	n := (len(b) - last) / osz
	elems := make([][]byte, 0, n)
	start := 0
	for i := 0; i < n; i++ {
		end := readOffset(b[last+i*osz:], osz)
		if end < start || end > last {
			return nil, fmt.Errorf("bad offset of element %d", i)
		}
		elems = append(elems, b[start:end])
		start = (end + 7) &^ 7
	}
	return elems, nil
}

// parseCity decodes one (sssssssudd).
func parseCity(b []byte) (city, error) {
	osz := offsetSize(len(b))
	const nstr = 7
	if len(b) < nstr*osz+24 {
		return city{}, errors.New("too short")
	}
	ends := make([]int, nstr)
	for i := 0; i < nstr; i++ {
		ends[i] = readOffset(b[len(b)-(i+1)*osz:], osz)
	}
	strs := make([]string, nstr)
	start := 0
	for i, end := range ends {
		if end <= start || end > len(b) || b[end-1] != 0 {
			return city{}, fmt.Errorf("bad string %d", i)
		}
		strs[i] = string(b[start : end-1])
		start = end
	}
	at := (start + 3) &^ 3
	if at+4 > len(b) {
		return city{}, errors.New("no population")
	}
	pop := binary.LittleEndian.Uint32(b[at:])
	at = (at + 4 + 7) &^ 7
	if at+16 > len(b) {
		return city{}, errors.New("no coordinates")
	}
	lat := math.Float64frombits(binary.LittleEndian.Uint64(b[at:]))
	lon := math.Float64frombits(binary.LittleEndian.Uint64(b[at+8:]))
	return city{id: strs[0], name: strs[1], admin: strs[3], country: strs[4],
		population: pop, lat: lat, lon: lon}, nil
}

// readISO maps ISO 3166-1 alpha-2 codes to alpha-3.
func readISO(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var doc struct {
		Entries []struct {
			Alpha2 string `json:"alpha_2"`
			Alpha3 string `json:"alpha_3"`
		} `json:"3166-1"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	m := map[string]string{}
	for _, e := range doc.Entries {
		m[e.Alpha2] = e.Alpha3
	}
	m["XK"] = "XKX" // Kosovo, user-assigned in GeoNames and in the gazetteer
	return m, nil
}
