// Package anaphor resolves the definite nouns by which Arabic news refers
// back to a group it has named (package event reads them as that group):
// after جماعة الحوثي, «الجماعة» is the Houthis; after حزب العمال
// الكردستاني, «معسكرات الحزب» are the PKK's; the place an article is
// set in, which its sentences may leave unnamed (Scene); and the country
// whose government «الحكومة» is (Government). Words are normalised
// (arabic.Normalize).
package anaphor

import (
	"cmp"
	"strings"
	"unicode"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// heads are the nouns that head the names of groups and, with the article,
// stand for the group last named with them, each mapped to the one form
// its spellings and its plural share: a militia is written ميليشيا or
// مليشيا, and a group's militiamen are its ميليشيات (after ميليشيات
// الحوثي, «تجمعات الميليشيات» are the Houthis'). A court and a delegation
// are bodies named so too (محكمة بروكسل الجنائية, then «وأدانت المحكمة»;
// وفد من حماس, then «زيارة الوفد»).
var heads = map[string]string{"جماعة": "جماعة", "حزب": "حزب", "حركة": "حركة", "تنظيم": "تنظيم",
	"ميليشيا": "ميليشيا", "مليشيا": "ميليشيا", "ميليشيات": "ميليشيا", "مليشيات": "ميليشيا",
	"محكمة": "محكمة", "وفد": "وفد", "إقليم": "إقليم", "اقليم": "إقليم", "مقاومة": "مقاومة"}

// sides are the heads that name an armed side by its kind with an
// epithet, itself definite (المقاومة الشعبية, المقاومة الإسلامية): the
// bare «المقاومة» refers back only when every side named so before it is
// one group (after المقاومة الشعبية, «نفذت المقاومة هجوما» is the Popular
// Resistance); after two (المقاومة الشعبية and المقاومة الإسلامية) it is
// neither. «الجيش» is not one: alone it is the country's army, not a
// group named جيش الفتح or الجيش الحر before it.
var sides = map[string]bool{"مقاومة": true}

// qualified are the heads whose definite noun names another body when a
// definite adjective or genitive follows it (المحكمة العليا, المحكمة
// الجنائية الدولية, الوفد المصري are not the court or the delegation named
// before; nor is المقاومة الفلسطينية the side named المقاومة الشعبية),
// where a group's epithet (الجماعة الإرهابية) still refers back.
var qualified = map[string]bool{"محكمة": true, "وفد": true, "مقاومة": true}

// Antecedent returns the index in doc.Entities of the organisation that the
// word tok of doc refers back to, or -1: a head noun with the article
// (الجماعة, والحزب, الميليشيات) refers to the organisation named last
// before it by a mention that opens with the same noun, in any of its
// spellings or its plural, and for a court or a delegation with no
// qualifier after it (qualified) (جماعة الحوثي, ميليشيات الحوثي), or that the
// noun heads in the text, in construct or with من (وفد حماس, وفد من حماس:
// «الوفد» is Hamas's, and keeps its actor); «حكومة الإقليم» is the
// government of the region named last (إقليم كردستان العراق, a place:
// governs). A group's name repeated without its head noun is the group
// too (headless).
func Antecedent(doc *news.Document, tok *news.Token) int {
	stem, _ := lexicon.StemOf(tok)
	stem = arabic.WithoutArticle(stem)
	head := heads[stem]
	if tok.Kind == news.Word && head == "" {
		return headless(doc, tok) // مقاتلو الدولة الإسلامية, after تنظيم الدولة الإسلامية
	}
	if tok.Kind != news.Word || !strings.Contains(tok.Norm, "ال"+stem) || qualified[head] && nextDefinite(doc.Text, tok.End) {
		return -1
	}
	if head == "إقليم" && !governs(doc.Text, tok.Start) {
		return -1
	}
	pos := tok.Start
	best, at := -1, -1
	if sides[head] {
		return side(doc, head, pos)
	}
	for ei, e := range doc.Entities {
		if e.Type != news.ORG && (e.Type != news.LOC || head != "إقليم") { // (a region is a place: إقليم كردستان, then «حكومة الإقليم»)
			continue
		}
		for _, m := range e.Mentions {
			first, _, named := strings.Cut(arabic.Normalize(m.Text), " ")
			if m.End <= pos && m.Start > at && (named && heads[first] == head || headed(doc.Text, m.Start) == head) {
				best, at = ei, m.Start
			}
		}
	}
	return best
}

// side returns the index in doc.Entities of the one group that the
// mentions ending before the byte offset pos name with the side head
// (sideHead), or -1 when none or two do.
func side(doc *news.Document, head string, pos int) int {
	one := -1
	for ei, e := range doc.Entities {
		if e.Type != news.ORG {
			continue
		}
		for _, m := range e.Mentions {
			if m.End > pos || one == ei {
				continue
			}
			first, _, named := strings.Cut(arabic.Normalize(m.Text), " ")
			if !named || sideHead(first) != head {
				continue
			}
			if one >= 0 {
				return -1 // two sides named so: neither
			}
			one = ei
		}
	}
	return one
}

// sideHead returns the head (its form in heads) that the first word of a
// side's name is, with the article and a conjunction or a preposition
// before it (والمقاومة, للمقاومة), or "".
func sideHead(w string) string {
	for _, p := range [...]string{"", "و", "ف", "ب", "ل", "ول", "وب"} {
		if rest, ok := strings.CutPrefix(w, p); ok && rest != "" {
			if h := heads[arabic.WithoutArticle(rest)]; sides[h] {
				return h
			}
		}
	}
	return ""
}

// headed returns the head noun (its form in heads) that the words just
// before the byte offset at in text put the name there in construct with
// (وفد حماس) or before من (وفد من حماس), or "".
func headed(text string, at int) string {
	if at > len(text) {
		return ""
	}
	w := strings.Fields(arabic.Normalize(lastWords(text[:at], 2)))
	if len(w) == 2 && w[1] == "من" {
		w = w[:1]
	}
	if len(w) == 0 {
		return ""
	}
	last := w[len(w)-1]
	return cmp.Or(heads[last], heads[strings.TrimPrefix(last, "و")]) // (وفد, ووفد)
}

// lastWords returns the last n whitespace-separated fields of s, read
// without normalising all of s.
func lastWords(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		t := strings.TrimRightFunc(s[:i], unicode.IsSpace)
		i = strings.LastIndexFunc(t, unicode.IsSpace) + 1
		if i == 0 {
			break
		}
		i--
	}
	return s[i:]
}

