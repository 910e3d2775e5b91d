// Package sense tells, for the event coder (package event), the words
// whose event reading names no act in their context: a sense of the word
// other than the act its pattern codes. Each rule is a linguist's rule of
// Arabic news, and its words are data (data/senses.txt):
//
//   - an indefinite accusative of a time of day is an adverb of time:
//     اعتقلت قوات الاحتلال فجرا شابا is an arrest at dawn, not a bombing
//     (فجرا, the dual of فجر), unless a reflexive object follows it
//     (انتحاريان فجرا نفسيهما);
//   - a word of explosion (فجر, تفجر, انفجر, تفجير, انفجار) with an
//     abstract noun as its subject, object or genitive means "broke out"
//     or "set off": وتفجرت الفضيحة, انفجار الوضع, فجر مفاجأة;
//   - فجر in construct with a day is its dawn (فجر يوم الاثنين); ضرب or
//     اجتاح with a force of nature as subject is a disaster (زلزال ضرب
//     المنطقة); a toll that fell in an accident (لقي شخصان مصرعهما في حادث
//     مروري, قتلوا عندما انقلبت حافلتهم) or a disaster (انهار بسبب الزلزال،
//     مما أسفر عن مقتل) is no act of anybody; and, the other way, a verb
//     of striking whose subject is a bomb is that bombing (التفجير الذي
//     استهدف مسجدا: 183, Bombing);
//   - an indefinite accusative of a verbal noun after a word of killing
//     names how the victim died: مقتل طفل فلسطيني حرقا, burned to death,
//     is no burning of property;
//   - احتل with a rank as its object is "ranked": تحتل الإمارات المركز
//     الأول, احتلت المرتبة الخامسة;
//   - a meeting (التقى, لقاء) in a report of sport is a match: وتلتقي
//     ليبيا مع رواندا in an article on a draw of qualifiers; talks with a
//     player or a coach are a club's business (مفاوضات الاتحاد مع المدرب);
//   - اجتماع after علم or عالم is society, the science of it: عالم
//     الاجتماع الفرنسي is a sociologist, no meeting;
//   - a verbal noun indefinite right after an elative is its
//     specification (الدول الأكثر زيارة, المناطق الأكثر تضررا): a ranking
//     or a quality, no act (على الأقل, at least, is no elative); a price paid (ستدفع إسرائيل ثمنا باهظا) is no
//     praise (ثمّن); تجمع after a preposition is the noun, a gathering
//     (هجوم على تجمع لهم), not the verb of a rally;
//   - a warning of the weather or of nature (حذرت هيئة الأرصاد من خطر
//     التعرض المباشر لأشعة الشمس, من مجاري السيول) is an advisory to the
//     public, no comment on an actor; a request to convey one's greetings
//     (طلب نقل تحياته إلى أخيه) is a courtesy, no appeal;
//   - بحث عن is seeking (يبحث عن الأعداء), no consultation; a text as the
//     subject of دعا (وتدعو الخطة إلى) states a provision, no appeal;
//     دافع عن وطننا is armed defence, not verbal; سجن after a preposition
//     or a word of its running (في سجن جزيرة أمرالي, مدير سجن) is the
//     prison, a place;
//   - a verbal noun that is conceded (على الرغم من رفض), the topic of the
//     noun before it (خلافات تتعلق برفض, حول, بشأن), one of two
//     alternatives (أو التهديد بها) or what a thing is described as
//     (وصفها بالتهديد) names no act; nor does one after a preposition of
//     past time (بعد توقيع الاتفاق, منذ انطلاقها, بعد 12 عاما من
//     المفاوضات: the time of the clause's act), but for a meeting, a
//     visit, an attack or a toll, the occasion of the clause;
//   - any act in a report of sport with no official beside it is sport's
//     business (انسحب العراق من البطولة);
//   - an event verb's form shaped as a noun is that noun: صرحا اقتصاديا
//     (an edifice), وقرار وأيد مصرية (hands), بحذر and يقظة وحذرا
//     (caution);
//   - the noun of threat is a danger (التهديدات الناجمة عن الصراع, داعش
//     تهديد مشترك) but as the object of a verb of making or suffering
//     (وجه تهديدات, تعرض لتهديدات), with its content (تهديده بالانسحاب),
//     replied to, or in a headline; a definite verbal noun in the genitive
//     of a noun of its parts, count, date, place or a body named after it
//     (تفاصيل المفاوضات, تاريخ الزيارة, مكتب الدعوة) is the matter the head
//     names;
//   - a quantity noun before the act launched (شن سلسلة غارات) measures
//     it (Measures): no word of background;
//   - a threat or a charge with the article that a verb of facing takes
//     (التهديدات التي يواجهها الأمن القومي) is a danger borne, and a charge
//     denied or called baseless (نفى الاتهامات, الاتهامات لا أساس لها) is
//     the charge of others: neither is an act of the sentence's parties;
//     the bell of a warning (جرس الإنذار) is an alarm, no ultimatum;
//   - اجتمع with ordinary people as subject (اجتمع شباب) is a gathering,
//     talks in a sentence of buyers and sellers are trade, and أيد before
//     a verb of the present (وأيدٍ تدمر) is hands;
//   - a verbal noun as the subject of إنّ or أنّ with a predicate of the
//     future (إن رفض الكونغرس للاتفاق سيسبب له إحراجا) is an act weighed,
//     not one that took place, as is the verb after من شأنه أن (من شأنه
//     أن يهدد), and an act that a verb of avoiding takes (تحاشى دعوة
//     روسيا, بتجنب السفر) is one not done (noun.go);
//   - طلب with على after it (طلب مرتفع على السيارات) or joined to a word
//     of buying or supply (العرض والطلب) is market demand; دعوة of one
//     who prays (دعوة المظلوم) a prayer; خطف with a player or a prize as
//     object (خطف اللاعب, خطف الفوز) a signing or a snatch in sport, and
//     ضبط with an order as object (ضبط الأمن, ضبط النفس) keeping it;
//     استثمر with a season or a chance (يستثمر موسم العيد) "made use of";
//     a meeting room (قاعة الاجتماعات) a place; an application filed
//     (تقديم طلب التأشيرة) and one's staff urged (حث الموظفين) no act of
//     actors; a charge called wrong or
//     cleared (خطأ الاتهامات, ببراءته من اتهامات) the charge of others;
//     and a call or an urging that continues a verb whose subject is a
//     work or an occasion (افتتاح القناة يحيي … ويحثهم) a thing that
//     spurs, no appeal;
//   - any act in a sentence of music or the screen (an album, a song, a
//     singer) with no official beside it, in an article of the arts, is
//     the artists' business (ويتعاون المطرب في أغنيات الألبوم مع الشاعر);
//     a warning in the genitive of a bell, indefinite too (جرس إنذار), an
//     alarm; charges that range (تراوحت الاتهامات بين) the charges of a
//     case; هدد with a life as object (تهدد حياة الأهالي) a danger;
//     عارضا عليه showing; a verbal noun after عن and a verb of rumour
//     (تواترت الأنباء عن اعتقاله) hearsay; a call answered (لبى نداء
//     الواجب, استجابت لنداء استغاثة) the call of before, no appeal of the
//     sentence; and a verbal noun that opens
//     its clause with a negated or future predicate of the third person
//     (ورفض دعمها لا ينفي; إن المفاوضات لم تكن لتلبي) an act weighed;
//   - a conference noun that names a party (المؤتمر الشعبي العام, حزب
//     المؤتمر) is no conference, nor قمة of a feeling or a height (في
//     قمة السعادة); nor is a draft or a project approved (وافق
//     مجلس الوزراء على مشروع القرار) a yielding; a denial joined by أو to a confirmation
//     (لا يمكنه تأكيد أو نفي الوفيات) states neither; an explosion a fire
//     holds or causes (دوت انفجارات في منطقة الحريق, حريق وانفجار) is the
//     fire's, no bombing;
//   - a verbal noun after a noun of pace (وزادت وتيرة هجمات المسلحين) is
//     a trend, one after ل and a noun of starting (للبدء في مفاوضات,
//     لاستئناف مفاوضات جنيف) an aim not begun, and one right after هو or
//     هي (ما يوحدهم هو رفض رؤية إيران) the predicate of a nominal
//     sentence: none tells an act (noun.go); a club's officers and the
//     team (رئيس النادي, مدير الفريق, الفريق) are no officials in a
//     report of sport; مسيرة after a craft (طائرة مسيرة) is a drone, and a
//     crowd gathered to watch or welcome (تجمع العشرات لمشاهدة) no rally
//     (crowd.go); the formula of anonymity (طلب عدم الكشف عن هويته), demand
//     (طلبا متزايدا) and a visit visa or place (تأشيرة الزيارة) no act (formula.go).
package sense

