package search

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"rasad/internal/arabic"
	"rasad/internal/tabletest"
)

func TestParse(t *testing.T) {
	tabletest.Strings(t, "Parse", func(in string) string {
		q, err := Parse(in)
		if err != nil {
			return "error: " + err.Error()
		}
		return q.String()
	}, tabletest.Rows(t, "testdata/parse.tsv"))
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{"from:yesterday", "to:2023-4-1", "source:", strings.Repeat("a ", 3000)} {
		if _, err := Parse(in); !errors.Is(err, ErrQuery) {
			t.Errorf("Parse(%q) error = %v, want ErrQuery", in, err)
		}
	}
}

func TestForms(t *testing.T) {
	tests := []struct {
		name, key string
		want, not []string
	}{
		{"name", "بوتين", []string{"بوتين", "وبوتين", "لبوتين", "ببوتين", "فبوتين", "وببوتين"}, []string{"وتين", "تين"}},
		{"article", "العلاقات", []string{"العلاقات", "علاقات", "والعلاقات", "بالعلاقات", "للعلاقات"}, []string{"لالعلاقات", "ووالعلاقات"}},
		{"bare takes article", "علاقات", []string{"العلاقات", "والعلاقات", "علاقاتها"}, nil},
		{"teh marbuta", "علاقه", []string{"علاقتها", "وعلاقته", "العلاقه"}, nil},
		{"allah", "الله", []string{"الله", "والله"}, []string{"له", "لله"}},
		{"latin", "putin", []string{"putin"}, []string{"wputin"}},
		{"no word of its own", "يان", []string{"يان", "ويان"}, []string{"بيان", "كيان"}},
		{"no pronoun after the article", "المر", []string{"المر", "والمر"}, []string{"المره", "المرها"}},
		{"no ة read as a pronoun", "الرياض", []string{"الرياض", "رياض", "بالرياض"}, []string{"رياضه", "الرياضه"}},
		{"short name", "لي", []string{"لي"}, []string{"الي", "ولي", "للي", "بلي"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Clitics{}.Forms(tt.key)
			if got[0] != tt.key {
				t.Errorf("Forms(%q)[0] = %q, want the key itself", tt.key, got[0])
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("Forms(%q) lacks %q", tt.key, w)
				}
			}
			for _, w := range tt.not {
				if slices.Contains(got, w) {
					t.Errorf("Forms(%q) has %q", tt.key, w)
				}
			}
		})
	}
}

func TestTerms(t *testing.T) {
	text := "قال بوتينُ: «مُحَمَّد» في أوكرانيا، 19.5% U.S. ومدرسةٌ"
	got := Clitics{}.Terms(arabic.Tokenize(text))
	var keys []string
	for _, tm := range got {
		keys = append(keys, tm.Key)
		if k := TokenKey(arabic.Tokenize(text[tm.Start:tm.End])[0]); k != tm.Key {
			t.Errorf("term %q at %d:%d is text %q", tm.Key, tm.Start, tm.End, text[tm.Start:tm.End])
		}
	}
	want := []string{"قال", "بوتين", "محمد", "في", "اوكرانيا", "195", "u", "s", "ومدرسه"}
	if !slices.Equal(keys, want) {
		t.Errorf("Terms(%q) = %q, want %q", text, keys, want)
	}
}

func TestLongKey(t *testing.T) {
	for _, text := range []string{strings.Repeat("ب", 300), strings.Repeat("x", 300), "https://example.org/" + strings.Repeat("ق", 200)} {
		for _, tm := range (Clitics{}).Terms(arabic.Tokenize(text)) {
			if len(tm.Key) > maxKey || !utf8.ValidString(tm.Key) {
				t.Errorf("key of %d bytes (valid %v) from a long token", len(tm.Key), utf8.ValidString(tm.Key))
			}
		}
	}
}

