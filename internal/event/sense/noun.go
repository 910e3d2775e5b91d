package sense

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// faced and denied are asked of a noun with the article (التهديدات,
// الاتهامات), which has no genitive of its author: اتهامات واشنطن, called
// false, are still Washington's accusation.

// faced reports whether the noun of threat or of charge at k is the
// object of a verb of facing within the three words before it, its
// clause unbroken (يواجه تهديدات, في مواجهة التهديدات), or is followed by
// a relative pronoun and such a verb within the two words after it
// (الهجمات والتهديدات التي يواجهها الأمن القومي): a danger or a charge
// borne, no act of threatening or accusing.
func faced(toks []news.Token, k int) bool {
	if is("relative", tok(toks, k+1)) && (is("face", tok(toks, k+2)) || is("face", tok(toks, k+3))) {
		return true
	}
	return inClause(toks, k, 3, func(j int) bool { return is("face", &toks[j]) })
}

// denied reports whether the noun of charge at k is the object of a verb
// of denial within the seven words before it, its clause unbroken, its
// subject between (نفى الرئيس التركي رجب طيب أردوغان بقوة الاتهامات), or its clause calls it baseless within the
// eight words after it (الاتهامات ضد تركيا لا أساس لها, اتهامات باطلة):
// the charge of others, rejected, no accusation by the one who denies it.
// أساس and صحة count only after لا (لا صحة لها); باطلة on its own.
func denied(toks []news.Token, k int) bool {
	if inClause(toks, k, 7, func(j int) bool { return is("deny", &toks[j]) }) {
		return true
	}
	prev := ""
	for j := k + 1; j < len(toks) && j <= k+8; j++ {
		if toks[j].Kind == news.Punctuation {
			if quoteMark(toks[j].Text) {
				continue // الاتهامات ضد تركيا «لا أساس لها»
			}
			return false
		}
		w := toks[j].Norm
		if is("baseless", &toks[j]) && (prev == "لا" || !strings.HasSuffix(w, "اس") && !strings.HasSuffix(w, "صحة")) {
			return true
		}
		prev = w
	}
	return false
}

// cleared reports whether the noun of charge at k is the genitive of a
// word of falsity (خطأ الاتهامات) or what one is cleared of (ببراءته من
// اتهامات, بتبرئته من الاتهامات): a charge of others, rejected.
func cleared(toks []news.Token, k int) bool {
	return is("falsity", tok(toks, k-1)) || word(toks, k-1) == "من" && is("innocent", tok(toks, k-2))
}

// spurred reports whether the verb at k, a present joined by و (ويحثهم,
// ويدعو), continues a verb of the same person before it in its sentence
// whose subject is a work or an occasion (افتتاح القناة «الجديدة» يحيي
// كل هذا الإرث، ويحثهم على العمل): within the fourteen words before it, a
// present verb of its person prefix (ي or ت), and before that a word of
// class deed, bare or with the article (بافتتاح, a complement, is none).
func spurred(toks []news.Token, k int) bool {
	w, ok := strings.CutPrefix(toks[k].Norm, "و")
	if !ok || !strings.HasPrefix(w, "ي") && !strings.HasPrefix(w, "ت") {
		return false
	}
	person, verb := w[:len("ي")], false
	for j := k - 1; j >= 0 && j >= k-14; j-- {
		if toks[j].Kind == news.Punctuation {
			if aside(toks[j].Text) || quoteMark(toks[j].Text) {
				continue
			}
			return false
		}
		n := toks[j].Norm
		if words["deed"][n] || words["deed"][strings.TrimPrefix(n, article)] {
			return verb
		}
		verb = verb || strings.HasPrefix(n, person) && len([]rune(n)) >= 4
	}
	return false
}

// quoteMark reports whether a punctuation token is a quotation mark.
func quoteMark(s string) bool { return strings.ContainsAny(s, "«»\"“”") }

// gathered reports whether the meeting verb at k has a noun of ordinary
// people as its subject right after it (اجتمع شباب أتراك وأكراد في
// المركز الثقافي): people gathering, no consultation between parties.
func gathered(toks []news.Token, k int) bool {
	return is("folk", tok(toks, k+1))
}

// hands reports whether the word at k, أيد with no article, stands right
// before a verb of the present that the event lexicon knows (وأيدٍ تدمر
// وتقتل): the plural of يد, hands, for a past verb takes its subject or
// object after it, never a second verb.
func hands(toks []news.Token, k int, pattern Pattern) bool {
	next := word(toks, k+1)
	if _, verb := pattern(k + 1); !verb || next == "" {
		return false
	}
	return strings.HasPrefix(next, "ت") || strings.HasPrefix(next, "ي")
}

// foretold reports whether the verbal noun at k, right after إنّ or أنّ
// (ان, بان, وان, لان) as its subject, has a predicate of the future within
// the twelve words after it (the noun with its complements: أن احتجاجه
// على قيام أحد ضباط الجيش باغتصاب فتاة في الموصل كان وراء إقالته), its
// clause unbroken: a verb with the س of the
// future (إن رفض الكونغرس للاتفاق سيسبب له إحراجا), a verb negated (إن
// المفاوضات لم تكن لتلبي كل المطالب) or من شأنه (أن رفض
// الاتفاق من شأنه أن يهدد), or كان (أن توقيع الاتفاق كان متعلقا بتنازل
// الطرفين, أن دعوات الحوثي كان لها مردود). It tells what the act would
// bring, an act weighed, not one that took place, or how an act of before
// is judged, the speaker's assessment, not the news of the act. A past verb spelt as its verbal noun
// (رفض) reads so too: إنّ takes no verb, and أنْ with a past verb after a
// word of time (بعد أن رفض) is the caller's to leave.
func foretold(toks []news.Token, k int) bool {
	if !is("that", tok(toks, k-1)) {
		return false
	}
	prev := ""
	for j := k + 1; j < len(toks) && j <= k+12; j++ {
		if toks[j].Kind == news.Punctuation {
			if quoteMark(toks[j].Text) {
				continue
			}
			return false
		}
		w := toks[j].Norm
		if predicate(toks, j, true) || prev == "من" && strings.HasPrefix(w, "شان") {
			return true
		}
		prev = w
	}
	return false
}

