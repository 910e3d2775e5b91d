package report

import (
	"strings"

	"rasad/internal/event/vocab"
)

// Requested reports whether the event noun at ws[k] is the act that a
// request asks for: the complement of an appeal or a demand (roots 02 and
// 10, a verb or a noun) before it in its clause, after the preposition the
// request takes (دعا بوتين الرئيس التركي إلى زيارة روسيا, طالبت مصر
// إسرائيل بالانسحاب, حث على الحوار) or the ل of its purpose (وجه دعوة
// للرئيس لزيارة المملكة, تلقى دعوة من بوتين لزيارة موسكو), past the
// addressee and the author; a noun of persuading asks as a request does
// (لإقناع إيران بالتوقيع). A noun of starting or doing before the act
// takes the preposition for it (حث الحكومة على بدء محادثات, طالب
// بإجراء مفاوضات), and one of joining with في (بالانخراط في مفاوضات);
// a noun joined by و to a complement, past a comma, is
// one too (ناشد التحالف بتعزيز الضربات، وقطع الإمدادات). What is asked
// for is not done: the request is the event, its complement at most
// alleged. A noun that a preposition of time or place governs (طالب خلال
// زيارته) is no complement, nor is one past another event word, a verb or
// the end of the clause.
func Requested(ws []Word, k int) bool {
	w := &ws[k]
	if w.Verb || w.Code == "" {
		return false
	}
	c := k // the word that takes the request's preposition
	if k > 0 && ws[k-1].Code == "" && startNouns[ws[k-1].Rest] {
		c = k - 1
	} else if k > 1 && ws[k-1].Rest == "في" && ws[k-2].Code == "" && joinNouns[ws[k-2].Rest] {
		c = k - 2 // بالانخراط في مفاوضات
	}
	conj := ws[c].Conj
	crossed := false // a complement's preposition before a noun joined by و (طالب بفرض حظر وقطع)
	for j := c - 1; j >= 0 && j >= c-7; j-- {
		x := &ws[j]
		if x.Code != "" || persuadeNouns[x.Rest] && !x.Verb {
			if (x.Code == "" || request(x.Code)) && (j == c-1 || ws[c].Prep == "ب" || ws[c].Prep == "ل" || complementPrep[ws[c-1].Rest] || conj && crossed) {
				return true
			}
			return conj && !x.Verb && Requested(ws, j) // بفرض حظر جوي وقطع الإمدادات
		}
		if x.Bound && !(conj && vocab.Comma(x.Rest)) || x.Verb || x.Prep == x.Rest && x.Rest != "" && !complementPrep[x.Rest] && x.Rest != "من" {
			return false // (a preposition written as a word: خلال, في; إلى and من introduce the addressee and the author)
		}
		crossed = crossed || x.Prep == "ب" || x.Prep == "ل" || complementPrep[x.Rest]
	}
	return false
}

// startNouns are the verbal nouns of starting, resuming and doing that
// carry a request's preposition for the act after them (على بدء, إلى
// استئناف, بإجراء, بفرض حظر), normalised without the article.
var startNouns = set("بدء", "استئناف", "مواصلة", "إجراء", "تكثيف", "تعزيز", "إطلاق", "فرض", "شن")

// joinNouns are the verbal nouns of joining that take في for the act they
// join (الانخراط في مفاوضات, المشاركة في المحادثات), and persuadeNouns
// the verbal nouns of persuading and urging, which ask for an act as a
// request does (من أجل إقناع المؤتمر بالتوقيع على اتفاق), normalised
// without the article.
var joinNouns, persuadeNouns = set("انخراط", "مشاركة", "دخول"), set("إقناع", "تشجيع", "حض")

// complementPrep holds the prepositions written as words that a request
// takes for what it asks (دعا إلى, حث على), normalised.
var complementPrep = map[string]bool{"الي": true, "علي": true}

// request reports whether code is an appeal or a demand (roots 02, 10).
func request(code string) bool { return strings.HasPrefix(code, "02") || strings.HasPrefix(code, "10") }

// effortNouns are the nouns of effort and endeavour (جهود, مساعي,
// محاولة), normalised without the article.
var effortNouns = set("جهود", "جهودا", "جهد", "جهدا", "مساعي", "مساع", "سعي", "محاولة", "محاولات", "محاولاتها")

// Sought reports whether the act at ws[k] is the goal of an effort: a noun
// of effort before it in its clause, with the ل of its purpose on the word
// after it (تبذل عمان جهودا لإقناع الطرفين بالانخراط في مفاوضات, مساعي
// لاستضافة محادثات), or the means of it (لإنجاحه من خلال حث العراقيين).
// An act an effort aims at is not done: at most alleged. A verb in the
// past between them is an act of its own; what من or عن introduces is
// what the effort lessens or prevents (للتخفيف من فضيحة تعذيب).
func Sought(ws []Word, k int) bool {
	for j := k - 1; j > 0 && j >= k-8; j-- {
		x := &ws[j]
		if x.Bound || x.Verb && !x.Present || x.Rest == "عن" || x.Rest == "من" && (j+1 >= k || ws[j+1].Rest != "خلال") {
			return false // (للتخفيف من فضيحة تعذيب: what the effort lessens or prevents, no goal; من خلال: the means)
		}
		if x.Prep == "ل" && x.Rest != x.Prep && effortNouns[ws[j-1].Rest] {
			return true
		}
	}
	return false
}
