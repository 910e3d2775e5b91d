package head

import (
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// While returns how many of the last words before are فيما, بينما or في
// حين ("while", "whereas"), 0 when they end otherwise: these join two
// clauses of the writer, so that a speech verb after them (… ، فيما أوضح
// شكري أن …) opens a new attribution and does not belong to the words
// reported before it.
func While(before []news.Token) int {
	n := len(before)
	if n == 0 || before[n-1].Kind != news.Word {
		return 0
	}
	switch w, _ := lexicon.WithoutConjunction(&before[n-1]); w {
	case "فيما", "بينما":
		return 1
	case "حين":
		if n > 1 && before[n-2].Norm == "في" {
			return 2
		}
	}
	return 0
}