import (
	"bufio"
	_ "embed"
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Pattern gives the lemma of the event pattern that token k matches, ""
// if it is no event word, and whether that pattern is a verb's.
type Pattern func(k int) (lemma string, verb bool)

// Idle returns, in order, the tokens whose event reading is a sense that
// names no act. sents are the document's sentences over the same text as
// toks.
func Idle(toks []news.Token, sents []news.Sentence, pattern Pattern) []int {
	lemma := func(k int) string { l, _ := pattern(k); return l }
	var out []int
	sport, game, art, si := -1, -1, -1, 0 // words of sport, of games and of the arts in the article, counted once
	type class struct {
		si int
		c  string
	}
	counted := map[class]int{}
	inSent := func(si int, c string) int {
		n, ok := counted[class{si, c}]
		if !ok {
			a, b := span(toks, sents, si)
			n = count(toks, a, b, c)
			counted[class{si, c}] = n
		}
		return n
	}
	for k := range toks {
		l, verb := pattern(k)
		if l == "" {
			continue
		}
		for si+1 < len(sents) && sents[si].End <= toks[k].Start {
			si++
		}
		w, t := toks[k].Norm, &toks[k]
		if sport < 0 {
			sport, game, art = countEach(toks, "sport", "game", "art")
		}
		switch {
		case Formula(toks, k, l, verb):
			out = append(out, k) // طلب عدم الكشف عن هويته; طلبا متزايدا; تأشيرة الزيارة: a phrase of news, no act
		case words["meet"][l] || is("meet", t):
			if sporting(inSent, si, "sport", sport, true) {
				out = append(out, k)
			}
		case sporting(inSent, si, "game", game, false):
			out = append(out, k) // وتلتقي ليبيا مع رواندا; انسحب العراق من البطولة: sport
		case sporting(inSent, si, "art", art, false):
			out = append(out, k) // ويتعاون المطرب في أغنيات الألبوم مع الملحن: the arts' business
		case is("alarm", tok(toks, k-1)):
			out = append(out, k) // كانت تمثل جرس إنذار لهم: an alarm, no ultimatum
		case !verb && is("general", tok(toks, k-1)) && is("secretary", tok(toks, k-2)):
			out = append(out, k) // أمين عام مؤتمر وزراء الأوقاف: the body he heads, no meeting
		case verb && words["approve"][l] && passed(toks, k):
			out = append(out, k) // وافق مجلس الوزراء على مشروع القرار: a text passed, no yielding
		case !verb && is("summit", t) && is("peak", tok(toks, k+1)):
			out = append(out, k) // في قمة السعادة: a peak, no summit
		case !verb && is("conference", t) && (named(toks, k) || is("party", tok(toks, k-1))):
			out = append(out, k) // المنشق عن المؤتمر الشعبي العام; حزب المؤتمر: a party, no conference
		case words["denial"][l] && (is("or", tok(toks, k-1)) && is("confirm", tok(toks, k-2)) || is("or", tok(toks, k+1)) && is("confirm", tok(toks, k+2))):
			out = append(out, k) // لا يمكنه تأكيد أو نفي الوفيات: neither confirmed nor denied
		case word(toks, k-1) == "من" && (is("gain", tok(toks, k-2)) || is("gain", tok(toks, k-3))):
			out = append(out, k) // المستفيد الأكبر من ضرب القوات: gains weighed, no act (after من, a noun even in a verb's spelling)
		case !verb && is("partake", t) && partook(toks, k):
			out = append(out, k) // مشاركة إردوغان في الغارات على داعش: fighting in a campaign, no visit
		case !verb && words["charge"][l] && is("range", tok(toks, k-1)):
			out = append(out, k) // تراوحت الاتهامات بين القتل وحيازة المتفجرات: the charges of a case
		case (words["threat"][l] || is("menace", t)) && is("life", tok(toks, k+1)):
			out = append(out, k) // معدلات وبائية تهدد حياة الأهالي: a danger to lives
		case is("show", t) && is("onhim", tok(toks, k+1)):
			out = append(out, k) // عارضا عليه هذه الوثائق: showing, no opposition
		case is("plea", t) && inClause(toks, k, 3, func(j int) bool { return is("heed", &toks[j]) }):
			out = append(out, k) // ولبوا نداءها; استجابت لنداء استغاثة: a call answered, the answer is the act
		case word(toks, k-1) == "عن" && inClause(toks, k-1, 4, func(j int) bool { return is("rumour", &toks[j]) }):
			out = append(out, k) // الأنباء التي تواترت عن رفضهم الهدنة: reports of an act
		case !verb && timed(toks, k) && !is("occasion", t) && !words["occasion"][l] && !words["toll"][l] && !words["damage"][l] && !is("accident", t):
			out = append(out, k) // بعد توقيع الاتفاق; منذ انطلاقها; بعد 12 عاما من المفاوضات: the time of another act
		case (!verb || w == l) && (rated(toks, k) || begun(toks, k) || copular(toks, k)) || !verb && intercepted(toks, k):
			out = append(out, k) // وتيرة هجمات; للبدء في مفاوضات; ما يوحدهم هو رفض; اعتراض مكالمات: a trend, an aim, a predicate, calls spied on
		case !verb && (called(toks, k, lemma) || stipulated(toks, k) || trend(toks, k) || pointed(toks, k, lemma) || words["charge"][l] && borne(toks, k)):
			out = append(out, k) // دعا … لزيارة; ينص على انسحاب; دعوات متزايدة; هذه المفاوضات; واجه 32 شخصا اتهامات: no act told
		case !verb && lexicon.Definite(&toks[k]) && ((words["threat"][l] || words["charge"][l]) && faced(toks, k) || words["charge"][l] && denied(toks, k)):
			out = append(out, k) // التهديدات التي يواجهها; نفى الاتهامات; الاتهامات لا أساس لها: a danger or a charge of others
		case !verb && words["charge"][l] && cleared(toks, k):
			out = append(out, k) // خطأ الاتهامات; ببراءته من اتهامات بالاحتيال: a charge rejected
		case !verb && piloted(toks, k) || verb && words["rally"][l] && crowded(toks, k):
			out = append(out, k) // طائرة مسيرة: a drone; تجمع العشرات لمشاهدة رجل: a crowd, no rally (crowd.go)
		case verb && words["gather"][l] && gathered(toks, k) || verb && is("hands", t) && hands(toks, k, pattern):
			out = append(out, k) // اجتمع شباب أتراك: people gathering; وأيدٍ تدمر: hands
		case (!verb || (w == l || w == "و"+l) && !is("after", tok(toks, k-2))) && (foretold(toks, k) || headed(toks, k)) && !is("occasion", t) && !words["occasion"][l] && !words["toll"][l] && !words["damage"][l]:
			out = append(out, k) // إن رفض الكونغرس للاتفاق سيسبب له إحراجا: an act weighed
		case avoided(toks, k) || verb && potential(toks, k):
			out = append(out, k) // تحاشى دعوة روسيا; من شأنه أن يهدد: an act not done, or one that could be
		case words["talks"][l] && inSent(si, "trade") > 0:
			out = append(out, k) // شن عدد من المشترين مفاوضات مع أحد المنتجين: trade between firms
		case !verb && words["threat"][l] && (si > 0 || len(sents) < 2) && !made(toks, k) && !(strings.HasPrefix(w, "و") && lemma(k-1) != ""):
			out = append(out, k) // التهديدات الناجمة عن الصراع; داعش تهديد مشترك: a danger, no act of threatening
		case !verb && matter(toks, k) && !words["toll"][l] && !words["damage"][l]:
			out = append(out, k) // تفاصيل المفاوضات; تاريخ الزيارة; مكتب الدعوة: the matter the head names, no act
		case verb && nominal(toks, k, w, lemma):
			out = append(out, k) // يخلق صرحا اقتصاديا; وقرار وأيد مصرية: a noun
		case is("elative", tok(toks, k-1)) && !strings.HasPrefix(w, article) && !is("on", tok(toks, k-2)):
			out = append(out, k) // الدول الأكثر زيارة: a specification of the elative, a ranking
		case is("price", t) && (is("pay", tok(toks, k-1)) || is("pay", tok(toks, k-2)) || is("costly", tok(toks, k+1))):
			out = append(out, k) // ستدفع إسرائيل ثمنا باهظا: a price paid, no praise
		case words["release"][l] && freed(toks, k):
			out = append(out, k) // الإفراج عن 12 طائرة: arms, goods or funds, no person (freed)
		case words["consult"][l] && word(toks, k+1) == "عن":
			out = append(out, k) // يبحث عن الأعداء: seeking, no consultation
		case words["call"][l] && (is("text", tok(toks, k+1)) || spurred(toks, k)):
			out = append(out, k) // وتدعو الخطة إلى: a text's provision; افتتاح القناة يحيي … ويحثهم: a thing that spurs; no appeal
		case words["defend"][l] && word(toks, k+1) == "عن" && is("homeland", tok(toks, k+2)):
			out = append(out, k) // ندافع عن وطننا: armed defence, not verbal
		case is("prison", t) && (is("prep", tok(toks, k-1)) || is("keeper", tok(toks, k-1))):
			out = append(out, k) // في سجن جزيرة أمرالي: the prison, a place
		case conceded(toks, k) || topic(toks, k, w) || alternative(toks, k, w) || described(toks, k, w):
			out = append(out, k) // على الرغم من رفض; تتعلق برفض; أو التهديد; وصفها بالتهديد: a noun that names no act
		case is("gathering", t) && is("prep", tok(toks, k-1)):
			out = append(out, k) // هجوم على تجمع لهم: the noun, a gathering, no rally
		case is("time", t):
			if !is("self", tok(toks, k+1)) {
				out = append(out, k)
			}
		case is("dawn", t) && is("day", tok(toks, k+1)):
			out = append(out, k)
		case words["toll"][l] && Accidental(toks, k, l):
			out = append(out, k)
		case words["strike"][l] && (natural(toks, k) || is("nature", tok(toks, k-2))):
			out = append(out, k)
		case Manner(t):
			if killed(k, lemma) {
				out = append(out, k)
			}
		case is("gathering", t):
			if struck(toks, k, lemma) {
				out = append(out, k)
			}
		case words["blast"][l] || words["blastsound"][l]:
			if is("abstract", tok(toks, k+1)) || is("abstract", tok(toks, k-1)) || fiery(toks, k) || burst(toks, k) {
				out = append(out, k) // وتفجرت الفضيحة; دوت انفجارات في منطقة الحريق; انفجار أحد إطاراتها: no bombing
			}
		case words["occupy"][l]:
			if ranked(toks, k) {
				out = append(out, k)
			}
		case is("society", t) && is("science", tok(toks, k-1)):
			out = append(out, k) // عالم الاجتماع: a sociologist
		case words["warn"][l] && (follows(toks, k, 24, "hazard") || warnedOf(toks, k)):
			out = append(out, k) // حذرت هيئة الأرصاد من خطر التعرض لأشعة الشمس: an advisory
		case is("mission", t) && (word(toks, k+1) == "غير" && words["muslims"][word(toks, k+2)] || is("upto", tok(toks, k+1)) && words["faith"][word(toks, k+2)]):
			out = append(out, k) // ودعوة غير المسلمين, الدعوة إلى الله: preaching
		case is("mission", t) && (is("religion", tok(toks, k+1)) || is("religion", tok(toks, k-1))) && strings.Contains(w, article):
			out = append(out, k) // وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد: the mission of Islam
		case words["visit"][l] && follows(toks, k, 3, "sick"):
			out = append(out, k) // زيارتها للأسرى في مستشفى الرملة: a visit to the sick or the held
		case is("through", t) && is("upto", tok(toks, k+1)):
			out = append(out, k) // مرورا بأفغانستان، وصولا إلى العراق: up to, no arrival
		case words["ask"][l] && greets(toks, k):
			out = append(out, k) // طلب نقل تحياته إلى أخيه: a courtesy
		case words["talks"][l] && squad(toks, sents, si):
			out = append(out, k)
		case words["ask"][l] && demanded(toks, k):
			out = append(out, k) // طلب مرتفع على السيارات; العرض والطلب: demand in a market, no request
		case is("mission", t) && (is("supplicant", tok(toks, k+1)) || follows(toks, k, 3, "answer")):
			out = append(out, k) // يسمع دعوة الداعي ويجيبه: a prayer, no appeal
		case otherObject(toks, k, l):
			out = append(out, k) // تسعى لخطف اللاعب; خطف الفوز; ضبط الأمن: a signing, a snatch in sport, keeping order
		case words["ask"][l] && is("submit", tok(toks, k-1)) && is("form", tok(toks, k+1)):
			out = append(out, k) // عند تقديم طلب التوظيف: an application filed
		case words["urge"][l] && follows(toks, k, 3, "staff"):
			out = append(out, k) // وحث سموه الموظفين على بذل المزيد: a superior's exhortation
		case verb && words["condemn"][l] && owes(toks, k):
			out = append(out, k) // وتدين كولومبيا بالفضل لحارسها: owes, no condemnation
		case words["invest"][l] && follows(toks, k, 4, "season"):
			out = append(out, k) // يستثمر شباب الأحساء موسم العيد: made use of
		}
	}
	return out
}

// Manner reports whether a normalised word is an accusative of manner
// (حرقا, ذبحا, طعنا): after a verb of killing it is never its object
// (قتل طفل فلسطيني حرقا: a child was burned to death).
func Manner(t *news.Token) bool { return is("manner", t) }

// sporting reports whether sentence si is a report of sport with no
// title or role of an official in it: a word of class c in it and at
// least four in the article (n), or, for a meeting (meet), either of the
// two (a meeting of teams is a match). Its acts are the business of sport
// between clubs, teams and their federations (انسحب العراق من البطولة,
// وافق أمناء الاتحادات على طلب الاتحاد الكويتي لكرة القدم تأجيل
// البطولة), no act of a political actor. inSent counts the words of a
// class in a sentence (Idle counts each sentence and class once).
func sporting(inSent func(si int, c string) int, si int, c string, n int, meet bool) bool {
	if meet && n < 4 && inSent(si, c) == 0 || !meet && (n < 4 || inSent(si, c) == 0) {
		return false
	}
	return inSent(si, "role") == 0
}

// timed reports whether the verbal noun at k is the complement of a
// preposition of past time (بعد توقيع الاتفاق, منذ انطلاق المفاوضات, فور
// طلب المجلس), itself or after a span of time, with its adjective, and
// من (بعد 12 عاما من المفاوضات, بعد دقائق معدودة من التوقيع): it names the time of the
// clause's act, an act known before, no news of its own. A meeting, a
// visit or an attack after it (قال لافروف بعد اجتماع مع كيري, اثر
// الضربات) is the occasion of the clause, the same day's news: the
// caller leaves them.
func timed(toks []news.Token, k int) bool {
	p := word(toks, k-1)
	if p == "من" && (words["span"][word(toks, k-2)] || words["span"][word(toks, k-3)] && word(toks, k-2) != "" && !strings.HasPrefix(word(toks, k-2), article)) {
		return true // بعد 12 عاما من المفاوضات, بعد دقائق (معدودة) من التوقيع (not العام من)
	}
	return is("after", tok(toks, k-1))
}

// nominal reports whether the event word at k, without the article, has
// the shape of a noun in its context (its pattern a verb's): an indefinite accusative (صرحا)
// followed by an indefinite adjective of relation in the accusative
// (صرحا اقتصاديا, an edifice), a word joined by و to an indefinite noun,
// or to the indefinite adjective of relation of the conjunct before it,
// and followed by an indefinite adjective of relation (وقرار وأيد مصرية,
// بأموال مصرية وأيد مصرية: hands, the parallel of the list), the accusative joined to an indefinite feminine noun (يقظة
// وحذرا, caution), or the word with ب (بحذر, cautiously: a verb never
// takes a preposition). A verb takes no adjective; an adverb of manner (صرحا
// رسميا, the two declared officially) is no adjective of it.
func nominal(toks []news.Token, k int, w string, lemma func(int) string) bool {
	if strings.HasPrefix(w, article) {
		return false
	}
	prev := word(toks, k-1)
	switch w {
	case "ب" + lemma(k):
		return true // توسع بحذر: a verb never takes ب; the verbal noun, an adverb of manner
	case "و" + lemma(k) + "ا":
		if strings.HasSuffix(prev, "ة") && !strings.HasPrefix(prev, article) && lemma(k-1) == "" {
			return true // يتطلب يقظة وحذرا: joined to an indefinite feminine noun, an accusative noun
		}
	}
	adj := word(toks, k+1)
	if strings.HasPrefix(adj, article) || is("adverb", tok(toks, k+1)) || len([]rune(adj)) < 4 {
		return false
	}
	if strings.TrimLeft(w, "وف") == lemma(k)+"ا" && strings.HasSuffix(adj, "يا") {
		return true // صرحا, the lemma with the alif of the accusative (not دعا بريطانيا)
	}
	return strings.HasPrefix(w, "و") && strings.HasSuffix(adj, "ية") &&
		(strings.HasPrefix(prev, "و") || strings.HasSuffix(prev, "ية")) && !strings.Contains(prev, article) && lemma(k-1) == ""
}

// Measures returns the quantity nouns (سلسلة, موجة) that measure the act
// noun after them, itself or after من, as the object of an event verb
// within the four words before, its subject between them (شن طيران
// التحالف سلسلة غارات, نفذت سلسلة من الضربات): the act the verb launches,
// a series of strikes that day, not the background a series of crimes or
// a wave of attacks over months is (ضمن سلسلة هجمات, موجة العنف).
func Measures(toks []news.Token, pattern Pattern) []int {
	var out []int
	for k := range toks {
		if !is("measure", tok(toks, k)) || strings.HasPrefix(word(toks, k), article) {
			continue
		}
		n := k + 1
		if word(toks, n) == "من" {
			n++
		}
		if l, verb := pattern(n); l == "" || verb {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-4 && toks[j].Kind == news.Word; j-- {
			if _, verb := pattern(j); verb {
				out = append(out, k)
				break
			}
		}
	}
	return out
}

// matter reports whether the verbal noun at k, definite, is the genitive
// of a noun of its parts or course, its count, date or place, or a body
// or means named after it (تفاصيل المفاوضات, سير المحادثات, عدد
// الغارات, تاريخ الزيارة, موقع التفجير, مكتب الدعوة, طاولة التفاوض): the
// clause tells of the head, the act is the matter it names, known
// before or to come. A noun of a stage of the act (استمرار الاشتباكات,
// ختام الاجتماع) is no such head: the act goes on.
func matter(toks []news.Token, k int) bool {
	if k == 0 || toks[k].Kind != news.Word || !lexicon.Definite(&toks[k]) || toks[k-1].Kind != news.Word || lexicon.Definite(&toks[k-1]) {
		return false
	}
	return is("matter", &toks[k-1])
}

// demanded reports whether the noun of request at k is demand in a
// market: على right after it or after a word of its size (طلب مرتفع على
// السيارات), but not على الفور, or joined by و to a word of buying or
// supply before it (العرض والطلب, التسوق وطلب العقال).
func demanded(toks []news.Token, k int) bool {
	j := k + 1
	if is("amount", tok(toks, j)) {
		j++
	}
	if word(toks, j) == "علي" && !is("haste", tok(toks, j+1)) {
		return true
	}
	return strings.HasPrefix(toks[k].Norm, "و") && is("market", tok(toks, k-1))
}

// made reports whether the noun of threat at k names an act of
// threatening: the object of a verb of making or of renewing (وجه
// تهديدا, جدد تهديداته) or of suffering (تعرض لتهديدات, تلقى تهديدات)
// within the four words before it, its subject between them, the noun
// with its content joined by ب within the two words after it (تهديده
// بالانسحاب, تهديد إيران بإغلاق المضيق) or with its twin (تهديد ووعيد),
// or the threats replied to (ردا على تهديدات أوباما). (One joined by و
// to an act noun before it is one of the acts listed, the caller keeps it:
// ضربهم أثناء الاحتجاز وتهديدهم.) Elsewhere, but in a headline
// (the first sentence of a document of more than one), the noun is a danger, a state of things (التهديدات الناجمة عن الصراع,
// زوال التهديد الذي يمثله التنظيمان, داعش تهديد مشترك, يشكل تهديدا):
// no act by anybody.
func made(toks []news.Token, k int) bool {
	for j := k + 1; j <= k+2; j++ {
		if w := word(toks, j); strings.HasPrefix(w, "ب") && len([]rune(w)) > 3 && !is("prep", &toks[j]) || j == k+1 && is("menace", &toks[j]) {
			return true // تهديده بالانسحاب; تهديد ووعيد
		}
	}
	if word(toks, k-1) == "علي" && is("reply", tok(toks, k-2)) {
		return true // ردا على تهديدات أوباما: threats made, replied to
	}
	return inClause(toks, k, 4, func(j int) bool { return is("utter", &toks[j]) })
}

// squad reports whether sentence si names a player, a coach or a club's
// signing.
func squad(toks []news.Token, sents []news.Sentence, si int) bool {
	a, b := span(toks, sents, si)
	return count(toks, a, b, "squad") > 0
}

// killed reports whether a word of killing (its lemma of class toll)
// stands within the three words before k.
func killed(k int, lemma func(int) string) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if words["toll"][lemma(j)] {
			return true
		}
	}
	return false
}

