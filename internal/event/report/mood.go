package report

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

// Word is what the rules of MoodOf know of one word of a sentence: its form,
// its cue, and its readings as the event coder found them.
type Word struct {
	Rest    string    // the word without its proclitics (and article)
	Norm    string    // the word as normalised, with its proclitics
	Text    bool      // a word, not punctuation or a number
	Cue     vocab.Cue // its cue (vocab)
	Mood    vocab.Cue // its class of mood (vocab.Word.Mood)
	Bound   bool      // punctuation or a word that ends a clause
	Verb    bool      // an event word of the sentence read as a verb
	Present bool      // ... in the present tense (the imperfective)
	Conj    bool      // و or ف attached
	Prep    string    // an attached preposition (ب ل ك), or the one this word is
	Article bool      // the word carries the article (التهديد, الله)
	Actor   bool      // a word of an actor's name or phrase (a name, a title, an agent noun)
	Count   bool      // a numeral that counts (60, ألف, آلاف); not a year
	Code    string    // the CAMEO code of the event word, "" if it is none
	Number  bool      // a number written in digits
	Year    bool      // ... that is a year (1900 to 2100)
	Future  bool      // س attached
	Crowd   bool      // an agent noun that counts people (آلاف, حشود)
	Agent   bool      // an agent noun (قوات, الشرطة, مسلحون)
	Pron    bool      // an event word with an enclitic pronoun attached (حظرتها)
}

// Mood is what a sentence says of one of its acts, beyond its polarity.
type Mood uint8

// The moods of an act.
const (
	Fact     Mood = iota // nothing below: the act is what the sentence reports
	Irrealis             // wished, advised, required or purposed, not done: alleged at most
	NoAct                // a habit, a standing state, a possibility, or a noun that names no act
	Halted               // the act stops, is frozen or called off: negated
)

// The subjunctive particles: أن, كي, لكي, حتى before a verb in the present.
var subjunctive = map[string]bool{"ان": true, "كي": true, "لكي": true, "حتي": true}

// relatives opens a relative clause: the relative pronouns, حيث, and من
// or ما right before a verb (من تدعو حالته: whom, not from).
func relative(w string) bool { return vocab.Relative(w) || w == "حيث" || w == "من" || w == "ما" }

