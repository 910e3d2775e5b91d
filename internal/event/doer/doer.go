// Package doer holds rules that tell who did an act from the grammar of
// its sentence, where the nearest actor is not the doer: a pronoun after
// أن that does not agree in gender with the subject of the verb governing
// it refers to someone else (Disagrees: أشارت السلطات إلى أنه فجر نفسه);
// the one who invites to a visit is its host, not the visitor (Invited,
// Inviter: دعوة الملك سلمان لزيارة المملكة); a verb right after an
// indefinite noun describes it (Describes: لافتة تندد بجرائم «داعش»); an
// act noun that completes a verb of calling is asked for, not done
// (Called: دعت المنظمات للتنديد); the noun after وذلك خلال is the occasion
// of the statement before it (Occasion); the subject after a light verb
// comes past an honorific (SubjectAfter: قام صاحب السمو الملكي الأمير); a
// noun or a name set apart from its verb by a phrase of place is its
// subject (Topic: القبائل في صنعاء ترفض الحوثي); a noun after a verb that
// disagrees with it in gender is its object (Object: واختطف طائرات). The
// look-ups of where a doer stands (Light, Launcher, Committed, Patient,
// Agent) are here too, so that the rules that choose a source sit together;
// so is the act a verb of undergoing takes, whose subject suffers it and
// whose doer is named only after من قبل or من (Undergone, UndergoneBy:
// وتعرضت الحكومة لانتقادات); and the body a possessive pronoun of an agent
// noun refers to (Owner: أعلن حزب الله أن مقاتليه); a name with its
// titles in apposition before the verb is its subject (Apposed: إن خالد
// بحاح نائب رئيس الجمهورية سيجتمع); and the subject of a support verb
// does the act its object noun names (Conveys: وقدم له صالح التعازي),
// which is a verbal noun, not a verb (Supported: أبدى نتنياهو رفضه); and
// a place named by its name after the verb is an actor of its own, the
// name after it the verb's object (NamedPlace: واتهمت إسرائيل حماس); a
// participle of circumstance goes with the subject of the nearest clause
// opened by و after a comma (Accompanied: ، ورحب الجبير بالقرار، مشيدا),
// and a plural one (مشيدين) describes no single person; an act in a
// clause after إن or أن whose own subject is named there is that
// subject's, not the teller's (Told, Teller: قال ظريف إن العالم رحب); and
// the word right after a verb is its subject, the actor phrase after it
// its object, when it is a document (Document: وحذر البيان مواطني الولايات
// المتحدة) or a quantifier whose group follows من (Counted: ودعا عدد من
// مناصري النظام السابق), whose doer is that group or an unnamed subject;
// a person named after a noun of serving is served, the deputy acts
// (Deputy: واستنكر نائب داود أوغلو); and a place inside a phrase of
// place or occasion under a preposition is where, not who (Venue: في
// قمة كامب ديفيد, في العاصمة العمانية، مسقط،). A name in quotation
// marks after a preposition written apart is governed by it (Governor:
// لـ«الشرق الأوسط», the newspaper told); a group named in the genitive of
// a noun of a group's arm in apposition is no object (Arm: جبهة النصرة
// ذراع تنظيم القاعدة); a person joined to the genitive of a noun of forces
// stands for his forces (CoGenitive: قوات الحوثي وصالح); and the places
// after a tour's verb of including are its stops (Stops: في جولة تشمل قطر
// والعراق). Acts of a second clause: the noun a relative clause describes
// is the subject of its verb in the past when no pronoun of the clause
// refers back to it (Relative: الوفد السعودي الذي وصل إلى القاهرة, الحكومة
// التي اتهمت الولايات المتحدة), and a verb in the past after حيث, بعدما or
// بعد أن that names no subject of its own has the doer of the clause
// before (Elaborates: وصل كارتر إلى بغداد حيث التقى بالعبادي).
// Package event reads its sentences through the view of package frame, and
// words are normalised (arabic.Normalize).
package doer

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/event/frame"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

// invitation holds the nouns of invitation, normalised, without the article.
var invitation = map[string]bool{arabic.Normalize("دعوة"): true, arabic.Normalize("دعوات"): true}

