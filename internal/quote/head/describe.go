package head

import (
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// opensClause holds the particles after which وصف is a verb that opens its
// clause (وقد وصف، كما وصف، عندما وصف، فيما طالب), and the adverbs that
// turn to the next one to speak before it (من جهته وصف، بدوره وصف، في المقابل وصف):
// its subject follows it. After a noun or a preposition it is the verbal
// noun (إلى حد وصف، لدى وصف).
var opensClause = map[string]bool{"قد": true, "لقد": true, "ثم": true, "كما": true, "عندما": true, "حين": true,
	"حينما": true, "بعدما": true, "لما": true, "إذ": true, "اذ": true, "حيث": true, "بينما": true, "فيما": true,
	"جهته": true, "جهتها": true, "جهتهم": true, "جانبه": true, "جانبها": true, "جانبهم": true, "ناحيته": true,
	"ناحيتها": true, "بدوره": true, "بدورها": true, "بدورهم": true, "المقابل": true}

// Describes reports whether the verb is وصف or وصفت, or a verb of
// telling or asking (lexicon class tell-verb: أبلغ، أخبر، طالب), without
// the object's pronoun (not وصفه، أبلغه: its speaker is named after it).
func Describes(verb *news.Token) bool {
	stem, cl := lexicon.StemOf(verb)
	return (stem == "وصف" || stem == "وصفت" || tells(stem)) && cl.Pronoun == ""
}

// tells reports whether the verb's stem is a verb of telling or asking.
func tells(stem string) bool { return lexicon.Default().Has(stem, "tell-verb") }

// Word is what Describer needs to know of a word of the phrase after وصف.
type Word struct {
	Mention int  // the entity mention the word belongs to (any number that tells one mention from another), -1 for none
	Person  bool // that mention names a person
	Nisba   bool // a country adjective (الأمريكي)
	Article bool // the word has the article
	Body    bool // a noun that heads the name of a body (الشركة، الوزارة)
	Title   bool // a title before a name (الدكتور، اللواء)
	Role    bool // a role noun (وزير، المتحدث)
}

// Describer reads وصف, a verb whose subject comes first, then the one
// described, then بـ (وصف X Y بأنه «…»): the one described is no speaker;
// and a verb of telling or asking, whose subject comes first, then the
// one told or asked (أبلغ X Y أن، طالب X Y بـ): no speaker either.
// verb is the verb's token and before the words of its sentence before
// it; words the phrase after it, which role says opens with a
// role or a title. It returns how many of the words are the subject:
// len(words) when the verb is another or no object follows; 0 when the
// subject stands before the verb: after a noun, a preposition or a name
// (أوباما وصف، إلى حد وصف الاتحاد الأوروبي بأنه) all the phrase is the one
// described. The subject is a name (with the role it stands in apposition
// to: وزير الخارجية الأمريكي جون كيري) or a description; the one described
// starts at a person after a description (أحد أعضاء حركة طالبان السابقين |
// الملا عمر), at a second name, or at the first word after a name or a
// definite body noun that is no country adjective nor a title that opens
// the name after it (البيت الأبيض | مقتل الوحيشي، الشركة | الجهاز; not
// رئيس مركز دراسات الخليج | الدكتور عمر الحسن). A person right after a
// role, or after the definite noun the phrase opens with, is in apposition
// to it (الصحافي سعيد معتوق). After a verb of telling, another name right
// after a definite noun starts the one told too: a noun with the article
// heads no genitive, so the name is no part of its phrase (المصدر | وكالة
// الأنباء الألمانية، الوزارة | رويترز), and so does a role noun without
// the article right after a definite word or a name, which cannot be its
// adjective (دول الخليج العربية | وزير الخارجية الأمريكي جون كيري); a
// definite word after a body's noun is its adjective there (اللجنة
// الوطنية).
func Describer(before []news.Token, verb *news.Token, words []Word, role bool) int {
	if !Describes(verb) || len(words) == 0 {
		return len(words)
	}
	stem, cl := lexicon.StemOf(verb)
	tell := tells(stem)
	if n := len(before); cl.Conj == "" && n > 0 && before[n-1].Kind == news.Word && !(tell && adverbial(before)) {
		if w, _ := lexicon.WithoutConjunction(&before[n-1]); !opensClause[w] {
			return 0 // أوباما وصف، حد وصف: the subject is before
		}
	}
	named := words[0].Mention >= 0 // the subject is a name, or a role and its name
	for j := 1; j < len(words); j++ {
		w, p := words[j], words[j-1]
		switch {
		case w.Mention >= 0 && w.Mention != p.Mention:
			apposed := w.Person && (role || j == 1 && p.Article)
			if p.Mention >= 0 || !apposed && (w.Person || tell && p.Article && !p.Title) {
				return j // a second name, a person after a description, the one told after a definite noun
			}
			named = named || role || apposed
		case w.Mention < 0 && !w.Nisba && !w.Title && (named && p.Mention >= 0 || w.Article && p.Article && p.Body && !tell):
			return j
		case tell && w.Role && !w.Article && (p.Article || p.Mention >= 0) && !p.Title:
			return j // أبلغت دول الخليج العربية | وزير الخارجية الأمريكي: a role in construct after a definite word starts the one told
		}
	}
	return len(words)
}

// adverbial reports whether the words before a verb of telling or asking
// hold a preposition, as a word or a clitic (وبمناسبة … بيد داعش طالب
// الرئيس): they are an adverbial phrase, not its subject, which follows it.
func adverbial(before []news.Token) bool {
	lx := lexicon.Default()
	for i := range before {
		if before[i].Kind != news.Word {
			continue
		}
		stem, cl := lexicon.StemOf(&before[i])
		if cl.Prep != "" || lx.Has(stem, "prep:in") || lx.Has(stem, "prep:from") || lx.Has(stem, "prep:to") {
			return true
		}
	}
	return false
}
