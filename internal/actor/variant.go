package actor

import (
	"strings"

	"rasad/internal/arabic"
)

// Variant returns the key under which the spellings of one foreign name
// meet: Arabic writes a name of another language as it hears it, and
// papers hear it differently. Each word of the phrase (as arabic.SearchKey
// has it, alef forms, ى and ة already folded) is read so:
//
//   - the long vowels ا و ي inside it (not its first or last letter) are
//     dropped, which one paper writes and another leaves out (هرتسوغ,
//     هيرتسوغ; ميليباند, ميليبند); a last ي or و stays, as it is often a
//     suffix (يعقوبي is not يعقوب);
//   - the hamza's seats are its vowel's letter and the bare hamza nothing
//     (ئ → ي, ؤ → و: دايتون, دائتون), so inside a word they are dropped
//     with the vowels;
//   - ts and tz, written تس or تز, are one sound, ز (هرتسوغ, هرتزوغ);
//   - the hard g, written غ in the Levant and the Gulf and ج in Egypt, is
//     one letter (هرتسوغ, هيرتزوج; غابرييل, جابرييل);
//   - a letter written twice in a row is one.
//
// So يتسحاق and إسحاق stay apart (another consonant), and هيرتزوج is
// هرتسوغ. The key is for names of people of other languages: Arabic names
// differ by these letters (عطاف, عطيف), and the caller asks only for those.
func Variant(phrase string) string {
	var out []rune
	for i, w := range strings.Fields(arabic.SearchKey(phrase)) {
		if i > 0 {
			out = append(out, ' ')
		}
		start := len(out)
		rs := []rune(w)
		for j, r := range rs {
			switch {
			case r == arabic.Ghain:
				r = arabic.Jeem
			case r == arabic.Hamza:
				continue
			case j > 0 && j < len(rs)-1 && (r == arabic.Alef || r == arabic.Waw || r == arabic.Yeh || r == arabic.WawHamzaAbove || r == arabic.YehHamzaAbove):
				continue
			case (r == arabic.Seen || r == arabic.Zain) && len(out) > start && out[len(out)-1] == arabic.Teh:
				out, r = out[:len(out)-1], arabic.Zain
			}
			if len(out) == start || out[len(out)-1] != r {
				out = append(out, r)
			}
		}
	}
	return string(out)
}

// PersonVariant returns the one person the gazetteer knows by a name of
// two words or more whose Variant is the phrase's (إسحاق هيرتزوج: Isaac
// Herzog, listed as إسحاق هرتسوغ), or nil when none or several are.
func (g *Gazetteer) PersonVariant(phrase string) *Actor {
	return g.variants[Variant(phrase)]
}

// personVariants indexes the names of two words or more of the people
// among actors by their Variant; a key two people share names neither.
func personVariants(actors []*Actor) map[string]*Actor {
	m := map[string]*Actor{}
	for _, a := range actors {
		if a.Type != Person {
			continue
		}
		for _, n := range a.Names {
			if !strings.Contains(strings.TrimSpace(n), " ") {
				continue
			}
			k := Variant(n)
			if o, ok := m[k]; ok && o != a {
				m[k] = nil
				continue
			}
			m[k] = a
		}
	}
	return m
}