// struck reports whether a verb of striking (its lemma of class aim)
// stands within the seven words before k, with no punctuation between:
// the word at k is then its object (استهدفت الطائرات السورية تجمعا
// للمسلحين: a gathering, not the dual of تجمع), or a verbal noun of
// striking right before it, its head (استهداف تجمع «أشكول»: the site
// struck).
func struck(toks []news.Token, k int, lemma func(int) string) bool {
	return inClause(toks, k, 7, func(j int) bool { return words["aim"][lemma(j)] }) || is("assault", tok(toks, k-1))
}

// inClause reports whether ok holds for a word within the n words before
// k with no punctuation between it and k.
func inClause(toks []news.Token, k, n int, ok func(j int) bool) bool {
	for j := k - 1; j >= 0 && j >= k-n; j-- {
		if toks[j].Kind == news.Punctuation {
			return false
		}
		if ok(j) {
			return true
		}
	}
	return false
}

// conceded reports whether the word at k follows رغم (رغم رفض, برغم)
// or الرغم من (على الرغم من رفض, بالرغم من تهديدات): a concession.
func conceded(toks []news.Token, k int) bool {
	return is("despite", tok(toks, k-1)) || word(toks, k-1) == "من" && is("despite", tok(toks, k-2))
}

// topic reports whether the word at k is the topic of the noun before it:
// after حول or بشأن, or joined by ب to a word of relating (تتعلق برفض).
func topic(toks []news.Token, k int, w string) bool {
	p := word(toks, k-1)
	if p == "حول" || p == "بشان" {
		return true
	}
	return strings.HasPrefix(w, "ب") && words["topic"][p]
}

