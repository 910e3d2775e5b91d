package doer

import (
	"strings"

	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
)

// Light returns the light verb before the act noun at k whose subject
// does the act (قامت الشرطة بمداهمة, أقدم مسلحون على اقتحام), -1 if none.
// The search stops at a clause bound and, beyond ten words, at any event
// word: further back than that only the subject's names and titles may
// stand between (قام صاحب السمو الملكي الأمير … بزيارة).
func Light(s frame.Sentence, k int) int {
	a, _ := s.Span()
	for j := k - 1; j >= a && j >= k-25 && (j >= k-10 || !s.Token(j).Event) && !s.Token(j).Bound; j-- {
		if x := s.Token(j); x.Cue == vocab.CueLight || x.Cue == vocab.CueLightNoun && !x.Definite { // (القيام بزيارة: a noun with the article has no genitive to do the act)
			return j
		}
	}
	return -1
}

// Launcher returns the verb after l and before the act noun at k that
// starts, continues or steps up the act its object names (بدأت أنقرة حملة
// ضربات جوية), decides on it or wants it when it governs the noun (Wants),
// or conveys it as a support verb (Conveys: أبدى نتنياهو رفضه, قدم له صالح
// التعازي); -1 if none. Its subject does the act.
func Launcher(s frame.Sentence, k, l int) int {
	for j := k - 1; j > l && j >= k-6; j-- {
		if c := s.Token(j).Cue; c == vocab.CueLaunch || c == vocab.CueDecide && frame.Governs(s, j, k) || Wants(s, j, k) || Conveys(s, j, k) {
			return j
		}
	}
	return -1
}

// Committed returns the doer verb within four words after the act noun at
// k (غارة جوية شنتها طائرة أميركية, المجزرة التي ارتكبتها قوات الأسد) and
// the actor phrase without a preposition within two words after it, its
// subject; -1 for either that is missing.
func Committed(s frame.Sentence, k int) (verb, pi int) {
	_, b := s.Span()
	for j := k + 1; j < b && j <= k+4; j++ {
		if s.Token(j).Cue != vocab.CueDoer {
			continue
		}
		for q := j + 1; q < b && q <= j+2; q++ {
			if pi := frame.PhraseAt(s, q); pi >= 0 && s.Phrase(pi).Prep == "" {
				return j, pi
			}
		}
		return j, -1
	}
	return -1, -1
}

// Patient returns the actor phrase without a preposition within three
// words after the passive verb at k, before r, its grammatical subject
// (اعتقل ثلاثة فلسطينيين): the one acted upon; -1 if a preposition or a
// clause bound comes first.
func Patient(s frame.Sentence, k, r int) int {
	for j := k + 1; j <= k+3 && j < r; j++ {
		if pi := frame.PhraseAt(s, j); pi >= 0 && s.Phrase(pi).Prep == "" {
			return pi
		}
		if s.Token(j).IsPrep || s.Token(j).Bound {
			return -1
		}
	}
	return -1
}

// Agent returns the first actor phrase after the passive verb at k and
// before r that names who did it (من قبل, من جانب: the preposition "by"),
// -1 if none.
func Agent(s frame.Sentence, k, r int) int {
	for pi := range s.Phrases() {
		if p := s.Phrase(pi); p.Start > k && p.Start < r && p.Prep == "by" {
			return pi
		}
	}
	return -1
}

// Wants reports whether the word at j is a verb of intent in the present
// (تريد, يعتزم, تخطط) that takes the act noun at k as its object, with
// only its subject, a time or a number between (إن أمريكا تريد التفاوض مع
// طهران, يعتزم الجيش بحث): the one who wants the act is its doer, not the
// one who tells of it (قال ولايتي: إن أمريكا تريد التفاوض: America, not
// the speaker). A verb that takes its act after a preposition (تسعى إلى,
// يحذر من: the one warned against is no doer's act) does not govern it so;
// a past verb of intent (حاول, اعتزم) is left to the rules that read
// whether the act was done, and a noun of intent (محاولة, خطة: its
// genitive is the one who intends) is no verb. A verb whose subject is the
// pronoun of أن before it (اتهمت واشنطن بكين بأنها تنوي تصدير أسلحة: the
// one accused) is left to the rules that read whom that pronoun means.
func Wants(s frame.Sentence, j, k int) bool {
	a, _ := s.Span()
	t := s.Token(j)
	if t.Cue != vocab.CueIntent || t.Definite || t.Prep != "" || t.Phrase != 0 || j > a && vocab.PronounThat(s.Token(j-1).Word) {
		return false
	}
	w := []rune(t.Word)
	return len(w) >= 4 && (w[0] == 'ي' || w[0] == 'ت') && !strings.HasSuffix(t.Word, "ة") && !strings.HasSuffix(t.Word, "ات") && frame.Governs(s, j, k)
}

// Launched returns the verb that starts, continues or steps up an act
// (lexicon cue launch: بدأ, واصل, صعد) whose object is the act noun at k,
// with no preposition on the noun, when the verb's subject is named
// between them: وبدأ الحوثيون، وحلفاؤهم قصف مديرية دار سعد. Only that
// subject, its conjuncts after و and commas stand between, so a comma
// that sets a conjunct apart does not end the search as it ends a clause.
// The verb's subject does the act, and the noun's genitive is what the
// act is done to (the district shelled), not its doer, as it would be
// after a noun that opens a clause (قصف الحوثيين للمدينة). A day may
// stand after the subject (بدأت القوات أمس قصف, الأحد الماضي). It
// returns -1 otherwise.
func Launched(s frame.Sentence, k, l int) int {
	a, _ := s.Span()
	if s.Token(k).Prep != "" {
		return -1
	}
	subject := false
	for j := k - 1; j >= a && j >= k-8; j-- {
		t := s.Token(j)
		switch {
		case t.Cue == vocab.CueLaunch && t.Phrase == 0:
			if subject {
				return j
			}
			return -1
		case t.Phrase != 0:
			pi := t.Phrase - 1
			subject = subject || s.Phrase(pi).Prep == "" && s.Phrase(pi).Actor
		case vocab.Comma(t.Norm) || t.And && !t.Event && !t.IsPrep && t.Prep == "":
		case !t.Event && t.Phrase == 0 && (t.Cue == vocab.CueRecent || j > a && s.Token(j-1).Cue == vocab.CueRecent && vocab.SpanAdjective(t.Norm)):
			// the day between the subject and the act (بدأت القوات أمس قصف,
			// واصل الجيش الأحد الماضي قصف): it dates the verb, the object follows
		default:
			return -1
		}
	}
	return -1
}

// Claimed reports whether the act noun at k is claimed: the object of a
// verb for whose index claim is true (تبنت الحركة قتل), or the act after مسؤولية عن with the actor that bears it (frame.Claimant:
// أعلن التنظيم مسؤوليته عن التفجير), or ascribed to a doer named
// (Ascribed: في هجوم نسبته السلطات إلى حزب العمال). A claimed act took
// place, and so did one ascribed to someone: whoever ascribes it says so;
// but acts counted (عدة عمليات خطف نسب أغلبها إلى المتمردين: lexicon class
// act-count) are a tally, none of them told.
func Claimed(s frame.Sentence, k int, claim func(j int) bool) bool {
	a, _ := s.Span()
	j := Launched(s, k, a)
	_, by := Ascribed(s, k)
	return j >= 0 && claim(j) || frame.Claimant(s, k, a) >= 0 || by >= 0 && !counted(s, k)
}
