package arabic

import (
	"strings"
	"testing"
	"unicode/utf8"

	"rasad/internal/news"
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
	tests := []struct {
		name, word, want string
	}{
		// Words that must stay whole.
		{"name Putin", "بوتين", "بوتين"},
		{"name Beijing", "بكين", "بكين"},
		{"to me", "لي", "لي"},
		{"name Libya", "ليبيا", "ليبيا"},
		{"governor", "والي", "والي"},
		{"name Kyiv", "كييف", "كييف"},
		{"name France", "فرنسا", "فرنسا"},
		{"name Washington", "واشنطن", "واشنطن"},
		{"verb she wrote", "كتبت", "كتبت"},
		{"batteries", "بطاريات", "بطاريات"},
		{"minister", "وزير", "وزير"},
		{"ministry", "وزارة", "وزارة"},
		{"delegation", "وفد", "وفد"},
		{"but", "لكن", "لكن"},
		{"as", "كما", "كما"},
		{"while", "فيما", "فيما"},
		{"only", "فقط", "فقط"},
		{"after", "بعد", "بعد"},
		{"between", "بين", "بين"},
		{"most important", "أهم", "أهم"},
		{"important", "مهم", "مهم"},
		{"here", "هنا", "هنا"},
		{"billion", "بليون", "بليون"},
		{"was", "كان", "كان"},
		{"Lebanon", "لبنان", "لبنان"},
		{"Britain", "بريطانيا", "بريطانيا"},
		{"one", "واحد", "واحد"},
		{"name Bala, no ب + إلا", "بالا", "بالا"},
		{"name Bali, no ب + إلى", "بالي", "بالي"},
		{"name Coma, no ك + و + ما", "كوما", "كوما"},
		{"name Sala, no future س", "سالا", "سالا"},
		{"and Samer, no future س", "وسامر", "و+سامر"},
		{"I will visit", "سأزور", "س+أزور"},
		{"and otherwise", "وإلا", "و+إلا"},
		// Proclitics.
		{"to Russia", "لروسيا", "ل+روسيا"},
		{"and Beijing", "وبكين", "و+بكين"},
		// Foreign names whose rest, after a proclitic letter, the lexicon
		// knows only with an ending cut off, in no Arabic shape.
		{"name Lieberman", "ليبرمان", "ليبرمان"},
		{"name Forlan", "فورلان", "فورلان"},
		{"name Copley", "كوبلي", "كوبلي"},
		{"name Bern", "برن", "برن"},
		{"to launch (a noun of two written letters)", "لشن", "ل+شن"},
		{"by launching", "بشن", "ب+شن"},
		{"for a solution", "لحل", "ل+حل"},
		{"name Weisinger (W of a foreign name)", "وايزنغر", "وايزنغر"},
		{"and an unknown name", "وكامبوسيا", "و+كامبوسيا"},
		{"with what", "بما", "ب+ما"},
		{"in London", "بلندن", "ب+لندن"},
		{"and the article before an unknown noun", "والناصرة", "و+الناصرة"},
		{"a tagged token of a corpus is no name of its own", "وليبيريا", "و+ليبيريا"},
		{"and the mountain", "والجبل", "و+الجبل"},
		{"name FIFA", "فيفا", "فيفا"},
		{"name Boutros", "بطرس", "بطرس"},
		// Arabic stems in the same position still split.
		{"by right", "بحق", "ب+حق"},
		{"in a district", "بحي", "ب+حي"},
		{"we saw it", "شهدناه", "شهدنا+ه"},
		{"in order that they say", "ليقولوا", "ل+يقولوا"},
		{"they two will meet", "سيلتقيان", "س+يلتقيان"},
		{"with celebrations", "باحتفالات", "ب+احتفالات"},
		{"for considerations", "لاعتبارات", "ل+اعتبارات"},
		{"with two systems", "بنظامين", "ب+نظامين"},
		{"with its directives", "بتوجيهاته", "ب+توجيهات+ه"},
		{"and in his possession", "وبحوزته", "و+ب+حوزت+ه"},
		{"and Sakhalin", "وسخالين", "و+سخالين"},
		{"to Obama", "لأوباما", "ل+أوباما"},
		{"and Washington", "وواشنطن", "و+واشنطن"},
		{"in Moscow", "بموسكو", "ب+موسكو"},
		{"and to", "وإلى", "و+إلى"},
		{"and he said", "وقال", "و+قال"},
		{"and in", "وفي", "و+في"},
		{"and the book", "والكتاب", "و+الكتاب"},
		{"with the ministry", "بالوزارة", "ب+الوزارة"},
		{"for the authority", "للسلطة", "ل+لسلطة"},
		{"and for the authority", "وللسلطة", "و+ل+لسلطة"},
		{"to Libya", "لليبيا", "ل+ليبيا"},
		{"will be", "سيكون", "س+يكون"},
		{"so that", "فإن", "ف+إن"},
		{"with that", "بأن", "ب+أن"},
		{"and he", "وهو", "و+هو"},
		{"and she was", "وكانت", "و+كانت"},
		// Enclitics.
		{"our relations", "علاقاتنا", "علاقات+نا"},
		{"that he", "أنه", "أن+ه"},
		{"in it", "فيها", "في+ها"},
		{"on him", "عليه", "علي+ه"},
		{"he has", "لديه", "لدي+ه"},
		{"from it", "منها", "من+ها"},
		{"but he", "لكنه", "لكن+ه"},
		{"to him", "له", "ل+ه"},
		{"with it", "بها", "ب+ها"},
		{"to them", "لهم", "ل+هم"},
		{"and to them", "ولهم", "و+ل+هم"},
		{"among them", "بينهم", "بين+هم"},
		{"with me", "معي", "مع+ي"},
		{"his government", "حكومته", "حكومت+ه"},
		{"she published it", "نشرتها", "نشرت+ها"},
		{"and its soul", "وروحها", "و+روح+ها"},
		{"with harakat", "وَبِكِّينَ", "وَ+بِكِّينَ"},
		{"with tatweel", "لـروسيا", "لـ+روسيا"},
		// After ب or ك a ي that begins no noun seen alone is a foreign
		// name's; after و ف ل س, or before ا و, the rest must also be no
		// word of the dictionary.
		{"name Pearson", "بيرسون", "بيرسون"},
		{"name King", "كينج", "كينج"},
		{"name Bisha", "بيشة", "بيشة"},
		{"name Pinter", "بينتر", "بينتر"},
		{"in a day", "بيوم", "ب+يوم"},
		{"and he dies", "ويموت", "و+يموت"},
		{"and she described", "ووصفت", "و+وصفت"},
		{"and she informed, without hamza", "واطلعت", "و+اطلعت"},
		{"with his dismissal, without hamza", "باقالته", "ب+اقالت+ه"},
		{"for their protection", "لوقايتهم", "ل+وقايت+هم"},
		// The future س before an imperfect verb of three letters or more.
		{"he will see", "سيرى", "س+يرى"},
		{"master", "سيد", "سيد"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := joinParts(tt.word, s.SegmentWord(tt.word)); got != tt.want {
				t.Errorf("SegmentWord(%q) = %q, want %q", tt.word, got, tt.want)
			}
		})
	}
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