// alternative reports whether the word at k, definite, stands right
// before or after أو (التلويح بها أو التهديد, الاعتقال أو النفي): one of
// two alternatives named, no act that took place.
func alternative(toks []news.Token, k int, w string) bool {
	return strings.HasPrefix(w, article) && (is("or", tok(toks, k-1)) || is("or", tok(toks, k+1)))
}

// described reports whether the word at k, definite and joined by ب
// (بالتهديد), is the predicate of a verb of describing within the six
// words before it (وصف هذه المقاطعة بالتهديد: its subject and object
// between them).
func described(toks []news.Token, k int, w string) bool {
	if !strings.HasPrefix(w, "ب"+article) {
		return false
	}
	return inClause(toks, k, 6, func(j int) bool { return is("describe", &toks[j]) })
}

// fiery reports whether the explosion at k is a fire's (data/senses.txt,
// class fire): a fire after a word of its place or cause within five
// words of its clause (في منطقة الحريق, سببه حريق), or a fire right before
// it, or before its وقوع, joined by و (حريق وانفجار, حريق ووقوع انفجار).
func fiery(toks []news.Token, k int) bool {
	j := k
	if ahead(toks, k, 5, false, func(t *news.Token) bool {
		j++
		return is("fire", t) && is("fireplace", tok(toks, j-1))
	}) {
		return true
	}
	if p := k - 1; is("befall", tok(toks, p)) && strings.HasPrefix(word(toks, p), "و") {
		return is("fire", tok(toks, p-1))
	}
	return strings.HasPrefix(toks[k].Norm, "و") && is("fire", tok(toks, k-1))
}

