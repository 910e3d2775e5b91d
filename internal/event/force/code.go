package force

import (
	"slices"
	"strings"
	"unicode/utf8"

	"rasad/internal/arabic"
	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
	"rasad/internal/news"
)

// Toll reports whether the CAMEO code names the toll of an act (killed
// 1823, wounded 182) rather than the act.
func Toll(code string) bool {
	return code == "1823" || code == "182"
}

// Outcome reports whether the CAMEO code names what an act left behind,
// its toll (Toll) or its damage (destroyed property, 1712): told as the
// result of an act of force or beside it in its clause, it is that act's
// outcome and joins its record (package sense, Cause).
func Outcome(code string) bool {
	return Toll(code) || code == "1712"
}

// Bare reports whether an outcome of code (Outcome) stands with no act
// and no doer of its own in its sentence: sense.Cause found no act it
// fell in (cause 0) and it names no doer (sources 0). In the sentence of
// an act of force it is that act's (شنت المقاتلات غارة …، كما وردت أنباء عن
// مقتل قيادات حوثية; هاجم المسلحون قرية، حيث قتل 20 شخصا).
func Bare(code string, cause, sources int) bool {
	return Outcome(code) && cause == 0 && sources == 0
}

// Joins reports whether records of the two codes, one clause's, may be
// one act of force: both violent (roots 18 to 20), or one of them
// violent and the other damage (قصفت الطائرات مواقع ودمرت آليات).
func Joins(a, b string) bool {
	return Violent(a) && (Violent(b) || Outcome(b)) || Violent(b) && Outcome(a)
}

// Launches reports whether the record of code at at is the act that an
// outcome fell in, named by the word at cause and coded outcome (the code
// sense.Cause gave the outcome): that word itself, or the noun of that act
// (the same code) which the verb at at launches within three words after
// it (شنت مقاتلات التحالف غارة جوية … تمكنت من تدمير: the strike of شنت).
func Launches(at, cause int, code, outcome string) bool {
	return at == cause || code == outcome && at < cause && cause-at <= 3
}

// Violent reports whether the CAMEO code is an act of assault, fight or
// mass violence (roots 18 to 20).
func Violent(code string) bool {
	return code >= "18" && code < "21"
}

// Possessor reports whether the phrase pi after ل, right after the event
// noun at k of code (whose target the lexicon introduces with the
// prepositions tgt) or after one word that describes it (هجوم انتحاري
// لداعش; not an event word, a preposition or a clause bound), names the
// noun's doer: the possessor of a noun of force (roots 18 to 20) written
// with ل, as Arabic news writes an indefinite noun's (هجوم لداعش على
// ثكنة, غارات للتحالف على صنعاء, في هجوم للمقاومة الشعبية: the attack of
// ISIS, the coalition's raids, the resistance's attack), when ل does not
// introduce the noun's target (قصف للمدينة, كمين لدورية: the town shelled,
// the patrol ambushed) and the noun has an object of its own (tgt not
// empty), after على or ضد. The phrase holds a name that is not a place's
// (ضربات للرقة: the town struck, written loosely; هجوم للتنظيم: the group
// a word refers back to, which the name would give), or the coalition
// (غارات للتحالف, ضربات لقوات التحالف: an actor named by a common noun),
// and no phrase joined to it by و follows it: ل does not carry over to
// the next (غارات كثيفة للتحالف والمقاومة تتمدد, a headline's two clauses).
func Possessor(s frame.Sentence, k, pi int, code string, tgt []string) bool {
	ph := s.Phrase(pi)
	if !Violent(code) || len(tgt) == 0 || slices.Contains(tgt, "_") || slices.Contains(tgt, string(arabic.Lam)) ||
		ph.Prep != string(arabic.Lam) || !ph.Named && !allied(s, ph) || ph.Place || ph.Start <= k || ph.Start > k+2 {
		return false
	}
	if pi+1 < s.Phrases() && s.Phrase(pi+1).Coord {
		return false // (غارات كثيفة للتحالف والمقاومة تتمدد: a headline's next clause, or a second doer ل does not mark)
	}
	for j := k + 1; j < ph.Start; j++ {
		if x := s.Token(j); x.Event || x.Bound || x.IsPrep || x.Prep != "" {
			return false
		}
	}
	return true
}

// allied reports whether the phrase ph holds the word of a coalition
// (لقوات التحالف).
func allied(s frame.Sentence, ph frame.Phrase) bool {
	for j := ph.Start; j < ph.End; j++ {
		if w := s.Token(j).Word; w == alliance || w == article+alliance {
			return true
		}
	}
	return false
}

// Joined reports whether an act noun of code next, joined by و (and)
// right after the noun of force of code, tells the same act: both of
// roots 18 to 20 and of one root (القصف وهجوم القوات العراقية على
// الفلوجة). The doer its genitive names is that of both, one record: the
// search for the first noun's doer goes on past it.
func Joined(code, next string, and, adjacent bool) bool {
	return and && adjacent && Violent(code) && Violent(next) && len(code) >= 2 && len(next) >= 2 && code[:2] == next[:2]
}

