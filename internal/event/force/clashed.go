package force

import (
	"rasad/internal/event/frame"
	"rasad/internal/lexicon"
)

// ClashedWith returns the other side of the clashes in which the toll at
// k fell (استشهد الشاب جراء إصابته بعيار ناري في مواجهات مع قوات الاحتلال:
// the occupation's forces killed him): the actor after مع that follows a
// noun of clashes later in the sentence; -1 if none.
//
// Where a noun of the men of a side (lexicon class men-of: رجال, أفراد)
// follows مع, in construct with the side's name, the men stand for their
// side: قتل 15 من ميليشيا الحوثي ... في مواجهات مع رجال المقاومة الشعبية
// (the resistance killed them). Fighters named by their role (مسلحي,
// مقاتلي) open the actor phrase themselves.
func ClashedWith(s frame.Sentence, k int) int {
	_, b := s.Span()
	for j := k + 1; j+2 < b && j <= k+20; j++ {
		if !s.Token(j).Clash {
			continue
		}
		x := s.Token(j + 1)
		if !x.IsPrep || x.Word != "مع" {
			return -1
		}
		if pi := frame.PhraseAt(s, j+2); pi >= 0 || j+3 >= b || !lexicon.Default().Has(s.Token(j+2).Word, "men-of") {
			return pi
		}
		return frame.PhraseAt(s, j+3)
	}
	return -1
}
