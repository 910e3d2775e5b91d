// Package setting finds the country of the scene of an act from the
// places its sentence names: an unnamed actor (المتظاهرون, مسلحون) is of
// it, and aid that arrives goes to it. A partner after مع is no place of
// the scene (المتحالفة مع إيران), nor are the places that skip names (the
// doers' own).
package setting

import "rasad/internal/event/frame"

// Near returns the country of the place named nearest to token k in the
// sentence, leaving out the nisbas of armed and official actors (الجيش
// الأميركي), "" if none.
func Near(s frame.Sentence, k int, skip func(j int) bool) string {
	a, b := s.Span()
	best, bd := "", 1<<30
	for j := a; j < b; j++ {
		x := s.Token(j)
		if x.Place == "" || x.OfAgent || partner(s, j) || skip(j) {
			continue
		}
		if d := max(j-k, k-j); d < bd {
			best, bd = x.Place, d
		}
	}
	return best
}

// Sole returns the country of the places named in the sentence (places
// and their nisba adjectives: في البصرة, الشرطة العراقية) when they all
// belong to one, else "".
func Sole(s frame.Sentence, skip func(j int) bool) string {
	a, b := s.Span()
	cc := ""
	for j := a; j < b; j++ {
		x := s.Token(j)
		if x.Place == "" || partner(s, j) || skip(j) {
			continue
		}
		if cc != "" && x.Place != cc {
			return ""
		}
		cc = x.Place
	}
	return cc
}

// partner reports whether the place at token j is a partner after مع:
// the place right after it, or one of the names of places that follow it
// together (المتحالفة مع إيران وسوريا; المدن القريبة من الحدود مع
// المملكة العربية السعودية وإيران: the neighbours across a border are no
// place of the scene).
func partner(s frame.Sentence, j int) bool {
	a, _ := s.Span()
	for ; j > a; j-- {
		switch p := s.Token(j - 1); {
		case p.Word == "مع":
			return true
		case p.Place == "":
			return false
		}
	}
	return false
}

// Country returns cc when it is set, and otherwise the country of the
// scene: the one country the sentence names outside skip (Sole), or the
// country of the place named nearest to token k (Near). Each is worked
// out only when the one before gave nothing.
func Country(cc string, s frame.Sentence, k int, skip func(j int) bool) string {
	if cc == "" {
		cc = Sole(s, skip)
	}
	if cc == "" {
		cc = Near(s, k, skip)
	}
	return cc
}
