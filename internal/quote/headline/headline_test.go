package headline

import (
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/quote/marks"
)

// lineRows are lines written for the test, the speaker's words before the
// colon Colon finds ("" for none) and the words Words quotes after it.
var lineRows = []struct {
	name, text, speaker, words string
	title                      bool
}{
	{"a name and a colon", "الجبير: لا مكان للأسد في مستقبل سوريا", "الجبير", "لا مكان للأسد في مستقبل سوريا", false},
	{"a role and a name", "وزير الخارجية السعودي عادل الجبير: الحل السياسي هو الطريق", "وزير الخارجية السعودي عادل الجبير", "الحل السياسي هو الطريق", false},
	{"a short name in quotation marks", "«بنك قطر»: متوسط أسعار النفط سيرتفع", "«بنك قطر»", "متوسط أسعار النفط سيرتفع", false},
	{"the quoted words inside their marks", "الجبير: «لا مكان للأسد»", "الجبير", "لا مكان للأسد", false},
	{"a name in marks opens a title's words", "البرقان: «الاحتراف» تسلمت بطاقة برازيلي أحد", "البرقان", "«الاحتراف» تسلمت بطاقة برازيلي أحد", true},
	{"a dialogue line goes on with narration", "أم سعود: «هناكم خير وأبشر بالخير» تتربع على حافة الزولية", "أم سعود", "هناكم خير وأبشر بالخير", false},
	{"the quoted words with a full stop after them", "الجبير: «لا مكان للأسد».", "الجبير", "لا مكان للأسد", false},
	{"a question in marks, then its answer", "هورموزلو: «هل تخلينا عن مهمة الوسيط؟»، فأجاب: «نعم»", "هورموزلو", "هل تخلينا عن مهمة الوسيط؟", true},
	{"too few words after the colon", "الجبير: لا مكان", "الجبير", "", false},
	{"a comma before any colon", "قال الوزير، في بيان: نحن هنا", "", "", false},
	{"the colon too far", "أعلن وزير الخارجية السعودي عادل بن أحمد الجبير اليوم: الحل قريب جدا", "", "", false},
	{"a long quotation before the colon", "«نحن مستعدون للحوار مع الجميع»: هكذا قال الوزير أمس", "", "", false},
}

// TestLine reads the lines of lineRows.
func TestLine(t *testing.T) {
	for _, c := range lineRows {
		t.Run(c.name, func(t *testing.T) {
			toks := arabic.Tokenize(c.text)
			spans := marks.Pair(c.text, toks)
			in := make([]int, len(toks))
			for j := range in {
				in[j] = -1
			}
			for q, s := range spans {
				end := s.Close
				if end < 0 {
					end = s.Last
				}
				for j := s.Open; j <= end; j++ {
					in[j] = q
				}
			}
			l := Line{Toks: toks, Spans: spans, Quote: func(j int) int { return in[j] }, Title: c.title}
			span := func(a, b int) string { return c.text[toks[a].Start:toks[b-1].End] }
			speaker, words := "", ""
			if k := l.Colon(0, len(toks)); k > 0 {
				speaker = span(0, k)
				if from, to, ok := l.Words(k, len(toks)); ok {
					words = span(from, to)
				}
			}
			got := [2]string{speaker, words}
			if got != [2]string{c.speaker, c.words} {
				t.Errorf("%q: got %q, want %q", c.text, got, [2]string{c.speaker, c.words})
			}
		})
	}
}

// TestNamed: the entity types of the words before a colon, by token
// (written for the test: "" for a word no entity holds).
func TestNamed(t *testing.T) {
	rows := []struct {
		name         string
		types        []news.EntityType
		named, place bool
	}{
		{"a person", []news.EntityType{news.PER}, true, false},
		{"a role and an organisation", []news.EntityType{"", "", news.ORG, news.ORG}, true, false},
		{"a role alone", []news.EntityType{"", ""}, false, false},
		{"a dateline", []news.EntityType{news.LOC, "", news.ORG}, false, true},
	}
	for _, r := range rows {
		l := Line{Entity: func(j int) news.EntityType { return r.types[j] }}
		if named, place := l.Named(0, len(r.types)); named != r.named || place != r.place {
			t.Errorf("%s: Named = %v, %v; want %v, %v", r.name, named, place, r.named, r.place)
		}
	}
	// With the words: a name a preposition governs is no speaker.
	for _, r := range []struct {
		text  string
		types []news.EntityType
		named bool
	}{
		{"رابط الخبر بصحيفة الوئام", []news.EntityType{"", "", "", news.ORG}, false},
		{"الأحمدي لـ الشرق الأوسط", []news.EntityType{"", "", news.ORG, news.ORG}, false},
		{"الأحمدي لـ الشرق الأوسط", []news.EntityType{news.PER, "", news.ORG, news.ORG}, true},
		{"وزير الخارجية عادل الجبير", []news.EntityType{"", "", news.PER, news.PER}, true},
	} {
		l := Line{Toks: lexicon.Tokens(r.text), Entity: func(j int) news.EntityType { return r.types[j] }}
		if named, _ := l.Named(0, len(r.types)); named != r.named {
			t.Errorf("Named(%s) = %v, want %v", r.text, named, r.named)
		}
	}
}

