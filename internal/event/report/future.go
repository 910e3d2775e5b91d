package report

import (
	"rasad/internal/arabic"
	"rasad/internal/news"
)

// Future reports whether the س of the future is attached to tk, as its
// first part or after a conjunction (ستعقد, وستعقد, التي ستعقد), whether tk
// is an event word or not. (Small enough to be inlined, so that most words,
// of one part, cost no call and no copy of the token: the event coder asks
// it of every word it reads.)
func Future(tk news.Token) bool { return len(tk.Parts) > 1 && futureParts(tk.Parts) }

// futureParts is Future of a word of two parts or more.
//
//go:noinline
func futureParts(ps []news.Part) bool {
	seen := string(arabic.Seen)
	return arabic.Normalize(ps[0].Form) == seen || len(ps) > 2 && arabic.Normalize(ps[1].Form) == seen
}