// passed reports whether على comes within eight words of the clause
// after the verb at k (past its subject) with a law, a budget or the
// making of a work right after it (data/senses.txt, class bill), or a
// draft of one or of a decision (مشروع القرار).
func passed(toks []news.Token, k int) bool {
	j := k
	return ahead(toks, k, 8, true, func(t *news.Token) bool {
		j++
		return t.Norm == "علي" && (is("bill", tok(toks, j+1)) || is("draft", tok(toks, j+1)) && (is("bill", tok(toks, j+2)) || is("decree", tok(toks, j+2))))
	})
}

// named reports whether the noun at k, with the article, is followed by
// a definite adjective of relation and العام (المؤتمر الشعبي العام): the
// name of a standing body.
func named(toks []news.Token, k int) bool {
	a := word(toks, k+1)
	return lexicon.Definite(&toks[k]) && strings.HasPrefix(a, article) && strings.HasSuffix(a, "ي") && is("general", tok(toks, k+2))
}

// ranked reports whether a rank follows the verb at k within four words
// of its clause: a word of rank (المرتبة, الصدارة), or a place in a
// ranking with the article (المركز الأول).
func ranked(toks []news.Token, k int) bool {
	return ahead(toks, k, 4, false, func(t *news.Token) bool {
		return is("rank", t) || is("ranked", t) && strings.Contains(t.Norm, article)
	})
}

