// Package genre finds the parts of an article that are not reports of
// acts, so that no event is asserted from them: a sports report, whose
// countries are teams (Sport), a review of a book or a film, whose people
// are its characters and author (Review), and verse. It reads verse: a poem
// quoted or printed in a newspaper (a nabati poem to the king, an elegy, a
// song's words) tells no act as news, whatever its verbs say (ضرباتنا روس
// الأعادي فرتها, تبت يدين ايران).
//
// Verse is known by its form, as an editor knows it at a glance, not by its
// words:
//
//   - Lines set as verse: a run of at least four short lines (2 to 20
//     words, no digits, no list bullets) whose last words rhyme (the same
//     last consonant, with the vowel letter or ه after it, after folding
//     hamza, alef, ى and ة), every line or
//     every second line (the rhyme of the second hemistich), in at least
//     three different words and three in five of those lines. A numbered
//     list, a league table or a list of «- المستوى الأول …» lines does not
//     rhyme in different words, or carries digits and bullets.
//   - Verse whose line breaks were lost (a poem printed as one paragraph):
//     a long run of words (40 or more) with almost no commas in which one
//     ending of two letters comes back at a steady pace, every g words
//     give or take a quarter (g from 5 to 16), in at least eight different
//     words, over four fifths of the run. Prose repeats endings (-ية, -ات)
//     but not at a steady pace, and it has commas.
package genre

import (
	"sort"
	"strings"
	"unicode"

	"rasad/internal/arabic"
	"rasad/internal/news"
)

// Verse returns, for each sentence of text, whether it lies in verse.
func Verse(text string, sents []news.Sentence) []bool {
	out := make([]bool, len(sents))
	in := reader(text, sents)
	for i := range sents {
		out[i] = in(i)
	}
	return out
}

// Asserted returns the events of doc that are not told only in verse: an
// event every sentence of which is verse is dropped. Only the sentences
// of events are read. A sports report (Sport) or a review of a work
// (Review) gives none.
func Asserted(doc *news.Document, events []news.Event) []news.Event {
	if len(events) == 0 {
		return events
	}
	if k := read(doc); k.sport || k.review {
		return events[:0]
	}
	in := reader(doc.Text, doc.Sentences)
	kept := events[:0]
	for _, e := range events {
		drop := in(e.Sentence)
		for _, s := range e.Sentences {
			drop = drop && in(s)
		}
		if !drop {
			kept = append(kept, e)
		}
	}
	return kept
}

// reader returns whether the i-th sentence lies in verse: in lines set as
// verse, or verse printed as one paragraph.
func reader(text string, sents []news.Sentence) func(i int) bool {
	spans := verseLines(text)
	return func(i int) bool {
		if i < 0 || i >= len(sents) {
			return false
		}
		s := sents[i]
		for _, v := range spans {
			if v.Start <= s.Start && s.End <= v.End {
				return true
			}
		}
		return runOn(text[s.Start:s.End])
	}
}

// line is one line of the text and the rhyme of its last word.
type line struct {
	span  news.Span
	word  string // the last word, folded
	rhyme string // its last two letters; "" when the line cannot be verse
}

// verseLines returns the spans of the text's lines set as verse, in order.
func verseLines(text string) []news.Span {
	var out []news.Span
	var run []line
	flush := func() {
		out = append(out, rhymed(run)...)
		run = run[:0]
	}
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		l := text[start:end]
		if strings.TrimSpace(l) == "" { // a blank line between verses
			start = end + 1
			continue
		}
		if words := shortLine(l); words != nil {
			last := words[len(words)-1]
			run = append(run, line{span: news.Span{Start: start, End: end}, word: last, rhyme: ending(last)})
		} else {
			flush()
		}
		start = end + 1
	}
	flush()
	return out
}

// shortLine returns the folded words of l if it may be a line of verse: 2
// to 20 words, no digit, no list bullet first, not an introduction ending
// in a colon; else nil.
func shortLine(l string) []string {
	t := strings.TrimSpace(l)
	if strings.Count(t, " ") > 25 || strings.HasSuffix(t, ":") || strings.IndexAny(t, "-*•–—=") == 0 {
		return nil // a paragraph, an introduction, a list
	}
	for _, r := range t {
		if _, ok := arabic.DigitValue(r); ok {
			return nil
		}
	}
	if words := keys(t); len(words) >= 2 && len(words) <= 20 {
		return words
	}
	return nil
}

// rhymed returns the span of a run of short lines that rhyme: every line
// (four in five of them), or else every second line, even or odd (the
// rhyme of the second hemistich, three in five of them), with one rhyme in
// at least three different words.
func rhymed(run []line) []news.Span {
	if len(run) < 4 {
		return nil
	}
	for _, step := range [][3]int{{0, 1, 4}, {1, 2, 3}, {0, 2, 3}} {
		var set []line
		for i := step[0]; i < len(run); i += step[1] {
			set = append(set, run[i])
		}
		if rhyme, ok := common(set, step[2]); ok {
			first, last := -1, -1
			for i, l := range run {
				if (i-step[0])%step[1] == 0 && i >= step[0] && l.rhyme == rhyme {
					if first < 0 {
						first = i
					}
					last = i
				}
			}
			if step[1] == 2 && first > 0 {
				first-- // the first hemistich of the first verse
			}
			return []news.Span{{Start: run[first].span.Start, End: run[last].span.End}}
		}
	}
	return nil
}

