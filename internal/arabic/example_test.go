package arabic_test

import (
	"fmt"

	"rasad/internal/arabic"
	"rasad/internal/news"
)

func ExampleSegmenter_Segment() {
	text := "وقال بوتين لروسيا: علاقاتنا مع بكين جيدة"
	toks := arabic.Tokenize(text)
	arabic.DefaultSegmenter().Segment(toks)
	for _, t := range toks {
		if t.Kind != news.Word {
			continue
		}
		for i, p := range t.Parts {
			if i > 0 {
				fmt.Print(" + ")
			}
			fmt.Printf("%s(%s)", text[p.Start:p.End], p.Role)
		}
		fmt.Println()
	}
	// Output:
	// و(proclitic) + قال(stem)
	// بوتين(stem)
	// ل(proclitic) + روسيا(stem)
	// علاقات(stem) + نا(enclitic)
	// مع(stem)
	// بكين(stem)
	// جيدة(stem)
}

func ExampleSegmenter_Stem() {
	s := arabic.DefaultSegmenter()
	for _, w := range []string{"الحكومات", "وبحكومته", "بوتين", "لبوتين", "موسكو"} {
		fmt.Println(w, "→", s.Stem(w))
	}
	// Output:
	// الحكومات → حكومه
	// وبحكومته → حكومه
	// بوتين → بوتين
	// لبوتين → بوتين
	// موسكو → موسكو
}

func ExampleSegmenter_SegmentWord() {
	for _, p := range arabic.DefaultSegmenter().SegmentWord("للسلطة") {
		fmt.Printf("[%d,%d) %s %s\n", p.Start, p.End, p.Role, p.Form)
	}
	// Output:
	// [0,2) proclitic ل
	// [2,12) stem السلطة
}