// follows reports whether a word of class c follows k within n words of
// its sentence (commas do not end it).
func follows(toks []news.Token, k, n int, c string) bool {
	return ahead(toks, k, n, true, func(t *news.Token) bool { return is(c, t) })
}

// greets reports whether a word of conveying followed by a greeting
// (نقل تحياته) comes within seven words after the request at k, past its
// subject (طلب جلالة الملك عبدالله الثاني نقل تحياته).
func greets(toks []news.Token, k int) bool {
	j := k
	return ahead(toks, k, 7, false, func(t *news.Token) bool {
		j++
		return is("convey", t) && is("greeting", tok(toks, j+1))
	})
}

// ahead reports whether f holds for the normalised word of one of the n
// tokens after k, before a punctuation mark (but a comma, if commas).
func ahead(toks []news.Token, k, n int, commas bool, f func(t *news.Token) bool) bool {
	for j := k + 1; j < len(toks) && j <= k+n; j++ {
		if toks[j].Kind == news.Punctuation && !(commas && aside(toks[j].Text)) {
			return false
		}
		if f(&toks[j]) {
			return true
		}
	}
	return false
}

// span returns the token range [a, b) of sentence si, the whole document
// when there are no sentences.
func span(toks []news.Token, sents []news.Sentence, si int) (int, int) {
	if len(sents) == 0 {
		return 0, len(toks)
	}
	s := sents[si]
	a, b := 0, len(toks)
	for a < b && toks[a].End <= s.Start {
		a++
	}
	for j := a; j < len(toks); j++ {
		if toks[j].Start >= s.End {
			b = j
			break
		}
	}
	return a, b
}