// common returns the rhyme most of the lines share, if at least three
// different words and share fifths of the lines end in it.
func common(set []line, share int) (string, bool) {
	if len(set) < 3 {
		return "", false
	}
	words := map[string]map[string]bool{}
	count := map[string]int{}
	for _, l := range set {
		if l.rhyme == "" {
			continue
		}
		if words[l.rhyme] == nil {
			words[l.rhyme] = map[string]bool{}
		}
		words[l.rhyme][l.word] = true
		count[l.rhyme]++
	}
	for r, n := range count {
		if len(words[r]) >= 3 && 5*n >= share*len(set) {
			return r, true
		}
	}
	return "", false
}

// runOn says whether s is verse printed without its line breaks: at least
// 40 words, at most one comma in 40 words, and a rhyme of two letters
// coming back at a steady pace over most of s.
func runOn(s string) bool {
	commas := strings.Count(s, "،") + strings.Count(s, ",")
	if spaces := strings.Count(s, " "); spaces < 39 || 40*commas > spaces+1 {
		return false // short, or prose with commas: no need to read its words
	}
	words := keys(s)
	n := len(words)
	if n < 40 || 40*commas > n {
		return false
	}
	at := map[string][]int{}
	for i, w := range words {
		if r := []rune(w); len(r) >= 3 {
			k := string(r[len(r)-2:])
			at[k] = append(at[k], i)
		}
	}
	for _, pos := range at {
		if len(pos) >= 8 && steady(words, pos, n) {
			return true
		}
	}
	return false
}

// steady says whether the words at pos, ending alike, come at a steady
// pace over most of the n words: paced or chained.
func steady(words []string, pos []int, n int) bool {
	return paced(words, pos, n) || chained(words, pos, n)
}

// paced says whether the words at pos, at least eight different ones, come
// every 5 to 16 words, three gaps in four within a quarter of the usual
// (median) gap, from near the start of the n words to near their end.
func paced(words []string, pos []int, n int) bool {
	if different(words, pos) < 8 {
		return false
	}
	gaps := make([]int, len(pos)-1)
	for i := range gaps {
		gaps[i] = pos[i+1] - pos[i]
	}
	sorted := append([]int(nil), gaps...)
	sort.Ints(sorted)
	med := sorted[len(sorted)/2]
	if med < 5 || med > 16 {
		return false
	}
	near := 0
	for _, g := range gaps {
		if d := g - med; d <= med/4 && -d <= med/4 {
			near++
		}
	}
	return 4*near >= 3*len(gaps) && 5*(pos[len(pos)-1]-pos[0]+med) >= 4*n
}

// chained says whether some of the words at pos, at least eight different
// ones, come one after another every g words give or take a quarter (g
// from 5 to 16) over four fifths of the n words, passing over at most one
// word in four that ends alike between them (a rhyme inside a line).
func chained(words []string, pos []int, n int) bool {
	chain := make([]int, len(pos)) // the longest chain's length ending at pos[i]
	first := make([]int, len(pos)) // and where it starts
	for g := 5; g <= 16; g++ {
		lo, hi := g-g/4, g+g/4
		for i := range pos {
			chain[i], first[i] = 1, i
			for j := i - 1; j >= 0 && pos[i]-pos[j] <= hi; j-- {
				if d := pos[i] - pos[j]; d >= lo && chain[j]+1 > chain[i] {
					chain[i], first[i] = chain[j]+1, first[j]
				}
			}
			if chain[i] >= 8 && 4*chain[i] >= 3*(i-first[i]+1) &&
				5*(pos[i]-pos[first[i]]+g) >= 4*n && different(words, pos[first[i]:i+1]) >= 8 {
				return true
			}
		}
	}
	return false
}

// different counts the different words at pos.
func different(words []string, pos []int) int {
	seen := map[string]bool{}
	for _, p := range pos {
		seen[words[p]] = true
	}
	return len(seen)
}

// keys returns the words of s folded as search keys, letters only; words
// without a letter are left out.
func keys(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		k := strings.Map(func(r rune) rune {
			if arabic.IsArabicLetter(r) || unicode.IsLetter(r) {
				return r
			}
			return -1
		}, arabic.SearchKey(f))
		if k != "" {
			out = append(out, k)
		}
	}
	return out
}

// ending is the rhyme of a folded word of three letters or more, as
// prosody defines it: its last consonant (the rawiy), with the long vowel
// or the ه that may follow it (صلة): القلم → م, الأزمان → ن, خرابا → با,
// عافيتها → ها, قاصيا → يا.
func ending(w string) string {
	r := []rune(w)
	if len(r) < 3 {
		return ""
	}
	switch r[len(r)-1] {
	case arabic.Alef, arabic.Waw, arabic.Yeh, arabic.Heh:
		return string(r[len(r)-2:])
	}
	return string(r[len(r)-1:])
}
