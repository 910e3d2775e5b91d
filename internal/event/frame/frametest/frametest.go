// Package frametest holds a frame.Sentence kept in two slices, for the
// tests of the packages that read sentences through frame: each test
// writes its sentences in its own small notation and builds one of these,
// with Parse reading the brackets of actor phrases that the notations
// share.
package frametest

import (
	"strings"

	"rasad/internal/event/frame"
)

// Sentence is a sentence written for a test: its tokens and its actor
// phrases (a token's Phrase is its phrase's index in Phr plus one), the
// whole of it one clause.
type Sentence struct {
	Toks []frame.Token
	Phr  []frame.Phrase
}

// Span implements frame.Sentence: every token.
func (s *Sentence) Span() (int, int) { return 0, len(s.Toks) }

// Token implements frame.Sentence.
func (s *Sentence) Token(j int) frame.Token { return s.Toks[j] }

// Phrase implements frame.Sentence.
func (s *Sentence) Phrase(pi int) frame.Phrase { return s.Phr[pi] }

// Phrases implements frame.Sentence.
func (s *Sentence) Phrases() int { return len(s.Phr) }

// Index returns the index of the first token whose Norm is w, -1 if none is.
func (s *Sentence) Index(w string) int {
	for j, x := range s.Toks {
		if x.Norm == w {
			return j
		}
	}
	return -1
}

// Parse builds a Sentence from words apart by spaces, in the notation the
// tests share: [ opens an actor phrase and ] closes it, [? one that stands
// for no actor; a phrase right after a token that IsPrep is governed by
// that token's Word. word reads each word, its brackets taken off, into
// its token: the marks and forms of the test's own notation.
func Parse(s string, word func(w string) frame.Token) *Sentence {
	f := &Sentence{}
	for _, w := range strings.Fields(s) {
		j := len(f.Toks)
		open := strings.HasPrefix(w, "[")
		if open {
			w = strings.TrimPrefix(w, "[")
			p := frame.Phrase{Start: j, Actor: !strings.HasPrefix(w, "?")}
			w = strings.TrimPrefix(w, "?")
			if j > 0 && f.Toks[j-1].IsPrep {
				p.Prep = f.Toks[j-1].Word
			}
			f.Phr = append(f.Phr, p)
		}
		inside := len(f.Phr) > 0 && (open || f.Phr[len(f.Phr)-1].End == 0)
		end := strings.HasSuffix(w, "]")
		t := word(strings.TrimSuffix(w, "]"))
		if inside {
			t.Phrase = len(f.Phr)
			if end {
				f.Phr[len(f.Phr)-1].End = j + 1
			}
		}
		f.Toks = append(f.Toks, t)
	}
	return f
}
