package placename_test

import (
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/entity/placename"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// words tokenises and segments text.
func words(text string) []news.Token {
	toks := arabic.Tokenize(text)
	arabic.DefaultSegmenter().Segment(toks)
	return toks
}

// TestPhrase reads the word after a head: is it the place's name (Word,
// after a strict or a loose head), or a common phrase with a site's head
// (Common)?
func TestPhrase(t *testing.T) {
	lex := arabic.DefaultSegmenter()
	read := map[string]func(head, word news.Token) bool{
		"strict": func(_, w news.Token) bool { return placename.Word(lex, w, w.Norm, false, false) },
		"loose":  func(_, w news.Token) bool { return placename.Word(lex, w, w.Norm, true, false) },
		"common": placename.Common,
	}
	for _, tt := range []struct {
		name, phrase, read string
		want               bool
	}{
		{"an unknown word after a strict head", "قرية كنصفرة", "strict", true},
		{"an indefinite dictionary word after a strict head", "ولاية قارص", "strict", true},
		{"a definite common noun", "منطقة الحدود", "loose", false},
		{"an adjective's shape", "مدينة جنوبية", "loose", false},
		{"a dictionary word after a loose head", "قاعدة بيانات", "loose", false},
		{"a particle with the article", "قاعدة العند", "loose", true},
		{"a particle with the article after a district", "مديرية العبر", "loose", true},
		{"a function word", "منطقة التي", "loose", false},
		{"a word with a pronoun", "معسكر فريقه", "loose", false},
		{"a clan's first word", "منطقة البو", "loose", true},
		{"an adjective agreeing with a head in ة", "قاعدة محصنة", "common", true},
		{"another", "تبة مطلة", "common", true},
		{"a sound feminine plural the head governs", "منفذ جوازات", "common", true},
		{"a given name", "تبة مسعود", "common", false},
		{"a definite name", "قاعدة الحبانية", "common", false},
		{"a name in ة after a head without it", "منفذ طريبيلة", "common", false},
	} {
		toks := words(tt.phrase)
		if got := read[tt.read](toks[0], toks[1]); got != tt.want {
			t.Errorf("%s: %s(%q) = %v, want %v", tt.name, tt.read, tt.phrase, got, tt.want)
		}
	}
}

func TestClanName(t *testing.T) {
	for _, tt := range []struct {
		name string
		text string
		j    int
		want int
	}{
		{"the clan and its name", "منطقة البو فراج شمالي الرمادي", 1, 2},
		{"البو at the end names none", "منطقة البو", 1, 1},
		{"no clan's word", "منطقة الصابري شمالي", 1, 1},
		{"a word with و after البو is no name of it", "البو وفراج", 0, 0},
	} {
		toks := words(tt.text)
		if got := placename.ClanName(toks, tt.j, len(toks)); got != tt.want {
			t.Errorf("%s: ClanName(%q, %d) = %d, want %d", tt.name, tt.text, tt.j, got, tt.want)
		}
	}
}

func TestResumptive(t *testing.T) {
	lex := arabic.DefaultSegmenter()
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"عليها", true},
		{"منه", true},
		{"كنصفرة", false},
		{"على", false},
	} {
		if got := placename.Resumptive(lex, words(tt.word)[0]); got != tt.want {
			t.Errorf("Resumptive(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

func TestInflected(t *testing.T) {
	lex := arabic.DefaultSegmenter()
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"الفنانون", true},
		{"يفتقدون", true},
		{"جامعات", true},
		{"قرارا", true},
		{"الخيرات", false},
		{"مرتوبة", false},
		{"حيفان", false},
		{"البيضا", false},
	} {
		if got := placename.Inflected(lex, tt.word); got != tt.want {
			t.Errorf("Inflected(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

func TestListed(t *testing.T) {
	lex := arabic.DefaultSegmenter()
	none := func(int) bool { return false }
	for _, tt := range []struct {
		name, text string
		i          int
		want       bool
	}{
		{"a new name ending the list", "في بنغازي ومرتوبة.", 2, true},
		{"a name before a comma", "في تعز وحيفان، ووصل", 2, true},
		{"a verb opening a clause", "في القاهرة واستمرت المظاهرات", 2, false},
		{"a pronoun", "في الرياض وخارجها.", 2, false},
		{"a plural", "في بيروت وجامعات.", 2, false},
	} {
		toks := words(tt.text)
		if _, got := placename.Listed(lex, toks, tt.i, none); got != tt.want {
			t.Errorf("%s: Listed(%q, %d) = %v, want %v", tt.name, tt.text, tt.i, got, tt.want)
		}
	}
}

// TestPlaced reads a definite common word after a place's head: a name
// after a head whose genitive is its name, or where a larger place
// follows it; a common noun elsewhere.
func TestPlaced(t *testing.T) {
	lex := arabic.DefaultSegmenter()
	for _, tt := range []struct {
		name, text string
		want       bool
	}{
		{"a quarter of a town", "يسكن في حي الروضة منذ عامين", true},
		{"a governorate", "وصل إلى محافظة الوجه مساء", true},
		{"a town", "عاد السكان إلى بلدة العلم أمس", true},
		{"a district set in a larger one by ب", "قتل مسلحان في منطقة العروق بمديرية الشرية", true},
		{"by في and a head", "سقطت قذيفة في منطقة الوراق في محافظة الجيزة", true},
		{"by belonging", "عادت الأسر إلى منطقة الخيرات التابعة لقضاء الكرمة", true},
		{"by a point of the compass", "دارت معارك في منطقة الطاش جنوب الرمادي", true},
		{"by the seat of a larger place", "تقدمت القوات نحو مدينة الحوطة، عاصمة محافظة لحج", true},
		{"a comma and no seat", "تقدمت القوات نحو مدينة الحوطة، ثم انسحبت", false},
		{"a common noun with no cue", "انتشرت القوات في منطقة الحدود أمس", false},
		{"a common noun before a known city", "زار الأطفال قرية الطفل بالخبر", false},
		{"the field of a directorate", "هاجموا مديرية الأمن في منطقة الميدان", false},
		{"the land of a plural head", "زار محافظات المملكة الجنوبية", false},
		{"a conflict zone", "ابتعدوا عن مناطق النزاع في المدن", false},
		{"revelation, no quarter", "من كتاب وحي القلم للرافعي", false},
		{"a function word", "في منطقة التي بمحافظة", false},
	} {
		toks := words(tt.text)
		i := -1
		for k, tok := range toks {
			if w := shape.HeadWord(lexicon.Default(), &toks[k]); w.Has("place-head") && tok.Kind == news.Word {
				i = k
				break
			}
		}
		if i < 0 {
			t.Fatalf("%s: no head in %q", tt.name, tt.text)
		}
		if got := placename.Placed(lex, toks, i, i+1, len(toks), toks[i+1].Norm); got != tt.want {
			t.Errorf("%s: Placed(%q) = %v, want %v", tt.name, tt.text, got, tt.want)
		}
	}
}

// TestCompound reads a common noun after a place's head that opens a
// name of two words with a word that is no dictionary word.
func TestCompound(t *testing.T) {
	lex := arabic.DefaultSegmenter()
	for _, tt := range []struct {
		name, text string
		want       bool
	}{
		{"a spring and a name", "منطقة عين كاوة", true},
		{"a stream and a name", "مديرية غيل باوزير", true},
		{"a junction and a name", "مناطق عقدة سرمن", true},
		{"a name of one word", "قرية كنصفرة", false},
		{"a definite second word", "منطقة عين العرب", false},
		{"the accusative of a common word", "مدن تمطر دما", false},
		{"ل left on a common word", "منطقة جذب لهواة", false},
		{"a plural's shape", "منطقة عمليات كاوة", false},
	} {
		toks := words(tt.text)
		if got := placename.Compound(lex, toks, 1, len(toks)); got != tt.want {
			t.Errorf("%s: Compound(%q) = %v, want %v", tt.name, tt.text, got, tt.want)
		}
	}
}

// TestAdjective tells a nisba adjective after a head from a name in ي.
func TestAdjective(t *testing.T) {
	lex := arabic.DefaultSegmenter()
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"سكني", true},
		{"جنوبية", true},
		{"نائية", true},
		{"بوعطني", false},
		{"باشكوي", false},
		{"كنصفرة", false},
	} {
		if got := placename.Adjective(lex, arabic.Normalize(tt.word)); got != tt.want {
			t.Errorf("Adjective(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}