// MoodOf tells the mood of the act at ws[k] (an event word of the sentence
// ws), by rules of Arabic grammar that mark what is not reported as done:
//
//   - the subjunctive: a verb in the present after أن, كي, لكي, حتى or the ل of
//     purpose (نصح إيران بأن توقع, يجب على حماس أن تعتذر, لبحث المسألة) is
//     wished, advised, required or planned: Irrealis; so is an event noun
//     that a verb of starting or doing in the subjunctive governs (اتفقنا
//     أن تبدأ الأردن المشاورات, طلب أن تقوم الحكومة بمصادرة الأملاك).
//     After قبل or بعد (قبل أن يغادر) it is the time of another act, and
//     stays a fact;
//   - a habit: an adverb of habit in the clause (تنفيه أنقرة باستمرار,
//     يدعم دائما), or a verb in the present after ما زال, لا يزال, ظل (لا
//     تزال إسرائيل تعتقل) or كان (كانت تركيا ترفض): a standing state, in
//     the present or the past, NoAct; a verb in the present
//     that opens a relative clause (الحزب الذي يؤيد صالح, حيث تعتقل, من
//     تدعو حالته) describes its noun: NoAct; so does a verb in the past
//     there whose object or topic is that noun (العقوبات التي فرضتها
//     واشنطن, الاتفاق الذي توسطت فيه موسكو), except the words of the
//     statement it describes (بيانها الذي أدانت فيه): NoAct;
//   - a repetition or a regularity that its clause tells (عدة مرات, أكثر
//     من مرة, بصفة منتظمة: Repeated): acts of no one day, NoAct;
//   - a possibility: an act in the scope of إمكانية, احتمال or ممكن, up to the
//     end of the sentence through verbs in the present coordinated after
//     it (يتحدثون عن إمكانية تنظيم مؤتمر ... ويدعون إليه إيران): NoAct;
//   - a noun that names no act (see noAct);
//   - a verb form right after a numeral is the counted noun (60 ألف طالب:
//     students, not طالب demanded): NoAct;
//   - a question (هل, ؟): NoAct;
//   - a demand for its name not to be given (طالبا عدم الكشف عن هويته):
//     the request of an unnamed source, NoAct;
//   - لقاء, التقى or قمة in a sentence that speaks of sport (مباراة, الدوري,
//     لاعب): a match, NoAct;
//   - a verb whose subject is الله (أيده الله, حفظه الله) is a prayer for
//     the one its pronoun names, and one whose object is God (داعيا المولى
//     عز وجل) a prayer to him: NoAct;
//   - a verb of cessation before an event noun (أوقفت تركيا تعاونها مع
//     العراق, جمدت المساعدات, ألغى زيارته): Halted;
//   - an event noun that a request asks for (دعا الرئيس إلى زيارة روسيا,
//     طالب بالانسحاب: Requested), or that an effort aims at (جهود
//     لاستضافة محادثات: Sought), or one on his way goes to, one prepares
//     or one permits (ذاهب للقاء, للإعداد لزيارة, السماح ... بشن ضربات:
//     Prospective): Irrealis.
func MoodOf(ws []Word, k int) Mood {
	verb, present := ws[k].Verb, ws[k].Present
	switch {
	case verb && k > 0 && ws[k-1].Count && !ws[k].Conj:
		return NoAct
	case verb && strings.HasPrefix(ws[k].Code, "10") && k+2 < len(ws) && ws[k+1].Rest == "عدم" && disclose[ws[k+2].Rest]:
		return NoAct // قال طالبا عدم الكشف عن هويته: a source asking not to be named
	case verb && k+1 < len(ws) && ws[k+1].Article && (ws[k+1].Rest == "له" || ws[k+1].Rest == "مولي"):
		return NoAct // أيده الله, داعيا المولى عز وجل: God is its subject or the one prayed to
	case verb:
		if m := verbMood(ws, k, present); m != Fact {
			return m
		}
	case noAct(ws, k):
		return NoAct
	default:
		if j := governor(ws, k); j > 0 && (ws[j].Cue == vocab.CueLaunch || ws[j].Cue == vocab.CueLight) && subjunctiveAt(ws, j) {
			return Irrealis // اتفقنا أن تبدأ الأردن المشاورات, أن تقوم الحكومة بمصادرة: the subjunctive of the verb that does it
		}
	}
	if possible(ws, k, verb && present) || obliged(ws, k) || sharedView(ws, k) || question(ws, k) || ws[k].Mood == vocab.CueMatch && sport(ws) || Repeated(ws, k) {
		return NoAct
	}
	if j := governor(ws, k); j >= 0 && ws[j].Mood == vocab.CueHalt {
		return Halted
	}
	if Requested(ws, k) || Sought(ws, k) || Prospective(ws, k) {
		return Irrealis
	}
	return Fact
}

// subjunctiveAt reports whether the verb at ws[k] stands in the subjunctive:
// right after أن, كي, لكي or حتى (past a quotation mark that opens after it), unless قبل, بعد or منذ comes before the
// particle (قبل أن يغادر: the time of another act).
func subjunctiveAt(ws []Word, k int) bool {
	if k > 1 && quoteMarks[ws[k-1].Rest] {
		k-- // أن «تطالب طهران ...»: the words quoted open after the particle
	}
	return k > 0 && subjunctive[ws[k-1].Rest] && (k < 2 || ws[k-2].Cue != vocab.CueAfter && ws[k-2].Rest != "قبل" && ws[k-2].Rest != "منذ")
}

// quoteMarks are the marks that open a quotation.
var quoteMarks = map[string]bool{"«": true, "\"": true, "“": true}

