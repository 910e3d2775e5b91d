// Package convoy finds the side that an attack strikes when what it hits
// moves people or supplies for someone: the people a vehicle carries
// (هجوم على حافلة تقل مسلحين حوثيين), the one the supplies it carries go
// to (استهدفت الطائرات شاحنات تنقل إمدادات للمليشيات الحوثية), and the one
// a convoy is on its way to support (دمرت المدفعية رتلا عسكريا كان في
// طريقه لدعم الميليشيات). A convoy or a load sent to a side is that side's
// strength: striking it strikes that side, as CAMEO codes an attack on a
// side's supply line against that side.
//
// It reads the sentence through package frame's view (frame.Sentence) and
// falls back on frame.SiteOwner, the owner or the place of a site struck,
// where nothing moving is struck.
package convoy

import (
	"rasad/internal/arabic"
	"rasad/internal/event/frame"
	"rasad/internal/event/order"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

// SiteOwner returns the actor phrase of the side struck by an act whose
// object starts at from (before r): the people a vehicle carries
// (Carried), the receiver of what it carries or of the convoy's support
// (Supplied), else frame.SiteOwner unless that is a place the act was in
// (placeOfAct).
func SiteOwner(s frame.Sentence, from, r int) int {
	if pi := Carried(s, from, r); pi >= 0 {
		return pi
	}
	if pi := Supplied(s, from, r); pi >= 0 {
		return pi
	}
	if pi := frame.SiteOwner(s, from, r); pi < 0 || !s.Phrase(pi).Place || !placeOfAct(s, from, r) {
		return pi
	}
	return -1
}

// placeOfAct reports whether the first site word after from (before r,
// within ten words) is where the act was, not what it struck: it stands
// after في, carries ب, or follows a word of place relation (lexicon
// classes beside, quarter: وسط, قرب, شمال). A place it names is then the
// act's location (أعدم التنظيم عشرة في مدينة الرقة, وسط مدينة الموصل),
// not its target; an owner that is an actor stays the target (تفجير في
// مقر القوات).
func placeOfAct(s frame.Sentence, from, r int) bool {
	for j := from; j < r && j <= from+10; j++ {
		x := s.Token(j)
		if x.Bound || x.Verb {
			return false
		}
		if x.Site {
			return false // إحراق منزلهم في قرية دوما: the site struck, whose place the town is
		}
		if x.Cue != vocab.CueSite {
			continue
		}
		if j == from {
			return x.Prep == bi
		}
		w := s.Token(j - 1)
		return x.Prep == bi || w.IsPrep && w.Word == in || relation(w.Plain) || relation(w.Word)
	}
	return false
}

// bi and in are the prepositions ب (attached) and في: a site after them is
// where (placeOfAct).
const (
	bi = string(arabic.Beh)
	in = "في"
)

// relation reports whether w is a word of place relation (lexicon classes
// beside and quarter: قرب, شمال, وسط).
func relation(w string) bool {
	l := lexicon.Default()
	return l.Has(w, "beside") || l.Has(w, "quarter")
}

// Carried returns the people a vehicle struck carries, the side struck
// (هجوم على حافلة تقل مسلحين حوثيين): within six words after from, a noun
// that is the act's object (at from, or right after a preposition: على
// حافلة), a verb of carrying right after it (lexicon class carry-verb: تقل,
// تحمل) and the actor phrase right after that, no place; -1 otherwise, or
// when a bound or a verb comes first.
func Carried(s frame.Sentence, from, r int) int {
	for j := from + 1; j+1 < r && j <= from+6 && !s.Token(j).Bound && !s.Token(j).Verb; j++ {
		if !lexicon.Default().Has(s.Token(j).Norm, "carry-verb") || !frame.Bare(s.Token(j-1)) || j-1 > from && !s.Token(j-2).IsPrep {
			continue
		}
		if pi := frame.PhraseAt(s, j+1); pi >= 0 && s.Phrase(pi).Prep == "" && s.Phrase(pi).Actor && !s.Phrase(pi).Place {
			return pi
		}
		return -1
	}
	return -1
}

// Supplied returns the side that what the act struck was bringing
// supplies or support to: the object (at from, past words of time and an
// adverb of addition such as كذلك with its comma) is a vehicle or a
// convoy, and within its describing words, before any clause boundary or
// event verb,
//   - a verb of carrying (class carry-verb) after the vehicle, what it
//     carries (up to three words: إمدادات, أسلحة وذخائر), then the actor
//     after ل or إلى: شاحنات تنقل إمدادات للمليشيات الحوثية;
//   - or a noun of support after ل (class support-noun: لدعم, لمساندة,
//     لإسناد) with the actor as its genitive, one word such as فلول
//     (remnants) between at most: رتل عسكري ... كان في طريقه لدعم فلول
//     العصابات الحوثية.
//
// The actor is never a place: a convoy heading to a town goes where it
// goes, not to whom. -1 if none.
func Supplied(s frame.Sentence, from, r int) int {
	j := pastLight(s, order.AfterTime(s, from, r), r)
	if j < r && lexicon.Default().Has(s.Token(j).Norm, "sequel") {
		j = order.AfterTime(s, j+1, r)
		if j < r && vocab.Comma(s.Token(j).Norm) {
			j++
		}
	}
	if j >= r || !frame.Bare(s.Token(j)) || !lexicon.Default().Has(s.Token(j).Word, "convoy") {
		return -1
	}
	for q := j + 1; q < r && q <= j+14; q++ {
		x := s.Token(q)
		switch {
		case lexicon.Default().Has(x.Norm, "carry-verb"):
			return delivered(s, q+1, r) // (تحمل is also an event verb: تحمل المسؤولية)
		case x.Bound || x.Verb:
			return -1
		case x.Prep == "ل" && x.Phrase == 0 && lexicon.Default().Has(x.Word, "support-noun"):
			for g := q + 1; g < r && g <= q+2; g++ {
				if pi := frame.PhraseAt(s, g); pi >= 0 {
					return side(s, pi, "")
				}
				if !frame.Bare(s.Token(g)) {
					return -1
				}
			}
			return -1
		}
	}
	return -1
}

// pastLight returns, for a light verb at j (vocab.CueLight: تمكن, نجح,
// قام) with its act after من, في or ب (تمكن من تدمير, قام بتدمير), the
// word after that act noun: an act that is the light verb's subject
// (قصف المدفعية تمكن من تدمير رتل) reaches what the act it manages
// reaches. Words of time after the verb are stepped over. j otherwise.
func pastLight(s frame.Sentence, j, r int) int {
	if j >= r || s.Token(j).Cue != vocab.CueLight {
		return j
	}
	n := order.AfterTime(s, j+1, r)
	if n < r && s.Token(n).IsPrep && (s.Token(n).Word == "من" || s.Token(n).Word == "في") {
		n++
	}
	if n < r && s.Token(n).Noun && s.Token(n).Phrase == 0 && (s.Token(n).Prep == "" || s.Token(n).Prep == "ب") && (n > j+1 || s.Token(n).Prep == "ب") {
		return n + 1
	}
	return j
}

// delivered returns the actor after ل or إلى that what a vehicle carries,
// the words from j on, goes to, three words of the load at most; -1 if
// none.
func delivered(s frame.Sentence, j, r int) int {
	for q := j; q < r && q <= j+3; q++ {
		if pi := frame.PhraseAt(s, q); pi >= 0 {
			if q == j {
				return -1 // تقل مسلحين: the people carried (Carried)
			}
			if p := s.Phrase(pi).Prep; p == "ل" || p == "الي" || p == "إلى" {
				return side(s, pi, p)
			}
			return -1
		}
		if !frame.Bare(s.Token(q)) {
			return -1
		}
	}
	return -1
}

// side returns pi if the phrase stands for an actor that is no place and
// is governed by prep, else -1.
func side(s frame.Sentence, pi int, prep string) int {
	if ph := s.Phrase(pi); ph.Actor && !ph.Place && ph.Prep == prep {
		return pi
	}
	return -1
}
