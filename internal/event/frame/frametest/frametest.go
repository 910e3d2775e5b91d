// Package frametest holds a frame.Sentence kept in two slices, for the
// tests of the packages that read sentences through frame: each test
// writes its sentences in its own small notation and builds one of these.
package frametest

import "rasad/internal/event/frame"

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