func TestCompile(t *testing.T) {
	tests := []struct {
		name, in string
		fts5     string // "" to skip
		ts       string
		err      error
	}{
		{"latin word", "putin", `"putin"`, `('putin')`, nil},
		{"latin and not", "putin -xi", `("putin" NOT "xi")`, `(('putin') & !('xi'))`, nil},
		{"latin or", "putin OR xi", `("putin" OR "xi")`, `(('putin') | ('xi'))`, nil},
		{"phrase", `"vladimir putin"`, `"vladimir putin"`, `(('vladimir' <-> 'putin'))`, nil},
		{"prefix", "put*", `"put" *`, `('put':*)`, nil},
		{"punctuation word", `putin ' ; --`, `"putin"`, `('putin')`, nil},
		{"sql", `'; DROP TABLE documents; --`, `("drop" AND "table" AND "documents")`, "", nil},
		{"near", `NEAR(a b, 2)`, `("near" AND "a" AND "b" AND "2")`, "", nil},
		{"not alone", "NOT putin", "", "", errNoPositive},
		{"not in or", "xi OR -putin", "", "", errNoPositive},
		{"star alone", "*", "", "", ErrEmpty},
		{"quote alone", `"`, "", "", ErrEmpty},
		{"filters only", "country:RUS", "", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, err := Parse(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			p, err := Compile(q, Clitics{})
			if tt.err != nil {
				if !errors.Is(err, tt.err) || !errors.Is(err, ErrQuery) {
					t.Fatalf("Compile(%q) error = %v, want %v", tt.in, err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Compile(%q): %v", tt.in, err)
			}
			if got := p.FTS5(); got != tt.fts5 {
				t.Errorf("Compile(%q).FTS5() = %s, want %s", tt.in, got, tt.fts5)
			}
			if tt.ts != "" {
				if got := p.TSQuery(); got != tt.ts {
					t.Errorf("Compile(%q).TSQuery() = %s, want %s", tt.in, got, tt.ts)
				}
			}
		})
	}
}

func TestSnippet(t *testing.T) {
	text := "وزير الدفاع الصيني يشيد خلال لقاء مع بوتين بالتعاون العسكري مع روسيا\n" +
		"اجتمع الرئيس الروسي فلاديمير بوتين الأحد مع وزير الدفاع الصيني لي شانغفو في موسكو، وقال بوتين خلال اللقاء."
	terms := Clitics{}.Terms(arabic.Tokenize(text))
	q, _ := Parse("بوتين موسكو")
	p, err := Compile(q, Clitics{})
	if err != nil {
		t.Fatal(err)
	}
	s := MakeSnippet(text, terms, p, 160)
	if len(s.Text) > 200 || text[s.Start:s.Start+len(s.Text)] != s.Text {
		t.Fatalf("snippet %q is not a slice of the text of about 160 bytes", s.Text)
	}
	var marked []string
	for _, h := range s.Highlights {
		marked = append(marked, s.Text[h.Start:h.End])
	}
	if len(marked) < 3 || !slices.Contains(marked, "موسكو") || !slices.Contains(marked, "بوتين") {
		t.Errorf("snippet %q marks %q, want بوتين twice and موسكو", s.Text, marked)
	}
	m := s.Mark("[", "]")
	if !strings.Contains(m, "[موسكو]") || !strings.Contains(m, "[بوتين]") {
		t.Errorf("Mark = %q", m)
	}
	none := MakeSnippet(text, terms, nil, 40)
	if none.Start != 0 || len(none.Text) > 40 || !none.After || len(none.Highlights) != 0 {
		t.Errorf("snippet without matches = %+v", none)
	}
}

func TestOffsetsRoundTrip(t *testing.T) {
	text := "اجتمع الرئيس الروسي فلاديمير بوتين، الأحد (16 نيسان/أبريل) in Moscow."
	terms := Clitics{}.Terms(arabic.Tokenize(text))
	got, err := DecodeTerms(JoinKeys(terms), EncodeOffsets(terms))
	if err != nil || !slices.Equal(got, terms) {
		t.Fatalf("DecodeTerms(JoinKeys, EncodeOffsets) = %v, %v; want %v", got, err, terms)
	}
	if _, err := DecodeTerms("a b", []byte{1}); err == nil {
		t.Error("DecodeTerms with short offsets: no error")
	}
}

// checkSafe fails unless s is FTS5 syntax made only of quoted runs of letters,
// digits and spaces, the operators AND OR NOT, brackets and prefix stars.
func checkSafe(t *testing.T, in, s string) {
	depth, inQuote := 0, false
	rest := s
	for _, r := range rest {
		switch {
		case r == '"':
			inQuote = !inQuote
		case inQuote:
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ' ' {
				t.Fatalf("Parse(%q) renders %q: %q inside quotes", in, s, r)
			}
		case r == '(':
			depth++
		case r == ')':
			depth--
			if depth < 0 {
				t.Fatalf("Parse(%q) renders %q: unbalanced", in, s)
			}
		case r == ' ' || r == '*' || strings.ContainsRune("ANDORT", r):
		default:
			t.Fatalf("Parse(%q) renders %q: %q outside quotes", in, s, r)
		}
	}
	if depth != 0 || inQuote {
		t.Fatalf("Parse(%q) renders %q: unbalanced", in, s)
	}
}

func FuzzQuery(f *testing.F) {
	for _, s := range []string{"بوتين", `"وزير الدفاع" OR (روس* -أوكرانيا)`, `NEAR(a b`, `'; DROP TABLE x; --`,
		`"`, "*", "((((", "a OR OR NOT", "from:2023 x", `col:"x" ^a`, "\x00\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		q, err := Parse(in)
		if err != nil {
			if !errors.Is(err, ErrQuery) {
				t.Fatalf("Parse(%q) error %v does not wrap ErrQuery", in, err)
			}
			return
		}
		p, err := Compile(q, Clitics{})
		if err != nil {
			if !errors.Is(err, ErrQuery) {
				t.Fatalf("Compile(%q) error %v does not wrap ErrQuery", in, err)
			}
			return
		}
		checkSafe(t, in, p.FTS5())
		ts := p.TSQuery()
		if strings.Count(ts, "'")%2 != 0 {
			t.Fatalf("Parse(%q) tsquery %q has unbalanced quotes", in, ts)
		}
	})
}

func TestPrune(t *testing.T) {
	index := map[string]bool{"بوتين": true, "وبوتين": true, "موسكو": true, "الكرملين": true, "وزير": true, "الدفاع": true}
	has := func(k string, prefix bool) bool {
		if !prefix {
			return index[k]
		}
		for w := range index {
			if strings.HasPrefix(w, k) {
				return true
			}
		}
		return false
	}
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"forms that occur", "بوتين", `("بوتين" OR "وبوتين")`, true},
		{"absent word", "شويغو", "", false},
		{"and with an absent word", "بوتين شويغو", "", false},
		{"or with an absent word", "بوتين OR شويغو", `("بوتين" OR "وبوتين")`, true},
		{"not an absent word", "موسكو -شويغو", `"موسكو"`, true},
		{"not a present word", "موسكو -الكرملين", `("موسكو" NOT "الكرملين")`, true},
		{"phrase", `"وزير الدفاع"`, `"وزير الدفاع"`, true},
		{"phrase with an absent word", `"وزير الخارجية"`, "", false},
		{"prefix", "بوت*", `("بوت" * OR "وبوت" *)`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, _ := Parse(tt.in)
			p, err := Compile(q, Clitics{})
			if err != nil {
				t.Fatal(err)
			}
			if ok := p.Prune(has); ok != tt.ok {
				t.Fatalf("Prune(%q) = %v, want %v", tt.in, ok, tt.ok)
			}
			if got := p.FTS5(); tt.ok && got != tt.want {
				t.Errorf("Prune(%q).FTS5() = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

// TestQueryMatchesSegmentedIndex checks that a query word finds the same word
// in a document whose tokens the segmenter split, as the pipeline does: the
// query is keyed by the stem the index holds, and a stem too short to trust
// leaves the word whole on both sides.
func TestQueryMatchesSegmentedIndex(t *testing.T) {
	tests := []struct {
		name, query, doc string
		want             bool
	}{
		{"clitic inside a phrase", `"الاتحاد الدولي لكرة القدم"`, "قال الاتحاد الدولي لكرة القدم", true},
		{"name the segmenter cuts", `"أبي وقاص"`, "سعد بن أبي وقاص", true},
		{"name with a conjunction", "وإبراهيم", "قال إبراهيم", true},
		{"short stem kept whole", "فينا", "وصل إلى فينا", true},
		{"short stem does not match its cut", "فينا", "جلس في البيت", false},
	}
	seg := arabic.DefaultSegmenter()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := arabic.Tokenize(tt.doc)
			seg.Segment(toks)
			var keys []string
			for _, tm := range (Clitics{}).Terms(toks) {
				keys = append(keys, tm.Key)
			}
			q, err := Parse(tt.query)
			if err != nil {
				t.Fatal(err)
			}
			p, err := Compile(q, Clitics{})
			if err != nil {
				t.Fatal(err)
			}
			if got := matchesLeaf(p.expr, keys); got != tt.want {
				t.Errorf("query %q on %q (keys %q): match %v, want %v", tt.query, tt.doc, keys, got, tt.want)
			}
		})
	}
}

// matchesLeaf reports whether a single-leaf plan has an alternative that
// occurs as a run of keys.
func matchesLeaf(e plan, keys []string) bool {
	l, ok := e.(*leaf)
	if !ok {
		return false
	}
	for _, alt := range l.alts {
		for i := 0; i+len(alt) <= len(keys); i++ {
			if slices.Equal(keys[i:i+len(alt)], alt) {
				return true
			}
		}
	}
	return false
}

func TestValidDate(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"2023", true}, {"2023-04", true}, {"2023-04-16", true}, {"2024-02-29", true},
		{"2023-02-30", false}, {"2015-13-45", false}, {"2023-4-16", false}, {"23", false},
		{"", false}, {"2023-04-16T00:00", false}, {"yesterday", false},
	} {
		if got := ValidDate(tt.in); got != tt.want {
			t.Errorf("ValidDate(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