// verbMood reads the subjunctive and the habit of the verb at ws[k].
func verbMood(ws []Word, k int, present bool) Mood {
	w := &ws[k]
	l, r := clause(ws, k)
	for j := l + 1; j < r; j++ {
		if ws[j].Mood == vocab.CueHabit || ws[j].Prep == "ب" && ws[j].Rest == "استمرار" {
			return NoAct // باستمرار: the segmenter splits its ب
		}
	}
	if !present {
		if k > 0 && vocab.Relative(ws[k-1].Rest) && !reported(w.Code) && (w.Pron || resumed(ws, k)) && !(verbal(w.Code) && resumed(ws, k)) {
			// the noun before is the object or the topic of a past act
			// that describes it: التي حظرتها الولايات المتحدة, الذي
			// توسطت فيه موسكو; not the statement بيانه الذي أدان فيه
			return NoAct
		}
		return Fact
	}
	if w.Prep == "ل" {
		return Irrealis // ليكون, لبحث: purpose
	}
	if k > 0 {
		p := &ws[k-1]
		switch {
		case subjunctiveAt(ws, k):
			return Irrealis
		case relative(p.Rest):
			return NoAct
		}
	}
	if w.Conj && coordinatedSubjunctive(ws, k, l) && !possible(ws, k, true) {
		return Irrealis // أن يسافر الرئيس إلى موسكو ويلتقي مع بوتين (يجب أن ... وينفى: an obligation, NoAct below)
	}
	for j := k - 1; j > l && j >= k-4; j-- {
		if ws[j].Mood == vocab.CueRemain && j >= k-3 || ws[j].Cue == vocab.CueAux && strings.HasPrefix(ws[j].Rest, "كان") {
			return NoAct // كانت تركيا ترفض: what went on, no event
		}
	}
	return Fact
}

// coordinatedSubjunctive reports whether the verb in the present at ws[k],
// joined by و, follows in its clause (after ws[l]) a verb in the
// subjunctive that it is coordinated with (أن يسافر الرئيس إلى موسكو
// ويلتقي مع بوتين): it shares its mood. The verb after the particle need
// be no event word: a word that opens with a prefix of the present (ي,
// ت, ن) right after أن, كي, لكي or حتى, which may be the bound that
// opens the clause. No verb in the past, no bound and no أنّ with its
// pronoun (لأننا نقاوم وندافع) may stand between them.
func coordinatedSubjunctive(ws []Word, k, l int) bool {
	for j := k - 1; j >= 0 && j >= l && j >= k-10; j-- { // (أن bounds the clause it opens)
		x := &ws[j]
		if v := &ws[j+1]; j+1 < k && subjunctive[x.Rest] && v.Text && v.Prep == "" && strings.IndexAny(v.Rest, "يتن") == 0 && (v.Present || !v.Verb) {
			return subjunctiveAt(ws, j+1)
		}
		if x.Verb && !x.Present || x.Bound || len(x.Rest) > len("ان") && (strings.HasPrefix(x.Rest, "ان") || strings.HasPrefix(x.Rest, "لان")) {
			return false // (لأننا نقاوم وندافع: a clause of its own, in the indicative)
		}
	}
	return false
}

// noAct reports whether the event noun at ws[k] names no act: a predicate
// or an attribute (يشكل تهديدا, تمثل تهديدا, ينظر إليهم على أنهم تهديد,
// يثير مناقشات); the genitive of a noun of state, kind, possibility or
// obligation (مناخ التهديد, حالة تهديد, إمكانية تنظيم, يجب تعاون); a
// meeting of the press (مؤتمر صحفي); an act short of material conflict
// (roots 01 to 13) that is the object of words about it: of a reaction
// (رفضت إيران اتهامات, ردت على الاتهامات, وصف اتهامات, رحب بالمحادثات)
// unless the actor whose act it is follows it (اتهامات واشنطن), or of a
// discussion (تناولت المحادثات تسليم روسيا صواريخ); a meeting or visit
// refused (رفض لقاء بوتين); an indefinite noun after وسط, "amid" (وسط
// تحذيرات من نشوب حرب, وسط دعوات إلى التهدئة): the setting of what the
// sentence tells, acts of nobody named on no day; the genitive of a noun
// of hastening (تسريع عمليات بيع السلاح: hastened). An adjective of readiness after أنه states
// an intent (إنه مستعد للقاء): it is no predicate that characterises. A
// noun after a demonstrative (واجه 5% هذا التهديد, هذه المحادثات) names
// an act told before, no new one (violence and protests apart: the model
// of this package reads them). (A noun after a noun of answering, تلبية
// لدعوة, is the ground of another act: background.Occasion.)
func noAct(ws []Word, k int) bool {
	w := &ws[k]
	if strings.HasPrefix(w.Code, "04") && Media(ws, k) {
		return true
	}
	if k == 0 {
		return false
	}
	if p := &ws[k-1]; p.Mood == vocab.CueState || modal[p.Rest] || p.Norm == amid && !w.Article && !w.Pron || hastened(ws, k) || vocab.PronounThat(p.Rest) && !w.Article && !intent(w.Code) {
		return true
	} else if w.Article && vocab.Demonstrative(p.Rest) && !reported(w.Code) {
		return true // هذا التهديد: one told before
	}
	for j := k - 1; j >= 0 && j >= k-3 && !ws[j].Bound && !reported(w.Code); j-- {
		if ws[j].Mood == vocab.CueTopic {
			return true // تناولت المحادثات تسليم: past the subject of the verb
		}
	}
	j := governor(ws, k)
	if j < 0 || ws[j].Mood == vocab.CuePredicate {
		return j >= 0
	}
	g := &ws[j]
	switch {
	case reported(w.Code):
		return false
	case g.Verb && (g.Code == "040" || g.Code == "046"):
		return true // what talks are about is no act, whoever's it would be
	case g.Verb && strings.HasPrefix(g.Code, "12") && strings.HasPrefix(w.Code, "04"):
		return true // رفض لقاء بوتين: a meeting refused is not held, whoever the name after it
	case k+1 < len(ws) && ws[k+1].Actor && ws[k+1].Prep == "":
		return false // (اتهامات واشنطن: Washington's)
	}
	// (استدعت أنقرة السفير للتنديد: a purpose, not a topic)
	return w.Prep != "ل" && (g.Mood == vocab.CueReact || g.Verb && verbal(g.Code) && g.Code[:2] != "01")
}