// count counts the tokens of [a, b) whose word is of class c: the classes
// of data/senses.txt, and "role" for the titles, roles and ranks of the
// lexicon (رئيس, وزير, الفريق: a meeting of officers and officials) and
// the government or the authorities of a state (governs), but
// not those of sport: a rank that is itself a word of sport is the team
// (سيبدأه الفريق, مع الفريق) unless a rank follows it (الفريق الركن,
// الفريق أول), and a role whose phrase reaches a word of sport is the
// club's or the team's officer (clubOfficer), no official of a state.
func count(toks []news.Token, a, b int, c string) int {
	n := 0
	for j := a; j < b; j++ {
		if c == "role" && stateOfficial(toks, j) || c != "role" && is(c, &toks[j]) {
			n++
		}
	}
	return n
}

// stateOfficial reports whether token j is what count counts as "role": a
// title, role or rank that is neither the team nor a club's officer, or
// the government of a state. The word of sport is looked up only for a
// word of the lexicon's officials.
func stateOfficial(toks []news.Token, j int) bool {
	w := toks[j].Norm
	return official(w) && !team(toks, j) && !clubOfficer(toks, j) || governs(w)
}

// team reports whether token j is a word of sport with no rank after it
// (الفريق, not الفريق الركن or الفريق أول: a general).
func team(toks []news.Token, j int) bool {
	return is("sport", tok(toks, j)) && !words["rankof"][word(toks, j+1)]
}

