// Package honor reads the honorifics of Arabic news. An honorific noun with
// a pronoun stands for a person of a rank named before it in the article:
// «وقال سموه» for a prince or crown prince, «وأكد معاليه» for a minister,
// «وأوضح سماحته» for a cleric (a mufti, an imam, an ayatollah), «فخامته»
// for a president, «جلالته» for a king, «سعادته» for an ambassador or
// an official (excellency.txt). Package quote asks it who such a
// speaker is: the last speaker of that rank the article quoted (a
// minister merely named since, one he met, does not interrupt: Addressed),
// else the person of that rank the article named last before the
// honorific (Holder), the rank told by the words the article writes the person
// with (الأمير محمد بن سلمان، ولي العهد، وزير الخارجية عادل الجبير).
package honor

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Rank is the rank an honorific addresses.
type Rank int

// The ranks, None for a word that is no honorific.
const (
	None Rank = iota
	Prince
	Minister
	Cleric
	President
	King
	Excellency // سعادة: ambassadors and officials, the lowest rank
)

// pronounForms are the honorifics with a pronoun (normalised, without the
// conjunction): سموه، سموها …
var pronounForms = map[string]Rank{}

func init() {
	for stem, r := range map[string]Rank{"سمو": Prince, "معالي": Minister, "سماحت": Cleric, "فخامت": President, "جلالت": King, "سعادت": Excellency} {
		pronounForms[stem+"ه"] = r
		pronounForms[stem+"ها"] = r
	}
}

// Of returns the rank an honorific with a pronoun addresses (سموه →
// Prince, معاليها → Minister), None for any other word. word is
// normalised (arabic.Normalize) and without its conjunction.
func Of(word string) Rank { return pronounForms[word] }

// rankWords are the words (normalised) that give a person a rank when the
// article writes them before the name or in a role the name holds: titles,
// offices and the honorific nouns themselves (صاحب السمو الأمير …); the
// offices of Excellency are in excellency.txt.
var rankWords = withWords(map[string]Rank{
	"الامير": Prince, "الاميرة": Prince, "امير": Prince, "السمو": Prince, "سمو": Prince,
	"الوزير": Minister, "الوزيرة": Minister, "وزير": Minister, "وزيرة": Minister, "معالي": Minister,
	"المفتي": Cleric, "مفتي": Cleric, "سماحة": Cleric, "الامام": Cleric, "المرجع": Cleric,
	"فخامة": President, "الرئيس": President, "الرئيسة": President,
	"الملك": King, "الملكة": King, "جلالة": King, "العاهل": King,
}, "excellency.txt", excellencyFile, Excellency)

//go:embed excellency.txt
var excellencyFile string

// withWords adds to m, as rank r, the words of the data file text (one a
// line) that m does not rank already, and returns m.
func withWords(m map[string]Rank, name, text string, r Rank) map[string]Rank {
	err := lexicon.ReadLines(strings.NewReader(text), name, func(_ int, line string) error {
		if w := strings.TrimSpace(line); m[w] == None {
			m[w] = r
		}
		return nil
	})
	if err != nil {
		panic(fmt.Errorf("honor: %w", err)) // an embedded file: a build error
	}
	return m
}

// rankPairs are ranks of two words: ولي العهد (and ولي ولي العهد), آية
// الله, خادم الحرمين الشريفين, شيخ الأزهر, رئيس الجمهورية.
var rankPairs = map[[2]string]Rank{
	{"ولي", "العهد"}: Prince, {"اية", "الله"}: Cleric, {"شيخ", "الازهر"}: Cleric,
	{"خادم", "الحرمين"}: King, {"رئيس", "الجمهورية"}: President, {"رئيس", "الدولة"}: President,
}

// notPresident are the words after الرئيس that make it no head of state:
// الرئيس التنفيذي, الرئيس المدير العام, الرئيس العام (of an agency).
var notPresident = map[string]bool{"التنفيذي": true, "المدير": true, "العام": true}

// maxBefore is how many words before a name may carry its rank: the
// honorific and the office written before it (صاحب السمو الملكي الأمير;
// معالي محافظ المؤسسة العامة لتحلية المياه المالحة الدكتور; سماحة المفتي
// العام رئيس مجلس الإفتاء والبحوث والدراسات الإسلامية الشيخ).
const maxBefore = 14