// Media reports whether the noun at ws[k] (a meeting, a conference, an
// interview) is one with the press: a word of the press qualifies it
// (مؤتمر صحفي, عقد مؤتمرا صحافيا, مقابلة تلفزيونية), and no partner
// follows it (مؤتمر صحفي مشترك مع نظيره is a meeting of the two).
func Media(ws []Word, k int) bool {
	return k+1 < len(ws) && ws[k+1].Mood == vocab.CueMedia && !partner(ws, k+2)
}

// partner reports whether مع stands among the three words from ws[j]: the
// partner of a meeting.
func partner(ws []Word, j int) bool {
	for e := j + 3; j < len(ws) && j < e && !ws[j].Bound; j++ {
		if ws[j].Rest == "مع" {
			return true
		}
	}
	return false
}

// disclose holds the nouns of naming a source (كشف, ذكر, الإشارة إلى
// اسمه): after طالبا عدم, the source's request to stay unnamed.
var disclose = map[string]bool{"كشف": true, "ذكر": true, "اشارة": true, "نشر": true, "افصاح": true, "الكشف": true, "الاشارة": true}

// sport reports whether the sentence ws speaks of sport: then لقاء,
// التقى and قمة name a match (خسر الفيصلي لقاءه الودي), no meeting.
func sport(ws []Word) bool {
	for i := range ws {
		if ws[i].Mood == vocab.CueSport {
			return true
		}
	}
	return false
}

// intent reports whether code is an intent (root 03): its word is an
// adjective of readiness or will whose predicate use states the intent
// (إنه مستعد للقاء), where a noun of an act after أنه only characterises
// (إنه تهديد).
func intent(code string) bool { return strings.HasPrefix(code, "03") }

// reported reports whether code is an act whose report as news the model
// of this package decides: protests (root 14) and violence (18 to 20),
// except blockades and occupation (191, 192: coercion, not assault), which
// grammar reads as it reads the other acts (صنعاء التي احتلتها الميليشيات
// describes the city).
func reported(code string) bool {
	return code >= "18" && !strings.HasPrefix(code, "191") && !strings.HasPrefix(code, "192") || strings.HasPrefix(code, "14")
}

// verbal reports whether code is an act of words: statements, appeals,
// intents, praise, demands, criticism, rejection, threats, denials (roots
// 01 to 03, 05, 10 to 13; 016).
func verbal(code string) bool {
	switch code[:min(2, len(code))] {
	case "01", "02", "03", "05", "10", "11", "12", "13":
		return true
	}
	return false
}

// resumed reports whether a resumptive pronoun follows the verb at ws[k]
// within two words (أدان فيه, انتقد خلالها): the clause describes the
// statement the act was said in.
func resumed(ws []Word, k int) bool {
	for j := k + 1; j < len(ws) && j <= k+2; j++ {
		if vocab.Resumptive(ws[j].Rest) {
			return true
		}
	}
	return false
}

