package head

import (
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// While returns how many of the last words before are فيما, بينما, في
// حين ("while", "whereas") or, when named says the verb after them names its
// own speaker (a name or a role), حيث ("where", "as"); 0 when they end
// otherwise. These join two clauses of the writer, so that a speech verb
// after them (… ، فيما أوضح شكري أن …، حيث أوضح وكيل الأمين عدنان السيد أن
// …) opens a new attribution and does not belong to the words reported
// before it; حيث أكد أن without a subject goes on with the speaker before.
func While(before []news.Token, named bool) int {
	n := len(before)
	if n == 0 || before[n-1].Kind != news.Word {
		return 0
	}
	switch w, _ := lexicon.WithoutConjunction(&before[n-1]); w {
	case "فيما", "بينما":
		return 1
	case "حيث":
		if named {
			return 1
		}
	case "حين":
		if n > 1 && before[n-2].Norm == "في" {
			return 2
		}
	}
	return 0
}

// maxExplains bounds the words between وبين and the complementizer that
// makes it the verb بيّن.
const maxExplains = 10

// Explains reports whether the word at i is وبين or فبين read as the
// verb بيّن ("explained") and not as the preposition بين ("between"): the
// preposition joins two nouns with و (وبين الرئيس والوزير خلاف), while the
// verb's subject is followed by the complementizer that opens its clause
// (وبين مشرف الفرق التطوعية أن عدد الفرق بلغ …, وبين أن …), within a few
// words and before any punctuation (but the comma after an adverb of time
// that points back, وبيّن حينها، أن), relative or word joined by و; and
// وبين after بين is the second of a pair (بين إيران … وبين جيرانها).
func Explains(toks []news.Token, i int) bool {
	if w, conj := lexicon.WithoutConjunction(&toks[i]); !conj || w != "بين" {
		return false
	}
	for j := max(i-2*maxExplains, 0); j < i; j++ {
		if w, _ := lexicon.WithoutConjunction(&toks[j]); toks[j].Kind == news.Word && w == "بين" {
			return false // بين إيران … وبين جيرانها: the second of a pair
		}
	}
	lx := lexicon.Default()
	for j := i + 1; j < len(toks) && j <= i+maxExplains; j++ {
		if toks[j].Kind == news.Punctuation && toks[j-1].Kind == news.Word && lx.Whole(&toks[j-1]).Has("time-then") {
			continue // وبيّن حينها، أن: the comma after an adverb of time
		}
		if toks[j].Kind != news.Word || lx.Whole(&toks[j]).Has("relative") {
			return false // … الذين اختارت أن: a relative clause's أن
		}
		if lx.Whole(&toks[j]).Has("complementizer") {
			return true // وبين أن: the subject carried over
		}
		if _, conj := lexicon.WithoutConjunction(&toks[j]); conj {
			return false
		}
	}
	return false
}

// Resumes reports whether the word at i is a speech verb written with the
// pronoun that takes up the relative ما of a word of accord before it
// (وفقا لما أعلنه رئيس الحكومة، بحسب ما ذكرته الوكالة، حسبما قاله
// مسؤولون): the verb of that attribution, its subject after it the source,
// though with its pronoun the word is no speech verb of the lexicon. Only
// after حسبما or a word of accord and ما (or لما), never after ما alone
// (هذا ما أعلنه الوزير: the thing he announced).
func Resumes(toks []news.Token, i int) bool {
	stem, cl := lexicon.StemOf(&toks[i])
	lx := lexicon.Default()
	if i < 1 || toks[i].Kind != news.Word || cl.Pronoun != "ه" && cl.Pronoun != "ها" || stem == toks[i].Norm ||
		!lx.Has(stem, "speech-verb") && !lx.Has(stem, "speech-feminine") {
		return false
	}
	p := i - 1
	if lx.Whole(&toks[p]).Has("as-said") {
		return true // حسبما ذكرته
	}
	if toks[p].Norm != "ما" && toks[p].Norm != "لما" || p < 1 {
		return false
	}
	if p--; toks[p].Norm == "ل" && p > 0 {
		p-- // وفقا ل ما
	}
	return lx.Whole(&toks[p]).Has("via")
}
