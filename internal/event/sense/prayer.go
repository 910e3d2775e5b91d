package sense

import (
	_ "embed"
	"strings"

	"rasad/internal/news"
)

//go:embed data/prayer.txt
var prayerData string

// prayer holds the classes of data/prayer.txt.
var prayer = parse(prayerData)

// Prayers returns, in order, the verbs of calling (دعا, داعيا, يدعو) that
// are a prayer, no appeal (020): God as their object right after the verb
// (دعا الله أن يحفظ البلاد, داعيا لله أن يتغمده برحمته, يدعو المولى عز
// وجل) or past the subject with the praise that follows His name (ودعا
// أمير المنطقة الله عز وجل أن يديم), God as the subject of what is asked
// after أن (داعيا للجميع أن يتقبل الله طاعاتهم), or the one prayed for
// after ل and a blessing after ب (دعا له بالشفاء, داعيا للفقيد بالرحمة
// والمغفرة). One prays to God; one appeals
// to an actor, and asks for an act (دعا إلى وقف القتال, دعا الحكومة إلى),
// never for a blessing; so a verb of asking (طلب) whose object is a
// boon (نطلب الرجاء للعراق, نسأل الرحمة للشهداء) is a wish. pattern
// gives the lemma of each token's event pattern.
func Prayers(toks []news.Token, pattern Pattern) []int {
	var out []int
	for k := range toks {
		l, verb := pattern(k)
		if verb && prayer["ask"][l] && prayer["boon"][word(toks, k+1)] {
			out = append(out, k) // نطلب الرجاء للعراق: a wish
			continue
		}
		if !verb || !prayer["pray"][l] {
			continue
		}
		if prayer["god"][word(toks, k+1)] || praised(toks, k) || godWills(toks, k) || blessed(toks, k) {
			out = append(out, k)
		}
	}
	return out
}

// blessed reports whether the verb at k takes the one prayed for after ل
// (له, لهم, or a noun: للفقيد, للمرضى) and a blessing after ب within the
// three words after it, with no punctuation between (دعا للحجاج بالقبول).
func blessed(toks []news.Token, k int) bool {
	w := word(toks, k+1)
	if !prayer["for"][w] && !strings.HasPrefix(w, "لل") {
		return false
	}
	for j := k + 2; j <= k+4; j++ {
		x := word(toks, j)
		if x == "" {
			return false
		}
		if prayer["blessing"][strings.TrimPrefix(x, "و")] {
			return true
		}
	}
	return false
}

// praised reports whether the name of God followed by the praise of Him
// (الله عز وجل, الله سبحانه وتعالى, الله تعالى) comes within the nine
// tokens after the verb at k in its sentence, the praise right after the
// name or set apart by punctuation: its object past its subject or a
// phrase (ودعا المهندس بندر الجبر، الله عز وجل، أن يحقق; ودعا إمام جامع
// المقهوي بمحاسن الشيخ محمد الله - عز وجل - أن يمن). Nothing else is
// praised so: God's name with it is never حزب الله or عبد الله. A comma
// ends the search but before the name itself (أو يدعو إليه، يقول ربنا
// سبحانه: God the subject of another clause).
func praised(toks []news.Token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+9 && !end(toks[j].Text); j++ {
		if comma(toks[j].Text) && !prayer["god"][word(toks, j+1)] {
			return false // ، يقول ربنا سبحانه: another clause, God its subject
		}
		if !prayer["god"][word(toks, j)] {
			continue
		}
		n := j + 1
		for n < len(toks) && n <= j+2 && word(toks, n) == "" {
			n++ // الله - عز وجل -: the praise set apart by a dash
		}
		if prayer["glory"][word(toks, n)] {
			return true
		}
	}
	return false
}

// godWills reports whether أن comes within the three words after the verb
// at k, right after it or after the one prayed for with ل, and God is the
// subject of the verb after it (دعا أن يحفظ الله البلاد, داعيا للجميع أن
// يتقبل الله). One addressed before أن is the subject of that verb, and
// God its object (داعيا المسلم أن يتقي الله: an exhortation to the
// Muslim, not a prayer).
func godWills(toks []news.Token, k int) bool {
	for j := k + 1; j <= k+3; j++ {
		w := word(toks, j)
		if prayer["that"][w] {
			return word(toks, j+2) == "الله"
		}
		if !strings.HasPrefix(w, "ل") {
			return false
		}
	}
	return false
}

// end reports whether a token's text ends a sentence, comma whether it is
// a comma.
func end(s string) bool   { return s == "." || s == "؟" || s == "!" }
func comma(s string) bool { return s == "،" || s == "," }