// nextDefinite reports whether the word after the byte offset at in text,
// in the same clause (no punctuation between), has the article.
func nextDefinite(text string, at int) bool {
	if at > len(text) {
		return false
	}
	rest := strings.TrimLeftFunc(text[at:], unicode.IsSpace)
	if len(rest) == len(text[at:]) { // (a comma, a quote mark, the end: the clause goes no further)
		return false
	}
	w, _, _ := strings.Cut(rest, " ")
	return strings.HasPrefix(arabic.Normalize(w), "ال")
}

// Court reports whether a doer is a court: an unnamed one (role JUD,
// «المحكمة» with no court named before it) or an entity of doc, ent ≥ 0,
// whose actor is a judiciary (محكمة بروكسل الجنائية, BELJUD, and the bare
// «المحكمة» that refers back to it).
func Court(doc *news.Document, ent int, role string) bool {
	if ent >= 0 && ent < len(doc.Entities) {
		return strings.HasSuffix(doc.Entities[ent].Actor, "JUD")
	}
	return role == "JUD"
}

// governs reports whether the word before the byte offset at in text is
// حكومة (or its definite-less forms with a conjunction or a preposition):
// the region is referred back to as the body it governs (حكومة الإقليم,
// the Kurdistan Region's government), not as the place its other words
// name (عاصمة الإقليم, مستقبل الإقليم).
func governs(text string, at int) bool {
	w := strings.Fields(arabic.Normalize(lastWords(text[:min(at, len(text))], 1)))
	return len(w) == 1 && strings.TrimLeft(w[0], "وفبل") == "حكومة"
}
