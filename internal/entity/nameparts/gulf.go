package nameparts

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// gulfStates are the states of the Gulf Cooperation Council, whose papers
// write their own people's names as a chain of بن.
var gulfStates = map[string]bool{"SAU": true, "ARE": true, "KWT": true, "BHR": true, "QAT": true, "OMN": true}

// rulingHouses are the Gulf's reigning families by the search key of the
// name after آل, each its state's: a name that ends in one (راشد بن عبدالله
// آل خليفة) is of that state, whatever the story's.
var rulingHouses = map[string]string{
	"خليفه": "BHR", "نهيان": "ARE", "مكتوم": "ARE", "القاسمي": "ARE", "النعيمي": "ARE", "الشرقي": "ARE", "المعلا": "ARE",
	"ثاني": "QAT", "الصباح": "KWT", "سعيد": "OMN", "سعود": "SAU",
}

// Unmarked returns the country of a person whom nothing in the article
// places, named name, in a story of country home printed by a paper of
// country outlet: the Gulf's ruling house his name ends in (آل خليفة);
// else, in a Gulf paper, the paper's own when his name is a chain of
// descent, a given name, بن, his father's name and more (سعود بن عبدالله
// بن محمد, عبدالرحمن بن محمد الجديع), as those papers write their own
// people's names and the Maghreb's, whose بن opens a family name (عبد
// الإله بن كيران, زين العابدين بن علي), does not, unless the story is of
// the Peninsula (the Gulf or Yemen), whose people are so named too; else
// home.
func Unmarked(name, home, outlet string) string {
	w := strings.Fields(arabic.SearchKey(name))
	if n := len(w); n >= 3 && w[n-2] == "ال" {
		if c := rulingHouses[w[n-1]]; c != "" {
			return c
		}
	}
	if !gulfStates[outlet] || gulfStates[home] || home == "YEM" {
		return home // a story of the Peninsula, whose people are so named
	}
	for i := 1; i < len(w); i++ {
		if w[i] == "بن" || w[i] == "ابن" {
			if nameUnits(w[i+1:]) >= 2 {
				return outlet
			}
			break
		}
	}
	return home
}

// nameUnits counts the names among words w (search keys): عبد and أبو
// join the word after them (عبد الله, أبو بكر).
func nameUnits(w []string) int {
	n := 0
	for i := 0; i < len(w); i++ {
		if (w[i] == "عبد" || w[i] == "ابو") && i+1 < len(w) {
			i++
		}
		n++
	}
	return n
}

// OpensChain reports whether the word at k, one word a known person is
// named by, opens a chain of descent: بن or ابن and a given name follow it
// (مشعل بن ماجد, a prince, not Khaled Meshaal, whom the gazetteer knows as
// مشعل). A surname ends a name, and only a given name is some man's son.
func OpensChain(toks []news.Token, k int) bool {
	return k+2 < len(toks) && toks[k+1].Kind == news.Word && Son(toks[k+1]) && toks[k+2].Kind == news.Word && GivenName(lexicon.Default(), toks[k+2])
}
