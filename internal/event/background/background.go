// Package background tells what an article recalls, rather than reports as
// news of its day: an act it recalls (يذكر أن, وكان قد), the section of a
// chronicle of this day in history, and the call or interview a newspaper
// had with the one it quotes, which is how the news was gathered, no act
// between actors.
//
// The convention of package event is one: an act recalled keeps the date
// its own sentence gives it (a record of that day); with none, it is no
// record at all, never one of the day of publication; and an act whose
// date lies more than a month before publication is history (History),
// no record, whether the sentence recalls it or tells it as a plain past;
// the act of a relative clause dated a week or more before publication is
// the background the clause describes (Described), no record either.
package background

import (
	"strings"
	"time"

	"rasad/internal/arabic"
	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

// Word is what the rules of Recalled read of one token: cheaper to give
// than a frame.Token, for they read every act of every sentence.
type Word struct {
	Norm, Rest  string    // the normalised token; the word without its proclitics and article
	Plain       string    // the token without the conjunction و or ف the segmenter split off (lexicon.Plain)
	And         bool      // the segmenter split the conjunction و off the token (lexicon.And)
	Cue         vocab.Cue // its cue (vocab)
	Prep        string    // an attached preposition (ب ل ك)
	IsPrep      bool      // a preposition written as a word
	Bound       bool      // punctuation or a word that ends a clause
	Event, Verb bool      // an event word of the lexicon; an event verb
	Future      bool      // س attached (سيزور)
	Past        bool      // an event verb in the past (زار, التقى)
	Article     bool      // an event noun with the article (الزيارة)
	Owned       bool      // an event noun with a pronoun attached (تحذيرها)
	Start       int       // the byte offset of the token in the text (Ahead finds the dates of a clause)
}

// Sentence is the view of one sentence that Recalled reads: its tokens in
// [a, b) as Span gives them.
type Sentence interface {
	Span() (a, b int)
	Word(j int) Word
}

// Recalled reports whether the act at token k of s is background that the
// article recalls: the sentence opens with يذكر أن, يشار إلى أن or سبق أن,
// or a form of كان comes before the verb in its clause (Pluperfect) or is
// the verb of the event noun (Stated), or its
// clause spans past weeks, months or years (Span), or an adverb of that
// time (حينذاك) qualifies it (Then), or it is the genitive of a lapse of
// months or years after بعد (Lapse); unless its clause names the day (أمس,
// اليوم, الجمعة, الآن): an act recalled of these days is news of them
// (يذكر أن الجنود استشهدوا، أمس الجمعة). An adjective of the past on its
// noun (Former) recalls it whatever day the clause names: that day is the
// other act's (زيارة أردوغان إلى أربيل الآن تأتي تكملة لزيارته الماضية).
func Recalled(s Sentence, k int) bool {
	a, b := s.Span()
	recall := false
	for j := a; j < b && j < a+2; j++ {
		// وسبق ذلك, سبق أن; not the outlet that opens a report («سبق- متابعة:»)
		recall = recall || s.Word(j).Cue == vocab.CueRecall && (s.Word(j).Rest != "سبق" || j+1 < b && !outletMark[s.Word(j+1).Norm])
	}
	if Former(s, k) {
		return true // (تأتي الآن تكملة لزيارته الماضية: the day names the other act)
	}
	if !recall && !Formerly(s, k) && !Pluperfect(s, k) && !Span(s, k) && !Lapse(s, k) && !Stated(s, k) && !Then(s, k) {
		return false
	}
	l, r := clause(s, k)
	if o := opening(s, k); o > l {
		l = o // a day named before the comma of كان is that of the report (Earlier)
	}
	for j := l; j < r; j++ {
		if s.Word(j).Cue == vocab.CueRecent {
			return false
		}
	}
	return true
}

// Formerly reports whether the verb at k is the act of سبق أن ("has
// before"), the "already" of Arabic: سبق, the ل of its doer if any, and
// أن right before the verb (الذي سبق له أن زار أربيل, كما سبق أن أعلنت
// الوزارة, سبق لها وأن شاركت). The act is one the doer has done before,
// told of him, no act of the day: as the يذكر أن of a sentence's opening
// (Recalled), it keeps only the date its clause gives it.
func Formerly(s Sentence, k int) bool {
	a, _ := s.Span()
	if !s.Word(k).Verb || k-2 < a || !thatForms[s.Word(k-1).Norm] {
		return false
	}
	j := k - 2
	if x := s.Word(j); formerDoer[x.Norm] && j > a {
		j-- // سبق له أن
	}
	return s.Word(j).Rest == preceded
}

// preceded is سبق ("came before"), thatForms the two forms of أن after it
// (أن, وأن), and formerDoer the ل of the doer with its pronoun (له, لها,
// لهم, لنا, لي), all normalised.
var preceded, thatForms, formerDoer = arabic.Normalize("سبق"), normSet("أن", "وأن"), normSet("له", "لها", "لهم", "لهما", "لنا", "لي", "لك")

// outletMark holds what follows the name of an outlet that opens a report
// (سبق- متابعة:, سبق: الرياض).
var outletMark = map[string]bool{"-": true, "–": true, "—": true, ":": true}

// clause returns the clause of the token at k, [l, r): between the bounds
// that are no commas.
func clause(s Sentence, k int) (l, r int) { return bounded(s, k, clauseEnd) }

// bounded returns the tokens around k, [l, r), up to the words end tells.
func bounded(s Sentence, k int, end func(Word) bool) (l, r int) {
	a, b := s.Span()
	l, r = k, k
	for l > a && !end(s.Word(l-1)) {
		l--
	}
	for r < b && !end(s.Word(r)) {
		r++
	}
	return l, r
}

// spanUnits are the units of a span of weeks, months or years (الأسابيع,
// الأشهر, السنوات), spanPast the adjectives that put it in the past
// (الماضية, الأخيرة), and spanPrep the words that open it (في, خلال, طوال,
// مدى), all normalised
// without the article.
var spanUnits, spanPast, spanPrep = normSet("أسابيع", "أشهر", "شهور", "سنوات", "أعوام", "سنين", "عقود"), normSet("ماضية", "أخيرة", "منصرمة", "سابقة"), normSet("في", "خلال", "طوال", "مدى")

// normSet is a class of words, normalised.
var normSet = vocab.NormalSet

// Span reports whether the clause of the act at token k puts it over a
// span of past weeks, months or years (واضطر الجيش في الشهور القليلة
// الماضية إلى الانسحاب, خلال السنوات الأخيرة, في الأسابيع القليلة
// الماضية), or over a period qualified as past in the act's own part of
// the clause (tally-period: خلال الفترة الماضية, في المدة الأخيرة; not
// past a comma: تواصل المقاومة نصب الكمائن طوال الفترة الماضية، وفي المخا
// قصفت قوات التحالف مقر اللواء): a summary of what went on, no act of one
// day. A span after another act or a complement of the act (a
// noun with ب or ل attached) times that one (أشاد بدعم المملكة على مدى
// السنوات الماضية: the support, not the praise).
func Span(s Sentence, k int) bool {
	l, r := clause(s, k)
	for j := l + 1; j+1 < r; j++ {
		x := s.Word(j)
		if j > k && (x.Event || x.Prep != "" && !x.IsPrep) {
			return false // أشاد بدعم المملكة على مدى السنوات الماضية: the span times the support
		}
		period := !spanUnits[x.Rest] && has(x, "tally-period")
		if !spanUnits[x.Rest] && !period || !spanPrep[s.Word(j-1).Rest] || period && !samePart(s, j, k) {
			continue
		}
		for q := j + 1; q < r && q <= j+2; q++ {
			if spanPast[s.Word(q).Rest] {
				return true
			}
		}
	}
	return false
}

// samePart reports whether no comma stands between the tokens j and k.
func samePart(s Sentence, j, k int) bool {
	if j > k {
		j, k = k, j
	}
	for q := j + 1; q < k; q++ {
		if vocab.Comma(s.Word(q).Rest) {
			return false
		}
	}
	return true
}

// lapseUnits are the months, years and decades of a lapse of time, and
// weeks in the plural (normalised, without the article); days, hours and a
// week or two are recent (بعد أسبوع من زيارة أردوغان لواشنطن).
var lapseUnits = normSet("أسابيع", "شهر", "شهرين", "أشهر", "شهور", "عام", "عامين", "أعوام", "سنة", "سنتين", "سنوات", "عقد", "عقدين", "عقود")

// Lapse reports whether the event noun at k is the genitive of a lapse of
// months or years after بعد (نجحت في إبرام اتفاق بعد عامين من
// المفاوضات الشاقة, بعد ثلاث سنوات من الحرب, بعد أشهر من القتال): the act
// it names lasted that long or lies that far back, the ground of the news,
// no act of its day.
func Lapse(s Sentence, k int) bool {
	a, _ := s.Span()
	if t := s.Word(k); t.Verb || !t.Event || k-3 < a || s.Word(k-1).Norm != "من" || !lapseUnits[s.Word(k-2).Rest] {
		return false
	}
	j := k - 3
	if n := s.Word(j).Norm; (s.Word(j).Cue == vocab.CueNumber || strings.Trim(n, "0123456789") == "") && j > a {
		j-- // بعد ثلاث سنوات من الحرب
	}
	return s.Word(j).Plain == "بعد"
}

// Stated reports whether the event noun at k is the subject of a form of
// كان right before it (وكان تحذيرها واضحا, وكانت زيارة الرئيس الأولى
// للرياض): a nominal sentence in the past that tells what the act was, no
// report of it. The subject owns a pronoun or a genitive; a noun with the
// article (كانت الزيارة بمثابة) refers back to an act the article told
// before, where its record is, and an indefinite noun before an adjective
// in the accusative (كان لقاء استراتيجيا) is the predicate of كان, no
// subject. (The verb in the past after كان is Pluperfect.)
func Stated(s Sentence, k int) bool {
	a, b := s.Span()
	t := s.Word(k)
	if t.Verb || !t.Event || t.Article || k-1 < a {
		return false
	}
	if x := s.Word(k - 1); x.Cue != vocab.CueAux || !strings.HasPrefix(x.Plain, "كان") {
		return false
	}
	return t.Owned || k+1 < b && !strings.HasSuffix(s.Word(k+1).Norm, "ا") && !s.Word(k+1).Bound
}

// pastAdjectives qualify an event noun as one of the past (normalised,
// without the article).
var pastAdjectives = normSet("سابقة", "سابق", "ماضية", "ماضي", "منصرمة", "فائتة", "فائت")

// Former reports whether the event noun at k is qualified as one of the
// past by the adjective after it (لزيارته الماضية إلى بغداد, هجماته
// السابقة, المفاوضات السابقة): an act the article recalls, told to set the
// news against it. (الأسبوع الماضي after the noun dates it; the adjective
// qualifies the week, not the act.)
func Former(s Sentence, k int) bool {
	_, b := s.Span()
	if t := s.Word(k); t.Verb || !t.Event || k+1 >= b {
		return false
	}
	w, ok := arabic.CutArticle(s.Word(k + 1).Norm)
	return ok && pastAdjectives[w] // (with the article: an adjective that agrees with a definite noun)
}

// clauseEnd reports whether t ends a clause: a bound that is no comma.
func clauseEnd(t Word) bool { return t.Bound && !vocab.Comma(t.Rest) }

// Pluperfect reports whether a form of كان comes before the verb at k in
// its clause, past a subject set apart between commas (وكانت القوات، …،
// ضربت, وكان الجيش قصف): an act before the time of the story. With قد
// just before the verb (كان … قد فعل, the compound pluperfect) the subject
// between may be a title and a name: كان is looked for twice as far. A verb
// joined by و that reaches كان past no verb follows a كان of a nominal
// clause (بينما كان المصلون سجودا وفجر نفسه): no pluperfect. A verb of a
// relative clause on the object of a pluperfect (head) is one too.
func Pluperfect(s Sentence, k int) bool { return auxiliary(s, k) >= 0 }

// Earlier reports whether the date expression at token d cannot date the
// act at k: the act is a pluperfect and d stands before the comma that
// sets off its كان (أوضحت المنظمة في تقرير نشرته أمس، أنها قابلت صبية،
// كانت القوات قد اعتقلتهم). كان after a comma opens the clause of an act
// before the time of the story, which the date before it gives; a date
// after كان (وكان الجيش قد قصف، أمس، مواقع) or before it with no comma
// between (وفي يوم الجمعة كان هناك تجمع) is the act's own.
func Earlier(s Sentence, d, k int) bool {
	o := opening(s, k)
	return o >= 0 && d < o
}

// opening returns the token after the last comma before the كان of the
// pluperfect at k, -1 if it is no pluperfect or no comma comes before its
// كان in its clause.
func opening(s Sentence, k int) int {
	c := auxiliary(s, k)
	if c < 0 {
		return -1
	}
	l, _ := clause(s, c)
	for j := c - 1; j >= l; j-- {
		if vocab.Comma(s.Word(j).Rest) {
			return j + 1
		}
	}
	return -1
}

// auxiliary returns the token of the form of كان that makes the verb at k
// a pluperfect (Pluperfect), -1 if there is none.
func auxiliary(s Sentence, k int) int {
	t := s.Word(k)
	if !t.Verb || t.Future || t.And {
		return -1
	}
	a, _ := s.Span()
	reach := 8
	if k-1 >= a && s.Word(k-1).Norm == "قد" {
		reach = 16 // وكان المتحدث الرسمي باسم الانتخابات البلدية المهندس جديع القحطاني قد دعا
	}
	for j := k - 1; j >= a && j >= k-reach; j-- {
		x := s.Word(j)
		if copula(x) {
			return j
		}
		if x.Verb || x.Bound && !vocab.Comma(x.Rest) {
			break
		}
	}
	if h := head(s, k); h >= 0 && copula(s.Word(h)) {
		return h // وكان الرئيس وجه خطابا طلب فيه (وجه no event verb)
	} else if h >= 0 {
		return auxiliary(s, h)
	}
	return -1
}

// copula reports whether x is a form of كان.
func copula(x Word) bool { return x.Cue == vocab.CueAux && strings.HasPrefix(x.Rest, "كان") }

// head returns the verb whose object the verb at k describes in a
// relative clause with no relative pronoun, as Arabic builds one on an
// indefinite noun, its pronoun resuming that noun after the verb (class
// resumptive of closed.txt, which package report reads too: وجه خطابا
// للملك طلب فيه دعم الحكومة, أصدر بيانا أدان فيه الهجوم): the first
// event verb or form of كان within sixteen words before k, past no bound
// but commas; -1 if none. The act of such a clause is told in the act of
// that verb: it is a pluperfect when that verb is one (وكان الرئيس وجه
// خطابا طلب فيه).
func head(s Sentence, k int) int {
	a, b := s.Span()
	if k+1 >= b || s.Word(k).And || !has(s.Word(k+1), "resumptive") {
		return -1
	}
	for j := k - 1; j >= a && j >= k-16; j-- {
		x := s.Word(j)
		if x.Verb || copula(x) {
			return j
		}
		if x.Bound && !vocab.Comma(x.Rest) {
			return -1
		}
	}
	return -1
}

// planWords are the nouns of a plan, and accordWords the words that give
// it as the source of what a sentence tells (normalised, without the
// article).
var planWords, accordWords = normSet("خطة", "مخطط"), normSet("بحسب", "حسب")

// Planned reports whether the sentence tells the content of a plan: it
// opens with بحسب الخطة, the plan as its source (وبحسب الخطة العسكرية ...
// انقسمت القوة إلى محورين لتحقيق الأهداف والوصول إلى صنعاء). What a plan
// lays down is not done: no act. (وفقا للخطة, in accordance with it, tells
// what was done.) Nor is the act at k of a gathering announced (Announced).
func Planned(s Sentence, k int) bool {
	if Announced(s, k) {
		return true
	}
	a, b := s.Span()
	for j := a; j+1 < b && j < a+3; j++ {
		if accordWords[s.Word(j).Rest] && planWords[s.Word(j+1).Rest] {
			return true
		}
	}
	return false
}

// Future reports whether an act dated date (YYYY, YYYY-MM or YYYY-MM-DD)
// lies after the day of publication published, at the precision of the
// less precise of the two (September is after 2015-08-01, August is not):
// an act to come, not one done.
func Future(date, published string) bool {
	n := min(len(date), len(published))
	return n > 0 && date[:n] > published[:n]
}

// HistoryDays is how far before the day of publication an act may lie and
// still be news of the day: the dated acts the development set expects go
// back ten days (الأسبوع الماضي, يوم 20 من الشهر الحالي); an act more than a
// month old (ربيع العام 2003, انسحاب العراق عام 1982, في مايو الماضي) is
// the history behind the news, which the audits judge wrong.
const HistoryDays = 31

// History reports whether an act dated date (YYYY, YYYY-MM or YYYY-MM-DD)
// lies more than HistoryDays before the day of publication published (a
// full date), counted from the last day the date can mean (2015 is
// 2015-12-31, June is June 30): background, not news of the day. A date or
// a publication it cannot read is no history.
func History(date, published string) bool {
	d, ok := ago(date, published)
	return ok && d > HistoryDays*24*time.Hour
}

// DescribedDays is how far before the day of publication the act of a
// relative clause may lie and still be news: the week of the news (a
// bombing of yesterday or of Thursday that a condemnation names).
const DescribedDays = 7

// Described reports whether the act of a relative clause, dated date,
// lies DescribedDays or more before the day of publication published,
// counted as History counts. A relative clause describes what its noun
// names (التفجير الذي استهدف مدينة سوروج يوم 20 يوليو الماضي, الطفل الذي
// قتل في هجوم على منزله في 31 يوليو): what the reader is taken to know,
// and an act of a week before the news is its background, no record; the
// acts of the news's own days stay.
func Described(date, published string) bool {
	d, ok := ago(date, published)
	return ok && d >= DescribedDays*24*time.Hour
}

// ago returns how long before the day of publication published (a full
// date) the last day that date (YYYY, YYYY-MM or YYYY-MM-DD) can mean lies
// (2015 is 2015-12-31, June is June 30), and false for a date or a
// publication it cannot read.
func ago(date, published string) (time.Duration, bool) {
	pub, err := time.Parse("2006-01-02", published)
	if err != nil {
		return 0, false
	}
	var last time.Time
	switch len(date) {
	case 4, 7:
		layout := "2006-01"[:len(date)]
		t, err := time.Parse(layout, date)
		if err != nil {
			return 0, false
		}
		if len(date) == 4 {
			last = t.AddDate(1, 0, -1)
		} else {
			last = t.AddDate(0, 1, -1)
		}
	case 10:
		if last, err = time.Parse("2006-01-02", date); err != nil {
			return 0, false
		}
	default:
		return 0, false
	}
	return pub.Sub(last), true
}

// chronicles are the headings of a chronicle of this day in past years
// (normalised as package arabic does).
var chronicles = []string{"في مثل هذا اليوم", "هذا اليوم في التاريخ", "حدث في مثل", "مثل هذا اليوم من عام"}

// Chronicle reports whether an article's headline opens a chronicle of
// this day in history («هذا اليوم في التاريخ», «حدث في مثل هذا اليوم»):
// every act it tells is of its own year, none of the day of publication.
func Chronicle(headline string) bool {
	h := arabic.Normalize(headline)
	for _, c := range chronicles {
		if strings.Contains(h, c) {
			return true
		}
	}
	return false
}

// pressNoun reports whether the word w (normalised, without its
// proclitics) is a noun of the press: one of the lexicon's media nouns
// (صحيفة, وكالة, قناة ...) or مراسل, the correspondent who calls for
// them. A call or interview with one of them is a newspaper gathering the
// news.
func pressNoun(w string) bool {
	w = arabic.WithoutArticle(w)
	return w == "مراسل" || lexicon.Default().Has(w, "media")
}

// Press reports whether the call or interview at token k of s is one the
// press had with the one it quotes: its partner after مع (or معه after
// أجرته, the newspaper being the doer) is a name set between quotation
// marks that names no actor (في اتصال هاتفي أجرته معه "الوطن", وقال في
// اتصال هاتفي مع «عكاظ»), or a noun of the press (مع صحيفة الحياة); so
// is the call one gives to them, after ل (في اتصال هاتفي لـ«الشرق
// الأوسط», في تصريح هاتفي للصحيفة). A call with a person or a state (في
// اتصال هاتفي مع نظيره) is none. A call with no partner of its own, in a
// sentence whose speaker is quoted to the press before it (قال ذلك
// لـ«الرياض» الوزير وزاد - في اتصال هاتفي - أن), is the call in which the
// paper heard him (toldPress).
func Press(s frame.Sentence, k int) bool {
	_, b := s.Span()
	for j := k + 1; j < b && j <= k+5; j++ {
		x := s.Token(j)
		if x.Bound && !x.Quote && !vocab.Comma(x.Word) {
			return toldPress(s, k)
		}
		if x.Prep == "ل" && x.Norm != "ل" && pressNoun(x.Word) {
			return true // في اتصال هاتفي للصحيفة
		}
		if w := x.Plain; w != "مع" && w != "معه" && w != "معها" && w != "معهم" && w != "ل" || j+1 >= b {
			continue
		}
		n := s.Token(j + 1)
		if pressNoun(n.Word) {
			return true
		}
		return n.Quote && j+2 < b && !quotedActor(s, j+2)
	}
	return toldPress(s, k)
}

// toldPress reports whether the call at k, after في, is the circumstance
// of a verb of saying (class speech-verb) at most three words before it,
// or set apart by a dash or a comma (وزاد - في اتصال هاتفي - أن), in a sentence whose speaker is quoted to the
// press before it: ل, after a verb of saying two words back at most,
// before a noun of the press or a name set between quotation marks (قال
// ذلك لـ«الرياض», صرح للصحيفة). A name one speaks to in quotation marks is
// the outlet that heard it. Another act of such a sentence (وما يدلل على
// ذلك زيارة بحاح لعدن) is none.
func toldPress(s frame.Sentence, k int) bool {
	a, _ := s.Span()
	if k-1 <= a || s.Token(k-1).Word != "في" || !spokenBefore(s, k-1, 3) && !s.Token(k-2).Bound {
		return false // (set apart, it is a verb's circumstance: وزاد - في اتصال هاتفي -)
	}
	for j := a; j+1 < k; j++ {
		x, n := s.Token(j), s.Token(j+1)
		if x.Prep == "ل" && x.Norm != "ل" && pressNoun(x.Word) || x.Norm == "ل" && (pressNoun(n.Word) || n.Quote) {
			if spokenBefore(s, j, 2) {
				return true
			}
		}
	}
	return false
}

// spokenBefore reports whether a verb of saying (class speech-verb) stands
// within n words before the token at j in its sentence.
func spokenBefore(s frame.Sentence, j, n int) bool {
	a, _ := s.Span()
	lx := lexicon.Default()
	for q := j - 1; q >= a && q >= j-n; q-- {
		if lx.Has(s.Token(q).Plain, "speech-verb") {
			return true
		}
	}
	return false
}

// quotedActor reports whether the token at j, after a quotation mark,
// stands in an actor phrase (مع «حماس»: a party, not a newspaper). A place
// set between quotation marks is the name of a newspaper («الشرق الأوسط»,
// «الرياض»): a town or a region one calls is not quoted; nor is an outlet
// the entity stage read as one (Phrase.Outlet) a party.
func quotedActor(s frame.Sentence, j int) bool {
	pi := s.Token(j).Phrase - 1
	return pi >= 0 && s.Phrase(pi).Actor && !s.Phrase(pi).Place && !s.Phrase(pi).Outlet
}
