package eval

import (
	"fmt"
	"io"
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/news"
)

// Score counts what a system found against gold: Correct of System found
// items are in Gold.
type Score struct {
	Gold, System, Correct int
}

// Precision is Correct/System, in percent.
func (s Score) Precision() float64 { return percent(s.Correct, s.System) }

// Recall is Correct/Gold, in percent.
func (s Score) Recall() float64 { return percent(s.Correct, s.Gold) }

// F1 is the harmonic mean of precision and recall, in percent.
func (s Score) F1() float64 {
	if s.System+s.Gold == 0 {
		return 0
	}
	return 200 * float64(s.Correct) / float64(s.System+s.Gold)
}

func (s *Score) add(o Score) {
	s.Gold += o.Gold
	s.System += o.System
	s.Correct += o.Correct
}

// SegmentScores are the scores of tokenisation and clitic segmentation.
type SegmentScores struct {
	Sentences int
	Tokens    Score // surface tokens, aligned by their character spans
	Words     Score // syntactic words (clitics and stems)
}

// Write prints one line per level, F1 last:
//
//	tokens  P 99.1  R 98.7  F1 98.9
func (s SegmentScores) Write(w io.Writer) error {
	for _, l := range []struct {
		name string
		sc   Score
	}{{"tokens", s.Tokens}, {"words", s.Words}} {
		if _, err := fmt.Fprintf(w, "%-6s  P %.1f  R %.1f  F1 %.1f\n", l.name, l.sc.Precision(), l.sc.Recall(), l.sc.F1()); err != nil {
			return err
		}
	}
	return nil
}

// sysWord is a word the system produced: a Part of a word, or a whole
// token that has no parts.
type sysWord struct {
	Start, End int
	Form       string
}

// Segment tokenises and segments the raw text of each sentence and scores
// the result the way the CoNLL 2018 shared task does: tokens and words that
// have a span of their own count as correct when the system has exactly the
// same span; words inside a multiword token are aligned to the system's words
// within the token's span by the longest common subsequence of their
// normalised forms. (So the stem form السلطة that the segmenter gives
// للسلطة matches UD's multiword-token words ل + السلطة, while UD Arabic-PUD,
// which writes ل + لسلطة with spans of their own, is matched by span.)
func Segment(sents []Sentence, seg *arabic.Segmenter) SegmentScores {
	var out SegmentScores
	for i := range sents {
		tok, words := scoreSentence(&sents[i], seg)
		out.Tokens.add(tok)
		out.Words.add(words)
		out.Sentences++
	}
	return out
}

// systemWords returns the system's words for text: the parts of every
// segmented token, and every other token whole.
func systemWords(toks []news.Token) []sysWord {
	var ws []sysWord
	for _, t := range toks {
		if len(t.Parts) == 0 {
			ws = append(ws, sysWord{t.Start, t.End, t.Norm})
			continue
		}
		for _, p := range t.Parts {
			ws = append(ws, sysWord{p.Start, p.End, p.Form})
		}
	}
	return ws
}

type span struct{ start, end int }

func scoreSentence(s *Sentence, seg *arabic.Segmenter) (tokens, words Score) {
	toks := arabic.Tokenize(s.Text)
	seg.Segment(toks)
	return scoreTokens(s, toks)
}

// scoreTokens scores the system's segmented tokens of s.Text against s.
func scoreTokens(s *Sentence, toks []news.Token) (tokens, words Score) {
	sys := systemWords(toks)

	// Leave out what lies within ignored gold tokens, on both sides.
	var ignored []span
	for _, g := range s.Tokens {
		if g.Ignore {
			ignored = append(ignored, span{g.Start, g.End})
		}
	}
	inIgnored := func(start, end int) bool {
		for _, sp := range ignored {
			if start < sp.end && end > sp.start {
				return true
			}
		}
		return false
	}

	// The system's spans, each counted unless it lies in an ignored token.
	kept := func(sc *Score, spans func(yield func(start, end int))) map[span]bool {
		set := map[span]bool{}
		spans(func(start, end int) {
			if !inIgnored(start, end) {
				set[span{start, end}] = true
				sc.System++
			}
		})
		return set
	}
	tokSpans := kept(&tokens, func(yield func(int, int)) {
		for _, t := range toks {
			yield(t.Start, t.End)
		}
	})
	for _, g := range s.Tokens {
		if g.Ignore {
			continue
		}
		tokens.Gold++
		if tokSpans[span{g.Start, g.End}] {
			tokens.Correct++
		}
	}
	wordSpans := kept(&words, func(yield func(int, int)) {
		for _, w := range sys {
			yield(w.Start, w.End)
		}
	})
	for _, g := range s.Words {
		if s.Tokens[g.Token].Ignore {
			continue
		}
		words.Gold++
		if g.Start >= 0 && wordSpans[span{g.Start, g.End}] {
			words.Correct++
		}
	}
	// Words of multiword tokens: LCS of forms against the system words that
	// lie inside the token.
	for _, g := range s.Tokens {
		if len(g.Words) == 0 || s.Words[g.Words[0]].Start >= 0 {
			continue
		}
		var gf, sf []string
		for _, k := range g.Words {
			gf = append(gf, arabic.Normalize(s.Words[k].Form))
		}
		for _, w := range sys {
			if w.Start >= g.Start && w.End <= g.End {
				sf = append(sf, arabic.Normalize(w.Form))
			}
		}
		words.Correct += lcs(gf, sf)
	}
	return tokens, words
}

// lcs returns the length of the longest common subsequence of a and b.
func lcs(a, b []string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			switch {
			case a[i-1] == b[j-1]:
				cur[j] = prev[j-1] + 1
			case prev[j] >= cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// WriteSegmentDiff writes, for every gold token that the system segmented
// differently, a line "gold<TAB>system" with the words joined by +.
func WriteSegmentDiff(w io.Writer, sents []Sentence, seg *arabic.Segmenter) error {
	for i := range sents {
		s := &sents[i]
		toks := arabic.Tokenize(s.Text)
		seg.Segment(toks)
		sys := systemWords(toks)
		for _, g := range s.Tokens {
			if g.Ignore {
				continue
			}
			var gw, sw []string
			for _, k := range g.Words {
				gw = append(gw, s.Words[k].Form)
			}
			for _, x := range sys {
				if x.End > g.Start && x.Start < g.End {
					sw = append(sw, s.Text[x.Start:x.End])
				}
			}
			if strings.Join(gw, "+") != strings.Join(sw, "+") {
				if _, err := fmt.Fprintf(w, "%s\t%s\n", strings.Join(gw, "+"), strings.Join(sw, "+")); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
