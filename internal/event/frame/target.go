package frame

import (
	"slices"
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

// The target of an act whose object is not itself an actor: the owner of
// a site, the possessor of an object, the group whose members are counted.

// SiteOwner finds the target of an attack on a site (مواقع, مقر,
// معسكرات, مناطق) that follows the verb closely in its clause (from, r):
// the owner of the site, in construct (مواقع حزب العمال) or after ل or من
// (مواقع لداعش, 400 موقع من مواقع «العمال الكردستاني»), or the one it
// is believed to be of (مواقع يشتبه أنها للمتشددين), the group named
// before that a plural pronoun on it or after ل refers to (منزلهم, تجمعا
// لهم: pronounOwner), else the place the site is in (قصف مناطق في
// الزبداني: the town, and so its country), not a landmark a word of place
// relation names past it (lexicon class beside: نقطة التفتيش خارج مدينة
// أجدابيا, where). What a vehicle struck carries is package convoy's.
func SiteOwner(s Sentence, from, r int) int {
	placed := false // a site seen, that one further on may place
	for j := from; j < r && j <= from+10; j++ {
		x := s.Token(j)
		if x.Bound || x.Verb || placed && classed(x, "beside") {
			return -1 // نقطة التفتيش خارج مدينة أجدابيا: a landmark outside the site is where, nobody's
		}
		if pluralOwned(x) || x.Cue == vocab.CueSite && j+1 < r && lexicon.Default().Has(s.Token(j+1).Norm, "theirs") {
			return pronounOwner(s, from) // إحراق مستوطنين منزلهم, قصفت تجمعا لهم: the group named before whose house or gathering it was
		}
		if x.Cue != vocab.CueSite && !x.Site {
			continue
		}
		if x.Suffix {
			return -1 // منزله في مدينة نابلس: the pronoun says whose, the town only where
		}
		pi, more := siteOf(s, j, r)
		if pi < 0 {
			pi = heldBy(s, j) // المركز الثقافي، الذي يتخذه المتمردون مركزا: the rebels'
		}
		if placed = true; !more || pi >= 0 {
			return pi
		}
		// مناطق سكنية بمدينة عدن, مناطق في محيط مدينة القريتين: a site
		// that a site named further on places
	}
	return -1
}

// siteOf returns the phrase of the owner or the place of the site named at
// j (see SiteOwner), -1 if none; more reports a word that is no name after
// it (an adjective, في محيط), past which a site named further on may
// still say it.
func siteOf(s Sentence, j, r int) (pi int, more bool) {
	for q := j + 1; q < r && q <= j+6; q++ {
		y := s.Token(q)
		if pi := PhraseAt(s, q); pi >= 0 {
			ph := s.Phrase(pi)
			if Where(s, pi) || ph.Coord || joined(s.Token(ph.Start)) {
				return -1, false // قصف مدينة الصالح: where, not whom; مناطق تجمع ووحدات: another thing struck, no owner
			}
			if ph.Prep == "في" && ph.Place {
				return pi, false
			}
			if ph.Prep != "" && ph.Prep != "ل" && ph.Prep != "من" {
				return -1, false
			}
			if ph.Actor {
				return Wielder(s, pi), false // معسكر اللواء 55 التابع للحوثيين: the Houthis'
			}
			q = ph.End - 1 // an adjective (المقار العسكرية)
			continue
		}
		if y.Quote || y.Cue == vocab.CueSite || y.Number || y.IsPrep && (y.Word == "من" || y.Word == "ل") || vocab.Affiliation(y.Word) || belonging(y) { // (مواقع لـ«داعش», مواقع تابعة لداعش, عجلات تعود لداعش)
			continue
		}
		if vocab.Believe(y.Word) {
			if n := believedThat(s, q); n > q && n < r {
				q = n // مواقع يشتبه (في) أنها للمتشددين: the owner it is believed to be
				continue
			}
		}
		if y.IsPrep && y.Word == "في" {
			if PhraseAt(s, q+1) >= 0 {
				continue
			}
			return -1, true
		}
		if q == j+1 && ownedAfter(s, q, r) {
			continue // عجلات مفخخة تعود لداعش, قافلة عسكرية تابعة للجيش: an adjective, then whose
		}
		return -1, !y.Bound && !y.Verb && (y.Prep == "" || y.Cue == vocab.CueSite)
	}
	return -1, false
}

// joined reports whether the token carries the conjunction و as a
// proclitic (ووحدات): a noun so joined is another conjunct, not a genitive.
func joined(x Token) bool {
	return strings.HasPrefix(x.Norm, string(arabic.Waw)) && !strings.HasPrefix(x.Word, string(arabic.Waw))
}

// Attributed reports whether token j is أن with a pronoun after a verb of
// belief and before ل (مواقع يشتبه أنها للمتشددين): it opens no clause of
// its own but says whose the noun before it is believed to be, so the
// clause of the act goes on past it. (A nisba after it, طائرة يعتقد أنها
// أميركية, says whose the doer is: package force.)
//
// The verb of suspicion may take its clause through في (يشتبه في أنها),
// and a word of affiliation may stand before ل (مواقع يشتبه في أنها تابعة
// للمسلحين): the owner is the same.
func Attributed(s Sentence, j int) bool {
	a, b := s.Span()
	if j <= a || !vocab.PronounThat(s.Token(j).Word) {
		return false
	}
	if v := j - 1; !vocab.Believe(s.Token(v).Word) && (v-1 < a || !s.Token(v).IsPrep || s.Token(v).Word != "في" || !vocab.Believe(s.Token(v-1).Word)) {
		return false
	}
	n := j + 1
	if n+1 < b && vocab.Affiliation(s.Token(n).Word) {
		n++ // تابعة للمسلحين
	}
	pi := PhraseAt(s, n)
	return pi >= 0 && s.Phrase(pi).Prep == "ل"
}

// believedThat returns, for a verb of belief at v, the index of the أن
// with a pronoun that opens what is believed, right after it or after
// في (يشتبه في أنها); v if none.
func believedThat(s Sentence, v int) int {
	_, b := s.Span()
	n := v + 1
	if n+1 < b && s.Token(n).IsPrep && s.Token(n).Word == "في" {
		n++
	}
	if n < b && vocab.PronounThat(s.Token(n).Word) {
		return n
	}
	return v
}

// ObjectOwner finds the target of an act whose object is not an actor but
// something of one: the possessor of the object, in construct or after ل,
// past the object's adjectives (دان البرزاني السبت قصف تركيا: Turkey's
// shelling; انتقد السياسة الخارجية لدولة الإمارات: the UAE's policy). The
// object is the first word after from that no actor phrase holds and no
// preposition governs, words of the day, numbers and one adverb of manner
// (بشدة) aside.
//
// When the object is an act whose doer a clause of time after it names
// (دان قتل الطفل حين هاجم مستوطنون منزله), the target is that doer: the
// genitive of an act such as قتل is the one who suffered it.
func ObjectOwner(s Sentence, from, r int) int {
	if _, b := s.Span(); from < b && StatementAside(s, from, b) == r+1 {
		from, r = r+1, b // أدانت الوزارة في بيان، اقتحام المستوطنين: the comma that closes the aside ends no clause
	} else if spokeIn(s, from, r) {
		from++ // وأدان البيان "اقتحام المستوطنين": the statement is the subject
	}
	head := objectHead(s, from, r)
	if head >= 0 && s.Token(head).Noun {
		if pi := max(TimeClauseDoer(s, head), VerbalNounDoer(s, head)); pi >= 0 || s.Token(head).Patient {
			return pi // (دان قتل المدنيين: the dead are not whom it blames)
		}
	}
	return Owner(s, head, r)
}

// spokeIn reports whether the word at from, right after a verb, is a
// definite noun of what is said (lexicon class speech-noun: البيان) that is
// the verb's subject: an indefinite act noun follows it, after a quotation
// mark if one opens (أدان البيان "اقتحام المستوطنين"); a definite noun takes
// no genitive, so that noun is the object.
func spokeIn(s Sentence, from, r int) bool {
	if a, _ := s.Span(); from <= a || from+2 >= r || !s.Token(from-1).Verb || !s.Token(from).Definite || s.Token(from).Phrase != 0 || !lexicon.Default().Has(s.Token(from).Word, "speech-noun") {
		return false
	}
	n := from + 1
	if s.Token(n).Quote {
		n++
	}
	return s.Token(n).Noun && !s.Token(n).Definite && s.Token(n).Prep == "" && s.Token(n).Phrase == 0
}

// TimeClauseDoer returns the doer of the act noun at k that the words
// after it name (its genitive and adjectives between, eight words at
// most): the agent after على يد or من قبل (قتل رضيع على يد مستوطنين),
// or the subject of the event verb that follows a word opening a clause
// of time (حين, عندما), the actor phrase right after the verb; -1 if
// none.
func TimeClauseDoer(s Sentence, k int) int {
	_, b := s.Span()
	for q := k + 1; q < b && q <= k+8; q++ {
		x := s.Token(q)
		if pi := PhraseAt(s, q); pi >= 0 && s.Phrase(pi).Prep == "by" && s.Phrase(pi).Actor {
			return pi
		}
		if q+2 >= b {
			break
		}
		if vocab.When(x.Word) || vocab.When(x.Norm) {
			if !s.Token(q + 1).Verb {
				return -1
			}
			if pi := PhraseAt(s, q+2); pi >= 0 && s.Phrase(pi).Prep == "" && s.Phrase(pi).Actor {
				return pi
			}
			return -1
		}
		if x.Cue == vocab.CueAgentBy {
			continue // (من قبل: قبل, spelt as the verb قَبِل, introduces the agent)
		}
		if x.Bound && !vocab.Comma(x.Norm) || x.Quote || x.Verb && !x.Noun || x.IsPrep && x.Word != "في" && s.Token(q+1).Cue != vocab.CueAgentBy {
			return -1
		}
	}
	return -1
}

// NextObject returns where a second object of the same preposition starts
// after the object whose head is at head, -1 if none: و with the
// preposition written again (التعازي لأسر الشهداء ولشعب وحكومة السعودية:
// the families and the Saudi people are both condoled), past the first
// object's genitive and adjectives, none of them an actor, an act or a
// word that ends the clause.
func NextObject(s Sentence, head, r int, preps []string) int {
	for q := head + 1; q < r && q <= head+4; q++ {
		x := s.Token(q)
		if x.And && slices.Contains(preps, x.Prep) && !x.IsPrep {
			return q
		}
		if x.Phrase != 0 || x.Event || x.Bound || x.Quote || x.IsPrep || x.Verb || x.And {
			return -1
		}
	}
	return -1
}

// Owner returns the actor phrase that owns or qualifies the object whose
// head is at head: in construct, after ل (or a word of belonging and ل:
// مدرعة تابعة لتنظيم داعش), or a nisba, past the object's
// adjectives; -1 if none (or head is -1). A common noun right after the
// head is its genitive, and the actor phrase that follows it at once or
// past one adjective (its nisba or its own genitive) names whose it is:
// the owner of the object (أشاد بجهود الشعب السعودي: the Saudi people's
// efforts; بجهود الطاقم الفني الإماراتي: the Emirati team's; انتقد سياسة
// الاستيطان الإسرائيلية: Israel's), unless a second such phrase follows it
// (بعمق العلاقات اليمنية المصرية: the relations of two).
func Owner(s Sentence, head, r int) int {
	if head < 0 {
		return -1
	}
	for q := head + 1; q < r && q <= head+4; q++ {
		pi := PhraseAt(s, q)
		if pi < 0 && q == head+1 && genitive(s.Token(q)) && (soleQualifier(s, PhraseAt(s, q+1)) || q+1 < r && genitive(s.Token(q+1)) && soleQualifier(s, PhraseAt(s, q+2))) {
			continue // (بجهود الطاقم الطبي الإماراتي: the genitive with its adjective)
		}
		if pi < 0 && q == head+2 && genitive(s.Token(q)) && genitive(s.Token(q-1)) {
			continue
		}
		if pi < 0 && belonging(s.Token(q)) && PhraseAt(s, q+1) >= 0 && s.Phrase(PhraseAt(s, q+1)).Prep == "ل" {
			continue // مدرعة تابعة لتنظيم داعش: whose it is
		}
		if pi < 0 {
			return -1
		}
		ph := s.Phrase(pi)
		if ph.Prep != "" && ph.Prep != "ل" || Where(s, pi) {
			return -1 // (قصفت الطائرات مدينة الصالح: the town is no owner of مدينة)
		}
		if ph.Actor {
			return pi
		}
		if p := Post(s, pi); p != pi {
			return p // بانتخاب أمير جديد لطالبان: the Taliban's
		}
		q = ph.End - 1 // an adjective of the object (السياسة الخارجية)
	}
	return -1
}

// soleQualifier reports whether phrase pi (-1: none) is the one actor
// phrase that qualifies the word before it: no other follows it at once
// without a preposition (العلاقات اليمنية المصرية: relations between two,
// no one's).
func soleQualifier(s Sentence, pi int) bool {
	if pi < 0 {
		return false
	}
	next := PhraseAt(s, s.Phrase(pi).End)
	return next < 0 || s.Phrase(next).Prep != ""
}

// genitive reports whether x can be the genitive that closes a construct:
// a word with the article that no actor phrase holds, no preposition
// governs and no act, verb, number, date word or bound is.
func genitive(x Token) bool {
	return x.Definite && !x.Verb && !x.Event && x.Phrase == 0 && !x.IsPrep && x.Prep == "" && !x.Bound && !x.Quote && !x.Number && x.Cue == vocab.CueNone
}

// objectHead returns the first word after from (before r) that no actor
// phrase holds and no preposition governs, words of the day, numbers and
// one adverb of manner aside, with the comma that closes a day or a manner
// (أدان بشدة، تصريحات): the head of an object that is no actor; -1
// if a bound, a quotation mark, a preposition, an actor or a verb comes
// first.
func objectHead(s Sentence, from, r int) int {
	manner := false
	for j := from; j < r && j <= from+4; j++ {
		x := s.Token(j)
		if x.Cue == vocab.CueRecent || x.Cue == vocab.CueMonth || x.Number || vocab.Resumptive(x.Norm) {
			continue
		}
		if !manner && x.Prep == "ب" && !x.Event && x.Phrase == 0 {
			manner = true // an adverb of manner: أدانت بشدة هجوم إسرائيل
			continue
		}
		if y := s.Token(max(j-1, from)); j > from && vocab.Comma(x.Norm) && (y.Cue == vocab.CueRecent || y.Cue == vocab.CueMonth || classed(y, "manner")) {
			continue // the comma that closes the day or the manner: أدان أمس، تصريحات; استنكر بشدة، تصريحات المالكي
		}
		if x.Quote && (manner || j+1 < r && (s.Token(j+1).Prep == "ب" && !s.Token(j+1).Event || j == from && s.Token(j+1).Noun && s.Token(j+1).Prep == "")) {
			continue // quoted: أدان "بشدة" قتل الطفل; أدان "اقتحام المستوطنين ...": the act condemned
		}
		if x.Bound || x.Quote || x.IsPrep || x.Prep != "" || x.Phrase != 0 || x.Verb && !x.Noun {
			return -1
		}
		return j
	}
	return -1
}

// Counted finds the target of an act whose object counts members of a
// group (قتلوا 5 من مليشيات الحوثي, اعتقلت عشرة من عناصر الحزب, خطفت
// ثمانية عناصر من الفرقة 30): the phrase of the group after من, or after
// a noun of members in construct with it there (اثنين من أفراد قوات الأمن,
// never a place: من سكان المدينة), the object being a number that follows
// the verb; or people counted (ستة أشخاص; 1302 شخص, the singular genitive
// that counts from a hundred up), civilians of the scene, whose first
// token it returns as people (else -1).
func Counted(s Sentence, from, r int) (pi, people int) {
	for j, lim := from, from+3; j+1 < r && j <= lim; j++ {
		x := s.Token(j)
		if i := Interposed(s, j, r); x.Aside != j || i > j {
			lim += max(x.Aside+1, i) - 1 - j
			j = max(x.Aside+1, i) - 1 // a time set aside, a phrase that points back (على إثرها, أيضا): the count after it
			continue
		}
		if x.Cue == vocab.CueRecent || x.Cue == vocab.CueMonth {
			continue
		}
		if !x.Number && x.Cue != vocab.CueNumber {
			return -1, -1
		}
		if pi := countedRanks(s, j, r); pi >= 0 {
			return pi, -1 // سقوط 12 قتيلا في صفوف الجيش: the side
		}
		y := s.Token(j + 1)
		if (y.Cue == vocab.CueCasualty || x.Number) && vocab.People(y.Word) {
			if pi := Membership(s, j+2, r); pi >= 0 {
				return pi, -1 // 20 شخصا يشتبه بانتمائهم إلى حزب العمال: its members
			}
			return -1, j // أوقفت الشرطة ستة أشخاص: people of the scene
		}
		if e := memberNoun(s, j+1, r); e > j+1 {
			j, y = e-1, s.Token(e) // ثمانية عناصر من الفرقة: the members, then من
		}
		if !y.IsPrep || y.Word != "من" {
			return -1, -1
		}
		if j+2 < r && s.Token(j+2).Quote {
			j++ // من «الفرقة 30»: the group's name in quotation marks
		}
		if j+2 >= r {
			return -1, -1
		}
		if pi := PhraseAt(s, j+2); pi >= 0 || j+3 >= r || !Bare(s.Token(j+2)) {
			return pi, -1
		}
		if pi := PhraseAt(s, j+3); pi >= 0 && s.Phrase(pi).Prep == "" && s.Phrase(pi).Actor && !s.Phrase(pi).Place {
			return pi, -1 // اثنين من أفراد قوات الأمن: the members in construct with their group
		}
	}
	return -1, -1
}

// memberNoun returns the end of the noun of members that may follow a
// number (عناصر, مقاتلين) at j before من: a phrase that names nobody, or
// one plain word; j if there is none.
func memberNoun(s Sentence, j, r int) int {
	e := j + 1
	if y := s.Token(j); y.Phrase != 0 {
		ph := s.Phrase(y.Phrase - 1)
		if ph.Actor || ph.Prep != "" || ph.Start != j {
			return j
		}
		e = ph.End
	} else if y.Bound || y.IsPrep || y.Prep != "" || y.Event || y.Quote || y.Number || y.Cue != vocab.CueNone {
		return j
	}
	if e+1 < r && s.Token(e).IsPrep && s.Token(e).Word == "من" {
		return e
	}
	return j
}

// ObjectAt reports whether the object of a verb whose arguments start at
// from begins at token at: only words of the day, numbers, places after
// في or an attached ب (ضبطت الجهات الأمنية بجدة عصابة: the subject's
// place) and adverbs of a span of time (TimeAdverb) come between (لم يوقف عملية السلام المصرية الإسرائيلية: the object is
// the process, not Israel).
func ObjectAt(s Sentence, from, at int) bool {
	for j := from; j < at; j++ {
		x := s.Token(j)
		switch {
		case x.Cue == vocab.CueRecent || x.Cue == vocab.CueMonth || x.Number:
		case x.IsPrep && x.Word == "في" && PhraseAt(s, j+1) >= 0:
			j = s.Phrase(PhraseAt(s, j+1)).End - 1
		case !x.IsPrep && x.Prep == string(arabic.Beh) && x.Place != "" && !x.OfAgent && PhraseAt(s, j) >= 0:
			j = s.Phrase(PhraseAt(s, j)).End - 1
		case TimeAdverb(s, j, at) > j:
			j = TimeAdverb(s, j, at) - 1
		default:
			return false
		}
	}
	return true
}

// LaterTarget reports whether a phrase after phrase pi in the clause
// (before r) is introduced by one of the target prepositions tgt other
// than ل: then a phrase after ل is the possessor of an event noun, not its
// target.
func LaterTarget(s Sentence, pi, r int, tgt []string) bool {
	for q := pi + 1; q < s.Phrases() && s.Phrase(q).Start < r; q++ {
		if pr := s.Phrase(q).Prep; pr != "" && pr != "ل" && slices.Contains(tgt, pr) {
			return true
		}
	}
	return false
}

// NounEnd returns where the phrases that the event noun at k governs end
// (before r): at the next event noun or word of intent, its complement
// compl aside (البشير الذي وجهت له المحكمة اتهامات بارتكاب جرائم يعتزم
// السفر إلى نيويورك: New York is not whom the charges are directed at);
// a verb does not end them (مؤتمر صحفي عقده مع نظيره: the verb tells the
// noun's own act).
func NounEnd(s Sentence, k, compl, r int) int {
	for j := k + 1; j < r; j++ {
		if x := s.Token(j); x.Noun && !x.Verb && j != compl || x.Cue == vocab.CueIntent {
			return j
		}
	}
	return r
}

// ObjectAfterComma reports whether the comma at j, after the event verb at
// k and its subject, sets the subject apart from the verb's object rather
// than ending the clause (اتهم وزير الخارجية عادل الجبير أمس في الرياض،
// إيران بدعم الإرهاب): between the verb and the comma only actor phrases
// (the subject, a place after في) and words of the day; after it an actor
// phrase that no preposition governs, or a noun in construct with one
// (استنكر الزياني بشدة، تصريحات المالكي: an adverb of manner describes no
// one either), then no verb before the clause ends.
// An object before the comma (قصفت الطائرات مواقع في العراق، الجيش ...)
// ends the clause there; so does a phrase set apart between commas, a
// name in apposition (رفض المتحدث العسكري، العقيد سليماني مايغا،
// الإفصاح), unless و follows the second comma (a list of objects).
//
// A comma after a word of the day does not part a verb whose subject
// stands before it from its object either (قوات الاحتلال اقتحمت أمس،
// مدينة نابلس): the day word describes no one, so the phrase after it is
// no apposition, nor does one after an adverb of addition (كذلك). The
// object may be a site named by its place or owner (مخيم الدهيشة, مدينة
// نابلس): the site word comes before the phrase; or a convoy or vehicle
// (lexicon class convoy: شاحنات تنقل إمدادات), no actor phrase itself.
func ObjectAfterComma(s Sentence, k, j int) bool {
	a, b := s.Span()
	if k < 0 || !s.Token(k).Verb || j+1 >= b || !vocab.Comma(s.Token(j).Norm) {
		return false
	}
	subject, day := false, false
	for q := k + 1; q < j; q++ {
		x := s.Token(q)
		switch {
		case x.Phrase != 0:
			ph := s.Phrase(x.Phrase - 1)
			subject = subject || ph.Actor && ph.Prep == ""
		case x.Cue == vocab.CueRecent || x.Cue == vocab.CueMonth || x.Word == "يوم" || lexicon.Default().Has(x.Norm, "sequel"):
			day = true // (يوم الأربعاء كذلك،: the day and an adverb of addition describe no one either)
		case x.IsPrep && x.Word == "في" && PhraseAt(s, q+1) >= 0, x.Prep == "ب" && classed(x, "manner"): // (بشدة،: the manner describes no one)
		default:
			return false
		}
	}
	if !subject && day && k-1 >= a {
		// قوات الاحتلال اقتحمت أمس، مدينة نابلس: the subject before the
		// verb, a word of the day after it
		if pi := s.Token(k-1).Phrase - 1; pi >= 0 && s.Phrase(pi).End == k && s.Phrase(pi).Prep == "" && s.Phrase(pi).Actor {
			subject = true
		}
	}
	o := j + 1
	if Bare(s.Token(o)) && lexicon.Default().Has(s.Token(o).Word, "convoy") {
		return subject // استهدف الطيران أمس، شاحنات تنقل إمدادات: a convoy struck (package convoy)
	}
	if o+1 < b && (s.Token(o).Cue == vocab.CueSite || plainWord(s.Token(o)) && !s.Token(o).Definite) {
		o++ // a site named by its place: اقتحمت القوات أمس، مخيم الدهيشة; a thing in construct with its owner: استنكر بشدة، تصريحات المالكي
	}
	pi := PhraseAt(s, o)
	if !subject || pi < 0 || s.Phrase(pi).Prep != "" || !s.Phrase(pi).Actor || s.Phrase(pi).Coord {
		return false
	}
	q := o
	for ; q < b && !s.Token(q).Bound; q++ {
		if s.Token(q).Verb {
			return false
		}
	}
	// رفض المتحدث، العقيد سليماني مايغا، الإفصاح: a name in apposition,
	// closed by a comma right after it (two words of description at most)
	return q+1 >= b || !vocab.Comma(s.Token(q).Norm) || strings.HasPrefix(s.Token(q+1).Norm, string(arabic.Waw)) || q > s.Phrase(pi).End+2
}