// Invited reports whether the actor phrase that ends right before the act
// noun at k, which is written with ل (a purpose: لزيارة), is the one who
// invites to the act: the genitive of a noun of invitation (دعوة الملك
// سلمان لزيارة المملكة, تلبية دعوة الربيعة لزيارة المركز) or the phrase
// after من that follows it (بدعوة من الملك لزيارة). The one invited does
// the act, so that phrase is not its doer.
func Invited(s frame.Sentence, k int) bool {
	n, _ := inviting(s, k)
	return n >= 0
}

// InvitedBy returns the noun of invitation at k's Invited when its author
// follows it after من (تلقى أردوغان دعوة من بوتين لزيارة موسكو): the one
// invited, who does the act, is then the subject before that noun, the
// one who received or answered it. It returns -1 otherwise (دعوة الملك
// لزيارة: who is invited is not said there).
func InvitedBy(s frame.Sentence, k int) int {
	if n, from := inviting(s, k); from {
		return n
	}
	return -1
}

// inviting returns the position of the noun of invitation whose author is
// the actor phrase right before the act at k, and whether من stands
// between them; -1 if there is none.
func inviting(s frame.Sentence, k int) (int, bool) {
	a, _ := s.Span()
	if k-1 <= a || s.Token(k).Prep != "ل" || s.Token(k).IsPrep {
		return -1, false
	}
	pi := s.Token(k-1).Phrase - 1
	if pi < 0 || s.Phrase(pi).End != k {
		return -1, false
	}
	for pi > 0 && s.Phrase(pi).Coord {
		pi-- // دعوة الملك وولي عهده
	}
	j := s.Phrase(pi).Start - 1
	from := j > a && s.Token(j).Norm == "من"
	if from {
		j-- // بدعوة من الملك
		if j > a && !invitation[arabic.WithoutArticle(s.Token(j).Word)] && s.Token(j).Phrase == 0 && !s.Token(j).Bound {
			j-- // بدعوة كريمة من الملك
		}
	}
	if j >= a && invitation[arabic.WithoutArticle(s.Token(j).Word)] {
		return j, from
	}
	return -1, false
}

// Disagrees reports whether the pronoun of أن at token pron (أنه, أنها)
// cannot stand for the subject of the verb that opens the sentence, before
// token subj: a masculine singular pronoun (أنه) after a feminine verb
// (أشارت السلطات إلى أنه فجر نفسه) refers to another, or is the pronoun
// of the matter before a clause with its own subject; so does a feminine
// pronoun (إنها) after a masculine verb in the past whose subject is a
// person, a man (ووصل المعلم قادما من طهران التي ... قالت إنها ناقشتها),
// which no thing or body named by a masculine noun shares (a ministry,
// a country, a government are feminine). A pronoun agrees
// with what it refers to in gender; the verb before its subject agrees
// with it in gender, though not always in number, so number is not
// compared. The verb is the first word, after a particle (قد, كما).
func Disagrees(s frame.Sentence, pron, subj int) bool {
	a, _ := s.Span()
	p := s.Token(pron).Word
	fem := strings.HasSuffix(p, "ها")
	if !fem && (!strings.HasSuffix(p, "ه") || strings.HasSuffix(p, "اه")) {
		return false
	}
	j := a
	if particle[s.Token(j).Word] {
		j++
	}
	if j >= subj || s.Token(j).Phrase != 0 || s.Token(j).Prep != "" {
		return false
	}
	w := s.Token(j).Word
	if fem {
		// ووصل المعلم ... وقالت إنها ناقشتها: a masculine verb in the
		// past before a man (its subject a person: PersonIn)
		pi := s.Token(subj).Phrase - 1
		return !strings.HasSuffix(w, "ت") && !strings.HasPrefix(w, "ت") && !strings.HasPrefix(w, "ي") && pi >= 0 && s.Phrase(pi).Person
	}
	return len([]rune(w)) >= 4 && (strings.HasSuffix(w, "ت") || strings.HasPrefix(w, "ت") && !strings.HasSuffix(w, "ه"))
}

// particle holds the particles that may come before the verb that opens a
// sentence (lexicon class verb-particle).
var particle = vocab.Set(lexicon.Default().Forms("verb-particle")...)