// Holder returns the index in ents of the person addressed with rank r
// whom the text names last before the offset before, or -1. The rank
// words of a person are those among the words of the person's mentions
// before that offset (its role mentions: ولي العهد وزير الدفاع) and among
// the words up to maxBefore right before each, after no punctuation and
// no other person. A person is addressed by the highest rank he holds: a
// prince who is a minister is سموه, not معاليه.
func Holder(text string, ents []news.Entity, r Rank, before int) int {
	if r == None {
		return -1
	}
	best, at := -1, -1
	for i := range ents {
		if ents[i].Type != news.PER {
			continue
		}
		held, last := rankHeld(text, ents, i, before)
		if address(held) == r && last > at {
			best, at = i, last
		}
	}
	return best
}

// Addressed returns the rank by which the person ents[i] is addressed
// (None for no person): the ranks of the words of its mentions before the
// offset before and of the words as, the words that named it as a speaker
// (وقال معالي وزير الخارجية, resolved to the minister named before).
func Addressed(text string, ents []news.Entity, i, before int, as string) Rank {
	if i < 0 || ents[i].Type != news.PER {
		return None
	}
	held, _ := rankHeld(text, ents, i, before)
	ranks(words(as), &held)
	return address(held)
}

// rankHeld returns the ranks the person ents[i] is written with in its
// mentions before the offset before and in the words up to maxBefore right
// before each, and where its last such mention starts (-1 for none).
func rankHeld(text string, ents []news.Entity, i, before int) (held [Excellency + 1]bool, last int) {
	last = -1
	for _, m := range ents[i].Mentions {
		if m.End > before || m.Start < 0 {
			continue
		}
		last = max(last, m.Start)
		ranks(words(text[m.Start:m.End]), &held)
		ranks(wordsBefore(text, m.Start, ents), &held)
	}
	return held, last
}

// address returns the rank a person who holds the ranks held is
// addressed by: king, prince, cleric, president, minister, excellency in that order.
func address(held [Excellency + 1]bool) Rank {
	for _, r := range []Rank{King, Prince, Cleric, President, Minister, Excellency} {
		if held[r] {
			return r
		}
	}
	return None
}

// governs are the offices whose genitive names another's rank: نائب خادم
// الحرمين الشريفين، مستشار الملك، مساعد الوزير، سفير خادم الحرمين.
var governs = map[string]bool{
	"نائب": true, "مستشار": true, "مساعد": true, "وكيل": true, "ممثل": true, "مبعوث": true,
	"سفير": true, "مندوب": true, "ديوان": true, "حرس": true, "مكتب": true,
}

// ranks marks in held the ranks the words ws (normalised) name by a word
// or a pair, but not one an office governs (governs).
func ranks(ws []string, held *[Excellency + 1]bool) {
	for i, w := range ws {
		if i > 0 && governs[ws[i-1]] {
			continue // نائب خادم الحرمين: the king's deputy, no king
		}
		next := ""
		if i+1 < len(ws) {
			next = ws[i+1]
		}
		if r := rankWords[w]; r != None && !(r == President && notPresident[next]) {
			held[r] = true
		}
		held[rankPairs[[2]string{w, next}]] = true
	}
}

// words returns the normalised words of s.
func words(s string) []string {
	ws := strings.Fields(arabic.Normalize(s))
	for i, w := range ws {
		ws[i] = strings.TrimFunc(w, func(c rune) bool { return !unicode.IsLetter(c) })
	}
	return ws
}

// wordsBefore returns the words up to maxBefore right before offset at,
// stopping at punctuation and at another person's mention.
func wordsBefore(text string, at int, ents []news.Entity) []string {
	from := at
	for n := 0; n < maxBefore; n++ {
		s := strings.TrimRightFunc(text[:from], unicode.IsSpace)
		if c, _ := utf8.DecodeLastRuneInString(s); s == "" || !unicode.IsLetter(c) || inPerson(len(s)-1, ents) {
			break
		}
		from = strings.LastIndexFunc(s, unicode.IsSpace) + 1
	}
	return words(text[from:at])
}

// inPerson reports whether offset k is inside a person's mention.
func inPerson(k int, ents []news.Entity) bool {
	for _, e := range ents {
		if e.Type != news.PER {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start <= k && k < m.End {
				return true
			}
		}
	}
	return false
}
