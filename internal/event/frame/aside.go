package frame

import "rasad/internal/lexicon"

// Aside returns the end of a sentence adverb at j (before r), a word or a
// preposition with its noun (lexicon class aside: أيضا, كذلك, بدوره, على
// الفور, من جهته), which may stand between a verb with its subject and its
// complement and says nothing of whom: رحب الاتحاد الأوروبي أيضا بخطة
// أوباما, Obama's plan; j if none starts there.
func Aside(s Sentence, j, r int) int {
	lx, x := lexicon.Default(), s.Token(j)
	if x.Phrase == 0 && (lx.Has(x.Norm, "aside") || lx.Has(x.Word, "aside")) {
		return j + 1
	}
	if x.IsPrep && j+1 < r && s.Token(j+1).Phrase == 0 && lx.Has(x.Word+" "+s.Token(j+1).Norm, "aside") {
		return j + 2
	}
	return j
}