// Inviter returns the actor phrase that does the invitation at k when it
// follows the noun after من (بدعوة من أردوغان, تلبية لدعوة كريمة من
// الملك): the one who invites, who is the noun's doer, not the subject of
// the sentence (the guest who came at the invitation). It returns -1 if
// none.
func Inviter(s frame.Sentence, k int) int {
	_, b := s.Span()
	if !invitation[arabic.WithoutArticle(s.Token(k).Word)] {
		return -1
	}
	j := k + 1
	if j < b && s.Token(j).Phrase == 0 && !s.Token(j).Bound && !s.Token(j).IsPrep && s.Token(j).Prep == "" && !s.Token(j).Event {
		j++ // كريمة
	}
	if j+1 >= b || s.Token(j).Norm != "من" {
		return -1
	}
	if pi := frame.PhraseAt(s, j+1); pi >= 0 && s.Phrase(pi).Actor && !s.Phrase(pi).Place {
		return pi
	}
	return -1
}

// Object reports whether the noun right after a verb, which cannot be its
// subject because they disagree in gender, is its object: a masculine verb
// (اختطف, يقصف; its stem verb) before a sound feminine plural of things
// (طائرات, سيارات; its form without clitics bare), which takes a feminine
// verb (اختطفت طائرات), the subject being the verb's pronoun (واختطف
// طائرات: he hijacked planes). So is a body or a country (body) named by a
// definite feminine noun (its stem), which takes a feminine verb when it
// follows it (فهاجم السلطة الفلسطينية: he attacked the Authority; قالت
// الحكومة). Any other name (named), or a count of people (crowd: عشرات
// المواطنين), is never taken for an object this way.
func Object(verb, stem, bare string, body, named, crowd bool) bool {
	if strings.HasSuffix(verb, "ت") || strings.HasPrefix(verb, "ت") {
		return false
	}
	if arabic.Definite(stem) && strings.HasSuffix(stem, "ة") && body {
		return true
	}
	if named || crowd {
		return false
	}
	return strings.HasSuffix(bare, "ات") && arabic.AtLeastRunes(bare, 5)
}

// Describes reports whether the verb at k, which the caller knows opens
// no clause of its own (no و before it) and has no subject after it,
// stands right after an indefinite noun (تجمعا لأكراد يهتفون, لافتة كبيرة
// تندد بجرائم «داعش»): a describing clause (جملة الصفة), whose subject is
// the noun it describes, not an actor named in an earlier clause or
// sentence. The noun is an agent noun or a word with the ending of a
// feminine or a plural of things (ة, ات), which no verb has. A noun that opens its clause (at the start, after أن, a
// comma or a number: إن 12 امرأة نفذت) is the subject of the verb after it,
// and a word of time (أمس) describes nothing. A verb with an object pronoun
// (أسرى تحتجزهم) describes the noun as its object, not its subject.
func Describes(s frame.Sentence, k int) bool {
	a, _ := s.Span()
	if k-2 <= a || s.Token(k).Prep != "" || s.Token(k).Suffix || frame.TimeAdverb(s, k-1, k) > k-1 || s.Token(k-2).Bound || s.Token(k-2).Number || s.Token(k-2).Cue != vocab.CueNone {
		return false
	}
	t := s.Token(k - 1)
	noun := t.Phrase != 0 || strings.HasSuffix(t.Word, "ة") || strings.HasSuffix(t.Word, "ات") // (a word ending so is no verb: يرى طالب أن)
	return noun && !t.Definite && !t.Bound && !t.IsPrep && !t.Quote && !t.Number && !t.Event && !t.Title && t.Cue == vocab.CueNone && t.Place == ""
}