// countEach counts the words of the document in each of three classes in
// one pass, reading each token's forms once (as three calls of count
// would, three times over).
func countEach(toks []news.Token, c1, c2, c3 string) (n1, n2, n3 int) {
	k1, k2, k3 := index[c1], index[c2], index[c3]
	s1, s2, s3 := k1.words(), k2.words(), k3.words()
	for j := range toks {
		t := &toks[j]
		h1, h2, h3 := s1[t.Norm], s2[t.Norm], s3[t.Norm]
		if !(h1 && h2 && h3) && (k1.may(t.Norm) || k2.may(t.Norm) || k3.may(t.Norm)) {
			if fs, ok := formsOf(t); ok {
				h1 = h1 || len(s1) > 0 && fs.in(s1)
				h2 = h2 || len(s2) > 0 && fs.in(s2)
				h3 = h3 || len(s3) > 0 && fs.in(s3)
			}
		}
		n1, n2, n3 = n1+b2i(h1), n2+b2i(h2), n3+b2i(h3)
	}
	return n1, n2, n3
}

// b2i counts a true as one.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// clubOfficer reports whether the role at j heads a phrase that reaches a
// word of sport within the four words after it, before any punctuation or
// other role: a club's, a team's or a federation's officer (رئيس النادي,
// مدير الفريق, رئيس مجلس إدارة نادي الفتح, المدير الفني الجديد للفريق,
// مدير إدارة كرة القدم بالهلال). A role of a state before it (رئيس
// الوزراء المنتخب) ends the phrase first.
func clubOfficer(toks []news.Token, j int) bool {
	for q := j + 1; q <= j+4; q++ {
		t := tok(toks, q)
		if t == nil {
			return false
		}
		if team(toks, q) {
			return true // (not قائد الجيش الفريق الركن: a general)
		}
		if official(t.Norm) {
			return false
		}
	}
	return false
}

// word returns the normalised word of token j, "" outside the document
// or for punctuation.
func word(toks []news.Token, j int) string {
	if j < 0 || j >= len(toks) || toks[j].Kind != news.Word {
		return ""
	}
	return toks[j].Norm
}

// is reports whether token t's word is of class c, itself or as the
// segmenter read it without its proclitics and article (reads:
// والمنتخب → منتخب, للفريق → فريق, للقاء → لقاء); فجرا is فجرا, not ف +
// جرا. A nil token (outside the document) is of no class.
func is(c string, t *news.Token) bool {
	if t == nil {
		return false
	}
	cl := index[c]
	return cl != nil && (cl.set[t.Norm] || cl.reads(t))
}

// article is the definite article.
const article = string(arabic.Alef) + string(arabic.Lam)

//go:embed data/senses.txt
var data string

// classes holds the words of each class of data/senses.txt.
type classes map[string]map[string]bool

var words = parse(data)

// index holds each class of words with what reads needs to pass over a
// token that none of its readings can match (class.may).
var index = indexOf(words)

// parse reads data/senses.txt: a class and its words a line.
func parse(s string) classes {
	c := classes{}
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 2 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if c[f[0]] == nil {
			c[f[0]] = map[string]bool{}
		}
		for _, w := range f[1:] {
			c[f[0]][arabic.Normalize(w)] = true
		}
	}
	return c
}

// governs reports whether a normalised word, with or without its
// article, names the government or the authorities of a state (السلطات
// الإندونيسية رفضت دخول اللاعبين: a state's act in a report of sport).
func governs(w string) bool {
	lx := lexicon.Default()
	return lx.Has(w, "unnamed:government") || lx.Has(strings.TrimPrefix(w, article), "unnamed:government")
}

// official reports whether a normalised word, with or without its
// article, is a title, a role or a rank of the lexicon.
func official(w string) bool {
	lx := lexicon.Default()
	for i, x := range [2]string{w, strings.TrimPrefix(w, article)} {
		if i == 1 && x == w {
			break // no article: the same word
		}
		if e := lx.Word(x); e.Has("role") || e.Has("title") || e.Has("rank") {
			return true
		}
	}
	return false
}