// governor returns the word that governs the noun at ws[k] as its object:
// the word before it in its clause, past the actor phrase of a subject,
// words of the day and a preposition a verb takes for its object with the
// addressee before it (رفضت إيران اتهامات, وصف وزير الخارجية الإيراني
// اليوم اتهامات, ردتا على الاتهامات, دعت المنظمة الحوثيين إلى الإفراج),
// or -1.
func governor(ws []Word, k int) int {
	j := skipActors(ws, k-1, k-8)
	if j >= 0 && verbPrep[ws[j].Rest] {
		// not خلال, بعد: a time, no object; past the addressee before the
		// preposition (دعت المنظمة الحوثيين إلى الإفراج)
		j = skipActors(ws, j-1, j-6)
	}
	if j < 0 || ws[j].Bound {
		return -1
	}
	return j
}

// possible reports whether the act at ws[k] lies in the scope of a noun of
// possibility (إمكانية, احتمال) or of what is supposed to be (lexicon
// class supposed: ويفترض أن يتجمع آلاف, من المفترض أن): the clause of the noun, and the verbs in
// the present and the verbal nouns coordinated after it with و up to the
// end of the sentence (ليس صعبا مصافحة الرئيس، وتوقيع اتفاق).
//
// present: the act is a verb in the present.
func possible(ws []Word, k int, present bool) bool {
	coord := false
	for j := k - 1; j >= 0; j-- {
		x := &ws[j]
		switch {
		case modal[x.Rest] || lexicon.Default().Has(x.Rest, "supposed"):
			return true // (ويفترض أن يتجمع: lexicon class supposed)
		case x.Verb && !coord:
			// the act a noun of the clause of a verb in the scope names
			// (ويفترض أن يتجمع آلاف في مسيرة: the march is the gathering)
			return j >= 2 && subjunctiveAt(ws, j) && (modal[ws[j-2].Rest] || lexicon.Default().Has(ws[j-2].Rest, "supposed"))
		case x.Cue == vocab.CueBound && !vocab.Subordinate(x.Rest):
			return false
		case vocab.Comma(x.Rest):
			if !ws[k].Conj || ws[k].Verb && !present {
				return false
			}
			coord = true
		}
	}
	return false
}

// skipActors returns the first word from ws[j] back to ws[lo] that is no
// word of an actor's phrase without a preposition (not بقوة: by force), a
// quotation mark or a word of the day (with the commas that set it aside:
// المنظمة، أمس، الحوثيين), -1 if none.
func skipActors(ws []Word, j, lo int) int {
	recent := func(i int) bool { return i >= 0 && i < len(ws) && ws[i].Cue == vocab.CueRecent }
	for j >= 0 && j >= lo && (ws[j].Actor && !ws[j].Bound && ws[j].Prep == "" || recent(j) || vocab.QuoteMark(ws[j].Rest) || vocab.Comma(ws[j].Rest) && (recent(j-1) || recent(j+1))) {
		j--
	}
	return j
}

// verbPrep are the prepositions written as words that verbs take for their
// objects (رد على, عبر عن, دعا إلى).
var verbPrep = map[string]bool{"علي": true, "عن": true, "الي": true, "من": true}

// question reports whether the act at ws[k] is asked about, not stated:
// هل comes before it in its part of the sentence (up to a full stop or a
// question mark), or that part opens with a word of question and ends with
// a question mark (هل تتوقع لمؤتمر جنيف 3 النجاح؟ ما الذي دفعها أن تهدد؟).
// A statement that a question follows stays one (كانت تركيا ترفض ...،
// ولكن السؤال المطروح الآن، هل حصلت تركيا ...؟).
func question(ws []Word, k int) bool {
	l := k - 1
	for ; l >= 0 && !terminal(ws[l].Rest); l-- {
		if ws[l].Cue == vocab.CueQuestion {
			return true // هل
		}
	}
	r := k + 1
	for r < len(ws) && !terminal(ws[r].Rest) {
		r++
	}
	o := l + 1
	for o < k && (vocab.QuoteMark(ws[o].Rest) || ws[o].Bound) {
		o++ // (• «
	}
	return r < len(ws) && ws[r].Cue == vocab.CueQuestion && (interrogative[ws[o].Rest] || interrogative[ws[o].Norm])
}