// headed reports whether the verbal noun at k (with و or not) opens its
// sentence or its clause, right after a punctuation mark, and a
// predicate of the third person (predicate) follows within the six words
// after it, its clause unbroken: the noun is the subject of a nominal
// sentence, what it brings or does not bring is weighed (ورفض دعمها لا
// ينفي حق الانفصال; ورفض المتمردين للهدنة سيوضح), no act the sentence
// reports. A past verb spelt as the noun reads so too: a verb is never
// followed, without a conjunction, by a second verb of the third person
// after its subject; direct speech of the first person (وهدد المتمردون
// سنقتحم) is no predicate, and a preposition or أنّ between (حذر فيه من
// أن إفشال الاتفاق سيكون, وصرح بأنه لم يكن) makes it the verb's
// complement. كان is no predicate here: it opens relative clauses
// (بواسطة سكين كان يحملها).
func headed(toks []news.Token, k int) bool {
	if k > 0 && (toks[k-1].Kind != news.Punctuation || quoteMark(toks[k-1].Text)) {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		if toks[j].Kind == news.Punctuation || is("particle", &toks[j]) {
			return false
		}
		if predicate(toks, j, false) {
			return true
		}
	}
	return false
}

// predicate reports whether the word at j is a predicate that weighs its
// subject: a verb of the third person with the س of the future (سيسبب,
// ستؤدي), a verb of the third person of the present negated by لا, لن
// or لم (لا ينفي, لم تكن; لا سيما is no verb), or, if was, كان (كان
// متعلقا).
func predicate(toks []news.Token, j int, was bool) bool {
	w := toks[j].Norm
	if w == "كان" || w == "كانت" {
		return was
	}
	if futureVerb(toks[j]) {
		rest := strings.TrimPrefix(w, "س")
		return strings.HasPrefix(rest, "ي") || strings.HasPrefix(rest, "ت")
	}
	if w != "لا" && w != "لن" && w != "لم" {
		return false
	}
	next := word(toks, j+1)
	return next != "سيما" && len([]rune(next)) >= 3 && (strings.HasPrefix(next, "ي") || strings.HasPrefix(next, "ت"))
}

// futureVerb reports whether the segmenter split the س of the future off
// the token (سيسبب → س + يسبب).
func futureVerb(tk news.Token) bool {
	for i, p := range tk.Parts {
		if i < 2 && i < len(tk.Parts)-1 && arabic.Normalize(p.Form) == "س" {
			return true
		}
	}
	return false
}

// avoided reports whether the event word at k is the object of a verb of
// avoiding within the three words before it, its subject or عن between
// and its clause unbroken (تحاشى تونر دعوة روسيا, بتجنب السفر, امتنع
// الوزير عن التصويت): an act not done.
func avoided(toks []news.Token, k int) bool {
	return inClause(toks, k, 3, func(j int) bool { return is("avoid", &toks[j]) })
}

// potential reports whether the event word at k is the verb of أن right
// after من شأن, with its possessor or a noun between (من شأنه أن يهدد,
// من شأن رفض الاتفاق أن يهدد): what a thing could bring about, no act
// that took place.
func potential(toks []news.Token, k int) bool {
	if word(toks, k-1) != "ان" {
		return false
	}
	return inClause(toks, k-1, 5, func(j int) bool {
		return strings.HasPrefix(toks[j].Norm, "شان") && word(toks, j-1) == "من"
	})
}

// rated reports whether the verbal noun at k stands in construct after a
// noun of pace or rate with no article (وزادت وتيرة هجمات المسلحين,
// معدل الهجمات): a trend counted over time, no one act.
func rated(toks []news.Token, k int) bool {
	r := tok(toks, k-1)
	return r != nil && is("rate", r) && !lexicon.Definite(r)
}

// begun reports whether the verbal noun at k, itself or after في, follows
// ل and a verbal noun of starting or resuming (للبدء في مفاوضات مع
// المقرضين, لاستئناف مفاوضات جنيف, كشرط لبدء المحادثات): the aim of
// what the clause tells, an act not yet begun.
func begun(toks []news.Token, k int) bool {
	j := k - 1
	if word(toks, j) == "في" {
		j--
	}
	b := tok(toks, j)
	return b != nil && is("begin", b) && procliticPrep(b) == "ل"
}

// copular reports whether the verbal noun at k stands right after a
// pronoun of separation, هو or هي with no conjunction (ما يوحدهم هو رفض
// رؤية إيران, شرط السلام هو الانسحاب): the predicate of a nominal
// sentence, what its subject is, no act the sentence tells.
func copular(toks []news.Token, k int) bool {
	return words["copula"][word(toks, k-1)]
}

// intercepted reports whether the noun of calls at k is the object of a
// noun of interception or eavesdropping, right after it or after على
// (واعتراض مكالمات المقاومة, التنصت على مكالمات المسؤولين): calls spied
// on, no call between the parties.
func intercepted(toks []news.Token, k int) bool {
	if !is("callnoun", &toks[k]) {
		return false
	}
	j := k - 1
	if word(toks, j) == "علي" {
		j--
	}
	return is("intercept", tok(toks, j))
}
