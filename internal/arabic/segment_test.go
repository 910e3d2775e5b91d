package arabic

import (
	"strings"
	"testing"
	"unicode/utf8"

	"rasad/internal/news"
	"rasad/internal/tabletest"
)

// joinParts writes the parts of word as the text they cover, joined by +.
func joinParts(word string, parts []news.Part) string {
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			b.WriteByte('+')
		}
		b.WriteString(word[p.Start:p.End])
	}
	return b.String()
}

func TestSegmentWord(t *testing.T) {
	s := DefaultSegmenter()
	tabletest.Strings(t, "SegmentWord", func(w string) string { return joinParts(w, s.SegmentWord(w)) }, tabletest.Rows(t, "testdata/segment.tsv"))
}

func TestSegmentForms(t *testing.T) {
	s := DefaultSegmenter()
	tests := []struct {
		name, word string
		want       []news.Part
	}{
		{"article restored after ل", "للسلطة", []news.Part{
			{Start: 0, End: 2, Form: "ل", Role: news.Proclitic},
			{Start: 2, End: 12, Form: "السلطة", Role: news.Stem},
		}},
		{"teh marbuta restored", "حكومته", []news.Part{
			{Start: 0, End: 10, Form: "حكومة", Role: news.Stem},
			{Start: 10, End: 12, Form: "ه", Role: news.Enclitic},
		}},
		{"ل before a word with ل", "لليبيا", []news.Part{
			{Start: 0, End: 2, Form: "ل", Role: news.Proclitic},
			{Start: 2, End: 12, Form: "ليبيا", Role: news.Stem},
		}},
		{"whole word", "فرنسا", []news.Part{
			{Start: 0, End: 10, Form: "فرنسا", Role: news.Stem},
		}},
		{"preposition as stem", "لهم", []news.Part{
			{Start: 0, End: 2, Form: "ل", Role: news.Stem},
			{Start: 2, End: 6, Form: "هم", Role: news.Enclitic},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := s.SegmentWord(tt.word)
			if len(got) != len(tt.want) {
				t.Fatalf("SegmentWord(%q) = %v, want %v", tt.word, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("SegmentWord(%q)[%d] = %+v, want %+v", tt.word, i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestSegmentOffsets(t *testing.T) {
	text := "قال بوتين لروسيا: «علاقاتنا مع بكين جيدة» وَللسُّلطة 2023 ok"
	toks := Tokenize(text)
	DefaultSegmenter().Segment(toks)
	var got []string
	for _, tok := range toks {
		if tok.Kind != news.Word {
			if tok.Parts != nil {
				t.Errorf("token %q of kind %s has parts", tok.Text, tok.Kind)
			}
			continue
		}
		checkCover(t, text, tok)
		got = append(got, joinParts(text, shift(tok.Parts, 0)))
	}
	want := "قال|بوتين|ل+روسيا|علاقات+نا|مع|بكين|جيدة|وَ+لِ+لسُّلطة"
	want = strings.ReplaceAll(want, "لِ", "ل")
	if g := strings.Join(got, "|"); g != want {
		t.Errorf("Segment(%q) = %q, want %q", text, g, want)
	}
}

func shift(ps []news.Part, d int) []news.Part {
	out := make([]news.Part, len(ps))
	for i, p := range ps {
		p.Start += d
		p.End += d
		out[i] = p
	}
	return out
}

// checkCover fails unless tok's parts cover its bytes exactly, in order,
// each part non-empty, with one stem.
func checkCover(t *testing.T, text string, tok news.Token) {
	t.Helper()
	if len(tok.Parts) == 0 {
		t.Errorf("word %q has no parts", tok.Text)
		return
	}
	at, stems := tok.Start, 0
	for _, p := range tok.Parts {
		if p.Start != at || p.End <= p.Start {
			t.Errorf("word %q: parts %+v do not cover it in order", tok.Text, tok.Parts)
			return
		}
		if !utf8.ValidString(text[p.Start:p.End]) {
			t.Errorf("word %q: part %+v cuts a character", tok.Text, p)
		}
		if p.Role == news.Stem {
			stems++
		}
		at = p.End
	}
	if at != tok.End || stems != 1 {
		t.Errorf("word %q [%d,%d): parts %+v end at %d with %d stems", tok.Text, tok.Start, tok.End, tok.Parts, at, stems)
	}
}

func TestLoadSegmenterErrors(t *testing.T) {
	tests := []struct {
		name, input, want string
	}{
		{"bad count", "# c\nكتاب\tx\ts\n", "line 2: bad count"},
		{"bad flag", "كتاب\t3\ts\nقلم\t1\tq\n", "line 2: unknown flag"},
		{"invalid utf8", "\xff\xfe\t1\ts\n", "line 1: bad word"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadSegmenter(strings.NewReader(tt.input))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("LoadSegmenter(%q) error = %v, want one containing %q", tt.input, err, tt.want)
			}
		})
	}
}

func TestLoadSegmenterSmall(t *testing.T) {
	lex := "# a tiny lexicon\nروسيا\t10\tsn\nقال\t5\ts\nوقال\t1\t\nلي\t0\tw\n"
	s, err := LoadSegmenter(strings.NewReader(lex))
	if err != nil {
		t.Fatal(err)
	}
	for word, want := range map[string]string{
		"لروسيا": "ل+روسيا", "وقال": "و+قال", "لي": "لي", "روسيا": "روسيا",
	} {
		if got := joinParts(word, s.SegmentWord(word)); got != want {
			t.Errorf("SegmentWord(%q) = %q, want %q", word, got, want)
		}
	}
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{
		"قال بوتين لروسيا: «علاقاتنا مع بكين جيدة»",
		"وَللسُّلطة", "لـــه", "ﻻ ﷲ ﻟﻠ", "و", "ل\u200cه", "بِ\u064Bها", "\xff\xfeو",
	} {
		f.Add(s)
	}
	seg := DefaultSegmenter()
	f.Fuzz(func(t *testing.T, text string) {
		toks := Tokenize(text)
		seg.Segment(toks)
		for _, tok := range toks {
			if tok.Kind == news.Word {
				checkCover(t, text, tok)
			}
		}
	})
}

// TestSegmentConcurrent segments the same text from several goroutines with
// one Segmenter, whose memo they share, and wants the same parts as alone.
func TestSegmentConcurrent(t *testing.T) {
	text := "وقال بوتين لروسيا إن علاقاتنا مع بكين وواشنطن جيدة، وأضاف أنه سيزور فرنسا وللسلطة"
	s, err := loadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	want := Tokenize(text)
	DefaultSegmenter().Segment(want)
	done := make(chan []news.Token)
	for range 4 {
		go func() {
			var toks []news.Token
			for range 20 {
				toks = Tokenize(text)
				s.Segment(toks)
			}
			done <- toks
		}()
	}
	for range 4 {
		got := <-done
		for i := range want {
			if joinParts(text, got[i].Parts) != joinParts(text, want[i].Parts) {
				t.Errorf("token %q: parts %v, want %v", want[i].Text, got[i].Parts, want[i].Parts)
			}
		}
	}
}