// Called reports whether the act noun at k is what a verb of calling or
// demanding before it asks for (دعت المنظمات الدولية للتنديد بهذه
// الأعمال, طالب الحكومة بالإفراج عنهم, دعا إلى الحوار): the noun after
// ل, ب or إلى that completes such a verb, which calls reports (at j, as
// calls tells). The act is the one called on's to do, and not done: the
// one who calls is not its doer. So with a verb of judging (رحب الوزير
// بنظيره وبالزيارة, أشاد بالاتفاق, ندد بالزيارة): what one welcomes,
// praises or condemns is another's act, told by its own words (الذي يزور
// الدولة), and the one who judges it is not its doer; the caller says
// which acts those are (not a meeting or talks the judge may have held
// with another: أشاد الجبير بالاجتماع الذي عقد مع لافروف).
func Called(s frame.Sentence, k int, calls func(j int) bool) bool {
	a, _ := s.Span()
	j := k - 1
	if p := s.Token(k).Prep; p != "ل" && p != "ب" || s.Token(k).IsPrep {
		if j <= a || !s.Token(j).IsPrep || s.Token(j).Norm != "الي" && s.Token(j).Word != "الي" {
			return false
		}
		j--
	}
	for ; j >= a && j >= k-6; j-- {
		if calls(j) {
			return true
		}
		if t := s.Token(j); t.Bound || t.Event {
			return false
		}
	}
	return false
}

// occasion holds the prepositions by which وذلك names the occasion of what
// it refers back to.
var occasion = map[string]bool{"خلال": true, "اثناء": true, "لدي": true, "عند": true, "في": true}

// Occasion reports whether the event noun at k names the occasion of what
// the sentence said before وذلك, "and that was": وذلك خلال لقائه كيري, وذلك
// خلال لقاء مع جنود أميركيين. ذلك refers back to the whole statement, so
// the noun's doer is the subject of the verb that opens the sentence (وقال
// كارتر: «…»، وذلك خلال لقاء), not an actor named inside the statement.
func Occasion(s frame.Sentence, k int) bool {
	a, _ := s.Span()
	if k-2 < a || !s.Token(k-1).IsPrep || !occasion[s.Token(k-1).Norm] {
		return false
	}
	t := s.Token(k - 2)
	return t.Norm == "ذلك" || t.Norm == "وذلك"
}

// SubjectAfter returns the actor phrase that follows the verb at j as its
// subject, within four words (قامت القوات, قام صاحب السمو الملكي الأمير
// محمد: an honorific before the name), or -1 when a bound, a preposition
// or an event word comes first (قام بزيارة: the subject is not after it).
func SubjectAfter(s frame.Sentence, j int) int {
	_, b := s.Span()
	for x := j + 1; x < b && x <= j+4; x++ {
		if pi := frame.PhraseAt(s, x); pi >= 0 {
			return pi
		}
		if t := s.Token(x); t.Bound || t.IsPrep || t.Prep != "" || t.Event {
			return -1
		}
	}
	return -1
}

// Topic reports whether the clause that starts after l opens with a
// definite noun or a name right before the verb at k (Fronted), or that a
// prepositional phrase alone sets apart from the verb at k (القبائل في صنعاء ترفض الحوثي, واشنطن في بيان تتهم طهران): the noun is the verb's subject
// (the مبتدأ of a nominal sentence) and the actor after the verb its
// object. The phrase is one of place or origin (في, من); after another
// preposition the noun may be a masdar and the phrase its complement
// (القبض على شاب هدد عائلة). It returns the actor phrase the noun opens,
// -1 if it names no actor.
func Topic(s frame.Sentence, k, l int) (int, bool) {
	j := l + 1
	for j < k && s.Token(j).Quote {
		j++
	}
	t := s.Token(j)
	pi := frame.PhraseAt(s, j)
	if j+1 >= k || !t.Definite && pi < 0 || t.Bound || t.IsPrep || t.Prep != "" || t.Event || t.Number || t.Cue != vocab.CueNone {
		return -1, false
	}
	x := j + 1
	if pi >= 0 {
		x = s.Phrase(pi).End
	}
	if Fronted(s, j, x, k) {
		return pi, true
	}
	if j+2 >= k {
		return -1, false
	}
	if x >= k || !s.Token(x).IsPrep || s.Token(x).Norm != "في" && s.Token(x).Norm != "من" || k-x > 4 { // (القبض على شاب هدد: a masdar's complement)
		return -1, false
	}
	for y := x + 1; y < k; y++ {
		if u := s.Token(y); u.Bound || u.Event || u.Quote || u.IsPrep {
			return -1, false
		}
	}
	return pi, true
}