// TestCovered: a headline's words overlap a quote found before.
func TestCovered(t *testing.T) {
	out := []news.Quote{{Start: 10, End: 20}, {Start: 40, End: 50}}
	for _, r := range []struct {
		start, end int
		want       bool
	}{{0, 10, false}, {15, 30, true}, {20, 40, false}, {45, 46, true}, {50, 60, false}} {
		if got := Covered(out, r.start, r.end); got != r.want {
			t.Errorf("Covered(%d, %d) = %v, want %v", r.start, r.end, got, r.want)
		}
	}
}

// TestQuotes: lines written for the test, read whole by Quotes; the words
// before the colon name someone when they hold a person or an
// organisation (here: the words listed in ents), or open with a role
// (here: المتحدث), and a place there is a dateline.
func TestQuotes(t *testing.T) {
	ents := map[string]news.EntityType{"الجبير": news.PER, "الرياض": news.LOC}
	for _, c := range []struct {
		name, text, speaker, words string
	}{
		{"a person", "الجبير: لا مكان للأسد في مستقبل سوريا", "الجبير", "لا مكان للأسد في مستقبل سوريا"},
		{"a role", "المتحدث باسم الوزارة: المفاوضات مستمرة حتى الآن", "المتحدث باسم الوزارة", "المفاوضات مستمرة حتى الآن"},
		{"a dateline", "الرياض: وصل الوفد إلى العاصمة أمس", "", ""},
		{"nobody named", "الخلاصة: الأسعار سترتفع هذا العام", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			toks := arabic.Tokenize(c.text)
			l := Line{Toks: toks, Spans: marks.Pair(c.text, toks), Quote: func(int) int { return -1 },
				Entity: func(j int) news.EntityType { return ents[toks[j].Text] }}
			role := func(a int) bool { return toks[a].Text == "المتحدث" }
			speaker := func(a, k int) *news.Speaker {
				return &news.Speaker{Text: c.text[toks[a].Start:toks[k-1].End]}
			}
			out := l.Quotes(c.text, [][2]int{{0, len(toks)}}, nil, role, nil, speaker)
			got := [2]string{}
			if len(out) > 0 {
				got = [2]string{out[0].Speaker.Text, out[0].Text}
			}
			if len(out) > 1 || got != [2]string{c.speaker, c.words} {
				t.Errorf("%q: got %d quotes, first %q; want %q", c.text, len(out), got, [2]string{c.speaker, c.words})
			}
			if again := l.Quotes(c.text, [][2]int{{0, len(toks)}}, out, role, nil, speaker); len(again) != len(out) {
				t.Errorf("%q: a line already quoted quoted again", c.text)
			}
		})
	}
}

// TestDateline: the words before a title's colon that end the body's
// dateline after a dash are its place.
func TestDateline(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       bool
	}{
		{"the place of the dateline", "تربة: المناسبات ترفع أسعار الخيام\nحاتم النجيمي – تربة\nشهدت المحلات حركة", true},
		{"a speaker the dateline does not name", "باحميد: بن همام في غيل\nحاتم النجيمي – المكلا\nقال المحافظ", false},
		{"the words in a longer line", "تربة: المناسبات ترفع الأسعار\nحاتم النجيمي – تربة والخرمة\nشهدت المحلات", false},
		{"no dateline", "تربة: المناسبات ترفع أسعار الخيام\nشهدت محلات تربة حركة عالية", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			toks := arabic.Tokenize(c.text)
			l := Line{Toks: toks}
			if got := l.Dateline(c.text, 0, 1); got != c.want {
				t.Errorf("Dateline(%q) = %v, want %v", c.text, got, c.want)
			}
		})
	}
}