// terminal reports whether s ends a sentence or a question.
func terminal(s string) bool { return s == "." || s == "!" || s == "؟" || s == "?" }

// interrogative are the words that open a question (as normalised), and
// the negations with the hamza of question (ألن, ألم, أليس: won't, didn't,
// isn't).
var interrogative = map[string]bool{"هل": true, "ما": true, "ماذا": true, "لماذا": true, "كيف": true, "متي": true, "اين": true, "من": true, "كم": true,
	"الن": true, "الم": true, "اليس": true, "اليست": true}

// hastened reports whether the act at ws[k] is the genitive of a noun of
// hastening (lexicon class hasten: تسريع, تعجيل), right
// after it or past a noun of process (class hasten-process: عمليات,
// وتيرة): تسريع عمليات بيع السلاح, السلطات التي تخوله تسريع التفاوض. What
// is to be sped up is a process whose pace is at stake, going on or to
// come, no act of the day.
func hastened(ws []Word, k int) bool {
	lx := lexicon.Default()
	j := k - 1
	if j > 0 && lx.Has(ws[j].Rest, "hasten-process") {
		j--
	}
	return j >= 0 && lx.Has(ws[j].Rest, "hasten")
}

// amid is وسط ("amid"), normalised.
var amid = arabic.Normalize("وسط")

// modal are the words of possibility, likelihood and obligation (as the
// coder reads them, without their proclitics): the act they govern is a
// possibility, an expectation or a duty (إمكانية تنظيم, من المرجح عقد,
// من المنتظر وصول, يجب تعاون الجميع); so are the words that judge an act
// difficult or impossible (ليس صعبا على دول الخليج ... توقيع اتفاق, من
// المستحيل عقد): whether it is hard or not, it is not done. Only the
// forms that govern an act: the accusative after ليس and the definite
// after من; صعب as the predicate of a noun (وضعه الصحي صعب) judges no act.
var modal = map[string]bool{"امكانية": true, "احتمال": true, "احتمالات": true, "ممكن": true, "الممكن": true,
	"امكان": true, "الامكان": true, "يمكن": true, "مرجح": true, "المرجح": true, "متوقع": true, "المتوقع": true,
	"مقرر": true, "المقرر": true, "منتظر": true, "المنتظر": true, "مرتقب": true, "المرتقب": true, "يجب": true, "ينبغي": true, "يتعين": true, "يتوجب": true, "لابد": true, "يلزم": true,
	"صعبا": true, "الصعب": true, "مستحيلا": true, "المستحيل": true}

// clause returns the bounds (exclusive) of the clause around ws[k].
func clause(ws []Word, k int) (int, int) {
	l := k - 1
	for l >= 0 && !ws[l].Bound {
		l--
	}
	r := k + 1
	for r < len(ws) && !ws[r].Bound {
		r++
	}
	return l, r
}

// obliged reports whether the act at ws[k] follows لا بد (لابد) in its
// sentence: "it is necessary" (لا بد على الفنان اختيار..., لا بد من
// الحوار, لا بد أن تكون الدعوة) states what must be done, to the end of
// the sentence, and no act that was.
//
// With أنّ and a pronoun after it (لا بد أنها سوف تقتص منه: surely it
// will) it is an inference, not an obligation, and the act keeps its
// mood.
func obliged(ws []Word, k int) bool {
	for j := k - 1; j >= 0 && !terminal(ws[j].Rest); j-- {
		if ws[j].Norm == "لابد" || ws[j].Norm == "بد" && j > 0 && ws[j-1].Norm == "لا" {
			return j+1 >= len(ws) || !inferred(ws[j+1].Norm)
		}
	}
	return false
}

// inferred reports whether w is أنّ with a pronoun (أنه, أنها, أنهم):
// after لا بد, what must be so.
func inferred(w string) bool {
	rest, ok := strings.CutPrefix(w, "ان")
	return ok && rest != ""
}

// sharedView reports whether the verb at ws[k] takes الرأي as its object:
// to agree with, share or oppose someone's opinion (وافقه الرأي, شاطرته
// الرأي, خالفه الرأي) is a view held, no act.
func sharedView(ws []Word, k int) bool {
	return ws[k].Verb && k+1 < len(ws) && ws[k+1].Article && ws[k+1].Prep == "" && !ws[k+1].Conj && ws[k+1].Rest == "راي"
}