// Blast reports whether an act of code device, at token d, is the
// explosive device (a car bomb 1832, a roadside bomb 1833) that the verb of
// bombing of code 183 at token v (انفجر, فجر) has for its subject or
// object in its clause: one act (انفجرت عبوة ناسفة, سيارة مفخخة انفجرت,
// فجر انتحاري سيارة مفخخة). The device follows the verb within three
// words (its doer may stand between) or ends right before it (a noun, its
// adjective and one more word: عبوة ناسفة مزروعة انفجرت).
func Blast(device string, d int, verb string, v int) bool {
	return (device == "1832" || device == "1833") && verb == "183" && (d > v && d <= v+3 || d < v && d >= v-4)
}

// Human reports whether the CAMEO code names an act done to people only:
// an arrest or an expulsion (173, 174), an abduction (181), a physical
// assault, torture or a killing (182), an assassination (185, 186). Whatever
// noun counts its object (أعدم تسعة من سائقي سيارات الأجرة, اعتقلت
// خمسة من طلاب الجامعة), those counted are people.
func Human(code string) bool {
	return code == "173" || code == "174" || strings.HasPrefix(code, "181") || strings.HasPrefix(code, "182") || code == "185" || code == "186"
}

// Mass reports whether the CAMEO code is an act of mass violence (root
// 20: a massacre, ethnic cleansing), whose victims are the people of the
// scene when the text names none.
func Mass(code string) bool {
	return code[:2] == "20"
}

// DoerPast reports whether a verb that names the doer of the act noun
// before it (شنتها, نفذه, ارتكبتها: vocab.CueDoer) is in the past: the
// relative clause then states the act. The present (تشنها, ينفذها) tells
// what the doer goes on doing; تبنى claims it.
func DoerPast(verb string) bool {
	r, _ := utf8.DecodeRuneInString(verb)
	return r != arabic.Yeh && r != arabic.Teh
}

// PastVerb reports whether the verb word, with the forms the lexicon
// gives it, is in the past. Measures V and VI open with ت in the past as
// the present does (تبنى, تبادل, تعهد; تبدأ, تواصل): where the lexicon
// knows the word as a verb its forms tell the tense, and a word it does
// not know (بدأ, واصلت) is read by its first letter (DoerPast).
func PastVerb(word string, forms []vocab.Form) bool {
	known := false
	for _, f := range forms {
		if f.P.Kind == vocab.Verb && !f.Participle {
			if !f.Present {
				return true
			}
			known = true
		}
	}
	return !known && DoerPast(word)
}

// Claim reports whether a verb with these forms claims an act in the
// past: the lexicon codes it 015 (تبنى, تبنت الهجوم). The one who claims
// the act its object names says it did it, so the claim states the act
// (وتبنت الجماعة أمس خطف الصحفي: the kidnapping took place), whether or
// not the report model weighs the sentence as news.
func Claim(forms []vocab.Form) bool {
	return slices.ContainsFunc(forms, func(f vocab.Form) bool {
		return f.P.Kind == vocab.Verb && f.P.Code == "015" && !f.Present && !f.Participle
	})
}

// Group is the group of acts of material conflict that the code belongs
// to, as the report model weighs them: 0 for protests (root 14), 1 for
// force and violence (roots 15 to 20).
func Group(code string) int {
	if code[:2] == "14" {
		return 0
	}
	return 1
}

// Story returns the country of the doer of the last act of force (roots
// 18 to 20) asserted among the events of a sentence, "" if none: the
// side whose forces a next sentence may go on about without naming their
// country (وكانت القوات البرية … ضربت after قصفت الطائرات التركية).
func Story(evs []news.Event) string {
	for i := len(evs) - 1; i >= 0; i-- {
		if e := &evs[i]; Violent(e.Code) && e.Polarity == news.Asserted && e.Source.Country != "" {
			return e.Source.Country
		}
	}
	return ""
}

// Doers returns the doers of a toll: its own, or, where it names none and
// its clause tells the act it was caused by (caused: sense.CausedBy), the
// doers of that act (استشهد رضيع من جراء إحراق مستوطنين منزله: the
// settlers killed, not the victims' side).
func Doers[T any](own, act []T, caused bool) []T {
	if len(own) == 0 && caused {
		return act
	}
	return own
}

// Authority reports whether the act of CAMEO code, told with no doer (a
// passive verb, spelt in unvowelled text like the active whose subject no
// rule found: اعتقل خمسة مطلوبين، أفرج عن الأسرى; or تم with its verbal
// noun: تم ترحيل 300 مقيم), is one that only the state's police
// or security can do where it happened: an arrest (173), a deportation
// (174), a release of prisoners (0841). CAMEO coders give such an act to
// the authority of the scene, as they give «ألقت فرق الأمن التركية
// القبض» to Turkey; a killing or an attack told so keeps no doer (its
// source stays unknown).
func Authority(code string, doerless bool) bool {
	return doerless && (code == "173" || code == "174" || Custody(code))
}

// Custody reports whether the CAMEO code is the release of people held
// (0841): those it counts are people, as an arrest's are (Human).
func Custody(code string) bool {
	return code == "0841"
}
