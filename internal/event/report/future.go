package report

import (
	"rasad/internal/arabic"
	"rasad/internal/news"
)

// Future reports whether the س of the future is attached to tk, as its
// first part or after a conjunction (ستعقد, وستعقد, التي ستعقد), whether tk
// is an event word or not.
func Future(tk news.Token) bool {
	seen := string(arabic.Seen)
	return len(tk.Parts) > 1 && arabic.Normalize(tk.Parts[0].Form) == seen || len(tk.Parts) > 2 && arabic.Normalize(tk.Parts[1].Form) == seen
}
