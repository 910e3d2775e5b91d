package report

// goingWords are the active participles of going (ذاهب, متوجه, متجه),
// prepareNouns the verbal nouns of preparing (الإعداد, التحضير, التمهيد,
// الترتيب, استعدادا) and permitWords the words of permitting (السماح,
// سمحت, الإذن), normalised without the article.
var goingWords, prepareNouns, permitWords = set("ذاهب", "ذاهبا", "ذاهبة", "ذاهبون", "ذاهبين", "متوجه", "متوجها", "متوجهة", "متوجهون", "متوجهين", "متجه", "متجها", "متجهة", "متجهون", "متجهين"),
	set("إعداد", "تحضير", "تحضيرات", "تمهيد", "ترتيب", "ترتيبات", "استعداد", "استعدادا", "استعدادات", "تجهيز"),
	set("سماح", "سمح", "سمحت", "يسمح", "تسمح", "إذن", "ترخيص")

// Prospective reports whether the event noun at ws[k] is an act to come
// that another word of its clause frames: the purpose of one on his way
// (an active participle of going and the ل of its purpose, on the act or
// on the noun before it: الوفد ذاهب للقاء القيادة الروسية, ذاهبا لحضور
// مؤتمر), what is being prepared (a noun of preparing
// before it through ل or a genitive: نعمل للإعداد لأجندة زيارة الوفد,
// استعدادا للقمة), or what is permitted (a word of permitting, the one
// permitted after ل and the act after ب, on it or on a noun of starting:
// وافقت على السماح لطائرات أميركية بشن ضربات). The act is not done: at
// most alleged. A verb or another event word between them, or the end of
// the clause, ends the frame.
func Prospective(ws []Word, k int) bool {
	w := &ws[k]
	if w.Verb || w.Code == "" {
		return false
	}
	c := k // the word that carries the ب of what is permitted
	if k > 0 && ws[k-1].Code == "" && startNouns[ws[k-1].Rest] {
		c = k - 1
	}
	for j := k; j > 0 && j >= k-1; j-- {
		if ws[j].Prep == "ل" && goingWords[ws[j-1].Rest] {
			return true // ذاهب للقاء, ذاهبا لحضور مؤتمر
		}
	}
	for j := c - 1; j >= 0 && j >= c-6; j-- {
		x := &ws[j]
		if prepareNouns[x.Rest] && j >= k-3 {
			return true // للإعداد لأجندة زيارة, استعدادا لزيارة
		}
		if permitWords[x.Rest] && ws[c].Prep == "ب" {
			return true // السماح لطائرات أميركية بشن ضربات
		}
		if x.Bound || x.Verb || x.Code != "" {
			return false
		}
	}
	return false
}
